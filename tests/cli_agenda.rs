//! `socialplan agenda` end to end: the manager's Monday morning as printed
//! over SSH or into a pipe, on the demo and on small plans in a temp dir.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::{Days, NaiveDate};
use common::{plan_file, socialplan, stdout};
use predicates::prelude::*;
use serde_json::json;
use socialplan::i18n::Lang;

/// A Monday: the demo has two overdue posts then.
const MONDAY: &str = "2026-11-30";

fn monday() -> NaiveDate {
    MONDAY.parse().unwrap()
}

/// The binary on the plan file at `path`, on Monday.
fn on_file(home: &Path, path: &Path) -> Command {
    let mut cmd = socialplan(home);
    cmd.arg("--file").arg(path).args(["--today", MONDAY]);
    cmd
}

/// The demo on Monday, with every section of the agenda filled: Instagram
/// followers last measured nine days ago, and the Facebook engagement due
/// on Friday.
fn monday_plan(dir: &Path, lang: Lang) -> PathBuf {
    let mut plan = socialplan::demo::plan(monday(), lang);
    let nine_days_ago = monday().checked_sub_days(Days::new(9)).unwrap();
    let followers = plan.objectives.iter_mut().find(|o| o.id == "ig-followers");
    let followers = followers.unwrap();
    followers.measurements.retain(|m| m.date <= nine_days_ago);
    let engagement = plan.objectives.iter_mut().find(|o| o.id == "fb-engagement");
    engagement.unwrap().deadline = monday().checked_add_days(Days::new(4));
    plan_file(dir, Some(plan), lang)
}

/// The agenda of `monday_plan` with `args` after `agenda`.
fn monday_agenda(lang: Lang, global: &[&str], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = monday_plan(dir.path(), lang);
    stdout(
        on_file(dir.path(), &path)
            .args(global)
            .arg("agenda")
            .args(args),
    )
}

fn assert_fits(out: &str, cells: usize) {
    for line in out.lines() {
        assert!(socialplan::text::width(line) <= cells, "too wide: {line:?}");
    }
}

#[test]
fn monday_at_80_columns_in_english() {
    let out = monday_agenda(Lang::En, &[], &["--width", "80"]);
    assert_fits(&out, 80);
    insta::assert_snapshot!(out);
}

