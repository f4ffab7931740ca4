//! The Gantt widget drawn into a ratatui `Buffer`: the exact columns of bars
//! at day, week and month zoom, today, deadlines, names cut by display width
//! (accents, emoji), colours, the legend, ASCII, no colour, and tiny sizes.
//!
//! The chart is drawn inside a larger buffer filled with 'X', so that a cell
//! the widget did not write still reads 'X' and a stray write outside its
//! area shows.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use socialplan::calendar::gantt::{Gantt, HEADER_ROWS};
use socialplan::calendar::layout::Chart;
use socialplan::calendar::timeline::{Timeline, Zoom};
use socialplan::domain::{
    Baseline, Campaign, Channel, ChannelKind, Colour, Direction, Fit, Money, Objective, Plan,
    Status,
};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;

const TODAY: &str = "2027-01-13"; // a Wednesday, in 2027-W02
/// Every channel name is at most 8 cells: the label column is 8 + 1 wide
/// (in an area at least 36 cells wide: it takes at most a quarter).
const LABEL: u16 = 9;
/// The width of the week and month charts: 6 weeks (4 cells each) or 4
/// months (5 cells each) and room to spare, which stays untouched.
const WIDE: u16 = 36;
/// Where the chart's area starts inside the sentinel buffer.
const AREA_X: u16 = 2;
const AREA_Y: u16 = 1;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The channels: id, name, colour, and the colour the terminal gets.
const CHANNELS: [(&str, &str, Colour, Color); 3] = [
    ("ig", "Insta", Colour::Magenta, Color::Magenta),
    ("fb", "Facebook", Colour::Blue, Color::Blue),
    ("radio", "Radio", Colour::Red, Color::Red),
];

/// The campaigns: id, channel, name, start, end, status. The day charts
/// show 2027-01-04 to 2027-01-17, the week charts 2027-W01 to W06
/// (2027-01-04 to 2027-02-14).
const CAMPAIGNS: [(&str, &str, &str, &str, &str, Status); 10] = [
    // Ends on the first day of the window: cut on the left.
    (
        "ig-before",
        "ig",
        "Old",
        "2026-12-20",
        "2027-01-04",
        Status::Done,
    ),
    (
        "ig-active",
        "ig",
        "Active one",
        "2027-01-06",
        "2027-01-09",
        Status::Active,
    ),
    (
        "ig-long",
        "ig",
        "A campaign with a very long name",
        "2027-01-12",
        "2027-01-16",
        Status::Planned,
    ),
    // Ends after both windows: cut on the right.
    (
        "ig-after",
        "ig",
        "Later",
        "2027-01-15",
        "2027-03-01",
        Status::Active,
    ),
    (
        "fb-otono",
        "fb",
        "Campaña de otoño",
        "2027-01-04",
        "2027-01-08",
        Status::Done,
    ),
    (
        "fb-cancel",
        "fb",
        "Cancelled thing",
        "2027-01-11",
        "2027-01-12",
        Status::Cancelled,
    ),
    (
        "fb-otono2",
        "fb",
        "Campaña de otoño",
        "2027-01-25",
        "2027-02-14",
        Status::Active,
    ),
    (
        "radio-xmas",
        "radio",
        "Navidad 🎄🎄",
        "2027-01-11",
        "2027-01-14",
        Status::Planned,
    ),
    (
        "radio-xmas2",
        "radio",
        "Navidad 🎄🎄",
        "2027-01-04",
        "2027-01-08",
        Status::Active,
    ),
    (
        "radio-xmas3",
        "radio",
        "Navidad 🎄🎄",
        "2027-01-25",
        "2027-02-14",
        Status::Planned,
    ),
];

/// Objectives and their deadlines (one past, two to come, one with none).
const DEADLINES: [(&str, Option<&str>); 4] = [
    ("obj-past", Some("2027-01-05")),
    ("obj-soon", Some("2027-01-15")),
    ("obj-later", Some("2027-01-20")),
    ("obj-open", None),
];

fn plan() -> Plan {
    let mut plan = Plan::new("Test", "EUR");
    for (id, name, colour, _) in CHANNELS {
        plan.channels.push(Channel {
            id: id.into(),
            name: name.into(),
            kind: ChannelKind::Social,
            reason: String::new(),
            fit: Fit::default(),
            monthly_budget: Money::ZERO,
            weekly_hours: 0.0,
            colour,
            active: true,
            posts_per_week: None,
            copy_limit: None,
        });
    }
    for (id, channel, name, start, end, status) in CAMPAIGNS {
        plan.campaigns.push(Campaign {
            spend: Vec::new(),
            id: id.into(),
            name: name.into(),
            channel: channel.into(),
            start: d(start),
            end: d(end),
            status,
            budget: Money::ZERO,
            objectives: Vec::new(),
            audience: String::new(),
            message: String::new(),
            owner: String::new(),
        });
    }
    for (id, deadline) in DEADLINES {
        plan.objectives.push(Objective {
            id: id.into(),
            name: id.into(),
            metric: "followers".into(),
            unit: String::new(),
            channel: None,
            direction: Direction::Increase,
            baseline: Baseline {
                value: 0.0,
                date: d("2026-12-01"),
            },
            target: Some(10.0),
            deadline: deadline.map(d),
            active: true,
            measurements: Vec::new(),
            revisions: Vec::new(),
        });
    }
    plan
}

