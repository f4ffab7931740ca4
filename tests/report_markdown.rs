//! The Markdown report read back by a CommonMark parser (with GitHub's
//! tables, strikethrough and math on): the plan's texts come out as the
//! text they are, and every table has a row for each item it lists.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;

use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, TextMergeStream};
use socialplan::domain::budget::monthly_spend;
use socialplan::domain::{Money, Plan, Spend};
use socialplan::formats::markdown;
use socialplan::i18n::Lang;
use socialplan::i18n::actions::A;

fn today() -> NaiveDate {
    "2027-01-20".parse().unwrap()
}

/// Names that are markup if taken as Markdown or HTML.
const HOSTILE: [&str; 10] = [
    "<script>alert(1)</script>",
    "A *b* <b>x</b>",
    "| pipe",
    "[link](http://x)",
    "~~struck~~ $x^2$ &copy;",
    "`code` ![image](x.png) _under_",
    "# not a heading",
    "1. not a list",
    "A *b* <b>x</b> | <script>",
    "<http://x.example> [a](javascript:alert(1))",
];

/// Notes over several lines, each of which would be a block of its own.
const NOTES: &str = "- not an item\n\n    not code\n---\n> not a quote\n<!-- not a comment -->";

/// The lines of [`NOTES`] as a reader sees them.
fn note_lines() -> Vec<&'static str> {
    NOTES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

fn hostile_plan(lang: Lang) -> Plan {
    let mut plan = socialplan::demo::plan(today(), lang);
    plan.name = HOSTILE[0].into();
    plan.campaigns[0].name = HOSTILE[1].into();
    plan.campaigns[0].owner = HOSTILE[2].into();
    plan.campaigns[0].message = NOTES.into();
    plan.channels[0].name = HOSTILE[3].into();
    plan.objectives[0].name = HOSTILE[4].into();
    plan.posts[0].title = HOSTILE[5].into();
    plan.posts[0].link = HOSTILE[9].into();
    plan.campaigns[1].spend.push(Spend {
        date: today(),
        amount: Money::from_units(12),
        note: HOSTILE[8].into(),
    });
    plan.situation.audiences[0].name = HOSTILE[6].into();
    plan.situation.audiences[0].notes = NOTES.into();
    plan.situation.competitors[0].name = HOSTILE[7].into();
    plan.situation.notes = NOTES.into();
    for revision in plan.objectives.iter_mut().flat_map(|o| &mut o.revisions) {
        revision.reason = NOTES.into();
    }
    plan
}

fn events(report: &str) -> Vec<Event<'_>> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
    TextMergeStream::new(Parser::new_ext(report, options)).collect()
}

/// The texts of the report, one per run of text between two pieces of
/// markup, outside the calendar's code block.
fn texts(events: &[Event]) -> Vec<String> {
    let mut in_code = false;
    let mut texts = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(text) if !in_code => texts.push(text.to_string()),
            _ => {}
        }
    }
    texts
}

#[test]
fn the_plans_texts_come_out_as_text_in_both_languages() {
    for lang in [Lang::En, Lang::Es] {
        let report = markdown::report(&hostile_plan(lang), today(), lang, "");
        let events = events(&report);
        for event in &events {
            assert!(
                !matches!(
                    event,
                    Event::Html(_)
                        | Event::InlineHtml(_)
                        | Event::Code(_)
                        | Event::InlineMath(_)
                        | Event::DisplayMath(_)
                        | Event::Start(
                            Tag::Link { .. }
                                | Tag::Image { .. }
                                | Tag::Strikethrough
                                | Tag::BlockQuote(_)
                                | Tag::HtmlBlock
                        )
                ),
                "{event:?} in\n{report}"
            );
        }
        let code_blocks = events
            .iter()
            .filter(|e| matches!(e, Event::Start(Tag::CodeBlock(_))))
            .count();
        assert_eq!(code_blocks, 1, "the calendar's, and no other");
        let emphasis = events
            .iter()
            .filter(|e| matches!(e, Event::Start(Tag::Emphasis)))
            .count();
        assert_eq!(emphasis, 1, "the report's date, and no other");
        let texts = texts(&events);
        for name in HOSTILE.into_iter().chain(note_lines()) {
            assert!(
                texts.iter().any(|t| t.contains(name)),
                "{name:?} is not one piece of text in\n{report}"
            );
        }
    }
}

#[test]
fn a_note_keeps_its_lines_as_hard_breaks() {
    let plan = hostile_plan(Lang::En);
    let report = markdown::report(&plan, today(), Lang::En, "");
    let events = events(&report);
    let lines = note_lines();
    // The situation's notes are a paragraph of their own: its texts and
    // breaks, in order.
    let start = events
        .iter()
        .position(|e| matches!(e, Event::Text(t) if t.as_ref() == lines[1]))
        .unwrap();
    let breaks = events[start..]
        .iter()
        .take_while(|e| !matches!(e, Event::End(_)))
        .filter(|e| matches!(e, Event::HardBreak))
        .count();
    assert_eq!(
        breaks,
        lines.len() - 2,
        "a break between each of the lines after the blank one"
    );
}

/// A table as the parser sees it: its header's cells and the number of
/// cells in each of its rows.
struct Table {
    header: Vec<String>,
    rows: Vec<usize>,
    /// The level-4 heading before it: the campaign whose posts it lists.
    under: Option<String>,
}

