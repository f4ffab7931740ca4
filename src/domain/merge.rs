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

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::edit::{Context, Edit};
use super::error::EditError;
use super::item::{Keyed, Kind};
use super::plan::{
    Audience, Campaign, Channel, ChannelFigure, Competitor, Objective, Plan, Review, Situation,
};
use super::validate;

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

mod settle;
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
        reviews: list::<Review>(sides, c),
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

/// A text of the plan itself (name, currency, situation notes).
fn own_field(
    field: &str,
    sides: Sides,
    get: impl Fn(&Plan) -> &String,
    conflicts: &mut Vec<Conflict>,
) -> String {
    let [base, ours, theirs] =
        [sides.base, sides.ours, sides.theirs].map(|p| Value::String(get(p).clone()));
    let mut found = Found {
        item: None,
        conflicts,
    };
    match merge_value(
        Some(&base),
        Some(&ours),
        Some(&theirs),
        field,
        false,
        &mut found,
    ) {
        Some(Value::String(text)) => text,
        _ => get(sides.ours).clone(),
    }
}

/// One field: taken from the side that changed it, or a conflict that keeps
/// OURS. Objects are merged leaf by leaf, measurements by date. `added`: the
/// record has no base (both sides added it).
fn merge_value(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    added: bool,
    found: &mut Found,
) -> Option<Value> {
    if ours == theirs || base == theirs {
        return ours.cloned();
    }
    if base == ours {
        return theirs.cloned();
    }
    match (base, ours, theirs) {
        (None | Some(Value::Object(_)), Some(Value::Object(o)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            Some(Value::Object(merge_fields(b, o, t, path, found)))
        }
        (_, Some(Value::Array(o)), Some(Value::Array(t))) if is_measurements(path, found) => {
            let b = base
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice);
            Some(Value::Array(merge_measurements(b, o, t, found)))
        }
        _ => {
            let cause = if added { Cause::Added } else { Cause::Changed };
            found.push(path, [base, ours, theirs], cause);
            ours.cloned()
        }
    }
}

/// Every field of a record present on both sides (`base` None: added on both).
fn merge_fields(
    base: Option<&Fields>,
    ours: &Fields,
    theirs: &Fields,
    prefix: &str,
    found: &mut Found,
) -> Fields {
    let added = base.is_none();
    let mut out = Fields::new();
    for name in union(ours, theirs) {
        let path = join(prefix, name);
        let [b, o, t] = [base, Some(ours), Some(theirs)].map(|m| m.and_then(|m| m.get(name)));
        if let Some(value) = merge_value(b, o, t, &path, added, found) {
            out.insert(name.clone(), value);
        }
    }
    out
}

/// A record (an item, a measurement) on each side, None where it is not:
/// whether it is there is decided first, then its fields.
fn merge_record(
    base: Option<&Fields>,
    ours: Option<&Fields>,
    theirs: Option<&Fields>,
    path: &str,
    found: &mut Found,
) -> Option<Fields> {
    if ours == theirs || base == theirs {
        return ours.cloned();
    }
    if base == ours {
        return theirs.cloned();
    }
    match (ours, theirs) {
        (Some(o), Some(t)) => Some(merge_fields(base, o, t, path, found)),
        (Some(kept), None) => {
            deleted(base, kept, path, Side::Theirs, found);
            Some(kept.clone())
        }
        (None, Some(changed)) => {
            deleted(base, changed, path, Side::Ours, found);
            None
        }
        (None, None) => None,
    }
}

/// One side deleted a record the other changed (and `kept`): a conflict for
/// each field changed.
fn deleted(base: Option<&Fields>, kept: &Fields, path: &str, by: Side, found: &mut Found) {
    let mut changes = Vec::new();
    differences(base, base, Some(kept), path, &mut changes);
    for Difference {
        field,
        values: [before, _, after],
    } in changes
    {
        let (ours, theirs) = match by {
            Side::Ours => (None, after),
            Side::Theirs => (after, None),
        };
        found.push(
            &field,
            [before.as_ref(), ours.as_ref(), theirs.as_ref()],
            Cause::Deleted(by),
        );
    }
}

/// An objective's measurements, one per date, sorted by date.
fn merge_measurements(
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    found: &mut Found,
) -> Vec<Value> {
    let [b, o, t] = [base, ours, theirs].map(by_date);
    let dates: std::collections::BTreeSet<&str> =
        b.keys().chain(o.keys()).chain(t.keys()).copied().collect();
    dates
        .into_iter()
        .filter_map(|date| {
            let [bm, om, tm] = [&b, &o, &t].map(|side| side.get(date).copied());
            merge_record(bm, om, tm, &measurement_path(date), found).map(Value::Object)
        })
        .collect()
}

