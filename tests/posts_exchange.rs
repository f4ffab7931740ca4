//! Posts out and in: the CSV of posts read back into a plan, refused as a
//! whole on a bad row, and patching only the columns it has; the iCalendar
//! file read back with a parser, one event per post; the JSON with posts.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::str::FromStr;

use chrono::{Days, NaiveDate, NaiveTime, TimeDelta};
use common::{TODAY, demo_file, saved, socialplan, stdout, today};
use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, Event};
use predicates::prelude::*;
use socialplan::domain::post::{PostFormat, PostStatus};
use socialplan::domain::{Context, Edit, EditError, Plan, Post};
use socialplan::formats::csv::{self, Problem};
use socialplan::formats::ics;
use socialplan::i18n::Lang;
use socialplan::text::input::DateError;

fn demo() -> Plan {
    socialplan::demo::plan(today(), Lang::En)
}

/// `plan` after importing the posts sheet `bytes`.
fn imported(plan: &Plan, bytes: &[u8]) -> Plan {
    let import = csv::import_posts(plan, bytes).unwrap();
    let mut after = plan.clone();
    after.apply(&import.edit, Context::new(today())).unwrap();
    after
}

/// Every bad row as (line, problem).
fn refused(plan: &Plan, text: &str) -> Vec<(u64, Problem)> {
    let errors = csv::import_posts(plan, text.as_bytes()).unwrap_err();
    errors.into_iter().map(|e| (e.line, e.problem)).collect()
}

/// The demo with a post whose texts need quoting, guarding and escaping.
fn demo_with_awkward_post() -> Plan {
    let mut plan = demo();
    let post = &mut plan.posts[0];
    post.title = "=Launch; part 1, \"big\" day".into();
    post.owner = "+Ana, López".into();
    post.link = "https://example.com/a,b;c".into();
    // Results of every kind: a value, a zero, none, the largest there is.
    (post.reach, post.interactions, post.clicks, post.leads) =
        (Some(1830), Some(0), None, Some(u64::MAX));
    plan
}

#[test]
fn the_export_has_the_header_and_each_posts_results() {
    let plan = demo_with_awkward_post();
    let text = String::from_utf8(csv::export_posts(&plan)).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,campaign,date,time,format,title,status,owner,link,reach,interactions,clicks,leads"
    );
    assert_eq!(lines.count(), plan.posts.len());
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    for (record, post) in reader.records().zip(&plan.posts) {
        let record = record.unwrap();
        assert_eq!(&record[0], post.id);
        assert_eq!(&record[3], post.time.as_deref().unwrap_or(""));
        let results = [post.reach, post.interactions, post.clicks, post.leads];
        let written: Vec<String> = results
            .iter()
            .map(|r| r.map_or_else(String::new, |n| n.to_string()))
            .collect();
        assert_eq!(record.iter().skip(9).collect::<Vec<_>>(), written);
    }
    let first: Vec<&str> = text.lines().nth(1).unwrap().rsplitn(5, ',').collect();
    assert_eq!(first[..4], [u64::MAX.to_string().as_str(), "", "0", "1830"]);
}

#[test]
fn posts_round_trip_through_the_csv() {
    let plan = demo_with_awkward_post();
    assert!(plan.posts.len() > 10, "the demo has posts to carry");
    let bytes = csv::export_posts(&plan);

    // Into the same plan: every row is already there.
    let again = csv::import_posts(&plan, &bytes).unwrap();
    assert_eq!(again.unchanged, plan.posts.len());
    assert!(matches!(&again.edit, Edit::Batch(edits) if edits.is_empty()));

    // Into a copy whose posts moved on in every column: the plan comes back.
    let mut copy = plan.clone();
    for post in &mut copy.posts {
        post.date = post.date.checked_add_days(Days::new(3)).unwrap();
        post.time = match post.time {
            Some(_) => None,
            None => Some("12:00".into()),
        };
        post.format = PostFormat::Other;
        post.title.push_str(" (old)");
        post.status = PostStatus::Skipped;
        post.owner = "Someone else".into();
        post.link = "https://old.example".into();
        post.reach = Some(7);
        post.interactions = None;
        post.clicks = Some(3);
    }
    let import = csv::import_posts(&copy, &bytes).unwrap();
    assert_eq!(import.updated, plan.posts.len());
    assert_eq!(imported(&copy, &bytes), plan);

    // One edit, so one undo takes the whole sheet back.
    let mut undone = copy.clone();
    let inverse = undone.apply(&import.edit, Context::new(today())).unwrap();
    undone.apply(&inverse, Context::new(today())).unwrap();
    assert_eq!(undone, copy);

    // Into a copy with no posts: all added, in order; copy, asset and notes
    // are not in the sheet.
    let mut empty = plan.clone();
    empty.posts.clear();
    let back = imported(&empty, &bytes);
    let sheet_part = |p: &Post| Post {
        copy: String::new(),
        asset: String::new(),
        notes: String::new(),
        ..p.clone()
    };
    let expected: Vec<Post> = plan.posts.iter().map(sheet_part).collect();
    assert_eq!(back.posts, expected);
}

