//! The dialog for a conflict: since this session read the plan, someone
//! else changed a field this change also sets (another TUI, the CLI, an
//! import), or an undo would put back a value over a later one. It shows
//! the item, the field, the value in the file and this session's value;
//! `m` keeps mine, `o` keeps the other, Esc decides later. Nothing is
//! settled without the person.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Details, Overlay, render_details};
use crate::domain::{Conflict, Edit, Keep};
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::tui::view::{Change, Ctx};

/// What to try again once the conflict is settled.
#[derive(Debug)]
pub enum Retry {
    /// A change this session made (a form, a key).
    Commit(Change),
    /// An undo (or a redo) of the change called `label`.
    StepBack {
        inverse: Edit,
        label: String,
        undoing: bool,
    },
}

#[derive(Debug)]
pub struct ConflictDialog {
    pub changed: Conflict,
    pub retry: Retry,
    /// A form that made the change, shown again if the person decides later.
    pub behind: Option<Box<Overlay>>,
}

/// What a key at the dialog asks for.
pub enum Answer {
    Keep(Keep),
    /// Esc: nothing is saved; the form, if any, comes back.
    Later,
    /// Any other key: the dialog stays.
    Wait,
}

impl ConflictDialog {
    pub fn answer(&self, key: KeyEvent) -> Answer {
        match key.code {
            KeyCode::Char('m' | 'M') if Edit::can_keep_mine(&self.changed) => {
                Answer::Keep(Keep::Mine)
            }
            KeyCode::Char('o' | 'O') => Answer::Keep(Keep::Theirs),
            KeyCode::Esc => Answer::Later,
            _ => Answer::Wait,
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render_details(&self.details(ctx.lang), area, buf, ctx);
    }

    fn details(&self, lang: Lang) -> Details {
        let changed = &self.changed;
        let mut lines = vec![
            Line::from(lang.t(Ui::ConflictIntro)),
            Line::from(format!(
                "{}: {}",
                capitalised(&lang.changed_item(changed)),
                lang.field_named(&changed.field)
            )),
            Line::from(format!(
                "{} {}",
                lang.t(Ui::ConflictInFile),
                lang.value(changed.theirs.as_ref())
            )),
            Line::from(format!(
                "{} {}",
                lang.t(Ui::ConflictYours),
                if changed.ours.is_none() && self.is_delete() {
                    lang.t(Ui::ConflictDeleted).to_string()
                } else {
                    lang.value(changed.ours.as_ref())
                }
            )),
            Line::from(format!(
                "{} {}",
                lang.t(Ui::ConflictWas),
                lang.value(changed.base.as_ref())
            )),
        ];
        if !Edit::can_keep_mine(changed) {
            lines.push(Line::from(lang.t(Ui::ConflictOnlyTheirs)));
        }
        let footer = if Edit::can_keep_mine(changed) {
            lang.t(Ui::ConflictKeys)
        } else {
            lang.t(Ui::ConflictKeysTheirs)
        };
        Details {
            title: lang.t(Ui::ConflictTitle).to_string(),
            lines,
            footer: footer.to_string(),
            scroll: 0,
            then: None,
        }
    }

    fn is_delete(&self) -> bool {
        let edit = match &self.retry {
            Retry::Commit(change) => &change.edit,
            Retry::StepBack { inverse, .. } => inverse,
        };
        deletes(edit)
    }
}

/// Whether the edit takes something away (shown as "(deleted)").
fn deletes(edit: &Edit) -> bool {
    match edit {
        Edit::Batch(edits) => edits.iter().any(deletes),
        Edit::Delete { .. } | Edit::DeleteMeasurement { .. } | Edit::DropRevision { .. } => true,
        _ => false,
    }
}

/// "The campaign …" at the start of a line.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
