//! Random edits of a plan, for property tests: a seed of random
//! ingredients becomes a concrete edit against the plan as it is at that
//! moment (see `build`). Most edits are valid; some are meant to be refused
//! (a duplicate, a missing key, a value on the wrong side…), and every
//! variant of `Edit` and every kind of item comes up. Used by `edits.rs`
//! (undo) and `merge.rs` (two random edit sequences merged).
#![allow(dead_code)] // each test file uses its own part

use chrono::{NaiveDate, TimeDelta};
use proptest::prelude::*;
use proptest::sample::select;

use socialplan::domain::{
    Audience, AudienceKind, Baseline, Campaign, Channel, ChannelFigure, ChannelKind, Colour,
    Competitor, Context, Decision, Direction, Edit, Fit, Item, Kind, Measurement, Money, Objective,
    Plan, PlanField, Post, PostFormat, PostStatus, Protocol, Review, Revision, Scope, Spend,
    Status,
};
use socialplan::i18n::Lang;

pub fn date(text: &str) -> NaiveDate {
    text.parse().expect("a YYYY-MM-DD date")
}

/// `offset` days from `from`.
pub fn shift(from: NaiveDate, offset: i64) -> NaiveDate {
    from + TimeDelta::days(offset)
}

pub fn measurement(date: NaiveDate, value: f64) -> Measurement {
    Measurement {
        date,
        value,
        note: String::new(),
    }
}

/// Random ingredients for one edit. `alt` picks an unusual variant (a
/// duplicate, a missing key, a value on the wrong side…); most values of
/// `alt` mean "nothing unusual".
#[derive(Clone, Debug)]
pub struct Params {
    /// Which existing item (modulo the list's length).
    pub pick: usize,
    /// A second choice: a measurement, an index, the shape of a new item.
    pub pick2: usize,
    pub alt: u8,
    /// A one-line text.
    pub text: String,
    /// A multi-line text.
    pub notes: String,
    /// Days from today, mostly in the past.
    pub day: i32,
    /// A length in days, occasionally negative.
    pub span: i32,
    /// Any number, occasionally NaN or infinite.
    pub num: f64,
    /// Cents, occasionally negative.
    pub money: i64,
    /// A score from 0 to 5.
    pub small: u8,
    pub flag: bool,
}

#[derive(Clone, Copy, Debug)]
pub enum Op {
    Add,
    Update,
    /// The update as a patch of the fields it changes.
    Patch,
    Delete,
    Restore,
}

#[derive(Clone, Debug)]
pub enum Seed {
    Rename(Params),
    Currency(Params),
    Notes(Params),
    Item(Op, Kind, Params),
    Record(Params),
    DeleteMeasurement(Params),
    RecordSpend(Params),
    DeleteSpend(Params),
    Revise(Params),
    DropRevision(Params),
    Batch(Vec<Seed>),
}

pub const WORDS: [&str; 10] = [
    "Café",
    "Año nuevo",
    "Crème brûlée",
    "Pan 🍞",
    "🎄🎉",
    "Plan B",
    "niño",
    "Zoë",
    "ok",
    "Ünïcödé ☕",
];
pub const CONTROLS: [char; 6] = ['\u{0}', '\u{7}', '\t', '\u{1b}', '\u{7f}', '\u{85}'];
pub const CURRENCIES: [&str; 6] = ["EUR", "USD", "GBP", "MXN", "eur", "EURO"];
pub const KINDS: [Kind; 9] = [
    Kind::Channel,
    Kind::Objective,
    Kind::Campaign,
    Kind::Review,
    Kind::Figure,
    Kind::Audience,
    Kind::Competitor,
    Kind::Post,
    Kind::Protocol,
];
pub const CHANNEL_KINDS: [ChannelKind; 4] = [
    ChannelKind::Social,
    ChannelKind::Owned,
    ChannelKind::Traditional,
    ChannelKind::Pr,
];
pub const DECISIONS: [Option<Decision>; 4] = [
    None,
    Some(Decision::KeepGoing),
    Some(Decision::ChangeStrategy),
    Some(Decision::ChangeObjective),
];
pub const TODAYS: [&str; 4] = ["2027-01-20", "2026-02-28", "2028-02-29", "2026-12-31"];

