//! The campaigns compared in the Review tab (its third section), driven
//! through the keyboard: sorted by any column, filtered by channel and by
//! period, seen at 80×24 in English, Spanish and ASCII without colour.
#![allow(clippy::unwrap_used)]

mod common;

use common::posts::{date, plan};
use common::{body_after, keys, on_file, render, screen, text};
use socialplan::domain::post::{Post, PostStatus};
use socialplan::domain::{Campaign, Money, Plan, Spend};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;

/// From the first screen to the comparison: tab 6, two sections right.
const COMPARISON: &str = "6ll";

/// Four campaigns (today is 2027-01-20):
/// - Spring loaves, Instagram, January: 30.00 spent, 40 clicks, no leads;
/// - Summer bread, Instagram, January: 10.00 spent, 5 clicks, 2 leads
///   (5.00 a lead);
/// - Advent calendar, Newsletter, December: 60.00 spent, 30 clicks, 6
///   leads (2.00 a click, 10.00 a lead);
/// - Open day, Local paper, January: nothing spent recorded.
fn compared() -> Plan {
    let mut plan = plan();
    let spring = plan.campaigns[0].clone();
    let campaign = |id: &str, name: &str, channel: &str, days: [&str; 2], budget: i64| Campaign {
        id: id.into(),
        name: name.into(),
        channel: channel.into(),
        start: date(days[0]),
        end: date(days[1]),
        budget: Money::from_units(budget),
        ..spring.clone()
    };
    plan.campaigns = vec![
        campaign(
            "spring",
            "Spring loaves",
            "instagram",
            ["2027-01-18", "2027-02-14"],
            100,
        ),
        campaign(
            "summer",
            "Summer bread",
            "instagram",
            ["2027-01-04", "2027-01-31"],
            50,
        ),
        campaign(
            "advent",
            "Advent calendar",
            "newsletter",
            ["2026-12-01", "2026-12-24"],
            80,
        ),
        campaign(
            "open-day",
            "Open day",
            "local-paper",
            ["2027-01-05", "2027-01-31"],
            40,
        ),
    ];
    let spend = |amount: i64| {
        vec![Spend {
            date: date("2027-01-10"),
            amount: Money::from_units(amount),
            note: String::new(),
        }]
    };
    plan.campaigns[0].spend = spend(30);
    plan.campaigns[1].spend = spend(10);
    plan.campaigns[2].spend = spend(60);
    let published = |id: &str, campaign: &str, [reach, clicks]: [u64; 2], leads| Post {
        status: PostStatus::Published,
        reach: Some(reach),
        clicks: Some(clicks),
        leads,
        ..Post::new(id.into(), campaign.into(), date("2026-12-10"), id.into())
    };
    plan.posts = vec![
        published("a", "spring", [1200, 40], None),
        Post::new("b".into(), "spring".into(), date("2027-01-25"), "b".into()),
        published("c", "summer", [300, 5], Some(2)),
        published("d", "advent", [900, 30], Some(6)),
        published("e", "open-day", [500, 0], None),
    ];
    plan
}

/// The campaigns' names in the order the table lists them.
fn listed(shown: &str) -> Vec<&'static str> {
    let names = [
        "Spring loaves",
        "Summer bread",
        "Advent calendar",
        "Open day",
    ];
    let mut found: Vec<(usize, &'static str)> = names
        .iter()
        .filter_map(|&n| shown.find(n).map(|at| (at, n)))
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, n)| n).collect()
}

fn after(pressed: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _path) = on_file(dir.path(), Some(compared()), Lang::En);
    keys(&mut app, &format!("{COMPARISON}{pressed}"));
    text(&render(&app, 100, 30))
}

/// The comparison after `pressed`: it says `said` (in its title) and
/// lists `names`, in this order.
fn shows(pressed: &str, said: &str, names: &[&str]) -> String {
    let shown = after(pressed);
    assert!(shown.contains(said), "{said}: {shown}");
    assert_eq!(listed(&shown), names, "{shown}");
    shown
}

