//! The merge's promises, on random plans: a random base (the demo plan after
//! random edits) and two random sequences of edits of every kind on top of it
//! (deletes, measurements and revisions included), merged both ways.
//!
//! - every change of either side that is not in conflict is in the result, and
//!   a conflict keeps OURS's value;
//! - the conflicts are exactly the fields both sides changed to different values
//!   (and edits against deletes, and items added on both sides), as an oracle
//!   written apart from the merge finds them, plus the rules only the combination
//!   breaks — which there are exactly when that field-by-field merge is not a
//!   valid plan;
//! - merging with a side that did not change gives the other, byte for byte;
//! - without conflicts, merging A into B and B into A give the same plan.

// clippy.toml allows these in `#[test]` functions only; here the helpers are
// test code too, and panicking is how they report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/seeds.rs"]
mod seeds;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, TimeDelta};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::{TestCaseError, TestRunner};
use serde::Serialize;
use serde_json::{Map, Value, json};

use socialplan::domain::item::Keyed;
use socialplan::domain::merge::{self, Cause, Conflict, Merged, Side};
use socialplan::domain::validate;
use socialplan::domain::{
    Audience, Campaign, Channel, ChannelFigure, Competitor, Context, Edit, Item, Kind, Money,
    Objective, Patch, Plan, Post, Protocol, Review, Spend, Status,
};
use socialplan::i18n::Lang;
use socialplan::store;

use seeds::{Seed, TODAYS, build, date, seed};

// ---------------------------------------------------------------------------
// Scenarios

#[derive(Clone, Debug)]
struct Sides {
    base: Plan,
    ours: Plan,
    theirs: Plan,
}

/// `plan` after the edits the seeds stand for (the refused ones change nothing).
fn edited(plan: &Plan, seeds: &[Seed], today: NaiveDate) -> Plan {
    let mut plan = plan.clone();
    for seed in seeds {
        let edit = build(&plan, seed, today);
        let _ = plan.apply(&edit, Context::new(today));
    }
    plan
}

/// A last edit aimed at what two sides seldom meet by chance: a campaign's
/// start and end moved until they may cross, a channel dropped (with its
/// campaigns) while the other side adds a campaign on it, one campaign added
/// on both sides. Small picks, so that both sides often aim at one item.
#[derive(Clone, Debug)]
enum Tweak {
    MoveStart { pick: usize, days: i64 },
    MoveEnd { pick: usize, days: i64 },
    DropChannel { pick: usize },
    CampaignOn { pick: usize, name: u8 },
}

fn tweak() -> impl Strategy<Value = Option<Tweak>> {
    prop_oneof![
        3 => Just(None),
        1 => (0..3_usize, 1..60_i64).prop_map(|(pick, days)| Some(Tweak::MoveStart { pick, days })),
        1 => (0..3_usize, 1..60_i64).prop_map(|(pick, days)| Some(Tweak::MoveEnd { pick, days })),
        1 => (0..3_usize).prop_map(|pick| Some(Tweak::DropChannel { pick })),
        1 => (0..3_usize, 0..2_u8).prop_map(|(pick, name)| Some(Tweak::CampaignOn { pick, name })),
    ]
}

fn tweaked(plan: &Plan, tweak: Option<&Tweak>, today: NaiveDate) -> Plan {
    let mut plan = plan.clone();
    let edit = match tweak {
        None => return plan,
        Some(Tweak::MoveStart { pick, days }) => moved(&plan, *pick, |c| {
            c.start = (c.start + TimeDelta::days(*days)).min(c.end);
        }),
        Some(Tweak::MoveEnd { pick, days }) => moved(&plan, *pick, |c| {
            c.end = (c.end - TimeDelta::days(*days)).max(c.start);
        }),
        Some(Tweak::DropChannel { pick }) => dropped(&plan, *pick),
        Some(Tweak::CampaignOn { pick, name }) => {
            let Some(channel) = nth(&plan.channels, *pick) else {
                return plan;
            };
            Some(Edit::Add(Item::Campaign(Campaign {
                spend: Vec::new(),
                id: format!("tweak-{pick}"),
                name: format!("Tweak {name}"),
                channel: channel.id.clone(),
                start: today,
                end: today + TimeDelta::days(9),
                status: Status::Planned,
                budget: Money::from_units(10),
                objectives: Vec::new(),
                audience: String::new(),
                message: String::new(),
                owner: String::new(),
            })))
        }
    };
    if let Some(edit) = edit {
        let _ = plan.apply(&edit, Context::new(today));
    }
    plan
}