#[test]
fn an_absent_column_leaves_its_field_and_an_empty_cell_clears_it() {
    let plan = demo();
    let timed = plan.posts.iter().find(|p| p.time.is_some()).unwrap();
    assert!(!timed.link.is_empty() || !timed.owner.is_empty());

    let only_status = format!("id,status\n{},skipped\n", timed.id);
    let after = imported(&plan, only_status.as_bytes());
    let post = after.post(&timed.id).unwrap();
    assert_eq!(
        post,
        &Post {
            status: PostStatus::Skipped,
            ..timed.clone()
        },
        "only the status changed"
    );

    let cleared = format!("id,time,owner,link\n{},,,\n", timed.id);
    let after = imported(&plan, cleared.as_bytes());
    let post = after.post(&timed.id).unwrap();
    assert_eq!(
        (
            post.time.as_deref(),
            post.owner.as_str(),
            post.link.as_str()
        ),
        (None, "", "")
    );
    assert_eq!(post.title, timed.title);
    assert_eq!(post.date, timed.date);
}

#[test]
fn new_posts_need_a_campaign_a_date_and_a_title() {
    let plan = demo();
    let campaign = &plan.campaigns[0].id;
    assert_eq!(
        refused(&plan, "id,title\nbrand-new,Hello\n"),
        [(2, Problem::NewNeeds("campaign"))]
    );
    let errors = csv::import_posts(&plan, b"title,date\nHello,2027-02-01\n").unwrap_err();
    assert_eq!(errors[0].problem, Problem::MissingColumn("campaign"));

    // Without ids, new posts take ids from their titles, never twice.
    let sheet = format!(
        "campaign,date,title\n{campaign},2027-02-01,Same title\n{campaign},2027-02-08,Same title\n"
    );
    let after = imported(&plan, sheet.as_bytes());
    let new: Vec<&str> = after.posts[plan.posts.len()..]
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(new, ["same-title", "same-title-2"]);
    let first = after.post("same-title").unwrap();
    assert_eq!(
        (first.format, first.status),
        (PostFormat::Post, PostStatus::Idea)
    );
}

#[test]
fn values_are_checked_as_post_add_checks_them() {
    let plan = demo();
    let campaign = plan.campaigns[0].id.clone();
    let prefix = &campaign[..3];
    let sheet = format!(
        "id,campaign,date,time,format,title,status,reach\n\
         a,{campaign},2027-02-01,9:30,post,T,idea,\n\
         b,{campaign},01/02/2027,,post,T,idea,\n\
         c,{campaign},2027-02-01,,tweet,T,idea,\n\
         d,{campaign},2027-02-01,,post,T,posted,\n\
         e,{prefix},2027-02-01,,post,T,idea,\n\
         f,{campaign},2027-02-01,,post,T,idea,-3\n\
         g,{campaign},2027-02-01,23:59,Short-Video,T,Published,\n"
    );
    let problems = refused(&plan, &sheet);
    assert_eq!(
        problems,
        [
            (2, Problem::BadTime("9:30".into())),
            (
                3,
                Problem::BadDate {
                    column: "date",
                    text: "01/02/2027".into(),
                    why: DateError::NotADate,
                }
            ),
            (4, Problem::BadFormat("tweet".into())),
            (5, Problem::BadPostStatus("posted".into())),
            (
                6,
                Problem::Refused(EditError::UnknownCampaign(prefix.into()))
            ),
            (
                7,
                Problem::BadResult {
                    column: "reach",
                    text: "-3".into()
                }
            ),
        ],
        "the last row is good: file words in any case"
    );
}

