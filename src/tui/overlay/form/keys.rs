//! A form's keys: moving between fields, and typing into the focused one
//! (a multi-line field takes Enter and the arrows until they reach its edge).

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::backend::crossterm::EventHandler;

use super::lines::Lines;
use super::{FieldKey, Form, Outcome, Value};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};

impl<F: FieldKey> Form<F> {
    /// A key in the form: its own keys come from the keymap (those of a
    /// multi-line field when one has the focus); any other types into (or
    /// changes) the focused field.
    pub fn handle_key(&mut self, key: KeyEvent) -> Outcome {
        match keymap::dialog_action(self.dialog(), &key) {
            Some(Action::Close) => return Outcome::Cancel,
            Some(Action::Save) => return Outcome::Submit,
            Some(Action::Editor) if self.focused_text().is_some() => return Outcome::Editor,
            Some(Action::NextField) => self.next_field(),
            Some(Action::PrevField) => self.prev_field(),
            Some(Action::Down) if self.in_lines(|l| !l.on_last_line()) => self.edit_focused(key),
            Some(Action::Up) if self.in_lines(|l| !l.on_first_line()) => self.edit_focused(key),
            Some(Action::Down) => self.down(),
            Some(Action::Up) => self.up(),
            _ => self.edit_focused(key),
        }
        Outcome::Continue
    }

    /// Whose keys the form takes: a multi-line field's while one has the focus.
    pub(super) fn dialog(&self) -> Dialog {
        Dialog::either(self.in_lines(|_| true), [Dialog::Form, Dialog::FormLines])
    }

    /// Whether the focused field is multi-line and `test` holds for it.
    fn in_lines(&self, test: impl Fn(&Lines) -> bool) -> bool {
        matches!(self.fields.get(self.focus).map(|f| &f.value), Some(Value::Lines(lines)) if test(lines))
    }

    fn next_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + 1) % self.fields.len();
            self.option = 0;
        }
    }

    fn prev_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
            self.option = 0;
        }
    }

    /// ↓ walks through a checklist's options before leaving it.
    fn down(&mut self) {
        if let Some(Value::Multi { options, .. }) = self.fields.get(self.focus).map(|f| &f.value)
            && self.option + 1 < options.len()
        {
            self.option += 1;
            return;
        }
        self.next_field();
    }

    fn up(&mut self) {
        if self.option > 0 {
            self.option -= 1;
            return;
        }
        self.prev_field();
        if let Some(Value::Multi { options, .. }) = self.fields.get(self.focus).map(|f| &f.value) {
            self.option = options.len().saturating_sub(1);
        }
    }

    fn edit_focused(&mut self, key: KeyEvent) {
        let option = self.option;
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.value {
            Value::Lines(lines) => lines.input(key),
            Value::Text(input) => {
                // Control characters never enter the value.
                if let KeyCode::Char(c) = key.code
                    && (c.is_control()
                        || key.modifiers.contains(KeyModifiers::CONTROL) && !is_editing_shortcut(c))
                {
                    return;
                }
                if std::mem::take(&mut field.selected) && replaces_selection(key) {
                    *input = tui_input::Input::default();
                    if matches!(key.code, KeyCode::Backspace | KeyCode::Delete) {
                        return;
                    }
                }
                input.handle_event(&Event::Key(key));
            }
            Value::Choice {
                options, selected, ..
            } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
                    KeyCode::Left => *selected = (*selected + n - 1) % n,
                    KeyCode::Char(c) => {
                        // Type a letter to jump to the next option starting with it.
                        let c = c.to_lowercase().next().unwrap_or(c);
                        let starts = |o: &String| o.to_lowercase().starts_with(c);
                        if let Some(i) = (1..=n)
                            .map(|d| (*selected + d) % n)
                            .find(|&i| options.get(i).is_some_and(starts))
                        {
                            *selected = i;
                        }
                    }
                    _ => {}
                }
            }
            Value::Multi { options, .. } => {
                if key.code == KeyCode::Char(' ')
                    && let Some((_, on)) = options.get_mut(option)
                {
                    *on = !*on;
                }
            }
        }
    }
}

/// Whether a key replaces a selected suggestion (a character typed, or
/// deleting it); any other key (an arrow, Home) just keeps it as text.
fn replaces_selection(key: KeyEvent) -> bool {
    let typed =
        matches!(key.code, KeyCode::Char(_)) && !key.modifiers.contains(KeyModifiers::CONTROL);
    typed || matches!(key.code, KeyCode::Backspace | KeyCode::Delete)
}

/// Ctrl shortcuts `tui-input` uses for editing (start/end of line, word and
/// line deletion…); other Ctrl keys are ignored rather than typed.
fn is_editing_shortcut(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'b' | 'f' | 'h' | 'w' | 'u' | 'k' | 'y')
}
