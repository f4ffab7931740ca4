//! `check`: one fixture per finding code under tests/fixtures/check/, each a
//! small plan that breaks one rule of the method (and a clean one).
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use socialplan::domain::lint::{self, Severity};
use socialplan::store;

const TODAY: &str = "2027-01-20";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(format!("{name}.json"))
}

fn codes(name: &str) -> BTreeSet<&'static str> {
    let path = fixture(name);
    let plan = store::parse(&path, &std::fs::read(&path).unwrap()).unwrap();
    lint::check(&plan, TODAY.parse().unwrap())
        .iter()
        .map(|f| f.rule.code())
        .collect()
}

/// Every code the lint can give, and the fixture that shows it.
const CODES: [&str; 18] = [
    "objective-without-target",
    "channel-without-reason",
    "campaign-without-objective",
    "objective-not-served",
    "campaign-on-inactive-channel",
    "objective-not-measured",
    "objective-overdue",
    "channel-over-budget",
    "channel-overspent",
    "campaign-status-outdated",
    "plan-without-objectives",
    "plan-without-channels",
    "weeks-below-cadence",
    "campaign-without-posts",
    "post-overdue",
    "post-outside-campaign",
    "post-without-link",
    "post-copy-too-long",
];

#[test]
fn each_fixture_gives_its_own_finding_and_the_clean_one_none() {
    assert!(codes("clean").is_empty(), "{:?}", codes("clean"));
    for code in CODES {
        let found = codes(code);
        // A plan without channels cannot have its objective served either.
        let mut expected = BTreeSet::from([code]);
        if code == "plan-without-channels" {
            expected.insert("objective-not-served");
        }
        assert_eq!(found, expected, "fixture {code}");
    }
}

#[test]
fn there_is_a_fixture_for_every_code() {
    let files: BTreeSet<String> = std::fs::read_dir(fixture("clean").parent().unwrap())
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    for code in CODES {
        assert!(files.contains(code), "no fixture for {code}");
    }
}

fn check(name: &str) -> Command {
    let mut cmd = Command::cargo_bin("socialplan").unwrap();
    cmd.env("LANG", "C")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    // Wide enough that no finding wraps: a phrase is found whole (wrapping
    // is tests/cli_width.rs's).
    cmd.arg("--file")
        .arg(fixture(name))
        .args(["--today", TODAY, "--width", "1000", "check"]);
    cmd
}

#[test]
fn errors_fail_warnings_fail_only_when_strict_hints_never() {
    let severity = |code: &str| {
        let path = fixture(code);
        let plan = store::parse(&path, &std::fs::read(&path).unwrap()).unwrap();
        let findings = lint::check(&plan, TODAY.parse().unwrap());
        findings.iter().map(lint::Finding::severity).min().unwrap()
    };
    for code in CODES {
        let (plain, strict) = match severity(code) {
            Severity::Error => (1, 1),
            Severity::Warning => (0, 1),
            Severity::Hint => (0, 0),
        };
        let output = check(code).assert().code(plain).get_output().stdout.clone();
        let text = String::from_utf8(output).unwrap();
        assert!(text.contains(code), "{code}: {text}");
        assert!(text.contains('→'), "{code} says how to fix it: {text}");
        check(code).arg("--strict").assert().code(strict);
    }
    check("clean")
        .arg("--strict")
        .assert()
        .success()
        .stdout(predicate::str::contains("No findings"));
}

#[test]
fn a_month_overspent_says_the_real_spend_and_the_budget_in_both_languages() {
    check("channel-overspent")
        .assert()
        .stdout(predicate::str::contains(
            "spent 110.00 EUR on campaigns in 2027-01, over its monthly budget of 100.00 EUR",
        ));
    check("channel-overspent")
        .args(["--lang", "es"])
        .assert()
        .stdout(predicate::str::contains(
            "gastó 110,00 € en campañas en enero de 2027, más que su presupuesto mensual de 100,00 €",
        ));
}

#[test]
fn a_finding_names_the_item_with_its_id_and_name_in_both_languages() {
    check("channel-over-budget")
        .assert()
        .stdout(predicate::str::contains("channel instagram “Instagram”"))
        .stdout(predicate::str::contains(
            "500.00 EUR of campaigns in 2027-02",
        ));
    check("channel-over-budget")
        .args(["--lang", "es"])
        .assert()
        .stdout(predicate::str::contains("canal instagram «Instagram»"))
        .stdout(predicate::str::contains(
            "0 errores, 1 aviso, 0 sugerencias",
        ));
}

#[test]
fn post_findings_name_the_post_and_count_characters_as_people_see_them() {
    let spanish_weeks = "menos publicaciones que las 2 semanales del canal en 1 semana: \
                         1 en la 2027-S03 (desde el 18/01/2027)";
    let cases = [
        // 262 "ñ" and a flag: 281 characters, though more code points and bytes.
        (
            "post-copy-too-long",
            "en",
            [
                "post long “Too long for X”",
                "has a copy of 281 characters; its channel takes 280",
            ],
        ),
        (
            "weeks-below-cadence",
            "es",
            ["campaña winter «Winter»", spanish_weeks],
        ),
    ];
    for (fixture, lang, parts) in cases {
        let output = check(fixture).args(["--lang", lang]).output().unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        for part in parts {
            assert!(text.contains(part), "{fixture}: {part}: {text}");
        }
    }
}