fn nth<T>(list: &[T], pick: usize) -> Option<&T> {
    (!list.is_empty()).then(|| &list[pick % list.len()])
}

/// A patch of one campaign's dates.
fn moved(plan: &Plan, pick: usize, change: impl FnOnce(&mut Campaign)) -> Option<Edit> {
    let old = nth(&plan.campaigns, pick)?.clone();
    let mut new = old.clone();
    change(&mut new);
    let patch = Patch::between(&Item::Campaign(old), &Item::Campaign(new));
    Some(Edit::Patch(patch))
}

/// A channel deleted with the campaigns on it and their posts; its
/// objectives lose their channel.
fn dropped(plan: &Plan, pick: usize) -> Option<Edit> {
    let channel = nth(&plan.channels, pick)?.id.clone();
    let on_channel = |campaign: &str| {
        plan.campaign(campaign)
            .is_some_and(|c| c.channel == channel)
    };
    let mut edits: Vec<Edit> = plan
        .posts
        .iter()
        .filter(|p| on_channel(&p.campaign))
        .map(|p| Edit::delete(Kind::Post, p.id.clone()))
        .collect();
    edits.extend(
        plan.campaigns
            .iter()
            .filter(|c| c.channel == channel)
            .map(|c| Edit::delete(Kind::Campaign, c.id.clone())),
    );
    edits.extend(
        plan.objectives
            .iter()
            .filter(|o| o.channel.as_deref() == Some(channel.as_str()))
            .map(|o| {
                let unchannelled = Objective {
                    channel: None,
                    ..o.clone()
                };
                Edit::update(&Item::Objective(o.clone()), &Item::Objective(unchannelled))
            }),
    );
    edits.push(Edit::delete(Kind::Channel, channel));
    Some(Edit::Batch(edits))
}

/// A base and two sides, each with up to `edits` edits of its own and maybe a tweak.
fn sides(edits: usize) -> impl Strategy<Value = Sides> {
    (
        select(TODAYS.to_vec()).prop_map(date),
        select(vec![Lang::En, Lang::Es]),
        prop::collection::vec(seed(), 0..20),
        (prop::collection::vec(seed(), 1..edits), tweak()),
        (prop::collection::vec(seed(), 1..edits), tweak()),
    )
        .prop_map(|(today, lang, start, (one, t1), (two, t2))| {
            let base = edited(&socialplan::demo::plan(today, lang), &start, today);
            let side = |seeds: &[Seed], tweak: Option<Tweak>| {
                tweaked(&edited(&base, seeds, today), tweak.as_ref(), today)
            };
            Sides {
                ours: side(&one, t1),
                theirs: side(&two, t2),
                base: base.clone(),
            }
        })
}

// ---------------------------------------------------------------------------
// The oracle: the plans as flat records, merged field by field.

/// The plan itself (None), or an item by kind and key.
type Id = Option<(String, String)>;
/// A record's fields as leaves: `budget`, `fit.cost`.
type Leaves = BTreeMap<String, Value>;

/// An item (or the plan's own fields), an objective's measurements by
/// date, and a campaign's spend as entries with how many times each is there.
#[derive(Clone, Debug, PartialEq)]
struct Record {
    fields: Leaves,
    measurements: BTreeMap<String, Leaves>,
    spend: BTreeMap<Spend, usize>,
}

/// A campaign's spend as the file writes it: sorted, absent when empty.
fn spend_list(spend: &BTreeMap<Spend, usize>) -> Option<Value> {
    let list: Vec<Value> = spend
        .iter()
        .flat_map(|(entry, &n)| std::iter::repeat_n(serde_json::to_value(entry).unwrap(), n))
        .collect();
    (!list.is_empty()).then_some(Value::Array(list))
}