/// The same plan with ASCII names only.
fn ascii_plan() -> Plan {
    let mut plan = plan();
    for campaign in &mut plan.campaigns {
        campaign.name = campaign.name.chars().filter(char::is_ascii).collect();
    }
    plan
}

fn day_timeline() -> Timeline {
    Timeline::new(Zoom::Day, d("2027-01-04"), 14)
}

fn week_timeline() -> Timeline {
    Timeline::new(Zoom::Week, d("2027-01-04"), 6)
}

/// A chart drawn in an area of `width` × its height, at (AREA_X, AREA_Y)
/// in a larger buffer full of 'X'.
struct Drawn {
    buf: Buffer,
    area: Rect,
    chart: Chart,
    plan: Plan,
    theme: Theme,
}

struct Options<'a> {
    lang: Lang,
    theme: Theme,
    selected: Option<&'a str>,
    first_row: usize,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            theme: Theme::new(true, false),
            selected: None,
            first_row: 0,
        }
    }
}

fn sentinel(area: Rect) -> Buffer {
    let mut buf = Buffer::empty(area);
    for cell in &mut buf.content {
        cell.set_symbol("X");
    }
    buf
}

fn draw_with(plan: Plan, timeline: Timeline, width: u16, options: &Options) -> Drawn {
    let chart = Chart::new(&plan, timeline, None, d(TODAY));
    let area = Rect::new(AREA_X, AREA_Y, width, Gantt::height(&chart));
    let mut buf = sentinel(Rect::new(
        0,
        0,
        width + AREA_X + 3,
        area.height + AREA_Y + 2,
    ));
    Gantt {
        chart: &chart,
        plan: &plan,
        lang: options.lang,
        theme: options.theme,
        selected: options.selected,
        first_row: options.first_row,
    }
    .render(area, &mut buf);
    assert_untouched_outside(&buf, area);
    Drawn {
        buf,
        area,
        chart,
        plan,
        theme: options.theme,
    }
}

fn draw(timeline: Timeline, width: u16) -> Drawn {
    draw_with(plan(), timeline, width, &Options::default())
}

/// Every cell outside `area` still holds the sentinel, unstyled.
fn assert_untouched_outside(buf: &Buffer, area: Rect) {
    for y in buf.area.top()..buf.area.bottom() {
        for x in buf.area.left()..buf.area.right() {
            if area.contains((x, y).into()) {
                continue;
            }
            let cell = &buf[(x, y)];
            assert_eq!(cell.symbol(), "X", "a write outside the area at ({x}, {y})");
            assert_eq!(cell.fg, Color::Reset, "({x}, {y})");
            assert!(cell.modifier.is_empty(), "({x}, {y})");
        }
    }
}

/// The text of `cells` display cells from (x, y): a wide character counts
/// its width, and the cell it hides is skipped.
fn text_at(buf: &Buffer, x: u16, y: u16, cells: u16) -> String {
    let mut out = String::new();
    let mut at = x;
    while at < x + cells {
        let symbol = buf[(at, y)].symbol();
        out.push_str(symbol);
        at += u16::try_from(symbol.width().max(1)).unwrap();
    }
    out
}

/// The whole row from x to the area's right edge, 'X' kept.
fn row_text(drawn: &Drawn, y: u16) -> String {
    let (left, right) = (drawn.area.left(), drawn.area.right());
    text_at(&drawn.buf, left, y, right - left)
}

fn fill(status: Status, ascii: bool) -> &'static str {
    match (status, ascii) {
        (Status::Active, false) => "█",
        (Status::Planned, false) => "░",
        (Status::Done, false) => "▒",
        (Status::Cancelled, false) => "╌",
        (Status::Active, true) => "#",
        (Status::Planned, true) => ".",
        (Status::Done, true) => "=",
        (Status::Cancelled, true) => "x",
    }
}

fn channel_colour(id: &str) -> Color {
    CHANNELS.iter().find(|c| c.0 == id).unwrap().3
}

/// The columns whose days meet `start..=end`, found by looking at every
/// column (not through `Timeline::span`).
fn meeting_columns(timeline: &Timeline, start: NaiveDate, end: NaiveDate) -> Option<(u16, u16)> {
    let hits: Vec<u16> = timeline
        .columns()
        .iter()
        .enumerate()
        .filter(|(_, c)| c.first <= end && start <= c.last)
        .map(|(i, _)| u16::try_from(i).unwrap())
        .collect();
    Some((*hits.first()?, *hits.last()?))
}

/// Where a campaign's bar must be: its row's y and its first and last x.
struct Expected<'a> {
    campaign: &'a Campaign,
    y: u16,
    x0: u16,
    x1: u16,
    cut_left: bool,
    cut_right: bool,
}

