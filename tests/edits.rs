//! Edits: a refused edit leaves the plan untouched and says why in both
//! languages; an accepted edit keeps the plan valid and returns an inverse
//! that, applied with `Context::undo`, restores the plan exactly.

// clippy.toml allows these in `#[test]` functions only; here the helpers are
// test code too, and panicking is how they report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/seeds.rs"]
mod seeds;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::{TestCaseError, TestRunner};

use socialplan::demo;
use socialplan::domain::item::figure_key;
use socialplan::domain::validate;
use socialplan::domain::{
    Audience, AudienceKind, Baseline, Campaign, Channel, ChannelFigure, ChannelKind, Colour,
    Competitor, Context, Decision, Direction, Edit, EditError, Field, FieldChange, Fit, Item, Kind,
    Measurement, Money, Objective, Patch, Plan, PlanField, Post, PostFormat, PostStatus, Review,
    Revision, Status,
};
use socialplan::i18n::Lang;

use seeds::{
    KINDS, Seed, TODAYS, any_revision, build, date, items, measurement, scenario, shift,
    simple_seed,
};

// ---------------------------------------------------------------------------
// Helpers

fn today() -> NaiveDate {
    date("2027-01-20")
}

/// `offset` days from [`today`] (negative: in the past).
fn days(offset: i64) -> NaiveDate {
    shift(today(), offset)
}

fn demo() -> Plan {
    demo::plan(today(), Lang::En)
}

/// The context of an edit a person makes.
fn person() -> Context {
    Context::new(today())
}

/// The context of an undo.
fn undo() -> Context {
    Context::undo(today())
}

fn channel(id: &str) -> Channel {
    Channel {
        id: id.into(),
        name: "Blog".into(),
        kind: ChannelKind::Owned,
        reason: "Recipes bring search traffic.".into(),
        fit: Fit {
            audience: 3,
            cost: 5,
            effort: 2,
        },
        monthly_budget: Money::from_units(20),
        weekly_hours: 2.0,
        colour: Colour::LightGreen,
        active: true,
        posts_per_week: None,
        copy_limit: None,
    }
}

/// A complete objective: 100 → 200, measured from ten days ago.
fn objective(id: &str) -> Objective {
    Objective {
        id: id.into(),
        name: "More visits".into(),
        metric: "visits".into(),
        unit: "visits".into(),
        channel: None,
        direction: Direction::Increase,
        baseline: Baseline {
            value: 100.0,
            date: days(-10),
        },
        target: Some(200.0),
        deadline: Some(days(30)),
        active: true,
        measurements: Vec::new(),
        revisions: Vec::new(),
    }
}

/// An objective without target or deadline yet.
fn draft(id: &str) -> Objective {
    Objective {
        target: None,
        deadline: None,
        ..objective(id)
    }
}

fn campaign(id: &str, channel: &str, objectives: &[&str]) -> Campaign {
    Campaign {
        spend: Vec::new(),
        id: id.into(),
        name: "Launch".into(),
        channel: channel.into(),
        start: days(-1),
        end: days(10),
        status: Status::Active,
        budget: Money::from_units(10),
        objectives: objectives.iter().map(|o| (*o).to_string()).collect(),
        audience: "Families".into(),
        message: "Come and taste.".into(),
        owner: "Ana".into(),
    }
}

fn review(date: NaiveDate) -> Review {
    Review {
        date,
        worked: "Reels".into(),
        did_not_work: String::new(),
        decision: Some(Decision::KeepGoing),
        notes: String::new(),
    }
}

fn figure(channel: &str, date: NaiveDate) -> ChannelFigure {
    ChannelFigure {
        channel: channel.into(),
        date,
        followers: Some(100),
        reach: None,
        engagement: Some(2.5),
    }
}

fn audience(id: &str) -> Audience {
    Audience {
        id: id.into(),
        name: "Students".into(),
        kind: AudienceKind::Prospect,
        places: vec!["TikTok".into()],
        interests: "Cheap snacks".into(),
        age_min: Some(18),
        age_max: Some(25),
        notes: String::new(),
    }
}

fn competitor(id: &str) -> Competitor {
    Competitor {
        id: id.into(),
        name: "Corner café".into(),
        places: vec!["Instagram".into()],
        works: "Latte art".into(),
        fails: "Slow service".into(),
        notes: String::new(),
    }
}

fn post(id: &str, campaign: &str) -> Post {
    Post {
        time: Some("09:30".into()),
        format: PostFormat::Reel,
        copy: "Fresh at 7.\nSee you there.".into(),
        asset: "media/dawn.mp4".into(),
        owner: "Ana".into(),
        status: PostStatus::Draft,
        ..Post::new(
            id.into(),
            campaign.into(),
            days(2),
            "Croissants at dawn 🥐".into(),
        )
    }
}

fn objective_of(plan: &Plan, id: &str) -> Objective {
    plan.objective(id).expect("objective in the plan").clone()
}

/// Applies an edit a person makes, which must be accepted; returns the inverse.
fn accept(plan: &mut Plan, edit: &Edit) -> Edit {
    let inverse = plan
        .apply(edit, person())
        .unwrap_or_else(|e| panic!("{edit:?} refused: {e:?}"));
    assert_eq!(validate::plan(plan), Ok(()), "after {edit:?}");
    inverse
}

// ---------------------------------------------------------------------------
// 1. Undo property: random sequences of edits against the demo plan.

/// What an accepted edit was, for the coverage check.
fn label(edit: &Edit, inverse: &Edit) -> String {
    match edit {
        Edit::Add(item) => format!("Add {:?}", item.kind()),
        Edit::Restore { item, .. } => format!("Restore {:?}", item.kind()),
        Edit::Patch(patch) => format!("Patch {:?}", patch.kind),
        Edit::Delete { kind, .. } => format!("Delete {kind:?}"),
        Edit::RecordMeasurement { .. } if matches!(inverse, Edit::RecordMeasurement { .. }) => {
            "RecordMeasurement (replace)".into()
        }
        Edit::RecordMeasurement { .. } => "RecordMeasurement (new)".into(),
        Edit::SetPlan { field, .. } => format!("SetPlan {field:?}"),
        Edit::DeleteMeasurement { .. } => "DeleteMeasurement".into(),
        Edit::RecordSpend { .. } => "RecordSpend".into(),
        Edit::DeleteSpend { .. } => "DeleteSpend".into(),
        Edit::ReviseObjective { .. } => "ReviseObjective".into(),
        Edit::DropRevision { .. } => "DropRevision".into(),
        Edit::Batch(_) => "Batch".into(),
    }
}

