//! Edits of the items in the plan's lists: add, restore, patch, delete.

use std::cell::RefCell;
use std::mem;

use super::positions::Positions;
use super::{Context, Edit, HISTORIES, changed};
use crate::domain::error::{EditError, Field};
use crate::domain::item::{Item, Keyed, Kind, on_kind};
use crate::domain::merge::Conflict;
use crate::domain::patch::{Misfit, Patch};
use crate::domain::plan::{Campaign, Channel, Objective, Plan};
use crate::domain::validate::{self, Known};

/// The plan's ids, found through the edit's [`Positions`].
struct Lookup<'a> {
    plan: &'a Plan,
    at: RefCell<&'a mut Positions>,
}

impl Known for Lookup<'_> {
    fn has_channel(&self, id: &str) -> bool {
        self.at
            .borrow_mut()
            .find::<Channel>(self.plan, id)
            .is_some()
    }

    fn has_objective(&self, id: &str) -> bool {
        self.at
            .borrow_mut()
            .find::<Objective>(self.plan, id)
            .is_some()
    }

    fn has_campaign(&self, id: &str) -> bool {
        self.at
            .borrow_mut()
            .find::<Campaign>(self.plan, id)
            .is_some()
    }
}

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
            Item::Post($x) => $body,
            Item::Protocol($x) => $body,
        }
    };
}

impl Plan {
    /// Appends `item`, or puts it at `index` (the inverse of a delete, so
    /// that undo restores the order too).
    pub(super) fn add(
        &mut self,
        item: &Item,
        index: Option<usize>,
        ctx: Context,
        at: &mut Positions,
    ) -> Result<Edit, EditError> {
        self.check_item(item, ctx, at)?;
        on_item!(item.clone(), |x| insert(self, x, index, at))
    }

    /// The rules an item must meet to enter this plan. What it refers to
    /// is looked up through `at`: by map in a long batch, where a scan per
    /// item would make an import of 100 000 posts quadratic.
    pub(super) fn check_item(
        &self,
        item: &Item,
        ctx: Context,
        at: &mut Positions,
    ) -> Result<(), EditError> {
        let known = Lookup {
            plan: self,
            at: RefCell::new(at),
        };
        let known = &known;
        match item {
            Item::Channel(c) => validate::channel(c),
            Item::Objective(o) => {
                validate::objective(known, o)?;
                ctx.not_future(o.baseline.date)?;
                o.measurements
                    .iter()
                    .try_for_each(|m| ctx.not_future(m.date))
            }
            Item::Campaign(c) => {
                validate::campaign(known, c)?;
                c.spend.iter().try_for_each(|s| ctx.not_future(s.date))
            }
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
            Item::Post(p) => validate::post(known, p),
            Item::Protocol(p) => validate::protocol(p),
        }
    }

    /// Sets the fields a patch names, each only if it still holds the value
    /// the patch started from. The inverse is the patch the other way round.
    pub(super) fn patch(
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
        if let Some(c) = patch
            .changes
            .iter()
            .find(|c| HISTORIES.contains(&c.field.as_str()))
        {
            return Err(refused(&c.field));
        }
        let new = patch.apply_to(&current).map_err(|misfit| match misfit {
            Misfit::Changed { field, found } => {
                let change = patch.changes.iter().find(|c| c.field == field);
                EditError::Changed(Box::new(Conflict::session(
                    Some((patch.kind, patch.key.clone())),
                    field,
                    change.map(|c| c.before.clone()),
                    change.map(|c| c.after.clone()),
                    Some(found),
                )))
            }
            Misfit::NotAField { field } => refused(&field),
        })?;
        // A key is who the item is: it is not patched.
        if new.key() != patch.key {
            let field = patch.changes.first().map_or("", |c| c.field.as_str());
            return Err(refused(field));
        }
        // A target or deadline, once set, changes only through a revision.
        if let (Item::Objective(old), Item::Objective(new)) = (&current, &new)
            && ctx.strict
            && (changed(old.target.as_ref(), new.target.as_ref())
                || changed(old.deadline.as_ref(), new.deadline.as_ref()))
        {
            return Err(EditError::RevisionRequired(new.id.clone()));
        }
        self.check_item(&new, ctx, at)
            .map_err(|error| blame_moved(error, patch))?;
        on_item!(new, |x| replace(self, x, at))?;
        Ok(Edit::Patch(patch.inverse()))
    }

