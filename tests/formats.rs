//! The plan's campaigns out as CSV and iCalendar, read back with the csv
//! crate and an iCalendar parser, and in again from CSV.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::str::FromStr;

use chrono::{Days, NaiveDate};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventLike};
use socialplan::domain::{Context, Money, Plan, Status};
use socialplan::formats::{csv, ics};
use socialplan::i18n::Lang;

fn today() -> NaiveDate {
    "2027-01-20".parse().unwrap()
}

fn demo(lang: Lang) -> Plan {
    socialplan::demo::plan(today(), lang)
}

fn status(text: &str) -> Status {
    match text {
        "planned" => Status::Planned,
        "active" => Status::Active,
        "done" => Status::Done,
        "cancelled" => Status::Cancelled,
        other => panic!("status {other:?}"),
    }
}

#[test]
fn csv_has_the_header_and_one_row_per_campaign_that_reads_back() {
    let plan = demo(Lang::Es);
    let bytes = csv::export(&plan);
    let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "name",
            "channel",
            "start",
            "end",
            "status",
            "budget",
            "objectives",
            "owner"
        ]
    );
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), plan.campaigns.len());
    for (row, c) in rows.iter().zip(&plan.campaigns) {
        assert_eq!(&row[0], c.id);
        assert_eq!(&row[1], c.name, "accents and emoji survive");
        assert_eq!(&row[2], c.channel);
        assert_eq!(row[3].parse::<NaiveDate>().unwrap(), c.start);
        assert_eq!(row[4].parse::<NaiveDate>().unwrap(), c.end);
        assert_eq!(status(&row[5]), c.status);
        assert_eq!(Money::parse(&row[6]).unwrap(), c.budget);
        let objectives: Vec<&str> = row[7].split(';').filter(|s| !s.is_empty()).collect();
        assert_eq!(objectives, c.objectives);
        assert_eq!(&row[8], c.owner);
    }
}

#[test]
fn csv_quotes_commas_quotes_and_newlines_and_neutralises_formulas() {
    let mut plan = demo(Lang::En);
    plan.campaigns[0].name = "Say \"cheese\", then =SUM(A1:A9)".into();
    plan.campaigns[1].name = "=HYPERLINK(\"http://x\")".into();
    plan.campaigns[2].owner = "@ana".into();
    plan.campaigns[3].name = "-20% week".into();
    let bytes = csv::export(&plan);
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        text.contains("\"Say \"\"cheese\"\", then =SUM(A1:A9)\""),
        "{text}"
    );
    let rows: Vec<::csv::StringRecord> = ::csv::Reader::from_reader(bytes.as_slice())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        &rows[1][1], "'=HYPERLINK(\"http://x\")",
        "a formula is shown as text"
    );
    assert_eq!(&rows[2][8], "'@ana");
    assert_eq!(&rows[3][1], "'-20% week");
    // And the import takes the guard off again.
    let import = csv::import(&plan, &bytes).unwrap();
    let mut back = plan.clone();
    back.apply(&import.edit, Context::new(today())).unwrap();
    assert_eq!(back, plan);
}

#[test]
fn export_then_import_of_campaigns_round_trips() {
    let plan = demo(Lang::En);
    let bytes = csv::export(&plan);
    // Into a plan with the same channels and objectives but no campaigns.
    let mut empty = plan.clone();
    empty.campaigns.clear();
    let import = csv::import(&empty, &bytes).unwrap();
    assert_eq!((import.added, import.updated), (plan.campaigns.len(), 0));
    assert!(import.channels_created.is_empty());
    let mut back = empty.clone();
    back.apply(&import.edit, Context::new(today())).unwrap();
    let strip = |p: &Plan| {
        p.campaigns
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    c.name.clone(),
                    c.channel.clone(),
                    c.start,
                    c.end,
                    c.status,
                    c.budget,
                    c.objectives.clone(),
                    c.owner.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&back), strip(&plan));
    // Into the same plan: every row finds its campaign as it is.
    let import = csv::import(&plan, &bytes).unwrap();
    assert_eq!(
        (import.added, import.updated, import.unchanged),
        (0, 0, plan.campaigns.len())
    );
    let mut same = plan.clone();
    same.apply(&import.edit, Context::new(today())).unwrap();
    assert_eq!(same, plan);
}

#[test]
fn an_import_with_bad_rows_names_every_one_and_changes_nothing() {
    let plan = demo(Lang::En);
    let text = "\
id,name,channel,start,end,status,budget,objectives,owner
new-one,New one,instagram,2027-02-01,2027-02-07,planned,10.00,ig-followers,Ana
backwards,Backwards,instagram,2027-02-07,2027-02-01,planned,,,
bad-date,Bad date,instagram,2027-02-30,2027-03-01,planned,,,
bad-status,Bad status,instagram,2027-02-01,2027-02-02,maybe,,,
ghost,Ghost,instagram,2027-02-01,2027-02-02,planned,,no-such-objective,
";
    let errors = csv::import(&plan, text.as_bytes()).unwrap_err();
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4, 5, 6]);
    assert!(matches!(
        errors[0].problem,
        csv::Problem::Refused(socialplan::domain::EditError::EndBeforeStart { .. })
    ));
    assert!(matches!(
        errors[1].problem,
        csv::Problem::BadDate {
            column: "start",
            ..
        }
    ));
    assert!(matches!(errors[2].problem, csv::Problem::BadStatus(_)));
    assert!(matches!(
        errors[3].problem,
        csv::Problem::Refused(socialplan::domain::EditError::UnknownObjective(_))
    ));
}

