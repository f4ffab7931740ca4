//! A revision of an objective's target or deadline (`r`): the new values
//! and the reason, kept in the objective's history.

use crate::domain::{Edit, Item, Objective};
use crate::i18n::Lang;
use crate::i18n::objectives::O;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of the form that revises a target or deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum R {
    Target,
    Deadline,
    Reason,
    Name,
}

impl FieldKey for R {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            R::Target => "target",
            R::Name => "name",
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
    // A name that states the target ("… a 5 €") is offered again with the
    // new one when the form is saved.
    .text(R::Name, lang.t(O::Name), objective.name.as_str())
    .note(lang.t(O::ReasonHint))
}

fn submit_revise(form: &mut Form<R>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let target = form.number(R::Target, lang);
    let deadline = form.date(R::Deadline, lang);
    let reason = form.required(R::Reason, lang);
    let (target, deadline, reason) = (target?, deadline?, reason?);
    let id = form.target.clone()?;
    let objective = ctx.plan.objective(&id)?;
    if suggest_name(form, objective, target, ctx) {
        return None;
    }
    let revise = Edit::ReviseObjective {
        objective: id.clone(),
        date: ctx.today,
        reason,
        target,
        deadline,
    };
    let name = form.value(R::Name);
    let edit = if name.is_empty() || name == objective.name {
        revise
    } else {
        let renamed = Objective {
            name: name.to_string(),
            ..objective.clone()
        };
        let rename = Edit::update(
            &Item::Objective(objective.clone()),
            &Item::Objective(renamed),
        );
        Edit::Batch(vec![revise, rename])
    };
    Some(Change {
        edit,
        label: lang.labelled(lang.t(O::Revised), &id),
        focus: Some(id),
    })
}

/// The first save of a new target whose objective's name still states the
/// old one puts the name restated with the new target in the Name field,
/// and asks to save again: true when it did.
fn suggest_name(form: &mut Form<R>, objective: &Objective, target: f64, ctx: &Ctx) -> bool {
    if form.suggested || form.value(R::Name) != objective.name {
        return false;
    }
    let restated = objective
        .target
        .and_then(|old| Lang::restated(&objective.name, old, target))
        .filter(|restated| *restated != objective.name);
    let Some(restated) = restated else {
        return false;
    };
    form.suggested = true;
    form.focus(R::Name);
    form.set_focused_text(&restated);
    form.error = Some(ctx.lang.t(O::NameRestated).to_string());
    true
}
