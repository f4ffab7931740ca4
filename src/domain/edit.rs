//! Every change to a plan is an [`Edit`]: a value that can be applied, saved,
//! re-applied to a newer copy of the file, and undone.
//!
//! [`Plan::apply`] either refuses the edit (the plan is untouched) or applies
//! it and returns its inverse: applying the inverse restores the plan exactly.
//!
//! An edit of something that exists says what it expects to find there: a
//! patch names each field's value before, a measurement the value it
//! replaces, a delete the item as it was seen, an inverse what its edit
//! left. Applied where that has changed since (another session saved, or an
//! undo comes after someone else's write), it is refused with
//! [`EditError::Changed`]: a conflict to show, never an overwrite.

mod history;
mod items;
mod positions;
mod spend;

use chrono::NaiveDate;

use super::error::EditError;
use super::item::{Item, Kind};
use super::patch::Patch;
use super::plan::{Measurement, Plan, Revision, Spend};
use positions::{INDEXED_BATCH, Positions};

/// Fields a patch may not name: histories change through their own edits.
const HISTORIES: [&str; 3] = ["measurements", "revisions", "spend"];

/// One change to a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// The plan's name, currency or situation notes, from `before` to `after`.
    SetPlan {
        field: PlanField,
        before: String,
        after: String,
    },
    /// Appends a new item to its list.
    Add(Item),
    /// Puts an item back at a position: the inverse of a delete, so that
    /// undo restores the order too.
    Restore { index: usize, item: Item },
    /// Changes some fields of one item, each only if it still holds the
    /// value the patch started from; other fields are left as they are.
    Patch(Patch),
    /// Deletes an item; with `seen`, only while it is as it was seen.
    Delete {
        kind: Kind,
        key: String,
        seen: Option<Item>,
    },
    /// Adds a measured value, or replaces the one of its date, which must be
    /// `replaces` (None: no value that day).
    RecordMeasurement {
        objective: String,
        measurement: Measurement,
        replaces: Option<Measurement>,
    },
    /// Deletes a measured value, which must still be `measurement`.
    DeleteMeasurement {
        objective: String,
        measurement: Measurement,
    },
    /// Adds an entry to a campaign's spend. It expects nothing: an entry is
    /// a new fact, so two sessions adding one each both keep theirs.
    RecordSpend { campaign: String, spend: Spend },
    /// Deletes one entry equal to `spend` (equal entries are interchangeable).
    DeleteSpend { campaign: String, spend: Spend },
    /// Sets a new target and deadline, keeping the old ones and the reason.
    ReviseObjective {
        objective: String,
        date: NaiveDate,
        reason: String,
        target: f64,
        deadline: NaiveDate,
    },
    /// Takes back the last revision, which must still be `revision`: the
    /// inverse of a revise.
    DropRevision {
        objective: String,
        revision: Revision,
    },
    /// Several edits as one: all are applied or none.
    Batch(Vec<Edit>),
}

/// The plan's own fields, as the file names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanField {
    Name,
    Currency,
    SituationNotes,
}

impl PlanField {
    /// The field's place in the file.
    pub fn name(self) -> &'static str {
        match self {
            PlanField::Name => "name",
            PlanField::Currency => "currency",
            PlanField::SituationNotes => "situation.notes",
        }
    }

    pub fn get(self, plan: &Plan) -> &str {
        match self {
            PlanField::Name => &plan.name,
            PlanField::Currency => &plan.currency,
            PlanField::SituationNotes => &plan.situation.notes,
        }
    }
}

/// What an edit is checked against besides the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// Nothing may be measured or reviewed after this date.
    pub today: NaiveDate,
    /// False when restoring what was there before (undo, rollback): the plan
    /// was valid then, so rules about new input (dates in the future, a
    /// revision for a changed target) do not apply.
    strict: bool,
}

impl Context {
    /// For edits a person makes.
    pub fn new(today: NaiveDate) -> Self {
        Context {
            today,
            strict: true,
        }
    }

    /// For undoing: puts back what was there.
    pub fn undo(today: NaiveDate) -> Self {
        Context {
            today,
            strict: false,
        }
    }

    fn not_future(self, date: NaiveDate) -> Result<(), EditError> {
        if self.strict && date > self.today {
            Err(EditError::InFuture {
                date,
                today: self.today,
            })
        } else {
            Ok(())
        }
    }
}

impl Edit {
    /// Deletes the item with `key`, whatever it holds (for scripts and
    /// tests; a person deletes what they saw: [`Edit::delete_seen`]).
    pub fn delete(kind: Kind, key: impl Into<String>) -> Edit {
        Edit::Delete {
            kind,
            key: key.into(),
            seen: None,
        }
    }

    /// Deletes `item` if it is still as it was seen.
    pub fn delete_seen(item: impl Into<Item>) -> Edit {
        let item = item.into();
        Edit::Delete {
            kind: item.kind(),
            key: item.key(),
            seen: Some(item),
        }
    }