#[test]
fn missing_optional_columns_are_fine_and_unknown_channels_are_created() {
    let plan = demo(Lang::En);
    let text = "name,channel,start,end\nLocal paper ad,La Gaceta del Barrio,2027-03-01,2027-03-07\nOn YouTube,YouTube,2027-03-01,2027-03-31\n";
    let import = csv::import(&plan, text.as_bytes()).unwrap();
    assert_eq!(import.added, 2);
    assert_eq!(import.channels_created.len(), 2);
    let mut after = plan.clone();
    after.apply(&import.edit, Context::new(today())).unwrap();
    let paper = after.campaign("local-paper-ad").unwrap();
    assert_eq!(paper.status, Status::Planned);
    assert_eq!(paper.budget, Money::ZERO);
    let channel = after.channel(&paper.channel).unwrap();
    assert_eq!(channel.name, "La Gaceta del Barrio");
    let youtube = after
        .channel(&after.campaign("on-youtube").unwrap().channel)
        .unwrap();
    assert_eq!(
        youtube.id, "youtube",
        "a known channel name takes its preset"
    );
    // A header without a required column is refused as a whole.
    let errors = csv::import(&plan, b"name,start,end\nX,2027-01-01,2027-01-02\n").unwrap_err();
    assert!(matches!(
        errors[0].problem,
        csv::Problem::MissingColumn("channel")
    ));
}

#[test]
fn ics_has_one_all_day_event_per_campaign_that_reads_back() {
    let plan = demo(Lang::Es);
    let text = ics::export(&plan, today(), Lang::Es);
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\n"),
        "CRLF line ends, as RFC 5545 asks"
    );
    let calendar = Calendar::from_str(&text).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    // The posts' events come besides (tests/posts_exchange.rs).
    assert_eq!(events.len(), plan.campaigns.len() + plan.posts.len());
    let by_uid: HashMap<&str, _> = events.iter().map(|e| (e.get_uid().unwrap(), *e)).collect();
    for c in &plan.campaigns {
        let event = by_uid[format!("{}@socialplan", c.id).as_str()];
        let channel = &plan.channel(&c.channel).unwrap().name;
        assert_eq!(
            event.get_summary().unwrap(),
            format!("{channel}: {}", c.name)
        );
        assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(c.start)));
        let exclusive = c.end.checked_add_days(Days::new(1)).unwrap();
        assert_eq!(
            event.get_end(),
            Some(DatePerhapsTime::Date(exclusive)),
            "DTEND is the day after"
        );
        assert_eq!(event.get_categories().unwrap(), vec![channel.clone()]);
    }
}

#[test]
fn ics_uids_and_bytes_are_stable_across_exports() {
    let plan = demo(Lang::En);
    assert_eq!(
        ics::export(&plan, today(), Lang::En),
        ics::export(&plan, today(), Lang::En)
    );
    let mut renamed = plan.clone();
    renamed.campaigns[0].name = "Another name".into();
    let uids = |p: &Plan| {
        let text = ics::export(p, today(), Lang::En);
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&plan), uids(&renamed));
}

/// The demo with one campaign filled in on every column the CSV has.
fn plan_with_a_full_campaign() -> Plan {
    let mut plan = demo(Lang::En);
    let c = plan
        .campaigns
        .iter_mut()
        .find(|c| c.id == "nl-welcome-series")
        .unwrap();
    c.status = Status::Active;
    c.budget = Money::parse("50").unwrap();
    c.objectives = vec!["newsletter-subs".into()];
    c.owner = "Ana".into();
    c.audience = "New subscribers".into();
    plan
}

fn imported(plan: &Plan, text: &str) -> Plan {
    let import = csv::import(plan, text.as_bytes()).unwrap();
    let mut after = plan.clone();
    after.apply(&import.edit, Context::new(today())).unwrap();
    after
}

#[test]
fn an_absent_column_leaves_its_field_and_an_empty_cell_clears_it() {
    let plan = plan_with_a_full_campaign();
    let before = plan.campaign("nl-welcome-series").unwrap().clone();
    let text = format!(
        "id,name,channel,start,end\nnl-welcome-series,Welcome series v2,{},{},{}\n",
        before.channel, before.start, before.end
    );
    let after = imported(&plan, &text);
    let c = after.campaign("nl-welcome-series").unwrap();
    assert_eq!(c.name, "Welcome series v2");
    assert_eq!(
        (c.status, c.budget, &c.objectives, c.owner.as_str()),
        (before.status, before.budget, &before.objectives, "Ana"),
        "columns the file does not have are kept"
    );
    // A present column with an empty cell clears its field, and nothing else.
    let after = imported(&plan, "id,owner,objectives\nnl-welcome-series,,\n");
    let c = after.campaign("nl-welcome-series").unwrap();
    assert_eq!((c.owner.as_str(), c.objectives.len()), ("", 0));
    assert_eq!(
        (c.name.as_str(), c.budget),
        (before.name.as_str(), before.budget)
    );
    assert_eq!(c.audience, "New subscribers");
}

