//! Numbers and dates typed on the command line as each language writes
//! them (`8,7` and `30/11/2026` in Spanish), impossible dates explained,
//! and values that look like a slip recorded with a warning. The file keeps
//! its canonical forms whatever was typed.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{TODAY, demo_file, saved, socialplan, stdout};
use predicates::prelude::*;
use socialplan::domain::Money;

fn on_file(home: &Path, path: &Path, lang: &str) -> Command {
    let mut cmd = socialplan(home);
    cmd.arg("--file")
        .arg(path)
        .args(["--today", TODAY, "--lang", lang]);
    cmd
}

/// The value recorded for `objective` on `date`.
fn value_on(path: &Path, objective: &str, date: &str) -> Option<f64> {
    let plan = saved(path);
    let objective = plan.objective(objective).unwrap();
    let date = date.parse().unwrap();
    objective
        .measurements
        .iter()
        .find(|m| m.date == date)
        .map(|m| m.value)
}

#[test]
fn spanish_takes_a_decimal_comma_thousands_points_and_day_month_year() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let update = |value: &str, date: &str| {
        stdout(on_file(dir.path(), &path, "es").args([
            "update",
            "cost-per-lead",
            value,
            "--date",
            date,
        ]));
    };
    update("3,7", "18/1/2027");
    assert_eq!(value_on(&path, "cost-per-lead", "2027-01-18"), Some(3.7));
    update("3.65", "19/01/2027");
    assert_eq!(value_on(&path, "cost-per-lead", "2027-01-19"), Some(3.65));
    stdout(on_file(dir.path(), &path, "es").args(["update", "ig-followers", "1.634"]));
    assert_eq!(value_on(&path, "ig-followers", TODAY), Some(1634.0));
    stdout(on_file(dir.path(), &path, "es").args([
        "campaign",
        "spend",
        "ig-breakfast-ads",
        "1.250,5",
    ]));
    let plan = saved(&path);
    let spent = &plan.campaign("ig-breakfast-ads").unwrap().spend;
    assert_eq!(spent.last().unwrap().amount, Money::from_minor(125_050));
    let json = std::fs::read_to_string(&path).unwrap();
    assert!(json.contains("3.7"), "the file keeps a decimal point");
    assert!(!json.contains("18/1/2027") && !json.contains("3,7"));
}

