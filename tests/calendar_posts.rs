//! Posts on the calendar: at day zoom a mark on each day with posts, inside
//! the campaign's bar, the same in the TUI and in `socialplan calendar`,
//! with and without Unicode; the legend says which mark is which.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::path::{Path, PathBuf};

use common::{TODAY, keys, render, socialplan, stdout, text};
use serde_json::json;
use socialplan::domain::Plan;
use socialplan::domain::post::PostFormat;
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// A post of the campaign "launch" in the plan file's own words.
fn post(id: &str, date: &str, status: &str) -> serde_json::Value {
    json!({"id": id, "campaign": "launch", "date": date, "format": "reel", "title": id, "status": status})
}

/// One channel, one campaign under way from Monday 2027-01-18 to Sunday
/// 2027-01-24 (today, 2027-01-20, is its Wednesday), and its posts.
fn launch_plan_file(dir: &Path) -> PathBuf {
    let mut plan = Plan::new("Shop", "EUR");
    plan.channels = vec![
        serde_json::from_value(json!({
            "id": "shop", "name": "Shop", "kind": "social", "colour": "green"
        }))
        .unwrap(),
    ];
    plan.campaigns = vec![
        serde_json::from_value(json!({
            "id": "launch", "name": "Launch", "channel": "shop",
            "start": "2027-01-18", "end": "2027-01-24", "status": "active"
        }))
        .unwrap(),
    ];
    plan.posts = serde_json::from_value(json!([
        post("monday", "2027-01-18", "published"),
        // Yesterday, still scheduled: overdue.
        post("tuesday", "2027-01-19", "scheduled"),
        // Today: one out, one still a draft, so still work to do.
        post("today-out", "2027-01-20", "published"),
        post("today-draft", "2027-01-20", "draft"),
        post("friday", "2027-01-22", "skipped"),
        post("saturday", "2027-01-23", "published"),
        // After the campaign's end: a finding of the check, not a mark.
        post("late", "2027-01-26", "draft"),
    ]))
    .unwrap();
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

/// The lines of the screen that hold the campaign's posts list: from its
/// heading to the first blank line or the panel's bottom.
fn posts_list(app: &App, width: u16, height: u16) -> Vec<String> {
    let screen = text(&render(app, width, height));
    screen
        .lines()
        .map(|l| l.trim_matches('│').trim_end().to_string())
        .skip_while(|l| !l.starts_with("Posts in view") && !l.starts_with("No posts"))
        .take_while(|l| !l.is_empty() && !l.starts_with('└'))
        .collect()
}

#[test]
fn at_week_zoom_the_selected_campaigns_posts_in_the_window_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let path = launch_plan_file(dir.path());
    let mut app = common::open(&path, Lang::En);
    keys(&mut app, "5");
    // In date order, each with the chart's mark (skipped: "-"); the post
    // after the campaign's end is in the window, so it is listed too.
    assert_eq!(
        posts_list(&app, 100, 30),
        [
            "Posts in view: 7 of 7",
            "18 Jan       reel ● monday",
            "19 Jan       reel ! tuesday",
            "20 Jan       reel ● today-out",
            "20 Jan       reel ○ today-draft",
            "22 Jan       reel - friday",
            "23 Jan       reel ● saturday",
            "26 Jan       reel ○ late",
        ]
    );
    // Too few rows: as many as fit, and how many more.
    let short = posts_list(&app, 100, 20);
    assert_eq!(short.first().unwrap(), "Posts in view: 7 of 7");
    assert!(short.last().unwrap().ends_with(" more"), "{short:?}");
    let listed = short.len() - 2;
    assert_eq!(short.last().unwrap(), &format!("… {} more", 7 - listed));
    // A window without them says how many the campaign has.
    keys(&mut app, "<PgDn>");
    assert_eq!(posts_list(&app, 100, 30), ["No posts in view (7 in all)."]);
    // At day zoom the posts are marks on the bar instead.
    keys(&mut app, "t+");
    assert!(posts_list(&app, 100, 30).is_empty());
}

#[test]
fn the_posts_list_is_in_spanish_and_cuts_long_titles() {
    let dir = tempfile::tempdir().unwrap();
    let path = launch_plan_file(dir.path());
    let mut plan = common::saved(&path);
    plan.posts[0].title = "Una publicación con un título larguísimo que no cabe".into();
    plan.posts[0].format = PostFormat::ShortVideo;
    let path = common::plan_file(dir.path(), Some(plan), Lang::Es);
    let mut app = common::open(&path, Lang::Es);
    keys(&mut app, "5");
    let screen = text(&render(&app, 60, 30));
    assert!(
        screen.contains("Publicaciones a la vista: 7 de 7"),
        "{screen}"
    );
    assert!(
        screen.contains("18 ene       vídeo corto ● Una publicación con un título …│"),
        "{screen}"
    );
    assert!(
        screen.contains("19 ene       reel        ! tuesday"),
        "{screen}"
    );
}
