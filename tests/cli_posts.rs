//! `post add`, `post set` and `post list` end to end: what a person types
//! over SSH and what the file holds afterwards.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{TODAY, demo_file, saved, socialplan, stdout};
use predicates::prelude::*;

/// The binary on the plan file at `path`, on the test's today.
fn on_file(home: &Path, path: &Path) -> Command {
    let mut cmd = socialplan(home);
    cmd.arg("--file").arg(path).args(["--today", TODAY]);
    cmd
}

/// The demo plan's file without the demo's posts: what a test adds is then
/// all there is to list and find.
fn demo_file_without_posts(dir: &Path) -> PathBuf {
    let path = demo_file(dir);
    let mut plan = saved(&path);
    plan.posts.clear();
    fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    path
}

#[test]
fn add_then_list_then_set_status_and_link() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_without_posts(dir.path());
    let out = stdout(on_file(dir.path(), &path).args([
        "post",
        "add",
        "nl-w",
        "2027-01-25",
        "Welcome email",
        "--time",
        "09:30",
        "--format",
        "email",
        "--owner",
        "Ana",
    ]));
    assert_eq!(
        out,
        "added post welcome-email: 2027-01-25 09:30, campaign nl-welcome-series\n"
    );
    stdout(on_file(dir.path(), &path).args([
        "post",
        "add",
        "croissant week",
        "2027-01-22",
        "Oven reel",
        "--format",
        "short-video",
    ]));
    let plan = saved(&path);
    let post = plan.post("oven-reel").unwrap();
    assert_eq!(post.campaign, "ig-croissant-week");
    assert_eq!(
        serde_json::to_string(&post.format).unwrap(),
        "\"short-video\""
    );
    assert_eq!(serde_json::to_string(&post.status).unwrap(), "\"idea\"");
    let list = stdout(on_file(dir.path(), &path).args(["post", "list"]));
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(lines[0].starts_with("DATE"), "{list}");
    // By date: the 22nd before the 25th, with the campaign's channel.
    assert!(lines[1].starts_with("2027-01-22"), "{list}");
    assert!(lines[1].contains("Oven reel") && lines[1].contains("short video"));
    assert!(lines[2].contains("09:30") && lines[2].contains("Newsletter"));
    assert!(lines[2].ends_with("Ana"), "{list}");
    let out = stdout(on_file(dir.path(), &path).args([
        "post",
        "set",
        "welcome",
        "--status",
        "published",
        "--link",
        "https://example.org/1",
    ]));
    assert!(out.contains("status idea → published"), "{out}");
    let plan = saved(&path);
    let post = plan.post("welcome-email").unwrap();
    assert_eq!(post.link, "https://example.org/1");
    assert_eq!(post.time.as_deref(), Some("09:30"), "untouched");
    assert_eq!(post.owner, "Ana", "untouched");
    let list = stdout(on_file(dir.path(), &path).args(["post", "list", "--status", "published"]));
    assert_eq!(list.lines().count(), 2, "{list}");
    // --time "" clears the time and nothing else.
    stdout(on_file(dir.path(), &path).args(["post", "set", "welcome-email", "--time", ""]));
    let plan = saved(&path);
    let post = plan.post("welcome-email").unwrap();
    assert_eq!(post.time, None);
    assert_eq!(post.link, "https://example.org/1");
}

