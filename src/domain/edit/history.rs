//! Edits of what is not an item of a list: the plan's own fields, the
//! measured values of an objective and its revisions. Each carries what it
//! expects to find, so that applied over someone else's later change (a
//! save on a newer file, an undo) it is a conflict, not an overwrite.

use std::mem;

use chrono::NaiveDate;
use serde_json::Value;

use super::{Context, Edit, PlanField};
use crate::domain::error::{EditError, Field};
use crate::domain::item::Kind;
use crate::domain::merge::Conflict;
use crate::domain::plan::{Measurement, Objective, Plan, Revision};
use crate::domain::validate;

impl Plan {
    /// Sets the plan's name, currency or situation notes, if the field still
    /// holds `before`.
    pub(super) fn set_field(
        &mut self,
        field: PlanField,
        before: &str,
        after: &str,
    ) -> Result<Edit, EditError> {
        match field {
            PlanField::Name => validate::line(Field::PlanName, after)?,
            PlanField::Currency => validate::currency(after)?,
            PlanField::SituationNotes => validate::text(Field::SituationNotes, after)?,
        }
        let slot = match field {
            PlanField::Name => &mut self.name,
            PlanField::Currency => &mut self.currency,
            PlanField::SituationNotes => &mut self.situation.notes,
        };
        if slot != before {
            return Err(EditError::Changed(Box::new(Conflict::session(
                None,
                field.name(),
                Some(Value::from(before)),
                Some(Value::from(after)),
                Some(Value::from(slot.as_str())),
            ))));
        }
        *slot = after.to_string();
        Ok(Edit::SetPlan {
            field,
            before: after.to_string(),
            after: before.to_string(),
        })
    }

    /// Adds a measured value, or replaces the value of its date, which must
    /// be `replaces` (None: no value that day).
    pub(super) fn record(
        &mut self,
        objective: &str,
        measurement: &Measurement,
        replaces: Option<&Measurement>,
        ctx: Context,
    ) -> Result<Edit, EditError> {
        let o = objective_mut(self, objective)?;
        validate::measurement(o, measurement)?;
        ctx.not_future(measurement.date)?;
        let list = &mut o.measurements;
        let at = list.binary_search_by_key(&measurement.date, |m| m.date);
        let current = at.ok().map(|i| &list[i]);
        if current != replaces {
            return Err(measurement_changed(
                objective,
                measurement.date,
                replaces,
                current,
                Some(measurement),
            ));
        }
        let objective = objective.to_string();
        Ok(match at {
            Ok(i) => Edit::RecordMeasurement {
                objective,
                replaces: Some(measurement.clone()),
                measurement: mem::replace(&mut list[i], measurement.clone()),
            },
            Err(i) => {
                list.insert(i, measurement.clone());
                Edit::DeleteMeasurement {
                    objective,
                    measurement: measurement.clone(),
                }
            }
        })
    }

    /// Deletes a measured value, if it is still `measurement`.
    pub(super) fn unrecord(
        &mut self,
        objective: &str,
        measurement: &Measurement,
    ) -> Result<Edit, EditError> {
        let list = &mut objective_mut(self, objective)?.measurements;
        let date = measurement.date;
        let Ok(index) = list.binary_search_by_key(&date, |m| m.date) else {
            return Err(EditError::NoMeasurementOn {
                objective: objective.to_string(),
                date,
            });
        };
        if list[index] != *measurement {
            let current = Some(&list[index]);
            return Err(measurement_changed(
                objective,
                date,
                Some(measurement),
                current,
                None,
            ));
        }
        Ok(Edit::RecordMeasurement {
            objective: objective.to_string(),
            measurement: list.remove(index),
            replaces: None,
        })
    }

    /// Sets a new target and deadline, keeping the old ones and the reason.
    pub(super) fn revise(
        &mut self,
        objective: &str,
        date: NaiveDate,
        reason: &str,
        target: f64,
        deadline: NaiveDate,
        ctx: Context,
    ) -> Result<Edit, EditError> {
        let o = objective_mut(self, objective)?;
        validate::required_line(Field::Reason, reason)?;
        ctx.not_future(date)?;
        validate::target_side(o.direction, o.baseline.value, target)?;
        validate::deadline_after(o.baseline.date, deadline)?;
        if o.target == Some(target) && o.deadline == Some(deadline) {
            return Err(EditError::RevisionChangesNothing(objective.to_string()));
        }
        let revision = Revision {
            date,
            reason: reason.to_string(),
            old_target: o.target.replace(target),
            old_deadline: o.deadline.replace(deadline),
            new_target: target,
            new_deadline: deadline,
        };
        o.revisions.push(revision.clone());
        Ok(Edit::DropRevision {
            objective: objective.to_string(),
            revision,
        })
    }

    /// Takes back the last revision, if it is still `revision` (a revision
    /// made since, elsewhere, is not taken back in its place).
    pub(super) fn drop_revision(
        &mut self,
        objective: &str,
        revision: &Revision,
    ) -> Result<Edit, EditError> {
        let o = objective_mut(self, objective)?;
        let last = o
            .revisions
            .last()
            .ok_or_else(|| EditError::NoRevision(objective.to_string()))?;
        if last != revision {
            return Err(EditError::Changed(Box::new(Conflict::session(
                Some((Kind::Objective, objective.to_string())),
                "revisions",
                Some(revision_value(revision)),
                None,
                Some(revision_value(last)),
            ))));
        }
        // The old values must still fit the objective as it is now (its
        // baseline or direction may have changed since).
        if let Some(target) = last.old_target {
            validate::target_side(o.direction, o.baseline.value, target)?;
        }
        if let Some(deadline) = last.old_deadline {
            validate::deadline_after(o.baseline.date, deadline)?;
        }
        let Some(revision) = o.revisions.pop() else {
            return Err(EditError::NoRevision(objective.to_string()));
        };
        o.target = revision.old_target;
        o.deadline = revision.old_deadline;
        Ok(Edit::ReviseObjective {
            objective: objective.to_string(),
            date: revision.date,
            reason: revision.reason,
            target: revision.new_target,
            deadline: revision.new_deadline,
        })
    }
}

fn objective_mut<'a>(plan: &'a mut Plan, id: &str) -> Result<&'a mut Objective, EditError> {
    plan.objectives
        .iter_mut()
        .find(|o| o.id == id)
        .ok_or_else(|| EditError::NotFound {
            kind: Kind::Objective,
            key: id.to_string(),
        })
}

/// The conflict of a measured value that is not what the edit expected.
fn measurement_changed(
    objective: &str,
    date: NaiveDate,
    expected: Option<&Measurement>,
    found: Option<&Measurement>,
    wanted: Option<&Measurement>,
) -> EditError {
    EditError::Changed(Box::new(Conflict::session(
        Some((Kind::Objective, objective.to_string())),
        format!("measurements[{date}]"),
        measurement_value(expected),
        measurement_value(wanted),
        measurement_value(found),
    )))
}

/// A measured value as a person compares it: the number, with its note
/// when it has one; nothing when there is no value that day.
fn measurement_value(measurement: Option<&Measurement>) -> Option<Value> {
    measurement.map(|m| {
        if m.note.is_empty() {
            Value::from(m.value)
        } else {
            serde_json::json!({ "value": m.value, "note": m.note })
        }
    })
}

fn revision_value(revision: &Revision) -> Value {
    serde_json::to_value(revision).unwrap_or_default()
}
