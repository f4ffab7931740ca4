//! Merging field by field: the plan's own fields, an item's fields (nested
//! objects leaf by leaf), an objective's measurements by date, and the
//! differences a side made, for the rule checks.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::spend::{SPEND, merge_spend};
use super::{Cause, Conflict, Fields, Found, Side, Sides, taken_whole};

use crate::domain::item::Kind;
use crate::domain::plan::Plan;

/// A text of the plan itself (name, currency, situation notes).
pub(super) fn own_field(
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
pub(super) fn merge_value(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    added: bool,
    found: &mut Found,
) -> Option<Value> {
    if let Some(side) = taken_whole(base, ours, theirs) {
        return side.cloned();
    }
    if is_spend(path, found) {
        return Some(merge_spend(base, ours, theirs));
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
pub(super) fn merge_fields(
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
pub(super) fn merge_record(
    base: Option<&Fields>,
    ours: Option<&Fields>,
    theirs: Option<&Fields>,
    path: &str,
    found: &mut Found,
) -> Option<Fields> {
    if let Some(side) = taken_whole(base, ours, theirs) {
        return side.cloned();
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
pub(super) fn deleted(
    base: Option<&Fields>,
    kept: &Fields,
    path: &str,
    by: Side,
    found: &mut Found,
) {
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
pub(super) fn merge_measurements(
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
pub(super) fn by_date(list: &[Value]) -> BTreeMap<&str, &Fields> {
    list.iter()
        .filter_map(Value::as_object)
        .filter_map(|m| Some((m.get("date")?.as_str()?, m)))
        .collect()
}

pub(super) const MEASUREMENTS: &str = "measurements";

pub(super) fn is_measurements(path: &str, found: &Found) -> bool {
    path == MEASUREMENTS && matches!(found.item, Some((Kind::Objective, _)))
}

fn is_spend(path: &str, found: &Found) -> bool {
    path == SPEND && matches!(found.item, Some((Kind::Campaign, _)))
}

pub(super) fn measurement_path(date: &str) -> String {
    format!("{MEASUREMENTS}[{date}]")
}

pub(super) fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The field names of two records, each once, in order.
pub(super) fn union<'a>(one: &'a Fields, two: &'a Fields) -> Vec<&'a String> {
    let mut names: Vec<&String> = one.keys().collect();
    names.extend(two.keys().filter(|name| !one.contains_key(*name)));
    names
}

/// A field where two versions of a record differ, with its value in the base.
pub(super) struct Difference {
    pub(super) field: String,
    /// In the base, in the first version, in the second.
    pub(super) values: [Option<Value>; 3],
}

/// The leaves where `one` and `two` differ (the whole record when only one is
/// there), each with the value `base` has there.
pub(super) fn differences(
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

pub(super) fn measurement_differences(
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

pub(super) fn to_fields<T: Serialize>(item: &T) -> Fields {
    // Items are structs of plain data: they always serialise to an object.
    match serde_json::to_value(item) {
        Ok(Value::Object(map)) => map,
        _ => Fields::new(),
    }
}
