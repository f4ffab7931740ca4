//! Planned campaign spend per channel and month, against each channel's
//! monthly budget. A campaign's budget is spread over its days, so one that
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

/// What a channel plans to spend in a month, and what it may.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthSpend {
    pub channel: String,
    pub month: Month,
    /// The sum of the campaigns' shares; out of range when it is beyond
    /// what an amount holds.
    pub planned: Figure<Money>,
    pub budget: Money,
}

impl MonthSpend {
    /// A sum out of range is over any budget: amounts are not negative, so
    /// it is above the largest amount, and so above the budget.
    pub fn over_budget(&self) -> bool {
        match self.planned {
            Figure::Value(planned) => planned > self.budget,
            Figure::OutOfRange => true,
        }
    }
}

/// Spend per channel and month, for every month a campaign touches; sorted
/// by channel (in the plan's order), then month. Cancelled campaigns spend
/// nothing.
pub fn monthly_spend(plan: &Plan) -> Vec<MonthSpend> {
    let mut spend: BTreeMap<(usize, Month), Vec<Money>> = BTreeMap::new();
    // Looked up once per campaign: a plan may hold thousands.
    let position: HashMap<&str, usize> = plan
        .channels
        .iter()
        .enumerate()
        .map(|(i, channel)| (channel.id.as_str(), i))
        .collect();
    for campaign in plan
        .campaigns
        .iter()
        .filter(|c| c.status != Status::Cancelled)
    {
        let Some(&channel) = position.get(campaign.channel.as_str()) else {
            continue;
        };
        for (month, amount) in spread(campaign) {
            spend.entry((channel, month)).or_default().push(amount);
        }
    }
    spend
        .into_iter()
        .map(|((channel, month), amounts)| {
            let channel = &plan.channels[channel];
            MonthSpend {
                channel: channel.id.clone(),
                month,
                planned: Figure::checked(Money::checked_sum(amounts)),
                budget: channel.monthly_budget,
            }
        })
        .collect()
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
mod tests {
    use super::*;
    use crate::domain::plan::{Channel, ChannelKind, Colour, Fit};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn campaign(id: &str, start: &str, end: &str, budget: i64, status: Status) -> Campaign {
        Campaign {
            spend: Vec::new(),
            id: id.into(),
            name: id.into(),
            channel: "ig".into(),
            start: d(start),
            end: d(end),
            status,
            budget: Money::from_minor(budget),
            objectives: Vec::new(),
            audience: String::new(),
            message: String::new(),
            owner: String::new(),
        }
    }

    #[test]
    fn a_budget_is_shared_by_days_and_adds_up_exactly() {
        // 12 days in January, 10 in February; 100.00 → 54.55 + 45.45.
        let c = campaign("c", "2027-01-20", "2027-02-10", 10_000, Status::Planned);
        let parts = spread(&c);
        assert_eq!(
            parts,
            vec![
                (
                    Month {
                        year: 2027,
                        month: 1
                    },
                    Money::from_minor(5455)
                ),
                (
                    Month {
                        year: 2027,
                        month: 2
                    },
                    Money::from_minor(4545)
                ),
            ]
        );
        // Thirds of a cent: the sum is still exact.
        let odd = campaign("c", "2027-01-31", "2027-03-01", 100, Status::Planned);
        let total = Money::checked_sum(spread(&odd).into_iter().map(|(_, m)| m));
        assert_eq!(total, Some(Money::from_minor(100)));
        // A leap February.
        let leap = campaign("c", "2028-02-29", "2028-03-01", 200, Status::Planned);
        assert_eq!(spread(&leap).len(), 2);
    }

    #[test]
    fn months_over_the_channel_budget_are_flagged_and_cancelled_campaigns_cost_nothing() {
        let mut plan = Plan::new("p", "EUR");
        plan.channels.push(Channel {
            id: "ig".into(),
            name: "Instagram".into(),
            kind: ChannelKind::Social,
            reason: String::new(),
            fit: Fit::default(),
            monthly_budget: Money::from_units(100),
            weekly_hours: 0.0,
            colour: Colour::Magenta,
            active: true,
            posts_per_week: None,
            copy_limit: None,
        });
        plan.campaigns.push(campaign(
            "a",
            "2027-01-01",
            "2027-01-31",
            8000,
            Status::Active,
        ));
        plan.campaigns.push(campaign(
            "b",
            "2027-01-10",
            "2027-01-20",
            3000,
            Status::Planned,
        ));
        plan.campaigns.push(campaign(
            "x",
            "2027-02-01",
            "2027-02-28",
            50_000,
            Status::Cancelled,
        ));
        let spend = monthly_spend(&plan);
        assert_eq!(spend.len(), 1);
        assert_eq!(spend[0].planned, Figure::Value(Money::from_units(110)));
        assert!(spend[0].over_budget());
    }

    fn instagram(monthly_budget: Money) -> Channel {
        Channel {
            id: "ig".into(),
            name: "Instagram".into(),
            kind: ChannelKind::Social,
            reason: String::new(),
            fit: Fit::default(),
            monthly_budget,
            weekly_hours: 0.0,
            colour: Colour::Magenta,
            active: true,
            posts_per_week: None,
            copy_limit: None,
        }
    }

    /// The spend of campaigns all in January 2027 on a channel whose monthly
    /// budget is the largest amount.
    fn january_spend(budgets: [i64; 3]) -> Vec<MonthSpend> {
        let mut plan = Plan::new("p", "EUR");
        plan.channels.push(instagram(Money::from_minor(i64::MAX)));
        for (id, budget) in ["a", "b", "c"].into_iter().zip(budgets) {
            plan.campaigns.push(campaign(
                id,
                "2027-01-01",
                "2027-01-31",
                budget,
                Status::Planned,
            ));
        }
        monthly_spend(&plan)
    }

    #[test]
    fn a_month_whose_sum_overflows_is_out_of_range_and_over_budget() {
        // The second campaign overflows the sum; the third would bring a
        // sum that skipped it back in range, to a wrong amount.
        let spend = january_spend([i64::MAX - 10, 100, 5]);
        assert_eq!(spend.len(), 1);
        assert_eq!(spend[0].planned, Figure::OutOfRange);
        assert!(spend[0].over_budget());
    }

    #[test]
    fn a_sum_just_in_range_keeps_every_campaign() {
        let spend = january_spend([i64::MAX - 10, 4, 6]);
        assert_eq!(spend[0].planned, Figure::Value(Money::from_minor(i64::MAX)));
        assert!(!spend[0].over_budget());
    }
}
