//! Any plan survives plan → JSON → plan unchanged: money, values, dates and
//! text (accents, emoji, control characters) included.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)
#![allow(clippy::wildcard_imports)]

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use socialplan::domain::*;
use socialplan::store;

fn date() -> impl Strategy<Value = NaiveDate> {
    // From 1900 to 2200: wide enough to include leap days and odd years.
    (0_i64..110_000).prop_map(|days| {
        NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days)
    })
}

fn value() -> impl Strategy<Value = f64> {
    // Any finite float: JSON has no NaN or infinity (the edits refuse them).
    any::<f64>().prop_filter("finite", |v| v.is_finite())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,12}",
        "\\PC{0,16}",
        Just("Campaña de Navidad 🎄 ❤️".to_string()),
        Just("tab\tnew\nline\u{1b}[2J".to_string()),
    ]
}

fn money() -> impl Strategy<Value = Money> {
    any::<i64>().prop_map(Money::from_minor)
}

fn colour() -> impl Strategy<Value = Colour> {
    (0..Colour::ALL.len()).prop_map(|i| Colour::ALL[i])
}

fn channel() -> impl Strategy<Value = Channel> {
    (
        text(),
        text(),
        0_usize..4,
        text(),
        (any::<u8>(), any::<u8>(), any::<u8>()),
        money(),
        value(),
        colour(),
        (any::<bool>(), any::<Option<u32>>(), any::<Option<u32>>()),
    )
        .prop_map(
            |(
                id,
                name,
                kind,
                reason,
                (audience, cost, effort),
                budget,
                hours,
                colour,
                (active, posts_per_week, copy_limit),
            )| {
                Channel {
                    id,
                    name,
                    kind: [
                        ChannelKind::Social,
                        ChannelKind::Owned,
                        ChannelKind::Traditional,
                        ChannelKind::Pr,
                    ][kind],
                    reason,
                    fit: Fit {
                        audience,
                        cost,
                        effort,
                    },
                    monthly_budget: budget,
                    weekly_hours: hours,
                    colour,
                    active,
                    posts_per_week,
                    copy_limit,
                }
            },
        )
}

fn measurement() -> impl Strategy<Value = Measurement> {
    (date(), value(), text()).prop_map(|(date, value, note)| Measurement { date, value, note })
}

fn revision() -> impl Strategy<Value = Revision> {
    (
        date(),
        text(),
        option::of(value()),
        option::of(date()),
        value(),
        date(),
    )
        .prop_map(
            |(date, reason, old_target, old_deadline, new_target, new_deadline)| Revision {
                date,
                reason,
                old_target,
                old_deadline,
                new_target,
                new_deadline,
            },
        )
}

fn objective() -> impl Strategy<Value = Objective> {
    (
        (text(), text(), text(), text(), option::of(text())),
        (
            any::<bool>(),
            value(),
            date(),
            option::of(value()),
            option::of(date()),
        ),
        any::<bool>(),
        vec(measurement(), 0..4),
        vec(revision(), 0..3),
    )
        .prop_map(
            |(
                (id, name, metric, unit, channel),
                (increase, baseline, baseline_date, target, deadline),
                active,
                measurements,
                revisions,
            )| Objective {
                id,
                name,
                metric,
                unit,
                channel,
                direction: if increase {
                    Direction::Increase
                } else {
                    Direction::Decrease
                },
                baseline: Baseline {
                    value: baseline,
                    date: baseline_date,
                },
                target,
                deadline,
                active,
                measurements,
                revisions,
            },
        )
}

fn campaign() -> impl Strategy<Value = Campaign> {
    (
        (text(), text(), text(), date(), date()),
        (0..Status::ALL.len(), money(), vec(text(), 0..3)),
        (text(), text(), text()),
    )
        .prop_map(
            |(
                (id, name, channel, start, end),
                (status, budget, objectives),
                (audience, message, owner),
            )| {
                Campaign {
                    spend: Vec::new(),
                    id,
                    name,
                    channel,
                    start,
                    end,
                    status: Status::ALL[status],
                    budget,
                    objectives,
                    audience,
                    message,
                    owner,
                }
            },
        )
}

fn post() -> impl Strategy<Value = Post> {
    (
        (text(), text(), date(), option::of(text())),
        (0..PostFormat::ALL.len(), text(), text(), text()),
        (text(), 0..PostStatus::ALL.len(), text(), text()),
        [(); 4].map(|()| option::of(any::<u64>())),
    )
        .prop_map(
            |(
                (id, campaign, date, time),
                (format, title, copy, asset),
                (owner, status, link, notes),
                [reach, interactions, clicks, leads],
            )| Post {
                id,
                campaign,
                date,
                time,
                format: PostFormat::ALL[format],
                title,
                copy,
                asset,
                owner,
                status: PostStatus::ALL[status],
                link,
                notes,
                reach,
                interactions,
                clicks,
                leads,
            },
        )
}

