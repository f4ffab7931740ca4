//! The three-way merge of plans: two copies changed apart from one base
//! (two git branches; or a session's edit and the file another session saved
//! since) become one plan, and every conflict is listed.
//!
//! Items are matched by their key ([`Keyed`]: the id; reviews by date;
//! figures by channel and date), an objective's measurements by date, and
//! merged field by field, fields named and valued as the plan file writes
//! them (the approach of [`super::patch`]). For every field:
//!
//! - a change on one side only is taken; the same change on both sides is taken once;
//! - different changes are a conflict ([`Cause::Changed`]): OURS's value is kept;
//! - an item (or a measurement) deleted on one side and changed on the other is a
//!   conflict ([`Cause::Deleted`], one per field the other side changed): OURS's
//!   version is kept — the item, or its absence;
//! - an item added on both sides under one key is merged field by field against an
//!   empty base: the fields both gave the same value are taken, each field they gave
//!   different values is a conflict ([`Cause::Added`]), OURS's value kept. (Two people
//!   adding "the same" campaign mostly agree on most of it: one conflict per field
//!   they disagree on says more than one conflict for the whole item.)
//! - nested objects (`fit`, `baseline`) are merged leaf by leaf (`fit.cost`); lists
//!   that are not keyed (`places`, a campaign's `objectives`) are one value each, and
//!   so is an objective's `revisions`: an append-only history whose last entry must
//!   hold the objective's target and deadline. One side revising is taken whole; both
//!   revising differently is a conflict (so is their target or deadline), OURS's
//!   history kept, which stays consistent with OURS's target.
//! - a campaign's `spend` is a multiset of entries that are added or deleted, never
//!   changed: each side's additions and deletions are all kept, and never conflict
//!   (see `spend`).
//! - the plan's own fields (`name`, `currency`, `situation.notes`) likewise.
//!
//! Then the merged plan is checked with [`validate::plan`]. A rule that only the
//! combination breaks (one side moved a campaign's start, the other its end, and they
//! cross; one side deleted a channel, the other added a campaign on it) is a conflict
//! too ([`Cause::Rule`]): the item is put back as OURS has it — and if it already is,
//! the items it refers to (channel, objectives) — until the plan is valid. OURS is a
//! valid plan, so this ends, and the written plan is always valid.
//!
//! **Order.** Items keep their place in the base; what a side added (or moved) follows
//! the item it follows on that side. When both sides put items at the same place, the
//! two runs are ordered by their keys, not by which side is OURS (OURS's first would
//! make A merged into B differ from B merged into A). So without conflicts, merging
//! A into B and B into A give the same plan, item for item and in the same order;
//! and merging with a side that did not change gives the other side exactly. (A side
//! "moved" an item when it is out of the longest run of items it keeps in base
//! order.) Measurements are sorted by date, as the file requires.
//!
//! **Two entry points.** [`three_way`] merges whole plans: git's branches (the
//! driver, `socialplan merge`). [`rebase`] applies one session's edit to the plan
//! as the file holds it now (the store, on every save; and every undo): the edit
//! says, field by field, the value it started from, so the same rule holds — a
//! field only this session changed is taken, a field someone else changed meanwhile
//! to another value is a [`Conflict`] (BASE the value the edit started from, OURS
//! the edit's, THEIRS the file's), settled by the person ([`Keep`], in `settle`).

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::edit::{Context, Edit};
use super::error::EditError;
use super::item::{Keyed, Kind};
use super::plan::{
    Audience, Campaign, Channel, ChannelFigure, Competitor, Objective, Plan, Post, Protocol,
    Review, Situation,
};
use fields::own_field;
use order::list;
use rules::keep_rules;

/// The merged plan, valid, and every conflict met on the way (none: a clean merge).
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub plan: Plan,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// One field two sides disagree on, with its value in the base and on each
/// side; OURS's value is the one kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The item's kind and key; None for the plan's own fields.
    pub item: Option<(Kind, String)>,
    /// The field as the file names it: `budget`, `fit.cost`, `situation.notes`,
    /// `measurements[2027-01-11].value` (a measurement of an objective by date),
    /// `measurements[2027-01-11]` (the whole measurement); empty for the whole item.
    pub field: String,
    /// The values as the file writes them; None where there is no such item
    /// (or measurement): not added yet, or deleted.
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
    pub cause: Cause,
}