/// The spend the merge keeps: every entry as many times as the base has it,
/// plus each side's change to that count, where a change both sides made
/// in the same direction (both added, both deleted) counts once.
fn merge_spend(b: Option<&Record>, o: &Record, t: &Record) -> BTreeMap<Spend, usize> {
    let base = b.map(|r| r.spend.clone()).unwrap_or_default();
    let entries: BTreeSet<&Spend> = base
        .keys()
        .chain(o.spend.keys())
        .chain(t.spend.keys())
        .collect();
    let count = |side: &BTreeMap<Spend, usize>, e: &Spend| {
        i64::try_from(side.get(e).copied().unwrap_or(0)).unwrap()
    };
    entries
        .into_iter()
        .filter_map(|e| {
            let from = count(&base, e);
            let [ours, theirs] = [count(&o.spend, e) - from, count(&t.spend, e) - from];
            let shared = if ours.signum() == theirs.signum() {
                ours.signum() * ours.abs().min(theirs.abs())
            } else {
                0
            };
            let n = usize::try_from(from + ours + theirs - shared).unwrap();
            (n > 0).then(|| (e.clone(), n))
        })
        .collect()
}

type Flat = BTreeMap<Id, Record>;

fn leaves(object: &Map<String, Value>, prefix: &str, out: &mut Leaves) {
    for (name, value) in object {
        let path = format!("{prefix}{name}");
        match value {
            Value::Object(inner) => leaves(inner, &format!("{path}."), out),
            other => {
                out.insert(path, other.clone());
            }
        }
    }
}

fn record(value: &Value) -> Record {
    let mut object = value.as_object().unwrap().clone();
    let measurements = match object.remove("measurements") {
        Some(Value::Array(list)) => list
            .iter()
            .map(|m| {
                let mut fields = Leaves::new();
                leaves(m.as_object().unwrap(), "", &mut fields);
                (m["date"].as_str().unwrap().to_string(), fields)
            })
            .collect(),
        _ => BTreeMap::new(),
    };
    let mut spend = BTreeMap::new();
    if let Some(Value::Array(list)) = object.remove("spend") {
        for entry in list {
            *spend
                .entry(serde_json::from_value(entry).unwrap())
                .or_insert(0) += 1;
        }
    }
    let mut fields = Leaves::new();
    leaves(&object, "", &mut fields);
    Record {
        fields,
        measurements,
        spend,
    }
}

fn flatten(plan: &Plan) -> Flat {
    fn add<T: Keyed + Serialize>(list: &[T], flat: &mut Flat) {
        for item in list {
            let id = Some((format!("{:?}", T::KIND), item.key()));
            flat.insert(id, record(&serde_json::to_value(item).unwrap()));
        }
    }
    let mut flat = Flat::new();
    let own = json!({
        "name": plan.name,
        "currency": plan.currency,
        "situation.notes": plan.situation.notes,
    });
    flat.insert(None, record(&own));
    add::<Channel>(&plan.channels, &mut flat);
    add::<Objective>(&plan.objectives, &mut flat);
    add::<Campaign>(&plan.campaigns, &mut flat);
    add::<Post>(&plan.posts, &mut flat);
    add::<Review>(&plan.reviews, &mut flat);
    add::<ChannelFigure>(&plan.situation.figures, &mut flat);
    add::<Audience>(&plan.situation.audiences, &mut flat);
    add::<Competitor>(&plan.situation.competitors, &mut flat);
    add::<Protocol>(&plan.protocols, &mut flat);
    flat
}

/// Leaves back into an object.
fn unflatten(leaves: &Leaves) -> Value {
    let mut object = Map::new();
    for (path, value) in leaves {
        let mut at = &mut object;
        let mut parts: Vec<&str> = path.split('.').collect();
        let last = parts.pop().unwrap();
        for part in parts {
            at = at
                .entry(part)
                .or_insert_with(|| Value::Object(Map::new()))
                .as_object_mut()
                .unwrap();
        }
        at.insert(last.to_string(), value.clone());
    }
    Value::Object(object)
}

/// A whole item (an objective with its measurements).
fn whole(id: &Id, record: &Record) -> Value {
    let mut object = unflatten(&record.fields);
    if matches!(id, Some((kind, _)) if kind == "Objective") {
        let list = record.measurements.values().map(unflatten).collect();
        object["measurements"] = Value::Array(list);
    }
    if let Some(list) = spend_list(&record.spend) {
        object["spend"] = list;
    }
    object
}

/// One conflict as the oracle and the merge both describe it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Row {
    item: Id,
    field: String,
    cause: String,
    /// Base, ours, theirs, as JSON text (None: no such record).
    values: [Option<String>; 3],
}