    /// Changes `old` into `new`: a patch of the fields that differ, so that
    /// fields changed elsewhere since `old` was read are kept (histories,
    /// which change through their own edits, are left out).
    pub fn update(old: &Item, new: &Item) -> Edit {
        let mut patch = Patch::between(old, new);
        patch
            .changes
            .retain(|c| !HISTORIES.contains(&c.field.as_str()));
        Edit::Patch(patch)
    }

    /// Sets one of the plan's own fields, from the value it has in `plan`.
    pub fn set_plan(plan: &Plan, field: PlanField, after: impl Into<String>) -> Edit {
        Edit::SetPlan {
            field,
            before: field.get(plan).to_string(),
            after: after.into(),
        }
    }

    /// Records `measurement`, replacing the value `plan` has on its date.
    pub fn record(plan: &Plan, objective: &str, measurement: Measurement) -> Edit {
        let replaces = plan.objective(objective).and_then(|o| {
            o.measurements
                .iter()
                .find(|m| m.date == measurement.date)
                .cloned()
        });
        Edit::RecordMeasurement {
            objective: objective.to_string(),
            measurement,
            replaces,
        }
    }

    /// True for an edit that changes nothing: an empty patch or batch.
    pub fn is_empty(&self) -> bool {
        match self {
            Edit::Patch(patch) => patch.is_empty(),
            Edit::Batch(edits) => edits.iter().all(Edit::is_empty),
            Edit::SetPlan { before, after, .. } => before == after,
            _ => false,
        }
    }

    /// Whether the edit may change the plan's list of posts (what is kept
    /// by post, such as the posts of each campaign, is made again only
    /// then). No other edit does: a campaign with posts cannot be deleted.
    pub fn touches_posts(&self) -> bool {
        match self {
            Edit::Add(item) | Edit::Restore { item, .. } => item.kind() == Kind::Post,
            Edit::Patch(patch) => patch.kind == Kind::Post,
            Edit::Delete { kind, .. } => *kind == Kind::Post,
            Edit::Batch(edits) => edits.iter().any(Edit::touches_posts),
            Edit::SetPlan { .. }
            | Edit::RecordMeasurement { .. }
            | Edit::DeleteMeasurement { .. }
            | Edit::RecordSpend { .. }
            | Edit::DeleteSpend { .. }
            | Edit::ReviseObjective { .. }
            | Edit::DropRevision { .. } => false,
        }
    }
}

impl Plan {
    /// Applies `edit` and returns its inverse, or refuses it and changes nothing.
    pub fn apply(&mut self, edit: &Edit, ctx: Context) -> Result<Edit, EditError> {
        self.apply_at(edit, ctx, &mut Positions::scanning())
    }

    fn apply_at(
        &mut self,
        edit: &Edit,
        ctx: Context,
        at: &mut Positions,
    ) -> Result<Edit, EditError> {
        match edit {
            Edit::SetPlan {
                field,
                before,
                after,
            } => self.set_field(*field, before, after),
            Edit::Add(item) => self.add(item, None, ctx, at),
            Edit::Restore { index, item } => self.add(item, Some(*index), ctx, at),
            Edit::Patch(patch) => self.patch(patch, ctx, at),
            Edit::Delete { kind, key, seen } => self.delete(*kind, key, seen.as_ref(), at),
            Edit::RecordMeasurement {
                objective,
                measurement,
                replaces,
            } => self.record(objective, measurement, replaces.as_ref(), ctx),
            Edit::DeleteMeasurement {
                objective,
                measurement,
            } => self.unrecord(objective, measurement),
            Edit::RecordSpend { campaign, spend } => self.record_spend(campaign, spend, ctx),
            Edit::DeleteSpend { campaign, spend } => self.delete_spend(campaign, spend),
            Edit::ReviseObjective {
                objective,
                date,
                reason,
                target,
                deadline,
            } => self.revise(objective, *date, reason, *target, *deadline, ctx),
            Edit::DropRevision {
                objective,
                revision,
            } => self.drop_revision(objective, revision),
            Edit::Batch(edits) => {
                if edits.len() > INDEXED_BATCH && !at.is_indexed() {
                    self.apply_all(edits, ctx, &mut Positions::indexed())
                } else {
                    self.apply_all(edits, ctx, at)
                }
            }
        }
    }

    /// Applies edits in order; if one is refused, the ones before it are undone.
    fn apply_all(
        &mut self,
        edits: &[Edit],
        ctx: Context,
        at: &mut Positions,
    ) -> Result<Edit, EditError> {
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply_at(edit, ctx, at) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    self.roll_back(inverses, ctx.today, at);
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    fn roll_back(&mut self, inverses: Vec<Edit>, today: NaiveDate, at: &mut Positions) {
        for inverse in inverses.into_iter().rev() {
            // An inverse restores a state that was just valid: it cannot fail.
            let restored = self.apply_at(&inverse, Context::undo(today), at);
            debug_assert!(restored.is_ok(), "rollback failed: {restored:?}");
        }
    }
}

/// Whether a value that was set is now different (or unset).
fn changed<V: PartialEq>(old: Option<&V>, new: Option<&V>) -> bool {
    old.is_some() && old != new
}