#[derive(Debug, Default)]
struct Outcome {
    accepted: usize,
    refused: usize,
    labels: BTreeSet<String>,
}

/// Applies the seeds one by one to the demo plan, checking that a refusal
/// changes nothing, that an accepted edit keeps the plan valid and its
/// inverse restores the plan, and finally that undoing everything in reverse
/// order gives back the demo plan exactly.
fn check_sequence(today: NaiveDate, lang: Lang, seeds: &[Seed]) -> Result<Outcome, TestCaseError> {
    let original = demo::plan(today, lang);
    let mut plan = original.clone();
    let mut inverses = Vec::new();
    let mut outcome = Outcome::default();
    for seed in seeds {
        let edit = build(&plan, seed, today);
        let before = plan.clone();
        match plan.apply(&edit, Context::new(today)) {
            Ok(inverse) => {
                prop_assert_eq!(validate::plan(&plan), Ok(()), "after {:?}", edit);
                let mut undone = plan.clone();
                let restored = undone.apply(&inverse, Context::undo(today));
                prop_assert!(
                    restored.is_ok(),
                    "{:?} on {:?}: {:?}",
                    inverse,
                    edit,
                    restored
                );
                prop_assert_eq!(&undone, &before, "{:?} does not undo {:?}", inverse, edit);
                outcome.accepted += 1;
                outcome.labels.insert(label(&edit, &inverse));
                if matches!(edit, Edit::Delete { seen: Some(_), .. }) {
                    outcome.labels.insert("Delete as seen".into());
                }
                inverses.push(inverse);
            }
            Err(error) => {
                prop_assert_eq!(
                    &plan,
                    &before,
                    "{:?} refused ({:?}) but changed",
                    edit,
                    error
                );
                prop_assert!(!lang.edit_error(&error).is_empty());
                outcome.refused += 1;
            }
        }
    }
    while let Some(inverse) = inverses.pop() {
        let restored = plan.apply(&inverse, Context::undo(today));
        prop_assert!(restored.is_ok(), "undo {:?}: {:?}", inverse, restored);
    }
    prop_assert_eq!(plan, original);
    Ok(outcome)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_accepted_edit_is_undone_exactly((today, lang, seeds) in scenario()) {
        check_sequence(today, lang, &seeds)?;
    }
}