#[test]
fn an_import_patches_only_the_fields_it_names() {
    let plan = plan_with_a_full_campaign();
    let import = csv::import(&plan, b"id,owner\nnl-welcome-series,Luis\n").unwrap();
    let socialplan::domain::Edit::Batch(edits) = &import.edit else {
        panic!("one batch: {:?}", import.edit);
    };
    let [socialplan::domain::Edit::Patch(patch)] = edits.as_slice() else {
        panic!("one patch: {edits:?}");
    };
    assert_eq!(patch.changes.len(), 1);
    assert_eq!(patch.changes[0].field, "owner");
    // Applied to a plan where someone changed the budget since the import
    // was read, the budget stays theirs.
    let mut theirs = plan.clone();
    let c = theirs
        .campaigns
        .iter_mut()
        .find(|c| c.id == "nl-welcome-series")
        .unwrap();
    c.budget = Money::parse("75").unwrap();
    theirs.apply(&import.edit, Context::new(today())).unwrap();
    let c = theirs.campaign("nl-welcome-series").unwrap();
    assert_eq!(
        (c.owner.as_str(), c.budget),
        ("Luis", Money::parse("75").unwrap())
    );
}

#[test]
fn the_same_id_twice_in_a_file_is_refused_naming_both_lines() {
    let plan = demo(Lang::En);
    let text = "\
id,name,channel,start,end
spring,Spring,instagram,2027-03-01,2027-03-10
other,Other,instagram,2027-03-01,2027-03-10
spring,Spring again,instagram,2027-04-01,2027-04-10
";
    let errors = csv::import(&plan, text.as_bytes()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 4);
    assert_eq!(
        errors[0].problem,
        csv::Problem::DuplicateId {
            id: "spring".into(),
            first_line: 2
        }
    );
    let message = Lang::En.row_problem(std::path::Path::new("c.csv"), &errors[0]);
    assert!(
        message.contains("c.csv:4") && message.contains("line 2"),
        "{message}"
    );
}

#[test]
fn errors_name_the_files_own_line_after_a_cell_of_several_lines() {
    let plan = demo(Lang::En);
    let text = "\
name,channel,start,end,comment
Spring,instagram,2027-03-01,2027-03-10,\"a comment
over three
lines\"
Bad date,instagram,2027-02-30,2027-03-10,
";
    let errors = csv::import(&plan, text.as_bytes()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].line, 5,
        "the bad row starts on line 5 of the file"
    );
}

#[test]
fn formula_guards_round_trip_exactly() {
    let mut plan = demo(Lang::En);
    let names = ["'=already", "'plain", "''twice", "=SUM(A1)", "'", "it's"];
    for (campaign, name) in plan.campaigns.iter_mut().zip(names) {
        campaign.name = name.to_string();
    }
    let bytes = csv::export(&plan);
    let rows: Vec<::csv::StringRecord> = ::csv::Reader::from_reader(bytes.as_slice())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(&rows[0][1], "''=already", "a leading ' gets its own guard");
    assert_eq!(&rows[5][1], "it's", "only a leading character is guarded");
    let mut back = plan.clone();
    for c in &mut back.campaigns {
        c.name = "x".into();
    }
    let import = csv::import(&back, &bytes).unwrap();
    back.apply(&import.edit, Context::new(today())).unwrap();
    assert_eq!(back, plan);
    // A cell typed by hand with one ' that guards nothing keeps it.
    let after = imported(
        &demo(Lang::En),
        "name,channel,start,end\n'quoted,instagram,2027-03-01,2027-03-02\n",
    );
    assert!(after.campaigns.iter().any(|c| c.name == "'quoted"));
}

#[test]
fn a_file_with_only_ids_can_update_but_not_add() {
    let plan = plan_with_a_full_campaign();
    let errors =
        csv::import(&plan, b"id,budget\nnl-welcome-series,80\nbrand-new,10\n").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].line, &errors[0].problem),
        (3, &csv::Problem::NewNeeds("name"))
    );
}

#[test]
fn many_rows_with_one_name_get_distinct_ids() {
    let plan = demo(Lang::En);
    let mut text = String::from("name,channel,start,end\n");
    for _ in 0..500 {
        text.push_str("Reel,instagram,2027-03-01,2027-03-02\n");
    }
    let after = imported(&plan, &text);
    let ids: std::collections::HashSet<&str> =
        after.campaigns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), plan.campaigns.len() + 500);
    assert!(ids.contains("reel") && ids.contains("reel-500"));
}
