//! A measurement of an objective (`m`): a value on a date, with a note. It
//! replaces the value of that date as this session shows it. Also the
//! entries of an objective's history (`M`): their rows, details, the form
//! that corrects one and the question before one is deleted.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::Line;

use super::text::text_field;
use super::{confirm, field};
use crate::domain::{Edit, Item, Measurement, Objective};
use crate::i18n::history::H;
use crate::i18n::objectives::O;
use crate::text::printable;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

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
        lang.editable_number(objective.latest().0),
    )
    .text(M::Date, lang.t(O::Date), lang.date(ctx.today))
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
        label: format!(
            "{}: {}",
            lang.labelled(lang.t(O::Measured), &id),
            lang.num(value)
        ),
        focus: Some(id),
    })
}

/// "1700 followers": a value with the objective's unit, if it has one.
pub fn with_unit(value: f64, objective: &Objective, lang: crate::i18n::Lang) -> String {
    if objective.unit.is_empty() {
        lang.num(value)
    } else {
        format!("{} {}", lang.num(value), printable(&objective.unit))
    }
}

/// A row of the history: date, value with its unit, note. The baseline,
/// read-only, is dimmed and named as such in place of a note.
pub fn history_row(entry: Entry, objective: &Objective, ctx: &Ctx) -> Vec<Line<'static>> {
    let (date, value, note, style) = match entry.measurement(objective) {
        Some(m) => (m.date, m.value, printable(&m.note), Style::new()),
        None if entry == Entry::Baseline => (
            objective.baseline.date,
            objective.baseline.value,
            ctx.lang.t(H::Baseline).to_string(),
            ctx.theme.dim(),
        ),
        None => return Vec::new(),
    };
    vec![
        Line::styled(ctx.lang.date(date), style),
        Line::styled(with_unit(value, objective, ctx.lang), style),
        Line::styled(note, style),
    ]
}

/// What the detail pane says of an entry of the history.
pub fn history_detail(entry: Entry, objective: &Objective, ctx: &Ctx) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    match entry.measurement(objective) {
        Some(m) => {
            let mut lines = vec![
                field(lang.t(O::Date), lang.date(m.date), theme),
                field(lang.t(O::Value), with_unit(m.value, objective, lang), theme),
            ];
            lines.extend(text_field(lang.t(O::Note), &m.note, theme));
            lines
        }
        None => vec![
            field(lang.t(O::Date), lang.date(objective.baseline.date), theme),
            field(
                lang.t(O::Baseline),
                with_unit(objective.baseline.value, objective, lang),
                theme,
            ),
            Line::styled(lang.t(H::BaselineReadOnly).to_string(), theme.dim()),
        ],
    }
}

/// One entry of an objective's history: a measured value (by its date,
/// which is unique in the objective) or the baseline, which is read-only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Measured(NaiveDate),
    Baseline,
}

impl Entry {
    /// Its value: the measured one, or the baseline's.
    pub fn value(self, objective: &Objective) -> Option<f64> {
        match self {
            Entry::Measured(_) => self.measurement(objective).map(|m| m.value),
            Entry::Baseline => Some(objective.baseline.value),
        }
    }

    /// The measurement it stands for; None for the baseline or a value gone.
    pub fn measurement(self, objective: &Objective) -> Option<&Measurement> {
        match self {
            Entry::Measured(date) => objective.measurements.iter().find(|m| m.date == date),
            Entry::Baseline => None,
        }
    }
}

/// Edits a measured value as the history shows it: its value, date and
/// note. The objective as seen goes with the form, so that a value another
/// session changed meanwhile is a conflict, not overwritten.
pub fn edit_form(ctx: &Ctx, objective: &Objective, measurement: &Measurement) -> Form<M> {
    let lang = ctx.lang;
    let mut form = Form::about(lang.t(H::EditTitle), &objective.id, ctx.theme, submit_edit)
        .text(
            M::Value,
            lang.t(O::Value),
            lang.editable_number(measurement.value),
        )
        .text(M::Date, lang.t(O::Date), lang.date(measurement.date))
        .text(M::Note, lang.t(O::Note), measurement.note.clone());
    form.original = Some(Item::Objective(objective.clone()));
    form
}

fn submit_edit(form: &mut Form<M>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let value = form.number(M::Value, lang);
    let date = form.date(M::Date, lang);
    let (value, date) = (value?, date?);
    let Some(Item::Objective(seen)) = &form.original else {
        return None;
    };
    let id = seen.id.clone();
    let was = form.initial_text(M::Date).parse().ok();
    let old = seen
        .measurements
        .iter()
        .find(|m| Some(m.date) == was)?
        .clone();
    // A value left as shown keeps its exact number, not the rounded text.
    let value = if form.value(M::Value) == form.initial_text(M::Value) {
        old.value
    } else {
        value
    };
    let new = Measurement {
        date,
        value,
        note: form.value(M::Note).to_string(),
    };
    let label = format!("{} {id} {}", lang.t(H::Edited), old.date);
    let edit = if !form.is_changed() {
        Edit::Batch(Vec::new())
    } else if date == old.date {
        Edit::RecordMeasurement {
            objective: id.clone(),
            measurement: new,
            replaces: Some(old),
        }
    } else {
        let taken = ctx
            .plan
            .objective(&id)
            .is_some_and(|o| o.measurements.iter().any(|m| m.date == date));
        if taken {
            form.invalid(M::Date, lang.t(H::DateTaken));
            return None;
        }
        // A new date is the old value deleted and the new one recorded: one
        // edit, so one undo.
        Edit::Batch(vec![
            Edit::DeleteMeasurement {
                objective: id.clone(),
                measurement: old,
            },
            Edit::RecordMeasurement {
                objective: id.clone(),
                measurement: new,
                replaces: None,
            },
        ])
    };
    Some(Change {
        edit,
        label,
        focus: Some(id),
    })
}

/// `d` in the history: the question, then the value as seen is deleted.
pub fn delete(ctx: &Ctx, objective: &Objective, measurement: &Measurement) -> Effect {
    let lang = ctx.lang;
    let date = lang.date(measurement.date);
    let question =
        lang.delete_measurement_question(&date, &with_unit(measurement.value, objective, lang));
    let edit = Edit::DeleteMeasurement {
        objective: objective.id.clone(),
        measurement: measurement.clone(),
    };
    let label = format!("{} {} {date}", lang.t(H::Deleted), objective.id);
    confirm(question, edit, label)
}