/// A batch long enough to find items through maps (more than 16 edits)
/// leaves the plan exactly as its edits applied one at a time, and its
/// inverse restores the plan; with one refused edit at its end, the whole
/// batch is refused and the plan is as it was (the rollback goes through
/// the maps too).
fn check_long_batch(
    today: NaiveDate,
    lang: Lang,
    seeds: &[Seed],
    poisoned: bool,
) -> Result<(), TestCaseError> {
    let original = demo::plan(today, lang);
    let mut one_by_one = original.clone();
    let mut edits = Vec::new();
    for seed in seeds {
        let edit = build(&one_by_one, seed, today);
        if one_by_one.apply(&edit, Context::new(today)).is_ok() {
            edits.push(edit);
        }
    }
    let poison = poisoned.then(|| Edit::delete(Kind::Campaign, "no-such-campaign"));
    if let Some(edit) = &poison {
        edits.push(edit.clone());
    }
    let mut batched = original.clone();
    let result = batched.apply(&Edit::Batch(edits), Context::new(today));
    match (result, poison) {
        (Ok(inverse), None) => {
            prop_assert_eq!(&batched, &one_by_one);
            batched.apply(&inverse, Context::undo(today)).unwrap();
            prop_assert_eq!(&batched, &original);
        }
        (Err(_), Some(_)) => prop_assert_eq!(&batched, &original),
        (result, poison) => prop_assert!(false, "{result:?} with {poison:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_long_batch_equals_its_edits_one_by_one(
        today in select(TODAYS.to_vec()).prop_map(date),
        lang in select(vec![Lang::En, Lang::Es]),
        seeds in prop::collection::vec(simple_seed(), 40..60),
        poisoned in any::<bool>(),
    ) {
        check_long_batch(today, lang, &seeds, poisoned)?;
    }
}

/// The generator is worth something only if many of its edits are accepted,
/// of every variant and every kind.
#[test]
fn generated_edits_are_mostly_valid_and_cover_every_variant() {
    let mut runner = TestRunner::deterministic();
    let strategy = scenario();
    let mut total = Outcome::default();
    for _ in 0..64 {
        let (today, lang, seeds) = strategy.new_tree(&mut runner).unwrap().current();
        let outcome = check_sequence(today, lang, &seeds).unwrap();
        total.accepted += outcome.accepted;
        total.refused += outcome.refused;
        total.labels.extend(outcome.labels);
    }
    let tried = total.accepted + total.refused;
    assert!(
        total.accepted * 10 >= tried * 3,
        "only {} of {tried} edits accepted",
        total.accepted
    );
    let mut expected: BTreeSet<String> = [
        "SetPlan Name",
        "SetPlan Currency",
        "SetPlan SituationNotes",
        "RecordMeasurement (new)",
        "RecordMeasurement (replace)",
        "DeleteMeasurement",
        "RecordSpend",
        "DeleteSpend",
        "ReviseObjective",
        "DropRevision",
        "Batch",
        "Delete as seen",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for kind in KINDS {
        for op in ["Add", "Patch", "Delete", "Restore"] {
            expected.insert(format!("{op} {kind:?}"));
        }
    }
    let missed: Vec<_> = expected.difference(&total.labels).collect();
    assert!(missed.is_empty(), "never accepted: {missed:?}");
}

/// An edit made against the plan as it is at that step.
type Step = Box<dyn Fn(&Plan) -> Edit>;

/// A hand-picked sequence of valid edits, one or more of every variant,
/// then undone in reverse order.
#[test]
fn a_valid_sequence_of_every_variant_is_undone_exactly() {
    let original = demo();
    let mut plan = original.clone();
    let ig = objective_of(&plan, "ig-followers");
    // Each edit is made against the plan as the ones before it left it, as
    // a person makes them.
    let steps: Vec<Step> = vec![
        Box::new(|p| Edit::set_plan(p, PlanField::Name, "Panadería ✨ Crumb")),
        Box::new(|p| Edit::set_plan(p, PlanField::Currency, "USD")),
        Box::new(|p| Edit::set_plan(p, PlanField::SituationNotes, "Two lines\nof notes 🍞")),
        Box::new(|_| Edit::Add(Item::Channel(channel("blog")))),
        Box::new(|_| {
            Edit::Add(Item::Objective(Objective {
                channel: Some("blog".into()),
                ..draft("blog-visits")
            }))
        }),
        Box::new(|p| {
            update(
                p,
                Item::Objective(Objective {
                    channel: Some("blog".into()),
                    ..objective("blog-visits")
                }),
            )
        }),
        Box::new(|_| {
            Edit::Add(Item::Campaign(campaign(
                "blog-launch",
                "blog",
                &["blog-visits", "ig-followers"],
            )))
        }),
        Box::new(|p| {
            update(
                p,
                Item::Campaign(Campaign {
                    name: "Blog launch 🚀".into(),
                    ..campaign("blog-launch", "blog", &["blog-visits"])
                }),
            )
        }),
        Box::new(|_| Edit::Add(Item::Post(post("bake-reel", "ig-todays-bake")))),
        Box::new(|p| {
            update(
                p,
                Item::Post(Post {
                    time: None,
                    status: PostStatus::Published,
                    link: "https://example.com/p/1".into(),
                    ..post("bake-reel", "ig-todays-bake")
                }),
            )
        }),
        Box::new(|_| Edit::Add(Item::Post(post("launch-teaser", "blog-launch")))),
        Box::new(|_| Edit::Add(Item::Review(review(today())))),
        Box::new(|_| Edit::Add(Item::Figure(figure("Blog", today())))),
        Box::new(|_| Edit::Add(Item::Audience(audience("students")))),
        Box::new(|_| Edit::Restore {
            index: 0,
            item: Item::Competitor(competitor("corner-cafe")),
        }),
        Box::new(|p| record(p, "ig-followers", today(), 1650.0)),
        Box::new(|p| record(p, "ig-followers", days(-2), 1600.0)),
        Box::new(|p| delete_measurement(p, "cost-per-lead", days(-9))),
        Box::new(move |_| Edit::ReviseObjective {
            objective: "ig-followers".into(),
            date: today(),
            reason: "Ahead of plan".into(),
            target: 2500.0,
            deadline: shift(ig.deadline.unwrap(), 14),
        }),
        Box::new(|p| drop_revision(p, "tiktok-views")),
        Box::new(|p| Edit::delete_seen(p.item(Kind::Competitor, "obrador-sur").unwrap())),
        Box::new(|_| Edit::delete(Kind::Review, days(-16).to_string())),
        Box::new(|_| Edit::delete(Kind::Figure, figure_key("TikTok", days(-63)))),
        Box::new(|p| {
            Edit::Batch(vec![
                Edit::delete(Kind::Post, "launch-teaser"),
                Edit::delete(Kind::Campaign, "blog-launch"),
                Edit::delete_seen(p.item(Kind::Objective, "blog-visits").unwrap()),
                Edit::delete(Kind::Channel, "blog"),
                Edit::Batch(vec![Edit::delete(Kind::Audience, "students")]),
            ])
        }),
    ];
    let mut inverses = Vec::new();
    for step in &steps {
        let edit = step(&plan);
        inverses.push(accept(&mut plan, &edit));
    }
    assert_ne!(plan, original);
    for inverse in inverses.iter().rev() {
        plan.apply(inverse, undo())
            .unwrap_or_else(|e| panic!("undo {inverse:?}: {e:?}"));
    }
    assert_eq!(plan, original);
}

// ---------------------------------------------------------------------------
// 2. Each kind of invalid edit is refused, with a message, and changes nothing.

struct Case {
    rule: &'static str,
    edit: Edit,
    expected: fn(&EditError) -> bool,
}

/// `refused!(rule, edit, Pattern)`: the edit must fail with an error matching the pattern.
macro_rules! refused {
    ($rule:expr, $edit:expr, $pattern:pat $(if $guard:expr)?) => {
        Case {
            rule: $rule,
            edit: $edit,
            expected: |e| matches!(e, $pattern $(if $guard)?),
        }
    };
}

/// The demo plus a channel used only by an objective (`blog`) and one used
/// only by a campaign (`podcast`), whose campaign has a post.
fn fixture() -> Plan {
    let mut plan = demo();
    for edit in [
        Edit::Add(Item::Channel(channel("blog"))),
        Edit::Add(Item::Objective(Objective {
            channel: Some("blog".into()),
            ..objective("blog-visits")
        })),
        Edit::Add(Item::Channel(channel("podcast"))),
        Edit::Add(Item::Campaign(campaign("podcast-launch", "podcast", &[]))),
        Edit::Add(Item::Post(post("podcast-teaser", "podcast-launch"))),
    ] {
        accept(&mut plan, &edit);
    }
    plan
}

fn add_channel(change: impl FnOnce(&mut Channel)) -> Edit {
    let mut c = channel("new-channel");
    change(&mut c);
    Edit::Add(Item::Channel(c))
}

fn add_objective(change: impl FnOnce(&mut Objective)) -> Edit {
    let mut o = objective("new-objective");
    change(&mut o);
    Edit::Add(Item::Objective(o))
}

fn add_campaign(objectives: &[&str], change: impl FnOnce(&mut Campaign)) -> Edit {
    let mut c = campaign("new-campaign", "instagram", objectives);
    change(&mut c);
    Edit::Add(Item::Campaign(c))
}

fn add_figure(change: impl FnOnce(&mut ChannelFigure)) -> Edit {
    let mut f = figure("Blog", today());
    change(&mut f);
    Edit::Add(Item::Figure(f))
}

fn add_post(change: impl FnOnce(&mut Post)) -> Edit {
    let mut p = post("new-post", "podcast-launch");
    change(&mut p);
    Edit::Add(Item::Post(p))
}

fn add_audience(change: impl FnOnce(&mut Audience)) -> Edit {
    let mut a = audience("new-audience");
    change(&mut a);
    Edit::Add(Item::Audience(a))
}

/// Records a value, replacing what `plan` has on that date.
fn record(plan: &Plan, objective: &str, date: NaiveDate, value: f64) -> Edit {
    Edit::record(plan, objective, measurement(date, value))
}

/// Deletes the value `plan` has on that date (or one it does not have).
fn delete_measurement(plan: &Plan, objective: &str, date: NaiveDate) -> Edit {
    let measurement = plan
        .objective(objective)
        .and_then(|o| o.measurements.iter().find(|m| m.date == date).cloned())
        .unwrap_or_else(|| measurement(date, 0.0));
    Edit::DeleteMeasurement {
        objective: objective.into(),
        measurement,
    }
}

/// Takes back the last revision `plan` has of the objective.
fn drop_revision(plan: &Plan, objective: &str) -> Edit {
    Edit::DropRevision {
        objective: objective.into(),
        revision: plan
            .objective(objective)
            .and_then(|o| o.revisions.last().cloned())
            .unwrap_or_else(|| any_revision(today())),
    }
}

/// Changes the plan's item into `new`: a patch of what differs (an empty
/// patch of a key the plan does not have).
#[allow(clippy::needless_pass_by_value)] // `update(plan, Item::…)` reads best
fn update(plan: &Plan, new: Item) -> Edit {
    match plan.item(new.kind(), &new.key()) {
        Some(old) => Edit::update(&old, &new),
        None => Edit::Patch(Patch {
            kind: new.kind(),
            key: new.key(),
            changes: Vec::new(),
        }),
    }
}

fn revise(objective: &str, target: f64, deadline: NaiveDate) -> Edit {
    Edit::ReviseObjective {
        objective: objective.into(),
        date: today(),
        reason: "Because".into(),
        target,
        deadline,
    }
}

#[rustfmt::skip] // a table: one line per rule
#[allow(clippy::too_many_lines)]
fn invalid_edits(plan: &Plan) -> Vec<Case> {
    use EditError as E;
    let ig = objective_of(plan, "ig-followers");
    let tiktok = objective_of(plan, "tiktok-views");
    let bake = plan.campaign("ig-todays-bake").expect("campaign in the plan").clone();
    let foodies = plan.situation.audiences.iter().find(|a| a.id == "foodies").expect("audience in the plan").clone();
    vec![
        refused!("end before start", add_campaign(&[], |c| c.end = shift(c.start, -1)), E::EndBeforeStart { field: Field::End, .. }),
        refused!("start moved past the end", update(plan, Item::Campaign(Campaign { start: shift(bake.end, 1), ..bake.clone() })), E::EndBeforeStart { field: Field::Start, .. }),
        refused!("end moved before the start", update(plan, Item::Campaign(Campaign { end: shift(bake.start, -1), ..bake.clone() })), E::EndBeforeStart { field: Field::End, .. }),
        refused!("campaign on an unknown channel", add_campaign(&[], |c| c.channel = "myspace".into()), E::UnknownChannel(id) if id == "myspace"),
        refused!("objective on an unknown channel", add_objective(|o| o.channel = Some("myspace".into())), E::UnknownChannel(_)),
        refused!("campaign for an unknown objective", add_campaign(&["no-such"], |_| ()), E::UnknownObjective(id) if id == "no-such"),
        refused!("the same objective twice", add_campaign(&["ig-followers", "ig-followers"], |_| ()), E::RepeatedObjective(_)),
        refused!("duplicate channel", Edit::Add(Item::Channel(channel("instagram"))), E::Duplicate { kind: Kind::Channel, field: Field::Id, .. }),
        refused!("duplicate objective", Edit::Add(Item::Objective(objective("ig-followers"))), E::Duplicate { kind: Kind::Objective, .. }),
        refused!("duplicate campaign", Edit::Add(Item::Campaign(campaign("ig-todays-bake", "instagram", &[]))), E::Duplicate { kind: Kind::Campaign, .. }),
        refused!("duplicate audience", Edit::Add(Item::Audience(audience("foodies"))), E::Duplicate { kind: Kind::Audience, .. }),
        refused!("duplicate competitor", Edit::Add(Item::Competitor(competitor("obrador-sur"))), E::Duplicate { kind: Kind::Competitor, .. }),
        refused!("duplicate review date", Edit::Add(Item::Review(review(days(-23)))), E::Duplicate { kind: Kind::Review, field: Field::Date, .. }),
        refused!("duplicate figure key", Edit::Add(Item::Figure(figure("Instagram", days(-63)))), E::Duplicate { kind: Kind::Figure, key, field: Field::Date } if *key == figure_key("Instagram", days(-63))),
        refused!("restore over an existing key", Edit::Restore { index: 0, item: Item::Channel(channel("instagram")) }, E::Duplicate { kind: Kind::Channel, .. }),
        refused!("update a missing channel", update(plan, Item::Channel(channel("no-such"))), E::NotFound { kind: Kind::Channel, .. }),
        refused!("update a missing review", update(plan, Item::Review(review(days(-1)))), E::NotFound { kind: Kind::Review, .. }),
        refused!("update a missing objective", update(plan, Item::Objective(objective("no-such"))), E::NotFound { kind: Kind::Objective, .. }),
        refused!("delete a missing campaign", Edit::delete(Kind::Campaign, "no-such"), E::NotFound { kind: Kind::Campaign, .. }),
        refused!("delete a missing figure", Edit::delete(Kind::Figure, figure_key("Instagram", today())), E::NotFound { kind: Kind::Figure, .. }),
        refused!("delete a channel a campaign uses", Edit::delete(Kind::Channel, "podcast"), E::InUse { kind: Kind::Channel, used_by, .. } if *used_by == ["podcast-launch"]),
        refused!("delete a channel an objective uses", Edit::delete(Kind::Channel, "blog"), E::InUse { kind: Kind::Channel, used_by, .. } if *used_by == ["blog-visits"]),
        refused!("delete a channel both use", Edit::delete(Kind::Channel, "instagram"), E::InUse { used_by, .. } if used_by.contains(&"ig-followers".into()) && used_by.contains(&"ig-todays-bake".into())),
        refused!("delete a campaign that has posts", Edit::delete(Kind::Campaign, "podcast-launch"), E::InUse { kind: Kind::Campaign, used_by, .. } if *used_by == ["podcast-teaser"]),
        refused!("post of an unknown campaign", add_post(|p| p.campaign = "no-such".into()), E::UnknownCampaign(id) if id == "no-such"),
        refused!("duplicate post", Edit::Add(Item::Post(post("podcast-teaser", "podcast-launch"))), E::Duplicate { kind: Kind::Post, field: Field::Id, .. }),
        refused!("post at 24:00", add_post(|p| p.time = Some("24:00".into())), E::InvalidTime(t) if t == "24:00"),
        refused!("post at a time without minutes", add_post(|p| p.time = Some("9".into())), E::InvalidTime(_)),
        refused!("post without a title", add_post(|p| p.title = " ".into()), E::Empty(Field::Title)),
        refused!("title on two lines", add_post(|p| p.title = "Two\nlines".into()), E::ControlCharacter(Field::Title)),
        refused!("escape in the copy", add_post(|p| p.copy = "a\u{1b}[2J".into()), E::ControlCharacter(Field::Copy)),
        refused!("link over 200 characters", add_post(|p| p.link = "x".repeat(201)), E::TooLong { field: Field::Link, max: 200 }),
        refused!("post moved to an unknown campaign", update(plan, Item::Post(post("podcast-teaser", "nowhere"))), E::UnknownCampaign(_)),
        refused!("delete an objective a campaign uses", Edit::delete(Kind::Objective, "ig-followers"), E::InUse { kind: Kind::Objective, .. }),
        refused!("target equals baseline", add_objective(|o| o.target = Some(o.baseline.value)), E::TargetEqualsBaseline(_)),
        refused!("increase to a lower target", add_objective(|o| o.target = Some(50.0)), E::TargetWrongSide { direction: Direction::Increase, .. }),
        refused!("decrease to a higher target", add_objective(|o| o.direction = Direction::Decrease), E::TargetWrongSide { direction: Direction::Decrease, .. }),
        refused!("revise to the wrong side", revise("ig-followers", 1000.0, days(100)), E::TargetWrongSide { .. }),
        refused!("deadline on the baseline date", add_objective(|o| o.deadline = Some(o.baseline.date)), E::DeadlineNotAfterBaseline { .. }),
        refused!("revised deadline before the baseline", revise("ig-followers", 2500.0, shift(ig.baseline.date, -1)), E::DeadlineNotAfterBaseline { .. }),
        refused!("measurement after today", record(plan, "ig-followers", days(1), 1700.0), E::InFuture { .. }),
        refused!("measurement before the baseline", record(plan, "ig-followers", shift(ig.baseline.date, -1), 1100.0), E::BeforeBaseline { .. }),
        refused!("review after today", Edit::Add(Item::Review(review(days(1)))), E::InFuture { .. }),
        refused!("figure after today", Edit::Add(Item::Figure(figure("Blog", days(1)))), E::InFuture { .. }),
        refused!("baseline after today", add_objective(|o| o.baseline.date = days(1)), E::InFuture { .. }),
        refused!("revision dated after today", Edit::ReviseObjective { objective: "ig-followers".into(), date: days(1), reason: "Because".into(), target: 2500.0, deadline: days(100) }, E::InFuture { .. }),
        refused!("NaN baseline", add_objective(|o| o.baseline.value = f64::NAN), E::NotFinite(Field::Baseline)),
        refused!("infinite baseline", add_objective(|o| o.baseline.value = f64::NEG_INFINITY), E::NotFinite(Field::Baseline)),
        refused!("infinite target", add_objective(|o| o.target = Some(f64::INFINITY)), E::NotFinite(Field::Target)),
        refused!("NaN revised target", revise("ig-followers", f64::NAN, days(100)), E::NotFinite(Field::Target)),
        refused!("NaN measurement", record(plan, "ig-followers", today(), f64::NAN), E::NotFinite(Field::Value)),
        refused!("infinite measurement", record(plan, "ig-followers", today(), f64::INFINITY), E::NotFinite(Field::Value)),
        refused!("infinite weekly hours", add_channel(|c| c.weekly_hours = f64::INFINITY), E::NotFinite(Field::WeeklyHours)),
        refused!("NaN weekly hours", add_channel(|c| c.weekly_hours = f64::NAN), E::NotFinite(Field::WeeklyHours)),
        refused!("NaN engagement", add_figure(|f| f.engagement = Some(f64::NAN)), E::NotFinite(Field::Engagement)),
        refused!("engagement over 100%", add_figure(|f| f.engagement = Some(100.5)), E::OutOfRange { field: Field::Engagement, .. }),
        refused!("negative budget", add_campaign(&[], |c| c.budget = Money::from_minor(-1)), E::Negative(Field::Budget)),
        refused!("negative monthly budget", add_channel(|c| c.monthly_budget = Money::from_minor(-5000)), E::Negative(Field::MonthlyBudget)),
        refused!("fit score over 5", add_channel(|c| c.fit.effort = 6), E::OutOfRange { field: Field::Fit, .. }),
        refused!("weekly hours over 168", add_channel(|c| c.weekly_hours = 168.5), E::OutOfRange { field: Field::WeeklyHours, .. }),
        refused!("negative weekly hours", add_channel(|c| c.weekly_hours = -1.0), E::OutOfRange { field: Field::WeeklyHours, .. }),
        refused!("escape in a name", add_channel(|c| c.name = "Insta\u{1b}[2Jgram".into()), E::ControlCharacter(Field::Name)),
        refused!("newline in a one-line text", Edit::set_plan(plan, PlanField::Name, "Two\nlines"), E::ControlCharacter(Field::PlanName)),
        refused!("tab in the notes", Edit::set_plan(plan, PlanField::SituationNotes, "Sales\tup"), E::ControlCharacter(Field::SituationNotes)),
        refused!("tab in a message", add_campaign(&[], |c| c.message = "a\tb".into()), E::ControlCharacter(Field::Message)),
        refused!("empty name", add_channel(|c| c.name = "   ".into()), E::Empty(Field::Name)),
        refused!("empty place", add_audience(|a| a.places.push(String::new())), E::Empty(Field::Places)),
        refused!("empty revision reason", Edit::ReviseObjective { objective: "ig-followers".into(), date: today(), reason: " ".into(), target: 2500.0, deadline: days(100) }, E::Empty(Field::Reason)),
        refused!("name over 200 characters", add_channel(|c| c.name = "é".repeat(201)), E::TooLong { field: Field::Name, max: 200 }),
        refused!("id with capitals and a space", add_channel(|c| c.id = "IG Followers".into()), E::InvalidId(_)),
        refused!("id starting with a dash", add_objective(|o| o.id = "-x".into()), E::InvalidId(_)),
        refused!("id of 41 characters", add_audience(|a| a.id = "x".repeat(41)), E::InvalidId(_)),
        refused!("empty id", add_campaign(&[], |c| c.id = String::new()), E::InvalidId(_)),
        refused!("lowercase currency", Edit::set_plan(plan, PlanField::Currency, "eur"), E::InvalidCurrency(_)),
        refused!("four-letter currency", Edit::set_plan(plan, PlanField::Currency, "EURO"), E::InvalidCurrency(_)),
        refused!("new target through an update", update(plan, Item::Objective(Objective { target: Some(2500.0), ..ig.clone() })), E::RevisionRequired(_)),
        refused!("new deadline through an update", update(plan, Item::Objective(Objective { deadline: Some(days(200)), ..ig.clone() })), E::RevisionRequired(_)),
        refused!("target removed through an update", update(plan, Item::Objective(Objective { target: None, ..ig.clone() })), E::RevisionRequired(_)),
        refused!("a patch of a history", Edit::Patch(Patch { kind: Kind::Objective, key: "ig-followers".into(), changes: vec![FieldChange { field: "measurements".into(), before: serde_json::Value::Null, after: serde_json::Value::Null }] }), E::NotPatchable { .. }),
        refused!("a patch of a key", Edit::update(&Item::Channel(channel("instagram")), &Item::Channel(channel("insta"))), E::NotPatchable { .. }),
        refused!("a patch of a field changed since", Edit::Patch(Patch { kind: Kind::Channel, key: "instagram".into(), changes: vec![FieldChange { field: "name".into(), before: "Insta (old name)".into(), after: "IG".into() }] }), E::Changed(c) if c.field == "name" && c.theirs == Some("Instagram".into())),
        refused!("a plan field changed since", Edit::SetPlan { field: PlanField::Name, before: "Old name".into(), after: "New".into() }, E::Changed(c) if c.item.is_none() && c.field == "name"),
        refused!("a value replaced since", Edit::RecordMeasurement { objective: "ig-followers".into(), measurement: measurement(ig.measurements[0].date, 1.0), replaces: None }, E::Changed(c) if c.field.starts_with("measurements[")),
        refused!("a value deleted that changed since", Edit::DeleteMeasurement { objective: "ig-followers".into(), measurement: measurement(ig.measurements[0].date, -1.0) }, E::Changed(_)),
        refused!("a delete of an item changed since", Edit::delete_seen(Channel { name: "Old".into(), ..channel("podcast") }), E::Changed(c) if c.field == "name"),
        refused!("a revision dropped that is not the last", Edit::DropRevision { objective: "tiktok-views".into(), revision: any_revision(today()) }, E::Changed(c) if c.field == "revisions"),
        refused!("revision that changes nothing", revise("tiktok-views", tiktok.target.unwrap(), tiktok.deadline.unwrap()), E::RevisionChangesNothing(_)),
        refused!("drop a revision that is not there", drop_revision(plan, "ig-followers"), E::NoRevision(_)),
        refused!("drop a revision of a missing objective", drop_revision(plan, "no-such"), E::NotFound { kind: Kind::Objective, .. }),
        refused!("revise a missing objective", revise("no-such", 10.0, days(100)), E::NotFound { kind: Kind::Objective, .. }),
        refused!("record for a missing objective", record(plan, "no-such", today(), 1.0), E::NotFound { kind: Kind::Objective, .. }),
        refused!("delete a value that is not there", delete_measurement(plan, "ig-followers", today()), E::NoMeasurementOn { .. }),
        refused!("measurements out of order", add_objective(|o| o.measurements = vec![measurement(days(-1), 1.0), measurement(days(-2), 2.0)]), E::MeasurementsOutOfOrder(_)),
        refused!("two measurements on one date", add_objective(|o| o.measurements = vec![measurement(days(-1), 1.0), measurement(days(-1), 2.0)]), E::MeasurementsOutOfOrder(_)),
        refused!("youngest age above the oldest", add_audience(|a| (a.age_min, a.age_max) = (Some(40), Some(30))), E::AgeRange { field: Field::AgeMax, min: 40, max: 30 }),
        refused!("youngest age moved past the oldest", update(plan, Item::Audience(Audience { age_min: Some(60), ..foodies.clone() })), E::AgeRange { field: Field::AgeMin, min: 60, .. }),
        refused!("youngest age above 120", add_audience(|a| (a.age_min, a.age_max) = (Some(121), None)), E::AgeRange { field: Field::AgeMin, .. }),
        refused!("oldest age above 120", add_audience(|a| a.age_max = Some(130)), E::AgeRange { field: Field::AgeMax, .. }),
        refused!("batch whose last edit is invalid", Edit::Batch(vec![
            Edit::set_plan(plan, PlanField::Name, "Renamed"),
            Edit::Add(Item::Channel(channel("new-channel"))),
            add_campaign(&[], |c| c.end = shift(c.start, -3)),
        ]), E::EndBeforeStart { .. }),
        refused!("nested batch whose last edit is invalid", Edit::Batch(vec![
            Edit::delete(Kind::Competitor, "obrador-sur"),
            Edit::Batch(vec![record(plan, "ig-followers", today(), 1700.0), Edit::set_plan(plan, PlanField::Currency, "€")]),
        ]), E::InvalidCurrency(_)),
    ]
}

#[test]
fn every_invalid_edit_is_refused_with_a_message_and_changes_nothing() {
    let original = fixture();
    for Case {
        rule,
        edit,
        expected,
    } in invalid_edits(&original)
    {
        let mut plan = original.clone();
        let error = match plan.apply(&edit, person()) {
            Ok(inverse) => panic!("{rule}: accepted, inverse {inverse:?}"),
            Err(error) => error,
        };
        assert!(expected(&error), "{rule}: unexpected {error:?}");
        assert_eq!(plan, original, "{rule}: the plan changed");
        let (en, es) = (Lang::En.edit_error(&error), Lang::Es.edit_error(&error));
        assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{rule}");
        assert_ne!(en, es, "{rule}: not translated");
        // The English sentence for logs, whatever the person's language.
        assert!(!error.to_string().trim().is_empty(), "{rule}");
    }
}

#[test]
fn a_newline_in_notes_is_accepted() {
    let mut plan = demo();
    let notes = Edit::set_plan(&plan, PlanField::SituationNotes, "One\nTwo\n");
    let inverse = accept(&mut plan, &notes);
    assert_eq!(plan.situation.notes, "One\nTwo\n");
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, demo());
}

// ---------------------------------------------------------------------------
// 3. Focused tests.

#[test]
#[allow(clippy::float_cmp)] // values are copied, never computed
fn recording_on_a_measured_date_returns_the_old_value() {
    let original = demo();
    let mut plan = original.clone();
    let old = objective_of(&plan, "ig-followers")
        .measurements
        .last()
        .unwrap()
        .clone();
    let corrected = Measurement {
        date: old.date,
        value: 1700.0,
        note: "Corrected".into(),
    };
    let inverse = accept(
        &mut plan,
        &Edit::record(&original, "ig-followers", corrected.clone()),
    );
    assert_eq!(
        inverse,
        Edit::RecordMeasurement {
            objective: "ig-followers".into(),
            measurement: old.clone(),
            replaces: Some(corrected),
        }
    );
    let now = objective_of(&plan, "ig-followers");
    assert_eq!(
        now.measurements.len(),
        objective_of(&original, "ig-followers").measurements.len()
    );
    assert_eq!(now.latest(), (1700.0, old.date));
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, original);
}

