//! A measurement of an objective (`m`): a value on a date, with a note. It
//! replaces the value of that date as this session shows it.

use crate::domain::{Edit, Measurement, Objective};
use crate::i18n::number;
use crate::i18n::objectives::O;
use crate::text::editable_number;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of the form that records a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum M {
    Value,
    Date,
    Note,
}

impl FieldKey for M {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            M::Value => "value",
            M::Date => "date",
            M::Note => "note",
        })
    }
}

/// Records one value: the quick weekly update for a single objective.
pub fn measure_form(ctx: &Ctx, objective: &Objective) -> Form<M> {
    let lang = ctx.lang;
    Form::about(
        lang.t(O::MeasureTitle),
        &objective.id,
        ctx.theme,
        submit_measure,
    )
    .text(
        M::Value,
        lang.t(O::Value),
        editable_number(objective.latest().0),
    )
    .text(M::Date, lang.t(O::Date), ctx.today.to_string())
    .text(M::Note, lang.t(O::Note), "")
}

fn submit_measure(form: &mut Form<M>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let value = form.number(M::Value, lang);
    let date = form.date(M::Date, lang);
    let (value, date) = (value?, date?);
    let id = form.target.clone()?;
    let measurement = Measurement {
        date,
        value,
        note: form.value(M::Note).to_string(),
    };
    Some(Change {
        // Replacing the value of that date as this session shows it: one
        // recorded elsewhere since is a conflict, not overwritten.
        edit: Edit::record(ctx.plan, &id, measurement),
        label: format!("{} {id} = {}", lang.t(O::Measured), number(value)),
        focus: Some(id),
    })
}