/// Which copy: OURS is the one the merge is written over (git's `%A`, the
/// current branch; for a session, its own edit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Why a field is a conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Cause {
    /// Both sides changed it, to different values.
    Changed,
    /// Both sides added the item (or measurement), with different values here.
    Added,
    /// This side deleted the item (or measurement) the other side changed.
    Deleted(Side),
    /// Each side's changes are valid alone, but together they break this rule:
    /// the change THEIRS made here is left out.
    Rule(EditError),
}

mod fields;
mod order;
mod rules;
mod settle;
mod spend;
pub use settle::Keep;

impl Conflict {
    /// A session's edit (OURS) that found THEIRS where it expected BASE.
    /// OURS is None when the edit takes the thing away.
    pub fn session(
        item: Option<(Kind, String)>,
        field: impl Into<String>,
        base: Option<Value>,
        ours: Option<Value>,
        theirs: Option<Value>,
    ) -> Conflict {
        let cause = if ours.is_none() && base.is_some() {
            Cause::Deleted(Side::Ours)
        } else {
            Cause::Changed
        };
        Conflict {
            item,
            field: field.into(),
            base,
            ours,
            theirs,
            cause,
        }
    }
}

/// A session's edit applied to `plan` as the file holds it now; its inverse,
/// or why not — [`EditError::Changed`] with the [`Conflict`] when someone else
/// changed a field the edit changes since the edit was made.
pub fn rebase(plan: &mut Plan, edit: &Edit, ctx: Context) -> Result<Edit, EditError> {
    plan.apply(edit, ctx)
}

/// Merges OURS and THEIRS, both changed from BASE. See the module's rules.
pub fn three_way(base: &Plan, ours: &Plan, theirs: &Plan) -> Merged {
    let sides = Sides { base, ours, theirs };
    let mut conflicts = Vec::new();
    let c = &mut conflicts;
    let mut plan = Plan {
        schema_version: ours.schema_version,
        name: own_field("name", sides, |p| &p.name, c),
        currency: own_field("currency", sides, |p| &p.currency, c),
        situation: Situation {
            figures: list::<ChannelFigure>(sides, c),
            audiences: list::<Audience>(sides, c),
            competitors: list::<Competitor>(sides, c),
            notes: own_field("situation.notes", sides, |p| &p.situation.notes, c),
        },
        objectives: list::<Objective>(sides, c),
        channels: list::<Channel>(sides, c),
        campaigns: list::<Campaign>(sides, c),
        posts: list::<Post>(sides, c),
        reviews: list::<Review>(sides, c),
        protocols: list::<Protocol>(sides, c),
    };
    keep_rules(&mut plan, sides, &mut conflicts);
    Merged { plan, conflicts }
}

/// The three plans of a merge.
#[derive(Clone, Copy)]
struct Sides<'a> {
    base: &'a Plan,
    ours: &'a Plan,
    theirs: &'a Plan,
}

/// The side a merge takes whole, without looking inside: the one that changed
/// the thing (OURS when neither did, or both the same way). None when both
/// changed it, differently.
fn taken_whole<T: PartialEq + Copy>(base: T, ours: T, theirs: T) -> Option<T> {
    if ours == theirs || base == theirs {
        Some(ours)
    } else if base == ours {
        Some(theirs)
    } else {
        None
    }
}

/// What the lists of a plan hold: keyed items that read and write as JSON.
trait Mergeable: Keyed + Serialize + DeserializeOwned + PartialEq {}

impl<T: Keyed + Serialize + DeserializeOwned + PartialEq> Mergeable for T {}

type Fields = Map<String, Value>;

/// Where the conflicts found in one item go.
struct Found<'a> {
    item: Option<(Kind, String)>,
    conflicts: &'a mut Vec<Conflict>,
}

impl Found<'_> {
    fn push(&mut self, field: &str, [base, ours, theirs]: [Option<&Value>; 3], cause: Cause) {
        self.conflicts.push(Conflict {
            item: self.item.clone(),
            field: field.to_string(),
            base: base.cloned(),
            ours: ours.cloned(),
            theirs: theirs.cloned(),
            cause,
        });
    }
}

// ---------------------------------------------------------------------------
// Fields

// ---------------------------------------------------------------------------
// Lists

// ---------------------------------------------------------------------------
// Rules

#[cfg(test)]
mod tests;
