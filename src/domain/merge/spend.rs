//! A campaign's spend, merged as a multiset of entries. An entry is a fact
//! that is added or deleted, never changed, so sides never conflict here:
//! for each distinct entry, the merge keeps as many copies as the sides'
//! changes to its count say. When both sides moved the count the same way
//! (both added it, or both deleted it) the shared part is counted once, as
//! the same change on both sides is taken once everywhere else; when they
//! moved it opposite ways, both changes are taken. The result is sorted, so
//! merging A into B and B into A give the same list.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::domain::plan::Spend;

pub(super) const SPEND: &str = "spend";

/// The merged list, from the three sides' lists (None: no entries).
pub(super) fn merge_spend(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
) -> Value {
    let [b, o, t] = [base, ours, theirs].map(counts);
    let entries: std::collections::BTreeSet<&Spend> =
        b.keys().chain(o.keys()).chain(t.keys()).collect();
    let merged: Vec<Value> = entries
        .into_iter()
        .flat_map(|entry| {
            let [b, o, t] = [&b, &o, &t].map(|side| side.get(entry).copied().unwrap_or(0));
            let copies = merged_count(b, o, t);
            let value = serde_json::to_value(entry).unwrap_or_default();
            std::iter::repeat_n(value, copies)
        })
        .collect();
    Value::Array(merged)
}

/// How many copies of one entry the merge keeps.
fn merged_count(base: usize, ours: usize, theirs: usize) -> usize {
    let both_added = ours >= base && theirs >= base;
    let both_deleted = ours <= base && theirs <= base;
    if both_added {
        ours.max(theirs)
    } else if both_deleted {
        ours.min(theirs)
    } else {
        (ours + theirs).saturating_sub(base)
    }
}

/// Each distinct entry of a list and how many times it is there. Entries
/// that do not read as spend were refused when the plan was read; they
/// cannot be here.
fn counts(list: Option<&Value>) -> BTreeMap<Spend, usize> {
    let mut counts = BTreeMap::new();
    let entries = list
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for entry in entries {
        if let Ok(spend) = serde_json::from_value::<Spend>(entry.clone()) {
            *counts.entry(spend).or_insert(0) += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::merged_count;

    #[test]
    fn counts_take_each_sides_change_and_a_shared_change_once() {
        // (base, ours, theirs) → merged
        let cases = [
            ((0, 1, 0), 1), // ours added
            ((0, 0, 1), 1), // theirs added
            ((0, 1, 1), 1), // both added the same entry: once
            ((0, 1, 2), 2),
            ((1, 0, 1), 0), // ours deleted
            ((1, 0, 0), 0), // both deleted
            ((2, 1, 3), 2), // ours deleted one, theirs added one
            ((1, 2, 0), 1),
        ];
        for ((base, ours, theirs), merged) in cases {
            assert_eq!(
                merged_count(base, ours, theirs),
                merged,
                "{base} {ours} {theirs}"
            );
            assert_eq!(merged_count(base, theirs, ours), merged, "symmetric");
        }
    }
}