#[test]
fn recording_on_a_new_date_is_undone_by_deleting_it() {
    let original = demo();
    let mut plan = original.clone();
    let date = days(-5); // between two weekly values
    let inverse = accept(&mut plan, &record(&original, "ig-followers", date, 1570.0));
    assert_eq!(
        inverse,
        Edit::DeleteMeasurement {
            objective: "ig-followers".into(),
            measurement: measurement(date, 1570.0),
        }
    );
    let dates: Vec<_> = objective_of(&plan, "ig-followers")
        .measurements
        .iter()
        .map(|m| m.date)
        .collect();
    assert!(dates.is_sorted() && dates.contains(&date));
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, original);
}

#[test]
fn undoing_a_delete_puts_the_item_back_in_place() {
    let mut original = demo();
    // A channel and an objective nothing uses, in the middle of their lists.
    accept(
        &mut original,
        &Edit::Restore {
            index: 1,
            item: Item::Channel(channel("blog")),
        },
    );
    accept(
        &mut original,
        &Edit::Restore {
            index: 2,
            item: Item::Objective(objective("blog-visits")),
        },
    );
    // The demo's posts would keep the campaign in the middle from being
    // deleted (a campaign with posts cannot be): three posts of our own, on
    // the first campaign, instead.
    original.posts.clear();
    let campaign = original.campaigns[0].id.clone();
    for id in ["teaser", "reveal", "thanks"] {
        accept(&mut original, &Edit::Add(Item::Post(post(id, &campaign))));
    }
    assert_eq!(original.channels[1].id, "blog");
    assert_eq!(original.objectives[2].id, "blog-visits");
    for kind in KINDS {
        let index = match kind {
            Kind::Channel => 1,
            Kind::Objective => 2,
            _ => items(&original, kind).len() / 2,
        };
        let item = items(&original, kind)[index].clone();
        let mut plan = original.clone();
        let inverse = accept(&mut plan, &Edit::delete(kind, item.key()));
        assert_eq!(
            inverse,
            Edit::Restore {
                index,
                item: item.clone()
            },
            "{kind:?}"
        );
        assert_eq!(items(&plan, kind).len() + 1, items(&original, kind).len());
        plan.apply(&inverse, undo()).unwrap();
        assert_eq!(plan, original, "{kind:?}");
    }
}

