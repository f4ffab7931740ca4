use chrono::Weekday;

use super::*;
use crate::domain::plan::Post;
use crate::domain::{Money, lint};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn week(year: i32, week: u32) -> IsoWeek {
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
        .unwrap()
        .iso_week()
}

/// A plan with one channel `ig` of cadence 2, and an active campaign
/// `winter` on it from `start` to `end`.
fn plan(start: &str, end: &str) -> Plan {
    let mut plan = Plan::new("p", "EUR");
    // Only what the file requires, and the cadence: the rest as serde
    // defaults it.
    let channel = serde_json::json!({
        "id": "ig", "name": "Instagram", "kind": "social", "colour": "magenta",
        "posts_per_week": 2,
    });
    plan.channels.push(serde_json::from_value(channel).unwrap());
    plan.campaigns.push(campaign("winter", start, end));
    plan
}

/// Another campaign on `ig`, in `status`.
fn add_campaign(plan: &mut Plan, status: Status, id: &str, [start, end]: [&str; 2]) {
    plan.campaigns.push(Campaign {
        status,
        ..campaign(id, start, end)
    });
}

fn campaign(id: &str, start: &str, end: &str) -> Campaign {
    Campaign {
        spend: Vec::new(),
        id: id.into(),
        name: id.into(),
        channel: "ig".into(),
        start: day(start),
        end: day(end),
        status: Status::Active,
        budget: Money::ZERO,
        objectives: Vec::new(),
        audience: String::new(),
        message: String::new(),
        owner: String::new(),
    }
}

fn post(plan: &mut Plan, campaign: &str, date: &str, status: PostStatus) {
    let id = format!("p{}", plan.posts.len() + 1);
    plan.posts.push(Post {
        status,
        ..Post::new(id.clone(), campaign.into(), day(date), id)
    });
}

/// Each post's campaign, as the check finds it.
fn of_each(plan: &Plan) -> Vec<Option<usize>> {
    campaign_of_each(plan, &PostsByCampaign::of(plan))
}

