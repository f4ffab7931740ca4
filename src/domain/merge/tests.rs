//! One test per rule of the merge, on a small plan built here: field by
//! field here, the plan's rules in `rule_breaks.rs`, the order in `in_order.rs`.

mod in_order;
mod posts;
mod rule_breaks;

use chrono::NaiveDate;
use serde_json::json;

use super::*;
use crate::domain::plan::{Campaign, Channel, Objective, Plan};
use crate::domain::validate;
use crate::domain::{
    Baseline, ChannelKind, Colour, Context, Direction, Edit, Fit, Item, Measurement, Money, Status,
};
use order::merge_order;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn today() -> NaiveDate {
    day("2027-01-20")
}

fn channel(id: &str) -> Channel {
    Channel {
        id: id.into(),
        name: id.to_uppercase(),
        kind: ChannelKind::Social,
        reason: String::new(),
        fit: Fit {
            audience: 3,
            cost: 3,
            effort: 3,
        },
        monthly_budget: Money::from_units(100),
        weekly_hours: 2.0,
        colour: Colour::Blue,
        active: true,
        posts_per_week: None,
        copy_limit: None,
    }
}

fn objective(id: &str, channel: Option<&str>) -> Objective {
    Objective {
        id: id.into(),
        name: "Grow".into(),
        metric: "followers".into(),
        unit: "followers".into(),
        channel: channel.map(str::to_string),
        direction: Direction::Increase,
        baseline: Baseline {
            value: 100.0,
            date: day("2027-01-01"),
        },
        target: Some(200.0),
        deadline: Some(day("2027-06-30")),
        active: true,
        measurements: vec![measurement("2027-01-08", 110.0)],
        revisions: Vec::new(),
    }
}

fn measurement(date: &str, value: f64) -> Measurement {
    Measurement {
        date: day(date),
        value,
        note: String::new(),
    }
}

fn campaign(id: &str, channel: &str) -> Campaign {
    Campaign {
        spend: Vec::new(),
        id: id.into(),
        name: "Spring sale".into(),
        channel: channel.into(),
        start: day("2027-03-01"),
        end: day("2027-03-31"),
        status: Status::Planned,
        budget: Money::from_units(50),
        objectives: vec!["ig-followers".into()],
        audience: String::new(),
        message: String::new(),
        owner: "Ana".into(),
    }
}

/// Two channels, an objective on the first, two campaigns.
fn base() -> Plan {
    let mut plan = Plan::new("Bakery", "EUR");
    plan.channels = vec![channel("instagram"), channel("newsletter")];
    plan.objectives = vec![objective("ig-followers", Some("instagram"))];
    plan.campaigns = vec![
        campaign("spring", "instagram"),
        Campaign {
            id: "summer".into(),
            name: "Summer".into(),
            start: day("2027-06-01"),
            end: day("2027-06-30"),
            ..campaign("summer", "newsletter")
        },
    ];
    assert_eq!(validate::plan(&plan), Ok(()));
    plan
}

/// The base with `change` made to a copy.
fn changed(change: impl FnOnce(&mut Plan)) -> Plan {
    let mut plan = base();
    change(&mut plan);
    plan
}

fn campaign_mut<'a>(plan: &'a mut Plan, id: &str) -> &'a mut Campaign {
    plan.campaigns.iter_mut().find(|c| c.id == id).unwrap()
}

fn objective_mut<'a>(plan: &'a mut Plan, id: &str) -> &'a mut Objective {
    plan.objectives.iter_mut().find(|o| o.id == id).unwrap()
}

fn apply(plan: &mut Plan, edit: &Edit) {
    plan.apply(edit, Context::new(today())).unwrap();
}

/// Merges both ways; the result must be valid each way.
fn both_ways(ours: &Plan, theirs: &Plan) -> (Merged, Merged) {
    let one = three_way(&base(), ours, theirs);
    let other = three_way(&base(), theirs, ours);
    for merged in [&one, &other] {
        assert_eq!(validate::plan(&merged.plan), Ok(()));
    }
    (one, other)
}

fn fields(conflicts: &[Conflict]) -> Vec<(Option<(Kind, String)>, &str)> {
    conflicts
        .iter()
        .map(|c| (c.item.clone(), c.field.as_str()))
        .collect()
}

/// How a conflict names a campaign (an Option: the plan's own fields have none).
#[allow(clippy::unnecessary_wraps)]
fn campaign_key(id: &str) -> Option<(Kind, String)> {
    Some((Kind::Campaign, id.to_string()))
}

/// A conflict on a field of the campaign "spring" whose three values
/// (BASE, OURS, THEIRS) are texts.
fn spring_conflict(field: &str, [base, ours, theirs]: [&str; 3], cause: Cause) -> Conflict {
    Conflict {
        item: campaign_key("spring"),
        field: field.into(),
        base: Some(json!(base)),
        ours: Some(json!(ours)),
        theirs: Some(json!(theirs)),
        cause,
    }
}

