//! Large, valid, realistic plans for tests and benchmarks (and the
//! `gen_plan` example, which writes one to stdout).
//!
//! Campaigns of 1 to 30 days are spread over about a year from 2027-01-01 and
//! overlap on their channels; measurements are spread over the objectives,
//! posts over the campaigns (on days within them).
//! The same sizes and seed give the same plan: the random numbers come from
//! a fixed-seed SplitMix64 written out here, so no dependency update can
//! change them.

use crate::domain::presets::PRESETS;
use crate::domain::{
    Baseline, Campaign, Channel, ChannelKind, Colour, Direction, Fit, Measurement, Money,
    Objective, Plan, Post, PostFormat, PostStatus, Status,
};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// How big a plan to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub campaigns: usize,
    pub channels: usize,
    pub objectives: usize,
    pub measurements: usize,
    pub posts: usize,
    pub seed: u64,
}

impl Size {
    /// `campaigns` campaigns, with channels, objectives and measurements in
    /// proportion, and no posts: what `gen_plan --campaigns N --posts 0`
    /// makes, and what the performance budgets were measured on.
    pub fn campaigns(campaigns: usize) -> Size {
        Size {
            campaigns,
            channels: (campaigns / 250).clamp(4, 40),
            objectives: (campaigns / 50).clamp(4, 200),
            measurements: campaigns * 10,
            posts: 0,
            seed: 1,
        }
    }
}

/// A valid plan of the given size.
pub fn plan(size: Size) -> Plan {
    let mut random = Random(size.seed);
    let mut plan = Plan::new("Generated plan", "EUR");
    plan.channels = channels(size.channels.max(1), &mut random);
    plan.objectives = objectives(
        size.objectives,
        size.measurements,
        &plan.channels,
        &mut random,
    );
    plan.campaigns = campaigns(size.campaigns, &plan, &mut random);
    plan.posts = posts(size.posts, &plan, &mut random);
    plan
}

/// SplitMix64: small, fast, and the same numbers forever.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number from 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[usize::try_from(self.below(items.len() as u64)).unwrap_or(0)]
    }
}

/// The day everything starts from.
fn origin() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default()
}

fn day(n: u64) -> NaiveDate {
    origin().checked_add_days(Days::new(n)).unwrap_or_default()
}

fn channels(count: usize, random: &mut Random) -> Vec<Channel> {
    let kinds = [
        ChannelKind::Social,
        ChannelKind::Owned,
        ChannelKind::Traditional,
        ChannelKind::Pr,
    ];
    (0..count)
        .map(|i| {
            // The common channels first, then numbered ones like them.
            let preset = &PRESETS[i % PRESETS.len()];
            let round = i / PRESETS.len();
            let (id, name) = if round == 0 {
                (preset.id.to_string(), preset.name_en.to_string())
            } else {
                (
                    format!("{}-{}", preset.id, round + 1),
                    format!("{} {}", preset.name_en, round + 1),
                )
            };
            Channel {
                id,
                name,
                kind: if round == 0 {
                    preset.kind
                } else {
                    *random.pick(&kinds)
                },
                reason: format!("Reaches audience segment {}", random.below(12) + 1),
                fit: Fit {
                    audience: u8::try_from(random.below(5) + 1).unwrap_or(3),
                    cost: u8::try_from(random.below(5) + 1).unwrap_or(3),
                    effort: u8::try_from(random.below(5) + 1).unwrap_or(3),
                },
                monthly_budget: Money::from_units(
                    i64::try_from(random.below(40) * 25 + 50).unwrap_or(100),
                ),
                weekly_hours: f64::from(u32::try_from(random.below(16)).unwrap_or(1)) / 2.0 + 0.5,
                colour: Colour::ALL[1 + i % (Colour::ALL.len() - 1)],
                active: random.below(10) > 0,
                posts_per_week: None,
                copy_limit: None,
            }
        })
        .collect()
}