/// The weeks found below the cadence, with the posts each plans.
fn weeks_below(plan: &Plan, today: &str) -> Vec<(String, IsoWeek, u32)> {
    let mut findings = Vec::new();
    cadence_rules(plan, &of_each(plan), day(today), &mut findings);
    findings
        .into_iter()
        .flat_map(|f| match (f.item, f.rule) {
            (Some((Kind::Campaign, id)), Rule::WeeksBelowCadence { weeks, .. }) => weeks
                .into_iter()
                .map(move |(week, posts)| (id.clone(), week, posts)),
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn posts_count_in_their_iso_week_across_the_new_year() {
    let mut plan = plan("2026-12-21", "2027-01-17");
    // 2026 has 53 ISO weeks: Monday 28 December to Sunday 3 January is
    // 2026-W53, so the posts of 31 December and 2 January share a week.
    for date in ["2026-12-27", "2026-12-28", "2026-12-31", "2027-01-02"] {
        post(&mut plan, "winter", date, PostStatus::Idea);
    }
    post(&mut plan, "winter", "2027-01-04", PostStatus::Draft);
    post(&mut plan, "winter", "2027-01-05", PostStatus::Skipped);
    let campaign_of = of_each(&plan);
    let counts = posts_per_week(&plan, &campaign_of);
    assert_eq!(counts.get(&("ig", week(2026, 52))), Some(&1), "a Sunday");
    assert_eq!(counts.get(&("ig", week(2026, 53))), Some(&3));
    assert_eq!(
        counts.get(&("ig", week(2027, 1))),
        Some(&1),
        "a skipped post is not going out"
    );
    assert_eq!(counts.len(), 3);
}

#[test]
fn the_cadence_counts_every_campaign_of_the_channel() {
    let mut plan = plan("2027-01-04", "2027-01-17");
    add_campaign(
        &mut plan,
        Status::Done,
        "flash",
        ["2027-01-04", "2027-01-06"],
    );
    post(&mut plan, "winter", "2027-01-05", PostStatus::Idea);
    post(&mut plan, "flash", "2027-01-06", PostStatus::Published);
    post(&mut plan, "winter", "2027-01-12", PostStatus::Idea);
    assert_eq!(
        weeks_below(&plan, "2027-01-04"),
        vec![("winter".to_string(), week(2027, 2), 1)],
        "week 1 has one post of each campaign"
    );
}

#[test]
fn only_this_week_and_later_ones_of_active_campaigns_are_reported() {
    let mut plan = plan("2026-12-14", "2027-01-13");
    post(&mut plan, "winter", "2026-12-30", PostStatus::Idea);
    // Wednesday of 2026-W52: W51 is past, W52 to 2027-W02 (which the
    // campaign ends in) are not.
    let found = weeks_below(&plan, "2026-12-23");
    let weeks: Vec<IsoWeek> = found.iter().map(|(_, w, _)| *w).collect();
    assert_eq!(
        weeks,
        [week(2026, 52), week(2026, 53), week(2027, 1), week(2027, 2)]
    );
    assert_eq!(found[1].2, 1, "the post of 30 December is in W53");
    plan.campaigns[0].status = Status::Planned;
    assert!(weeks_below(&plan, "2026-12-23").is_empty());
    plan.campaigns[0].status = Status::Active;
    assert!(weeks_below(&plan, "2027-01-14").is_empty(), "ended");
}

#[test]
fn a_week_two_campaigns_share_is_reported_once_on_the_first() {
    let mut plan = plan("2027-01-04", "2027-01-10");
    plan.campaigns
        .push(campaign("sale", "2027-01-06", "2027-01-17"));
    post(&mut plan, "sale", "2027-01-06", PostStatus::Idea);
    assert_eq!(
        weeks_below(&plan, "2027-01-04"),
        vec![
            ("winter".to_string(), week(2027, 1), 1),
            ("sale".to_string(), week(2027, 2), 0),
        ]
    );
    plan.channels[0].posts_per_week = None;
    assert!(weeks_below(&plan, "2027-01-04").is_empty(), "no cadence");
}

#[test]
fn copy_is_measured_in_characters_as_people_see_them() {
    // 280 Spanish letters with accents: 560 bytes, 280 characters.
    let accented = "á".repeat(280);
    assert_eq!(too_long(&accented, 280), None);
    assert_eq!(too_long(&format!("{accented}!"), 280), Some(281));
    // A letter and a combining accent, or a flag, is one character.
    assert_eq!(too_long(&"e\u{301}".repeat(3), 3), None);
    assert_eq!(too_long(&"🇪🇸".repeat(4), 3), Some(4));
}

#[test]
fn each_post_rule_names_the_post() {
    let mut plan = plan("2027-01-04", "2027-01-17");
    plan.channels[0].copy_limit = Some(5);
    post(&mut plan, "winter", "2027-01-05", PostStatus::Ready);
    post(&mut plan, "winter", "2027-01-20", PostStatus::Idea);
    post(&mut plan, "winter", "2027-01-06", PostStatus::Published);
    post(&mut plan, "winter", "2027-01-07", PostStatus::Idea);
    plan.posts[3].copy = "seis c".into();
    let findings = lint::check(&plan, day("2027-01-06"));
    let about_posts: Vec<(&str, &str)> = findings
        .iter()
        .filter_map(|f| match &f.item {
            Some((Kind::Post, id)) => Some((id.as_str(), f.rule.code())),
            _ => None,
        })
        .collect();
    assert_eq!(
        about_posts,
        [
            ("p1", "post-overdue"),
            ("p2", "post-outside-campaign"),
            ("p4", "post-copy-too-long"),
            ("p3", "post-without-link"),
        ]
    );
}

#[test]
fn only_active_campaigns_without_posts_are_found() {
    let mut plan = plan("2027-01-04", "2027-01-17");
    add_campaign(
        &mut plan,
        Status::Planned,
        "later",
        ["2027-02-01", "2027-02-07"],
    );
    let mut findings = Vec::new();
    campaign_rules(&plan, &PostsByCampaign::of(&plan), &mut findings);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].item, Some((Kind::Campaign, "winter".into())));
    post(&mut plan, "winter", "2027-01-05", PostStatus::Idea);
    findings.clear();
    campaign_rules(&plan, &PostsByCampaign::of(&plan), &mut findings);
    assert!(findings.is_empty());
}