#[test]
fn a_change_on_one_side_is_taken_and_both_orders_agree() {
    let ours = changed(|p| campaign_mut(p, "spring").budget = Money::from_units(75));
    let theirs = changed(|p| campaign_mut(p, "spring").name = "Spring sale TA".into());
    let (one, other) = both_ways(&ours, &theirs);
    assert!(one.is_clean(), "{:?}", one.conflicts);
    let spring = one.plan.campaign("spring").unwrap();
    assert_eq!(spring.budget, Money::from_units(75));
    assert_eq!(spring.name, "Spring sale TA");
    assert_eq!(one.plan, other.plan);
}

#[test]
fn an_unchanged_side_gives_the_other_exactly() {
    let ours = changed(|p| {
        p.campaigns.reverse();
        p.name = "Renamed".into();
    });
    assert_eq!(three_way(&base(), &ours, &base()).plan, ours);
    assert_eq!(three_way(&base(), &base(), &ours).plan, ours);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let ours = changed(|p| campaign_mut(p, "spring").budget = Money::from_units(75));
    let (one, _) = both_ways(&ours, &ours.clone());
    assert!(one.is_clean());
    assert_eq!(one.plan, ours);
}

#[test]
fn different_changes_to_one_field_keep_ours_and_list_the_three_values() {
    let ours = changed(|p| campaign_mut(p, "spring").budget = Money::from_units(75));
    let theirs = changed(|p| {
        let spring = campaign_mut(p, "spring");
        spring.budget = Money::from_units(90);
        spring.owner = "Luis".into();
    });
    let (one, other) = both_ways(&ours, &theirs);
    assert_eq!(
        one.conflicts,
        vec![spring_conflict(
            "budget",
            ["50.00", "75.00", "90.00"],
            Cause::Changed
        )]
    );
    let spring = one.plan.campaign("spring").unwrap();
    assert_eq!(spring.budget, Money::from_units(75));
    assert_eq!(spring.owner, "Luis", "the other field is merged");
    assert_eq!(
        other.plan.campaign("spring").unwrap().budget,
        Money::from_units(90),
        "the other way round, the other side is ours"
    );
}

#[test]
fn nested_fields_merge_leaf_by_leaf() {
    let ours = changed(|p| p.channels[0].fit.cost = 5);
    let theirs = changed(|p| p.channels[0].fit.effort = 1);
    let (one, _) = both_ways(&ours, &theirs);
    assert!(one.is_clean());
    assert_eq!(
        one.plan.channels[0].fit,
        Fit {
            audience: 3,
            cost: 5,
            effort: 1
        }
    );
    let theirs = changed(|p| p.channels[0].fit.cost = 1);
    let (one, _) = both_ways(&ours, &theirs);
    assert_eq!(
        fields(&one.conflicts),
        vec![(Some((Kind::Channel, "instagram".into())), "fit.cost")]
    );
}

#[test]
fn the_plans_own_fields_merge_too() {
    let ours = changed(|p| p.name = "Bakery & Co".into());
    let theirs = changed(|p| {
        p.currency = "USD".into();
        p.situation.notes = "New shop".into();
    });
    let (one, other) = both_ways(&ours, &theirs);
    assert!(one.is_clean());
    assert_eq!(
        (
            one.plan.name.as_str(),
            one.plan.currency.as_str(),
            one.plan.situation.notes.as_str()
        ),
        ("Bakery & Co", "USD", "New shop")
    );
    assert_eq!(one.plan, other.plan);
    let theirs = changed(|p| p.name = "Crumbs".into());
    let (one, _) = both_ways(&ours, &theirs);
    assert_eq!(fields(&one.conflicts), vec![(None, "name")]);
    assert_eq!(one.plan.name, "Bakery & Co");
}

#[test]
fn a_delete_against_an_unchanged_item_deletes_it() {
    let ours = changed(|p| apply(p, &Edit::delete(Kind::Campaign, "summer")));
    let theirs = changed(|p| p.name = "Other".into());
    let (one, other) = both_ways(&ours, &theirs);
    assert!(one.is_clean());
    assert!(one.plan.campaign("summer").is_none());
    assert_eq!(one.plan, other.plan);
}

#[test]
fn an_edit_against_a_delete_is_a_conflict_that_keeps_ours() {
    let deleted = changed(|p| apply(p, &Edit::delete(Kind::Campaign, "summer")));
    let edited = changed(|p| {
        let summer = campaign_mut(p, "summer");
        summer.budget = Money::from_units(80);
        summer.owner = "Luis".into();
    });
    // Ours deleted it: it stays deleted, and each field theirs changed is listed.
    let merged = three_way(&base(), &deleted, &edited);
    assert!(merged.plan.campaign("summer").is_none());
    assert_eq!(
        fields(&merged.conflicts),
        vec![
            (campaign_key("summer"), "budget"),
            (campaign_key("summer"), "owner")
        ]
    );
    let budget = &merged.conflicts[0];
    assert_eq!(budget.cause, Cause::Deleted(Side::Ours));
    assert_eq!(
        (budget.ours.clone(), budget.theirs.clone()),
        (None, Some(json!("80.00")))
    );
    // Ours edited it: it stays, as ours has it.
    let merged = three_way(&base(), &edited, &deleted);
    assert_eq!(merged.plan.campaign("summer"), edited.campaign("summer"));
    assert_eq!(merged.conflicts[0].cause, Cause::Deleted(Side::Theirs));
    assert_eq!(merged.conflicts[0].theirs, None);
}