#[test]
fn set_records_results_and_none_clears_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_without_posts(dir.path());
    let results = |id: &str| {
        let post = saved(&path).post(id).cloned().unwrap();
        (post.reach, post.interactions, post.clicks, post.leads)
    };
    stdout(on_file(dir.path(), &path).args([
        "post",
        "add",
        "nl-w",
        "2027-01-25",
        "Welcome email",
        "--status",
        "published",
    ]));
    let out = stdout(on_file(dir.path(), &path).args([
        "post", "set", "welcome", "--reach", "1200", "--clicks", "0", "--leads", "3",
    ]));
    assert_eq!(
        out,
        "post welcome-email: reach - → 1200; clicks - → 0; leads - → 3\n"
    );
    assert_eq!(
        results("welcome-email"),
        (Some(1200), None, Some(0), Some(3))
    );

    // `none` (or "") clears one result; the others stay.
    let out = stdout(on_file(dir.path(), &path).args([
        "post",
        "set",
        "welcome-email",
        "--leads",
        "none",
        "--interactions",
        "45",
    ]));
    assert!(out.contains("interactions - → 45; leads 3 → -"), "{out}");
    assert_eq!(
        results("welcome-email"),
        (Some(1200), Some(45), Some(0), None)
    );
    stdout(on_file(dir.path(), &path).args(["post", "set", "welcome-email", "--reach", ""]));
    assert_eq!(results("welcome-email").0, None);

    // Not a whole number: refused as a usage error, and nothing changes.
    let before = fs::read(&path).unwrap();
    for bad in ["-3", "1.5", "12k", "1e3"] {
        on_file(dir.path(), &path)
            .args(["post", "set", "welcome-email", &format!("--clicks={bad}")])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("a whole number of 0 or more"));
    }
    on_file(dir.path(), &path)
        .args([
            "--lang",
            "es",
            "post",
            "set",
            "welcome-email",
            "--clicks",
            "x",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("un número entero de 0 o más"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn unknown_or_ambiguous_names_and_bad_input_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_without_posts(dir.path());
    for title in ["Tips one", "Tips two"] {
        stdout(on_file(dir.path(), &path).args(["post", "add", "nl-w", "2027-02-01", title]));
    }
    let before = fs::read(&path).unwrap();
    // What is typed, the exit status, and what the error says.
    let refusals: [(&[&str], i32, &str); 9] = [
        (
            &["post", "add", "zzz", "2027-02-01", "X"],
            1,
            "no campaign matches \"zzz\"",
        ),
        (
            &["post", "add", "nl", "2027-02-01", "X"],
            1,
            "\"nl\" matches several campaigns",
        ),
        (
            &["post", "set", "zzz", "--status", "ready"],
            1,
            "no post matches \"zzz\". Posts: tips-one, tips-two",
        ),
        (
            &["post", "set", "tips", "--status", "ready"],
            1,
            "\"tips\" matches several posts: tips-one, tips-two. Type more of the id or title.",
        ),
        (
            &["post", "set", "tips-one"],
            2,
            "nothing to set: give --status",
        ),
        (
            &["post", "set", "tips-one", "--time", "9:30"],
            2,
            "\"9:30\" is not a time",
        ),
        (
            &["post", "add", "nl-w", "2027-02-01", "X", "--time", "24:00"],
            2,
            "write it as HH:MM",
        ),
        (
            &["post", "set", "tips-one", "--status", "done"],
            2,
            "possible values: idea, draft",
        ),
        (
            &["post", "list", "--from", "2027-02-02", "--to", "2027-02-01"],
            2,
            "is before --from",
        ),
    ];
    for (args, code, says) in refusals {
        on_file(dir.path(), &path)
            .args(args)
            .assert()
            .code(code)
            .stderr(predicate::str::contains(says));
    }
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn spanish_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_without_posts(dir.path());
    let es = |args: &[&str]| {
        let mut cmd = on_file(dir.path(), &path);
        cmd.args(["--lang", "es"]).args(args);
        cmd
    };
    es(&["post", "list"])
        .assert()
        .success()
        .stdout("El plan aún no tiene publicaciones. Añade una con `socialplan post add CAMPAÑA FECHA TÍTULO`.\n");
    let out = stdout(&mut es(&["post", "add", "nl-w", "2027-02-01", "Consejos"]));
    assert_eq!(
        out,
        "publicación consejos añadida: 01/02/2027, campaña nl-welcome-series\n"
    );
    es(&["post", "set", "zzz", "--status", "ready"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "ninguna publicación coincide con \"zzz\"",
        ));
    es(&["post", "set", "consejos"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "nada que cambiar: indica --status",
        ));
    stdout(&mut es(&[
        "post",
        "add",
        "nl-w",
        "2027-02-02",
        "Consejos dos",
    ]));
    es(&["post", "set", "conse", "--status", "ready"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "\"conse\" coincide con varias publicaciones: consejos, consejos-dos. Escribe más letras del id o del título.",
        ));
    let list = stdout(&mut es(&["post", "list"]));
    assert!(list.starts_with("FECHA"), "{list}");
    let list = stdout(&mut es(&["post", "list", "--owner", "nadie"]));
    assert_eq!(list, "Ninguna publicación coincide con estos filtros.\n");
}

#[test]
fn the_demo_says_nothing_was_saved() {
    let home = tempfile::tempdir().unwrap();
    socialplan(home.path())
        .args([
            "--demo",
            "--today",
            TODAY,
            "post",
            "add",
            "nl-w",
            "2027-02-01",
            "X",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("(demo plan: nothing was saved)"));
}

#[test]
fn a_list_with_long_titles_fits_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_without_posts(dir.path());
    let long = "A very long title about croissants, coffee and everything in between";
    stdout(on_file(dir.path(), &path).args(["post", "add", "nl-w", "2027-02-01", long]));
    stdout(on_file(dir.path(), &path).args([
        "post",
        "add",
        "nl-w",
        "2027-02-02",
        "Ünïcödé ✓ title",
    ]));
    for ascii in [false, true] {
        let mut cmd = on_file(dir.path(), &path);
        cmd.args(["post", "list", "--width", "80"]);
        if ascii {
            cmd.arg("--ascii");
        }
        let list = stdout(&mut cmd);
        assert!(list.contains("A very long"), "{list}");
        assert!(!list.contains(long), "the title is cut: {list}");
        assert!(list.contains(if ascii { "~" } else { "…" }), "{list}");
        for line in list.lines() {
            let cells = unicode_width::UnicodeWidthStr::width(line);
            assert!(cells <= 80, "{cells} cells: {line}");
        }
        assert!(!list.contains('\u{1b}'), "plain when piped: {list}");
    }
}

#[test]
fn delete_takes_the_post_found_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_without_posts(dir.path());
    for title in ["Oven reel", "Oven story"] {
        stdout(on_file(dir.path(), &path).args([
            "post",
            "add",
            "croissant week",
            "2027-01-22",
            title,
        ]));
    }
    let before = fs::read(&path).unwrap();
    // "oven" names two posts: nothing is deleted, and both are named.
    on_file(dir.path(), &path)
        .args(["post", "delete", "oven"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("oven-reel").and(predicate::str::contains("oven-story")));
    assert_eq!(fs::read(&path).unwrap(), before);
    let out = stdout(on_file(dir.path(), &path).args(["post", "delete", "oven-s"]));
    assert_eq!(out, "deleted post oven-story: “Oven story”, 2027-01-22\n");
    let plan = saved(&path);
    assert!(plan.post("oven-story").is_none());
    assert!(plan.post("oven-reel").is_some());
}
