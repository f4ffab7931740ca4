//! Edits saved in the background: a key is answered before its save is
//! written (the writer is held here until the test lets it go), the title
//! says "saving…" meanwhile, and what comes back — saved, a failure rolled
//! back — is shown; quitting waits for what is pending.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};

use common::{keys, plan_file, saved, screen};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// The TUI on the demo plan in `dir`, saving on a writer that waits for a
/// message on the sender before each save.
fn held(dir: &Path, lang: Lang) -> (App, PathBuf, Sender<()>) {
    let path = plan_file(dir, None, lang);
    let mut workspace = Workspace::open(&path, false, common::today()).unwrap();
    let (release, hold) = mpsc::channel();
    workspace.save_in_background_held(hold).unwrap();
    (
        App::new(workspace, lang, Theme::new(true, false)),
        path,
        release,
    )
}

fn title(app: &App) -> String {
    screen(app).lines().next().unwrap().to_string()
}

#[test]
fn an_edit_is_on_screen_before_its_save_is_written_then_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path, release) = held(dir.path(), Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "n<C-u>Renamed plan<Enter>");
    // The key returned with the save still held: the change is shown.
    assert!(app.saving());
    let title_now = title(&app);
    assert!(title_now.starts_with("Renamed plan"), "{title_now}");
    assert!(title_now.contains("saving…"), "{title_now}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "not written yet");
    release.send(()).unwrap();
    app.finish_saves();
    assert!(!app.saving());
    let shown = screen(&app);
    assert!(!shown.contains("saving…"), "{shown}");
    assert!(shown.contains("Saved: Renamed plan"), "{shown}");
    assert_eq!(saved(&path).name, "Renamed plan");
}

#[test]
fn the_title_says_saving_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _path, release) = held(dir.path(), Lang::Es);
    keys(&mut app, "n<C-u>Otro<Enter>");
    assert!(title(&app).contains("guardando…"), "{}", title(&app));
    release.send(()).unwrap();
    app.finish_saves();
    assert!(!title(&app).contains("guardando"), "{}", title(&app));
}

#[test]
fn queued_edits_and_an_undo_are_saved_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path, release) = held(dir.path(), Lang::En);
    keys(&mut app, "n<C-u>First<Enter>");
    keys(&mut app, "n<C-u>Second<Enter>");
    keys(&mut app, "n<C-u>Third<Enter>");
    keys(&mut app, "u");
    assert!(title(&app).starts_with("Second"), "{}", title(&app));
    for _ in 0..4 {
        release.send(()).unwrap();
    }
    app.finish_saves();
    assert_eq!(saved(&path).name, "Second");
    assert!(screen(&app).contains("Undone: Third"), "{}", screen(&app));
    // The history is whole: one more undo goes back to the first name.
    keys(&mut app, "u");
    release.send(()).unwrap();
    app.finish_saves();
    assert_eq!(saved(&path).name, "First");
    assert!(screen(&app).contains("Undone: Second"), "{}", screen(&app));
}

/// Another process leaves the file damaged while two edits wait: the first
/// save fails, and both are taken back on screen and from the history.
#[test]
fn a_failed_save_rolls_back_it_and_the_edits_after_it_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path, release) = held(dir.path(), Lang::En);
    let name = saved(&path).name;
    keys(&mut app, "n<C-u>Lost one<Enter>");
    keys(&mut app, "n<C-u>Lost two<Enter>");
    std::fs::write(&path, b"{ not a plan").unwrap();
    release.send(()).unwrap();
    release.send(()).unwrap();
    app.finish_saves();
    let shown = screen(&app);
    assert!(shown.starts_with(&name), "rolled back: {shown}");
    assert!(!shown.contains("Lost"), "{shown}");
    assert!(!shown.contains("saving…"), "{shown}");
    assert!(shown.contains("plan.json"), "says which file: {shown}");
    assert_eq!(std::fs::read(&path).unwrap(), b"{ not a plan", "untouched");
    keys(&mut app, "u");
    assert!(screen(&app).contains("Nothing to undo"), "{}", screen(&app));
}

#[test]
fn quitting_waits_for_a_pending_save() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path, release) = held(dir.path(), Lang::En);
    keys(&mut app, "n<C-u>Kept on quit<Enter>");
    keys(&mut app, "q");
    assert!(app.should_quit());
    assert_ne!(saved(&path).name, "Kept on quit", "still held");
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        release.send(()).unwrap();
    });
    assert!(app.finish_saves(), "quits once saved");
    letting_go.join().unwrap();
    assert_eq!(saved(&path).name, "Kept on quit");
}

/// The once-a-second look at the file goes through the writer: a file
/// deleted meanwhile is noticed, and the plan kept on screen.
#[test]
fn a_deleted_file_is_noticed_through_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path, _release) = held(dir.path(), Lang::En);
    std::fs::remove_file(&path).unwrap();
    app.tick();
    app.finish_saves();
    let shown = screen(&app);
    assert!(shown.contains("Write it back to"), "{shown}");
}
