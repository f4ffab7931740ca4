//! The binary end to end: what a person types and what they see.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use common::{TODAY, demo_file, socialplan, stdout};
use predicates::prelude::*;

/// The binary on the plan file at `path`.
fn on_file(home: &Path, path: &Path) -> Command {
    let mut cmd = socialplan(home);
    cmd.arg("--file").arg(path);
    cmd
}

#[test]
fn status_of_the_demo_in_english() {
    let home = tempfile::tempdir().unwrap();
    let out = stdout(socialplan(home.path()).args(["--demo", "--today", TODAY, "status"]));
    insta::assert_snapshot!(out);
}

#[test]
fn status_of_the_demo_in_spanish() {
    let home = tempfile::tempdir().unwrap();
    let out = stdout(
        socialplan(home.path()).args(["--demo", "--today", TODAY, "--lang", "es", "status"]),
    );
    insta::assert_snapshot!(out);
}

#[test]
fn spanish_comes_from_the_locale_too() {
    let home = tempfile::tempdir().unwrap();
    let out = stdout(
        socialplan(home.path())
            .env("LANG", "es_ES.UTF-8")
            .args(["--demo", "--today", TODAY, "status"]),
    );
    assert!(out.contains("OBJETIVO"), "{out}");
}

#[test]
fn update_records_and_reports_progress_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let out = stdout(on_file(dir.path(), &path).args(["--today", TODAY, "update", "ig-f", "1700"]));
    assert_eq!(
        out,
        "Recorded 1700 on 2027-01-20.\n\
         ig-followers  Grow Instagram to 2,000 followers: 1180 → 1700 / 2000 (63%), by 2027-04-14 (84 days left) — on track\n"
    );
    let saved = fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("\"date\": \"2027-01-20\",\n          \"value\": 1700.0"),
        "{saved}"
    );
}

#[test]
fn a_second_value_on_the_same_day_replaces_the_first_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let update = |value: &str, lang: &str| {
        stdout(on_file(dir.path(), &path).args([
            "--today",
            TODAY,
            "--lang",
            lang,
            "update",
            "newsletter",
            value,
        ]))
    };
    update("650", "en");
    let out = update("655", "es");
    assert!(
        out.starts_with("Sustituido el valor del 20/01/2027: 650 pasa a ser 655.\n"),
        "{out}"
    );
    assert!(out.contains("quedan"), "{out}");
    let plan = socialplan::store::parse(&path, &fs::read(&path).unwrap()).unwrap();
    let objective = plan.objective("newsletter-subs").unwrap();
    let today = objective
        .measurements
        .iter()
        .filter(|m| m.date.to_string() == TODAY)
        .collect::<Vec<_>>();
    assert_eq!(today.len(), 1);
    assert!((today[0].value - 655.0).abs() < f64::EPSILON);
}

#[test]
fn update_takes_a_date_and_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "update", "cost-per-lead", "3.5"])
        .args(["--date", "2027-01-19", "--note", "after the radio spot"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Recorded 3.5 on 2027-01-19."));
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.contains("after the radio spot"));
}

