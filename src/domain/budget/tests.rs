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

fn spend(date: &str, minor: i64) -> crate::domain::plan::Spend {
    crate::domain::plan::Spend {
        date: d(date),
        amount: Money::from_minor(minor),
        note: String::new(),
    }
}

fn month(year: i32, month: u32) -> Month {
    Month { year, month }
}

#[test]
fn real_spend_is_summed_per_month_of_its_date_across_a_channels_campaigns() {
    let mut plan = Plan::new("p", "EUR");
    plan.channels.push(instagram(Money::from_units(100)));
    // 59.00 planned over the 59 days of January and February: 1.00 a day.
    let mut a = campaign("a", "2027-01-01", "2027-02-28", 5900, Status::Active);
    // The last day of January is January's, the first of February February's.
    a.spend = vec![spend("2027-01-31", 4000), spend("2027-02-01", 1000)];
    let mut b = campaign("b", "2027-01-10", "2027-01-20", 3000, Status::Planned);
    b.spend = vec![spend("2027-01-15", 6500)];
    // Cancelled: it plans nothing, but what it spent was spent.
    let mut x = campaign("x", "2027-03-01", "2027-03-31", 9000, Status::Cancelled);
    x.spend = vec![spend("2027-03-02", 250)];
    plan.campaigns.extend([a, b, x]);
    let sums: Vec<(Month, Figure<Money>, Figure<Money>)> = monthly_spend(&plan)
        .into_iter()
        .map(|s| (s.month, s.planned, s.spent))
        .collect();
    let value = |minor| Figure::Value(Money::from_minor(minor));
    // January: 31 days of a, all of b; February: 28 days of a.
    assert_eq!(
        sums,
        vec![
            (month(2027, 1), value(3100 + 3000), value(4000 + 6500)),
            (month(2027, 2), value(2800), value(1000)),
            (month(2027, 3), value(0), value(250)),
        ]
    );
}

#[test]
fn a_month_is_overspent_on_real_spend_whatever_was_planned() {
    let mut plan = Plan::new("p", "EUR");
    plan.channels.push(instagram(Money::from_units(100)));
    let mut a = campaign("a", "2027-01-01", "2027-01-31", 5000, Status::Active);
    a.spend = vec![spend("2027-01-05", 6000), spend("2027-01-31", 4001)];
    plan.campaigns.push(a);
    let january = &monthly_spend(&plan)[0];
    assert!(!january.over_budget(), "50.00 planned of 100.00");
    assert!(january.overspent(), "100.01 spent of 100.00");
}