fn expected_bars(drawn: &Drawn) -> Vec<Expected<'_>> {
    let timeline = &drawn.chart.timeline;
    let cells = timeline.zoom.cells();
    let (first_day, last_day) = (timeline.first_day().unwrap(), timeline.last_day().unwrap());
    let mut bars = Vec::new();
    for campaign in &drawn.plan.campaigns {
        let Some((first, last)) = meeting_columns(timeline, campaign.start, campaign.end) else {
            assert!(
                drawn.chart.find(&drawn.plan, &campaign.id).is_none(),
                "{} is outside the window",
                campaign.id
            );
            continue;
        };
        let (row, _) = drawn
            .chart
            .find(&drawn.plan, &campaign.id)
            .unwrap_or_else(|| panic!("{} is in the window", campaign.id));
        assert_eq!(drawn.chart.rows[row].channel, campaign.channel);
        bars.push(Expected {
            campaign,
            y: drawn.area.y + HEADER_ROWS + u16::try_from(row).unwrap(),
            x0: drawn.area.x + LABEL + first * cells,
            x1: drawn.area.x + LABEL + (last + 1) * cells - 1,
            cut_left: campaign.start < first_day,
            cut_right: campaign.end > last_day,
        });
    }
    bars
}

/// Every cell right of the labels on every lane: a bar's cells are exactly
/// the columns its days meet, in its channel's colour, with its status's fill
/// (the name inside, `◀`/`▶` where the window cuts it); any other cell was
/// not written, or is today's mark.
fn assert_lanes(drawn: &Drawn, today_x: Option<u16>) {
    let ascii = drawn.theme.ascii;
    let (left, right) = if ascii { ("<", ">") } else { ("◀", "▶") };
    let today = if ascii { "|" } else { "│" };
    let bars = expected_bars(drawn);
    let lanes = u16::try_from(drawn.chart.rows.len()).unwrap();
    for y in drawn.area.y + HEADER_ROWS..drawn.area.y + HEADER_ROWS + lanes {
        let mut x = drawn.area.x + LABEL;
        while x < drawn.area.right() {
            let cell = &drawn.buf[(x, y)];
            let symbol = cell.symbol();
            let owner = bars.iter().find(|b| b.y == y && b.x0 <= x && x <= b.x1);
            match owner {
                None => assert!(
                    symbol == "X" || (Some(x) == today_x && symbol == today),
                    "({x}, {y}) belongs to no bar but holds {symbol:?}"
                ),
                Some(bar) => {
                    let id = &bar.campaign.id;
                    // Today's line runs over a bar's fill (not its name or
                    // its cut marks), in its own colour.
                    let fill = if Some(x) == today_x {
                        today
                    } else {
                        fill(bar.campaign.status, ascii)
                    };
                    if drawn.theme.color && symbol != today {
                        assert_eq!(
                            cell.fg,
                            channel_colour(&bar.campaign.channel),
                            "({x}, {y}) of {id}"
                        );
                    }
                    if x == bar.x0 {
                        let want = if bar.cut_left { left } else { fill };
                        assert_eq!(symbol, want, "first cell of {id}");
                    } else if x == bar.x1 {
                        let want = if bar.cut_right { right } else { fill };
                        assert_eq!(symbol, want, "last cell of {id}");
                    } else {
                        assert_ne!(symbol, "X", "({x}, {y}) inside {id} was not drawn");
                    }
                }
            }
            x += u16::try_from(symbol.width().max(1)).unwrap();
        }
    }
    // The name inside, cut by display width, then the fill to the end.
    for bar in &bars {
        let room = bar.x1 - bar.x0 - 1;
        let name = bar.campaign.name.as_str();
        let ellipsis = if ascii { "~" } else { "…" };
        let shown = if room < 3 {
            String::new()
        } else if name.width() <= usize::from(room) {
            name.to_string()
        } else {
            let mut cut = String::new();
            for c in name.chars() {
                if (cut.clone() + &c.to_string()).width() + ellipsis.width() > usize::from(room) {
                    break;
                }
                cut.push(c);
            }
            cut + ellipsis
        };
        let cells = u16::try_from(shown.width()).unwrap();
        assert_eq!(
            text_at(&drawn.buf, bar.x0 + 1, bar.y, cells),
            shown,
            "{}",
            bar.campaign.id
        );
        let fill = fill(bar.campaign.status, ascii);
        let today = if ascii { "|" } else { "│" };
        for x in bar.x0 + 1 + cells..bar.x1 {
            let want = if Some(x) == today_x { today } else { fill };
            assert_eq!(drawn.buf[(x, bar.y)].symbol(), want, "{}", bar.campaign.id);
        }
    }
}

fn reversed(drawn: &Drawn, x: u16, y: u16) -> bool {
    drawn.buf[(x, y)].modifier.contains(Modifier::REVERSED)
}

