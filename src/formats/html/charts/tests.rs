//! The charts read as XML and as HTML, draw what they say at the places
//! the figures put them, say what is missing, and keep names as text.

use chrono::NaiveDate;
use roxmltree::{Document, Node};

use super::{channel_spend, objective};
use crate::domain::forecast::Forecast;
use crate::domain::{Channel, Objective, Plan};
use crate::i18n::Lang;
use crate::i18n::charts::Chart;

mod spend;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// An objective from 1000 on 2027-01-01 to 2000 by 2027-03-01, measured
/// twice: 1200 on 2027-01-15 and 1500 on 2027-01-29.
fn followers(name: &str) -> Objective {
    serde_json::from_value(serde_json::json!({
        "id": "o",
        "name": name,
        "metric": "followers",
        "unit": "followers",
        "direction": "increase",
        "baseline": {"value": 1000.0, "date": "2027-01-01"},
        "target": 2000.0,
        "deadline": "2027-03-01",
        "measurements": [
            {"date": "2027-01-15", "value": 1200.0},
            {"date": "2027-01-29", "value": 1500.0}
        ]
    }))
    .unwrap()
}

const TODAY: &str = "2027-02-01";

/// Whether `node` has `class` among its classes.
fn has_class(node: Node, class: &str) -> bool {
    node.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

fn by_class<'a, 'i>(doc: &'a Document<'i>, class: &str) -> Vec<Node<'a, 'i>> {
    doc.descendants().filter(|n| has_class(*n, class)).collect()
}

fn one<'a, 'i>(doc: &'a Document<'i>, class: &str) -> Node<'a, 'i> {
    let found = by_class(doc, class);
    assert_eq!(found.len(), 1, "one {class}");
    found[0]
}

fn num(node: Node, attribute: &str) -> f64 {
    node.attribute(attribute)
        .unwrap_or_else(|| panic!("{attribute} missing"))
        .parse()
        .unwrap()
}

/// The texts of every `<text>` element of the class.
fn texts(doc: &Document, class: &str) -> Vec<String> {
    by_class(doc, class)
        .into_iter()
        .flat_map(|n| {
            n.descendants()
                .filter(Node::is_text)
                .filter_map(|d| d.text())
                .collect::<Vec<_>>()
        })
        .map(str::to_string)
        .collect()
}

/// A chart as text, checked to parse as XML and to hold no number that is
/// not one.
fn svg(markup: &maud::Markup) -> String {
    let text = markup.clone().into_string();
    Document::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    for bad in ["NaN", "inf"] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
    text
}

/// The centre of a measurement's marker, by its date's place among them.
fn marker(doc: &Document, index: usize) -> (f64, f64) {
    let m = by_class(doc, "series-measurement")[index];
    (num(m, "cx"), num(m, "cy"))
}

#[test]
fn an_objective_chart_draws_every_part_where_its_values_put_it() {
    let o = followers("Followers");
    let today = date(TODAY);
    let text = svg(&objective(&o, today, Lang::En));
    let doc = Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(root.attribute("width"), Some("100%"));
    assert!(root.attribute("viewBox").is_some());
    let title = root.children().find(|n| n.has_tag_name("title")).unwrap();
    assert!(title.text().unwrap().contains("Followers"));

    // The baseline and one marker per measurement, joined by a line.
    let baseline = one(&doc, "series-baseline");
    let (bx, by) = (
        num(baseline, "x") + num(baseline, "width") / 2.0,
        num(baseline, "y") + num(baseline, "height") / 2.0,
    );
    assert_eq!(by_class(&doc, "series-measurement").len(), 2);
    let line = one(&doc, "series-measurements");
    assert_eq!(line.attribute("points").unwrap().split(' ').count(), 3);
    let (m1x, m1y) = marker(&doc, 0);
    let (m2x, m2y) = marker(&doc, 1);

    // Values and days map linearly: 1000 → by, 1200 → m1y.
    let y_of = |v: f64| by + (m1y - by) * (v - 1000.0) / 200.0;
    let days =
        |d: NaiveDate| f64::from(i32::try_from((d - date("2027-01-01")).num_days()).unwrap());
    let x_of = |d: NaiveDate| bx + (m1x - bx) * days(d) / 14.0;
    assert!(
        (m2y - y_of(1500.0)).abs() < 0.3,
        "{m2y} vs {}",
        y_of(1500.0)
    );
    assert!((m2x - x_of(date("2027-01-29"))).abs() < 0.3);

    let target = one(&doc, "series-target");
    assert_eq!(target.attribute("y1"), target.attribute("y2"));
    assert!((num(target, "y1") - y_of(2000.0)).abs() < 0.3);
    let deadline = one(&doc, "series-deadline");
    assert_eq!(deadline.attribute("x1"), deadline.attribute("x2"));
    assert!((num(deadline, "x1") - x_of(date("2027-03-01"))).abs() < 0.3);
    let now = one(&doc, "series-today");
    assert!((num(now, "x1") - x_of(today)).abs() < 0.3);

    // The forecast runs from the latest value to what `status` projects.
    let forecast = Forecast::of(&o, today);
    let projected = forecast.projected.unwrap().value().unwrap();
    let f = one(&doc, "series-forecast");
    assert!((num(f, "x1") - m2x).abs() < 0.05 && (num(f, "y1") - m2y).abs() < 0.05);
    assert_eq!(f.attribute("x2"), deadline.attribute("x1"));
    assert!((num(f, "y2") - y_of(projected)).abs() < 0.3);

    // The verdict in the words `status` uses, with its projection.
    let notes = texts(&doc, "note");
    assert!(notes[0].ends_with("— on track"), "{notes:?}");
    assert!(notes[0].contains(&Lang::En.num(projected)), "{notes:?}");
    assert_eq!(notes.len(), 1, "nothing missing: {notes:?}");
    // The legend names every series.
    let legend = texts(&doc, "legend");
    for name in [
        "Measurements",
        "Baseline",
        "Forecast",
        "Target",
        "Deadline",
        "today",
    ] {
        assert!(legend.iter().any(|l| l == name), "{name} in {legend:?}");
    }
}

#[test]
fn the_legend_draws_each_series_with_the_charts_pattern() {
    let o = followers("F");
    let text = svg(&objective(&o, date(TODAY), Lang::En));
    let doc = Document::parse(&text).unwrap();
    let legend = one(&doc, "legend");
    let dashes = |node: Node| {
        node.descendants()
            .filter(|n| n.has_tag_name("line"))
            .filter_map(|n| n.attribute("stroke-dasharray"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let in_legend = dashes(legend);
    for series in ["series-forecast", "series-target", "series-deadline"] {
        let dash = one(&doc, series).attribute("stroke-dasharray").unwrap();
        assert!(in_legend.iter().any(|d| d == dash), "{series}: {dash}");
    }
    let patterns: std::collections::HashSet<_> = in_legend.iter().collect();
    assert_eq!(
        patterns.len(),
        in_legend.len(),
        "every dashed series its own"
    );
    assert!(legend.descendants().any(|n| n.has_tag_name("circle")));
    assert!(legend.descendants().any(|n| n.has_tag_name("polygon")));
}

#[test]
fn a_chart_with_nothing_measured_says_so() {
    let mut o = followers("F");
    o.measurements.clear();
    let text = svg(&objective(&o, date(TODAY), Lang::En));
    let doc = Document::parse(&text).unwrap();
    assert!(by_class(&doc, "series-measurement").is_empty());
    assert!(by_class(&doc, "series-forecast").is_empty());
    assert_eq!(by_class(&doc, "series-baseline").len(), 1);
    let notes = texts(&doc, "note");
    assert!(notes.iter().any(|n| n == Lang::En.t(Chart::NoMeasurements)));
    assert!(notes[0].ends_with("no data"), "{notes:?}");
    // The legend names only what is drawn.
    let legend = texts(&doc, "legend");
    assert!(legend.iter().any(|l| l == "Baseline"), "{legend:?}");
    assert!(
        !legend
            .iter()
            .any(|l| l == "Measurements" || l == "Forecast")
    );
}

#[test]
fn a_chart_without_deadline_or_target_says_what_is_missing() {
    let mut o = followers("F");
    o.deadline = None;
    let text = svg(&objective(&o, date(TODAY), Lang::Es));
    let doc = Document::parse(&text).unwrap();
    assert!(by_class(&doc, "series-deadline").is_empty());
    assert!(by_class(&doc, "series-forecast").is_empty());
    assert!(
        texts(&doc, "note")
            .iter()
            .any(|n| n == Lang::Es.t(Chart::NoDeadline))
    );

    o.target = None;
    o.measurements.clear();
    let text = svg(&objective(&o, date(TODAY), Lang::En));
    let doc = Document::parse(&text).unwrap();
    assert!(by_class(&doc, "series-target").is_empty());
    let notes = texts(&doc, "note");
    for missing in [Chart::NoMeasurements, Chart::NoTarget, Chart::NoDeadline] {
        assert!(notes.iter().any(|n| n == Lang::En.t(missing)), "{notes:?}");
    }
}

#[test]
fn values_at_the_edge_of_an_f64_still_draw() {
    let mut o = followers("F");
    o.baseline.value = -1.7e308;
    o.target = Some(1.7e308);
    o.measurements[1].value = 1.7e308;
    svg(&objective(&o, date(TODAY), Lang::En));
    // Everything on one day, one value.
    let mut flat = followers("F");
    flat.measurements.clear();
    flat.target = Some(1000.0);
    flat.deadline = Some(date("2027-01-01"));
    svg(&objective(&flat, date("2027-01-01"), Lang::Es));
}

pub(super) const HOSTILE: [&str; 2] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
];

/// No element a name could have smuggled in, read as XML and as HTML.
pub(super) fn no_markup_from(text: &str) {
    let doc = Document::parse(text).unwrap();
    assert!(
        !doc.descendants()
            .any(|n| n.has_tag_name("script") || n.has_tag_name("img"))
    );
    let html = scraper::Html::parse_fragment(text);
    let smuggled = scraper::Selector::parse("script, img, [onerror]").unwrap();
    assert_eq!(html.select(&smuggled).count(), 0, "{text}");
}

#[test]
fn hostile_names_stay_text() {
    for name in HOSTILE {
        let mut o = followers(name);
        o.metric = name.into();
        let text = svg(&objective(&o, date(TODAY), Lang::En));
        no_markup_from(&text);
        let doc = Document::parse(&text).unwrap();
        let title = doc.root_element().first_element_child().unwrap();
        assert_eq!(
            title.text(),
            Some(Lang::En.objective_chart_title(name).as_str())
        );
        assert!(texts(&doc, "axis-name").iter().any(|t| t.contains(name)));
    }
}

#[test]
fn spanish_charts_write_months_and_numbers_as_spain_does() {
    let o = followers("Seguidores");
    let text = svg(&objective(&o, date(TODAY), Lang::Es));
    let doc = Document::parse(&text).unwrap();
    let dates = texts(&doc, "tick-date");
    assert!(dates.iter().any(|d| d == "feb 2027"), "{dates:?}");
    let values = texts(&doc, "tick-value");
    assert!(values.iter().any(|v| v == "1.500"), "{values:?}");
    let notes = texts(&doc, "note");
    assert!(notes[0].contains("hasta el 01/03/2027"), "{notes:?}");
    assert!(notes[0].ends_with("en buen camino"), "{notes:?}");

    let mut rate = followers("Interacción");
    rate.baseline.value = 2.5;
    rate.target = Some(3.5);
    rate.measurements[0].value = 2.7;
    rate.measurements[1].value = 2.9;
    let text = svg(&objective(&rate, date(TODAY), Lang::Es));
    let doc = Document::parse(&text).unwrap();
    let values = texts(&doc, "tick-value");
    assert!(values.iter().any(|v| v.contains(',')), "{values:?}");
    assert!(texts(&doc, "note")[0].starts_with("2,5 → 2,9 / 3,5"));
    let english = svg(&objective(&rate, date(TODAY), Lang::En));
    let doc = Document::parse(&english).unwrap();
    let swapped: Vec<String> = values.iter().map(|v| v.replace(',', ".")).collect();
    assert_eq!(texts(&doc, "tick-value"), swapped);
    assert!(texts(&doc, "tick-date").iter().any(|d| d == "Feb 2027"));
}

#[test]
fn every_chart_of_the_demo_draws_in_both_languages() {
    let today = date("2026-11-30");
    for lang in [Lang::En, Lang::Es] {
        let plan = crate::demo::plan(today, lang);
        for o in &plan.objectives {
            let text = svg(&objective(o, today, lang));
            assert!(text.contains("series-baseline"));
        }
        let months = months_of(&plan);
        assert!(months.len() > 1);
        for channel in &plan.channels {
            let text = svg(&channel_spend(&plan, channel, &months, lang));
            let doc = Document::parse(&text).unwrap();
            assert_eq!(by_class(&doc, "month").len(), months.len());
        }
    }
}

/// The first day of every month the plan's campaigns run in.
pub(super) fn months_of(plan: &Plan) -> Vec<NaiveDate> {
    use chrono::{Datelike, Months};
    let first = plan.campaigns.iter().map(|c| c.start).min().unwrap();
    let last = plan.campaigns.iter().map(|c| c.end).max().unwrap();
    let mut month = first.with_day(1).unwrap();
    let mut months = Vec::new();
    while month <= last {
        months.push(month);
        month = month + Months::new(1);
    }
    months
}

/// A channel for the spend tests.
pub(super) fn channel(id: &str, name: &str, budget: &str) -> Channel {
    serde_json::from_value(serde_json::json!({
        "id": id, "name": name, "kind": "social", "monthly_budget": budget, "colour": "blue"
    }))
    .unwrap()
}
