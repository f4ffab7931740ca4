//! Merging a list of items: which items the merge keeps, each merged field
//! by field, and in what order (symmetric: without conflicts, A into B and B
//! into A give the same list).

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::fields::{merge_record, to_fields};
use super::{Conflict, Found, Mergeable, Sides, taken_whole};

use crate::domain::item::Keyed;

/// One list of the plan, merged item by item and ordered (see the module).
pub(super) fn list<T: Mergeable>(sides: Sides, conflicts: &mut Vec<Conflict>) -> Vec<T> {
    let [base, ours, theirs] = [sides.base, sides.ours, sides.theirs].map(T::list);
    if let Some(side) = taken_whole(base, ours, theirs) {
        return side.clone();
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

pub(super) fn keys<T: Keyed>(list: &[T]) -> Vec<String> {
    list.iter().map(Keyed::key).collect()
}

pub(super) fn merge_item<T: Mergeable>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
    found: &mut Found,
) -> Option<T> {
    if let Some(side) = taken_whole(base, ours, theirs) {
        return side.cloned();
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
pub(super) struct Placement<'a> {
    /// Base items this side has out of base order (moved).
    moved: HashSet<&'a str>,
    /// What this side added or moved, in runs after the base item they
    /// follow on this side (None: at the start).
    runs: HashMap<Option<&'a str>, Vec<&'a str>>,
}

impl<'a> Placement<'a> {
    pub(super) fn of(base: &HashMap<&str, usize>, side: &'a [String]) -> Self {
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
pub(super) fn in_base_order<'a>(
    base: &HashMap<&str, usize>,
    side: &'a [String],
) -> HashSet<&'a str> {
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
pub(super) fn merge_order<'a>(
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