/// Measurements by their date (as the file writes it, which sorts as dates do).
fn by_date(list: &[Value]) -> BTreeMap<&str, &Fields> {
    list.iter()
        .filter_map(Value::as_object)
        .filter_map(|m| Some((m.get("date")?.as_str()?, m)))
        .collect()
}

const MEASUREMENTS: &str = "measurements";

fn is_measurements(path: &str, found: &Found) -> bool {
    path == MEASUREMENTS && matches!(found.item, Some((Kind::Objective, _)))
}

fn measurement_path(date: &str) -> String {
    format!("{MEASUREMENTS}[{date}]")
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The field names of two records, each once, in order.
fn union<'a>(one: &'a Fields, two: &'a Fields) -> Vec<&'a String> {
    let mut names: Vec<&String> = one.keys().collect();
    names.extend(two.keys().filter(|name| !one.contains_key(*name)));
    names
}

/// A field where two versions of a record differ, with its value in the base.
struct Difference {
    field: String,
    /// In the base, in the first version, in the second.
    values: [Option<Value>; 3],
}

/// The leaves where `one` and `two` differ (the whole record when only one is
/// there), each with the value `base` has there.
fn differences(
    base: Option<&Fields>,
    one: Option<&Fields>,
    two: Option<&Fields>,
    path: &str,
    out: &mut Vec<Difference>,
) {
    if one == two {
        return;
    }
    let (Some(one), Some(two)) = (one, two) else {
        let whole = |m: Option<&Fields>| m.map(|m| Value::Object(m.clone()));
        out.push(Difference {
            field: path.to_string(),
            values: [whole(base), whole(one), whole(two)],
        });
        return;
    };
    for name in union(one, two) {
        let field = join(path, name);
        let [b, o, t] = [base, Some(one), Some(two)].map(|m| m.and_then(|m| m.get(name)));
        match (o, t) {
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                differences(b.and_then(Value::as_object), Some(o), Some(t), &field, out);
            }
            (Some(Value::Array(o)), Some(Value::Array(t))) if field == MEASUREMENTS => {
                let b = b.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
                measurement_differences(b, o, t, out);
            }
            _ if o != t => out.push(Difference {
                field,
                values: [b, o, t].map(Option::<&Value>::cloned),
            }),
            _ => {}
        }
    }
}

fn measurement_differences(
    base: &[Value],
    one: &[Value],
    two: &[Value],
    out: &mut Vec<Difference>,
) {
    let [b, o, t] = [base, one, two].map(by_date);
    let dates: std::collections::BTreeSet<&str> = o.keys().chain(t.keys()).copied().collect();
    for date in dates {
        let [bm, om, tm] = [&b, &o, &t].map(|side| side.get(date).copied());
        differences(bm, om, tm, &measurement_path(date), out);
    }
}

fn to_fields<T: Serialize>(item: &T) -> Fields {
    // Items are structs of plain data: they always serialise to an object.
    match serde_json::to_value(item) {
        Ok(Value::Object(map)) => map,
        _ => Fields::new(),
    }
}

// ---------------------------------------------------------------------------
// Lists

/// One list of the plan, merged item by item and ordered (see the module).
fn list<T: Mergeable>(sides: Sides, conflicts: &mut Vec<Conflict>) -> Vec<T> {
    let [base, ours, theirs] = [sides.base, sides.ours, sides.theirs].map(T::list);
    if ours == theirs || base == theirs {
        return ours.clone();
    }
    if base == ours {
        return theirs.clone();
    }
    let [b, o, t] = [base, ours, theirs].map(|list| {
        list.iter()
            .map(|x| (x.key(), x))
            .collect::<HashMap<String, &T>>()
    });
    let [base_keys, our_keys, their_keys] = [base, ours, theirs].map(|list| keys(list));
    let mut merged: HashMap<String, T> = HashMap::new();
    // Conflicts are listed in this order: the base's items, then OURS's new ones, THEIRS's.
    let mut seen = HashSet::new();
    for key in base_keys.iter().chain(&our_keys).chain(&their_keys) {
        if !seen.insert(key.as_str()) {
            continue;
        }
        let mut found = Found {
            item: Some((T::KIND, key.clone())),
            conflicts,
        };
        let [bi, oi, ti] = [&b, &o, &t].map(|side| side.get(key).copied());
        if let Some(item) = merge_item(bi, oi, ti, &mut found) {
            merged.insert(key.clone(), item);
        }
    }
    let order = merge_order(&base_keys, &our_keys, &their_keys, |key| {
        merged.contains_key(key)
    });
    order
        .into_iter()
        .filter_map(|key| merged.remove(key))
        .collect()
}

fn keys<T: Keyed>(list: &[T]) -> Vec<String> {
    list.iter().map(Keyed::key).collect()
}

