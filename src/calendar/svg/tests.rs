//! One layout, two renderers: the terminal widget and the SVG drawn from
//! the same `Chart` show the same campaigns in the same channels, lanes
//! and column order. The SVG's other promises are in `tests/output.rs`.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod output;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::{LABEL_W, gantt, window_timeline};
use crate::calendar::gantt::{Gantt, Geometry, HEADER_ROWS};
use crate::calendar::layout::Chart;
use crate::calendar::timeline::{Timeline, Zoom};
use crate::domain::{Plan, Status};
use crate::i18n::Lang;
use crate::text::{truncate, width};
use crate::theme::Theme;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A plan of two `channels` (id, name) and `campaigns` (id, channel,
/// name, start, end, status): the layout tests' plan, renamed.
fn plan(
    channels: &[(&str, &str); 2],
    campaigns: &[(&str, &str, &str, &str, &str, Status)],
) -> Plan {
    let dates: Vec<_> = campaigns
        .iter()
        .map(|&(id, channel, _, start, end, _)| (id, channel, start, end))
        .collect();
    let mut plan = crate::calendar::layout::tests::plan(&dates);
    for (channel, (id, name)) in plan.channels.iter_mut().zip(channels) {
        channel.id = (*id).into();
        channel.name = (*name).into();
    }
    for (campaign, &(_, _, name, _, _, status)) in plan.campaigns.iter_mut().zip(campaigns) {
        campaign.name = name.into();
        campaign.status = status;
    }
    plan
}

/// Where one renderer put a campaign: its channel's id, its lane, and the
/// column its bar starts in.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Placed {
    channel: String,
    lane: usize,
    column: usize,
}

fn svg_text(plan: &Plan, chart: &Chart, lang: Lang) -> String {
    gantt(plan, chart, lang).into_string()
}

/// The SVG's bars by campaign id, read back from the markup alone: the
/// `data-` attributes and the rectangle's x.
fn svg_bars(plan: &Plan, chart: &Chart) -> BTreeMap<String, Placed> {
    let text = svg_text(plan, chart, Lang::En);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let column_w =
        (super::WIDTH - LABEL_W) / f64::from(u32::try_from(chart.timeline.len()).unwrap());
    let mut bars = BTreeMap::new();
    for g in doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
    {
        let rect = g.children().find(|n| n.has_tag_name("rect")).unwrap();
        let x: f64 = rect.attribute("x").unwrap().parse().unwrap();
        let column = ((x - LABEL_W) / column_w).floor();
        let placed = Placed {
            channel: g.attribute("data-channel").unwrap().to_string(),
            lane: g.attribute("data-lane").unwrap().parse().unwrap(),
            column: super::whole(column),
        };
        let id = g.attribute("data-campaign").unwrap().to_string();
        assert!(bars.insert(id, placed).is_none(), "one bar per campaign");
    }
    bars
}

/// The symbols a fill, an arrow, a mark or today's line may be: what may
/// stand right before or after a name in the terminal.
const BESIDE_NAME: [&str; 11] = [" ", "░", "█", "▒", "╌", "◀", "▶", "│", "●", "○", "!"];

/// The terminal's bars by campaign id, read back from the drawn screen
/// alone: the channel from the name in the label column (carried down its
/// lanes), the lane from the rows since it, the column from where the
/// campaign's name (whole, or cut with "…") starts.
fn terminal_bars(plan: &Plan, chart: &Chart, width_cells: u16) -> BTreeMap<String, Placed> {
    let height = Gantt::height(chart);
    let mut terminal = Terminal::new(TestBackend::new(width_cells, height)).unwrap();
    terminal
        .draw(|frame| {
            frame.render_widget(
                Gantt {
                    chart,
                    plan,
                    lang: Lang::En,
                    theme: Theme::new(false, false),
                    selected: None,
                    first_row: 0,
                },
                frame.area(),
            );
        })
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let g = Geometry::of(plan, chart.timeline.zoom, width_cells, chart.timeline.len());
    assert_eq!(
        g.columns,
        chart.timeline.len(),
        "the terminal shows every column"
    );
    let mut bars = BTreeMap::new();
    let mut channel = String::new();
    let mut lane = 0;
    for y in HEADER_ROWS..HEADER_ROWS + u16::try_from(chart.rows.len()).unwrap() {
        // Each cell's symbol and its x, the cells a wide symbol covers left out.
        let mut cells: Vec<(u16, String)> = Vec::new();
        let mut x = 0;
        while x < width_cells {
            let symbol = buffer[(x, y)].symbol().to_string();
            let w = u16::try_from(width(&symbol).max(1)).unwrap();
            cells.push((x, symbol));
            x += w;
        }
        let label: String = cells
            .iter()
            .take_while(|(x, _)| *x < g.label)
            .map(|(_, s)| s.as_str())
            .collect();
        if let Some(c) = plan.channels.iter().find(|c| c.name == label.trim()) {
            channel.clone_from(&c.id);
            lane = 0;
        } else {
            assert!(label.trim().is_empty(), "an unknown label {label:?}");
            lane += 1;
        }
        for campaign in &plan.campaigns {
            let Some(x) = name_at(&cells, &campaign.name) else {
                continue;
            };
            let column = usize::from((x - 1 - g.label) / g.cells);
            let placed = Placed {
                channel: channel.clone(),
                lane,
                column,
            };
            assert!(
                bars.insert(campaign.id.clone(), placed).is_none(),
                "{} shows once",
                campaign.id
            );
        }
    }
    bars
}

