use chrono::NaiveDate;

use super::*;

/// A post of `campaign` with the given status and results.
fn post(campaign: &str, status: PostStatus, results: [Option<u64>; 4]) -> Post {
    let [reach, interactions, clicks, leads] = results;
    let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    Post {
        status,
        reach,
        interactions,
        clicks,
        leads,
        ..Post::new("p".into(), campaign.into(), date, "t".into())
    }
}

const NONE: [Option<u64>; 4] = [None; 4];

#[test]
fn sums_over_the_campaigns_posts_only() {
    let posts = [
        post(
            "a",
            PostStatus::Published,
            [Some(1200), Some(80), Some(30), Some(2)],
        ),
        post(
            "a",
            PostStatus::Published,
            [Some(800), None, Some(10), Some(0)],
        ),
        post(
            "b",
            PostStatus::Published,
            [Some(5), Some(5), Some(5), Some(5)],
        ),
        post("a", PostStatus::Scheduled, NONE),
        post("a", PostStatus::Skipped, NONE),
    ];
    let results = CampaignResults::of("a", &posts);
    assert_eq!(results.reach.value(), Some(Figure::Value(2000)));
    assert_eq!(results.reach.posts, 2);
    assert_eq!(results.interactions.value(), Some(Figure::Value(80)));
    assert_eq!(results.interactions.posts, 1);
    assert_eq!(results.clicks.value(), Some(Figure::Value(40)));
    assert_eq!(results.leads.value(), Some(Figure::Value(2)));
    // Planned: the four posts of `a` but the skipped one.
    assert_eq!((results.published, results.planned), (2, 3));
    // 300.00 over 40 clicks is 7.50; over 2 leads, 150.00.
    let spent = Money::from_units(300);
    assert_eq!(results.cost_per_click(spent), Some(Money::from_minor(750)));
    assert_eq!(results.cost_per_lead(spent), Some(Money::from_units(150)));
}

#[test]
fn no_values_is_no_data_and_a_cost_without_clicks_is_undefined() {
    let posts = [
        post("a", PostStatus::Published, [Some(500), None, None, None]),
        post("a", PostStatus::Published, [None, None, Some(0), None]),
    ];
    let results = CampaignResults::of("a", &posts);
    assert_eq!(results.interactions.value(), None, "no post measured it");
    assert_eq!(
        results.clicks.value(),
        Some(Figure::Value(0)),
        "measured: nobody clicked"
    );
    let spent = Money::from_units(120);
    assert_eq!(
        results.cost_per_click(spent),
        None,
        "no clicks: undefined, not 0"
    );
    assert_eq!(results.cost_per_lead(spent), None, "no leads measured");
    assert!(results.has_any());
}

#[test]
fn a_campaign_without_posts_has_nothing() {
    let results = CampaignResults::of("a", &[]);
    assert_eq!(results, CampaignResults::default());
    assert!(!results.has_any());
    assert_eq!(results.reach.value(), None);
    assert_eq!(results.cost_per_click(Money::from_units(10)), None);
}

#[test]
fn costs_round_half_a_cent_away_from_zero() {
    let with_clicks = |clicks| {
        CampaignResults::of(
            "a",
            &[post(
                "a",
                PostStatus::Published,
                [None, None, Some(clicks), None],
            )],
        )
    };
    // 10.00 / 3 = 3.333… → 3.33; 20.00 / 3 = 6.666… → 6.67; 0.05 / 2 = 0.025 → 0.03.
    assert_eq!(
        with_clicks(3).cost_per_click(Money::from_units(10)),
        Some(Money::from_minor(333))
    );
    assert_eq!(
        with_clicks(3).cost_per_click(Money::from_units(20)),
        Some(Money::from_minor(667))
    );
    assert_eq!(
        with_clicks(2).cost_per_click(Money::from_minor(5)),
        Some(Money::from_minor(3))
    );
    assert_eq!(
        with_clicks(2).cost_per_click(Money::from_minor(-5)),
        Some(Money::from_minor(-3))
    );
    // Nothing spent: a click cost nothing, which is a value.
    assert_eq!(
        with_clicks(7).cost_per_click(Money::ZERO),
        Some(Money::ZERO)
    );
    // A fraction of a cent per click rounds to 0.00 or 0.01.
    assert_eq!(
        with_clicks(1000).cost_per_click(Money::from_units(1)),
        Some(Money::ZERO)
    );
    assert_eq!(
        with_clicks(200).cost_per_click(Money::from_units(1)),
        Some(Money::from_minor(1))
    );
}

#[test]
fn sums_beyond_a_u64_are_out_of_range_and_costs_still_exact() {
    let big = [Some(u64::MAX), None, Some(u64::MAX), None];
    let posts = [
        post("a", PostStatus::Published, big),
        post("a", PostStatus::Published, big),
    ];
    let results = CampaignResults::of("a", &posts);
    assert_eq!(results.reach.value(), Some(Figure::OutOfRange));
    assert_eq!(results.cost_per_click(Money::MAX), Some(Money::ZERO));
    assert_eq!(
        CampaignResults::of("a", &posts[..1]).cost_per_click(Money::MAX),
        Some(Money::ZERO),
        "(2^63 - 1) / (2^64 - 1) is just under half a cent: rounds down"
    );
}

#[test]
fn costs_are_on_the_budget_until_spend_is_recorded_then_on_what_was_spent() {
    let today = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap();
    let mut campaign = crate::demo::plan(today, crate::i18n::Lang::En).campaigns[0].clone();
    campaign.budget = Money::from_units(120);
    campaign.spend.clear();
    assert_eq!(
        CostBasis::of(&campaign),
        CostBasis::Budget(Money::from_units(120))
    );
    let entry = |minor| crate::domain::Spend {
        date: today,
        amount: Money::from_minor(minor),
        note: String::new(),
    };
    campaign.spend = vec![entry(2_550), entry(1_000)];
    let basis = CostBasis::of(&campaign);
    assert_eq!(basis, CostBasis::Spent(Money::from_minor(3_550)));
    assert_eq!(basis.amount(), Money::from_minor(3_550));
    // Nothing spent yet, but recorded as such: a cost of zero, on spend.
    campaign.spend = vec![entry(0)];
    assert_eq!(CostBasis::of(&campaign), CostBasis::Spent(Money::ZERO));
}
