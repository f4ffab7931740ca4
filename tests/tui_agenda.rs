//! The agenda in the TUI, one key from any tab: the manager's Monday
//! morning driven through the keyboard, as a person does it.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{Datelike, NaiveDate, Weekday};
use common::posts::{date, plan};
use common::{keys, on_file, render, saved, screen, text};
use socialplan::domain::post::PostStatus;
use socialplan::i18n::Lang;

#[test]
fn a_opens_the_agenda_from_any_tab_overdue_first_and_esc_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(plan()), Lang::En);
    for tab in ["1", "3", "5"] {
        keys(&mut app, &format!("{tab}A"));
        let shown = screen(&app);
        assert!(
            shown.contains("Agenda: 2027-01-20 to 2027-01-26 · 1 overdue"),
            "{shown}"
        );
        keys(&mut app, "<Esc>");
        assert!(!screen(&app).contains("Agenda:"), "back on tab {tab}");
    }
    keys(&mut app, "A");
    let shown = screen(&app);
    let rows: Vec<&str> = shown.lines().collect();
    let overdue = rows
        .iter()
        .position(|l| l.contains("Tuesday reel"))
        .unwrap();
    let coming = rows
        .iter()
        .position(|l| l.contains("Rye carousel"))
        .unwrap();
    assert!(overdue < coming, "{shown}");
    assert!(
        rows[overdue].contains("▶ Tue 2027-01-19"),
        "selected first: {shown}"
    );
    assert!(rows[overdue].contains("! ready"), "{shown}");
    assert!(rows[coming].contains("Mon 2027-01-25"), "{shown}");
}

#[test]
fn an_objective_without_a_value_for_a_week_is_a_reminder_that_m_records() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = plan();
    plan.objectives[0].measurements.clear();
    let name = plan.objectives[0].name.clone();
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "AG");
    let shown = screen(&app);
    let reminder = shown
        .lines()
        .find(|l| l.contains("Reminders"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(reminder.contains("▶"), "selected, last: {shown}");
    // How long since its last value (the baseline's) where a post's
    // status goes.
    let wide = text(&render(&app, 160, 40));
    let row = wide.lines().find(|l| l.contains("Reminders")).unwrap();
    assert!(row.contains("Measure: Reach"), "{wide}");
    assert!(wide.contains(&format!("┌ {name} ─")), "its details: {wide}");
    assert!(row.contains("16 days"), "{wide}");
    keys(&mut app, "m");
    assert!(screen(&app).contains("Record a value"), "{}", screen(&app));
}

#[test]
fn the_window_moves_a_week_at_a_time_and_t_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(plan()), Lang::En);
    keys(&mut app, "Al");
    assert!(screen(&app).contains("Agenda: 2027-01-27 to 2027-02-02"));
    keys(&mut app, "hh");
    assert!(screen(&app).contains("Agenda: 2027-01-13 to 2027-01-19"));
    keys(&mut app, "t");
    assert!(screen(&app).contains("Agenda: 2027-01-20 to 2027-01-26"));
}

#[test]
fn enter_on_a_campaign_entry_opens_its_posts_and_esc_comes_back_to_the_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = plan();
    // The campaign starts within the window: an entry of its own.
    plan.campaigns[0].start = date("2027-01-21");
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "A");
    let shown = screen(&app);
    assert!(shown.contains("Campaign starts: Spring loaves"), "{shown}");
    // Overdue post, then the 21st's start.
    keys(&mut app, "j<Enter>");
    assert!(
        screen(&app).contains("Posts — Spring loaves"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "<Esc>");
    assert!(screen(&app).contains("Agenda: "), "{}", screen(&app));
    keys(&mut app, "<Esc>");
    assert!(screen(&app).contains("Objectives ("), "{}", screen(&app));
}

/// Monday morning: open the agenda, mark the overdue post published with
/// its link, repeat a post weekly, and undo the repeat in one step.
#[test]
fn monday_morning() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(plan()), Lang::En);
    // 1. The agenda, the overdue post first and selected.
    keys(&mut app, "A");
    assert!(
        screen(&app).contains("▶ Tue 2027-01-19"),
        "{}",
        screen(&app)
    );
    // 2. Published, with its link.
    keys(&mut app, "p");
    assert!(screen(&app).contains("Mark as published — Tuesday reel"));
    keys(&mut app, "https://instagram.com/p/tuesday<Enter>");
    let published = saved(&path);
    let tuesday = published.post("tuesday-reel").unwrap();
    assert_eq!(tuesday.status, PostStatus::Published);
    assert_eq!(tuesday.link, "https://instagram.com/p/tuesday");
    let shown = screen(&app);
    assert!(!shown.contains("overdue"), "nothing overdue now: {shown}");
    assert!(!shown.contains("Tuesday reel"), "{shown}");
    // 3. The rye carousel (now first) repeated every Monday and Friday.
    assert!(shown.contains("▶ Mon 2027-01-25"), "{shown}");
    keys(&mut app, "w<Down><Down><Down><Down><Space><Enter>");
    let repeated = saved(&path);
    let series: Vec<NaiveDate> = repeated
        .posts
        .iter()
        .filter(|p| p.title == "Rye carousel")
        .map(|p| p.date)
        .collect();
    let expected: Vec<NaiveDate> = date("2027-01-25")
        .iter_days()
        .take_while(|d| *d <= date("2027-02-14"))
        .filter(|d| matches!(d.weekday(), Weekday::Mon | Weekday::Fri))
        .collect();
    assert_eq!(series, expected);
    // 4. One undo takes the whole series back, and the publishing stays.
    keys(&mut app, "u");
    assert_eq!(saved(&path), published);
}

#[test]
fn the_agenda_at_80_columns() {
    for (lang, theme, name) in common::languages_and_themes("agenda") {
        let body = common::body_after(plan(), lang, theme, "A");
        insta::assert_snapshot!(name, body);
    }
}