#[test]
fn errors_name_the_physical_line_after_a_cell_of_several_lines() {
    let plan = demo();
    let campaign = &plan.campaigns[0].id;
    let sheet = format!(
        "campaign,date,title,owner\n\
         {campaign},2027-02-01,\"Two\nlines\",Ana\n\
         {campaign},2027-02-30,Fine,Ana\n"
    );
    let lines: Vec<u64> = refused(&plan, &sheet).iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [2, 4], "the second row starts on line 4");
}

#[test]
fn the_command_line_imports_all_rows_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let on_file = |args: &[&str]| {
        let mut cmd = socialplan(dir.path());
        cmd.arg("--file")
            .arg(&path)
            .args(["--today", TODAY])
            .args(args);
        cmd
    };
    let sheet = dir.path().join("posts.csv");
    let export = stdout(&mut on_file(&[
        "export", "--format", "csv", "--items", "posts",
    ]));
    let campaign = saved(&path).campaigns[0].id.clone();

    // A good row and three bad ones: nothing changes on disk.
    let bad = format!(
        "{export}new-one,{campaign},2027-03-01,10:00,reel,Good,idea,Ana,,1200,,7,\n\
         ,{campaign},2027-03-02,25:00,reel,Bad time,idea,,,,,,\n\
         ,nowhere,2027-03-02,,reel,No campaign,idea,,,,,,\n\
         ,{campaign},2027-03-02,,reel,Results,published,,,1.5k,,,\n"
    );
    fs::write(&sheet, &bad).unwrap();
    let before = fs::read(&path).unwrap();
    let first = export.lines().count() as u64 + 1;
    on_file(&["import", "--format", "csv", "--items", "posts"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nothing was imported: 3 rows"))
        .stderr(predicate::str::contains(format!(
            "posts.csv:{}: ",
            first + 1
        )))
        .stderr(predicate::str::contains(format!(
            "posts.csv:{}: ",
            first + 2
        )))
        .stderr(predicate::str::contains(format!(
            "posts.csv:{}: reach: \"1.5k\" is not a whole number",
            first + 3
        )))
        .stderr(predicate::str::contains(format!("posts.csv:{first}:")).not());
    assert_eq!(fs::read(&path).unwrap(), before, "the file is untouched");

    // The good row alone: one post added, the rest unchanged.
    let good =
        format!("{export}new-one,{campaign},2027-03-01,10:00,reel,Good,idea,Ana,,1200,,7,\n");
    fs::write(&sheet, good).unwrap();
    let posts = saved(&path).posts.len();
    let out = stdout(on_file(&["import", "--format", "csv", "--items", "posts"]).arg(&sheet));
    assert_eq!(
        out,
        format!("Imported: 1 post added, 0 updated, {posts} unchanged.\n")
    );
    let added = saved(&path).post("new-one").cloned().unwrap();
    assert_eq!(added.time.as_deref(), Some("10:00"));
    let results = (added.reach, added.interactions, added.clicks, added.leads);
    assert_eq!(results, (Some(1200), None, Some(7), None));
    assert_eq!(added.format, PostFormat::Reel);
}

#[test]
fn items_belongs_to_the_csv_only() {
    let dir = tempfile::tempdir().unwrap();
    socialplan(dir.path())
        .args([
            "--demo", "--today", TODAY, "export", "--format", "ics", "--items", "posts",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format csv"));
}

/// The events of an iCalendar text, read back with the parser.
fn events(text: &str) -> Vec<Event> {
    Calendar::from_str(text)
        .unwrap()
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn the_calendar_has_one_event_per_post_timed_or_all_day() {
    let plan = demo_with_awkward_post();
    let text = ics::export(&plan, today(), Lang::En);
    let events = events(&text);
    assert_eq!(events.len(), plan.campaigns.len() + plan.posts.len());
    let by_uid: HashMap<&str, &Event> = events.iter().map(|e| (e.get_uid().unwrap(), e)).collect();
    assert_eq!(by_uid.len(), events.len(), "UIDs are unique");
    for campaign in &plan.campaigns {
        assert!(
            by_uid.contains_key(ics::uid(campaign).as_str()),
            "campaigns stay"
        );
    }
    let (mut timed, mut all_day) = (0, 0);
    for post in &plan.posts {
        let event = by_uid[ics::post_uid(post).as_str()];
        let channel = &plan.post_channel(post).unwrap().name;
        assert_eq!(
            event.get_summary().unwrap(),
            format!("{channel}: {}", post.title)
        );
        let description = event.get_description().unwrap();
        assert!(
            description.contains(&format!("Owner: {}", post.owner)),
            "{description}"
        );
        if let Some(time) = &post.time {
            timed += 1;
            let start = post
                .date
                .and_time(NaiveTime::parse_from_str(time, "%H:%M").unwrap());
            let floating = |at| Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(at)));
            assert_eq!(event.get_start(), floating(start), "{}", post.id);
            assert_eq!(event.get_end(), floating(start + TimeDelta::minutes(30)));
        } else {
            all_day += 1;
            let next = post.date.checked_add_days(Days::new(1)).unwrap();
            assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(post.date)));
            assert_eq!(event.get_end(), Some(DatePerhapsTime::Date(next)));
        }
    }
    assert!(timed > 0 && all_day > 0, "the demo has both kinds");
}