#[test]
fn restore_clamps_an_index_past_the_end() {
    let mut plan = demo();
    accept(
        &mut plan,
        &Edit::Restore {
            index: 1000,
            item: Item::Audience(audience("students")),
        },
    );
    assert_eq!(plan.situation.audiences.last().unwrap().id, "students");
}

#[test]
fn revise_then_drop_revision_restores_target_deadline_and_history() {
    let original = demo();
    let mut plan = original.clone();
    let before = objective_of(&plan, "ig-followers");
    let inverse = accept(&mut plan, &revise("ig-followers", 2500.0, days(120)));
    let after = objective_of(&plan, "ig-followers");
    assert_eq!(
        inverse,
        Edit::DropRevision {
            objective: "ig-followers".into(),
            revision: after.revisions[0].clone(),
        }
    );
    assert_eq!(
        (after.target, after.deadline),
        (Some(2500.0), Some(days(120)))
    );
    assert_eq!(
        after.revisions,
        vec![Revision {
            date: today(),
            reason: "Because".into(),
            old_target: before.target,
            old_deadline: before.deadline,
            new_target: 2500.0,
            new_deadline: days(120),
        }]
    );
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, original);
}

#[test]
fn drop_revision_puts_back_the_old_target_and_its_inverse_revises_again() {
    let original = demo();
    let mut plan = original.clone();
    let revision = objective_of(&plan, "tiktok-views").revisions[0].clone();
    let inverse = accept(&mut plan, &drop_revision(&original, "tiktok-views"));
    let dropped = objective_of(&plan, "tiktok-views");
    assert_eq!(dropped.target, revision.old_target);
    assert_eq!(dropped.deadline, revision.old_deadline);
    assert!(dropped.revisions.is_empty());
    assert_eq!(
        inverse,
        Edit::ReviseObjective {
            objective: "tiktok-views".into(),
            date: revision.date,
            reason: revision.reason,
            target: revision.new_target,
            deadline: revision.new_deadline,
        }
    );
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, original);
}