#[test]
fn an_unknown_or_ambiguous_objective_lists_the_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "update", "followers-of-mars", "1"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("error: no objective matches"))
        .stderr(predicate::str::contains("ig-followers, tiktok-views"));
    // "1" starts two names: "1,500 average views…" and "120 sign-ups…".
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "update", "1", "1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("matches several objectives"))
        .stderr(predicate::str::contains("tiktok-views, workshop-signups"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn bad_values_are_usage_errors_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    // "1,250" is one thousand two hundred and fifty in English; "1,5" is
    // a decimal comma, refused.
    for value in ["1,5", "1,2,5", "lots", "inf"] {
        on_file(dir.path(), &path)
            .args(["--today", TODAY, "update", "ig-followers", value])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error: "));
    }
    on_file(dir.path(), &path)
        .args(["--today", "20/01/2027", "status"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_value_in_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    on_file(dir.path(), &path)
        .args([
            "--today",
            TODAY,
            "update",
            "ig-followers",
            "9",
            "--date",
            "2027-01-21",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is after today (2027-01-20)"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn read_only_and_demo_never_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    on_file(dir.path(), &path)
        .args([
            "--read-only",
            "--today",
            TODAY,
            "update",
            "ig-followers",
            "1",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"));
    assert_eq!(fs::read(&path).unwrap(), before);
    socialplan(dir.path())
        .args(["--demo", "--today", TODAY, "update", "ig-followers", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing was saved"));
    assert!(!dir.path().join("data").exists());
}

#[test]
fn demo_and_file_together_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    socialplan(dir.path())
        .args(["--demo", "--file", "x.json", "status"])
        .assert()
        .code(2);
}

#[test]
fn path_honours_file_then_environment_then_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = stdout(socialplan(dir.path()).arg("path"));
    assert_eq!(
        out,
        format!("{}\n", data.join("socialplan/plan.json").display())
    );
    let out = stdout(
        socialplan(dir.path())
            .env("SOCIALPLAN_FILE", "/tmp/from-env.json")
            .arg("path"),
    );
    assert_eq!(out, "/tmp/from-env.json\n");
    let out = stdout(
        socialplan(dir.path())
            .env("SOCIALPLAN_FILE", "/tmp/from-env.json")
            .args(["--file", "/tmp/from-flag.json", "path"]),
    );
    assert_eq!(out, "/tmp/from-flag.json\n");
}

#[test]
fn the_first_change_creates_the_file_in_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    // No plan yet: status explains step 2 and nothing is written.
    let out = stdout(socialplan(dir.path()).args(["--today", TODAY, "status"]));
    assert!(out.contains("no objectives yet"), "{out}");
    assert!(!dir.path().join("data").exists());
    socialplan(dir.path())
        .args(["--today", TODAY, "update", "x", "1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no objectives yet"));
    assert!(!dir.path().join("data").exists());
}

#[test]
fn colour_only_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let status = |extra: &[&str], no_color: Option<&str>| {
        let mut cmd = socialplan(dir.path());
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        stdout(
            cmd.args(["--demo", "--today", TODAY])
                .args(extra)
                .arg("status"),
        )
    };
    assert!(
        !status(&[], None).contains('\x1b'),
        "piped output has no escapes"
    );
    assert!(!status(&["--color", "never"], None).contains('\x1b'));
    assert!(status(&["--color", "always"], None).contains("\x1b["));
    assert!(!status(&[], Some("1")).contains('\x1b'));
}

#[test]
fn ascii_mode_prints_only_ascii() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        stdout(socialplan(dir.path()).args(["--demo", "--today", TODAY, "--ascii", "status"]));
    assert!(out.is_ascii(), "{out}");
    assert!(out.contains("->"));
}

#[test]
fn export_json_is_the_plan_file_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let exported =
        stdout(on_file(dir.path(), &path).args(["--today", TODAY, "export", "--format", "json"]));
    assert_eq!(exported.as_bytes(), fs::read(&path).unwrap());
}

#[test]
fn completions_are_generated() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(socialplan(dir.path()).args(["completions", "bash"]));
    assert!(out.contains("socialplan") && out.contains("update"));
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(socialplan(dir.path()).arg("--version"));
    assert!(out.starts_with("socialplan "));
    let out = stdout(socialplan(dir.path()).arg("--help"));
    for word in [
        "update",
        "status",
        "export",
        "path",
        "completions",
        "--today",
    ] {
        assert!(out.contains(word), "{word} missing from --help");
    }
    socialplan(dir.path())
        .arg("--no-such-flag")
        .assert()
        .code(2);
}

/// `check` says when a campaign's status is out of date; one command sets
/// it, found by id or by the start of its name, and nothing else changes.
#[test]
fn campaign_set_changes_only_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "campaign", "set", "welcome ser"])
        .args(["--status", "cancelled"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nl-welcome-series: "))
        .stdout(predicate::str::contains("→ cancelled"));
    let after: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    let campaign = |plan: &serde_json::Value| {
        plan["campaigns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "nl-welcome-series")
            .unwrap()
            .clone()
    };
    let (mut old, new) = (campaign(&before), campaign(&after));
    assert_eq!(new["status"], "cancelled");
    old["status"] = "cancelled".into();
    assert_eq!(old, new, "only the status changed");
    // The same again: said, and the file is left alone.
    let saved = fs::read(&path).unwrap();
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "campaign", "set", "nl-welcome-series"])
        .args(["--status", "cancelled"])
        .assert()
        .success()
        .stdout(predicate::str::contains("already cancelled"));
    assert_eq!(fs::read(&path).unwrap(), saved);
}

#[test]
fn campaign_set_refuses_what_it_cannot_do_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "campaign", "set", "nl-welcome-series"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give --status"));
    on_file(dir.path(), &path)
        .args([
            "--today", TODAY, "campaign", "set", "zzz", "--status", "done",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: no campaign matches \"zzz\". Campaigns: ",
        ));
    on_file(dir.path(), &path)
        .args(["--lang", "es", "--today", TODAY, "campaign", "set", "b"])
        .args(["--status", "done"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("coincide con varias campañas"));
    on_file(dir.path(), &path)
        .args(["--today", TODAY, "campaign", "set", "nl-welcome-series"])
        .args(["--status", "finished"])
        .assert()
        .code(2);
    assert_eq!(fs::read(&path).unwrap(), before);
}