#[test]
fn an_item_added_on_both_sides_merges_against_an_empty_base() {
    let mut autumn = campaign("autumn", "instagram");
    let ours = changed(|p| p.campaigns.push(autumn.clone()));
    // The same item: one item, no conflict.
    let (one, _) = both_ways(&ours, &ours.clone());
    assert!(one.is_clean());
    assert_eq!(one.plan.campaigns.len(), 3);
    // Different owners: the rest agrees, the owner is a conflict.
    autumn.owner = "Luis".into();
    let theirs = changed(|p| p.campaigns.push(autumn.clone()));
    let (one, _) = both_ways(&ours, &theirs);
    assert_eq!(one.conflicts.len(), 1);
    let owner = &one.conflicts[0];
    assert_eq!(
        (owner.field.as_str(), &owner.base, &owner.cause),
        ("owner", &None, &Cause::Added)
    );
    assert_eq!(one.plan.campaign("autumn").unwrap().owner, "Ana");
}

#[test]
fn measurements_merge_by_date() {
    let ours = changed(|p| {
        objective_mut(p, "ig-followers")
            .measurements
            .push(measurement("2027-01-15", 120.0));
    });
    let theirs = changed(|p| {
        let o = objective_mut(p, "ig-followers");
        o.measurements.push(measurement("2027-01-12", 115.0));
        o.name = "Grow Instagram".into();
    });
    let (one, other) = both_ways(&ours, &theirs);
    assert!(one.is_clean(), "{:?}", one.conflicts);
    let dates: Vec<String> = one.plan.objectives[0]
        .measurements
        .iter()
        .map(|m| m.date.to_string())
        .collect();
    assert_eq!(dates, ["2027-01-08", "2027-01-12", "2027-01-15"]);
    assert_eq!(one.plan, other.plan);
    // The same date with different values: a conflict on that value.
    let theirs = changed(|p| {
        objective_mut(p, "ig-followers")
            .measurements
            .push(measurement("2027-01-15", 125.0));
    });
    let (one, _) = both_ways(&ours, &theirs);
    assert_eq!(
        fields(&one.conflicts),
        vec![(
            Some((Kind::Objective, "ig-followers".into())),
            "measurements[2027-01-15].value"
        )]
    );
    assert_eq!(one.conflicts[0].cause, Cause::Added);
    assert!((one.plan.objectives[0].measurements[1].value - 120.0).abs() < f64::EPSILON);
}

#[test]
fn a_measurement_deleted_on_one_side_and_changed_on_the_other_is_a_conflict() {
    let ours = changed(|p| objective_mut(p, "ig-followers").measurements.clear());
    let theirs = changed(|p| {
        objective_mut(p, "ig-followers").measurements[0].note = "after the reel".into();
    });
    let merged = three_way(&base(), &ours, &theirs);
    assert_eq!(
        fields(&merged.conflicts),
        vec![(
            Some((Kind::Objective, "ig-followers".into())),
            "measurements[2027-01-08].note"
        )]
    );
    assert_eq!(merged.conflicts[0].cause, Cause::Deleted(Side::Ours));
    assert!(merged.plan.objectives[0].measurements.is_empty());
}

fn revise(target: f64, reason: &str) -> Edit {
    Edit::ReviseObjective {
        objective: "ig-followers".into(),
        date: today(),
        reason: reason.into(),
        target,
        deadline: day("2027-09-30"),
    }
}

#[test]
fn a_revision_on_one_side_is_taken_with_its_history() {
    let ours = changed(|p| apply(p, &revise(300.0, "Going well")));
    let theirs = changed(|p| objective_mut(p, "ig-followers").name = "Grow Instagram".into());
    let (one, other) = both_ways(&ours, &theirs);
    assert!(one.is_clean());
    let o = &one.plan.objectives[0];
    assert_eq!((o.target, o.revisions.len()), (Some(300.0), 1));
    assert_eq!(one.plan, other.plan);
}

#[test]
fn two_different_revisions_are_a_conflict_and_ours_history_stays_consistent() {
    let ours = changed(|p| apply(p, &revise(300.0, "Going well")));
    let theirs = changed(|p| apply(p, &revise(250.0, "Slower than hoped")));
    let (one, _) = both_ways(&ours, &theirs);
    let mut names: Vec<&str> = one.conflicts.iter().map(|c| c.field.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["revisions", "target"]);
    assert_eq!(one.plan.objectives[0], ours.objectives[0]);
}
