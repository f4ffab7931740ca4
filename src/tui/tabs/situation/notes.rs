//! Free notes on the situation.

use crate::domain::{Edit, PlanField};
use crate::i18n::situation::S;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The one field of the notes' form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notes;

impl FieldKey for Notes {}

pub(super) fn notes_form(ctx: &Ctx) -> Form<Notes> {
    let lang = ctx.lang;
    Form::new(lang.t(S::EditNotes), submit_notes)
        .lines(Notes, lang.t(S::Notes), &ctx.plan.situation.notes)
        .note(lang.t(S::NotesHint))
}

#[allow(clippy::unnecessary_wraps)] // the signature of every form's submit
pub(super) fn submit_notes(form: &mut Form<Notes>, ctx: &Ctx) -> Option<Change> {
    Some(Change {
        // From the notes as the form showed them: notes changed elsewhere
        // meanwhile are a conflict, not overwritten.
        edit: Edit::SetPlan {
            field: PlanField::SituationNotes,
            before: form.initial_text(Notes).to_string(),
            after: form.value(Notes).to_string(),
        },
        label: ctx.lang.t(S::NotesEdited).to_string(),
        focus: None,
    })
}
