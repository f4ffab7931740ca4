//! A text field opened in `$EDITOR`, with the real binary in a
//! pseudo-terminal: the editor gets the terminal in its normal state, its
//! text comes back into the field, and the screen is drawn whole again
//! without asking the terminal where the cursor is.
#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::TODAY;
use common::pty::{CURSOR_QUERY, Tui};
use nix::sys::signal::Signal;

const CTRL_O: &str = "\x0f";
const CTRL_S: &str = "\x13";

/// A shell script standing in for an editor, written into `home`; `$HOME_DIR`
/// in `body` is `home`.
fn editor(home: &Path, body: &str) -> PathBuf {
    let path = home.join("editor.sh");
    let script = format!("#!/bin/sh\nHOME_DIR='{}'\n{body}\n", home.display());
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// The demo plan in `home/plan.json`, open in the TUI with `EDITOR` set
/// (and no `VISUAL`: the pty helper removes it).
fn start(home: &Path, editor: &Path) -> (Tui, PathBuf) {
    let plan = socialplan::demo::plan(common::today(), socialplan::i18n::Lang::En);
    let path = home.join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    let args = ["--file", path.to_str().unwrap(), "--today", TODAY];
    let tui = Tui::start_with(home, &args, &[("EDITOR", editor.to_str().unwrap())]);
    tui.wait_for("Crumb & Crust Bakery");
    (tui, path)
}

/// Opens the Situation tab's notes (a form with one multi-line field) and
/// presses the editor key there.
fn notes_in_editor(tui: &mut Tui) {
    tui.send("1he");
    tui.wait_for("Situation notes");
    tui.send(CTRL_O);
}

/// Ctrl-s saves the notes' form; q quits once it has closed.
fn save_and_quit(tui: &mut Tui) {
    tui.send(CTRL_S);
    tui.wait_until("the form to close", |screen| {
        !screen.contains("Situation notes")
    });
    tui.send("q");
    assert!(tui.wait_exit().success());
}

fn saved_notes(path: &Path) -> String {
    common::saved(path).situation.notes
}

#[test]
fn the_editor_appends_a_line_and_the_form_saves_it_after_a_full_redraw() {
    let home = tempfile::tempdir().unwrap();
    // It notes the terminal's modes, then appends a line.
    let body = "stty -a > \"$HOME_DIR/stty.txt\" 2>&1\nprintf 'Added in the editor\\n' >> \"$1\"";
    let script = editor(home.path(), body);
    let (mut tui, path) = start(home.path(), &script);
    let before = saved_notes(&path);
    notes_in_editor(&mut tui);
    let screen = tui.wait_for("Added in the editor");
    // Drawn whole again: the tab bar and the form's frame, which did not
    // change, are on the screen the editor left blank.
    assert!(screen.contains("1 Situation"), "{screen}");
    assert!(screen.contains("Situation notes"), "{screen}");
    assert!(
        !tui.output().contains(CURSOR_QUERY),
        "the redraw asked for the cursor position"
    );
    // The editor had the terminal in its normal (cooked, echoing) state.
    let modes = std::fs::read_to_string(home.path().join("stty.txt")).unwrap();
    assert!(
        modes.contains(" icanon") && modes.contains(" echo"),
        "{modes}"
    );
    // Nothing is saved until the form is.
    assert_eq!(saved_notes(&path), before);
    save_and_quit(&mut tui);
    assert_eq!(saved_notes(&path), format!("{before}\nAdded in the editor"));
}

#[test]
fn an_editor_that_fails_leaves_the_field_as_it_was_and_says_so() {
    let home = tempfile::tempdir().unwrap();
    let script = editor(home.path(), "echo changed >> \"$1\"\nexit 3");
    let (mut tui, path) = start(home.path(), &script);
    let before = saved_notes(&path);
    notes_in_editor(&mut tui);
    let screen = tui.wait_for("exited with status 3");
    assert!(screen.contains("Situation notes"), "{screen}");
    save_and_quit(&mut tui);
    assert_eq!(saved_notes(&path), before);
}

#[test]
fn sigterm_while_the_editor_runs_ends_both_with_the_terminal_restored() {
    let home = tempfile::tempdir().unwrap();
    let script = editor(home.path(), "touch \"$HOME_DIR/started\"\nexec sleep 20");
    let started = home.path().join("started");
    let (mut tui, _) = start(home.path(), &script);
    notes_in_editor(&mut tui);
    let deadline = std::time::Instant::now() + common::pty::PATIENCE;
    while !started.exists() {
        assert!(std::time::Instant::now() < deadline, "the editor never ran");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Ctrl-c belongs to the editor: the program goes on waiting for it.
    tui.signal(Signal::SIGINT);
    tui.signal(Signal::SIGTERM);
    let exit = tui.wait_exit();
    assert_eq!(exit.exit_code(), 143, "{exit:?}");
    assert!(!tui.in_alternate_screen());
    assert!(!tui.cursor_hidden());
    assert!(tui.is_cooked(), "raw mode is still on: {:?}", tui.termios());
}
