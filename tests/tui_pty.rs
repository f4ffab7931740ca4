//! The real binary in a pseudo-terminal: start-up on a terminal that never
//! answers, signals, a plan file that vanishes, and typed input that is not
//! thrown away without asking.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use common::TODAY;
use common::pty::{CURSOR_QUERY, LEAVE_ALTERNATE_SCREEN, Tui};
use nix::sys::signal::Signal;

/// The TUI on the plan file `plan.json` in `home` (which need not exist).
fn start(home: &Path) -> (Tui, PathBuf) {
    let path = home.join("plan.json");
    let file = path.to_str().unwrap();
    let tui = Tui::start(home, &["--file", file, "--today", TODAY]);
    (tui, path)
}

/// The terminal is as it was before: raw mode off, the normal screen, the
/// cursor shown, and leaving the alternate screen the last thing written.
fn assert_restored(tui: &Tui) {
    let output = tui.output();
    assert!(
        output.ends_with(LEAVE_ALTERNATE_SCREEN),
        "ends with {:?}",
        &output[output.len().saturating_sub(40)..]
    );
    assert!(!tui.in_alternate_screen());
    assert!(!tui.cursor_hidden());
    assert!(tui.is_cooked(), "raw mode is still on: {:?}", tui.termios());
}

fn ended_by(signal: Signal, status: u32) {
    let home = tempfile::tempdir().unwrap();
    let (mut tui, _) = start(home.path());
    tui.wait_for("1 Situation");
    tui.signal(signal);
    let exit = tui.wait_exit();
    assert_eq!(exit.exit_code(), status, "{exit:?}");
    assert_restored(&tui);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    ended_by(Signal::SIGTERM, 143);
}

#[test]
fn sigint_restores_the_terminal_and_exits_130() {
    ended_by(Signal::SIGINT, 130);
}

#[test]
fn a_terminal_that_never_answers_still_gets_a_screen_and_q_quits_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let (mut tui, _) = start(home.path());
    let screen = tui.wait_for("1 Situation");
    assert!(screen.contains("(untitled plan)"), "{screen}");
    assert!(
        !tui.output().contains(CURSOR_QUERY),
        "start-up asked for the cursor position"
    );
    tui.send("q");
    let exit = tui.wait_exit();
    assert!(exit.success(), "{exit:?}");
    assert_restored(&tui);
}

/// The demo plan, saved in `home/plan.json`: a plan with content to lose.
fn write_plan(home: &Path) -> Vec<u8> {
    let plan = socialplan::demo::plan(common::today(), socialplan::i18n::Lang::En);
    let bytes = socialplan::store::to_json(&plan);
    std::fs::write(home.join("plan.json"), &bytes).unwrap();
    bytes
}

const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

#[test]
fn typed_changes_are_not_thrown_away_without_asking() {
    let home = tempfile::tempdir().unwrap();
    let before = write_plan(home.path());
    let (mut tui, path) = start(home.path());
    tui.wait_for("Crumb & Crust Bakery");
    tui.send("2");
    tui.wait_for("Objectives (7)");
    tui.send("a");
    tui.wait_for("New objective");
    tui.send("Followers in May");
    tui.wait_for("Followers in May");
    // Esc asks, with the form still there behind the question.
    tui.send(ESC);
    let asked = tui.wait_for("Discard your changes?");
    assert!(asked.contains("Followers in May"), "{asked}");
    // n: back to the form, text kept.
    tui.send("n");
    tui.wait_until("the form without the question", |screen| {
        !screen.contains("Discard") && screen.contains("Followers in May")
    });
    // Esc, then y: gone.
    tui.send(ESC);
    tui.wait_for("Discard your changes?");
    tui.send("y");
    let closed = tui.wait_until("the form to close", |screen| {
        !screen.contains("Discard") && !screen.contains("New objective")
    });
    assert!(!closed.contains("Followers in May"), "{closed}");
    // Ctrl-c in a changed form asks; a second Ctrl-c quits all the same.
    tui.send("a");
    tui.wait_for("New objective");
    tui.send("x");
    tui.send(CTRL_C);
    tui.wait_for("Discard your changes and quit?");
    tui.send(CTRL_C);
    let exit = tui.wait_exit();
    assert!(exit.success(), "{exit:?}");
    assert_restored(&tui);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing saved");
}

