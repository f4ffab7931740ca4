//! An objective's measurement history (`M` in Objectives), driven through
//! the keyboard: listed newest first with the baseline last, a value
//! corrected or deleted through the same edits as everywhere (undo, and
//! another session's change is a conflict, not overwritten). And the
//! check-in's date, on which all its values are recorded.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::{keys, on_file, open_with, plan_file, render, saved, screen, text, today};
use socialplan::domain::{Measurement, Objective};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use std::path::PathBuf;

const CLEAR: &str = "<C-u>";
const OBJECTIVE: &str = "ig-followers";

fn objective(path: &std::path::Path) -> Objective {
    saved(path).objective(OBJECTIVE).unwrap().clone()
}

/// The TUI on a demo plan file (the directory lives as long as it is
/// kept), and the objective as the file holds it first.
fn on_demo_file() -> (tempfile::TempDir, App, PathBuf, Objective) {
    let dir = tempfile::tempdir().unwrap();
    let (app, path) = on_file(dir.path(), None, Lang::En);
    let before = objective(&path);
    (dir, app, path, before)
}

/// The objective's measurements, newest first.
fn newest_first(objective: &Objective) -> Vec<Measurement> {
    let mut all = objective.measurements.clone();
    all.sort_by_key(|m| std::cmp::Reverse(m.date));
    all
}

#[test]
fn the_history_lists_values_newest_first_and_the_baseline_last() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let seen = objective(&path);
    keys(&mut app, "2M");
    let shown = text(&render(&app, 120, 60));
    let title = format!("Measurements — {}", seen.name);
    assert!(shown.contains(&title), "{shown}");
    let rows: Vec<usize> = newest_first(&seen)
        .iter()
        .map(|m| shown.find(&m.date.to_string()).unwrap())
        .collect();
    assert!(rows.is_sorted(), "newest first: {shown}");
    let baseline = shown
        .find(&format!("{}", seen.baseline.date))
        .expect("the baseline is listed");
    assert!(rows.iter().all(|&r| r < baseline), "the baseline last");
    assert!(shown.contains("baseline"), "{shown}");
    // Esc goes back to the objectives.
    keys(&mut app, "<Esc>");
    assert!(!screen(&app).contains(&title));
}

#[test]
fn a_wrong_value_is_fixed_in_the_history_and_undo_brings_it_back() {
    let (_dir, mut app, path, before) = on_demo_file();
    let newest = newest_first(&before)[0].clone();
    keys(&mut app, &format!("2M<Enter>{CLEAR}1717<Enter>"));
    let after = objective(&path);
    let fixed = after
        .measurements
        .iter()
        .find(|m| m.date == newest.date)
        .unwrap();
    assert!((fixed.value - 1717.0).abs() < f64::EPSILON);
    assert_eq!(fixed.note, newest.note, "the note is kept");
    assert_eq!(after.measurements.len(), before.measurements.len());
    keys(&mut app, "u");
    assert_eq!(objective(&path), before);
}

#[test]
fn a_value_moved_to_another_date_is_one_edit_and_one_undo() {
    let (_dir, mut app, path, before) = on_demo_file();
    let newest = newest_first(&before)[0].clone();
    let moved_to = newest.date - chrono::Days::new(1);
    assert!(before.measurements.iter().all(|m| m.date != moved_to));
    keys(&mut app, &format!("2M<Enter><Tab>{CLEAR}{moved_to}<Enter>"));
    let after = objective(&path);
    assert!(after.measurements.iter().all(|m| m.date != newest.date));
    let moved = after.measurements.iter().find(|m| m.date == moved_to);
    assert_eq!(moved.map(|m| m.value), Some(newest.value));
    keys(&mut app, "u");
    assert_eq!(objective(&path), before);
}

#[test]
fn a_date_that_already_has_a_value_is_refused_under_the_date() {
    let (_dir, mut app, path, before) = on_demo_file();
    let second = newest_first(&before)[1].date;
    keys(&mut app, &format!("2M<Enter><Tab>{CLEAR}{second}<Enter>"));
    assert!(
        screen(&app).contains("already has a value"),
        "{}",
        screen(&app)
    );
    assert_eq!(objective(&path), before);
}

#[test]
fn a_value_is_deleted_after_a_question_and_undo_brings_it_back() {
    let (_dir, mut app, path, before) = on_demo_file();
    let second = newest_first(&before)[1].clone();
    keys(&mut app, "2Mjd");
    let question = format!("Delete the value of {}", second.date);
    assert!(screen(&app).contains(&question), "{}", screen(&app));
    keys(&mut app, "y");
    let after = objective(&path);
    assert!(!after.measurements.contains(&second));
    assert_eq!(after.measurements.len(), before.measurements.len() - 1);
    keys(&mut app, "u");
    assert_eq!(objective(&path), before);
}