/// A one-line text: mostly fine (accents, emoji), sometimes empty or with a control character.
pub fn line_text() -> impl Strategy<Value = String> {
    prop_oneof![
        20 => select(WORDS.to_vec()).prop_map(str::to_string),
        10 => "[a-zA-Z0-9 ñé]{1,16}",
        1 => Just(String::new()),
        1 => (select(WORDS.to_vec()), select(CONTROLS.to_vec()))
            .prop_map(|(word, control)| format!("{word}{control}")),
    ]
}

/// A multi-line text: one or two lines.
pub fn notes_text() -> impl Strategy<Value = String> {
    (line_text(), line_text(), any::<bool>()).prop_map(
        |(a, b, two)| {
            if two { format!("{a}\n{b}") } else { a }
        },
    )
}

pub fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        30 => -1000.0..10_000.0_f64,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
    ]
}

/// Minor units (cents), occasionally negative.
pub fn money() -> impl Strategy<Value = i64> {
    prop_oneof![15 => 0_i64..1_000_000, 1 => -100_000_i64..0]
}

pub fn params() -> BoxedStrategy<Params> {
    (
        any::<usize>(),
        any::<usize>(),
        0_u8..24,
        line_text(),
        notes_text(),
        -90_i32..=5,
        -5_i32..=120,
        number(),
        money(),
        0_u8..=5,
        any::<bool>(),
    )
        .prop_map(
            |(pick, pick2, alt, text, notes, day, span, num, money, small, flag)| Params {
                pick,
                pick2,
                alt,
                text,
                notes,
                day,
                span,
                num,
                money,
                small,
                flag,
            },
        )
        .boxed()
}

pub fn op() -> impl Strategy<Value = Op> {
    select(vec![
        Op::Add,
        Op::Update,
        Op::Patch,
        Op::Delete,
        Op::Restore,
    ])
}

/// Any seed but a batch.
pub fn simple_seed() -> BoxedStrategy<Seed> {
    prop_oneof![
        1 => params().prop_map(Seed::Rename),
        1 => params().prop_map(Seed::Currency),
        1 => params().prop_map(Seed::Notes),
        // 2 per kind: each kind comes up as often as before a kind is added.
        18 => (op(), select(KINDS.to_vec()), params())
            .prop_map(|(op, kind, p)| Seed::Item(op, kind, p)),
        4 => params().prop_map(Seed::Record),
        2 => params().prop_map(Seed::DeleteMeasurement),
        3 => params().prop_map(Seed::RecordSpend),
        2 => params().prop_map(Seed::DeleteSpend),
        3 => params().prop_map(Seed::Revise),
        2 => params().prop_map(Seed::DropRevision),
    ]
    .boxed()
}

pub fn seed() -> impl Strategy<Value = Seed> {
    prop_oneof![
        12 => simple_seed(),
        1 => prop::collection::vec(simple_seed(), 2..=3).prop_map(Seed::Batch),
    ]
}

/// A day to start from, a language for the demo plan, and the seeds.
pub fn scenario() -> impl Strategy<Value = (NaiveDate, Lang, Vec<Seed>)> {
    (
        select(TODAYS.to_vec()).prop_map(date),
        select(vec![Lang::En, Lang::Es]),
        prop::collection::vec(seed(), 1..40),
    )
}

pub fn items(plan: &Plan, kind: Kind) -> Vec<Item> {
    fn all<T: Clone + Into<Item>>(list: &[T]) -> Vec<Item> {
        list.iter().cloned().map(Into::into).collect()
    }
    match kind {
        Kind::Channel => all(&plan.channels),
        Kind::Objective => all(&plan.objectives),
        Kind::Campaign => all(&plan.campaigns),
        Kind::Review => all(&plan.reviews),
        Kind::Figure => all(&plan.situation.figures),
        Kind::Audience => all(&plan.situation.audiences),
        Kind::Competitor => all(&plan.situation.competitors),
        Kind::Post => all(&plan.posts),
        Kind::Protocol => all(&plan.protocols),
    }
}

