//! What the demo plan must show, on any day it is opened.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, TimeDelta};

use super::*;
use crate::domain::lint::{self, Severity};
use crate::domain::progress::Progress;
use crate::domain::{
    ChannelKind, Direction, Figure, Objective, Plan, PostFormat, PostStatus, Scope, Status,
};

fn todays() -> Vec<NaiveDate> {
    ["2027-01-20", "2026-02-28", "2028-02-29", "2026-12-31"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect()
}

fn each_plan(check: impl Fn(&Plan, NaiveDate)) {
    for today in todays() {
        for lang in [Lang::En, Lang::Es] {
            check(&plan(today, lang), today);
        }
    }
}

/// Share of the time from baseline to deadline gone by at the latest measurement.
#[allow(clippy::cast_precision_loss)] // a few hundred days
fn elapsed(o: &Objective) -> f64 {
    let (_, latest_date) = o.latest();
    let deadline = o.deadline.unwrap();
    (latest_date - o.baseline.date).num_days() as f64
        / (deadline - o.baseline.date).num_days() as f64
}

fn fraction(o: &Objective, today: NaiveDate) -> f64 {
    Progress::of(o, today)
        .fraction
        .and_then(Figure::value)
        .unwrap()
}

/// Every 11th day from 2024 to 2028 (each day of the week, many month
/// ends), and the days where calendars trip: leap days, month and year ends.
fn spread() -> impl Iterator<Item = NaiveDate> {
    let edges = [
        "2024-02-29",
        "2025-02-28",
        "2028-02-29",
        "2100-02-28",
        "2026-04-30",
        "2026-12-31",
        "2027-01-01",
        "2029-12-31",
    ];
    (2024..=2028)
        .flat_map(days_of)
        .step_by(11)
        .chain(edges.into_iter().map(|d| d.parse().unwrap()))
}

/// Every day of `year`.
fn days_of(year: i32) -> impl Iterator<Item = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    first.iter_days().take_while(move |d| d.year() == year)
}

