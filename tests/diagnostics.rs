//! When something goes wrong: the crash report a panic leaves (in a command
//! and in the TUI, with the terminal restored first), and the debug log
//! that `SOCIALPLAN_LOG` asks for. Deliberate panics come from
//! `SOCIALPLAN_TEST_PANIC`, which only debug builds read.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::pty::{LEAVE_ALTERNATE_SCREEN, Tui};
use common::{TODAY, demo_file, socialplan};

const STOPPED: &str = "socialplan stopped because of a bug";

/// The report file stderr names: "The details are in PATH: please…".
fn report_named_in(stderr: &str) -> PathBuf {
    let (_, after) = stderr
        .split_once("The details are in ")
        .unwrap_or_else(|| panic!("no report named in {stderr:?}"));
    let (path, _) = after.split_once(": please").unwrap();
    PathBuf::from(path)
}

/// A report with what a developer needs, written by the deliberate panic.
fn assert_report(path: &Path) {
    let report = fs::read_to_string(path).unwrap();
    let version = format!("socialplan {} crashed", env!("CARGO_PKG_VERSION"));
    for expected in [
        version.as_str(),
        "message: SOCIALPLAN_TEST_PANIC is set",
        "location: src/",
        "system: ",
        "backtrace:",
    ] {
        assert!(report.contains(expected), "{expected:?} not in {report}");
    }
}

/// A command on `plan` that panics on purpose, with its temporary
/// directory inside `home` too.
fn panicking_status(home: &Path, plan: &Path) -> (i32, String) {
    let output = socialplan(home)
        .env("SOCIALPLAN_TEST_PANIC", "1")
        .env("TMPDIR", home.join("tmp"))
        .arg("--file")
        .arg(plan)
        .args(["--today", TODAY, "status"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (output.status.code().unwrap(), stderr)
}

#[cfg(debug_assertions)]
#[test]
fn a_panic_in_a_command_leaves_a_report_in_the_data_directory_and_says_where() {
    let home = tempfile::tempdir().unwrap();
    let plan = demo_file(home.path());
    let (code, stderr) = panicking_status(home.path(), &plan);
    assert_eq!(code, 101, "{stderr}");
    assert!(stderr.starts_with(STOPPED), "{stderr}");
    let report = report_named_in(&stderr);
    assert!(
        report.starts_with(home.path().join("data").join("socialplan")),
        "{report:?}"
    );
    assert_report(&report);
    assert!(
        !stderr.contains("backtrace"),
        "the details stay in the file: {stderr}"
    );
}

#[cfg(debug_assertions)]
#[test]
fn without_a_usable_data_directory_the_report_goes_to_the_temporary_one() {
    let home = tempfile::tempdir().unwrap();
    let plan = demo_file(home.path());
    // A data directory under a regular file can never be made.
    fs::write(home.path().join("data"), "not a directory").unwrap();
    fs::create_dir(home.path().join("tmp")).unwrap();
    let (code, stderr) = panicking_status(home.path(), &plan);
    assert_eq!(code, 101, "{stderr}");
    let report = report_named_in(&stderr);
    assert!(report.starts_with(home.path().join("tmp")), "{report:?}");
    assert_report(&report);
}

#[cfg(debug_assertions)]
#[test]
fn a_panic_in_the_tui_restores_the_terminal_before_saying_where_the_report_is() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.json");
    let args = ["--file", plan.to_str().unwrap(), "--today", TODAY];
    let mut tui = Tui::start_with(home.path(), &args, &[("SOCIALPLAN_TEST_PANIC", "1")]);
    let exit = tui.wait_exit();
    assert_eq!(exit.exit_code(), 101, "{exit:?}");
    let output = tui.output();
    let left = output
        .find(LEAVE_ALTERNATE_SCREEN)
        .expect("left the alternate screen");
    let said = output.find(STOPPED).expect("said it stopped");
    assert!(
        left < said,
        "the message went to the alternate screen: {output:?}"
    );
    assert!(tui.is_cooked(), "raw mode is still on: {:?}", tui.termios());
    assert!(tui.screen().contains(STOPPED), "{}", tui.screen());
    // The vt100 screen wraps lines at 80 columns: the path is read from the
    // raw output, where the line is whole.
    let report = report_named_in(&output[said..].replace("\r\n", "\n"));
    assert_report(&report);
}

/// `socialplan --file PLAN update ig-followers VALUE`, with `SOCIALPLAN_LOG`
/// set to `log` when given.
fn update(home: &Path, plan: &Path, value: &str, log: Option<&str>) -> Output {
    let mut cmd = socialplan(home);
    if let Some(level) = log {
        cmd.env("SOCIALPLAN_LOG", level);
    }
    let args = ["--today", TODAY, "update", "ig-followers", value];
    cmd.arg("--file").arg(plan).args(args).output().unwrap()
}

#[test]
fn the_debug_log_names_each_save_and_error_when_asked_for() {
    let home = tempfile::tempdir().unwrap();
    let plan = demo_file(home.path());
    assert!(
        update(home.path(), &plan, "1500", Some("debug"))
            .status
            .success()
    );
    assert!(
        !update(home.path(), &plan, "lots", Some("debug"))
            .status
            .success()
    );
    let text = fs::read_to_string(home.path().join("data/socialplan/debug.log")).unwrap();
    let saved = format!("saved {} (", plan.display());
    let line = text.lines().find(|l| l.contains(&saved));
    let line = line.unwrap_or_else(|| panic!("no save in {text}"));
    let bytes = fs::metadata(&plan).unwrap().len();
    assert!(line.contains(&format!("({bytes} bytes, ")), "{line}");
    assert!(line.contains(" ms)"), "{line}");
    let opened = format!("opened {}", plan.display());
    assert!(text.contains(&opened), "{text}");
    let error = text.lines().find(|l| l.contains(" ERROR "));
    assert!(error.is_some_and(|l| l.contains("lots")), "{text}");
}

#[test]
fn without_socialplan_log_no_log_is_written() {
    let home = tempfile::tempdir().unwrap();
    let plan = demo_file(home.path());
    assert!(update(home.path(), &plan, "1500", None).status.success());
    // Nothing at all was put in the data directory.
    let data = home.path().join("data");
    assert!(!data.exists() || fs::read_dir(&data).unwrap().next().is_none());
}
