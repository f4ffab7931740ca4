//! Campaigns compared, what step 5 learns from: for each campaign its
//! planned budget and what it really spent, its posts published of those
//! planned, its results and what a click and a lead cost, sortable by any
//! of them.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::budget::spent;
use super::post::PostsByCampaign;
use super::results::{CampaignResults, Total};
use super::{Campaign, Money, Plan};

/// What the comparison can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Planned,
    Spent,
    Posts,
    Reach,
    Interactions,
    Clicks,
    Leads,
    CostPerClick,
    CostPerLead,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Planned,
        Column::Spent,
        Column::Posts,
        Column::Reach,
        Column::Interactions,
        Column::Clicks,
        Column::Leads,
        Column::CostPerClick,
        Column::CostPerLead,
    ];
}

/// One campaign in the comparison.
#[derive(Clone, Debug)]
pub struct Row<'p> {
    pub campaign: &'p Campaign,
    /// What it really spent: none while no spend is recorded (a cost on
    /// nothing recorded would read as free).
    pub spent: Option<Money>,
    pub results: CampaignResults,
}

impl Row<'_> {
    /// Undefined with nothing spent recorded, or no clicks.
    pub fn cost_per_click(&self) -> Option<Money> {
        self.results.cost_per_click(self.spent?)
    }

    /// Undefined with nothing spent recorded, or no leads.
    pub fn cost_per_lead(&self) -> Option<Money> {
        self.results.cost_per_lead(self.spent?)
    }
}

/// Which campaigns: on a channel (its id), running at some time between
/// two days (both included).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub channel: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    fn keeps(&self, campaign: &Campaign) -> bool {
        self.channel
            .as_deref()
            .is_none_or(|c| campaign.channel == c)
            && self.from.is_none_or(|from| campaign.end >= from)
            && self.to.is_none_or(|to| campaign.start <= to)
    }
}

/// The campaigns `filter` keeps, in the plan's order. Posts are grouped by
/// campaign once, so that a large plan costs one pass over its posts.
pub fn rows<'p>(plan: &'p Plan, filter: &Filter) -> Vec<Row<'p>> {
    rows_with(plan, &PostsByCampaign::of(plan), filter)
}

/// [`rows`] with the plan's posts already grouped by campaign (`posts`, an
/// index of `plan`).
pub fn rows_with<'p>(plan: &'p Plan, posts: &PostsByCampaign, filter: &Filter) -> Vec<Row<'p>> {
    plan.campaigns
        .iter()
        .filter(|c| filter.keeps(c))
        .map(|campaign| Row {
            campaign,
            spent: if campaign.spend.is_empty() {
                None
            } else {
                spent(campaign).value()
            },
            results: CampaignResults::of(&campaign.id, posts.posts(plan, &campaign.id)),
        })
        .collect()
}

/// Sorts by `column`: the most first (most spent, most reach), but the
/// cheapest first for costs, and names A to Z; what is undefined or
/// unknown always last. Ties keep the plan's order.
pub fn sort(rows: &mut [Row], column: Column) {
    rows.sort_by(|a, b| match column {
        Column::Name => by_name(a.campaign, b.campaign),
        Column::Planned => b.campaign.budget.cmp(&a.campaign.budget),
        Column::Spent => most_first(a.spent, b.spent),
        Column::Posts => {
            (b.results.published, b.results.planned).cmp(&(a.results.published, a.results.planned))
        }
        Column::Reach => most_first(count(a.results.reach), count(b.results.reach)),
        Column::Interactions => {
            most_first(count(a.results.interactions), count(b.results.interactions))
        }
        Column::Clicks => most_first(count(a.results.clicks), count(b.results.clicks)),
        Column::Leads => most_first(count(a.results.leads), count(b.results.leads)),
        Column::CostPerClick => least_first(a.cost_per_click(), b.cost_per_click()),
        Column::CostPerLead => least_first(a.cost_per_lead(), b.cost_per_lead()),
    });
}

/// A total as a number to sort by: one too large to count sorts as the
/// largest.
fn count(total: Total) -> Option<u64> {
    total
        .value()
        .map(|figure| figure.value().unwrap_or(u64::MAX))
}

fn most_first<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(&a),
        (a, b) => b.is_some().cmp(&a.is_some()),
    }
}

fn least_first<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (a, b) => b.is_some().cmp(&a.is_some()),
    }
}

fn by_name(a: &Campaign, b: &Campaign) -> Ordering {
    let lower = |c: &Campaign| c.name.to_lowercase();
    lower(a).cmp(&lower(b))
}

#[cfg(test)]
mod tests;
