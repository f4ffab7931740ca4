use chrono::NaiveDate;

use super::*;
use crate::domain::Spend;
use crate::domain::post::{Post, PostStatus};
use crate::i18n::Lang;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

/// Three of the demo's campaigns, with posts and spend set here:
/// "a" spent 30.00 for 40 clicks and 3 leads; "b" spent 10.00 for 8 clicks
/// and no leads; "c" recorded no spend and no results.
fn plan() -> Plan {
    let mut plan = crate::demo::plan(day("2027-01-20"), Lang::En);
    plan.campaigns.truncate(3);
    plan.posts.clear();
    let ids: Vec<String> = plan.campaigns.iter().map(|c| c.id.clone()).collect();
    for (i, c) in plan.campaigns.iter_mut().enumerate() {
        c.name = ["a", "b", "c"][i].into();
        c.spend.clear();
    }
    let spend = |amount| Spend {
        date: day("2027-01-10"),
        amount: money(amount),
        note: String::new(),
    };
    plan.campaigns[0].spend = vec![spend("10.00"), spend("20.00")];
    plan.campaigns[1].spend = vec![spend("10.00")];
    let post = |n: usize, campaign: &str, clicks: Option<u64>, leads: Option<u64>| Post {
        status: PostStatus::Published,
        clicks,
        leads,
        reach: clicks.map(|c| c * 10),
        ..Post::new(
            format!("p{n}"),
            campaign.into(),
            day("2027-01-05"),
            "t".into(),
        )
    };
    plan.posts = vec![
        post(1, &ids[0], Some(25), Some(1)),
        post(2, &ids[0], Some(15), Some(2)),
        post(3, &ids[1], Some(8), None),
        Post::new(
            "p4".into(),
            ids[2].clone(),
            day("2027-01-05"),
            "idea".into(),
        ),
    ];
    plan
}

fn names<'p>(rows: &[Row<'p>]) -> Vec<&'p str> {
    rows.iter().map(|r| r.campaign.name.as_str()).collect()
}

#[test]
fn costs_are_what_was_spent_over_clicks_and_leads_and_undefined_without_them() {
    let plan = plan();
    let rows = rows(&plan, &Filter::default());
    assert_eq!(rows[0].spent, Some(money("30.00")));
    assert_eq!(rows[0].cost_per_click(), Some(money("0.75")));
    assert_eq!(rows[0].cost_per_lead(), Some(money("10.00")));
    // No leads: the cost per lead is undefined, not zero.
    assert_eq!(rows[1].cost_per_click(), Some(money("1.25")));
    assert_eq!(rows[1].cost_per_lead(), None);
    // Nothing spent recorded: no cost at all, whatever the budget.
    assert_eq!(rows[2].spent, None);
    assert_eq!(rows[2].cost_per_click(), None);
    assert_eq!((rows[2].results.published, rows[2].results.planned), (0, 1));
}

#[test]
fn sorting_puts_the_most_first_the_cheapest_first_and_the_undefined_last() {
    let plan = plan();
    let mut rows = rows(&plan, &Filter::default());
    sort(&mut rows, Column::Clicks);
    assert_eq!(names(&rows), ["a", "b", "c"]);
    sort(&mut rows, Column::CostPerClick);
    assert_eq!(names(&rows), ["a", "b", "c"]);
    sort(&mut rows, Column::CostPerLead);
    assert_eq!(names(&rows), ["a", "b", "c"]);
    sort(&mut rows, Column::Spent);
    assert_eq!(names(&rows), ["a", "b", "c"]);
    sort(&mut rows, Column::Name);
    assert_eq!(names(&rows), ["a", "b", "c"]);
    // The cheapest click first: b's 1.25 after a's 0.75 only while a is
    // cheaper; make a dearer.
    let mut dear = plan.clone();
    dear.campaigns[0].spend[1].amount = money("100.00");
    let mut rows = super::rows(&dear, &Filter::default());
    sort(&mut rows, Column::CostPerClick);
    assert_eq!(names(&rows), ["b", "a", "c"]);
    sort(&mut rows, Column::Spent);
    assert_eq!(names(&rows), ["a", "b", "c"]);
}

#[test]
fn the_filter_keeps_a_channel_and_campaigns_that_run_in_the_period() {
    let plan = plan();
    let channel = plan.campaigns[1].channel.clone();
    let on_channel = rows(
        &plan,
        &Filter {
            channel: Some(channel.clone()),
            ..Filter::default()
        },
    );
    assert!(on_channel.iter().all(|r| r.campaign.channel == channel));
    assert!(!on_channel.is_empty());
    let first = &plan.campaigns[0];
    let during = rows(
        &plan,
        &Filter {
            from: Some(first.start),
            to: Some(first.start),
            ..Filter::default()
        },
    );
    assert!(during.iter().any(|r| r.campaign.id == first.id));
    assert!(
        during
            .iter()
            .all(|r| r.campaign.start <= first.start && r.campaign.end >= first.start)
    );
}
