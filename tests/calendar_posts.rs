//! Posts on the calendar: at day zoom a mark on each day with posts, inside
//! the campaign's bar, the same in the TUI and in `socialplan calendar`,
//! with and without Unicode; the legend says which mark is which.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::path::{Path, PathBuf};

use common::{TODAY, keys, render, socialplan, stdout, text};
use socialplan::domain::post::{PostFormat, PostStatus};
use socialplan::domain::{Campaign, Channel, ChannelKind, Colour, Fit, Money, Plan, Post, Status};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

fn d(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn post(id: &str, date: &str, status: PostStatus) -> Post {
    Post {
        id: id.into(),
        campaign: "launch".into(),
        date: d(date),
        time: None,
        format: PostFormat::Reel,
        title: id.into(),
        copy: String::new(),
        asset: String::new(),
        owner: String::new(),
        status,
        link: String::new(),
        notes: String::new(),
    }
}

/// One channel, one campaign under way from Monday 2027-01-18 to Sunday
/// 2027-01-24 (today, 2027-01-20, is its Wednesday), and its posts.
fn launch_plan_file(dir: &Path) -> PathBuf {
    let mut plan = Plan::new("Shop", "EUR");
    plan.channels.push(Channel {
        id: "shop".into(),
        name: "Shop".into(),
        kind: ChannelKind::Social,
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour: Colour::Green,
        active: true,
    });
    plan.campaigns.push(Campaign {
        id: "launch".into(),
        name: "Launch".into(),
        channel: "shop".into(),
        start: d("2027-01-18"),
        end: d("2027-01-24"),
        status: Status::Active,
        budget: Money::ZERO,
        objectives: Vec::new(),
        audience: String::new(),
        message: String::new(),
        owner: String::new(),
    });
    plan.posts = vec![
        post("monday", "2027-01-18", PostStatus::Published),
        // Yesterday, still scheduled: overdue.
        post("tuesday", "2027-01-19", PostStatus::Scheduled),
        // Today: one out, one still a draft, so still work to do.
        post("today-out", "2027-01-20", PostStatus::Published),
        post("today-draft", "2027-01-20", PostStatus::Draft),
        post("friday", "2027-01-22", PostStatus::Skipped),
        post("saturday", "2027-01-23", PostStatus::Published),
        // After the campaign's end: a finding of the check, not a mark.
        post("late", "2027-01-26", PostStatus::Draft),
    ];
    let path = dir.join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    path
}

fn day_calendar(dir: &Path, path: &Path, extra: &[&str]) -> String {
    stdout(
        socialplan(dir)
            .arg("--file")
            .arg(path)
            .args(["--today", TODAY])
            .args(extra)
            .args(["calendar", "--zoom", "day", "--from", "2027-01-18"])
            .args(["--to", "2027-01-31", "--width", "80"]),
    )
}

#[test]
fn socialplan_calendar_at_day_zoom_marks_each_day_with_posts() {
    let dir = tempfile::tempdir().unwrap();
    let path = launch_plan_file(dir.path());
    // Days are three cells, the mark in the middle one: Monday published,
    // Tuesday overdue, Wednesday to post, Friday's skipped post nothing,
    // Saturday published. The name goes in the room between the marks.
    let out = day_calendar(dir.path(), &path, &[]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[2], "Shop     █●██!██○█Launch█●████", "{out}");
    assert!(
        lines[lines.len() - 1].contains("○ to post  ● posted  ! overdue"),
        "{out}"
    );
    let ascii = day_calendar(dir.path(), &path, &["--ascii"]);
    let lines: Vec<&str> = ascii.lines().collect();
    assert_eq!(lines[2], "Shop     #@##!##o#Launch#@####", "{ascii}");
    assert_eq!(
        lines[lines.len() - 1],
        "# active  . planned  = done  x cancelled  o to post  @ posted  ! overdue"
    );
    let spanish = day_calendar(dir.path(), &path, &["--lang", "es"]);
    assert!(spanish.contains("○ por publicar  ● publicada"), "{spanish}");
}

#[test]
fn week_and_month_zoom_have_no_marks_and_no_marks_in_the_legend() {
    let dir = tempfile::tempdir().unwrap();
    let path = launch_plan_file(dir.path());
    for zoom in ["week", "month"] {
        let out = stdout(socialplan(dir.path()).arg("--file").arg(&path).args([
            "--today", TODAY, "calendar", "--zoom", zoom, "--width", "80",
        ]));
        for mark in ["●", "○", "!", "to post"] {
            assert!(!out.contains(mark), "{zoom}: {mark}\n{out}");
        }
    }
}

/// The demo's Calendar at day zoom, in the TUI drawn with `theme`.
fn demo_at_day_zoom(theme: Theme) -> App {
    let mut app = App::new(Workspace::demo(common::today(), Lang::En), Lang::En, theme);
    keys(&mut app, "5+");
    app
}

#[test]
fn the_demo_at_day_zoom_with_post_marks() {
    let app = demo_at_day_zoom(Theme::new(true, false));
    insta::assert_snapshot!("demo_day_zoom_80x24", text(&render(&app, 80, 24)));
    let app = demo_at_day_zoom(Theme::new(false, true));
    insta::assert_snapshot!("demo_day_zoom_80x24_ascii", text(&render(&app, 80, 24)));
}