#[test]
fn an_objective_update_keeps_the_history_in_the_plan() {
    for id in ["ig-followers", "tiktok-views"] {
        let original = demo();
        let mut plan = original.clone();
        let kept = objective_of(&plan, id);
        let payload = Objective {
            name: "Renamed 🎯".into(),
            active: false,
            measurements: vec![measurement(days(5), f64::NAN)],
            revisions: vec![Revision {
                date: days(3),
                reason: String::new(),
                old_target: None,
                old_deadline: None,
                new_target: f64::INFINITY,
                new_deadline: days(1),
            }],
            ..kept.clone()
        };
        let inverse = accept(
            &mut plan,
            &Edit::update(&Item::Objective(kept.clone()), &Item::Objective(payload)),
        );
        let updated = objective_of(&plan, id);
        assert_eq!(updated.name, "Renamed 🎯");
        assert!(!updated.active);
        assert_eq!(updated.measurements, kept.measurements, "{id}");
        assert_eq!(updated.revisions, kept.revisions, "{id}");
        let Edit::Patch(back) = &inverse else {
            panic!("{inverse:?}");
        };
        let fields: Vec<&str> = back.changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["active", "name"], "{id}: only what changed");
        plan.apply(&inverse, undo()).unwrap();
        assert_eq!(plan, original);
    }
}

