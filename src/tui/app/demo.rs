//! The demo is editable: its changes stay in memory, quitting after some
//! asks whether to keep them, and Ctrl-s saves it as a new plan file that
//! the session then edits like any other.

use std::path::{Path, PathBuf};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::App;
use crate::i18n::ui::Ui;
use crate::text::printable;
use crate::tui::overlay::form::{FieldKey, Form, FormDialog, Outcome};
use crate::tui::overlay::{Overlay, WriteBack};
use crate::tui::view::{Change, Ctx};

/// The one field of the save-as form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SaveAsField {
    Path,
}

impl FieldKey for SaveAsField {
    fn file_name(self) -> Option<&'static str> {
        Some("path")
    }
}

/// The form that asks where to save the demo: a form like the others, whose
/// Enter writes a file instead of changing the plan.
#[derive(Debug)]
struct SaveAs(Form<SaveAsField>);

impl FormDialog for SaveAs {
    fn handle_key(&mut self, key: KeyEvent) -> Outcome {
        self.0.handle_key(key)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.0.render(area, buf, ctx);
    }

    fn is_changed(&self) -> bool {
        self.0.is_changed()
    }

    fn submit(&mut self, _: &Ctx) -> Option<Change> {
        None
    }

    fn refused(&mut self, message: String, field: Option<&str>) {
        FormDialog::refused(&mut self.0, message, field);
    }

    fn focused_text(&self) -> Option<String> {
        self.0.focused_text()
    }

    fn set_focused_text(&mut self, text: &str) {
        self.0.set_focused_text(text);
    }

    fn save_as_path(&self) -> Option<String> {
        Some(self.0.value(SaveAsField::Path).to_string())
    }
}

impl App {
    /// Whether the demo was changed (and quitting would lose it).
    pub(super) fn demo_changed(&self) -> bool {
        self.session.workspace.is_demo() && !self.undo.is_empty()
    }

    /// "The demo's changes are only in memory…": save, quit or stay.
    pub(super) fn demo_quit_question(&self) -> Overlay {
        Overlay::WriteBack(WriteBack {
            question: self.session.lang.t(Ui::DemoQuitQuestion).to_string(),
            behind: None,
            quitting: true,
            demo: true,
        })
    }

    /// Yes asks where to save the demo (quit again once it is saved); no
    /// quits without it.
    pub(super) fn demo_quit_answered(&mut self, save: bool) {
        if save {
            self.save_as_form();
        } else {
            self.quit = true;
        }
    }

    /// Asks where to save the demo, offering a path that holds no plan yet.
    pub(super) fn save_as_form(&mut self) {
        let lang = self.session.lang;
        if !self.session.workspace.is_demo() {
            self.info(lang.t(Ui::SaveAsOnlyDemo));
            return;
        }
        let offered = free_path().map(|p| p.display().to_string());
        let form = Form::new(lang.t(Ui::SaveAsTitle), |_, _| None)
            .note(lang.t(Ui::SaveAsNote))
            .text(
                SaveAsField::Path,
                lang.t(Ui::FieldSaveAsPath),
                offered.unwrap_or_default(),
            );
        self.overlay = Some(Overlay::Form(Box::new(SaveAs(form))));
    }

    /// Writes the demo to `typed`; the form comes back with the reason if
    /// it cannot.
    pub(super) fn save_as(&mut self, mut form: Box<dyn FormDialog>, typed: &str) {
        let lang = self.session.lang;
        if typed.is_empty() {
            form.refused(lang.t(Ui::SaveAsEmpty).to_string(), Some("path"));
            self.overlay = Some(Overlay::Form(form));
            return;
        }
        match self.session.workspace.save_as(Path::new(typed)) {
            Ok(()) => {
                self.session.file_changed();
                let shown = printable(self.session.shown_path());
                self.success(format!("{} {shown}", lang.t(Ui::SavedAs)));
            }
            Err(error) => {
                form.refused(lang.store_error(&error), Some("path"));
                self.overlay = Some(Overlay::Form(form));
            }
        }
    }
}

/// Where the plan lives by default (`$SOCIALPLAN_FILE`, else the data
/// directory's plan.json), or beside it the first `plan-2.json`,
/// `plan-3.json`… that does not exist yet.
fn free_path() -> Option<PathBuf> {
    let default = crate::store::path::resolve_from_env(None).ok()?;
    if !default.exists() {
        return Some(default);
    }
    let stem = default.file_stem()?.to_string_lossy().into_owned();
    let extension = default
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..100)
        .map(|n| default.with_file_name(format!("{stem}-{n}{extension}")))
        .find(|p| !p.exists())
}