    /// A copy of the item of `kind` with `key`.
    pub(super) fn item_at(
        &self,
        kind: Kind,
        key: &str,
        at: &mut Positions,
    ) -> Result<Item, EditError> {
        fn get<T: Keyed>(plan: &Plan, key: &str, at: &mut Positions) -> Result<Item, EditError> {
            let index = at.find::<T>(plan, key).ok_or_else(|| not_found::<T>(key))?;
            Ok(T::list(plan)[index].clone().into())
        }
        on_kind!(kind, T => get::<T>(self, key, at))
    }

    /// Deletes an item nothing refers to. With `seen`, only if the item is
    /// still as the person saw it: deleting what someone else has changed
    /// since would throw their change away unseen.
    pub(super) fn delete(
        &mut self,
        kind: Kind,
        key: &str,
        seen: Option<&Item>,
        at: &mut Positions,
    ) -> Result<Edit, EditError> {
        if let Some(seen) = seen {
            let current = self.item_at(kind, key, at)?;
            if current != *seen {
                return Err(changed_since(seen, &current));
            }
        }
        let used_by = self.users_of(kind, key);
        if !used_by.is_empty() {
            return Err(EditError::InUse {
                kind,
                key: key.to_string(),
                used_by,
            });
        }
        on_kind!(kind, T => remove::<T>(self, key, at))
    }

    /// What refers to the item: objectives and campaigns on a channel,
    /// campaigns serving an objective, a campaign's posts.
    fn users_of(&self, kind: Kind, key: &str) -> Vec<String> {
        match kind {
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
            Kind::Campaign => self
                .posts
                .iter()
                .filter(|p| p.campaign == key)
                .map(|p| p.id.clone())
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The conflict of deleting `seen` when the plan holds `current`: the first
/// field that differs.
fn changed_since(seen: &Item, current: &Item) -> EditError {
    let diff = Patch::between(seen, current);
    let first = diff.changes.into_iter().next();
    EditError::Changed(Box::new(Conflict::session(
        Some((seen.kind(), seen.key())),
        first.as_ref().map_or_else(String::new, |c| c.field.clone()),
        first.as_ref().map(|c| c.before.clone()),
        None,
        first.map(|c| c.after),
    )))
}

/// A rule between two fields (the end on or after the start, the youngest
/// age before the oldest) broken by a patch that moved only one of them is
/// about the one it moved.
fn blame_moved(mut error: EditError, patch: &Patch) -> EditError {
    let (field, pair) = match &mut error {
        EditError::EndBeforeStart { field, .. } => (field, [Field::Start, Field::End]),
        EditError::AgeRange { field, .. } => (field, [Field::AgeMin, Field::AgeMax]),
        _ => return error,
    };
    let moved: Vec<Field> = pair
        .into_iter()
        .filter(|f| patch.names(f.json_name()))
        .collect();
    if let [only] = moved[..] {
        *field = only;
    }
    error
}

fn not_found<T: Keyed>(key: &str) -> EditError {
    EditError::NotFound {
        kind: T::KIND,
        key: key.to_string(),
    }
}

/// Inserts at `index` (clamped), or appends. The inverse deletes the item
/// only while it is as inserted.
fn insert<T: Keyed>(
    plan: &mut Plan,
    item: T,
    index: Option<usize>,
    at: &mut Positions,
) -> Result<Edit, EditError> {
    let key = item.key();
    if at.find::<T>(plan, &key).is_some() {
        return Err(EditError::duplicate(T::KIND, key));
    }
    let list = T::list_mut(plan);
    let index = index.map_or(list.len(), |i| i.min(list.len()));
    list.insert(index, item.clone());
    let len = list.len();
    at.inserted(T::KIND, key.clone(), index, len);
    Ok(Edit::Delete {
        kind: T::KIND,
        key,
        seen: Some(item.into()),
    })
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