fn merge_item<T: Mergeable>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
    found: &mut Found,
) -> Option<T> {
    if ours == theirs || base == theirs {
        return ours.cloned();
    }
    if base == ours {
        return theirs.cloned();
    }
    let [b, o, t] = [base, ours, theirs].map(|x| x.map(to_fields));
    let merged = merge_record(b.as_ref(), o.as_ref(), t.as_ref(), "", found)?;
    // Every value comes from a plan of this very type, so it reads back; were
    // it ever not to, OURS's item stays.
    serde_json::from_value(Value::Object(merged))
        .ok()
        .or_else(|| ours.cloned())
}

/// How one side placed the items of a list, relative to the base.
struct Placement<'a> {
    /// Base items this side has out of base order (moved).
    moved: HashSet<&'a str>,
    /// What this side added or moved, in runs after the base item they
    /// follow on this side (None: at the start).
    runs: HashMap<Option<&'a str>, Vec<&'a str>>,
}

impl<'a> Placement<'a> {
    fn of(base: &HashMap<&str, usize>, side: &'a [String]) -> Self {
        let stable = in_base_order(base, side);
        let mut placement = Placement {
            moved: HashSet::new(),
            runs: HashMap::new(),
        };
        let mut anchor = None;
        for key in side.iter().map(String::as_str) {
            if stable.contains(key) {
                anchor = Some(key);
                continue;
            }
            if base.contains_key(key) {
                placement.moved.insert(key);
            }
            placement.runs.entry(anchor).or_default().push(key);
        }
        placement
    }
}

/// The longest run of base items `side` keeps in base order (a longest
/// increasing subsequence of their base positions, patience sorting).
fn in_base_order<'a>(base: &HashMap<&str, usize>, side: &'a [String]) -> HashSet<&'a str> {
    let positions: Vec<(usize, &str)> = side
        .iter()
        .filter_map(|key| Some((*base.get(key.as_str())?, key.as_str())))
        .collect();
    // tails[n]: the index in `positions` ending the best run of length n + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = Vec::with_capacity(positions.len());
    for (i, &(position, _)) in positions.iter().enumerate() {
        let length = tails.partition_point(|&t| positions[t].0 < position);
        before.push(length.checked_sub(1).map(|l| tails[l]));
        if length == tails.len() {
            tails.push(i);
        } else {
            tails[length] = i;
        }
    }
    let mut stable = HashSet::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        stable.insert(positions[i].1);
        at = before[i];
    }
    stable
}

/// The merged order of a list's keys, those `keep` accepts (see the module):
/// the base's order, each side's additions and moves after the item they
/// follow on that side; two runs at one place in the order of their keys.
fn merge_order<'a>(
    base: &'a [String],
    ours: &'a [String],
    theirs: &'a [String],
    keep: impl Fn(&str) -> bool,
) -> Vec<&'a str> {
    let index: HashMap<&str, usize> = base
        .iter()
        .enumerate()
        .map(|(i, key)| (key.as_str(), i))
        .collect();
    let sides = [Placement::of(&index, ours), Placement::of(&index, theirs)];
    let mut order = Vec::new();
    let mut placed = HashSet::new();
    let mut place = |key: &'a str| {
        if keep(key) && placed.insert(key) {
            order.push(key);
        }
    };
    let runs_at = |anchor: Option<&'a str>| {
        let mut runs: Vec<&Vec<&'a str>> =
            sides.iter().filter_map(|s| s.runs.get(&anchor)).collect();
        runs.sort();
        runs
    };
    for key in runs_at(None).into_iter().flatten() {
        place(key);
    }
    for key in base.iter().map(String::as_str) {
        if !sides.iter().any(|s| s.moved.contains(key)) {
            place(key);
        }
        for key in runs_at(Some(key)).into_iter().flatten() {
            place(key);
        }
    }
    order
}

// ---------------------------------------------------------------------------
// Rules

/// Makes the merged plan valid: while a rule is broken, the item it is
/// broken at goes back to OURS's version (or to not being there), and if it
/// already is, the items it refers to do. Each step reports THEIRS's changes
/// it leaves out.
fn keep_rules(plan: &mut Plan, sides: Sides, conflicts: &mut Vec<Conflict>) {
    // Every step puts at least one item back as OURS has it, and OURS is
    // valid: the number of items bounds the steps.
    let steps = item_count(sides.ours) + item_count(plan) + 1;
    for _ in 0..steps {
        let Err(problem) = validate::plan(plan) else {
            return;
        };
        let Some((kind, key)) = &problem.item else {
            break;
        };
        if !put_back(plan, sides, *kind, key, &problem.error, conflicts) {
            break;
        }
    }
    if let Err(problem) = validate::plan(plan) {
        // Not reached with two valid sides; should it be, OURS is written whole.
        conflicts.push(Conflict {
            item: problem.item,
            field: String::new(),
            base: None,
            ours: None,
            theirs: None,
            cause: Cause::Rule(problem.error),
        });
        *plan = sides.ours.clone();
    }
}

