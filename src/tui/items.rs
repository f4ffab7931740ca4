//! One file per kind of item: how the interface shows it (its row and
//! columns, its detail lines), its form and the edit the form makes, and
//! the question before it is deleted. Tabs hold only list state, filters and
//! layout, and reach an item's behaviour through [`ItemView`]; a new kind of
//! item is a new file here. See "Adding a kind of item" in
//! docs/ARCHITECTURE.md.

pub mod audience;
pub mod campaign;
pub mod channel;
pub mod competitor;
pub mod figure;
pub mod measurement;
pub mod objective;
pub mod post;
pub mod protocol;
pub mod review;
pub mod revision;
pub mod spend;
pub mod text;

use ratatui::text::{Line, Span};

use super::action::Action;
use super::overlay::form::{FieldKey, Form};
use super::overlay::{Confirm, Overlay};
use super::view::{Change, Ctx, Effect};
use crate::domain::Edit;
use crate::i18n::ui::Ui;
use crate::text::printable;
use crate::theme::Theme;

/// What the interface knows of a kind of item.
pub trait ItemView {
    /// The fields of its form.
    type Field: FieldKey;
    /// The columns of its list, fitted to a width by the tab that lists it.
    type Columns;

    /// Its cells in a list.
    fn row(&self, columns: &Self::Columns, ctx: &Ctx) -> Vec<Line<'static>>;
    /// What it is, in full: a tab's detail pane, a details dialog.
    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>>;
    /// The form that edits it; saving it makes a patch of what the person
    /// changed.
    fn form(&self, ctx: &Ctx) -> Form<Self::Field>;
    /// `d`: the question before deleting it (or why it cannot be deleted).
    fn delete(&self, ctx: &Ctx) -> Effect;
}

/// `e`/Enter edit and `d` deletes the selected item; with nothing selected
/// they say so. The one dispatcher every list uses.
pub fn act_on<T: ItemView>(action: Action, selected: Option<&T>, ctx: &Ctx) -> Effect {
    match (action, selected) {
        (Action::Edit | Action::Open, Some(item)) => Effect::Open(Overlay::form(item.form(ctx))),
        (Action::Delete, Some(item)) => item.delete(ctx),
        (Action::Edit | Action::Open | Action::Delete, None) => {
            Effect::Info(ctx.lang.t(Ui::NothingSelected).into())
        }
        _ => Effect::Nothing,
    }
}

/// Deleting `item` after `first` (what must change before it goes: posts
/// deleted, campaigns unlinked), as one edit so that one undo brings
/// everything back.
pub fn deleting(mut first: Vec<Edit>, item: impl Into<crate::domain::Item>) -> Edit {
    let delete = Edit::delete_seen(item);
    if first.is_empty() {
        delete
    } else {
        first.push(delete);
        Edit::Batch(first)
    }
}

/// Asks before deleting.
pub fn confirm(question: String, edit: Edit, label: String) -> Effect {
    let change = Change {
        edit,
        label,
        focus: None,
    };
    Effect::Open(Overlay::Confirm(Confirm::new(question, change)))
}

/// A label and a value on one line of a detail pane.
pub fn field(label: &str, value: impl Into<String>, theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.dim()),
        Span::raw(printable(&value.into())),
    ])
}
