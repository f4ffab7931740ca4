//! `campaign spend` end to end: what a person types and what the file holds.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{TODAY, demo_file, saved, socialplan, stdout};
use predicates::prelude::*;
use socialplan::domain::{Money, Spend};

fn on_file(home: &Path, path: &Path) -> Command {
    let mut cmd = socialplan(home);
    cmd.arg("--file").arg(path).args(["--today", TODAY]);
    cmd
}

fn entry(date: &str, minor: i64, note: &str) -> Spend {
    Spend {
        date: date.parse().unwrap(),
        amount: Money::from_minor(minor),
        note: note.into(),
    }
}

#[test]
fn spend_is_recorded_today_by_default_and_in_date_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let out = stdout(on_file(dir.path(), &path).args([
        "campaign",
        "spend",
        "ig-breakfast",
        "45.5",
        "--note",
        "Boost",
    ]));
    assert_eq!(
        out,
        "campaign ig-breakfast-ads: spent 2027-01-20  45.50 EUR  Boost\n\
         spent 45.50 of 200.00 EUR planned\n"
    );
    let out = stdout(on_file(dir.path(), &path).args([
        "--lang",
        "es",
        "campaign",
        "spend",
        "ig-breakfast-ads",
        "30",
        "--date",
        "2027-01-14",
    ]));
    assert_eq!(
        out,
        "campaña ig-breakfast-ads: gasto 2027-01-14  30,00 €\n\
         gastado 75,50 de 200,00 € previstos\n"
    );
    let plan = saved(&path);
    assert_eq!(
        plan.campaign("ig-breakfast-ads").unwrap().spend,
        vec![
            entry("2027-01-14", 3000, ""),
            entry("2027-01-20", 4550, "Boost")
        ]
    );
}

#[test]
fn spend_in_the_future_not_positive_or_not_an_amount_is_refused_and_nothing_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = std::fs::read(&path).unwrap();
    let refused = |args: &[&str], says: &str| {
        on_file(dir.path(), &path)
            .args(["campaign", "spend", "ig-breakfast-ads"])
            .args(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains(says));
    };
    refused(&["10", "--date", "2027-01-21"], "after today");
    refused(&["0"], "must be more than zero");
    refused(&["-5"], "must be more than zero");
    refused(&["1,5"], "is not an amount");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
