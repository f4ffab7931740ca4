//! Campaign spend per channel and month, planned and real, against each
//! channel's monthly budget. Real spend is the sum of the entries dated in
//! the month. A campaign's budget is spread over its days, so one that
//! runs from 20 January to 10 February counts partly in each month; cents
//! are shared out so that the months add up to the budget exactly.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};

use super::figure::Figure;
use super::money::Money;
use super::plan::{Campaign, Plan, Status};

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }

    fn last_day(self) -> Option<NaiveDate> {
        self.first_day()?
            .checked_add_months(Months::new(1))?
            .pred_opt()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{:02}", self.year, self.month)
    }
}

/// What a channel plans to spend in a month, what it really spent, and
/// what it may.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthSpend {
    pub channel: String,
    pub month: Month,
    /// The sum of the campaigns' shares; out of range when it is beyond
    /// what an amount holds.
    pub planned: Figure<Money>,
    /// The sum of the campaigns' spend entries dated in the month.
    pub spent: Figure<Money>,
    pub budget: Money,
}

impl MonthSpend {
    /// Whether the plan means to spend more than the budget.
    pub fn over_budget(&self) -> bool {
        beyond(self.planned, self.budget)
    }

    /// Whether more than the budget was really spent.
    pub fn overspent(&self) -> bool {
        beyond(self.spent, self.budget)
    }
}

/// A sum out of range is over any budget: amounts are not negative, so it
/// is above the largest amount, and so above the budget.
fn beyond(sum: Figure<Money>, budget: Money) -> bool {
    match sum {
        Figure::Value(sum) => sum > budget,
        Figure::OutOfRange => true,
    }
}

/// Spend per channel and month, for every month a campaign touches or
/// spent in; sorted by channel (in the plan's order), then month. Cancelled
/// campaigns plan nothing, but what they spent before they were cancelled
/// was spent.
pub fn monthly_spend(plan: &Plan) -> Vec<MonthSpend> {
    let mut sums: BTreeMap<(usize, Month), Sums> = BTreeMap::new();
    // Looked up once per campaign: a plan may hold thousands.
    let position: HashMap<&str, usize> = plan
        .channels
        .iter()
        .enumerate()
        .map(|(i, channel)| (channel.id.as_str(), i))
        .collect();
    for campaign in &plan.campaigns {
        let Some(&channel) = position.get(campaign.channel.as_str()) else {
            continue;
        };
        if campaign.status != Status::Cancelled {
            for (month, amount) in spread(campaign) {
                sums.entry((channel, month))
                    .or_default()
                    .planned
                    .push(amount);
            }
        }
        for entry in &campaign.spend {
            let month = Month::of(entry.date);
            sums.entry((channel, month))
                .or_default()
                .spent
                .push(entry.amount);
        }
    }
    sums.into_iter()
        .map(|((channel, month), sums)| {
            let channel = &plan.channels[channel];
            MonthSpend {
                channel: channel.id.clone(),
                month,
                planned: Figure::checked(Money::checked_sum(sums.planned)),
                spent: Figure::checked(Money::checked_sum(sums.spent)),
                budget: channel.monthly_budget,
            }
        })
        .collect()
}

/// The amounts of one channel and month, planned and spent.
#[derive(Default)]
struct Sums {
    planned: Vec<Money>,
    spent: Vec<Money>,
}

/// What a campaign really spent: the sum of its entries.
pub fn spent(campaign: &Campaign) -> Figure<Money> {
    Figure::checked(Money::checked_sum(campaign.spend.iter().map(|s| s.amount)))
}

/// A campaign's budget shared over the months it runs in, by days, in whole
/// cents that add up to the budget (the largest remainders get the cents
/// left over).
pub fn spread(campaign: &Campaign) -> Vec<(Month, Money)> {
    let total_days = (campaign.end - campaign.start).num_days() + 1;
    if total_days <= 0 {
        return Vec::new();
    }
    // Most campaigns fit in one month: nothing to share out.
    if Month::of(campaign.start) == Month::of(campaign.end) {
        return vec![(Month::of(campaign.start), campaign.budget)];
    }
    let mut months: Vec<(Month, i64)> = Vec::new();
    let mut month = Month::of(campaign.start);
    while let (Some(first), Some(last)) = (month.first_day(), month.last_day()) {
        if first > campaign.end {
            break;
        }
        let days = (last.min(campaign.end) - first.max(campaign.start)).num_days() + 1;
        months.push((month, days));
        let Some(next) = last.succ_opt() else { break };
        month = Month::of(next);
    }
    let cents = i128::from(campaign.budget.minor());
    let days = i128::from(total_days);
    let mut shares: Vec<(Month, i128, i128)> = months
        .iter()
        .map(|&(m, d)| {
            (
                m,
                cents * i128::from(d) / days,
                cents * i128::from(d) % days,
            )
        })
        .collect();
    let mut left = cents - shares.iter().map(|s| s.1).sum::<i128>();
    let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(shares[i].2));
    for i in by_remainder {
        if left <= 0 {
            break;
        }
        shares[i].1 += 1;
        left -= 1;
    }
    shares
        .into_iter()
        .map(|(m, c, _)| (m, Money::from_minor(i64::try_from(c).unwrap_or(i64::MAX))))
        .collect()
}

#[cfg(test)]
mod tests;