/// Whether a campaign, an objective or a post refers to the item (then it
/// cannot be deleted).
pub fn in_use(plan: &Plan, item: &Item) -> bool {
    match item {
        Item::Channel(c) => {
            plan.campaigns.iter().any(|x| x.channel == c.id)
                || plan
                    .objectives
                    .iter()
                    .any(|o| o.channel.as_ref() == Some(&c.id))
        }
        Item::Objective(o) => plan.campaigns.iter().any(|c| c.objectives.contains(&o.id)),
        Item::Campaign(c) => plan.posts.iter().any(|p| p.campaign == c.id),
        _ => false,
    }
}

/// Turns seeds into concrete edits against the current plan.
pub struct Builder<'a> {
    plan: &'a Plan,
    p: &'a Params,
    today: NaiveDate,
}

impl Builder<'_> {
    fn day(&self, offset: i64) -> NaiveDate {
        shift(self.today, offset)
    }

    /// An existing item of `kind`, picked by `pick`.
    fn existing(&self, kind: Kind) -> Option<Item> {
        let list = items(self.plan, kind);
        (!list.is_empty()).then(|| list[self.p.pick % list.len()].clone())
    }

    /// An existing objective, or none when `alt` asks for a missing one.
    fn some_objective(&self) -> Option<&Objective> {
        let list = &self.plan.objectives;
        (self.p.alt != 0 && !list.is_empty()).then(|| &list[self.p.pick % list.len()])
    }

    /// A new id, sometimes not a valid one.
    fn id(&self) -> String {
        match (self.p.alt, self.p.pick % 4) {
            (1, 0) => "IG Followers".into(),
            (1, 1) => "-x".into(),
            (1, 2) => "x".repeat(41),
            (1, _) => "ñu".into(),
            _ => format!("new-{}", self.p.pick % 40),
        }
    }

    fn edit(&self, op: Op, kind: Kind) -> Edit {
        match op {
            Op::Add => Edit::Add(self.fresh(kind)),
            Op::Restore => Edit::Restore {
                index: self.p.pick2 % (items(self.plan, kind).len() + 2),
                item: self.fresh(kind),
            },
            Op::Update | Op::Patch => {
                if let Some(item) = self.existing(kind).filter(|_| self.p.alt != 0) {
                    Edit::update(&item, &self.changed(item.clone()))
                } else {
                    let gone = missing(self.fresh(kind), self.today);
                    Edit::update(&gone, &self.changed(gone.clone()))
                }
            }
            Op::Delete => {
                // Half the time the newest item nothing refers to: the
                // demo's channels and objectives are all in use.
                let newest = items(self.plan, kind)
                    .into_iter()
                    .rev()
                    .find(|item| !in_use(self.plan, item))
                    .filter(|_| self.p.pick2.is_multiple_of(2));
                match newest
                    .or_else(|| self.existing(kind))
                    .filter(|_| self.p.alt != 0)
                {
                    // As seen (a person's delete), or whatever it holds.
                    // (Half of the newest items, which are the deletable
                    // channels and objectives, are deleted each way.)
                    Some(item) if self.p.pick2.is_multiple_of(4) => Edit::delete_seen(item),
                    Some(item) => Edit::delete(kind, item.key()),
                    None => Edit::delete(kind, "no-such-key"),
                }
            }
        }
    }

    /// A new item; with `alt == 0`, an existing one (a duplicate key).
    fn fresh(&self, kind: Kind) -> Item {
        let p = self.p;
        if p.alt == 0
            && let Some(item) = self.existing(kind)
        {
            return item;
        }
        match kind {
            Kind::Channel => Item::Channel(Channel {
                id: self.id(),
                name: p.text.clone(),
                kind: CHANNEL_KINDS[p.pick % CHANNEL_KINDS.len()],
                reason: p.notes.clone(),
                fit: Fit {
                    audience: p.small,
                    cost: if p.alt == 2 { 6 } else { p.small },
                    effort: 5 - p.small,
                },
                monthly_budget: Money::from_minor(p.money),
                weekly_hours: if p.alt == 3 {
                    168.5
                } else {
                    p.num.abs() / 60.0
                },
                colour: Colour::ALL[p.pick % Colour::ALL.len()],
                active: p.flag,
                // No cadence, a cadence, or (unusual) a refused cadence of 0.
                posts_per_week: if p.alt == 4 {
                    Some(0)
                } else {
                    (p.small > 0).then(|| u32::from(p.small))
                },
                copy_limit: None,
            }),
            Kind::Objective => self.fresh_objective(),
            Kind::Campaign => self.fresh_campaign(),
            Kind::Review => Item::Review(Review {
                date: self.day(p.day.into()),
                worked: p.notes.clone(),
                did_not_work: p.text.clone(),
                decision: DECISIONS[p.pick % DECISIONS.len()],
                notes: String::new(),
            }),
            Kind::Figure => Item::Figure(ChannelFigure {
                channel: p.text.clone(),
                date: self.day(p.day.into()),
                followers: Some(u64::try_from(p.pick % 100_000).unwrap()),
                reach: p.flag.then(|| u64::try_from(p.pick2 % 100_000).unwrap()),
                engagement: p.flag.then(|| p.num.abs() / 80.0),
            }),
            Kind::Audience => Item::Audience(self.fresh_audience()),
            Kind::Post => Item::Post(self.fresh_post()),
            Kind::Competitor => Item::Competitor(Competitor {
                id: self.id(),
                name: p.text.clone(),
                places: if p.flag {
                    vec![p.text.clone()]
                } else {
                    Vec::new()
                },
                works: p.notes.clone(),
                fails: String::new(),
                notes: p.notes.clone(),
            }),
            Kind::Protocol => Item::Protocol(Protocol {
                id: self.id(),
                name: p.text.clone(),
                scope: Scope::ALL[p.pick2 % Scope::ALL.len()],
                trigger: p.text.clone(),
                steps: p.notes.clone(),
                owner: if p.flag {
                    p.text.clone()
                } else {
                    String::new()
                },
                response_time: if p.flag { "24 h".into() } else { String::new() },
            }),
        }
    }

    fn fresh_objective(&self) -> Item {
        let p = self.p;
        if p.alt == 6
            && let Some(Item::Objective(mut copy)) = self.existing(Kind::Objective)
        {
            // A copy under a new id, measurements and revisions included.
            copy.id = format!("copy-{}", p.pick % 40);
            return Item::Objective(copy);
        }
        let base = if p.alt == 7 {
            self.day(3)
        } else {
            self.day(i64::from(p.day.min(0)) - 5)
        };
        let value = p.num;
        let direction = if p.flag {
            Direction::Increase
        } else {
            Direction::Decrease
        };
        let right = match direction {
            Direction::Increase => value + 1.0 + f64::from(p.span.abs()),
            Direction::Decrease => value - 1.0 - f64::from(p.span.abs()),
        };
        let target = match p.alt {
            3 => 2.0 * value - right,
            4 => value,
            _ => right,
        };
        let channels = &self.plan.channels;
        let channel = match (p.alt, p.pick2 % 3) {
            (5, _) => Some("nowhere".to_string()),
            (_, 1) if !channels.is_empty() => Some(channels[p.pick % channels.len()].id.clone()),
            _ => None,
        };
        let complete = !p.pick2.is_multiple_of(4);
        let measurements = if p.pick2.is_multiple_of(5) {
            vec![
                measurement(shift(base, 1), value),
                measurement(shift(base, 2), value + 1.0),
            ]
        } else {
            Vec::new()
        };
        Item::Objective(Objective {
            id: self.id(),
            name: p.text.clone(),
            metric: "visits".into(),
            unit: "%".into(),
            channel,
            direction,
            baseline: Baseline { value, date: base },
            target: complete.then_some(target),
            deadline: complete.then(|| shift(base, p.span.into())),
            active: p.flag,
            measurements,
            revisions: Vec::new(),
        })
    }

    fn fresh_campaign(&self) -> Item {
        let p = self.p;
        let objectives = &self.plan.objectives;
        let mut ids: Vec<String> = (0..p.pick2 % 3)
            .filter_map(|k| objectives.get((p.pick2 / 3 + k) % objectives.len().max(1)))
            .map(|o| o.id.clone())
            .collect();
        ids.dedup();
        if p.alt == 3
            && let Some(first) = ids.first().cloned()
        {
            ids.push(first);
        }
        if p.alt == 4 {
            ids.push("no-such-objective".into());
        }
        let channels = &self.plan.channels;
        let channel = if p.alt == 5 || channels.is_empty() {
            "nowhere".to_string()
        } else {
            channels[p.pick % channels.len()].id.clone()
        };
        let start = self.day(p.day.into());
        Item::Campaign(Campaign {
            id: self.id(),
            name: p.text.clone(),
            channel,
            start,
            end: shift(start, p.span.into()),
            status: Status::ALL[p.pick % Status::ALL.len()],
            budget: Money::from_minor(p.money),
            objectives: ids,
            audience: p.text.clone(),
            message: p.notes.clone(),
            owner: p.text.clone(),
            // With `flag`, a campaign that already spent (in the future
            // with `alt == 2`: refused).
            spend: if p.flag {
                vec![self.spend_entry()]
            } else {
                Vec::new()
            },
        })
    }

    /// A post of an existing campaign (with `alt == 5`, of none), on a day
    /// in or out of the campaign's, at a time or none (with `alt == 3`, not
    /// a time of day).
    fn fresh_post(&self) -> Post {
        let p = self.p;
        let campaigns = &self.plan.campaigns;
        let (campaign, start) = match campaigns.get(p.pick % campaigns.len().max(1)) {
            Some(c) if p.alt != 5 => (c.id.clone(), c.start),
            _ => ("nowhere".to_string(), self.today),
        };
        Post {
            id: self.id(),
            campaign,
            date: shift(start, p.span.into()),
            time: self.time(),
            format: PostFormat::ALL[p.pick % PostFormat::ALL.len()],
            title: p.text.clone(),
            copy: p.notes.clone(),
            asset: if p.flag {
                "media/pan.jpg".into()
            } else {
                String::new()
            },
            owner: p.text.clone(),
            status: PostStatus::ALL[p.pick2 % PostStatus::ALL.len()],
            link: String::new(),
            notes: p.notes.clone(),
            reach: p.flag.then(|| u64::try_from(p.pick2 % 100_000).unwrap()),
            interactions: None,
            clicks: (p.alt == 2).then(|| u64::from(p.small)),
            leads: p.flag.then_some(0),
        }
    }

    /// A time of day, none, or (with `alt == 3`) one past the end of the day.
    fn time(&self) -> Option<String> {
        let p = self.p;
        match (p.alt, p.pick2 % 3) {
            (3, _) => Some("24:00".into()),
            (_, 0) => None,
            _ => Some(format!("{:02}:{:02}", p.pick % 24, p.pick2 % 60)),
        }
    }

    fn fresh_audience(&self) -> Audience {
        let p = self.p;
        let min = p.small * 10;
        let max = if p.alt == 3 {
            min.wrapping_sub(1)
        } else {
            min + u8::try_from(p.span.rem_euclid(30)).expect("under 30")
        };
        Audience {
            id: self.id(),
            name: p.text.clone(),
            kind: if p.flag {
                AudienceKind::Customer
            } else {
                AudienceKind::Prospect
            },
            places: vec![p.text.clone(), "Instagram".into()],
            interests: p.notes.clone(),
            age_min: (!p.pick2.is_multiple_of(3)).then_some(min),
            age_max: Some(max),
            notes: String::new(),
        }
    }

    /// An existing item with some fields changed.
    fn changed(&self, item: Item) -> Item {
        let p = self.p;
        match item {
            Item::Channel(mut c) => {
                c.name.clone_from(&p.text);
                c.weekly_hours = if p.alt == 3 {
                    168.5
                } else {
                    p.num.abs() / 60.0
                };
                c.monthly_budget = Money::from_minor(p.money);
                c.fit.audience = if p.alt == 2 { 6 } else { p.small };
                c.active = p.flag;
                Item::Channel(c)
            }
            Item::Objective(o) => Item::Objective(self.changed_objective(o)),
            Item::Campaign(mut c) => {
                c.name.clone_from(&p.text);
                c.end = shift(c.start, p.span.into());
                c.budget = Money::from_minor(p.money);
                c.status = Status::ALL[p.pick2 % Status::ALL.len()];
                c.message.clone_from(&p.notes);
                match p.alt {
                    3 => {
                        if let Some(first) = c.objectives.first().cloned() {
                            c.objectives.push(first);
                        }
                    }
                    4 => c.objectives.clear(),
                    5 => c.channel = "nowhere".into(),
                    _ => {}
                }
                Item::Campaign(c)
            }
            Item::Review(mut r) => {
                r.worked.clone_from(&p.notes);
                r.decision = DECISIONS[p.pick2 % DECISIONS.len()];
                r.notes.clone_from(&p.text);
                Item::Review(r)
            }
            Item::Figure(mut f) => {
                f.followers = Some(u64::try_from(p.pick2 % 100_000).unwrap());
                f.engagement = p.flag.then(|| p.num.abs() / 80.0);
                Item::Figure(f)
            }
            Item::Audience(mut a) => {
                let fresh = self.fresh_audience();
                a.name = fresh.name;
                a.interests = fresh.interests;
                a.age_min = fresh.age_min;
                a.age_max = fresh.age_max;
                Item::Audience(a)
            }
            Item::Competitor(mut c) => {
                c.name.clone_from(&p.text);
                c.works.clone_from(&p.notes);
                Item::Competitor(c)
            }
            Item::Protocol(mut x) => {
                x.steps.clone_from(&p.notes);
                x.scope = Scope::ALL[p.pick2 % Scope::ALL.len()];
                x.owner.clone_from(&p.text);
                Item::Protocol(x)
            }
            Item::Post(mut x) => {
                x.title.clone_from(&p.text);
                x.copy.clone_from(&p.notes);
                x.time = self.time();
                x.status = PostStatus::ALL[p.pick2 % PostStatus::ALL.len()];
                if p.flag {
                    x.date = shift(x.date, p.span.into());
                }
                if p.alt == 5 {
                    x.campaign = "nowhere".into();
                }
                // Results change alone or with the rest, and may be cleared.
                x.reach = (!p.flag).then(|| u64::try_from(p.pick % 100_000).unwrap());
                x.clicks = (p.alt != 1).then(|| u64::from(p.small));
                if p.alt == 0 {
                    x.interactions = Some(u64::MAX);
                }
                Item::Post(x)
            }
        }
    }

    fn changed_objective(&self, mut o: Objective) -> Objective {
        let p = self.p;
        o.name.clone_from(&p.text);
        o.active = p.flag;
        // Moving the baseline or the direction under a revision is the known
        // bug (see `drop_revision_keeps_the_plan_valid`), so only without one.
        if o.revisions.is_empty() {
            match p.alt {
                8 => o.baseline.value = p.num,
                9 => {
                    o.direction = match o.direction {
                        Direction::Increase => Direction::Decrease,
                        Direction::Decrease => Direction::Increase,
                    }
                }
                10 => o.baseline.date = self.day(i64::from(p.day) - 60),
                _ => {}
            }
        }
        match p.alt {
            2 => o.target = Some(p.num),
            3 => o.deadline = Some(shift(o.baseline.date, p.span.into())),
            11 => o.target = None,
            _ => {}
        }
        // The plan's history wins over whatever the payload carries.
        if p.pick2.is_multiple_of(2) {
            o.measurements.clear();
            o.revisions.clear();
        }
        if p.pick2.is_multiple_of(3) {
            o.measurements.push(measurement(self.day(1), f64::NAN));
        }
        o
    }

    fn record(&self) -> Edit {
        let p = self.p;
        let Some(o) = self.some_objective() else {
            return Edit::record(self.plan, "no-such-objective", measurement(self.today, 1.0));
        };
        let list = &o.measurements;
        let date = if p.pick2.is_multiple_of(3) && !list.is_empty() {
            list[p.pick2 % list.len()].date // replaces a value
        } else if p.alt == 2 {
            self.day(p.day.into()) // often before the baseline
        } else {
            self.day(i64::from(p.day) / 2)
        };
        let new = Measurement {
            date,
            value: p.num,
            note: p.text.clone(),
        };
        Edit::record(self.plan, &o.id, new)
    }

    fn delete_measurement(&self) -> Edit {
        let p = self.p;
        let Some(o) = self.some_objective() else {
            return Edit::DeleteMeasurement {
                objective: "no-such-objective".into(),
                measurement: measurement(self.today, 1.0),
            };
        };
        let list = &o.measurements;
        let measurement = if p.alt == 1 || list.is_empty() {
            measurement(self.day(p.day.into()), p.num)
        } else {
            list[p.pick2 % list.len()].clone()
        };
        Edit::DeleteMeasurement {
            objective: o.id.clone(),
            measurement,
        }
    }

    /// An existing campaign, or none when `alt` asks for a missing one.
    fn some_campaign(&self) -> Option<&Campaign> {
        let list = &self.plan.campaigns;
        (self.p.alt != 0 && !list.is_empty()).then(|| &list[self.p.pick % list.len()])
    }

    /// A new entry: sometimes not positive (`money` can be 0 or below),
    /// with a bad note, or in the future (`alt == 2`).
    fn spend_entry(&self) -> Spend {
        let p = self.p;
        let offset = if p.alt == 2 {
            3
        } else {
            (i64::from(p.day) / 2).min(0)
        };
        Spend {
            date: self.day(offset),
            amount: Money::from_minor(p.money),
            note: p.text.clone(),
        }
    }

    /// With `pick2` a multiple of 3, an entry equal to one the campaign has.
    fn record_spend(&self) -> Edit {
        let Some(c) = self.some_campaign() else {
            return Edit::RecordSpend {
                campaign: "no-such-campaign".into(),
                spend: self.spend_entry(),
            };
        };
        let spend = match c.spend.as_slice() {
            list if self.p.pick2.is_multiple_of(3) && !list.is_empty() => {
                list[self.p.pick2 % list.len()].clone()
            }
            _ => self.spend_entry(),
        };
        Edit::RecordSpend {
            campaign: c.id.clone(),
            spend,
        }
    }

    /// An entry the campaign has, or (`alt == 1`) one it does not.
    fn delete_spend(&self) -> Edit {
        let Some(c) = self.some_campaign() else {
            return Edit::DeleteSpend {
                campaign: "no-such-campaign".into(),
                spend: self.spend_entry(),
            };
        };
        let spend = match c.spend.as_slice() {
            list if self.p.alt != 1 && !list.is_empty() => list[self.p.pick2 % list.len()].clone(),
            _ => self.spend_entry(),
        };
        Edit::DeleteSpend {
            campaign: c.id.clone(),
            spend,
        }
    }

    fn revise(&self) -> Edit {
        let p = self.p;
        let Some(o) = self.some_objective() else {
            return Edit::ReviseObjective {
                objective: "no-such-objective".into(),
                date: self.today,
                reason: "Because".into(),
                target: 10.0,
                deadline: self.today,
            };
        };
        let step = if p.num.is_finite() {
            1.0 + p.num.abs() / 10.0
        } else {
            p.num
        };
        let sign = match o.direction {
            Direction::Increase => 1.0,
            Direction::Decrease => -1.0,
        };
        let mut target = o.baseline.value + sign * step;
        let mut deadline = shift(o.baseline.date, i64::from(p.span.abs()) + 30);
        match (p.alt, o.target, o.deadline) {
            (1, ..) => target = o.baseline.value - sign * step,
            (2, Some(t), Some(d)) => (target, deadline) = (t, d),
            (3, ..) => deadline = o.baseline.date,
            _ => {}
        }
        Edit::ReviseObjective {
            objective: o.id.clone(),
            date: self.day(i64::from(p.day) / 4),
            reason: p.text.clone(),
            target,
            deadline,
        }
    }

    fn drop_revision(&self) -> Edit {
        let objective = self.some_objective();
        Edit::DropRevision {
            objective: objective.map_or_else(|| "no-such-objective".into(), |o| o.id.clone()),
            revision: objective
                .and_then(|o| o.revisions.last().cloned())
                .unwrap_or_else(|| any_revision(self.today)),
        }
    }

    /// A plan field set from what the plan has; with `alt == 4`, from a
    /// value it no longer has (a conflict).
    fn set_plan(&self, field: PlanField, after: String) -> Edit {
        match Edit::set_plan(self.plan, field, after) {
            Edit::SetPlan { field, after, .. } if self.p.alt == 4 => Edit::SetPlan {
                field,
                before: "stale".into(),
                after,
            },
            edit => edit,
        }
    }
}

