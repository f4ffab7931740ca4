//! `--width`, a global option: every table and chart the command line
//! prints fits it, in both languages, with and without ASCII, and the
//! columns that give way are cut with a mark, never silently.
#![allow(clippy::unwrap_used)]

mod common;

use common::{TODAY, socialplan, stdout};
use unicode_width::UnicodeWidthStr;

const COMMANDS: [&[&str]; 6] = [
    &["status"],
    &["check"],
    &["agenda"],
    &["post", "list"],
    &["campaigns"],
    &["calendar"],
];

/// `socialplan --demo --today TODAY ARGS…`; its stdout (`check` exits 1 on
/// an error, which the demo has not).
fn run(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    stdout(
        socialplan(home.path())
            .args(["--demo", "--today", TODAY])
            .args(args),
    )
}

#[test]
fn every_table_of_the_demo_fits_80_columns() {
    for command in COMMANDS {
        for lang in ["en", "es"] {
            for ascii in [false, true] {
                let mut args = vec!["--lang", lang, "--width", "80"];
                if ascii {
                    args.push("--ascii");
                }
                args.extend_from_slice(command);
                let out = run(&args);
                assert!(out.lines().count() > 1, "{args:?}: {out}");
                for line in out.lines() {
                    assert!(
                        line.width() <= 80,
                        "{args:?}: {} cells: {line}",
                        line.width()
                    );
                }
            }
        }
    }
}

#[test]
fn the_width_goes_before_or_after_the_command() {
    for command in COMMANDS {
        let before = run(&[&["--width", "70"][..], command].concat());
        let after = run(&[command, &["--width", "70"][..]].concat());
        assert_eq!(before, after, "{command:?}");
        assert!(
            before.lines().all(|l| l.width() <= 70),
            "{command:?}: {before}"
        );
    }
}

#[test]
fn status_gives_the_name_the_room_and_shortens_the_id() {
    let home = tempfile::tempdir().unwrap();
    let status = |width: &str| {
        stdout(socialplan(home.path()).args([
            "--demo",
            "--today",
            "2026-11-30",
            "--width",
            width,
            "status",
        ]))
    };
    let out = status("80");
    let row = out.lines().find(|l| l.starts_with("ig-")).unwrap();
    // The id cut, with its mark; the name with at least 20 cells.
    assert!(row.starts_with("ig-follow…"), "{row}");
    assert!(row.contains("Grow Instagram to 2"), "{row}");
    // The least useful columns went: the days left and the projection.
    let header = out.lines().nth(1).unwrap();
    assert!(
        !header.contains("DAYS LEFT") && !header.contains("PROJECTED"),
        "{header}"
    );
    assert!(
        header.contains("PROGRESS") && header.contains("STATUS"),
        "{header}"
    );
    // With room, every column shows.
    let wide = status("160");
    let header = wide.lines().nth(1).unwrap();
    assert!(
        header.contains("DAYS LEFT") && header.contains("PROJECTED"),
        "{header}"
    );
    assert!(wide.contains("ig-followers "), "{wide}");
}

#[test]
fn campaigns_never_leave_out_the_column_they_are_sorted_by() {
    let out = run(&["--width", "80", "campaigns", "--sort", "reach"]);
    let header = out.lines().next().unwrap();
    assert!(header.contains("REACH"), "{header}");
    assert!(!header.contains("INTERACT"), "{header}");
}

#[test]
fn findings_wrap_under_their_text_and_keep_their_end() {
    let out = run(&["--width", "60", "check"]);
    assert!(out.lines().all(|l| l.width() <= 60), "{out}");
    let whole = run(&["--width", "400", "check"]);
    // The same words, only broken into lines.
    let words =
        |text: &str| -> Vec<String> { text.split_whitespace().map(str::to_string).collect() };
    assert_eq!(words(&out), words(&whole));
}