#[test]
fn sorted_by_cost_per_lead_the_cheapest_first_and_undefined_last() {
    let shown = shows(
        "",
        "sorted by cost per lead",
        &[
            "Summer bread",
            "Advent calendar",
            "Spring loaves",
            "Open day",
        ],
    );
    // Spring has no leads: its cost per lead is undefined, not zero.
    let spring = shown.lines().find(|l| l.contains("Spring loaves")).unwrap();
    let last_cell = spring.trim_end().trim_end_matches('│').trim_end();
    assert!(last_cell.ends_with(" —"), "{spring}");
}

#[test]
fn o_sorts_by_the_next_column_and_capital_o_by_the_previous() {
    // Cost per lead, then (round the end) name, planned, spent.
    let spent = [
        "Advent calendar",
        "Spring loaves",
        "Summer bread",
        "Open day",
    ];
    shows("ooo", "sorted by spent", &spent);
    let planned = [
        "Spring loaves",
        "Advent calendar",
        "Summer bread",
        "Open day",
    ];
    shows("oooO", "sorted by planned", &planned);
}

#[test]
fn the_channel_filter_hides_the_other_channels_campaigns() {
    shows("c", "· Instagram ·", &["Summer bread", "Spring loaves"]);
    shows("cc", "· Newsletter ·", &["Advent calendar"]);
    // Past the last channel, all of them again.
    assert_eq!(listed(&after("ccccc")).len(), 4);
}

#[test]
fn the_period_filter_keeps_the_campaigns_running_in_it() {
    let january = ["Summer bread", "Spring loaves", "Open day"];
    shows("p", "· Jan 2027 ·", &january);
    shows("pp", "· Dec 2026 ·", &["Advent calendar"]);
    shows("ppp", "· Q1 2027 ·", &january);
    // Both filters at once: nothing on the newsletter in January.
    shows(
        "ccp",
        "No campaign on this channel runs in this period",
        &[],
    );
}

#[test]
fn enter_opens_the_selected_campaigns_posts_and_esc_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _path) = on_file(dir.path(), Some(compared()), Lang::En);
    // Sorted by cost per lead, the second row is the Advent calendar.
    keys(&mut app, &format!("{COMPARISON}j<Enter>"));
    let posts = screen(&app);
    assert!(posts.contains("Advent calendar"), "{posts}");
    assert!(!posts.contains("Campaigns compared"), "{posts}");
    keys(&mut app, "<Esc>");
    assert!(screen(&app).contains("Campaigns compared"));
}

#[test]
fn the_comparison_at_80x24_sorted_two_ways() {
    let colour = Theme::new(true, false);
    let ascii = Theme::new(false, true);
    for (lang, theme, pressed, name) in [
        (Lang::En, colour, "", "en_80x24_compared_by_cost_per_lead"),
        (Lang::En, colour, "ooo", "en_80x24_compared_by_spent"),
        (Lang::Es, colour, "", "es_80x24_compared_by_cost_per_lead"),
        (Lang::En, ascii, "ooo", "en_ascii_80x24_compared_by_spent"),
    ] {
        let body = body_after(compared(), lang, theme, &format!("{COMPARISON}{pressed}"));
        insta::assert_snapshot!(name, body);
    }
}

/// A change refreshes the view shown at once; the comparison, not shown
/// then, is behind the plan until it is shown again, and then lists the
/// plan as it is.
#[test]
fn the_comparison_shows_a_campaign_deleted_in_actions_while_it_was_not_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _path) = on_file(dir.path(), Some(compared()), Lang::En);
    keys(&mut app, COMPARISON);
    assert_eq!(listed(&text(&render(&app, 100, 30))).len(), 4);
    keys(&mut app, "4dy");
    assert_eq!(app.workspace().plan().campaigns.len(), 3, "deleted");
    keys(&mut app, "6");
    let shown = text(&render(&app, 100, 30));
    let mut left: Vec<&str> = (app.workspace().plan().campaigns.iter())
        .map(|c| c.name.as_str())
        .collect();
    left.sort_unstable();
    let mut names = listed(&shown);
    names.sort_unstable();
    assert_eq!(names, left, "{shown}");
}