fn objectives(
    count: usize,
    total_measurements: usize,
    channels: &[Channel],
    random: &mut Random,
) -> Vec<Objective> {
    let per_objective = total_measurements / count.max(1);
    let extra = total_measurements % count.max(1);
    (0..count)
        .map(|i| {
            let decrease = random.below(5) == 0;
            let baseline = f64::from(u32::try_from(random.below(5000) + 100).unwrap_or(100));
            let target = if decrease {
                (baseline * 0.6).round()
            } else {
                (baseline * 1.8).round()
            };
            let measured = per_objective + usize::from(i < extra);
            // One value a day from the baseline on; the trend goes towards
            // the target with some noise.
            let step = (target - baseline) / 365.0;
            let measurements = (0..measured)
                .map(|d| {
                    let noise = f64::from(u32::try_from(random.below(21)).unwrap_or(10)) - 10.0;
                    Measurement {
                        date: day(d as u64 + 1),
                        value: (baseline
                            + step * f64::from(u32::try_from(d).unwrap_or(u32::MAX))
                            + noise)
                            .max(0.0)
                            .round(),
                        note: String::new(),
                    }
                })
                .collect();
            Objective {
                id: format!("objective-{}", i + 1),
                name: format!(
                    "Objective {} on {}",
                    i + 1,
                    channels
                        .get(i % channels.len().max(1))
                        .map_or("the brand", |c| &c.name)
                ),
                metric: if decrease {
                    "cost per lead".into()
                } else {
                    "followers".into()
                },
                unit: if decrease {
                    "EUR".into()
                } else {
                    "followers".into()
                },
                channel: channels
                    .get(i % channels.len().max(1))
                    .map(|c| c.id.clone()),
                direction: if decrease {
                    Direction::Decrease
                } else {
                    Direction::Increase
                },
                baseline: Baseline {
                    value: baseline,
                    date: origin(),
                },
                target: Some(target),
                deadline: Some(day(180 + random.below(360))),
                active: random.below(8) > 0,
                measurements,
                revisions: Vec::new(),
            }
        })
        .collect()
}

fn campaigns(count: usize, plan: &Plan, random: &mut Random) -> Vec<Campaign> {
    let reference = day(182);
    let words = [
        "Spring", "Summer", "Autumn", "Winter", "Launch", "Sale", "Contest", "Tasting", "Workshop",
        "Stories", "Reels", "Giveaway",
    ];
    (0..count)
        .map(|i| {
            let start = day(random.below(365));
            let end = start
                .checked_add_days(Days::new(random.below(30)))
                .unwrap_or(start);
            let channel = random.pick(&plan.channels);
            let status = if random.below(25) == 0 {
                Status::Cancelled
            } else if end < reference {
                Status::Done
            } else if start <= reference {
                Status::Active
            } else {
                Status::Planned
            };
            let mut objectives = Vec::new();
            for _ in 0..=random.below(2) {
                if let Some(o) =
                    (!plan.objectives.is_empty()).then(|| random.pick(&plan.objectives))
                    && !objectives.contains(&o.id)
                {
                    objectives.push(o.id.clone());
                }
            }
            Campaign {
                id: format!("campaign-{}", i + 1),
                name: format!(
                    "{} {} {}",
                    random.pick(&words),
                    random.pick(&words).to_lowercase(),
                    i + 1
                ),
                // Campaigns on inactive channels would be findings, not
                // realism: keep them on active ones where possible.
                channel: if channel.active {
                    channel.id.clone()
                } else {
                    plan.channels[0].id.clone()
                },
                start,
                end,
                status,
                budget: Money::from_units(i64::try_from(random.below(60) * 10).unwrap_or(0)),
                objectives,
                audience: "Local families".into(),
                message: "What we bake today, and why it is worth the walk.".into(),
                owner: random.pick(&["Ana", "Luis", "Marta", "Jon"]).to_string(),
                spend: Vec::new(),
            }
        })
        .collect()
}

/// The formats that fit a channel of `kind`.
fn formats(kind: ChannelKind) -> &'static [PostFormat] {
    match kind {
        ChannelKind::Social => &[
            PostFormat::Post,
            PostFormat::Carousel,
            PostFormat::Reel,
            PostFormat::Story,
            PostFormat::ShortVideo,
        ],
        ChannelKind::Owned => &[PostFormat::Email, PostFormat::Article],
        ChannelKind::Traditional => &[PostFormat::Spot, PostFormat::Ad],
        ChannelKind::Pr => &[PostFormat::Event, PostFormat::PressRelease],
    }
}