#[test]
fn day_zoom_bars_take_exactly_their_days() {
    let drawn = draw(day_timeline(), LABEL + 14 * 3);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    // Today, 2027-01-13, is the tenth column; its mark in the middle cell.
    let today_x = ax + LABEL + 9 * 3 + 1;
    assert_lanes(&drawn, Some(today_x));
    // Hand-computed, to be sure of the arithmetic above: "Active one" from
    // 2027-01-06 (column 2) to 2027-01-09 (column 5).
    let (row, _) = drawn.chart.find(&drawn.plan, "ig-active").unwrap();
    let y = ay + HEADER_ROWS + u16::try_from(row).unwrap();
    assert_eq!(text_at(&drawn.buf, ax + LABEL + 5, y, 14), "X█Active one█X");
    // Cut on the left: "Old" ends on the window's first day, one column.
    let (row, _) = drawn.chart.find(&drawn.plan, "ig-before").unwrap();
    let y = ay + HEADER_ROWS + u16::try_from(row).unwrap();
    assert_eq!(text_at(&drawn.buf, ax + LABEL, y, 4), "◀▒▒X");
    // Cut on the right: "Later" from 2027-01-15 (column 11) to the edge.
    let (row, _) = drawn.chart.find(&drawn.plan, "ig-after").unwrap();
    let y = ay + HEADER_ROWS + u16::try_from(row).unwrap();
    assert_eq!(text_at(&drawn.buf, ax + LABEL + 32, y, 10), "X█Later██▶");
    assert_eq!(drawn.buf[(ax + LABEL + 42, y)].symbol(), "X", "outside");
}

#[test]
fn day_zoom_header_and_today() {
    let drawn = draw(day_timeline(), LABEL + 14 * 3);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    assert_eq!(
        row_text(&drawn, ay),
        format!("XXXXXXXXX{:X<42}", "Jan 2027")
    );
    assert_eq!(
        row_text(&drawn, ay + 1),
        "XXXXXXXXX 4X 5X 6X 7X 8X 9X10X11X12X13X14X15X16X17X"
    );
    // Today's label, "13", is reversed; no other.
    for x in ax + LABEL..drawn.area.right() {
        let today = (ax + LABEL + 27..ax + LABEL + 29).contains(&x);
        assert_eq!(reversed(&drawn, x, ay + 1), today, "x = {x}");
    }
    // Today's mark shows on every lane where no bar covers it.
    let today_x = ax + LABEL + 9 * 3 + 1;
    let marks = (0..drawn.chart.rows.len())
        .filter(|r| {
            drawn.buf[(today_x, ay + HEADER_ROWS + u16::try_from(*r).unwrap())].symbol() == "│"
        })
        .count();
    let covered = expected_bars(&drawn)
        .iter()
        .filter(|b| b.x0 <= today_x && today_x <= b.x1)
        .count();
    assert!(marks > 0);
    assert_eq!(marks + covered, drawn.chart.rows.len());
    // Channel names on the first lane of each channel, in its colour.
    let first_lanes: Vec<(usize, &str)> = drawn
        .chart
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.lane == 0)
        .map(|(i, r)| (i, r.channel.as_str()))
        .collect();
    assert_eq!(first_lanes.len(), 3);
    for (row, channel) in first_lanes {
        let y = ay + HEADER_ROWS + u16::try_from(row).unwrap();
        let name = CHANNELS.iter().find(|c| c.0 == channel).unwrap().1;
        let label = text_at(&drawn.buf, ax, y, LABEL);
        assert_eq!(label.trim_end_matches('X'), name);
        assert_eq!(drawn.buf[(ax, y)].fg, channel_colour(channel));
    }
}

#[test]
fn day_zoom_deadlines_and_legend() {
    let drawn = draw(day_timeline(), LABEL + 14 * 3);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    let y = ay + HEADER_ROWS + u16::try_from(drawn.chart.rows.len()).unwrap();
    // 2027-01-05 (column 1, passed) and 2027-01-15 (column 11, to come), in
    // the middle cell; 2027-01-20 is outside the window.
    let (past, soon) = (ax + LABEL + 3 + 1, ax + LABEL + 33 + 1);
    let mut want: Vec<&str> = vec!["X"; 14 * 3];
    want[3 + 1] = "◆";
    want[33 + 1] = "◆";
    assert_eq!(row_text(&drawn, y), format!("Deadlin…X{}", want.concat()));
    assert_eq!(drawn.buf[(past, y)].fg, Color::DarkGray, "passed: dim");
    assert_eq!(drawn.buf[(soon, y)].fg, Color::Yellow, "to come: warning");
    // The legend: whole items, as many as fit in 51 cells; at day zoom
    // the posts' marks come after the statuses.
    assert_eq!(
        row_text(&drawn, y + 1),
        format!(
            "{:X<51}",
            "█ active  ░ planned  ▒ done  ╌ cancelled  ○ to post"
        )
    );
    // Insta has two lanes, Facebook and Radio one each; the deadlines and
    // the legend below.
    assert_eq!(drawn.area.height, HEADER_ROWS + 4 + 2);
}