/// The screen once the app has noticed that its file is gone (it looks
/// once a second): the plan still shown, and the question asked.
fn wait_for_gone(tui: &Tui) -> String {
    let screen = tui.wait_for("Write it back to");
    assert!(screen.starts_with("Crumb & Crust Bakery"), "{screen}");
    assert!(
        screen.contains("ig-followers"),
        "the plan's content: {screen}"
    );
    assert!(screen.contains("moved or deleted"), "{screen}");
    assert!(!screen.contains("(untitled plan)"), "{screen}");
    screen
}

#[test]
fn a_deleted_plan_file_is_kept_on_screen_and_written_back_on_y() {
    let home = tempfile::tempdir().unwrap();
    let original = write_plan(home.path());
    let (mut tui, path) = start(home.path());
    tui.send("2");
    tui.wait_for("Objectives (7)");
    std::fs::remove_file(&path).unwrap();
    wait_for_gone(&tui);
    tui.send("y");
    tui.wait_for("Written back");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    tui.send("q");
    assert!(tui.wait_exit().success());
    assert_eq!(std::fs::read(&path).unwrap(), original);
}

#[test]
fn a_moved_plan_file_declined_is_not_written() {
    let home = tempfile::tempdir().unwrap();
    let original = write_plan(home.path());
    let (mut tui, path) = start(home.path());
    tui.wait_for("Crumb & Crust Bakery");
    let moved = home.path().join("moved.json");
    std::fs::rename(&path, &moved).unwrap();
    wait_for_gone(&tui);
    tui.send("n");
    let screen = tui.wait_for("Not written");
    assert!(
        screen.contains("Press W to"),
        "the way back stays in view: {screen}"
    );
    // Quitting with the plan only in memory asks once more (ebe7c96); n quits.
    tui.send("q");
    tui.wait_for("quitting now loses it");
    tui.send("n");
    assert!(tui.wait_exit().success());
    assert!(!path.exists(), "declined: nothing written");
    assert_eq!(
        std::fs::read(&moved).unwrap(),
        original,
        "the moved file untouched"
    );
}

/// The TUI on the demo plan with the plan's form open (the name focused).
fn renaming() -> (tempfile::TempDir, Tui, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    write_plan(home.path());
    let (mut tui, path) = start(home.path());
    tui.wait_for("Crumb & Crust Bakery");
    tui.send("n");
    tui.wait_for("Currency");
    (home, tui, path)
}

/// The real binary saves on its writer thread: once the screen says
/// "Saved", the edit is on disk, and SIGKILL (no clean-up at all) loses
/// nothing.
#[test]
fn a_kill_after_saved_on_screen_loses_nothing() {
    let (_home, mut tui, path) = renaming();
    tui.send("\x15Killed after saving\r");
    tui.wait_for("Saved: Killed after saving");
    tui.signal(Signal::SIGKILL);
    let exit = tui.wait_exit();
    assert!(!exit.success(), "{exit:?}");
    let plan = socialplan::store::load(&path).unwrap();
    assert_eq!(plan.name, "Killed after saving");
}

/// q right after an edit: the process waits for the save before it exits.
#[test]
fn quitting_right_after_an_edit_waits_for_its_save() {
    let (_home, mut tui, path) = renaming();
    tui.send("\x15Saved on the way out\rq");
    assert!(tui.wait_exit().success());
    assert_restored(&tui);
    let plan = socialplan::store::load(&path).unwrap();
    assert_eq!(plan.name, "Saved on the way out");
}

/// The pane's title: the second panel on the screen (the list is the first).
fn pane_title(screen: &str) -> Option<String> {
    let line = screen.lines().filter_map(|l| l.strip_prefix("┌ ")).nth(1)?;
    let end = line.find(" ─")?;
    Some(line[..end].to_string())
}

/// A run of moves leaves the pane where it was, and the loop wakes by
/// itself once the keys pause to show the selected item in it.
#[test]
fn the_detail_pane_follows_the_selection_once_the_keys_pause() {
    let dir = tempfile::tempdir().unwrap();
    write_plan(dir.path());
    let (mut tui, _) = start(dir.path());
    tui.send("2");
    let first = tui.wait_until("the objectives and a pane", |s| pane_title(s).is_some());
    let first = pane_title(&first).unwrap();
    tui.send("jj");
    let settled = tui.wait_until("the pane to follow the selection", |screen| {
        let selected = screen.lines().find(|l| l.contains('▶'));
        pane_title(screen).is_some_and(|title| {
            title != first
                && !title.ends_with('…')
                && selected.is_some_and(|row| row.contains(&title))
        })
    });
    assert!(!settled.contains(&format!("┌ {first} ")), "{settled}");
    tui.send("q");
    tui.wait_exit();
}
