//! The spend chart: three bars a month, as tall as their amounts, with
//! patterns of its own.

use std::collections::HashSet;

use roxmltree::Document;

use super::{HOSTILE, by_class, channel, date, has_class, no_markup_from, num, svg, texts};
use crate::domain::{Money, Plan};
use crate::formats::html::charts::channel_spend;
use crate::i18n::Lang;
use crate::i18n::charts::Chart;

/// Instagram, 150.00 a month: in January 2027 a campaign plans 100.00 and
/// spends 40.00 (and 60.00 more on 3 February); in February another plans
/// 300.00; March has nothing. Facebook, 80.00 a month, has no campaign.
fn plan() -> Plan {
    let mut plan = Plan::new("p", "EUR");
    plan.channels.push(channel("ig", "Instagram", "150.00"));
    plan.channels.push(channel("fb", "Facebook", "80.00"));
    for campaign in [
        serde_json::json!({
            "id": "jan", "name": "Jan", "channel": "ig", "start": "2027-01-01",
            "end": "2027-01-31", "status": "active", "budget": "100.00",
            "spend": [
                {"date": "2027-01-10", "amount": "40.00"},
                {"date": "2027-02-03", "amount": "60.00"}
            ]
        }),
        serde_json::json!({
            "id": "feb", "name": "Feb", "channel": "ig", "start": "2027-02-01",
            "end": "2027-02-28", "status": "planned", "budget": "300.00"
        }),
    ] {
        plan.campaigns
            .push(serde_json::from_value(campaign).unwrap());
    }
    plan
}

fn months() -> Vec<chrono::NaiveDate> {
    ["2027-01-01", "2027-02-01", "2027-03-01"]
        .map(date)
        .to_vec()
}

/// The chart of the plan's `channel`th channel over January to March.
fn chart(plan: &Plan, channel: usize, lang: Lang) -> String {
    svg(&channel_spend(
        plan,
        &plan.channels[channel],
        &months(),
        lang,
    ))
}

#[test]
fn each_month_has_three_bars_as_tall_as_their_amounts() {
    let plan = plan();
    let text = chart(&plan, 0, Lang::En);
    let doc = Document::parse(&text).unwrap();
    let groups = by_class(&doc, "month");
    assert_eq!(groups.len(), 3);
    let expected = [
        [15_000, 10_000, 4_000],
        [15_000, 30_000, 6_000],
        [15_000, 0, 0],
    ];
    let mut per_cent = Vec::new();
    let mut bottoms = HashSet::new();
    for (group, amounts) in groups.iter().zip(expected) {
        let bars: Vec<_> = group
            .children()
            .filter(|n| n.has_tag_name("rect"))
            .collect();
        assert_eq!(bars.len(), 3, "three bars a month");
        for (bar, (class, cents)) in bars.iter().zip(
            ["bar-budget", "bar-planned", "bar-spent"]
                .into_iter()
                .zip(amounts),
        ) {
            assert!(has_class(*bar, class));
            let height = num(*bar, "height");
            bottoms.insert(format!("{:.1}", num(*bar, "y") + height));
            if cents == 0 {
                assert!(height.abs() < 0.05, "{class}: {height}");
            } else {
                per_cent.push(height / f64::from(cents));
            }
            let title = bar.children().find(|n| n.has_tag_name("title")).unwrap();
            let amount = Lang::En.money_in(Money::from_minor(cents.into()), "EUR");
            assert!(title.text().unwrap().ends_with(&amount), "{amount}");
        }
    }
    assert_eq!(
        bottoms.len(),
        1,
        "every bar stands on the axis: {bottoms:?}"
    );
    let first = per_cent[0];
    for ratio in &per_cent {
        assert!((ratio / first - 1.0).abs() < 0.01, "{per_cent:?}");
    }
    let months: Vec<_> = texts(&doc, "tick-date");
    assert_eq!(months, ["Jan 2027", "Feb 2027", "Mar 2027"]);
}

