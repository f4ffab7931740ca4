//! Free notes on the situation.

use crate::domain::{Edit, PlanField};
use crate::i18n::situation::S;
use crate::tui::items::text::{from_line, to_line};
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The one field of the notes' form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notes;

impl FieldKey for Notes {}

pub(super) fn notes_form(ctx: &Ctx) -> Form<Notes> {
    let lang = ctx.lang;
    Form::new(lang.t(S::EditNotes), submit_notes)
        .text(Notes, lang.t(S::Notes), to_line(&ctx.plan.situation.notes))
        .note(lang.t(S::NotesHint))
}

#[allow(clippy::unnecessary_wraps)] // the signature of every form's submit
pub(super) fn submit_notes(form: &mut Form<Notes>, ctx: &Ctx) -> Option<Change> {
    Some(Change {
        // From the notes as the form showed them: notes changed elsewhere
        // meanwhile are a conflict, not overwritten.
        edit: Edit::SetPlan {
            field: PlanField::SituationNotes,
            before: from_line(form.initial_text(Notes)),
            after: from_line(form.value(Notes)),
        },
        label: ctx.lang.t(S::NotesEdited).to_string(),
        focus: None,
    })
}