/// The item with its key changed to one the plan does not have.
pub fn missing(item: Item, today: NaiveDate) -> Item {
    match item {
        Item::Channel(c) => Item::Channel(Channel {
            id: "no-such-key".into(),
            ..c
        }),
        Item::Objective(o) => Item::Objective(Objective {
            id: "no-such-key".into(),
            ..o
        }),
        Item::Campaign(c) => Item::Campaign(Campaign {
            id: "no-such-key".into(),
            ..c
        }),
        Item::Review(r) => Item::Review(Review {
            date: shift(today, -1000),
            ..r
        }),
        Item::Figure(f) => Item::Figure(ChannelFigure {
            channel: "No such channel".into(),
            ..f
        }),
        Item::Audience(a) => Item::Audience(Audience {
            id: "no-such-key".into(),
            ..a
        }),
        Item::Competitor(c) => Item::Competitor(Competitor {
            id: "no-such-key".into(),
            ..c
        }),
        Item::Post(x) => Item::Post(Post {
            id: "no-such-key".into(),
            ..x
        }),
        Item::Protocol(x) => Item::Protocol(Protocol {
            id: "no-such-key".into(),
            ..x
        }),
    }
}

/// The concrete edit a seed stands for, against `plan` as it is now.
pub fn build(plan: &Plan, seed: &Seed, today: NaiveDate) -> Edit {
    let with = |p| Builder { plan, p, today };
    match seed {
        Seed::Rename(p) => with(p).set_plan(PlanField::Name, p.text.clone()),
        Seed::Currency(p) => with(p).set_plan(
            PlanField::Currency,
            CURRENCIES[p.pick % CURRENCIES.len()].into(),
        ),
        Seed::Notes(p) => with(p).set_plan(PlanField::SituationNotes, p.notes.clone()),
        Seed::Item(Op::Patch, kind, p) => stale(with(p).edit(Op::Update, *kind), p),
        Seed::Item(op, kind, p) => with(p).edit(*op, *kind),
        Seed::Record(p) => with(p).record(),
        Seed::DeleteMeasurement(p) => with(p).delete_measurement(),
        Seed::RecordSpend(p) => with(p).record_spend(),
        Seed::DeleteSpend(p) => with(p).delete_spend(),
        Seed::Revise(p) => with(p).revise(),
        Seed::DropRevision(p) => with(p).drop_revision(),
        Seed::Batch(seeds) => {
            // Each edit is built against the plan the ones before it leave.
            let mut scratch = plan.clone();
            let edits = seeds
                .iter()
                .map(|seed| {
                    let edit = build(&scratch, seed, today);
                    let _ = scratch.apply(&edit, Context::new(today));
                    edit
                })
                .collect();
            Edit::Batch(edits)
        }
    }
}

/// The patch as if made from a copy of the item older than the plan's:
/// half the time its first field started from another value (a conflict).
pub fn stale(edit: Edit, p: &Params) -> Edit {
    match edit {
        Edit::Patch(mut patch) if p.pick2.is_multiple_of(2) => {
            if let Some(first) = patch.changes.first_mut() {
                first.before = serde_json::Value::from("a value from before");
            }
            Edit::Patch(patch)
        }
        other => other,
    }
}

/// A revision no objective has.
pub fn any_revision(today: NaiveDate) -> Revision {
    Revision {
        date: today,
        reason: "never made".into(),
        old_target: None,
        old_deadline: None,
        new_target: 1.0,
        new_deadline: today,
    }
}
