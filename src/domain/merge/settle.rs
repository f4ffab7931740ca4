//! Settling a conflict: the person keeps either their value or the one the
//! plan holds now, for the one field the conflict is about; the rest of the
//! edit goes ahead as it was.

use serde_json::Value;

use super::Conflict;
use crate::domain::edit::Edit;
use crate::domain::item::Kind;
use crate::domain::plan::{Measurement, Revision};

/// Which value a conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The value the edit wanted: it is set over the one found.
    Mine,
    /// The value found (someone else's): the edit leaves that field alone.
    Theirs,
}

impl Edit {
    /// The edit with the conflict settled: with [`Keep::Mine`] it expects the
    /// value found, so it applies over it; with [`Keep::Theirs`] the part of
    /// it about that field is left out. None when nothing is left to do.
    #[must_use]
    pub fn settled(&self, changed: &Conflict, keep: Keep) -> Option<Edit> {
        if !self.touches(changed) {
            return Some(self.clone());
        }
        match keep {
            Keep::Theirs => self.without(changed),
            Keep::Mine => self.over(changed),
        }
    }

    /// Whether keeping mine makes sense: taking back a revision that is no
    /// longer the last would take back someone else's.
    pub fn can_keep_mine(changed: &Conflict) -> bool {
        changed.field != "revisions"
    }

    /// Whether this edit (or one in it) is the one the conflict is about.
    fn touches(&self, changed: &Conflict) -> bool {
        let item = changed.item.as_ref();
        let on = |kind: Kind, key: &str| item.is_some_and(|(k, id)| *k == kind && id == key);
        match self {
            Edit::Batch(edits) => edits.iter().any(|e| e.touches(changed)),
            Edit::Patch(patch) => {
                on(patch.kind, &patch.key) && patch.changes.iter().any(|c| c.field == changed.field)
            }
            Edit::SetPlan { field, .. } => item.is_none() && field.name() == changed.field,
            Edit::RecordMeasurement {
                objective,
                measurement,
                ..
            }
            | Edit::DeleteMeasurement {
                objective,
                measurement,
            } => {
                on(Kind::Objective, objective)
                    && changed.field == format!("measurements[{}]", measurement.date)
            }
            Edit::Delete { kind, key, seen } => seen.is_some() && on(*kind, key),
            Edit::DropRevision { objective, .. } => {
                on(Kind::Objective, objective) && changed.field == "revisions"
            }
            _ => false,
        }
    }

    /// The edit without its part about the conflict's field.
    fn without(&self, changed: &Conflict) -> Option<Edit> {
        match self {
            Edit::Batch(edits) => {
                let rest: Vec<Edit> = edits
                    .iter()
                    .filter_map(|e| e.settled(changed, Keep::Theirs))
                    .collect();
                (!rest.is_empty()).then_some(Edit::Batch(rest))
            }
            Edit::Patch(patch) => {
                let mut patch = patch.clone();
                patch.changes.retain(|c| c.field != changed.field);
                (!patch.is_empty()).then_some(Edit::Patch(patch))
            }
            _ => None,
        }
    }

    /// The edit expecting what was found instead of what it started from.
    fn over(&self, changed: &Conflict) -> Option<Edit> {
        let found = changed.theirs.clone().unwrap_or_default();
        let mut edit = self.clone();
        match &mut edit {
            Edit::Batch(edits) => {
                let settled: Vec<Edit> = edits
                    .iter()
                    .filter_map(|e| e.settled(changed, Keep::Mine))
                    .collect();
                return Some(Edit::Batch(settled));
            }
            Edit::Patch(patch) => {
                for c in &mut patch.changes {
                    if c.field == changed.field {
                        c.before = found.clone();
                    }
                }
            }
            Edit::SetPlan { before, .. } => *before = found.as_str()?.to_string(),
            Edit::RecordMeasurement {
                measurement,
                replaces,
                ..
            } => *replaces = measurement_from(&found, measurement),
            Edit::DeleteMeasurement { measurement, .. } => {
                *measurement = measurement_from(&found, measurement)?;
            }
            // Deleting it anyway, as it is now.
            Edit::Delete { seen, .. } => *seen = None,
            Edit::DropRevision { revision, .. } => {
                *revision = serde_json::from_value::<Revision>(found).ok()?;
            }
            _ => {}
        }
        Some(edit)
    }
}

/// The measured value a conflict found on `like`'s date: a number, or a
/// value with its note; None when there was none that day.
fn measurement_from(found: &Value, like: &Measurement) -> Option<Measurement> {
    let (value, note) = match found {
        Value::Number(n) => (n.as_f64()?, String::new()),
        Value::Object(map) => (
            map.get("value")?.as_f64()?,
            map.get("note")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
        ),
        _ => return None,
    };
    Some(Measurement {
        date: like.date,
        value,
        note,
    })
}
