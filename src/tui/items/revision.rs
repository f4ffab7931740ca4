//! A revision of an objective's target or deadline (`r`): the new values
//! and the reason, kept in the objective's history.

use crate::domain::{Edit, Objective};
use crate::i18n::objectives::O;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of the form that revises a target or deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum R {
    Target,
    Deadline,
    Reason,
}

impl FieldKey for R {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            R::Target => "target",
            R::Deadline => "deadline",
            R::Reason => return None,
        })
    }
}

pub fn revise_form(ctx: &Ctx, objective: &Objective) -> Form<R> {
    let lang = ctx.lang;
    Form::about(
        lang.t(O::ReviseTitle),
        &objective.id,
        ctx.theme,
        submit_revise,
    )
    .text(
        R::Target,
        lang.t(O::Target),
        objective
            .target
            .map(|v| lang.editable_number(v))
            .unwrap_or_default(),
    )
    .text(
        R::Deadline,
        lang.t(O::Deadline),
        objective
            .deadline
            .map(|d| d.to_string())
            .unwrap_or_default(),
    )
    .text(R::Reason, lang.t(O::Reason), "")
    .note(lang.t(O::ReasonHint))
}

fn submit_revise(form: &mut Form<R>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let target = form.number(R::Target, lang);
    let deadline = form.date(R::Deadline, lang);
    let reason = form.required(R::Reason, lang);
    let (target, deadline, reason) = (target?, deadline?, reason?);
    let id = form.target.clone()?;
    Some(Change {
        edit: Edit::ReviseObjective {
            objective: id.clone(),
            date: ctx.today,
            reason,
            target,
            deadline,
        },
        label: format!("{} {id}", lang.t(O::Revised)),
        focus: Some(id),
    })
}