#[test]
fn names_are_cut_by_display_width_without_breaking_the_row() {
    let drawn = draw(day_timeline(), LABEL + 14 * 3);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    let y_of = |id: &str| {
        ay + HEADER_ROWS + u16::try_from(drawn.chart.find(&drawn.plan, id).unwrap().0).unwrap()
    };
    // Five columns, 15 cells: the name gets 13 between the first and last.
    // "Campaña de otoño" is 16 cells: cut to 12 and "…"; then the fill, then
    // nothing (the cell after the bar is untouched).
    let y = y_of("fb-otono");
    assert_eq!(text_at(&drawn.buf, ax + LABEL, y, 16), "▒Campaña de o…▒X");
    // "Navidad 🎄🎄" is 12 cells: it fits in 13, each tree two cells.
    let y = y_of("radio-xmas2");
    assert_eq!(text_at(&drawn.buf, ax + LABEL, y, 16), "█Navidad 🎄🎄██X");
    assert_eq!(drawn.buf[(ax + LABEL + 9, y)].symbol(), "🎄");
    assert_eq!(drawn.buf[(ax + LABEL + 11, y)].symbol(), "🎄");
    assert_eq!(drawn.buf[(ax + LABEL + 13, y)].symbol(), "█");
    // Four columns: 10 cells, and a tree does not fit before the "…".
    let y = y_of("radio-xmas");
    assert_eq!(text_at(&drawn.buf, ax + LABEL + 21, y, 13), "░Navidad …░░X");
    // A long English name in five columns.
    let y = y_of("ig-long");
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL + 24, y, 16),
        "░A campaign w…░X"
    );
    // Every lane row is exactly as wide as the area.
    for row in 0..drawn.chart.rows.len() {
        let y = ay + HEADER_ROWS + u16::try_from(row).unwrap();
        assert_eq!(row_text(&drawn, y).width(), usize::from(drawn.area.width));
    }
}

#[test]
fn week_zoom_bars_take_exactly_the_weeks_their_days_meet() {
    let drawn = draw(week_timeline(), WIDE);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    // Today is the Wednesday of the second week: the second of its 4 cells.
    let today_x = ax + LABEL + 4 + 1;
    assert_lanes(&drawn, Some(today_x));
    let y_of = |id: &str| {
        ay + HEADER_ROWS + u16::try_from(drawn.chart.find(&drawn.plan, id).unwrap().0).unwrap()
    };
    // "Old" (to Monday of W01) and "Active one" (Wednesday to Saturday of
    // W01) both take W01: two lanes, one column each.
    assert_ne!(y_of("ig-before"), y_of("ig-active"));
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL, y_of("ig-before"), 4),
        "◀▒▒▒"
    );
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL, y_of("ig-active"), 4),
        "████"
    );
    // "Later" from W02 on, cut on the right at W06.
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL + 4, y_of("ig-after"), 20),
        "█Later█████████████▶"
    );
    // Three weeks, 12 cells: names get 10.
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL + 12, y_of("radio-xmas3"), 12),
        "░Navidad …░░"
    );
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL + 12, y_of("fb-otono2"), 12),
        "█Campaña d…█"
    );
    // One week is too narrow for a name; today's line runs through its fill.
    assert_eq!(
        text_at(&drawn.buf, ax + LABEL + 4, y_of("ig-long"), 4),
        "░│░░"
    );
}

#[test]
fn week_zoom_header_today_and_deadlines() {
    let drawn = draw(week_timeline(), WIDE);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    assert_eq!(
        row_text(&drawn, ay),
        format!("{:X<36}", "XXXXXXXXXJan 2027XXXXXXXXFebXXXXX")
    );
    assert_eq!(
        row_text(&drawn, ay + 1),
        format!("{:X<36}", "XXXXXXXXXW01XW02XW03XW04XW05XW06X")
    );
    for x in ax + LABEL..drawn.area.right() {
        let today = (ax + LABEL + 4..ax + LABEL + 7).contains(&x);
        assert_eq!(reversed(&drawn, x, ay + 1), today, "x = {x}");
    }
    // Deadlines in the cell of their weekday: Tuesday 2027-01-05 in W01
    // (cell 0), Friday 2027-01-15 in W02 (cell 2), Wednesday 2027-01-20 in
    // W03 (cell 1).
    let y = ay + HEADER_ROWS + u16::try_from(drawn.chart.rows.len()).unwrap();
    assert_eq!(
        row_text(&drawn, y),
        format!("{:X<36}", "Deadlin…X◆XXXXX◆XX◆XXXXXXXXXXXXXX")
    );
    // The legend: as many whole items as fit in 36 cells.
    assert_eq!(
        row_text(&drawn, y + 1),
        format!("{:X<36}", "█ active  ░ planned  ▒ done")
    );
}