fn row(item: &Id, field: &str, cause: &str, values: [Option<&Value>; 3]) -> Row {
    Row {
        item: item.clone(),
        field: field.to_string(),
        cause: cause.to_string(),
        values: values.map(|v| v.map(Value::to_string)),
    }
}

fn label(cause: &Cause) -> &'static str {
    match cause {
        Cause::Changed => "changed",
        Cause::Added => "added",
        Cause::Deleted(Side::Ours) => "deleted by ours",
        Cause::Deleted(Side::Theirs) => "deleted by theirs",
        Cause::Rule(_) => "rule",
    }
}

fn id_of(conflict: &Conflict) -> Id {
    conflict
        .item
        .as_ref()
        .map(|(kind, key)| (format!("{kind:?}"), key.clone()))
}

fn rows(conflicts: &[&Conflict]) -> Vec<Row> {
    let mut rows: Vec<Row> = conflicts
        .iter()
        .map(|c| {
            row(
                &id_of(c),
                &c.field,
                label(&c.cause),
                [c.base.as_ref(), c.ours.as_ref(), c.theirs.as_ref()],
            )
        })
        .collect();
    rows.sort();
    rows
}

/// The field-by-field merge, before any rule is checked, and its conflicts.
struct Oracle {
    merged: Flat,
    conflicts: Vec<Row>,
}

fn oracle(base: &Flat, ours: &Flat, theirs: &Flat) -> Oracle {
    let mut conflicts = Vec::new();
    let ids: BTreeSet<&Id> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    let merged = ids
        .into_iter()
        .filter_map(|id| {
            let [b, o, t] = [base, ours, theirs].map(|flat| flat.get(id));
            Some((id.clone(), merge_record(id, b, o, t, &mut conflicts)?))
        })
        .collect();
    conflicts.sort();
    Oracle { merged, conflicts }
}

fn merge_record(
    id: &Id,
    b: Option<&Record>,
    o: Option<&Record>,
    t: Option<&Record>,
    out: &mut Vec<Row>,
) -> Option<Record> {
    if o == t || b == t {
        return o.cloned();
    }
    if b == o {
        return t.cloned();
    }
    match (o, t) {
        (Some(o), Some(t)) => {
            let fields = merge_leaves(id, "", b.map(|r| &r.fields), &o.fields, &t.fields, out);
            let dates: BTreeSet<&String> = [b, Some(o), Some(t)]
                .into_iter()
                .flatten()
                .flat_map(|r| r.measurements.keys())
                .collect();
            let measurements = dates
                .into_iter()
                .filter_map(|date| {
                    let [bm, om, tm] =
                        [b, Some(o), Some(t)].map(|r| r.and_then(|r| r.measurements.get(date)));
                    let m = merge_measurement(id, date, bm, om, tm, out)?;
                    Some((date.clone(), m))
                })
                .collect();
            Some(Record {
                fields,
                measurements,
                spend: merge_spend(b, o, t),
            })
        }
        (Some(kept), None) => {
            deleted(id, b.unwrap(), kept, Side::Theirs, out);
            Some(kept.clone())
        }
        (None, Some(changed)) => {
            deleted(id, b.unwrap(), changed, Side::Ours, out);
            None
        }
        (None, None) => None,
    }
}

fn merge_measurement(
    id: &Id,
    date: &str,
    b: Option<&Leaves>,
    o: Option<&Leaves>,
    t: Option<&Leaves>,
    out: &mut Vec<Row>,
) -> Option<Leaves> {
    if o == t || b == t {
        return o.cloned();
    }
    if b == o {
        return t.cloned();
    }
    let prefix = format!("measurements[{date}].");
    match (o, t) {
        (Some(o), Some(t)) => Some(merge_leaves(id, &prefix, b, o, t, out)),
        (kept, _) => {
            let (by, survivor) = match kept {
                Some(kept) => (Side::Theirs, kept),
                None => (Side::Ours, t.unwrap()),
            };
            for (path, [before, after]) in leaf_differences(b.unwrap(), survivor) {
                deleted_row(id, &format!("{prefix}{path}"), before, after, by, out);
            }
            kept.cloned()
        }
    }
}