/// Valid, and with no lint error, whatever day it is opened on.
#[test]
fn is_valid_and_in_order_on_any_day() {
    for today in spread() {
        for lang in [Lang::En, Lang::Es] {
            let p = plan(today, lang);
            assert_eq!(crate::domain::validate::plan(&p), Ok(()), "{today}");
            assert_eq!(p.currency, "EUR");
            let errors: Vec<_> = lint::check(&p, today)
                .into_iter()
                .filter(|f| f.severity() == Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{today} {lang:?}: {errors:#?}");
        }
    }
}

#[test]
fn channels_cover_every_kind_of_medium() {
    each_plan(|p, _| {
        assert!((5..=7).contains(&p.channels.len()));
        let count = |kind| p.channels.iter().filter(|c| c.kind == kind).count();
        assert_eq!(count(ChannelKind::Traditional), 1);
        assert!(count(ChannelKind::Pr) >= 1);
        assert!(count(ChannelKind::Owned) >= 1);
        let colours: HashSet<_> = p.channels.iter().map(|c| c.colour).collect();
        assert_eq!(colours.len(), p.channels.len());
        for c in &p.channels {
            assert!(!c.reason.is_empty(), "{}", c.id);
            assert!(
                [c.fit.audience, c.fit.cost, c.fit.effort]
                    .iter()
                    .all(|s| (1..=5).contains(s))
            );
        }
    });
}

#[test]
fn objectives_show_every_kind_of_progress() {
    each_plan(|p, today| {
        assert!((5..=8).contains(&p.objectives.len()));
        let achieved: Vec<_> = p
            .objectives
            .iter()
            .filter(|o| Progress::of(o, today).achieved())
            .collect();
        assert_eq!(achieved.len(), 1);
        let pending = || {
            p.objectives
                .iter()
                .filter(|o| !Progress::of(o, today).achieved())
        };
        assert!(pending().any(|o| fraction(o, today) >= elapsed(o)));
        assert!(pending().any(|o| fraction(o, today) < elapsed(o) - 0.1));
        assert!(
            p.objectives
                .iter()
                .any(|o| o.direction == Direction::Decrease)
        );
        assert!(p.objectives.iter().any(|o| o.channel.is_none()));
        assert_eq!(
            p.objectives
                .iter()
                .filter(|o| !o.revisions.is_empty())
                .count(),
            1
        );
    });
}

#[test]
fn measurements_are_weekly_and_in_the_past() {
    each_plan(|p, today| {
        for o in &p.objectives {
            assert!(o.measurements.len() >= 6, "{}", o.id);
            assert!(
                o.measurements
                    .iter()
                    .all(|m| m.date <= today && m.date >= o.baseline.date)
            );
            assert!(o.measurements.windows(2).all(|w| w[0].date < w[1].date));
            assert!(today - o.latest().1 <= TimeDelta::days(7), "{}", o.id);
            for r in &o.revisions {
                assert!(r.date < today);
                assert_eq!(Some(r.new_target), o.target);
                assert_eq!(Some(r.new_deadline), o.deadline);
            }
        }
    });
}

#[test]
fn campaigns_fill_the_calendar() {
    each_plan(|p, today| {
        assert!((15..=25).contains(&p.campaigns.len()));
        assert!(p.campaigns.iter().any(|c| c.start == c.end));
        let overlapping = |channel: &str| {
            let on: Vec<_> = p
                .campaigns
                .iter()
                .filter(|c| c.channel == channel)
                .collect();
            on.iter().enumerate().any(|(i, a)| {
                on[i + 1..]
                    .iter()
                    .any(|b| a.start <= b.end && b.start <= a.end)
            })
        };
        let busy = p.channels.iter().filter(|c| overlapping(&c.id)).count();
        assert!(busy >= 2);
        // Instagram runs three at once at some point.
        let running = |d: NaiveDate| {
            p.campaigns
                .iter()
                .filter(|c| c.channel == "instagram" && c.start <= d && d <= c.end)
                .count()
        };
        assert!((0..14).any(|n| running(day(today, n)) >= 3));
        for o in &p.objectives {
            assert!(
                p.campaigns.iter().any(|c| c.objectives.contains(&o.id)),
                "{}",
                o.id
            );
        }
        for c in &p.campaigns {
            assert!((1..=2).contains(&c.objectives.len()), "{}", c.id);
            assert!(!c.owner.is_empty() && !c.audience.is_empty() && !c.message.is_empty());
        }
    });
}

#[test]
fn statuses_follow_the_dates() {
    each_plan(|p, today| {
        let cancelled: Vec<_> = p
            .campaigns
            .iter()
            .filter(|c| c.status == Status::Cancelled)
            .collect();
        assert_eq!(cancelled.len(), 1);
        for c in p.campaigns.iter().filter(|c| c.status != Status::Cancelled) {
            let expected = if c.end < today {
                Status::Done
            } else if c.start > today {
                Status::Planned
            } else {
                Status::Active
            };
            assert_eq!(c.status, expected, "{} on {today}", c.id);
        }
    });
}

#[test]
fn situation_and_reviews_are_in_the_past() {
    each_plan(|p, today| {
        let s = &p.situation;
        assert!((3..=4).contains(&s.figures.len()));
        assert!(s.figures.iter().all(|f| f.date < today));
        assert_eq!(s.audiences.len(), 3);
        assert_eq!(s.competitors.len(), 2);
        assert_eq!(p.reviews.len(), 3);
        let dates: HashSet<_> = p.reviews.iter().map(|r| r.date).collect();
        assert_eq!(dates.len(), 3);
        assert!(p.reviews.iter().all(|r| r.date < today));
        let decisions: Vec<_> = p.reviews.iter().filter_map(|r| r.decision).collect();
        let distinct: HashSet<_> = decisions.iter().collect();
        assert_eq!(distinct.len(), decisions.len());
    });
}

#[test]
fn deterministic_and_same_ids_in_both_languages() {
    fn ids(p: &Plan) -> Vec<String> {
        let s = &p.situation;
        p.channels
            .iter()
            .map(|c| c.id.clone())
            .chain(
                p.objectives
                    .iter()
                    .map(|o| format!("{}@{:?}", o.id, o.channel)),
            )
            .chain(
                p.campaigns
                    .iter()
                    .map(|c| format!("{}@{}:{}", c.id, c.channel, c.objectives.join(","))),
            )
            .chain(
                p.posts
                    .iter()
                    .map(|post| format!("{}@{}:{:?}", post.id, post.campaign, post.status)),
            )
            .chain(s.audiences.iter().map(|a| a.id.clone()))
            .chain(s.competitors.iter().map(|c| c.id.clone()))
            .chain(
                p.protocols
                    .iter()
                    .map(|x| format!("{}@{:?}", x.id, x.scope)),
            )
            .collect()
    }
    for today in todays() {
        let en = plan(today, Lang::En);
        let es = plan(today, Lang::Es);
        assert_eq!(en, plan(today, Lang::En));
        assert_eq!(es, plan(today, Lang::Es));
        assert_eq!(ids(&en), ids(&es));
        assert_ne!(en.name, es.name);
    }
}

#[test]
fn protocols_cover_reviews_crises_and_approval_in_both_languages() {
    let today = todays()[0];
    for lang in [Lang::En, Lang::Es] {
        let p = plan(today, lang);
        let scopes: Vec<_> = p
            .protocols
            .iter()
            .map(|x| (x.id.as_str(), x.scope))
            .collect();
        assert_eq!(
            scopes,
            [
                ("negative-review", Scope::External),
                ("crisis", Scope::External),
                ("approval", Scope::Internal),
            ]
        );
        for x in &p.protocols {
            assert!(x.steps.lines().count() >= 4, "{}: a step per line", x.id);
            assert!(
                !x.owner.is_empty() && !x.response_time.is_empty(),
                "{}",
                x.id
            );
        }
    }
    let en = &plan(today, Lang::En).protocols[0];
    let es = &plan(today, Lang::Es).protocols[0];
    assert_ne!(en.steps, es.steps);
}

#[test]
fn dates_move_with_today() {
    let today: NaiveDate = "2027-01-20".parse().unwrap();
    let later = plan(day(today, 10), Lang::En);
    let now = plan(today, Lang::En);
    for (a, b) in now.campaigns.iter().zip(&later.campaigns) {
        assert_eq!(b.start - a.start, TimeDelta::days(10));
    }
    for (a, b) in now.posts.iter().zip(&later.posts) {
        assert_eq!(b.date - a.date, TimeDelta::days(10));
    }
}

#[test]
fn posts_fill_the_campaigns() {
    each_plan(|p, _| {
        assert!((50..=70).contains(&p.posts.len()), "{}", p.posts.len());
        let campaign = |id: &str| p.campaigns.iter().find(|c| c.id == id).unwrap();
        let outside: Vec<_> = p
            .posts
            .iter()
            .filter(|post| {
                let c = campaign(&post.campaign);
                post.date < c.start || post.date > c.end
            })
            .collect();
        assert_eq!(outside.len(), 1, "{outside:#?}");
        let with_posts: HashSet<_> = p.posts.iter().map(|post| &post.campaign).collect();
        assert!(with_posts.len() * 10 >= p.campaigns.len() * 9);
        assert!(p.posts.iter().any(|post| post.time.is_some()));
        assert!(p.posts.iter().any(|post| post.time.is_none()));
        for post in &p.posts {
            let owners_are_people = p.campaigns.iter().any(|c| c.owner == post.owner);
            assert!(owners_are_people, "{}", post.id);
            assert!(
                !post.title.is_empty() && !post.copy.is_empty(),
                "{}",
                post.id
            );
        }
    });
}

#[test]
fn post_formats_fit_their_channels() {
    each_plan(|p, _| {
        let channel_of = |id: &str| &p.campaigns.iter().find(|c| c.id == id).unwrap().channel;
        for post in &p.posts {
            let fits: &[PostFormat] = match channel_of(&post.campaign).as_str() {
                "instagram" => &[
                    PostFormat::Post,
                    PostFormat::Carousel,
                    PostFormat::Reel,
                    PostFormat::Story,
                    PostFormat::Ad,
                ],
                "facebook" => &[PostFormat::Post, PostFormat::Ad, PostFormat::Video],
                "tiktok" => &[PostFormat::ShortVideo, PostFormat::Live],
                "newsletter" => &[PostFormat::Email],
                "radio" => &[PostFormat::Spot, PostFormat::Live],
                _ => &[PostFormat::Event, PostFormat::PressRelease],
            };
            assert!(
                fits.contains(&post.format),
                "{}: {:?}",
                post.id,
                post.format
            );
        }
    });
}

#[test]
fn post_statuses_follow_the_dates() {
    each_plan(|p, today| {
        let count = |status| p.posts.iter().filter(|post| post.status == status).count();
        assert_eq!(count(PostStatus::Skipped), 3);
        for post in &p.posts {
            assert_eq!(
                post.status == PostStatus::Published,
                !post.link.is_empty(),
                "{}",
                post.id
            );
            if post.date >= today {
                assert!(post.status != PostStatus::Published, "{}", post.id);
            }
            if post.date > day(today, 14) {
                assert_eq!(post.status, PostStatus::Idea, "{}", post.id);
            }
        }
        // Something overdue for the coming finding, and something going out soon.
        let overdue = p.posts.iter().filter(|post| {
            post.date < today && [PostStatus::Ready, PostStatus::Scheduled].contains(&post.status)
        });
        assert_eq!(overdue.count(), 2);
        assert!(
            p.posts
                .iter()
                .any(|post| post.date == today && post.status == PostStatus::Scheduled)
        );
        let past = p.posts.iter().filter(|post| post.date < today).count();
        assert!(count(PostStatus::Published) + 5 == past);
    });
}

/// Evidence for step 5: what the published posts achieved and what the
/// campaigns paid, on days they ran.
#[test]
fn published_posts_have_results_and_paid_campaigns_their_spend() {
    each_plan(|p, today| {
        for post in &p.posts {
            let measured = post.reach.is_some();
            if post.status != PostStatus::Published {
                assert!(!measured, "{}: results before it is out", post.id);
            } else if post.date < day(today, -1) {
                assert!(measured, "{}: published, never measured", post.id);
            }
        }
        let unmeasured = p
            .posts
            .iter()
            .filter(|post| post.status == PostStatus::Published && post.reach.is_none());
        assert_eq!(unmeasured.count(), 1, "yesterday's, for the dash");
        let paid: Vec<_> = p.campaigns.iter().filter(|c| !c.spend.is_empty()).collect();
        assert!((3..=8).contains(&paid.len()), "{}", paid.len());
        for c in &paid {
            for entry in &c.spend {
                assert!(entry.date >= c.start && entry.date <= c.end.min(today));
                assert!(!entry.note.is_empty(), "{}", c.id);
            }
        }
        let spent = |c: &crate::domain::Campaign| crate::domain::budget::spent(c).value();
        assert!(paid.iter().any(|c| spent(c) > Some(c.budget)), "one over");
        assert!(paid.iter().any(|c| spent(c) < Some(c.budget)), "one under");
    });
}

/// Real spend never goes over a channel's monthly budget, whatever the
/// day: the demo's findings are the planned ones, not a surprise.
#[test]
fn no_channel_overspends_in_any_month() {
    for today in spread() {
        let p = plan(today, Lang::En);
        let over: Vec<_> = crate::domain::budget::monthly_spend(&p)
            .into_iter()
            .filter(crate::domain::budget::MonthSpend::overspent)
            .collect();
        assert!(over.is_empty(), "{today}: {over:?}");
    }
}