#[test]
fn week_53_and_the_new_year_in_the_header() {
    // 2026-W53 runs from Monday 28 December to Sunday 3 January.
    let mut plan = plan();
    plan.campaigns.retain(|c| c.channel == "radio");
    plan.campaigns[0].start = d("2026-12-28");
    plan.campaigns[0].end = d("2027-01-03");
    let timeline = Timeline::new(Zoom::Week, d("2026-12-21"), 4);
    let drawn = draw_with(plan, timeline, WIDE, &Options::default());
    let ay = drawn.area.y;
    assert_eq!(
        row_text(&drawn, ay),
        format!("{:X<36}", "XXXXXXXXXDecXXXXXJan 2027")
    );
    assert_eq!(
        row_text(&drawn, ay + 1),
        format!("{:X<36}", "XXXXXXXXXW52XW53XW01XW02X")
    );
    // Insta and Facebook have nothing on: one lane each, then Radio.
    let y = ay + HEADER_ROWS + 2;
    assert_eq!(drawn.chart.find(&drawn.plan, "radio-xmas").unwrap().0, 2);
    // W53 alone (one column, too narrow for a name), then W01 (2027-01-04
    // to 01-08, active), then today's mark in W02.
    assert_eq!(
        row_text(&drawn, y),
        format!("{:X<36}", "RadioXXXXXXXX░░░░████X│XX")
    );
    assert_lanes(&drawn, Some(drawn.area.x + LABEL + 3 * 4 + 1));
}

#[test]
fn month_zoom_bars_take_exactly_their_months() {
    let timeline = Timeline::new(Zoom::Month, d("2026-12-01"), 4);
    let drawn = draw(timeline, WIDE);
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    // 2027-01-13 in January's 5 cells: (13 - 1) * 5 / 31 = 1.
    assert_lanes(&drawn, Some(ax + LABEL + 5 + 1));
    assert_eq!(
        row_text(&drawn, ay),
        format!("{:X<36}", "XXXXXXXXX2026X2027XXXXXXXXXXX")
    );
    assert_eq!(
        row_text(&drawn, ay + 1),
        format!("{:X<36}", "XXXXXXXXXDecXXJanXXFebXXMarXX")
    );
}

#[test]
fn the_selected_campaign_is_underlined_and_no_other() {
    // A bar with its name: the name is underlined, not the fill, so that
    // moving the selection rewrites two names rather than two bars.
    let options = Options {
        selected: Some("ig-long"),
        ..Options::default()
    };
    let drawn = draw_with(plan(), day_timeline(), LABEL + 14 * 3, &options);
    let fills = ["░", "█", "▒", "╌", "◀", "▶", "│"];
    let mut underlined = 0;
    for bar in expected_bars(&drawn) {
        for x in bar.x0..=bar.x1 {
            let cell = &drawn.buf[(x, bar.y)];
            let name = !fills.contains(&cell.symbol());
            let want = bar.campaign.id == "ig-long" && name;
            assert_eq!(
                cell.modifier.contains(Modifier::UNDERLINED),
                want,
                "({x}, {}) of {}",
                bar.y,
                bar.campaign.id
            );
            underlined += usize::from(want);
        }
    }
    assert!(underlined > 0, "the name shows underlined");
    // A bar too short for its name is underlined whole: at week zoom,
    // four days of one week.
    let options = Options {
        selected: Some("radio-xmas"),
        ..Options::default()
    };
    let weeks = Timeline::new(Zoom::Week, d("2027-01-04"), 6);
    let drawn = draw_with(plan(), weeks, LABEL + 6 * 4, &options);
    let bar = expected_bars(&drawn)
        .into_iter()
        .find(|b| b.campaign.id == "radio-xmas")
        .unwrap();
    assert!(bar.x1 - bar.x0 < 4, "short enough to have no name");
    for x in bar.x0..=bar.x1 {
        let cell = &drawn.buf[(x, bar.y)];
        assert!(
            cell.modifier.contains(Modifier::UNDERLINED),
            "({x}, {})",
            bar.y
        );
    }
}

#[test]
fn scrolled_lanes_keep_the_channel_name_on_top() {
    let options = Options {
        first_row: 1,
        ..Options::default()
    };
    let drawn = draw_with(plan(), day_timeline(), LABEL + 14 * 3, &options);
    // Row 1 is Insta's second lane: drawn first, with the name.
    assert_eq!(drawn.chart.rows[1].channel, "ig");
    assert_eq!(drawn.chart.rows[1].lane, 1);
    let top = drawn.area.y + HEADER_ROWS;
    assert!(row_text(&drawn, top).starts_with("InstaXXXX"));
    assert!(
        row_text(&drawn, top).contains("█Later██▶"),
        "{}",
        row_text(&drawn, top)
    );
}

#[test]
fn the_header_and_legend_in_spanish() {
    let options = Options {
        lang: Lang::Es,
        ..Options::default()
    };
    let drawn = draw_with(plan(), week_timeline(), WIDE, &options);
    let ay = drawn.area.y;
    assert_eq!(
        row_text(&drawn, ay),
        format!("{:X<36}", "XXXXXXXXXene 2027XXXXXXXXfebXXXXX")
    );
    let legend = row_text(&drawn, drawn.area.bottom() - 1);
    assert!(legend.starts_with("█ activa  ░ prevista"), "{legend}");
}

