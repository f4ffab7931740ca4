//! A form as the app holds it, whatever its fields: a dialog that takes
//! keys, draws itself, saves, and shows why the plan refused a save under
//! the field the plan names.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{FieldKey, Form};
use crate::tui::overlay::{Discard, Overlay, Reply};
use crate::tui::view::{Change, Ctx, Effect};

/// A form as a dialog holds it, whatever its fields.
pub trait FormDialog: std::fmt::Debug {
    fn handle_key(&mut self, key: KeyEvent) -> Outcome;
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx);
    /// Whether closing it would lose typing.
    fn is_changed(&self) -> bool;
    /// The change its values make, or None with what is wrong marked.
    fn submit(&mut self, ctx: &Ctx) -> Option<Change>;
    /// Why the plan refused what it built: under the field the plan named
    /// (as its file names it), else below the fields.
    fn refused(&mut self, message: String, field: Option<&str>);
    /// The focused field's text, for the editor (None: not a text field).
    fn focused_text(&self) -> Option<String>;
    /// What the editor saved, into the focused field.
    fn set_focused_text(&mut self, text: &str);
    /// The path typed in the form that saves the demo as a plan file (None
    /// for every form that changes the plan).
    fn save_as_path(&self) -> Option<String> {
        None
    }
}

impl<F: FieldKey> FormDialog for Form<F> {
    fn handle_key(&mut self, key: KeyEvent) -> Outcome {
        Form::handle_key(self, key)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        Form::render(self, area, buf, ctx);
    }

    fn is_changed(&self) -> bool {
        Form::is_changed(self)
    }

    fn submit(&mut self, ctx: &Ctx) -> Option<Change> {
        Form::submit(self, ctx)
    }

    fn focused_text(&self) -> Option<String> {
        Form::focused_text(self)
    }

    fn set_focused_text(&mut self, text: &str) {
        Form::set_focused_text(self, text);
    }

    fn refused(&mut self, message: String, field: Option<&str>) {
        let target = field.and_then(|name| {
            self.fields
                .iter()
                .map(|f| f.id)
                .find(|id| id.file_name() == Some(name))
        });
        // The plan's sentences start in lower case, to follow "error: ".
        let message = crate::text::capitalised(&message);
        match target {
            Some(id) => self.invalid(id, message),
            None => self.error = Some(message),
        }
    }
}

/// A key in an open form: Esc closes an untouched form at once and asks
/// first when closing would lose what was typed; Enter hands the form to the
/// app to save (it comes back with the plan's reason if refused), and so
/// does the editor key, for the terminal to run the editor.
pub fn handle_key(mut form: Box<dyn FormDialog>, key: KeyEvent) -> Reply {
    match form.handle_key(key) {
        Outcome::Continue => Reply::Keep(Overlay::Form(form)),
        Outcome::Cancel if form.is_changed() => Reply::Keep(Overlay::Discard(Discard {
            form,
            quitting: false,
        })),
        Outcome::Cancel => Reply::Close(Effect::Nothing),
        Outcome::Submit => Reply::Close(Effect::Save(form)),
        Outcome::Editor => Reply::Close(Effect::Editor(form)),
    }
}

/// What a key did to the form.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Continue,
    Cancel,
    Submit,
    /// Open the focused text field in the person's editor.
    Editor,
}