#[test]
fn a_draft_gets_its_first_target_by_update_and_undo_takes_it_away() {
    let mut plan = demo();
    accept(&mut plan, &Edit::Add(Item::Objective(draft("blog-visits"))));
    let drafted = plan.clone();
    let inverse = accept(
        &mut plan,
        &update(&drafted, Item::Objective(objective("blog-visits"))),
    );
    assert_eq!(objective_of(&plan, "blog-visits").target, Some(200.0));
    assert_eq!(
        inverse,
        update(&plan, Item::Objective(draft("blog-visits"))),
        "the patch back to the draft"
    );
    // A person may not take a set target away ...
    let set = plan.clone();
    assert!(matches!(
        plan.apply(&inverse, person()),
        Err(EditError::RevisionRequired(_))
    ));
    assert_eq!(plan, set);
    // ... but undo may.
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, drafted);
}

#[test]
fn undo_may_change_a_set_target_without_a_revision() {
    let mut plan = demo();
    let ig = objective_of(&plan, "ig-followers");
    let changed = Objective {
        target: Some(2500.0),
        deadline: Some(days(150)),
        ..ig
    };
    let edit = update(&plan, Item::Objective(changed));
    plan.apply(&edit, undo()).unwrap();
    let now = objective_of(&plan, "ig-followers");
    assert_eq!((now.target, now.deadline), (Some(2500.0), Some(days(150))));
    assert!(now.revisions.is_empty());
    assert_eq!(validate::plan(&plan), Ok(()));
}