fn item_count(plan: &Plan) -> usize {
    plan.channels.len()
        + plan.objectives.len()
        + plan.campaigns.len()
        + plan.reviews.len()
        + plan.situation.figures.len()
        + plan.situation.audiences.len()
        + plan.situation.competitors.len()
}

/// Puts the item back as OURS has it, or else what it refers to. False when
/// there was nothing left to put back.
fn put_back(
    plan: &mut Plan,
    sides: Sides,
    kind: Kind,
    key: &str,
    rule: &EditError,
    conflicts: &mut Vec<Conflict>,
) -> bool {
    if plan.item(kind, key) != sides.ours.item(kind, key) {
        as_ours(plan, sides, kind, key, rule, conflicts);
        return true;
    }
    let mut changed = false;
    for (kind, key) in references(sides.ours, kind, key) {
        if plan.item(kind, &key) != sides.ours.item(kind, &key) {
            as_ours(plan, sides, kind, &key, rule, conflicts);
            changed = true;
        }
    }
    changed
}

/// The items an item needs in the plan: a campaign's channel and objectives,
/// an objective's channel.
fn references(plan: &Plan, kind: Kind, key: &str) -> Vec<(Kind, String)> {
    match kind {
        Kind::Campaign => plan.campaign(key).map_or_else(Vec::new, |c| {
            std::iter::once((Kind::Channel, c.channel.clone()))
                .chain(c.objectives.iter().map(|o| (Kind::Objective, o.clone())))
                .collect()
        }),
        Kind::Objective => plan
            .objective(key)
            .and_then(|o| o.channel.clone())
            .map(|channel| (Kind::Channel, channel))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

fn as_ours(
    plan: &mut Plan,
    sides: Sides,
    kind: Kind,
    key: &str,
    rule: &EditError,
    conflicts: &mut Vec<Conflict>,
) {
    let mut found = Found {
        item: Some((kind, key.to_string())),
        conflicts,
    };
    match kind {
        Kind::Channel => put_as_ours::<Channel>(plan, sides, key, rule, &mut found),
        Kind::Objective => put_as_ours::<Objective>(plan, sides, key, rule, &mut found),
        Kind::Campaign => put_as_ours::<Campaign>(plan, sides, key, rule, &mut found),
        Kind::Review => put_as_ours::<Review>(plan, sides, key, rule, &mut found),
        Kind::Figure => put_as_ours::<ChannelFigure>(plan, sides, key, rule, &mut found),
        Kind::Audience => put_as_ours::<Audience>(plan, sides, key, rule, &mut found),
        Kind::Competitor => put_as_ours::<Competitor>(plan, sides, key, rule, &mut found),
    }
}

/// Replaces, removes or puts in its merged place the item with `key`, so that
/// it is as OURS has it; reports what of THEIRS's is left out.
fn put_as_ours<T: Mergeable>(
    plan: &mut Plan,
    sides: Sides,
    key: &str,
    rule: &EditError,
    found: &mut Found,
) {
    let find = |p: &Plan| T::list(p).iter().find(|x| x.key() == key).cloned();
    let (base, kept, current) = (find(sides.base), find(sides.ours), find(plan));
    let mut left_out = Vec::new();
    let [b, o, c] = [&base, &kept, &current].map(|x| x.as_ref().map(to_fields));
    differences(b.as_ref(), o.as_ref(), c.as_ref(), "", &mut left_out);
    for Difference { field, values } in left_out {
        let [b, o, t] = &values;
        found.push(
            &field,
            [b.as_ref(), o.as_ref(), t.as_ref()],
            Cause::Rule(rule.clone()),
        );
    }
    let list = T::list_mut(plan);
    let position = list.iter().position(|x| x.key() == key);
    match (position, kept) {
        (Some(i), Some(item)) => list[i] = item,
        (Some(i), None) => {
            list.remove(i);
        }
        (None, Some(item)) => {
            list.push(item);
            reorder::<T>(plan, sides);
        }
        (None, None) => {}
    }
}

/// Sorts a list the merge changed into the merged order of its keys.
fn reorder<T: Mergeable>(plan: &mut Plan, sides: Sides) {
    let [base, ours, theirs] = [sides.base, sides.ours, sides.theirs].map(|p| keys(T::list(p)));
    let list = T::list_mut(plan);
    let mut items: HashMap<String, T> = list.drain(..).map(|x| (x.key(), x)).collect();
    let order = merge_order(&base, &ours, &theirs, |key| items.contains_key(key));
    let ordered: Vec<T> = order
        .into_iter()
        .filter_map(|key| items.remove(key))
        .collect();
    *list = ordered;
}

#[cfg(test)]
mod tests;
