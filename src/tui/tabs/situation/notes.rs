//! Free notes on the situation.

use super::{from_line, to_line};
use crate::domain::{Edit, PlanField};
use crate::i18n::situation::S;
use crate::tui::form::Form;
use crate::tui::view::{Change, Ctx};

pub(super) fn notes_form(ctx: &Ctx) -> Form {
    let lang = ctx.lang;
    Form::new(lang.t(S::EditNotes), submit_notes)
        .text(
            "notes",
            lang.t(S::Notes),
            to_line(&ctx.plan.situation.notes),
        )
        .note(lang.t(S::NotesHint))
}

#[allow(clippy::unnecessary_wraps)] // the signature of every form's submit
pub(super) fn submit_notes(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    Some(Change {
        // From the notes as the form showed them: notes changed elsewhere
        // meanwhile are a conflict, not overwritten.
        edit: Edit::SetPlan {
            field: PlanField::SituationNotes,
            before: from_line(form.initial_text("notes")),
            after: from_line(form.value("notes")),
        },
        label: ctx.lang.t(S::NotesEdited).to_string(),
        focus: None,
    })
}
