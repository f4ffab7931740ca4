//! Keeping the merged plan valid: a rule only the two sides together break
//! puts the items involved back as OURS has them, and is a conflict.

use std::collections::HashMap;

use super::fields::{Difference, differences, to_fields};
use super::order::{keys, merge_order};
use super::{Cause, Conflict, Found, Mergeable, Sides};

use crate::domain::error::EditError;
use crate::domain::item::{Kind, on_kind};
use crate::domain::plan::Plan;
use crate::domain::validate;

/// Makes the merged plan valid: while a rule is broken, the item it is
/// broken at goes back to OURS's version (or to not being there), and if it
/// already is, the items it refers to do. Each step reports THEIRS's changes
/// it leaves out.
pub(super) fn keep_rules(plan: &mut Plan, sides: Sides, conflicts: &mut Vec<Conflict>) {
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

pub(super) fn item_count(plan: &Plan) -> usize {
    plan.channels.len()
        + plan.objectives.len()
        + plan.campaigns.len()
        + plan.posts.len()
        + plan.reviews.len()
        + plan.situation.figures.len()
        + plan.situation.audiences.len()
        + plan.situation.competitors.len()
        + plan.protocols.len()
}

/// Puts the item back as OURS has it, or else what it refers to. False when
/// there was nothing left to put back.
pub(super) fn put_back(
    plan: &mut Plan,
    sides: Sides,
    kind: Kind,
    key: &str,
    rule: &EditError,
    conflicts: &mut Vec<Conflict>,
) -> bool {
    let differs = |plan: &Plan, kind, key: &str| plan.item(kind, key) != sides.ours.item(kind, key);
    let items = if differs(plan, kind, key) {
        vec![(kind, key.to_string())]
    } else {
        references(sides.ours, kind, key)
    };
    let mut changed = false;
    for (kind, key) in items {
        if differs(plan, kind, &key) {
            let mut found = Found {
                item: Some((kind, key.clone())),
                conflicts,
            };
            on_kind!(kind, T => put_as_ours::<T>(plan, sides, &key, rule, &mut found));
            changed = true;
        }
    }
    changed
}

/// The items an item needs in the plan: a campaign's channel and objectives,
/// an objective's channel, a post's campaign.
pub(super) fn references(plan: &Plan, kind: Kind, key: &str) -> Vec<(Kind, String)> {
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
        Kind::Post => plan
            .post(key)
            .map(|p| (Kind::Campaign, p.campaign.clone()))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// Replaces, removes or puts in its merged place the item with `key`, so that
/// it is as OURS has it; reports what of THEIRS's is left out.
pub(super) fn put_as_ours<T: Mergeable>(
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
pub(super) fn reorder<T: Mergeable>(plan: &mut Plan, sides: Sides) {
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