#[test]
fn english_takes_thousands_commas_and_refuses_a_decimal_comma_saying_how_to_write_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    stdout(on_file(dir.path(), &path, "en").args(["update", "ig-followers", "1,634"]));
    assert_eq!(value_on(&path, "ig-followers", TODAY), Some(1634.0));
    let before = std::fs::read(&path).unwrap();
    on_file(dir.path(), &path, "en")
        .args(["update", "cost-per-lead", "3,7"])
        .assert()
        .code(2)
        .stderr("error: \"3,7\" is not a number: write 3.7 (a point for decimals, a comma between thousands).\n");
    on_file(dir.path(), &path, "es")
        .args(["update", "cost-per-lead", "1,250.5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\"1,250.5\" no es un número: escribe 1.250,5 (coma para los decimales, punto para los miles).",
        ));
    on_file(dir.path(), &path, "en")
        .args(["campaign", "spend", "ig-breakfast-ads", "12,50"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\"12,50\" is not an amount: write 12.50",
        ));
    on_file(dir.path(), &path, "en")
        .args(["update", "cost-per-lead", "3", "--date", "18/01/2027"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\"18/01/2027\" is not a date: write it as YYYY-MM-DD",
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn post_results_take_thousands_as_the_language_groups_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    stdout(on_file(dir.path(), &path, "es").args(["post", "set", "oven-4am", "--reach", "12.500"]));
    stdout(on_file(dir.path(), &path, "en").args(["post", "set", "oven-4am", "--clicks", "1,250"]));
    let plan = saved(&path);
    let post = plan.post("oven-4am").unwrap();
    assert_eq!(post.reach, Some(12_500));
    assert_eq!(post.clicks, Some(1250));
}

#[test]
fn an_impossible_date_says_what_is_wrong_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = std::fs::read(&path).unwrap();
    for (lang, date, says) in [
        (
            "en",
            "2027-02-30",
            "\"2027-02-30\" is not a date: February 2027 has 28 days.",
        ),
        (
            "es",
            "2027-02-30",
            "\"2027-02-30\" no es una fecha: febrero de 2027 tiene 28 días.",
        ),
        (
            "es",
            "29/02/2027",
            "\"29/02/2027\" no es una fecha: febrero de 2027 tiene 28 días.",
        ),
        (
            "en",
            "2026-13-01",
            "\"2026-13-01\" is not a date: there is no month 13 (they go from 1 to 12).",
        ),
        (
            "en",
            "99999-01-01",
            "\"99999-01-01\" is not a date: the year is out of range (1 to 9999).",
        ),
        (
            "es",
            "99999-01-01",
            "\"99999-01-01\" no es una fecha: el año está fuera de rango (del 1 al 9999).",
        ),
    ] {
        on_file(dir.path(), &path, lang)
            .args(["update", "ig-followers", "1700", "--date", date])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
        on_file(dir.path(), &path, lang)
            .args(["agenda", "--from", date])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_value_that_looks_like_a_slip_is_recorded_with_a_warning_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    on_file(dir.path(), &path, "en")
        .args(["update", "cost-per-lead", "-2"])
        .assert()
        .success()
        .stderr(
            "warning: -2 has neither the sign of the baseline (4.8) nor that of the target (3). \
             It was recorded all the same; if it is a slip, record the right value on the same date.\n",
        );
    assert_eq!(value_on(&path, "cost-per-lead", TODAY), Some(-2.0));
    on_file(dir.path(), &path, "es")
        .args(["update", "ig-followers", "99999999999999"])
        .assert()
        .success()
        .stderr(predicate::str::starts_with(
            "aviso: 99999999999999 está más de 10 veces más lejos del valor inicial (1180) que la meta (2000). \
             Se ha registrado igualmente",
        ));
    assert_eq!(
        value_on(&path, "ig-followers", TODAY),
        Some(99_999_999_999_999.0)
    );
    // An ordinary value says nothing more.
    on_file(dir.path(), &path, "en")
        .args(["update", "ig-followers", "1700"])
        .assert()
        .success()
        .stderr("");
}

/// `import` of the `items` in `sheet`, written first with `text`, into the
/// plan at `path`.
fn import(home: &Path, path: &Path, items: &str, sheet: &str, text: &str) -> Command {
    let sheet = home.join(sheet);
    std::fs::write(&sheet, text).unwrap();
    let mut cmd = on_file(home, path, "en");
    cmd.args(["import", "--format", "csv", "--items", items])
        .arg(sheet);
    cmd
}

#[test]
fn campaigns_from_a_spanish_spreadsheet_separated_by_semicolons_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    stdout(&mut import(
        dir.path(),
        &path,
        "campaigns",
        "campañas.csv",
        "name;channel;start;end;budget;objectives\n\
         Terraza de verano;Instagram;01/06/2027;2027-06-30;\"1.250,50\";\"ig-followers;online-orders\"\n\
         Desayunos;Instagram;1/7/2027;31/7/2027;120,00;\n",
    ));
    let plan = saved(&path);
    let terrace = plan.campaign("terraza-de-verano").unwrap();
    assert_eq!(terrace.budget, Money::from_minor(125_050));
    assert_eq!(terrace.start.to_string(), "2027-06-01");
    assert_eq!(terrace.objectives, ["ig-followers", "online-orders"]);
    let breakfasts = plan.campaign("desayunos").unwrap();
    assert_eq!(breakfasts.budget, Money::from_minor(12_000));
    assert_eq!(breakfasts.end.to_string(), "2027-07-31");
    let json = std::fs::read_to_string(&path).unwrap();
    assert!(json.contains("\"1250.50\""), "canonical in the file");
}

#[test]
fn posts_from_a_spanish_spreadsheet_take_thousands_points_and_a_bad_row_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    stdout(&mut import(
        dir.path(),
        &path,
        "posts",
        "publicaciones.csv",
        "id;campaign;date;title;reach;clicks\n\
         oven-4am;ig-behind-the-oven;2026-12-01;\"A title; with a semicolon\";12.500;1.250\n",
    ));
    let post = saved(&path).post("oven-4am").unwrap().clone();
    assert_eq!(post.reach, Some(12_500));
    assert_eq!(post.clicks, Some(1250));
    assert_eq!(post.title, "A title; with a semicolon");
    // All or nothing: a bad row keeps the good one out too.
    let before = std::fs::read(&path).unwrap();
    import(
        dir.path(),
        &path,
        "posts",
        "publicaciones.csv",
        "id;campaign;date;title;reach\n\
         oven-4am;ig-behind-the-oven;2026-12-01;T;13.000\n\
         oven-4am-2;ig-behind-the-oven;30/02/2027;T;\n",
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "publicaciones.csv:3: date: \"30/02/2027\" is not a date: February 2027 has 28 days.",
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