fn review() -> impl Strategy<Value = Review> {
    (date(), text(), text(), option::of(0_usize..3), text()).prop_map(
        |(date, worked, did_not_work, decision, notes)| Review {
            date,
            worked,
            did_not_work,
            decision: decision.map(|i| {
                [
                    Decision::KeepGoing,
                    Decision::ChangeStrategy,
                    Decision::ChangeObjective,
                ][i]
            }),
            notes,
        },
    )
}

fn situation() -> impl Strategy<Value = Situation> {
    let figure = (
        text(),
        date(),
        option::of(any::<u64>()),
        option::of(any::<u64>()),
        option::of(value()),
    )
        .prop_map(
            |(channel, date, followers, reach, engagement)| ChannelFigure {
                channel,
                date,
                followers,
                reach,
                engagement,
            },
        );
    let audience = (
        (text(), text(), any::<bool>(), vec(text(), 0..3)),
        (
            text(),
            option::of(any::<u8>()),
            option::of(any::<u8>()),
            text(),
        ),
    )
        .prop_map(
            |((id, name, customer, places), (interests, age_min, age_max, notes))| Audience {
                id,
                name,
                kind: if customer {
                    AudienceKind::Customer
                } else {
                    AudienceKind::Prospect
                },
                places,
                interests,
                age_min,
                age_max,
                notes,
            },
        );
    let competitor = (text(), text(), vec(text(), 0..3), text(), text(), text()).prop_map(
        |(id, name, places, works, fails, notes)| Competitor {
            id,
            name,
            places,
            works,
            fails,
            notes,
        },
    );
    (
        vec(figure, 0..3),
        vec(audience, 0..3),
        vec(competitor, 0..3),
        text(),
    )
        .prop_map(|(figures, audiences, competitors, notes)| Situation {
            figures,
            audiences,
            competitors,
            notes,
        })
}

fn plan() -> impl Strategy<Value = Plan> {
    (plan_but_protocols(), vec(protocol(), 0..3))
        .prop_map(|(plan, protocols)| Plan { protocols, ..plan })
}

fn plan_but_protocols() -> impl Strategy<Value = Plan> {
    (
        (text(), "[A-Z]{3}"),
        situation(),
        vec(objective(), 0..4),
        vec(channel(), 0..4),
        vec(campaign(), 0..5),
        vec(post(), 0..5),
        vec(review(), 0..3),
    )
        .prop_map(
            |((name, currency), situation, objectives, channels, campaigns, posts, reviews)| Plan {
                schema_version: SCHEMA_VERSION,
                name,
                currency,
                situation,
                objectives,
                channels,
                campaigns,
                posts,
                reviews,
                protocols: Vec::new(),
            },
        )
}

fn protocol() -> impl Strategy<Value = Protocol> {
    (
        text(),
        text(),
        any::<bool>(),
        text(),
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(id, name, internal, trigger, steps, owner, response_time)| Protocol {
                id,
                name,
                scope: if internal {
                    Scope::Internal
                } else {
                    Scope::External
                },
                trigger,
                steps,
                owner,
                response_time,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_plan_survives_a_json_round_trip(plan in plan()) {
        let json = store::to_json(&plan);
        let back: Plan = serde_json::from_slice(&json).unwrap();
        prop_assert_eq!(&back, &plan);
        // Writing it again gives the very same bytes: the order is stable.
        prop_assert_eq!(store::to_json(&back), json);
    }
}

#[test]
fn demo_plan_loads_back_through_the_store() {
    let today = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap();
    for lang in [socialplan::i18n::Lang::En, socialplan::i18n::Lang::Es] {
        let plan = socialplan::demo::plan(today, lang);
        let json = store::to_json(&plan);
        let back = store::parse(std::path::Path::new("demo.json"), &json).unwrap();
        assert_eq!(back, plan);
    }
}

#[test]
fn money_is_written_as_exact_decimal_text() {
    let mut plan = Plan::new("x", "EUR");
    plan.channels.push(Channel {
        id: "radio".into(),
        name: "Radio".into(),
        kind: ChannelKind::Traditional,
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::from_minor(1990),
        weekly_hours: 0.1 + 0.2,
        colour: Colour::Blue,
        active: true,
        posts_per_week: None,
        copy_limit: None,
    });
    let json = String::from_utf8(store::to_json(&plan)).unwrap();
    assert!(json.contains("\"monthly_budget\": \"19.90\""), "{json}");
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back.channels[0].weekly_hours.to_bits(),
        (0.1_f64 + 0.2).to_bits()
    );
}
