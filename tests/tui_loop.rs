//! Step 5's loop, driven through the keyboard on one plan in one app: a
//! published post's results recorded, money spent recorded, both seen in
//! the campaigns compared and in the channel's month, a wrong measurement
//! fixed in its history, and a check-in dated last Sunday.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::posts::plan;
use common::{keys, line_with, on_file, render, saved, text, today};
use socialplan::domain::post::PostStatus;
use socialplan::domain::{Money, Spend};
use socialplan::i18n::Lang;
use socialplan::tui::App;

const CLEAR: &str = "<C-u>";

/// From a post's form's first field (its campaign) to its reach: campaign,
/// date, time, format, title, copy, asset, owner, status, link, notes.
const TO_REACH: &str = "<Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab>";

fn shown(app: &App) -> String {
    text(&render(app, 120, 40))
}

/// The Sunday before today.
fn last_sunday() -> NaiveDate {
    (1..=7)
        .map(|back| today() - Days::new(back))
        .find(|day| day.weekday() == Weekday::Sun)
        .unwrap()
}

#[test]
fn results_spend_comparison_history_and_a_check_in_dated_last_sunday() {
    // "Spring loaves" on Instagram, 100.00 planned, its Tuesday reel
    // published; today is Wednesday 2027-01-20.
    let mut plan = plan();
    plan.campaigns[0].budget = Money::from_units(100);
    plan.posts[0].status = PostStatus::Published;
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);

    // Before: nothing spent, no results, so no cost.
    keys(&mut app, "6ll");
    let before = line_with(&shown(&app), "Spring loaves");
    assert!(before.contains('—'), "{before}");
    keys(&mut app, "3");
    let month_before = shown(&app);

    // 1. Results for the published post, in its form.
    keys(&mut app, "4<Enter>");
    if !line_with(&shown(&app), "▶").contains("Tuesday reel") {
        keys(&mut app, "k");
    }
    keys(
        &mut app,
        &format!("e{TO_REACH}2140<Tab>186<Tab>41<Tab>2<Enter>"),
    );
    let reel = saved(&path).post("tuesday-reel").cloned().unwrap();
    assert_eq!(
        [reel.reach, reel.interactions, reel.clicks, reel.leads],
        [Some(2140), Some(186), Some(41), Some(2)]
    );

    // 2. 20.00 spent today on the campaign, from Actions.
    keys(&mut app, "<Esc>$<Tab>20<Tab>Boosted reel<Enter>");
    let spent = saved(&path).campaign("spring").unwrap().spend.clone();
    let entry = Spend {
        date: today(),
        amount: Money::from_units(20),
        note: "Boosted reel".into(),
    };
    assert_eq!(spent, [entry]);

    // 3. The comparison shows them: 20.00 spent, 41 clicks and 2 leads,
    // so 20.00 / 41 = 0.49 a click and 10.00 a lead.
    keys(&mut app, "6");
    let row = line_with(&shown(&app), "Spring loaves");
    let cells: Vec<&str> = row
        .trim_matches(|c| c == '│' || c == ' ' || c == '▶')
        .split_whitespace()
        .collect();
    assert_eq!(
        cells[2..],
        [
            "100.00", "20.00", "1/2", "2140", "186", "41", "2", "0.49", "10.00"
        ],
        "{row}"
    );
    // ... and so does Instagram's January: 20.00 really spent of the
    // 50.00 planned (half the budget falls in January).
    keys(&mut app, "3");
    let january = line_with(&shown(&app), "• Jan");
    assert!(january.contains("20.00/50.00"), "{january}");
    assert!(
        !line_with(&month_before, "Jan").contains("20.00"),
        "{month_before}"
    );

    // 4. The newest follower count was mistyped: 702.5 becomes 720.
    keys(&mut app, &format!("2M<Enter>{CLEAR}720<Enter>"));
    let followers = saved(&path).objective("ig-followers").cloned().unwrap();
    let newest = followers
        .measurements
        .iter()
        .max_by_key(|m| m.date)
        .unwrap();
    assert_eq!(
        (newest.date.to_string(), newest.value),
        ("2027-01-18".into(), 720.0)
    );
    assert_eq!(followers.measurements.len(), 2);

    // 5. Monday's check-in records Sunday's number, on Sunday.
    let sunday = last_sunday();
    keys(&mut app, &format!("<Esc>6w{CLEAR}{sunday}<Enter>"));
    assert!(
        shown(&app).contains(&format!("value on {sunday}")),
        "{}",
        shown(&app)
    );
    keys(&mut app, &format!("{CLEAR}731<Enter><Esc><Esc>"));
    let followers = saved(&path).objective("ig-followers").cloned().unwrap();
    let recorded = followers.measurements.iter().find(|m| m.date == sunday);
    assert_eq!(recorded.map(|m| m.value), Some(731.0), "{followers:?}");
    assert_eq!(followers.measurements.len(), 3);
}