/// `count` posts, dealt to the campaigns in turn, each on a day of its
/// campaign in a format that fits its channel; published before the
/// reference day, on their way after it.
fn posts(count: usize, plan: &Plan, random: &mut Random) -> Vec<Post> {
    let campaigns = &plan.campaigns;
    if campaigns.is_empty() {
        return Vec::new();
    }
    let kinds: HashMap<&str, ChannelKind> = plan
        .channels
        .iter()
        .map(|c| (c.id.as_str(), c.kind))
        .collect();
    let reference = day(182);
    let upcoming = [
        PostStatus::Idea,
        PostStatus::Draft,
        PostStatus::Ready,
        PostStatus::Scheduled,
    ];
    (0..count)
        .map(|i| {
            let campaign = &campaigns[i % campaigns.len()];
            let length = (campaign.end - campaign.start).num_days().unsigned_abs() + 1;
            let date = campaign
                .start
                .checked_add_days(Days::new(random.below(length)))
                .unwrap_or(campaign.start);
            let status = if date >= reference {
                *random.pick(&upcoming)
            } else if random.below(20) == 0 {
                PostStatus::Skipped
            } else {
                PostStatus::Published
            };
            let mut post = Post {
                id: format!("post-{}", i + 1),
                campaign: campaign.id.clone(),
                date,
                time: (random.below(3) == 0)
                    .then(|| format!("{:02}:{:02}", 7 + random.below(14), random.below(4) * 15)),
                format: *random.pick(formats(
                    kinds
                        .get(campaign.channel.as_str())
                        .copied()
                        .unwrap_or(ChannelKind::Social),
                )),
                title: format!("{} #{}", campaign.name, i / campaigns.len() + 1),
                copy: "Fresh from the oven.\nSee you at the counter.".into(),
                asset: String::new(),
                owner: campaign.owner.clone(),
                status,
                link: if status == PostStatus::Published {
                    format!("https://example.com/posts/{}", i + 1)
                } else {
                    String::new()
                },
                notes: String::new(),
                reach: None,
                interactions: None,
                clicks: None,
                leads: None,
            };
            if status == PostStatus::Published {
                // Derived from the index, not drawn, so the rest of the plan
                // stays what the same seed made before posts had results.
                let n = u64::try_from(i).unwrap_or(0);
                post.reach = Some(200 + n * 37 % 1800);
                post.interactions = Some(10 + n * 13 % 190);
                post.clicks = Some(n * 7 % 40);
                post.leads = (n % 3 == 0).then_some(n % 5);
            }
            post
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate;

    #[test]
    fn the_same_size_makes_the_same_plan_and_another_seed_another() {
        let size = Size {
            posts: 3_000,
            ..Size::campaigns(300)
        };
        assert_eq!(plan(size), plan(size));
        assert_ne!(plan(size), plan(Size { seed: 2, ..size }));
    }

    #[test]
    fn a_generated_plan_is_valid_and_as_big_as_asked() {
        let size = Size {
            campaigns: 2_000,
            channels: 12,
            objectives: 30,
            measurements: 4_001,
            posts: 20_003,
            seed: 5,
        };
        let plan = plan(size);
        validate::plan(&plan).unwrap();
        assert_eq!(plan.campaigns.len(), 2_000);
        assert_eq!(plan.channels.len(), 12);
        assert_eq!(plan.objectives.len(), 30);
        let measured: Vec<usize> = plan
            .objectives
            .iter()
            .map(|o| o.measurements.len())
            .collect();
        assert_eq!(measured.iter().sum::<usize>(), 4_001);
        // Spread over the objectives, not heaped on one.
        assert!(
            measured.iter().all(|&n| n == 133 || n == 134),
            "{measured:?}"
        );
        assert_eq!(plan.posts.len(), 20_003);
    }

    #[test]
    fn posts_are_spread_over_the_campaigns_within_their_dates() {
        let size = Size {
            posts: 3_000,
            ..Size::campaigns(300)
        };
        let plan = plan(size);
        validate::plan(&plan).unwrap();
        assert_eq!(plan.posts.len(), 3_000);
        for c in &plan.campaigns {
            let on: Vec<_> = plan.posts.iter().filter(|p| p.campaign == c.id).collect();
            assert_eq!(on.len(), 10, "{}", c.id);
            assert!(on.iter().all(|p| c.start <= p.date && p.date <= c.end));
        }
        for p in &plan.posts {
            let published = p.status == PostStatus::Published;
            assert_eq!(published, !p.link.is_empty(), "{}", p.id);
        }
        assert!(plan.posts.iter().any(|p| p.time.is_some()));
        // The performance budgets were measured on plans without posts.
        assert_eq!(Size::campaigns(300).posts, 0);
    }

    #[test]
    fn campaigns_last_one_to_thirty_days_over_a_year_and_overlap_on_channels() {
        let plan = plan(Size::campaigns(1_000));
        let first = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let year_on = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap();
        for c in &plan.campaigns {
            let days = (c.end - c.start).num_days() + 1;
            assert!((1..=30).contains(&days), "{}: {days} days", c.id);
            assert!(c.start >= first && c.start < year_on, "{}", c.id);
        }
        let overlapping = plan.campaigns.iter().enumerate().any(|(i, a)| {
            plan.campaigns[i + 1..]
                .iter()
                .any(|b| a.channel == b.channel && a.start <= b.end && b.start <= a.end)
        });
        assert!(overlapping);
    }
}
