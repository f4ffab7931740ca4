//! Numbers and dates typed in the TUI as each language writes them, the
//! reason an impossible date is refused, and the question before a value
//! that looks like a slip is recorded.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use common::{keys, on_file, saved, screen, today};
use socialplan::i18n::Lang;

/// Empties a one-line input.
const CLEAR: &str = "<C-u>";

/// The value recorded for `objective` on `date`.
fn value_on(path: &Path, objective: &str, date: NaiveDate) -> Option<f64> {
    let plan = saved(path);
    let objective = plan.objective(objective).unwrap();
    objective
        .measurements
        .iter()
        .find(|m| m.date == date)
        .map(|m| m.value)
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The check-in's objectives, in the order it asks: `fb-engagement` is the
/// sixth.
const TO_FB_ENGAGEMENT: &str = "<Down><Down><Down><Down><Down>";

#[test]
fn a_spanish_check_in_takes_a_decimal_comma_and_a_day_month_year_date() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    keys(&mut app, &format!("6w{CLEAR}18/01/2027<Enter>"));
    // The last value, prefilled the Spanish way: kept as it is.
    assert!(screen(&app).contains("1612"), "{}", screen(&app));
    keys(&mut app, TO_FB_ENGAGEMENT);
    assert!(screen(&app).contains("3,2"), "{}", screen(&app));
    keys(&mut app, &format!("{CLEAR}8,7<Enter><Esc>"));
    assert_eq!(
        value_on(&path, "fb-engagement", day("2027-01-18")),
        Some(8.7)
    );
}

#[test]
fn a_prefilled_spanish_value_records_exactly_what_was_there() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    // cost-per-lead's last value is 3.82, shown as 3,82: Enter keeps it.
    keys(&mut app, "6w<Enter><Down><Down><Down>");
    assert!(screen(&app).contains("3,82"), "{}", screen(&app));
    keys(&mut app, "<Enter><Esc>");
    assert_eq!(value_on(&path, "cost-per-lead", today()), Some(3.82));
}

#[test]
fn an_english_form_refuses_a_decimal_comma_and_says_how_to_write_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, &format!("2m{CLEAR}1650,5<Enter>"));
    let shown = screen(&app);
    assert!(
        shown.contains("\"1650,5\" is not a number: write 1,650.5"),
        "{shown}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_spanish_measurement_form_takes_thousands_points_and_a_day_month_year_date() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    keys(
        &mut app,
        &format!("2m{CLEAR}1.650<Tab>{CLEAR}30/11/2026<Enter>"),
    );
    assert_eq!(
        value_on(&path, "ig-followers", day("2026-11-30")),
        Some(1650.0),
        "{}",
        screen(&app)
    );
}

#[test]
fn an_impossible_date_says_which_month_has_how_many_days() {
    for (lang, typed, says) in [
        (Lang::En, "2027-02-30", "February 2027 has 28 days"),
        (Lang::Es, "30/02/2027", "febrero de 2027 tiene 28 días"),
        (Lang::Es, "99999-01-01", "el año está fuera de rango"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, path) = on_file(dir.path(), None, lang);
        let before = std::fs::read(&path).unwrap();
        keys(&mut app, &format!("2m<Tab>{CLEAR}{typed}<Enter>"));
        assert!(screen(&app).contains(says), "{typed}: {}", screen(&app));
        keys(&mut app, &format!("<Esc><Esc>6w{CLEAR}{typed}<Enter>"));
        assert!(screen(&app).contains(says), "{typed}: {}", screen(&app));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

#[test]
fn the_check_in_asks_before_recording_a_value_that_looks_like_a_slip() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, &format!("6w<Enter>{CLEAR}99999999999999<Enter>"));
    let shown = screen(&app);
    assert!(
        shown.contains("99999999999999 is more than 10 times as far from the baseline"),
        "{shown}"
    );
    assert!(shown.contains("Record it all the same?"), "{shown}");
    // No: back to the value, to correct it; nothing recorded.
    keys(&mut app, "n");
    assert_eq!(value_on(&path, "ig-followers", today()), None);
    assert!(screen(&app).contains("99999999999999"), "{}", screen(&app));
    // Yes: recorded as typed, and on to the next objective.
    keys(&mut app, "<Enter>y");
    assert_eq!(
        value_on(&path, "ig-followers", today()),
        Some(99_999_999_999_999.0)
    );
    assert!(
        screen(&app).contains("Weekly check-in 2/7"),
        "{}",
        screen(&app)
    );
}

#[test]
fn the_spanish_question_says_why_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    keys(
        &mut app,
        &format!("6w<Enter><Down><Down><Down>{CLEAR}-2<Enter>"),
    );
    let shown = screen(&app);
    assert!(
        shown.contains("-2 no tiene el signo del valor inicial")
            && shown.contains("ni el de la meta (3)"),
        "{shown}"
    );
    assert!(shown.contains("¿Registrarlo igualmente?"), "{shown}");
    keys(&mut app, "s");
    assert_eq!(value_on(&path, "cost-per-lead", today()), Some(-2.0));
}

#[test]
fn the_measurement_form_asks_before_saving_a_value_that_looks_like_a_slip() {
    for (lang, question, yes) in [
        (Lang::En, "Record it all the same?", "y"),
        (Lang::Es, "¿Registrarlo igualmente?", "s"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, path) = on_file(dir.path(), None, lang);
        let before = std::fs::read(&path).unwrap();
        keys(&mut app, &format!("2m{CLEAR}-40<Enter>"));
        assert!(screen(&app).contains(question), "{}", screen(&app));
        // No: the form again, as it was typed; nothing saved.
        keys(&mut app, "n");
        assert!(screen(&app).contains("-40"), "{}", screen(&app));
        assert!(!screen(&app).contains(question), "{}", screen(&app));
        assert_eq!(std::fs::read(&path).unwrap(), before);
        keys(&mut app, &format!("<Enter>{yes}"));
        assert_eq!(value_on(&path, "ig-followers", today()), Some(-40.0));
    }
}
