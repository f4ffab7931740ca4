//! The demo is editable: changes stay in memory and can be undone, quitting
//! after changes asks, and Ctrl-s saves the edited demo as a new plan file
//! that the session then edits.
#![allow(clippy::unwrap_used)]

mod common;

use common::{TODAY, demo, keys, render, saved, screen, socialplan, stdout, text};
use socialplan::i18n::Lang;

fn title(app: &socialplan::tui::App) -> String {
    text(&render(app, 80, 24))
        .lines()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn the_demo_takes_edits_and_undo_and_says_it_is_not_saved() {
    let mut app = demo(Lang::En);
    assert!(title(&app).contains("demo · not saved"));
    keys(&mut app, "n<C-u>Test bakery<Enter>");
    assert_eq!(app.workspace().plan().name, "Test bakery");
    keys(&mut app, "u");
    assert_ne!(app.workspace().plan().name, "Test bakery");
    keys(&mut app, "<C-r>");
    assert_eq!(app.workspace().plan().name, "Test bakery");
    assert!(title(&demo(Lang::Es)).contains("ejemplo · sin guardar"));
}

#[test]
fn the_demo_takes_a_check_in_value_and_gives_it_back_on_undo() {
    let mut app = demo(Lang::En);
    let values = |app: &socialplan::tui::App| -> usize {
        app.workspace()
            .plan()
            .objectives
            .iter()
            .map(|o| o.measurements.len())
            .sum()
    };
    let before = values(&app);
    // The field holds the latest value (1612): cleared, then typed over.
    keys(&mut app, "6w<Enter><C-u>1700<Enter>");
    assert_eq!(values(&app), before + 1, "{}", screen(&app));
    keys(&mut app, "<Esc><Esc>u");
    assert_eq!(values(&app), before, "{}", screen(&app));
}

#[test]
fn quitting_the_changed_demo_asks_first() {
    let mut app = demo(Lang::En);
    keys(&mut app, "q");
    assert!(app.should_quit(), "an untouched demo quits at once");
    let mut app = demo(Lang::En);
    keys(&mut app, "n<C-u>Test bakery<Enter>q");
    assert!(!app.should_quit());
    assert!(
        screen(&app).contains("quitting now loses"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "<Esc>");
    assert!(!app.should_quit(), "Esc stays");
    keys(&mut app, "qn");
    assert!(app.should_quit(), "n quits without saving");
}

#[test]
fn the_edited_demo_is_saved_as_a_plan_file_and_then_edited_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("mine.json");
    let mut app = demo(Lang::Es);
    keys(&mut app, "n<C-u>Test bakery<Enter>");
    // Quitting asks; yes asks where to save.
    keys(&mut app, "qs");
    keys(&mut app, &format!("<C-u>{}<Enter>", path.display()));
    assert!(!app.should_quit());
    assert_eq!(app.workspace().path(), Some(path.as_path()));
    assert_eq!(saved(&path).name, "Test bakery");
    assert!(title(&app).contains("mine.json"), "{}", title(&app));
    // From now on every change is saved to the file, and undo too.
    keys(&mut app, "n<C-u>Renamed<Enter>");
    assert_eq!(saved(&path).name, "Renamed");
    keys(&mut app, "u");
    assert_eq!(saved(&path).name, "Test bakery");
    keys(&mut app, "q");
    assert!(app.should_quit(), "a plan on file quits without asking");
    // The command line reads the file back, with the edit.
    let file = path.to_str().unwrap();
    let status = stdout(socialplan(dir.path()).args(["--file", file, "--today", TODAY, "status"]));
    assert!(status.contains("Test bakery"), "{status}");
}

#[test]
fn saving_the_demo_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, "someone's plan").unwrap();
    let mut app = demo(Lang::En);
    keys(&mut app, &format!("<C-s><C-u>{}<Enter>", path.display()));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "someone's plan");
    assert!(app.workspace().is_demo());
    assert!(
        screen(&app).contains("Save the demo"),
        "the form stays open"
    );
}
