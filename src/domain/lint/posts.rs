//! The rules about posts: each channel's cadence week by week, active
//! campaigns that plan nothing, and each post's date, link and copy.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use chrono::{Datelike, Days, IsoWeek, NaiveDate};

use super::{Finding, Rule};
use crate::domain::item::Kind;
use crate::domain::plan::{Campaign, Plan, PostStatus, Status};
use crate::domain::post::PostsByCampaign;
use crate::domain::presets;

/// The weeks below a channel's cadence: one finding per active campaign
/// of the channel, listing its weeks that fall short; a week two campaigns
/// share goes to the first in the plan's order, so it is said once.
///
/// Only weeks from the current one on: a manager can still add posts to
/// this week and the coming ones, while a past week is history and would
/// repeat the same finding every week the plan lives.
pub(super) fn cadence_rules(
    plan: &Plan,
    campaign_of: &[Option<usize>],
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let posts = posts_per_week(plan, campaign_of);
    for channel in &plan.channels {
        let Some(cadence) = channel.posts_per_week else {
            continue;
        };
        let mut seen = HashSet::new();
        let active = plan
            .campaigns
            .iter()
            .filter(|c| c.channel == channel.id && c.status == Status::Active);
        for campaign in active {
            let weeks: Vec<(IsoWeek, u32)> = weeks_ahead(campaign, today)
                .map(|week| (week, posts.get(&(channel.id.as_str(), week)).copied()))
                .map(|(week, planned)| (week, planned.unwrap_or(0)))
                .filter(|&(week, planned)| planned < cadence && seen.insert(week))
                .collect();
            if !weeks.is_empty() {
                let rule = Rule::WeeksBelowCadence {
                    channel: channel.id.clone(),
                    cadence,
                    weeks,
                };
                out.push(Finding::on(Kind::Campaign, &campaign.id, rule));
            }
        }
    }
}

/// Each post's campaign (its place in the plan's campaigns), in the posts'
/// order, from `posts` (an index of `plan`): found campaign by campaign, so
/// that no post looks its campaign up.
pub(super) fn campaign_of_each(plan: &Plan, posts: &PostsByCampaign) -> Vec<Option<usize>> {
    let mut campaign_of = vec![None; plan.posts.len()];
    for (i, campaign) in plan.campaigns.iter().enumerate() {
        for &place in posts.places(&campaign.id) {
            if let Some(slot) = campaign_of.get_mut(place) {
                *slot = Some(i);
            }
        }
    }
    campaign_of
}

/// How many posts each channel plans in each ISO week, across all of its
/// campaigns (`campaign_of`: each post's, from [`campaign_of_each`]).
/// Skipped posts are not going out, so they do not count.
pub(super) fn posts_per_week<'p>(
    plan: &'p Plan,
    campaign_of: &[Option<usize>],
) -> HashMap<(&'p str, IsoWeek), u32> {
    let mut counts = HashMap::new();
    for (post, campaign) in plan.posts.iter().zip(campaign_of) {
        if post.status == PostStatus::Skipped {
            continue;
        }
        if let Some(c) = campaign.and_then(|c| plan.campaigns.get(c)) {
            *counts
                .entry((c.channel.as_str(), post.date.iso_week()))
                .or_insert(0) += 1;
        }
    }
    counts
}

/// The ISO weeks a campaign runs in, from today's week to its end.
fn weeks_ahead(campaign: &Campaign, today: NaiveDate) -> impl Iterator<Item = IsoWeek> {
    let first = campaign.start.max(today);
    let monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    let end = campaign.end;
    // A campaign that ended earlier this week has no week ahead.
    let monday = (first <= end).then_some(monday);
    std::iter::successors(monday, |d| d.checked_add_days(Days::new(7)))
        .take_while(move |d| *d <= end)
        .map(|d| d.iso_week())
}

/// Active campaigns with no post at all.
pub(super) fn campaign_rules(plan: &Plan, posts: &PostsByCampaign, out: &mut Vec<Finding>) {
    for campaign in plan
        .campaigns
        .iter()
        .filter(|c| c.status == Status::Active && posts.count(&c.id) == 0)
    {
        out.push(Finding::on(
            Kind::Campaign,
            &campaign.id,
            Rule::CampaignWithoutPosts,
        ));
    }
}

/// Each post: overdue, outside its campaign, published without a link,
/// or with a copy its channel does not take.
pub(super) fn post_rules(
    plan: &Plan,
    campaign_of: &[Option<usize>],
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let limits: HashMap<&str, u32> = plan
        .channels
        .iter()
        .filter_map(|c| Some((c.id.as_str(), presets::copy_limit(c)?)))
        .collect();
    for (post, campaign) in plan.posts.iter().zip(campaign_of) {
        let on = |rule| Finding::on(Kind::Post, &post.id, rule);
        if post.is_overdue(today) {
            out.push(on(Rule::PostOverdue { date: post.date }));
        }
        let campaign = campaign.and_then(|c| plan.campaigns.get(c));
        if let Some(c) = campaign.filter(|c| post.date < c.start || post.date > c.end) {
            out.push(on(Rule::PostOutsideCampaign {
                date: post.date,
                start: c.start,
                end: c.end,
            }));
        }
        if post.status == PostStatus::Published && post.link.trim().is_empty() {
            out.push(on(Rule::PostWithoutLink));
        }
        let limit = campaign.and_then(|c| limits.get(c.channel.as_str()));
        if let Some(&limit) = limit
            && let Some(length) = too_long(&post.copy, limit)
        {
            out.push(on(Rule::PostCopyTooLong { length, limit }));
        }
    }
}

/// The copy's length in characters, when it is over the limit.
fn too_long(copy: &str, limit: u32) -> Option<usize> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    // A character is at least a byte: count only when the bytes are too many.
    if copy.len() <= limit {
        return None;
    }
    let length = crate::text::characters(copy);
    (length > limit).then_some(length)
}

#[cfg(test)]
mod tests;