fn tables(events: &[Event]) -> Vec<Table> {
    let mut tables = Vec::new();
    let (mut in_head, mut in_h4) = (false, false);
    let mut heading = None;
    for event in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_h4 = *level == pulldown_cmark::HeadingLevel::H4;
                heading = None;
            }
            Event::Text(t) if in_h4 => heading = Some(t.to_string()),
            Event::End(TagEnd::Heading(_)) => in_h4 = false,
            Event::Start(Tag::Table(_)) => tables.push(Table {
                header: Vec::new(),
                rows: Vec::new(),
                under: heading.clone(),
            }),
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => tables.last_mut().unwrap().rows.push(0),
            Event::Start(Tag::TableCell) => {
                let table = tables.last_mut().unwrap();
                if in_head {
                    table.header.push(String::new());
                } else {
                    *table.rows.last_mut().unwrap() += 1;
                }
            }
            Event::Text(t) if in_head => {
                let header = &mut tables.last_mut().unwrap().header;
                header.last_mut().unwrap().push_str(t);
            }
            _ => {}
        }
    }
    tables
}

#[test]
fn every_table_has_a_row_for_each_item_it_lists() {
    for lang in [Lang::En, Lang::Es] {
        let plan = hostile_plan(lang);
        let report = markdown::report(&plan, today(), lang, "");
        let tables = tables(&events(&report));
        let rows_under = |header: &[&str]| -> usize {
            tables
                .iter()
                .filter(|t| t.header == header)
                .map(|t| t.rows.len())
                .sum()
        };
        let s = &plan.situation;
        assert_eq!(rows_under(&lang.report_figure_columns()), s.figures.len());
        assert_eq!(
            rows_under(&lang.report_objective_columns()),
            plan.objectives.len()
        );
        assert_eq!(
            rows_under(&lang.report_channel_columns()),
            plan.channels.len()
        );
        assert_eq!(
            rows_under(&lang.report_budget_columns()),
            monthly_spend(&plan).len()
        );
        let campaign_columns = [
            A::ColName,
            A::ColChannel,
            A::Dates,
            A::ColStatus,
            A::Budget,
            A::Objectives,
        ];
        assert_eq!(
            rows_under(&campaign_columns.map(|c| lang.t(c))),
            plan.campaigns.len()
        );
        assert_eq!(
            rows_under(&lang.report_compare_columns()),
            plan.campaigns.len(),
            "every campaign compared"
        );
        let mut posts_by_name: HashMap<String, usize> = HashMap::new();
        for post in &plan.posts {
            let campaign = plan
                .campaigns
                .iter()
                .find(|c| c.id == post.campaign)
                .unwrap();
            *posts_by_name.entry(campaign.name.clone()).or_default() += 1;
        }
        let spend_by_name: HashMap<String, usize> = plan
            .campaigns
            .iter()
            .filter(|c| !c.spend.is_empty())
            .map(|c| (c.name.clone(), c.spend.len()))
            .collect();
        assert!(!spend_by_name.is_empty(), "some campaign spent");
        let under_campaigns: Vec<&Table> = tables.iter().filter(|t| t.under.is_some()).collect();
        for (columns, by_name) in [
            (lang.report_post_columns().to_vec(), &posts_by_name),
            (lang.report_spend_columns().to_vec(), &spend_by_name),
        ] {
            let listed: Vec<&&Table> = under_campaigns
                .iter()
                .filter(|t| t.header == columns)
                .collect();
            for table in &listed {
                let name = table.under.as_ref().unwrap();
                assert_eq!(
                    Some(&table.rows.len()),
                    by_name.get(name),
                    "{columns:?} of {name}"
                );
            }
            assert_eq!(listed.len(), by_name.len(), "a {columns:?} table for each");
        }
        assert_eq!(
            under_campaigns.len(),
            posts_by_name.len() + spend_by_name.len(),
            "under a campaign, only its posts and its spend"
        );
        for table in &tables {
            assert!(table.rows.iter().all(|&cells| cells == table.header.len()));
        }
    }
}

/// The lines of a campaign's facts in the English report: from its heading
/// to the first blank line after its list.
fn facts_of(plan: &Plan, name: &str) -> String {
    let report = markdown::report(plan, today(), Lang::En, "");
    let start = report.find(&format!("#### {name}\n\n")).unwrap();
    let list = &report[start..];
    let list = &list[list.find("\n- ").unwrap() + 1..];
    list[..list.find("\n\n").unwrap()].to_string()
}

#[test]
fn a_campaigns_costs_are_on_its_budget_until_it_records_spend() {
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    let campaign = plan.campaigns[0].clone();
    plan.campaigns[0].budget = Money::from_units(120);
    plan.campaigns[0].spend.clear();
    let mut clicks = [30, 10].into_iter();
    for post in plan.posts.iter_mut().filter(|p| p.campaign == campaign.id) {
        (post.reach, post.interactions, post.leads) = (None, None, None);
        post.clicks = clicks.next();
    }
    let lines = facts_of(&plan, &campaign.name);
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(
        lines[lines.len() - 2..],
        [
            "- **Results:** Reach — · Interactions — · Clicks 40 · Leads —",
            // 120.00 over 40 clicks; no leads: undefined, not zero.
            "- **Cost (on the budget: no spend recorded):** \
             Cost per click 3.00 EUR · Cost per lead (CPL) —",
        ]
    );
    plan.campaigns[0].spend.push(Spend {
        date: campaign.start,
        amount: Money::from_minor(5_000),
        note: String::new(),
    });
    let lines = facts_of(&plan, &campaign.name);
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(
        lines[lines.len() - 4..],
        [
            "- **Spent:** 50.00 of 120.00 EUR planned",
            "- **Posts:** 4 published of 4 planned",
            "- **Results:** Reach — · Interactions — · Clicks 40 · Leads —",
            // 50.00 over 40 clicks.
            "- **Cost (on real spend):** Cost per click 1.25 EUR · Cost per lead (CPL) —",
        ]
    );
}
