//! What the SVG promises besides matching the terminal: one bar per
//! campaign in the window, well-formed XML, plan text as text, the header
//! in the language, nothing loaded from elsewhere, statuses told apart
//! without colour, posts' marks at day zoom, today and the deadlines in
//! every group, and the zoom a printed window gets.

use chrono::Days;

use super::*;
use crate::calendar::gantt::LEGEND_STATUSES;
use crate::calendar::svg::CSS;

fn parse(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).unwrap()
}

fn class_is(node: roxmltree::Node, class: &str) -> bool {
    node.attribute("class")
        .is_some_and(|c| c.split(' ').any(|part| part == class))
}

/// Every text node under `node`, trimmed.
fn texts(node: roxmltree::Node) -> Vec<String> {
    node.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The chart of `plan` that the page would draw from `from` to `to`, on
/// 30 November 2026.
fn window_chart(plan: &Plan, from: &str, to: &str) -> Chart {
    Chart::new(plan, window_timeline(d(from), d(to)), None, d("2026-11-30"))
}

fn sample() -> Plan {
    plan(
        &[("ig", "Insta"), ("fb", "Facebook")],
        &[
            (
                "before",
                "ig",
                "Before",
                "2026-10-01",
                "2026-10-31",
                Status::Done,
            ),
            (
                "inside",
                "ig",
                "Inside",
                "2026-11-20",
                "2026-12-10",
                Status::Active,
            ),
            (
                "cut",
                "fb",
                "Cut",
                "2026-11-01",
                "2026-11-20",
                Status::Planned,
            ),
            (
                "after",
                "fb",
                "After",
                "2027-03-01",
                "2027-03-05",
                Status::Planned,
            ),
            (
                "late",
                "fb",
                "Late",
                "2026-12-20",
                "2027-01-10",
                Status::Cancelled,
            ),
        ],
    )
}

fn add_deadline(plan: &mut Plan, id: &str, name: &str, deadline: &str) {
    let mut objective = crate::calendar::layout::tests::objective(id, Some(d(deadline)));
    objective.name = name.into();
    plan.objectives.push(objective);
}

#[test]
fn one_bar_per_campaign_in_the_window_and_none_outside() {
    let plan = sample();
    let chart = window_chart(&plan, "2026-11-10", "2026-12-31");
    let bars = svg_bars(&plan, &chart);
    let drawn: Vec<&str> = bars.keys().map(String::as_str).collect();
    let mut expected: Vec<&str> = chart.campaigns().map(|b| b.id(&plan)).collect();
    expected.sort_unstable();
    assert_eq!(drawn, expected);
    assert_eq!(drawn, ["cut", "inside", "late"]);
    // One SVG per channel, each tagged with it, and the legend.
    let text = svg_text(&plan, &chart, Lang::En);
    let doc = parse(&text);
    let channels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg") && class_is(*n, "channel"))
        .filter_map(|n| n.attribute("data-channel"))
        .collect();
    assert_eq!(channels, ["ig", "fb"]);
    assert!(doc.root_element().has_tag_name("figure"));
    assert_eq!(doc.root_element().attribute("class"), Some("gantt"));
}

#[test]
fn hostile_names_are_text() {
    let script = "<script>alert(1)</script>";
    let img = "\"><img src=x onerror=alert(1)>";
    let plan = plan(
        &[("ig", img), ("fb", script)],
        &[
            (
                "x",
                "ig",
                script,
                "2026-11-20",
                "2026-12-10",
                Status::Active,
            ),
            ("y", "fb", img, "2026-11-25", "2026-11-26", Status::Planned),
        ],
    );
    let chart = window_chart(&plan, "2026-11-10", "2026-12-31");
    let text = svg_text(&plan, &chart, Lang::En);
    assert!(!text.contains("<script"), "{text}");
    assert!(!text.contains("<img"), "{text}");
    let doc = parse(&text);
    assert!(
        doc.descendants()
            .all(|n| !n.has_tag_name("script") && !n.has_tag_name("img")),
    );
    assert!(doc.descendants().all(|n| n.attribute("onerror").is_none()));
    // The names are there, whole, as the titles' text.
    let titles: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .flat_map(texts)
        .collect();
    for name in [script, img] {
        assert!(titles.iter().any(|t| t == name), "{name} in {titles:?}");
    }
    assert_eq!(
        doc.descendants()
            .find(|n| n.attribute("data-channel") == Some("ig") && n.has_tag_name("svg"))
            .and_then(|n| n.attribute("aria-label")),
        Some(img)
    );
}

#[test]
fn the_header_is_in_spanish_as_the_terminal_writes_it() {
    let plan = sample();
    // Fifteen weeks: by week, from November 2026 to February 2027.
    let timeline = window_timeline(d("2026-11-16"), d("2027-02-28"));
    assert_eq!(timeline.zoom, Zoom::Week);
    let chart = Chart::new(&plan, timeline.clone(), None, d("2026-11-30"));
    for lang in [Lang::Es, Lang::En] {
        let text = svg_text(&plan, &chart, lang);
        let doc = parse(&text);
        let header = doc.descendants().find(|n| class_is(*n, "header")).unwrap();
        let shown = texts(header);
        // Every month label the terminal's logic gives, and each week's label.
        let months =
            crate::calendar::gantt::month_labels(lang, Zoom::Week, timeline.columns(), |_| 20);
        for (_, month) in &months {
            assert!(shown.contains(month), "{month} in {shown:?}");
        }
        let week_label = lang.week_label(49);
        assert!(shown.contains(&week_label), "{week_label} in {shown:?}");
        if lang == Lang::Es {
            assert!(shown.iter().any(|t| t.starts_with("nov 2026")), "{shown:?}");
            assert!(shown.iter().any(|t| t.starts_with("ene 2027")), "{shown:?}");
            assert!(shown.contains(&"S49".to_string()), "{shown:?}");
            assert!(!shown.iter().any(|t| t.starts_with('W')), "{shown:?}");
        }
        // The legend names the statuses in the language.
        let legend = doc.descendants().find(|n| class_is(*n, "legend")).unwrap();
        let words = texts(legend);
        for status in LEGEND_STATUSES {
            assert!(
                words.contains(&lang.status(status).to_string()),
                "{words:?}"
            );
        }
    }
}

#[test]
fn nothing_is_loaded_from_elsewhere() {
    let today = d("2026-11-30");
    let mut plan = crate::demo::plan(today, Lang::En);
    add_deadline(&mut plan, "extra", "url(http://x/y)", "2026-12-15");
    for (from, to) in [("2026-11-01", "2027-01-15"), ("2026-06-01", "2027-06-01")] {
        let chart = Chart::new(&plan, window_timeline(d(from), d(to)), None, today);
        let text = svg_text(&plan, &chart, Lang::En);
        let doc = parse(&text);
        for node in doc.descendants().filter(roxmltree::Node::is_element) {
            let tag = node.tag_name().name();
            assert!(
                ![
                    "script",
                    "image",
                    "use",
                    "a",
                    "foreignObject",
                    "style",
                    "link"
                ]
                .contains(&tag),
                "{tag}"
            );
            for attribute in node.attributes() {
                assert!(!attribute.name().contains("href"), "{}", attribute.name());
                assert!(!attribute.name().starts_with("on"), "{}", attribute.name());
                let value = attribute.value();
                if let Some(at) = value.find("url(") {
                    // Only a pattern of the same SVG.
                    let id = value[at + 4..]
                        .strip_prefix('#')
                        .unwrap()
                        .trim_end_matches(')');
                    let svg = node.ancestors().find(|n| n.has_tag_name("svg")).unwrap();
                    assert!(
                        svg.descendants()
                            .any(|n| n.has_tag_name("pattern") && n.attribute("id") == Some(id)),
                        "{id} defined in its own SVG"
                    );
                }
            }
        }
    }
}

#[test]
fn a_window_gets_days_weeks_or_months() {
    let from = d("2026-03-10");
    let after = |days: u64| from.checked_add_days(Days::new(days - 1)).unwrap();
    assert_eq!(window_timeline(from, after(90)).zoom, Zoom::Day);
    assert_eq!(window_timeline(from, after(90)).len(), 90);
    assert_eq!(window_timeline(from, after(365)).zoom, Zoom::Week);
    assert_eq!(window_timeline(from, after(730)).zoom, Zoom::Month);
    // Either way round, the same window.
    assert_eq!(
        window_timeline(after(90), from),
        window_timeline(from, after(90))
    );
}

/// The pattern's shapes with their colours left out: what a greyscale
/// print of it keeps.
fn shape(pattern: roxmltree::Node) -> Vec<String> {
    pattern
        .descendants()
        .filter(roxmltree::Node::is_element)
        .map(|n| {
            let mut attributes: Vec<String> = n
                .attributes()
                .filter(|a| !["fill", "stroke", "id"].contains(&a.name()))
                .map(|a| format!("{}={}", a.name(), a.value()))
                .collect();
            attributes.sort();
            format!("{} {}", n.tag_name().name(), attributes.join(" "))
        })
        .collect()
}

#[test]
fn statuses_differ_by_pattern_not_only_by_colour() {
    let plan = sample();
    let chart = window_chart(&plan, "2026-11-10", "2027-01-31");
    let text = svg_text(&plan, &chart, Lang::En);
    let doc = parse(&text);
    for svg in doc
        .descendants()
        .filter(|n| n.has_tag_name("svg") && n.attribute("viewBox").is_some())
    {
        let patterns: Vec<_> = svg
            .descendants()
            .filter(|n| n.has_tag_name("pattern"))
            .collect();
        if patterns.is_empty() {
            continue;
        }
        assert_eq!(patterns.len(), LEGEND_STATUSES.len());
        let shapes: Vec<_> = patterns.iter().map(|p| shape(*p)).collect();
        for (i, a) in shapes.iter().enumerate() {
            for b in &shapes[i + 1..] {
                assert_ne!(a, b, "two statuses print alike");
            }
        }
    }
    // Each bar is filled with its own status's pattern.
    for g in doc.descendants().filter(|n| class_is(*n, "bar")) {
        let status = g.attribute("data-status").unwrap();
        let rect = g.children().find(|n| n.has_tag_name("rect")).unwrap();
        assert!(
            rect.attribute("fill")
                .unwrap()
                .ends_with(&format!("-{status})"))
        );
    }
    assert!(CSS.contains("break-inside: avoid"));
    assert!(CSS.contains("@media print"));
}

#[test]
fn posts_marks_at_day_zoom_today_and_deadlines_in_every_group() {
    let today = d("2026-11-30");
    let plan = crate::demo::plan(today, Lang::En);
    assert!(plan.objectives.iter().any(|o| o.deadline.is_some()));
    let day = window_timeline(d("2026-11-09"), d("2027-01-31"));
    let week = window_timeline(d("2026-09-01"), d("2027-03-31"));
    for timeline in [day, week] {
        let chart = Chart::new(&plan, timeline, None, today);
        let text = svg_text(&plan, &chart, Lang::En);
        let doc = parse(&text);
        for bar in chart.campaigns() {
            let g = doc
                .descendants()
                .find(|n| n.attribute("data-campaign") == Some(bar.id(&plan)))
                .unwrap();
            let marks = g.descendants().filter(|n| class_is(*n, "mark")).count();
            assert_eq!(marks, bar.marks.len(), "{}", bar.id(&plan));
        }
        let marked: usize = chart.campaigns().map(|b| b.marks.len()).sum();
        assert_eq!(marked > 0, chart.timeline.zoom == Zoom::Day);
        // Today and every deadline in the window cross every group.
        let groups: Vec<_> = doc
            .descendants()
            .filter(|n| class_is(*n, "channel") || class_is(*n, "deadlines"))
            .filter(|n| n.has_tag_name("svg"))
            .collect();
        assert_eq!(groups.len(), plan.channels.len() + 1);
        assert!(!chart.deadlines.is_empty());
        for group in groups {
            let lines = |class| group.descendants().filter(|n| class_is(*n, class)).count();
            assert_eq!(lines("today"), 1);
            assert_eq!(lines("deadline"), chart.deadlines.len());
        }
    }
}

#[test]
fn the_deadlines_group_only_when_an_objective_has_a_deadline() {
    let mut plan = sample();
    let timeline = window_timeline(d("2026-11-10"), d("2026-12-31"));
    let count = |plan: &Plan| {
        let chart = Chart::new(plan, timeline.clone(), None, d("2026-11-30"));
        let text = svg_text(plan, &chart, Lang::Es);
        let doc = parse(&text);
        let groups: Vec<Vec<String>> = doc
            .descendants()
            .filter(|n| n.has_tag_name("svg") && class_is(*n, "deadlines"))
            .map(texts)
            .collect();
        groups
    };
    assert!(count(&plan).is_empty());
    // A deadline outside the window: the group and its title, no mark.
    add_deadline(&mut plan, "far", "Far away", "2027-06-01");
    let groups = count(&plan);
    assert_eq!(groups.len(), 1);
    assert!(
        groups[0].contains(
            &Lang::Es
                .t(crate::i18n::calendar::Cal::Deadlines)
                .to_string()
        )
    );
    assert!(!groups[0].iter().any(|t| t.contains("Far away")));
    add_deadline(&mut plan, "near", "Close by", "2026-12-04");
    assert!(count(&plan)[0].iter().any(|t| t == "Close by"));
}