#[test]
fn budget_planned_and_real_are_an_outline_a_hatching_and_a_fill() {
    let plan = plan();
    let text = chart(&plan, 0, Lang::En);
    let doc = Document::parse(&text).unwrap();
    let fill = |class: &str| {
        by_class(&doc, class)[0]
            .attribute("fill")
            .unwrap()
            .to_string()
    };
    assert_eq!(fill("bar-budget"), "none");
    let hatch = fill("bar-planned");
    let id = hatch
        .strip_prefix("url(#")
        .and_then(|s| s.strip_suffix(')'))
        .unwrap();
    let pattern = doc
        .descendants()
        .find(|n| n.has_tag_name("pattern") && n.attribute("id") == Some(id))
        .unwrap();
    assert!(pattern.descendants().any(|n| n.has_tag_name("line")));
    assert!(fill("bar-spent").starts_with('#'));
    // The legend paints its swatches the same way.
    let legend = by_class(&doc, "legend")[0];
    let swatches: Vec<_> = legend
        .descendants()
        .filter_map(|n| {
            n.has_tag_name("rect")
                .then(|| n.attribute("fill"))
                .flatten()
        })
        .collect();
    assert_eq!(
        swatches,
        ["none", hatch.as_str(), fill("bar-spent").as_str()]
    );
}

#[test]
fn two_charts_on_one_page_never_share_an_id() {
    let plan = plan();
    let page: Vec<String> = plan
        .channels
        .iter()
        .map(|c| svg(&channel_spend(&plan, c, &months(), Lang::En)))
        .collect();
    let mut ids = HashSet::new();
    for text in &page {
        let doc = Document::parse(text).unwrap();
        for id in doc.descendants().filter_map(|n| n.attribute("id")) {
            assert!(ids.insert(id.to_string()), "{id} twice");
        }
        // Every pattern a chart uses is its own.
        let own: HashSet<_> = doc
            .descendants()
            .filter_map(|n| n.attribute("id"))
            .collect();
        for used in doc.descendants().filter_map(|n| n.attribute("fill")) {
            if let Some(id) = used.strip_prefix("url(#").and_then(|s| s.strip_suffix(')')) {
                assert!(own.contains(id), "{id} used but defined elsewhere");
            }
        }
    }
    assert!(!ids.is_empty());
}

#[test]
fn spanish_amounts_take_a_decimal_comma_and_the_euro_sign() {
    let plan = plan();
    let text = chart(&plan, 0, Lang::Es);
    let doc = Document::parse(&text).unwrap();
    assert!(text.contains("Presupuesto: 150,00 €"), "{text}");
    let ticks = texts(&doc, "tick-value");
    assert!(ticks.iter().all(|t| t.ends_with(",00 €")), "{ticks:?}");
    assert_eq!(
        texts(&doc, "tick-date"),
        ["ene 2027", "feb 2027", "mar 2027"]
    );
}

#[test]
fn a_chart_without_months_says_so_and_hostile_names_stay_text() {
    let mut plan = plan();
    let text = svg(&channel_spend(&plan, &plan.channels[1], &[], Lang::En));
    let doc = Document::parse(&text).unwrap();
    assert!(by_class(&doc, "month").is_empty());
    assert_eq!(texts(&doc, "note"), [Lang::En.t(Chart::NoMonths)]);
    for name in HOSTILE {
        plan.channels[0].name = name.into();
        plan.currency = name.into();
        let text = chart(&plan, 0, Lang::En);
        no_markup_from(&text);
        let doc = Document::parse(&text).unwrap();
        let title = doc.root_element().first_element_child().unwrap();
        assert!(title.text().unwrap().starts_with(name));
    }
}

#[test]
fn a_sum_beyond_what_an_amount_holds_is_marked_not_drawn_as_a_number() {
    let mut plan = plan();
    for (i, campaign) in plan.campaigns.iter_mut().enumerate() {
        campaign.budget = Money::MAX;
        campaign.start = date("2027-01-01");
        campaign.end = date("2027-01-31");
        campaign.id = format!("c{i}");
    }
    let text = chart(&plan, 0, Lang::En);
    let doc = Document::parse(&text).unwrap();
    assert_eq!(by_class(&doc, "out-of-range").len(), 1);
    assert_eq!(texts(&doc, "note"), [Lang::En.t(Chart::OutOfRangeBar)]);
    let planned = by_class(&doc, "bar-planned")[0];
    let title = planned
        .children()
        .find(|n| n.has_tag_name("title"))
        .unwrap();
    assert!(
        title
            .text()
            .unwrap()
            .ends_with(Lang::En.t(crate::i18n::T::OutOfRange))
    );
}