#[test]
fn undo_accepts_dates_after_today_but_not_invalid_items() {
    let mut plan = demo();
    let edit = record(&plan, "ig-followers", days(3), 1700.0);
    plan.apply(&edit, undo()).unwrap();
    plan.apply(&Edit::Add(Item::Review(review(days(3)))), undo())
        .unwrap();
    let before = plan.clone();
    assert!(matches!(
        plan.apply(&record(&before, "ig-followers", days(4), f64::NAN), undo()),
        Err(EditError::NotFinite(Field::Value))
    ));
    assert_eq!(plan, before);
}

#[test]
fn a_batch_is_undone_by_one_inverse_batch() {
    let original = demo();
    let mut plan = original.clone();
    let inverse = accept(
        &mut plan,
        &Edit::Batch(vec![
            Edit::Add(Item::Channel(channel("blog"))),
            Edit::Add(Item::Campaign(campaign("blog-launch", "blog", &[]))),
            Edit::set_plan(&original, PlanField::Name, "Renamed"),
        ]),
    );
    assert_eq!(
        inverse,
        Edit::Batch(vec![
            Edit::SetPlan {
                field: PlanField::Name,
                before: "Renamed".into(),
                after: original.name.clone(),
            },
            Edit::delete_seen(campaign("blog-launch", "blog", &[])),
            Edit::delete_seen(channel("blog")),
        ])
    );
    plan.apply(&inverse, undo()).unwrap();
    assert_eq!(plan, original);
}

// ---------------------------------------------------------------------------
// Revisions and the objective as it is now.

/// DropRevision puts the old target back only if it still fits the objective
/// as it is now: after the baseline or direction changed, it is refused.
#[test]
fn drop_revision_keeps_the_plan_valid() {
    let mut plan = demo();
    let tiktok = objective_of(&plan, "tiktok-views");
    // Revision: 3000 -> 1500. Now the views are to go down from 2000: 1500
    // is still a fine target, 3000 would not be.
    let turned = update(
        &plan,
        Item::Objective(Objective {
            direction: Direction::Decrease,
            baseline: Baseline {
                value: 2000.0,
                ..tiktok.baseline
            },
            ..tiktok
        }),
    );
    accept(&mut plan, &turned);
    for ctx in [person(), undo()] {
        let mut after = plan.clone();
        let result = after.apply(&drop_revision(&plan, "tiktok-views"), ctx);
        assert!(
            matches!(result, Err(EditError::TargetWrongSide { .. })),
            "{ctx:?}: {result:?}"
        );
        assert_eq!(after, plan, "{ctx:?}");
    }
}

/// The last revision holds the objective's current target and deadline:
/// that is what lets DropRevision be undone exactly. An objective whose
/// history ends elsewhere, or a revision that changes nothing, is refused.
#[test]
fn revisions_must_end_at_the_current_target_and_deadline() {
    let drifted = Objective {
        target: Some(250.0),
        deadline: Some(days(40)),
        revisions: vec![Revision {
            date: days(-5),
            reason: "Lowered".into(),
            old_target: Some(300.0),
            old_deadline: Some(days(20)),
            new_target: 220.0,
            new_deadline: days(30),
        }],
        ..objective("drifted")
    };
    let mut plan = demo();
    let before = plan.clone();
    let result = plan.apply(&Edit::Add(Item::Objective(drifted.clone())), person());
    assert!(
        matches!(result, Err(EditError::RevisionMismatch(ref id)) if id == "drifted"),
        "{result:?}"
    );
    assert_eq!(plan, before);

    let idle = Objective {
        target: Some(220.0),
        deadline: Some(days(30)),
        revisions: vec![Revision {
            old_target: Some(220.0),
            old_deadline: Some(days(30)),
            ..drifted.revisions[0].clone()
        }],
        ..drifted
    };
    let result = plan.apply(&Edit::Add(Item::Objective(idle)), person());
    assert!(
        matches!(result, Err(EditError::RevisionChangesNothing(_))),
        "{result:?}"
    );
    assert_eq!(plan, before);
}