fn merge_leaves(
    id: &Id,
    prefix: &str,
    b: Option<&Leaves>,
    o: &Leaves,
    t: &Leaves,
    out: &mut Vec<Row>,
) -> Leaves {
    let cause = if b.is_some() { "changed" } else { "added" };
    o.keys()
        .chain(t.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|path| {
            let [bv, ov, tv] = [b, Some(o), Some(t)].map(|l| l.and_then(|l| l.get(path)));
            let value = if ov == tv || bv == tv {
                ov
            } else if bv == ov {
                tv
            } else {
                out.push(row(id, &format!("{prefix}{path}"), cause, [bv, ov, tv]));
                ov
            };
            Some((path.clone(), value?.clone()))
        })
        .collect()
}

/// The leaves where two versions of one record differ.
fn leaf_differences<'a>(
    one: &'a Leaves,
    two: &'a Leaves,
) -> Vec<(&'a String, [Option<&'a Value>; 2])> {
    one.keys()
        .chain(two.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|path| (path, [one.get(path), two.get(path)]))
        .filter(|(_, [a, b])| a != b)
        .collect()
}

/// A record one side deleted and the other changed: each change is a conflict.
fn deleted(id: &Id, base: &Record, survivor: &Record, by: Side, out: &mut Vec<Row>) {
    for (path, [before, after]) in leaf_differences(&base.fields, &survivor.fields) {
        deleted_row(id, path, before, after, by, out);
    }
    if base.spend != survivor.spend {
        let [before, after] = [base, survivor].map(|r| spend_list(&r.spend));
        deleted_row(id, "spend", before.as_ref(), after.as_ref(), by, out);
    }
    let dates: BTreeSet<&String> = base
        .measurements
        .keys()
        .chain(survivor.measurements.keys())
        .collect();
    for date in dates {
        let [before, after] = [base, survivor].map(|r| r.measurements.get(date));
        match (before, after) {
            (Some(before), Some(after)) => {
                for (path, [b, a]) in leaf_differences(before, after) {
                    deleted_row(id, &format!("measurements[{date}].{path}"), b, a, by, out);
                }
            }
            _ if before != after => {
                let [b, a] = [before, after].map(|m| m.map(unflatten));
                let field = format!("measurements[{date}]");
                deleted_row(id, &field, b.as_ref(), a.as_ref(), by, out);
            }
            _ => {}
        }
    }
}

fn deleted_row(
    id: &Id,
    field: &str,
    before: Option<&Value>,
    after: Option<&Value>,
    by: Side,
    out: &mut Vec<Row>,
) {
    let (ours, theirs) = match by {
        Side::Ours => (None, after),
        Side::Theirs => (after, None),
    };
    let cause = label(&Cause::Deleted(by));
    out.push(row(id, field, cause, [before, ours, theirs]));
}

/// The plan the flat records make (in any order: for checking the rules).
fn plan_of(flat: &Flat) -> Plan {
    let own = &flat[&None].fields;
    let mut lists: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for (id, record) in flat {
        if let Some((kind, _)) = id {
            lists
                .entry(kind.as_str())
                .or_default()
                .push(whole(id, record));
        }
    }
    let mut list = |kind: &str| Value::Array(lists.remove(kind).unwrap_or_default());
    let value = json!({
        "schema_version": socialplan::domain::SCHEMA_VERSION,
        "name": own["name"],
        "currency": own["currency"],
        "situation": {
            "figures": list("Figure"),
            "audiences": list("Audience"),
            "competitors": list("Competitor"),
            "notes": own["situation.notes"],
        },
        "objectives": list("Objective"),
        "channels": list("Channel"),
        "campaigns": list("Campaign"),
        "posts": list("Post"),
        "reviews": list("Review"),
        "protocols": list("Protocol"),
    });
    serde_json::from_value(value).unwrap()
}

/// The value of `field` of record `id`, as a conflict names it.
fn value_at(flat: &Flat, id: &Id, field: &str) -> Option<Value> {
    let record = flat.get(id)?;
    if field.is_empty() {
        return Some(whole(id, record));
    }
    if let Some(rest) = field.strip_prefix("measurements[") {
        let (date, path) = rest.split_once(']').unwrap();
        let measurement = record.measurements.get(date)?;
        return match path.strip_prefix('.') {
            Some(path) => measurement.get(path).cloned(),
            None => Some(unflatten(measurement)),
        };
    }
    // A campaign's spend is kept beside its fields, as counted entries.
    if field == "spend" {
        return spend_list(&record.spend);
    }
    record.fields.get(field).cloned()
}