/// Where `name` starts on a row of cells: whole, or cut to fewer cells
/// with "…", between the things a bar's name stands between.
fn name_at(cells: &[(u16, String)], name: &str) -> Option<u16> {
    let symbols: Vec<&str> = cells.iter().map(|(_, s)| s.as_str()).collect();
    for room in (3..=width(name)).rev() {
        let cut = truncate(name, room, "…");
        let wanted: Vec<String> =
            unicode_segmentation::UnicodeSegmentation::graphemes(cut.as_str(), true)
                .map(str::to_string)
                .collect();
        let found = (1..symbols.len().saturating_sub(wanted.len())).find(|&i| {
            symbols[i..i + wanted.len()] == wanted
                && BESIDE_NAME.contains(&symbols[i - 1])
                && symbols
                    .get(i + wanted.len())
                    .is_none_or(|s| BESIDE_NAME.contains(s))
        });
        if let Some(i) = found {
            return Some(cells[i].0);
        }
    }
    None
}

/// Both renderers of `chart` agree, and agree with the chart's own bars.
fn assert_one_layout(plan: &Plan, chart: &Chart, width_cells: u16) {
    let svg = svg_bars(plan, chart);
    let terminal = terminal_bars(plan, chart, width_cells);
    assert!(!svg.is_empty(), "the window shows campaigns");
    assert_eq!(
        svg, terminal,
        "the same campaigns, channels, lanes and columns"
    );
    // And both are the chart's, which neither worked out again.
    for (row, bar) in chart
        .rows
        .iter()
        .flat_map(|row| row.bars.iter().map(move |bar| (row, bar)))
    {
        let placed = &svg[bar.id(plan)];
        assert_eq!(
            (placed.channel.as_str(), placed.lane, placed.column),
            (row.channel.as_str(), row.lane, bar.span.first)
        );
    }
    // The column order, left to right, is the same in both.
    let order = |bars: &BTreeMap<String, Placed>| {
        let mut ids: Vec<(usize, String)> =
            bars.iter().map(|(id, p)| (p.column, id.clone())).collect();
        ids.sort();
        ids.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    };
    assert_eq!(order(&svg), order(&terminal));
}

#[test]
fn one_layout_two_renderers_for_the_demo_plan() {
    let today = d("2026-11-30");
    for lang in [Lang::En, Lang::Es] {
        let plan = crate::demo::plan(today, lang);
        // Twelve weeks around today, by week, in a terminal wide enough for
        // every column at its widest.
        let timeline = Timeline::covering(Zoom::Week, d("2026-11-02"), d("2027-01-24"));
        let chart = Chart::new(&plan, timeline, None, today);
        assert!(
            chart.rows.iter().any(|r| r.lane > 0),
            "some channel has lanes"
        );
        assert_one_layout(&plan, &chart, 300);
    }
}

#[test]
fn one_layout_two_renderers_for_overlapping_campaigns_on_one_channel() {
    let plan = plan(
        &[("ig", "Insta"), ("fb", "Facebook")],
        &[
            (
                "a",
                "ig",
                "Alpha",
                "2027-01-02",
                "2027-01-10",
                Status::Active,
            ),
            (
                "b",
                "ig",
                "Bravo",
                "2027-01-06",
                "2027-01-08",
                Status::Planned,
            ),
            (
                "c",
                "ig",
                "Charlie",
                "2027-01-09",
                "2027-01-15",
                Status::Done,
            ),
            (
                "e",
                "ig",
                "Echo",
                "2027-01-07",
                "2027-01-12",
                Status::Cancelled,
            ),
            (
                "d",
                "ig",
                "Delta",
                "2027-01-12",
                "2027-01-20",
                Status::Planned,
            ),
            (
                "f",
                "fb",
                "Foxtrot",
                "2027-01-05",
                "2027-01-05",
                Status::Active,
            ),
        ],
    );
    let today = d("2027-01-07");
    for zoom in [Zoom::Day, Zoom::Week] {
        let timeline = Timeline::covering(zoom, d("2027-01-04"), d("2027-01-17"));
        let chart = Chart::new(&plan, timeline, None, today);
        let lanes = chart.rows.iter().filter(|r| r.channel == "ig").count();
        assert!(lanes >= 3, "{zoom:?}: overlapping campaigns take lanes");
        assert_one_layout(&plan, &chart, 400);
    }
    // The zoom the page picks for this window is the day.
    assert_eq!(
        window_timeline(d("2027-01-04"), d("2027-01-17")).zoom,
        Zoom::Day
    );
}
