//! Multi-line texts in forms: Enter starts a new line, the arrows move
//! through the lines before they leave the field, the field shows several
//! rows, and the editor's text comes back into the focused field.
#![allow(clippy::unwrap_used)]

mod common;

use common::{
    body_after, find, keys, languages_and_themes, on_file, open_with, plan_file, render, saved,
    text,
};
use socialplan::domain::Plan;
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::tui::editor::Failure;
use std::path::PathBuf;

/// The Review tab's protocols, the first one's form open on its steps
/// (name, scope, trigger, steps).
const STEPS: &str = "6<Right>je<Tab><Tab><Tab>";

/// Ctrl-s: the form saved, the first protocol's steps as the file has them.
fn saved_steps(app: &mut App, path: &std::path::Path) -> String {
    keys(app, "<C-s>");
    saved(path).protocols[0].steps.clone()
}

/// A new protocol's form on a plan file, typed up to its steps, with
/// `steps` typed there.
fn typing_steps(dir: &std::path::Path, lang: Lang, steps: &str) -> (App, PathBuf) {
    let (mut app, path) = on_file(dir, Some(Plan::new("Bakery", "EUR")), lang);
    keys(&mut app, "6<Right>aCrisis<Tab><Tab>A storm<Tab>");
    keys(&mut app, steps);
    (app, path)
}

#[test]
fn two_lines_typed_with_enter_between_them_are_saved_with_a_line_break() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(Plan::new("Bakery", "EUR")), Lang::En);
    // name, scope, trigger, steps: Enter there is a new line, not a save.
    keys(
        &mut app,
        "6<Right>aCrisis<Tab><Tab>A storm<Tab>Stop ads<Enter>Tell Ana",
    );
    assert!(saved(&path).protocols.is_empty(), "Enter did not save");
    let shown = render(&app, 80, 24);
    let (x, y) = find(&shown, "Stop ads").unwrap();
    assert_eq!(
        find(&shown, "Tell Ana"),
        Some((x, y + 1)),
        "{}",
        text(&shown)
    );
    assert_eq!(saved_steps(&mut app, &path), "Stop ads\nTell Ana");
}

#[test]
fn up_and_down_move_through_the_lines_before_they_leave_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = typing_steps(dir.path(), Lang::En, "one<Enter>two<Enter>three");
    // ↑ twice reaches the first line and types there; a third ↑ leaves
    // for the trigger; ↓ comes back and ↓↓ walks to the last line and a
    // fourth ↓ goes on to the owner.
    keys(
        &mut app,
        "<Up><Up><Home>0 <Up>!<Down><Down><Down><End>!<Down>Ana<C-s>",
    );
    let protocol = &saved(&path).protocols[0];
    assert_eq!(protocol.trigger, "A storm!");
    assert_eq!(protocol.steps, "0 one\ntwo\nthree!");
    assert_eq!(protocol.owner, "Ana");
}

#[test]
fn a_long_text_shows_several_rows_and_scrolls_inside_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let steps: Vec<String> = (1..=8).map(|i| format!("step {i}")).collect();
    let (app, path) = typing_steps(dir.path(), Lang::En, &steps.join("<Enter>"));
    let mut app = app;
    let shown = text(&render(&app, 80, 24));
    // The last rows, with the cursor on step 8; the first are scrolled away.
    for step in &steps[4..] {
        assert!(shown.contains(step.as_str()), "{step}\n{shown}");
    }
    assert!(!shown.contains("step 4"), "{shown}");
    // Another field focused: the field shows how the text begins.
    keys(&mut app, "<Tab>");
    let shown = text(&render(&app, 80, 24));
    for step in &steps[..3] {
        assert!(shown.contains(step.as_str()), "{step}\n{shown}");
    }
    assert!(!shown.contains("step 5"), "{shown}");
    assert_eq!(saved_steps(&mut app, &path), steps.join("\n"));
}

#[test]
fn a_form_with_a_multi_line_field_at_80x24_in_english_spanish_and_ascii() {
    for (lang, theme, name) in languages_and_themes("protocol_steps_form") {
        let plan = socialplan::demo::plan(common::today(), lang);
        insta::assert_snapshot!(name, body_after(plan, lang, theme, STEPS));
    }
}

#[test]
fn the_editor_key_hands_the_focused_text_over_and_its_answer_fills_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = typing_steps(dir.path(), Lang::En, "Stop ads");
    assert_eq!(app.editor_request(), None, "nothing asked yet");
    keys(&mut app, "<C-o>");
    assert_eq!(app.editor_request().as_deref(), Some("Stop ads"));
    assert_eq!(app.editor_request(), None, "asked once");
    app.editor_returned(Ok("Stop ads\nCall Ana".to_string()));
    assert_eq!(saved_steps(&mut app, &path), "Stop ads\nCall Ana");
}

#[test]
fn a_failed_editor_leaves_the_field_and_says_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = typing_steps(dir.path(), Lang::Es, "Stop ads<C-o>");
    app.editor_request().unwrap();
    let error = std::io::Error::from(std::io::ErrorKind::NotFound);
    app.editor_returned(Err(Failure::Start {
        command: "nano".to_string(),
        error,
    }));
    let shown = text(&render(&app, 80, 24));
    assert!(
        shown.contains("No se ha podido abrir el editor «nano»"),
        "{shown}"
    );
    assert_eq!(saved_steps(&mut app, &path), "Stop ads");
}

#[test]
fn the_cursor_in_a_multi_line_field_is_the_themes_selection_without_colour_too() {
    use ratatui::style::Modifier;
    for theme in [Theme::new(true, false), Theme::new(false, true)] {
        let dir = tempfile::tempdir().unwrap();
        let path = plan_file(dir.path(), Some(Plan::new("Bakery", "EUR")), Lang::En);
        let mut app = open_with(&path, Lang::En, theme);
        keys(
            &mut app,
            "6<Right>aCrisis<Tab><Tab>A storm<Tab>one<Enter>two<Left><Left>",
        );
        let shown = render(&app, 80, 24);
        let (x, y) = find(&shown, "two").unwrap();
        let cursor = shown[(x + 1, y)].style();
        assert_eq!(cursor, theme.selected().patch(cursor), "{theme:?}");
        assert!(cursor.add_modifier.contains(Modifier::REVERSED));
        assert!(
            !shown[(x, y)]
                .style()
                .add_modifier
                .contains(Modifier::REVERSED)
        );
    }
}
