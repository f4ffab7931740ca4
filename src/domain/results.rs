//! A campaign's results: the sums of its posts' reach, interactions, clicks
//! and leads, how many of its posts are out, and what a click and a lead
//! cost.
//!
//! A sum over posts none of which has a value is "no data" (`None`), not 0:
//! a campaign nobody measured is not a campaign that reached nobody. Summed
//! reach counts a person once per post that reached them, not once.

use super::budget::spent;
use super::post::{Post, PostStatus};
use super::{Campaign, Figure, Money};

/// One measure (reach, clicks…) summed over a campaign's posts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Total {
    /// How many posts hold a value for it.
    pub posts: usize,
    /// Summed in u128, which no count of u64 values a plan can hold
    /// overflows; [`Total::value`] says whether it fits a u64.
    sum: u128,
}

impl Total {
    fn add(&mut self, value: Option<u64>) {
        if let Some(value) = value {
            self.posts += 1;
            self.sum += u128::from(value);
        }
    }

    /// The sum; None when no post has a value.
    pub fn value(self) -> Option<Figure<u64>> {
        (self.posts > 0).then(|| Figure::checked(u64::try_from(self.sum).ok()))
    }

    /// The sum when some post has a value above zero: what a cost can be
    /// divided by.
    fn divisor(self) -> Option<u128> {
        (self.sum > 0).then_some(self.sum)
    }
}

/// What a campaign's posts add up to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CampaignResults {
    pub reach: Total,
    pub interactions: Total,
    pub clicks: Total,
    pub leads: Total,
    pub published: usize,
    /// Every post but the skipped ones.
    pub planned: usize,
}

impl CampaignResults {
    /// The results of the campaign `campaign` (an id) from the plan's posts.
    /// A post's results count whatever its status: they are in the plan.
    pub fn of<'p>(campaign: &str, posts: impl IntoIterator<Item = &'p Post>) -> Self {
        let mut results = CampaignResults::default();
        for post in posts.into_iter().filter(|p| p.campaign == campaign) {
            results.reach.add(post.reach);
            results.interactions.add(post.interactions);
            results.clicks.add(post.clicks);
            results.leads.add(post.leads);
            results.published += usize::from(post.status == PostStatus::Published);
            results.planned += usize::from(post.status != PostStatus::Skipped);
        }
        results
    }

    /// Reach, interactions, clicks and leads, in the order of a post's
    /// fields.
    pub fn totals(&self) -> [Total; 4] {
        [self.reach, self.interactions, self.clicks, self.leads]
    }

    /// Whether any post holds any result.
    pub fn has_any(&self) -> bool {
        self.totals().iter().any(|total| total.posts > 0)
    }

    /// `spent` per click; undefined (None) without clicks, never zero.
    pub fn cost_per_click(&self, spent: Money) -> Option<Money> {
        self.clicks.divisor().map(|clicks| per(spent, clicks))
    }

    /// `spent` per lead; undefined (None) without leads, never zero.
    pub fn cost_per_lead(&self, spent: Money) -> Option<Money> {
        self.leads.divisor().map(|leads| per(spent, leads))
    }
}

/// What a campaign's click and lead cost are worked out on: what it really
/// spent once spend is recorded; before, its planned budget stands in, so
/// that a plan can be judged before it has paid anything (and whoever shows
/// the cost says which it is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostBasis {
    Spent(Money),
    Budget(Money),
}

impl CostBasis {
    /// A sum of spend too large for an amount cannot be divided: the budget
    /// stands in for it too.
    pub fn of(campaign: &Campaign) -> Self {
        match spent(campaign).value() {
            Some(spent) if !campaign.spend.is_empty() => CostBasis::Spent(spent),
            _ => CostBasis::Budget(campaign.budget),
        }
    }

    pub fn amount(self) -> Money {
        match self {
            CostBasis::Spent(amount) | CostBasis::Budget(amount) => amount,
        }
    }
}

/// `amount ÷ count` to the cent, half a cent rounded away from zero (as a
/// person does by hand: 10.00 over 3 clicks is 3.33, 0.05 over 2 is 0.03).
/// The quotient is never larger than `amount`, so it always fits.
fn per(amount: Money, count: u128) -> Money {
    let minor = i128::from(amount.minor());
    let count = i128::try_from(count).unwrap_or(i128::MAX);
    let (quotient, remainder) = (minor / count, (minor % count).abs());
    // `remainder >= count - remainder` is `2 × remainder >= count` without
    // the doubling that could overflow.
    let rounded = if remainder >= count - remainder {
        quotient + minor.signum()
    } else {
        quotient
    };
    Money::from_minor(i64::try_from(rounded).unwrap_or(amount.minor()))
}

#[cfg(test)]
mod tests;
