//! The dialog for a conflict: since this session read the plan, someone
//! else changed a field this change also sets (another TUI, the CLI, an
//! import), or an undo would put back a value over a later one. It shows
//! the item, the field, the value in the file and this session's value;
//! `m` keeps mine, `o` keeps the other, Esc decides later. Nothing is
//! settled without the person.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::details::TextDialog;
use super::{Overlay, Reply};
use crate::domain::{Conflict, Edit, Keep};
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};
use crate::tui::view::{Change, Ctx, Effect};
use crate::tui::widgets::scroll::Scroll;

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

impl ConflictDialog {
    fn keys(&self) -> Dialog {
        Dialog::either(
            Edit::can_keep_mine(&self.changed),
            [Dialog::ConflictTheirs, Dialog::Conflict],
        )
    }

    /// `m` keeps mine, `o` the file's; Esc decides later (the form that made
    /// the change, if any, comes back).
    pub fn handle_key(self: Box<Self>, key: KeyEvent) -> Reply {
        let keep = match keymap::dialog_action(self.keys(), &key) {
            Some(Action::KeepMine) => Some(Keep::Mine),
            Some(Action::KeepTheirs) => Some(Keep::Theirs),
            Some(Action::Close) => None,
            _ => return Reply::Keep(Overlay::Conflict(self)),
        };
        Reply::Close(Effect::Settle(self, keep))
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lines = self.lines(ctx.lang);
        let dialog = TextDialog {
            title: ctx.lang.t(Ui::ConflictTitle),
            lines: &lines,
            keys: self.keys(),
            min_width: 30,
            max_width: 76,
        };
        dialog.render(area, buf, ctx, &Scroll::default());
    }

    fn lines(&self, lang: Lang) -> Vec<Line<'static>> {
        let changed = &self.changed;
        let mut lines = vec![
            Line::from(lang.t(Ui::ConflictIntro)),
            Line::from(format!(
                "{}: {}",
                crate::text::capitalised(&lang.changed_item(changed)),
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
        lines
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
