//! Every change to a plan is an [`Edit`]: a value that can be applied, saved,
//! re-applied to a newer copy of the file, and undone.
//!
//! [`Plan::apply`] either refuses the edit (the plan is untouched) or applies
//! it and returns its inverse: applying the inverse restores the plan exactly.

use std::collections::HashMap;
use std::mem;

use chrono::NaiveDate;

use super::error::{EditError, Field};
use super::item::{Item, Keyed, Kind};
use super::patch::{Misfit, Patch};
use super::plan::{
    Audience, Campaign, Channel, ChannelFigure, Competitor, Measurement, Objective, Plan, Review,
    Revision,
};
use super::validate;

/// Runs a generic function on the item inside an [`Item`], whatever its kind.
macro_rules! on_item {
    ($item:expr, |$x:ident| $body:expr) => {
        match $item {
            Item::Channel($x) => $body,
            Item::Objective($x) => $body,
            Item::Campaign($x) => $body,
            Item::Review($x) => $body,
            Item::Figure($x) => $body,
            Item::Audience($x) => $body,
            Item::Competitor($x) => $body,
        }
    };
}

/// One change to a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    RenamePlan(String),
    SetCurrency(String),
    SetSituationNotes(String),
    /// Appends a new item to its list.
    Add(Item),
    /// Puts an item back at a position: the inverse of a delete, so that
    /// undo restores the order too.
    Restore {
        index: usize,
        item: Item,
    },
    /// Replaces the item with the same key. For objectives, measurements and
    /// revisions are kept from the plan (they change through their own edits).
    Update(Item),
    /// Changes some fields of one item, each only if it still holds the
    /// value the patch started from; other fields are left as they are.
    Patch(Patch),
    Delete {
        kind: Kind,
        key: String,
    },
    /// Adds a measured value, or replaces the one of the same date.
    RecordMeasurement {
        objective: String,
        measurement: Measurement,
    },
    DeleteMeasurement {
        objective: String,
        date: NaiveDate,
    },
    /// Sets a new target and deadline, keeping the old ones and the reason.
    ReviseObjective {
        objective: String,
        date: NaiveDate,
        reason: String,
        target: f64,
        deadline: NaiveDate,
    },
    /// Takes back the last revision: the inverse of a revise.
    DropRevision {
        objective: String,
    },
    /// Several edits as one: all are applied or none.
    Batch(Vec<Edit>),
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
    pub fn delete(kind: Kind, key: impl Into<String>) -> Edit {
        Edit::Delete {
            kind,
            key: key.into(),
        }
    }
}

/// Where items sit in the plan's lists, found by key. One edit scans the
/// list it needs (cheaper than building a map); a long batch, such as an
/// import of 100 000 rows, keeps a map per list so that it costs what it
/// holds, not its square.
#[derive(Debug)]
struct Positions {
    /// None: scan. Some: one map per list, built when first needed.
    maps: Option<HashMap<Kind, HashMap<String, usize>>>,
}

/// Batches longer than this look items up through maps.
const INDEXED_BATCH: usize = 16;

impl Positions {
    fn scanning() -> Self {
        Positions { maps: None }
    }

    fn indexed() -> Self {
        Positions {
            maps: Some(HashMap::new()),
        }
    }

    fn is_indexed(&self) -> bool {
        self.maps.is_some()
    }

    fn find<T: Keyed>(&mut self, plan: &Plan, key: &str) -> Option<usize> {
        match &mut self.maps {
            None => T::position(plan, key),
            Some(maps) => maps
                .entry(T::KIND)
                .or_insert_with(|| {
                    T::list(plan)
                        .iter()
                        .enumerate()
                        .map(|(i, x)| (x.key(), i))
                        .collect()
                })
                .get(key)
                .copied(),
        }
    }

    /// An item was inserted at `index` of a list now `len` long.
    fn inserted(&mut self, kind: Kind, key: String, index: usize, len: usize) {
        let Some(maps) = &mut self.maps else { return };
        if index + 1 == len {
            if let Some(map) = maps.get_mut(&kind) {
                map.insert(key, index);
            }
        } else {
            // The items after it moved: the map is rebuilt when next needed.
            maps.remove(&kind);
        }
    }