#[test]
fn a_timed_post_is_floating_local_time_and_long_text_is_folded() {
    let mut plan = demo_with_awkward_post();
    let post = &mut plan.posts[0];
    post.date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    post.time = Some("09:30".into());
    post.owner = "A very long owner name that goes on and on "
        .repeat(3)
        .trim()
        .to_string();
    let text = ics::export(&plan, today(), Lang::En);
    assert!(
        text.contains("\r\nDTSTART:20261130T093000\r\n"),
        "no Z, no TZID"
    );
    assert!(text.contains("\r\nDTEND:20261130T100000\r\n"));
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "lines are folded at 75 octets"
    );
    let awkward = &plan.posts[0];
    let event = events(&text)
        .into_iter()
        .find(|e| e.get_uid() == Some(ics::post_uid(awkward).as_str()))
        .unwrap();
    let channel = &plan.post_channel(awkward).unwrap().name;
    assert_eq!(
        event.get_summary().unwrap(),
        format!("{channel}: {}", awkward.title),
        "commas, semicolons and quotes come back as written"
    );
    assert!(event.get_description().unwrap().contains(&awkward.owner));
}

#[test]
fn post_uids_stay_the_same_across_exports_and_edits() {
    let plan = demo();
    let uids = |plan: &Plan| -> Vec<String> {
        events(&ics::export(plan, today(), Lang::En))
            .iter()
            .filter_map(|e| e.get_uid().map(String::from))
            .filter(|uid| uid.ends_with(".post@socialplan"))
            .collect()
    };
    let first = uids(&plan);
    assert_eq!(first.len(), plan.posts.len());
    assert_eq!(uids(&plan), first);
    let mut edited = plan.clone();
    for post in &mut edited.posts {
        post.title.push('!');
        post.date = post.date.checked_add_days(Days::new(7)).unwrap();
        post.time = None;
    }
    assert_eq!(uids(&edited), first, "a post keeps its UID when it moves");
    let in_spanish = events(&ics::export(&plan, today(), Lang::Es));
    assert_eq!(in_spanish.len(), plan.campaigns.len() + plan.posts.len());
}

#[test]
fn the_json_export_carries_the_posts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    socialplan(dir.path())
        .args([
            "--demo", "--today", TODAY, "export", "--format", "json", "--output",
        ])
        .arg(&path)
        .assert()
        .success();
    let exported =
        socialplan::store::parse(Path::new("out.json"), &fs::read(&path).unwrap()).unwrap();
    assert!(!exported.posts.is_empty());
    assert_eq!(exported.posts, demo().posts);
}
