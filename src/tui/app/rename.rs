//! The plan's own form: its name and currency, each set from the value
//! the form showed, so a rename elsewhere meanwhile is a conflict.

use crate::domain::{Edit, PlanField};
use crate::i18n::ui::Ui;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of the plan's own form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PlanForm {
    Name,
    Currency,
}

impl FieldKey for PlanForm {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            PlanForm::Name => "name",
            PlanForm::Currency => "currency",
        })
    }
}

/// The plan's name and currency.
pub(super) fn form(ctx: &Ctx) -> Form<PlanForm> {
    let lang = ctx.lang;
    Form::new(lang.t(Ui::RenameTitle), submit_rename)
        .text(
            PlanForm::Name,
            lang.t(Ui::FieldPlanName),
            ctx.plan.name.clone(),
        )
        .text(
            PlanForm::Currency,
            lang.t(Ui::FieldCurrency),
            ctx.plan.currency.clone(),
        )
}

fn submit_rename(form: &mut Form<PlanForm>, ctx: &Ctx) -> Option<Change> {
    let name = form.value(PlanForm::Name).to_string();
    let currency = form.value(PlanForm::Currency).to_uppercase();
    if crate::domain::validate::currency(&currency).is_err() {
        form.invalid(
            PlanForm::Currency,
            ctx.lang
                .edit_error(&crate::domain::EditError::InvalidCurrency(currency)),
        );
        return None;
    }
    Some(Change {
        label: name.clone(),
        // From what the form showed: a rename elsewhere meanwhile is a
        // conflict, not overwritten.
        edit: Edit::Batch(vec![
            plan_field(form, PlanForm::Name, PlanField::Name, name),
            plan_field(form, PlanForm::Currency, PlanField::Currency, currency),
        ]),
        focus: None,
    })
}

/// Sets a plan field from the value the form showed to the one typed.
fn plan_field(form: &Form<PlanForm>, id: PlanForm, field: PlanField, after: String) -> Edit {
    Edit::SetPlan {
        field,
        before: form.initial_text(id).to_string(),
        after,
    }
}