#[test]
fn a_long_channel_name_is_cut_to_the_label_column() {
    let mut plan = plan();
    plan.channels[0].name = "Tastings & workshops 🎄".into();
    let drawn_at = |width| draw_with(plan.clone(), day_timeline(), width, &Options::default());
    // At 80 cells the label column takes the whole name (23 cells, the
    // tree two) and a space; the bars start after it.
    let drawn = drawn_at(80);
    let (x, y) = (drawn.area.x, drawn.area.y + HEADER_ROWS);
    assert_eq!(text_at(&drawn.buf, x, y, 24), "Tastings & workshops 🎄X");
    assert_eq!(drawn.buf[(x + 24, y)].symbol(), "◀", "Old, cut on the left");
    // At 60 the label column takes a third (20 cells), and the name is
    // cut to fit it with its space.
    let drawn = drawn_at(60);
    assert_eq!(text_at(&drawn.buf, x, y, 20), "Tastings & worksho…X");
    assert_eq!(drawn.buf[(x + 20, y)].symbol(), "◀");
}

#[test]
fn ascii_mode_draws_only_ascii() {
    for (timeline, width) in [
        (day_timeline(), LABEL + 14 * 3),
        (week_timeline(), WIDE),
        (
            Timeline::new(Zoom::Month, d("2026-12-01"), 4),
            LABEL + 4 * 5,
        ),
        (day_timeline(), 120),
    ] {
        let options = Options {
            theme: Theme::new(true, true),
            ..Options::default()
        };
        let zoom = timeline.zoom;
        let drawn = draw_with(ascii_plan(), timeline, width, &options);
        for cell in &drawn.buf.content {
            assert!(cell.symbol().is_ascii(), "{zoom:?}: {:?}", cell.symbol());
        }
        if zoom == Zoom::Day && width < 100 {
            assert_lanes(&drawn, Some(drawn.area.x + LABEL + 9 * 3 + 1));
            let legend = row_text(&drawn, drawn.area.bottom() - 1);
            assert!(
                legend.starts_with("# active  . planned  = done  x cancelled  o to post"),
                "{legend}"
            );
        }
    }
}

#[test]
fn without_colour_no_cell_has_a_colour_and_fills_still_tell_statuses_apart() {
    for (timeline, width) in [
        (day_timeline(), LABEL + 14 * 3),
        (week_timeline(), WIDE),
        (
            Timeline::new(Zoom::Month, d("2026-12-01"), 4),
            LABEL + 4 * 5,
        ),
    ] {
        let options = Options {
            theme: Theme::new(false, false),
            ..Options::default()
        };
        let drawn = draw_with(plan(), timeline, width, &options);
        for cell in &drawn.buf.content {
            assert_eq!(cell.fg, Color::Reset, "{:?}", cell.symbol());
            assert_eq!(cell.bg, Color::Reset, "{:?}", cell.symbol());
        }
        // Today's label is still marked (reversed).
        let header = drawn.area.y + 1;
        assert!((drawn.area.left()..drawn.area.right()).any(|x| reversed(&drawn, x, header)));
        if drawn.chart.timeline.zoom == Zoom::Day {
            assert_lanes(&drawn, Some(drawn.area.x + LABEL + 9 * 3 + 1));
        }
    }
    // The four statuses have four fills.
    let fills: std::collections::BTreeSet<_> = [
        Status::Active,
        Status::Planned,
        Status::Done,
        Status::Cancelled,
    ]
    .map(|s| fill(s, false))
    .into_iter()
    .collect();
    assert_eq!(fills.len(), 4);
}

#[test]
fn colour_is_the_channels_on_every_bar_cell() {
    // The same checks as above, but stated on its own: with colour, the fill
    // cells of a bar are in its channel's colour, the label too.
    let drawn = draw(day_timeline(), LABEL + 14 * 3);
    let mut seen = std::collections::BTreeSet::new();
    for bar in expected_bars(&drawn) {
        let colour = channel_colour(&bar.campaign.channel);
        for x in bar.x0..=bar.x1 {
            let cell = &drawn.buf[(x, bar.y)];
            if cell.symbol() == fill(bar.campaign.status, false) {
                assert_eq!(cell.fg, colour, "{}", bar.campaign.id);
                seen.insert(format!("{colour:?}"));
            }
        }
    }
    assert_eq!(seen.len(), 3, "every channel's colour shows: {seen:?}");
}