#[test]
fn monday_at_80_columns_in_spanish() {
    let out = monday_agenda(Lang::Es, &["--lang", "es"], &["--width", "80"]);
    assert_fits(&out, 80);
    assert!(out.contains("Lunes 30 de noviembre de 2026 · hoy"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn monday_at_80_columns_in_ascii() {
    let out = monday_agenda(Lang::En, &["--ascii"], &["--width", "80"]);
    assert_fits(&out, 80);
    // The plan's own texts may hold emoji; the agenda's marks are ASCII.
    for mark in ['…', '·', '→', '•', '—'] {
        assert!(!out.contains(mark), "{mark} in {out}");
    }
    insta::assert_snapshot!(out);
}

#[test]
fn overdue_posts_come_first_then_the_days_then_the_reminders() {
    let out = monday_agenda(Lang::En, &[], &[]);
    let at = |text: &str| out.find(text).unwrap_or_else(|| panic!("{text} in {out}"));
    assert!(at("Overdue: 2 posts") < at("Monday 30 November 2026 · today"));
    assert!(at("Today: brioche") < at("Morning spot: croissant week"));
    assert!(at("Morning spot: croissant week") < at("Monday 30 November"));
    assert!(at("Friday 4 December 2026") < at("Deadline"));
    assert!(at("Sunday 6 December 2026") < at("Reminders"));
    let command = "→ socialplan update ig-followers VALUE";
    assert!(out.contains(command), "{out}");
    // Piped: no colour.
    assert!(!out.contains('\u{1b}'), "{out}");
}

#[test]
fn the_demo_by_default_shows_seven_days_from_today() {
    let home = tempfile::tempdir().unwrap();
    let out = stdout(socialplan(home.path()).args(["--demo", "--today", MONDAY, "agenda"]));
    assert!(
        out.starts_with("Agenda: 2026-11-30 to 2026-12-06\n"),
        "{out}"
    );
    assert!(out.contains("Sunday 6 December 2026"), "{out}");
    assert!(!out.contains("Monday 7 December"), "{out}");
    let coloured = stdout(
        socialplan(home.path()).args(["--demo", "--today", MONDAY, "--color", "always", "agenda"]),
    );
    assert!(coloured.contains("\u{1b}["), "{coloured}");
}

/// The demo's channels and campaigns on Monday with only `posts`.
fn with_posts(dir: &Path, posts: &serde_json::Value) -> PathBuf {
    let mut plan = socialplan::demo::plan(monday(), Lang::En);
    plan.posts = serde_json::from_value(posts.clone()).unwrap();
    plan_file(dir, Some(plan), Lang::En)
}

/// A post of `campaign` with its owner, on "date" or "date time".
fn post(id: &str, campaign: &str, when: &str, owner: &str) -> serde_json::Value {
    let (date, time) = when
        .split_once(' ')
        .map_or((when, None), |(d, t)| (d, Some(t)));
    json!({"id": id, "campaign": campaign, "date": date, "time": time, "format": "reel",
           "title": format!("Title of {id}"), "status": "draft", "owner": owner})
}

fn three_posts(dir: &Path) -> PathBuf {
    let campaign = |prefix: &str| {
        let plan = socialplan::demo::plan(monday(), Lang::En);
        let found = plan.campaigns.iter().find(|c| c.id.starts_with(prefix));
        found.unwrap().id.clone()
    };
    let (instagram, tiktok) = (campaign("ig-"), campaign("tt-"));
    let posts = json!([
        post("late", &instagram, "2026-11-20", "Ana"),
        post("soon", &tiktok, "2026-12-02 18:00", "Pablo"),
        post("later", &instagram, "2026-12-20", "ana"),
    ]);
    with_posts(dir, &posts)
}

#[test]
fn an_owner_and_a_channel_narrow_it_down() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_posts(dir.path());
    let agenda = |args: &[&str]| stdout(on_file(dir.path(), &path).arg("agenda").args(args));
    let ana = agenda(&["--owner", "ANA", "--days", "30"]);
    assert!(
        ana.contains("Title of late") && ana.contains("Title of later"),
        "{ana}"
    );
    assert!(!ana.contains("Title of soon"), "{ana}");
    assert!(
        ana.contains("Agenda: 2026-11-30 to 2026-12-29 · owner ANA"),
        "{ana}"
    );
    // Objectives have no owner: no deadlines or reminders for one.
    assert!(
        !ana.contains("Deadline") && !ana.contains("Reminders"),
        "{ana}"
    );
    // A channel by the start of its name, any case.
    let tiktok = agenda(&["--channel", "tik"]);
    assert!(tiktok.contains("Title of soon"), "{tiktok}");
    assert!(!tiktok.contains("Title of late"), "{tiktok}");
    assert!(tiktok.contains("· channel TikTok"), "{tiktok}");
}

#[test]
fn from_and_days_choose_the_window_and_the_overdue_stay_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = three_posts(dir.path());
    let out =
        stdout(on_file(dir.path(), &path).args(["agenda", "--from", "2026-12-20", "--days", "1"]));
    assert!(
        out.starts_with("Agenda: 2026-12-20 to 2026-12-20\n"),
        "{out}"
    );
    assert!(out.contains("Sunday 20 December 2026\n"), "{out}");
    assert!(!out.contains("Title of soon"), "{out}");
    let late = out.find("Title of late").unwrap();
    assert!(late < out.find("Title of later").unwrap(), "{out}");
    assert!(out.contains("20 Nov"), "the overdue day: {out}");
}

#[test]
fn a_window_with_nothing_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = with_posts(dir.path(), &json!([]));
    // Far ahead: no campaign starts or ends, no deadline; measured lately.
    let args = ["agenda", "--from", "2030-01-01", "--days", "3"];
    let out = stdout(on_file(dir.path(), &path).args(args));
    assert!(out.contains("Nothing overdue and nothing due"), "{out}");
    assert!(out.contains("socialplan post add"), "{out}");
    let out = stdout(
        on_file(dir.path(), &path)
            .args(args)
            .args(["--owner", "Nobody"]),
    );
    assert!(out.contains("try without --owner or --channel"), "{out}");
    // Empty days between the overdue posts and the reminders say so.
    let path = monday_plan(dir.path(), Lang::En);
    let out = stdout(on_file(dir.path(), &path).args(args));
    let at = |text: &str| out.find(text).unwrap_or_else(|| panic!("{text} in {out}"));
    assert!(at("Overdue") < at("Nothing planned from 2030-01-01 to 2030-01-03."));
    assert!(at("Nothing planned") < at("Reminders"));
}

#[test]
fn lines_fit_a_narrow_width_titles_giving_way() {
    let dir = tempfile::tempdir().unwrap();
    let path = monday_plan(dir.path(), Lang::En);
    let out = stdout(on_file(dir.path(), &path).args(["agenda", "--width", "72"]));
    assert_fits(&out, 72);
    assert!(out.contains('…'), "{out}");
    let ascii = stdout(on_file(dir.path(), &path).args(["--ascii", "agenda", "--width", "72"]));
    assert!(ascii.contains('~') && !ascii.contains('…'), "{ascii}");
}

#[test]
fn bad_days_and_unknown_channels_are_refused_clearly() {
    let home = tempfile::tempdir().unwrap();
    let demo = |args: &[&str]| {
        let mut cmd = socialplan(home.path());
        cmd.args(["--demo", "--today", MONDAY, "agenda"]).args(args);
        cmd.assert()
    };
    demo(&["--days", "0"])
        .code(2)
        .stderr(predicate::str::contains(
            "--days 0: give a number of days from 1 to 366",
        ));
    demo(&["--days", "367"]).code(2);
    demo(&["--channel", "myspace"])
        .code(1)
        .stderr(predicate::str::contains("no channel matches \"myspace\""))
        .stderr(predicate::str::contains("instagram"));
    demo(&["--lang", "es", "--channel", "myspace"])
        .code(1)
        .stderr(predicate::str::contains("ningún canal coincide"));
    demo(&["--from", "30/11/2026"]).code(2);
}
