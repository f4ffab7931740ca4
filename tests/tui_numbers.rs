//! Numbers at the edges in the TUI: the Objectives and Review tabs show
//! values near the largest f64 as they are, progress beyond what a number
//! holds as "out of range", and a planned spend beyond an amount likewise
//! in the Channels tab.
#![allow(clippy::unwrap_used)]

mod common;

use common::{keys, line_with, on_file, render, screen, text, today};
use socialplan::domain::{Money, Plan, Status};
use socialplan::i18n::Lang;

/// The demo plan with Instagram followers from −1.7e308 to 1.7e308.
fn widest_way() -> Plan {
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    let o = &mut plan.objectives[0];
    assert_eq!(o.id, "ig-followers");
    o.baseline.value = -1.7e308;
    o.target = Some(1.7e308);
    plan
}

/// The demo plan where Instagram followers are 1.6e303 times the way to a
/// target of 1e-300.
fn share_beyond_a_number(lang: Lang) -> Plan {
    let mut plan = socialplan::demo::plan(today(), lang);
    let o = &mut plan.objectives[0];
    o.baseline.value = 0.0;
    o.target = Some(1e-300);
    plan
}

#[test]
fn the_objectives_tab_shows_half_way_and_the_values_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(widest_way()), Lang::En);
    keys(&mut app, "2");
    // Wide enough for the values column.
    let shown = text(&render(&app, 200, 50));
    let row = line_with(&shown, "ig-followers");
    assert!(row.contains("50%"), "{row}");
    assert!(row.contains("1612 / 1.7e308"), "{row}");
    assert!(
        shown.contains("-1.7e308 (2026-11-18)"),
        "the detail: {shown}"
    );
}

#[test]
fn the_objectives_tab_says_out_of_range_instead_of_a_bar() {
    for (lang, words) in [(Lang::En, "out of range"), (Lang::Es, "fuera de rango")] {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, _) = on_file(dir.path(), Some(share_beyond_a_number(lang)), lang);
        keys(&mut app, "2");
        let row = line_with(&screen(&app), "ig-followers");
        assert!(row.contains(words), "{row}");
        assert!(!row.contains('%'), "{row}");
    }
}

#[test]
fn the_review_tab_says_out_of_range_and_the_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(share_beyond_a_number(Lang::En)), Lang::En);
    keys(&mut app, "6");
    let row = line_with(&screen(&app), "Grow Instagram");
    assert!(row.contains("out of range"), "{row}");
    assert!(row.contains("achieved"), "{row}");
}

#[test]
fn the_review_tab_shows_half_way_on_the_widest_way() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(widest_way()), Lang::En);
    keys(&mut app, "6");
    let row = line_with(&screen(&app), "Grow Instagram");
    assert!(row.contains("50%"), "{row}");
    assert!(row.contains("behind"), "{row}");
}

#[test]
fn the_channels_tab_says_a_month_beyond_an_amount_is_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    let template = plan
        .campaigns
        .iter()
        .find(|c| c.channel == "instagram")
        .unwrap()
        .clone();
    for (id, minor) in [("huge", i64::MAX - 10), ("euro", 100)] {
        let mut campaign = template.clone();
        campaign.id = id.into();
        campaign.start = "2027-02-01".parse().unwrap();
        campaign.end = "2027-02-28".parse().unwrap();
        campaign.status = Status::Planned;
        campaign.budget = Money::from_minor(minor);
        plan.campaigns.push(campaign);
    }
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    // Instagram is third by fit.
    keys(&mut app, "3jj");
    let shown = screen(&app);
    assert!(shown.contains("┌ Instagram"), "{shown}");
    let planned = line_with(&shown, "Planned spend");
    assert!(planned.contains("Feb out of range"), "{planned}");
    assert!(!shown.contains("92233720368547758"), "{shown}");
}

#[test]
fn a_check_in_change_beyond_a_number_is_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = widest_way();
    plan.objectives[0].measurements.last_mut().unwrap().value = -1e308;
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    // 1e308, typed out: from −1e308 that is a change of 2e308.
    let typed = format!("1{}", "0".repeat(308));
    // Ctrl-u clears the prefilled value, all 309 characters of it.
    keys(&mut app, &format!("6w<Enter><C-u>{typed}<Enter><Esc>"));
    let shown = screen(&app);
    assert!(
        shown.contains("-1e308 → 1e308 followers (out of range) · 20% → 79%"),
        "{shown}"
    );
}

/// Opens the first objective's form, adds to its name, and saves.
fn rename_first_objective(app: &mut socialplan::tui::App) {
    keys(app, "2e<End> (edited)<Enter>");
}

#[test]
#[allow(clippy::float_cmp)] // the very values that were there
fn editing_an_objective_keeps_values_near_the_largest_f64() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(widest_way()), Lang::En);
    rename_first_objective(&mut app);
    let o = common::saved(&path).objectives[0].clone();
    assert!(o.name.ends_with(" (edited)"), "{}", screen(&app));
    assert_eq!((o.baseline.value, o.target), (-1.7e308, Some(1.7e308)));
}

#[test]
#[allow(clippy::float_cmp)] // the very values that were there
fn editing_an_objective_keeps_every_digit_of_small_values() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    let o = &mut plan.objectives[0];
    o.baseline.value = 0.003;
    o.target = Some(0.004_56);
    for m in &mut o.measurements {
        m.value = 0.0035;
    }
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);
    rename_first_objective(&mut app);
    let o = common::saved(&path).objectives[0].clone();
    assert!(o.name.ends_with(" (edited)"), "{}", screen(&app));
    assert_eq!((o.baseline.value, o.target), (0.003, Some(0.004_56)));
    // The value the check-in offers is the latest, as it is.
    keys(&mut app, "6w<Enter><Enter><Esc>");
    let last = common::saved(&path).objectives[0].latest();
    assert_eq!(last, (0.0035, today()));
}