    /// An item was removed from `index` of a list now `len` long.
    fn removed(&mut self, kind: Kind, key: &str, index: usize, len: usize) {
        let Some(maps) = &mut self.maps else { return };
        if index == len {
            if let Some(map) = maps.get_mut(&kind) {
                map.remove(key);
            }
        } else {
            maps.remove(&kind);
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
            Edit::RenamePlan(name) => {
                validate::line(Field::PlanName, name)?;
                Ok(Edit::RenamePlan(mem::replace(&mut self.name, name.clone())))
            }
            Edit::SetCurrency(code) => {
                validate::currency(code)?;
                Ok(Edit::SetCurrency(mem::replace(
                    &mut self.currency,
                    code.clone(),
                )))
            }
            Edit::SetSituationNotes(notes) => {
                validate::text(Field::Notes, notes)?;
                let old = mem::replace(&mut self.situation.notes, notes.clone());
                Ok(Edit::SetSituationNotes(old))
            }
            Edit::Add(item) => {
                self.check_item(item, ctx)?;
                Ok(on_item!(item.clone(), |x| insert(self, x, None, at))?)
            }
            Edit::Restore { index, item } => {
                self.check_item(item, ctx)?;
                Ok(on_item!(item.clone(), |x| insert(
                    self,
                    x,
                    Some(*index),
                    at
                ))?)
            }
            Edit::Update(item) => self.update(item, ctx, at),
            Edit::Patch(patch) => self.patch(patch, ctx, at),
            Edit::Delete { kind, key } => self.delete(*kind, key, at),
            Edit::RecordMeasurement {
                objective,
                measurement,
            } => self.record(objective, measurement, ctx),
            Edit::DeleteMeasurement { objective, date } => {
                let list = &mut objective_mut(self, objective)?.measurements;
                let index = list.binary_search_by_key(date, |m| m.date).map_err(|_| {
                    EditError::NoMeasurementOn {
                        objective: objective.clone(),
                        date: *date,
                    }
                })?;
                Ok(Edit::RecordMeasurement {
                    objective: objective.clone(),
                    measurement: list.remove(index),
                })
            }
            Edit::ReviseObjective {
                objective,
                date,
                reason,
                target,
                deadline,
            } => self.revise(objective, *date, reason, *target, *deadline, ctx),
            Edit::DropRevision { objective } => {
                let o = objective_mut(self, objective)?;
                let last = o
                    .revisions
                    .last()
                    .ok_or_else(|| EditError::NoRevision(objective.clone()))?;
                // The old values must still fit the objective as it is now
                // (its baseline or direction may have changed since).
                if let Some(target) = last.old_target {
                    validate::target_side(o.direction, o.baseline.value, target)?;
                }
                if let Some(deadline) = last.old_deadline {
                    validate::deadline_after(o.baseline.date, deadline)?;
                }
                let Some(revision) = o.revisions.pop() else {
                    return Err(EditError::NoRevision(objective.clone()));
                };
                o.target = revision.old_target;
                o.deadline = revision.old_deadline;
                Ok(Edit::ReviseObjective {
                    objective: objective.clone(),
                    date: revision.date,
                    reason: revision.reason,
                    target: revision.new_target,
                    deadline: revision.new_deadline,
                })
            }
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

    /// The rules an item must meet to enter this plan.
    fn check_item(&self, item: &Item, ctx: Context) -> Result<(), EditError> {
        match item {
            Item::Channel(c) => validate::channel(c),
            Item::Objective(o) => {
                validate::objective(self, o)?;
                ctx.not_future(o.baseline.date)?;
                o.measurements
                    .iter()
                    .try_for_each(|m| ctx.not_future(m.date))
            }
            Item::Campaign(c) => validate::campaign(self, c),
            Item::Review(r) => {
                validate::review(r)?;
                ctx.not_future(r.date)
            }
            Item::Figure(f) => {
                validate::figure(f)?;
                ctx.not_future(f.date)
            }
            Item::Audience(a) => validate::audience(a),
            Item::Competitor(c) => validate::competitor(c),
        }
    }

    fn update(&mut self, item: &Item, ctx: Context, at: &mut Positions) -> Result<Edit, EditError> {
        let item = match item {
            Item::Objective(new) => Item::Objective(self.merge_objective(new, ctx)?),
            other => other.clone(),
        };
        self.check_item(&item, ctx)?;
        on_item!(item, |x| replace(self, x, at)).map(Edit::Update)
    }

    /// Sets the fields a patch names, each only if it still holds the value
    /// the patch started from. The inverse is the patch the other way round.
    fn patch(
        &mut self,
        patch: &Patch,
        ctx: Context,
        at: &mut Positions,
    ) -> Result<Edit, EditError> {
        let current = self.item_at(patch.kind, &patch.key, at)?;
        let refused = |field: &str| EditError::NotPatchable {
            kind: patch.kind,
            field: field.to_string(),
        };
        // Histories change through their own edits; a key is who the item is.
        if let Some(c) = patch
            .changes
            .iter()
            .find(|c| matches!(c.field.as_str(), "measurements" | "revisions"))
        {
            return Err(refused(&c.field));
        }
        let new = patch.apply_to(&current).map_err(|misfit| match misfit {
            Misfit::Changed { field } => EditError::FieldChanged {
                kind: patch.kind,
                key: patch.key.clone(),
                field,
            },
            Misfit::NotAField { field } => refused(&field),
        })?;
        if new.key() != patch.key {
            let field = patch.changes.first().map_or("", |c| c.field.as_str());
            return Err(refused(field));
        }
        if let (Item::Objective(old), Item::Objective(new)) = (&current, &new)
            && ctx.strict
            && (changed(old.target.as_ref(), new.target.as_ref())
                || changed(old.deadline.as_ref(), new.deadline.as_ref()))
        {
            return Err(EditError::RevisionRequired(new.id.clone()));
        }
        self.check_item(&new, ctx)?;
        on_item!(new, |x| replace(self, x, at))?;
        Ok(Edit::Patch(patch.inverse()))
    }

    /// A copy of the item of `kind` with `key`.
    fn item_at(&self, kind: Kind, key: &str, at: &mut Positions) -> Result<Item, EditError> {
        fn get<T: Keyed>(plan: &Plan, key: &str, at: &mut Positions) -> Result<Item, EditError> {
            let index = at.find::<T>(plan, key).ok_or_else(|| not_found::<T>(key))?;
            Ok(T::list(plan)[index].clone().into())
        }
        match kind {
            Kind::Channel => get::<Channel>(self, key, at),
            Kind::Objective => get::<Objective>(self, key, at),
            Kind::Campaign => get::<Campaign>(self, key, at),
            Kind::Review => get::<Review>(self, key, at),
            Kind::Figure => get::<ChannelFigure>(self, key, at),
            Kind::Audience => get::<Audience>(self, key, at),
            Kind::Competitor => get::<Competitor>(self, key, at),
        }
    }

    /// The updated definition with the history the plan holds. A target or
    /// deadline, once set, changes only through a revision with a reason.
    fn merge_objective(&self, new: &Objective, ctx: Context) -> Result<Objective, EditError> {
        let old = self.objective(&new.id).ok_or_else(|| EditError::NotFound {
            kind: Kind::Objective,
            key: new.id.clone(),
        })?;
        if ctx.strict
            && (changed(old.target.as_ref(), new.target.as_ref())
                || changed(old.deadline.as_ref(), new.deadline.as_ref()))
        {
            return Err(EditError::RevisionRequired(new.id.clone()));
        }
        Ok(Objective {
            measurements: old.measurements.clone(),
            revisions: old.revisions.clone(),
            ..new.clone()
        })
    }

    fn delete(&mut self, kind: Kind, key: &str, at: &mut Positions) -> Result<Edit, EditError> {
        let used_by: Vec<String> = match kind {
            Kind::Channel => self
                .objectives
                .iter()
                .filter(|o| o.channel.as_deref() == Some(key))
                .map(|o| o.id.clone())
                .chain(
                    self.campaigns
                        .iter()
                        .filter(|c| c.channel == key)
                        .map(|c| c.id.clone()),
                )
                .collect(),
            Kind::Objective => self
                .campaigns
                .iter()
                .filter(|c| c.objectives.iter().any(|o| o == key))
                .map(|c| c.id.clone())
                .collect(),
            _ => Vec::new(),
        };
        if !used_by.is_empty() {
            return Err(EditError::InUse {
                kind,
                key: key.to_string(),
                used_by,
            });
        }
        match kind {
            Kind::Channel => remove::<Channel>(self, key, at),
            Kind::Objective => remove::<Objective>(self, key, at),
            Kind::Campaign => remove::<Campaign>(self, key, at),
            Kind::Review => remove::<Review>(self, key, at),
            Kind::Figure => remove::<ChannelFigure>(self, key, at),
            Kind::Audience => remove::<Audience>(self, key, at),
            Kind::Competitor => remove::<Competitor>(self, key, at),
        }
    }

    fn record(
        &mut self,
        objective: &str,
        measurement: &Measurement,
        ctx: Context,
    ) -> Result<Edit, EditError> {
        let o = objective_mut(self, objective)?;
        validate::measurement(o, measurement)?;
        ctx.not_future(measurement.date)?;
        let list = &mut o.measurements;
        let inverse = match list.binary_search_by_key(&measurement.date, |m| m.date) {
            Ok(i) => Edit::RecordMeasurement {
                objective: objective.to_string(),
                measurement: mem::replace(&mut list[i], measurement.clone()),
            },
            Err(i) => {
                list.insert(i, measurement.clone());
                Edit::DeleteMeasurement {
                    objective: objective.to_string(),
                    date: measurement.date,
                }
            }
        };
        Ok(inverse)
    }

    fn revise(
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
        o.revisions.push(Revision {
            date,
            reason: reason.to_string(),
            old_target: o.target.replace(target),
            old_deadline: o.deadline.replace(deadline),
            new_target: target,
            new_deadline: deadline,
        });
        Ok(Edit::DropRevision {
            objective: objective.to_string(),
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

fn not_found<T: Keyed>(key: &str) -> EditError {
    EditError::NotFound {
        kind: T::KIND,
        key: key.to_string(),
    }
}

/// Whether a value that was set is now different (or unset).
fn changed<V: PartialEq>(old: Option<&V>, new: Option<&V>) -> bool {
    old.is_some() && old != new
}

/// Inserts at `index` (clamped), or appends.
fn insert<T: Keyed>(
    plan: &mut Plan,
    item: T,
    index: Option<usize>,
    at: &mut Positions,
) -> Result<Edit, EditError> {
    let key = item.key();
    if at.find::<T>(plan, &key).is_some() {
        return Err(EditError::Duplicate { kind: T::KIND, key });
    }
    let list = T::list_mut(plan);
    let index = index.map_or(list.len(), |i| i.min(list.len()));
    list.insert(index, item);
    let len = list.len();
    at.inserted(T::KIND, key.clone(), index, len);
    Ok(Edit::Delete { kind: T::KIND, key })
}

/// Puts `item` in place of the one with its key; returns the old one.
fn replace<T: Keyed>(plan: &mut Plan, item: T, at: &mut Positions) -> Result<Item, EditError> {
    let key = item.key();
    let index = at
        .find::<T>(plan, &key)
        .ok_or_else(|| not_found::<T>(&key))?;
    let old = mem::replace(&mut T::list_mut(plan)[index], item);
    Ok(old.into())
}

fn remove<T: Keyed>(plan: &mut Plan, key: &str, at: &mut Positions) -> Result<Edit, EditError> {
    let index = at.find::<T>(plan, key).ok_or_else(|| not_found::<T>(key))?;
    let list = T::list_mut(plan);
    let item = list.remove(index);
    let len = list.len();
    at.removed(T::KIND, key, index, len);
    Ok(Edit::Restore {
        index,
        item: item.into(),
    })
}
