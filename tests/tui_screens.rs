//! What each tab looks like with the demo plan: every tab at 80×24 in
//! English and Spanish, and at 120×40. Text snapshots drop colour; the
//! colours that carry meaning are asserted cell by cell in the tab tests.
#![allow(clippy::unwrap_used)]

mod common;

use common::{demo, keys, render, text};
use socialplan::i18n::Lang;
use socialplan::tui::tab::Tab;

fn snapshot_tabs(lang: Lang, width: u16, height: u16) {
    let mut app = demo(lang);
    for tab in Tab::ALL {
        keys(&mut app, &(tab.index() + 1).to_string());
        let name = format!("{lang:?}_{width}x{height}_{}_{tab:?}", tab.index() + 1).to_lowercase();
        insta::assert_snapshot!(name, text(&render(&app, width, height)));
    }
}

#[test]
fn every_tab_at_80x24_in_english() {
    snapshot_tabs(Lang::En, 80, 24);
}

#[test]
fn every_tab_at_80x24_in_spanish() {
    snapshot_tabs(Lang::Es, 80, 24);
}

#[test]
fn every_tab_at_120x40() {
    snapshot_tabs(Lang::En, 120, 40);
}

#[test]
fn dialogs_at_80x24() {
    let mut app = demo(Lang::En);
    keys(&mut app, "2?");
    insta::assert_snapshot!("en_80x24_help_objectives", text(&render(&app, 80, 24)));
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = common::on_file(dir.path(), None, Lang::Es);
    keys(&mut app, "4a");
    insta::assert_snapshot!("es_80x24_campaign_form", without_title(&app));
    let (mut app, _) = common::on_file(dir.path(), None, Lang::En);
    keys(&mut app, "6w<Enter>");
    insta::assert_snapshot!("en_80x24_check_in", without_title(&app));
}

/// The screen without its first line, which names the temporary file.
fn without_title(app: &socialplan::tui::App) -> String {
    let screen = text(&render(app, 80, 24));
    let rest = screen.split_once('\n').map_or("", |(_, rest)| rest);
    format!("[title: plan name and temporary path]\n{rest}")
}