#[test]
fn tiny_areas_do_not_panic_or_write_outside() {
    for (w, h) in [(0, 0), (1, 1), (3, 2), (10, 3)] {
        for timeline in [
            day_timeline(),
            week_timeline(),
            Timeline::new(Zoom::Month, d("2026-12-01"), 4),
        ] {
            let plan = plan();
            let chart = Chart::new(&plan, timeline, None, d(TODAY));
            let gantt = || Gantt {
                chart: &chart,
                plan: &plan,
                lang: Lang::Es,
                theme: Theme::new(true, false),
                selected: Some("ig-long"),
                first_row: 0,
            };
            // A buffer exactly that size.
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            gantt().render(area, &mut buf);
            // Inside a larger one, at an offset.
            let area = Rect::new(3, 2, w, h);
            let mut buf = sentinel(Rect::new(0, 0, w + 6, h + 4));
            gantt().render(area, &mut buf);
            assert_untouched_outside(&buf, area);
            // An area larger than the buffer is clipped to it.
            let mut buf = sentinel(Rect::new(0, 0, w, h));
            gantt().render(Rect::new(0, 0, w + 50, h + 20), &mut buf);
        }
    }
}

#[test]
fn every_small_size_stays_inside_its_area() {
    let plan = plan();
    for timeline in [
        day_timeline(),
        week_timeline(),
        Timeline::new(Zoom::Month, d("2026-12-01"), 4),
    ] {
        let chart = Chart::new(&plan, timeline, None, d(TODAY));
        for w in 0..70 {
            for h in 0..14 {
                for first_row in [0, 3, 99] {
                    let area = Rect::new(1, 1, w, h);
                    let mut buf = sentinel(Rect::new(0, 0, w + 2, h + 2));
                    Gantt {
                        chart: &chart,
                        plan: &plan,
                        lang: Lang::En,
                        theme: Theme::new(true, false),
                        selected: None,
                        first_row,
                    }
                    .render(area, &mut buf);
                    assert_untouched_outside(&buf, area);
                }
            }
        }
    }
}

#[test]
fn a_chart_longer_than_the_area_shows_the_columns_that_fit() {
    // 14 days in 40 cells: (40 - 9) / 3 = 10 columns, 2027-01-04 to
    // 2027-01-13; a bar going on past the tenth ends in a "▶".
    let plan = plan();
    let chart = Chart::new(&plan, day_timeline(), None, d(TODAY));
    assert_eq!(Gantt::columns_that_fit(&plan, Zoom::Day, 40), 10);
    let area = Rect::new(0, 0, 40, Gantt::height(&chart));
    let mut buf = sentinel(area);
    Gantt {
        chart: &chart,
        plan: &plan,
        lang: Lang::En,
        theme: Theme::new(true, false),
        selected: None,
        first_row: 0,
    }
    .render(area, &mut buf);
    let y_of = |id: &str| HEADER_ROWS + u16::try_from(chart.find(&plan, id).unwrap().0).unwrap();
    // Columns 2 to 5: whole.
    assert_eq!(
        text_at(&buf, LABEL + 5, y_of("ig-active"), 14),
        "X█Active one█X"
    );
    // Columns 8 to 12: cut after the tenth, and says so.
    assert_eq!(text_at(&buf, LABEL + 24, y_of("ig-long"), 7), "░A c…▶X");
    // Columns 11 to 13: not shown at all; today's mark (column 9) is.
    assert_eq!(
        text_at(&buf, 0, y_of("ig-after"), 40),
        format!("{}│XX", "X".repeat(37))
    );
    // The header stops at the tenth day.
    assert_eq!(
        text_at(&buf, 0, 1, 40),
        "XXXXXXXXX 4X 5X 6X 7X 8X 9X10X11X12X13XX"
    );
}

#[test]
fn post_marks_overdue_in_red_the_others_in_the_channels_colour() {
    let mut plan = plan();
    plan.posts = serde_json::from_value(serde_json::json!([
        {"id": "out", "campaign": "ig-active", "date": "2027-01-06", "format": "post", "title": "t", "status": "published"},
        {"id": "late", "campaign": "ig-active", "date": "2027-01-07", "format": "post", "title": "t", "status": "draft"},
        {"id": "soon", "campaign": "ig-long", "date": "2027-01-15", "format": "post", "title": "t", "status": "draft"},
    ]))
    .unwrap();
    let drawn = draw_with(plan, day_timeline(), LABEL + 14 * 3, &Options::default());
    let (ax, ay) = (drawn.area.x, drawn.area.y);
    let mark = |id: &str, day: u16| {
        let row = u16::try_from(drawn.chart.find(&drawn.plan, id).unwrap().0).unwrap();
        &drawn.buf[(ax + LABEL + 3 * day + 1, ay + HEADER_ROWS + row)]
    };
    let (out, late, soon) = (
        mark("ig-active", 2),
        mark("ig-active", 3),
        mark("ig-long", 11),
    );
    assert_eq!((out.symbol(), out.fg), ("●", Color::Magenta));
    assert_eq!((late.symbol(), late.fg), ("!", Color::Red));
    assert_eq!((soon.symbol(), soon.fg), ("○", Color::Magenta));
    assert!(late.modifier.contains(Modifier::BOLD) && soon.modifier.contains(Modifier::BOLD));
    assert!(!out.modifier.contains(Modifier::BOLD), "nothing left to do");
    assert_untouched_outside(&drawn.buf, drawn.area);
}