#[test]
fn the_baseline_is_read_only_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = saved(&path);
    keys(&mut app, "2M<End><Enter>");
    assert!(screen(&app).contains("starting point"), "{}", screen(&app));
    assert!(!screen(&app).contains("Edit a measurement"));
    keys(&mut app, "d");
    assert!(!screen(&app).contains("Delete the value"));
    assert_eq!(saved(&path), before);
}

/// A corrects a value while B, another session, corrected the same one:
/// A's save is a conflict to settle, not an overwrite of B's value.
#[test]
fn a_value_another_session_changed_meanwhile_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, path) = on_file(dir.path(), None, Lang::En);
    let mut b = common::open(&path, Lang::En);
    let newest = newest_first(&objective(&path))[0].date;
    keys(&mut a, &format!("2M<Enter>{CLEAR}1717"));
    keys(&mut b, &format!("2M<Enter>{CLEAR}1800<Enter>"));
    assert!(a.tick(), "A reloads B's save");
    keys(&mut a, "<Enter>");
    let shown = screen(&a);
    assert!(shown.contains("Changed in another session"), "{shown}");
    let value = |path| {
        objective(path)
            .measurements
            .iter()
            .find(|m| m.date == newest)
            .unwrap()
            .value
    };
    assert!(
        (value(&path) - 1800.0).abs() < f64::EPSILON,
        "B's value kept"
    );
}

#[test]
fn the_measurement_history_at_80_columns() {
    for (lang, name) in [
        (Lang::En, "en_80x24_history"),
        (Lang::Es, "es_80x24_history"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = plan_file(dir.path(), None, lang);
        let mut app = open_with(&path, lang, Theme::new(true, false));
        keys(&mut app, "2M");
        let shown = text(&render(&app, 80, 24));
        // The title line holds the file's path, which changes per run.
        let body: String = shown.lines().skip(1).collect::<Vec<_>>().join("\n");
        insta::assert_snapshot!(name, body);
    }
}

/// The Sunday before today.
fn last_sunday() -> NaiveDate {
    (1..=7)
        .map(|back| today() - Days::new(back))
        .find(|day| day.weekday() == Weekday::Sun)
        .unwrap()
}

/// Every (objective, date, value) the plan holds.
fn values(path: &std::path::Path) -> Vec<(String, NaiveDate, f64)> {
    saved(path)
        .objectives
        .iter()
        .flat_map(|o| {
            o.measurements
                .iter()
                .map(|m| (o.id.clone(), m.date, m.value))
        })
        .collect()
}

#[test]
fn a_check_in_dated_last_sunday_records_its_values_on_that_date() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = values(&path);
    let sunday = last_sunday();
    keys(&mut app, "6w");
    assert!(screen(&app).contains("Which day are these values from?"));
    keys(&mut app, &format!("{CLEAR}{sunday}<Enter>"));
    assert!(
        screen(&app).contains(&format!("value on {sunday}")),
        "{}",
        screen(&app)
    );
    // Two values, then stop: both on Sunday, none today.
    keys(
        &mut app,
        &format!("{CLEAR}1700<Enter>{CLEAR}600<Enter><Esc>"),
    );
    let after = values(&path);
    let new: Vec<_> = after.iter().filter(|v| !before.contains(v)).collect();
    assert_eq!(new.len(), 2, "{new:?}");
    assert!(new.iter().all(|(_, date, _)| *date == sunday), "{new:?}");
    let recorded: Vec<f64> = new.iter().map(|(_, _, value)| *value).collect();
    assert!(recorded.contains(&1700.0) && recorded.contains(&600.0));
}

#[test]
fn the_check_in_refuses_a_date_in_the_future_or_before_every_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    let tomorrow = today() + Days::new(1);
    keys(&mut app, &format!("6w{CLEAR}{tomorrow}<Enter>"));
    let shown = screen(&app);
    assert!(
        shown.contains("Which day are these values from?"),
        "stays: {shown}"
    );
    assert!(shown.contains("after today"), "{shown}");
    keys(&mut app, &format!("{CLEAR}2000-01-01<Enter>"));
    assert!(
        screen(&app).contains("No objective had started"),
        "{}",
        screen(&app)
    );
    keys(&mut app, &format!("{CLEAR}not a date<Enter>"));
    assert!(screen(&app).contains("is not a date"), "{}", screen(&app));
    keys(&mut app, "<Esc>");
    assert!(!screen(&app).contains("Which day"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing recorded");
}