// ---------------------------------------------------------------------------
// The properties

/// Merges `ours` and `theirs` and checks the result against the oracle.
fn check_merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Result<Merged, TestCaseError> {
    let merged = merge::three_way(base, ours, theirs);
    prop_assert_eq!(validate::plan(&merged.plan), Ok(()));
    let [b, o, t, r] = [base, ours, theirs, &merged.plan].map(flatten);
    let expected = oracle(&b, &o, &t);
    let (rules, fields): (Vec<&Conflict>, Vec<&Conflict>) = merged
        .conflicts
        .iter()
        .partition(|c| matches!(c.cause, Cause::Rule(_)));
    // The same-field, different-value pairs, exactly.
    prop_assert_eq!(rows(&fields), expected.conflicts.clone());
    // Rules broken exactly when the field-by-field merge is not a valid plan.
    let naive = validate::plan(&plan_of(&expected.merged));
    prop_assert_eq!(naive.is_err(), !rules.is_empty(), "{:?}", naive);
    // A rule conflict leaves out THEIRS's change there: OURS's item stays.
    for c in &rules {
        let id = id_of(c);
        prop_assert_eq!(&c.ours, &value_at(&o, &id, &c.field), "{:?}", c);
        prop_assert_eq!(&c.theirs, &value_at(&expected.merged, &id, &c.field));
        prop_assert_eq!(&c.base, &value_at(&b, &id, &c.field));
    }
    let put_back: BTreeSet<Id> = rules.iter().map(|c| id_of(c)).collect();
    // Everything else as the field-by-field merge has it: each side's
    // changes that are in no conflict, and OURS's value where they are.
    let ids: BTreeSet<&Id> = r.keys().chain(expected.merged.keys()).collect();
    for id in ids {
        let want = if put_back.contains(id) {
            o.get(id)
        } else {
            expected.merged.get(id)
        };
        prop_assert_eq!(r.get(id), want, "{:?}", id);
    }
    Ok(merged)
}

/// Both ways, a side against itself and against the base.
fn check_sides(sides: &Sides) -> Result<[Merged; 2], TestCaseError> {
    let Sides { base, ours, theirs } = sides;
    let one = check_merge(base, ours, theirs)?;
    let other = check_merge(base, theirs, ours)?;
    prop_assert_eq!(one.is_clean(), other.is_clean());
    if one.is_clean() {
        prop_assert_eq!(store::to_json(&one.plan), store::to_json(&other.plan));
    }
    for side in [ours, theirs] {
        for merged in [
            merge::three_way(base, side, base),
            merge::three_way(base, base, side),
            merge::three_way(base, side, side),
        ] {
            prop_assert!(merged.is_clean());
            prop_assert_eq!(store::to_json(&merged.plan), store::to_json(side));
        }
    }
    Ok([one, other])
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn long_edit_sequences_merge_as_the_oracle_says(sides in sides(30)) {
        check_sides(&sides)?;
    }

    /// Short sequences: many merges without a conflict, whose order matters.
    #[test]
    fn short_edit_sequences_merge_the_same_both_ways(sides in sides(5)) {
        check_sides(&sides)?;
    }
}

/// The scenarios are worth something only if they bring clean merges and
/// conflicts of every cause.
#[test]
fn random_merges_are_often_clean_and_meet_every_cause() {
    let mut runner = TestRunner::deterministic();
    let strategy = sides(12);
    let (mut clean, mut causes, total) = (0, BTreeMap::new(), 300);
    for _ in 0..total {
        let sides = strategy.new_tree(&mut runner).unwrap().current();
        let [one, _] = check_sides(&sides).unwrap();
        clean += usize::from(one.is_clean());
        for conflict in &one.conflicts {
            *causes.entry(label(&conflict.cause)).or_insert(0) += 1;
        }
    }
    assert!(clean * 5 >= total, "only {clean} of {total} merges clean");
    let every = [
        "changed",
        "added",
        "deleted by ours",
        "deleted by theirs",
        "rule",
    ];
    for cause in every {
        assert!(causes.contains_key(cause), "no {cause} in {causes:?}");
    }
}
