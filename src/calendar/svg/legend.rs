//! What the bars and marks are drawn with, and what they mean: each
//! status's pattern (in a channel's colour, or grey in the legend), the
//! posts' marks, the deadlines' group and the legend.
//!
//! A status shows by its pattern as well as its shade, so a chart printed
//! in greyscale still tells them apart: planned is hatched, active solid,
//! done dotted (and its name ticked), cancelled crossed (and its name
//! struck out).

use maud::{Markup, html};

use super::{CHAR_W, FONT, Frame, HEADER_H, ROW_H, WIDTH, at, float, header, verticals};
use crate::calendar::gantt::{Gantt, LEGEND_MARKS, LEGEND_STATUSES};
use crate::calendar::layout::{Chart, Mark};
use crate::calendar::timeline::Zoom;
use crate::domain::{Plan, Status};
use crate::i18n::Lang;
use crate::i18n::calendar::Cal;
use crate::text::{printable, width};

/// The lines of the hatches, dots and crosses: dark, so they print.
const INK: &str = "#333";
/// The legend's patterns: no channel's colour.
const LEGEND_COLOUR: &str = "#999";

/// A status as the patterns' ids and the bars' `data-status` name it.
pub(super) fn status_key(status: Status) -> &'static str {
    match status {
        Status::Planned => "planned",
        Status::Active => "active",
        Status::Done => "done",
        Status::Cancelled => "cancelled",
    }
}

/// One pattern per status in `colour`, with ids `{prefix}-{status}`.
pub(super) fn patterns(prefix: &str, colour: &str) -> Markup {
    let id = |status| format!("{prefix}-{}", status_key(status));
    html! {
        pattern id=(id(Status::Planned)) width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
            rect width="6" height="6" fill="#fff" {}
            rect width="6" height="6" fill=(colour) opacity="0.4" {}
            line x1="1" y1="0" x2="1" y2="6" stroke=(INK) stroke-width="1" {}
        }
        pattern id=(id(Status::Active)) width="6" height="6" patternUnits="userSpaceOnUse" {
            rect width="6" height="6" fill=(colour) {}
        }
        pattern id=(id(Status::Done)) width="5" height="5" patternUnits="userSpaceOnUse" {
            rect width="5" height="5" fill="#fff" {}
            rect width="5" height="5" fill=(colour) opacity="0.4" {}
            circle cx="2.5" cy="2.5" r="0.9" fill=(INK) {}
        }
        pattern id=(id(Status::Cancelled)) width="7" height="7" patternUnits="userSpaceOnUse" {
            rect width="7" height="7" fill="#fff" {}
            rect width="7" height="7" fill=(colour) opacity="0.15" {}
            // Lighter than the others' lines: the name is struck out on top.
            path d="M0 0 L7 7 M7 0 L0 7" stroke=(INK) stroke-width="0.6" opacity="0.6" {}
        }
    }
}

/// A post's mark centred on (`x`, `y`): filled when it went out, hollow
/// while it is to go out, a triangle when overdue — shapes, so they read
/// without colour, as the terminal's ●, ○ and ! do.
pub(super) fn mark_shape(mark: Mark, x: f64, y: f64) -> Markup {
    html! {
        @match mark {
            Mark::Published => circle.mark.published cx=(at(x)) cy=(at(y)) r="2.6" fill="#000" {},
            Mark::Planned => circle.mark.planned cx=(at(x)) cy=(at(y)) r="2.3" fill="#fff" stroke="#000" stroke-width="1" {},
            Mark::Overdue => path.mark.overdue
                d={ "M" (at(x - 3.2)) " " (at(y + 2.8)) " L" (at(x)) " " (at(y - 2.8)) " L" (at(x + 3.2)) " " (at(y + 2.8)) " z" }
                fill="#D55E00" stroke="#000" stroke-width="0.6" {},
        }
    }
}

/// A deadline's diamond centred on (`x`, `y`).
fn diamond(x: f64, y: f64, fill: &str) -> Markup {
    html! {
        path.diamond d={ "M" (at(x)) " " (at(y - 5.0)) " l5 5 l-5 5 l-5 -5 z" } fill=(fill) stroke="#000" stroke-width="0.6" {}
    }
}

/// The deadlines' group: the header, a lane per deadline in the window
/// with its diamond and its objective's name, and the lines through it.
/// Drawn whenever an objective has a deadline, as the terminal keeps its
/// row then, even when none falls in the window.
pub(super) fn deadlines_svg(plan: &Plan, chart: &Chart, frame: Frame, lang: Lang) -> Markup {
    let height = HEADER_H + ROW_H * float(chart.deadlines.len().max(1));
    let title = lang.t(Cal::Deadlines);
    html! {
        svg.deadlines xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (at(WIDTH)) " " (at(height)) }
            width=(at(WIDTH)) height=(at(height)) role="img" aria-label=(title) {
            (header::header(chart, frame, lang, height))
            text x="2" y=(at(HEADER_H + ROW_H / 2.0 + FONT / 3.0)) font-size=(at(FONT)) font-weight="bold" { (title) }
            @for (k, d) in chart.deadlines.iter().enumerate() {
                @let y = HEADER_H + ROW_H * float(k) + ROW_H / 2.0;
                @let x = frame.date_x(d.column, d.date);
                @let name = objective_name(plan, &d.objective);
                @let passed = d.date < chart.today;
                @let text_w = float(width(&name)) * CHAR_W;
                @let right = x + 8.0 + text_w <= WIDTH;
                g.objective-deadline data-objective=(d.objective) {
                    title { (name) " " (lang.date(d.date)) }
                    (diamond(x, y, if passed { "#bbb" } else { "#000" }))
                    text.name x=(at(if right { x + 8.0 } else { x - 8.0 })) y=(at(y + FONT / 3.0))
                        text-anchor=(if right { "start" } else { "end" }) font-size=(at(FONT - 1.0))
                        fill=(if passed { "#666" } else { "#000" }) { (name) }
                }
            }
            (verticals(chart, frame, height))
        }
    }
}

/// An objective's name by its id (its id when it has none).
fn objective_name(plan: &Plan, id: &str) -> String {
    plan.objectives
        .iter()
        .find(|o| o.id == id)
        .map_or_else(|| printable(id), |o| printable(&o.name))
}

/// The legend: each status's pattern, the posts' marks at day zoom,
/// today's line and the deadline's diamond, with the terminal legend's
/// words, wrapped onto as many lines as they need.
pub(super) fn legend_svg(lang: Lang, zoom: Zoom) -> Markup {
    const SWATCH: f64 = 18.0;
    const LINE: f64 = 20.0;
    let statuses = LEGEND_STATUSES.map(Item::Status);
    let marks = LEGEND_MARKS
        .into_iter()
        .filter(|_| zoom == Zoom::Day)
        .map(Item::Mark);
    let items: Vec<Item> = statuses
        .into_iter()
        .chain(marks)
        .chain([Item::Today, Item::Deadline])
        .collect();
    // Each item's place, left to right, a new line when it would not fit.
    let mut placed = Vec::new();
    let (mut x, mut y) = (2.0, LINE / 2.0);
    for (item, word) in items.into_iter().zip(Gantt::legend_words(lang, zoom)) {
        let w = SWATCH + 5.0 + float(width(word)) * CHAR_W;
        if x > 2.0 && x + w > WIDTH {
            x = 2.0;
            y += LINE;
        }
        placed.push((item, word, x, y));
        x += w + 16.0;
    }
    let height = y + LINE / 2.0;
    html! {
        svg.legend xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (at(WIDTH)) " " (at(height)) }
            width=(at(WIDTH)) height=(at(height)) font-size=(at(FONT)) {
            defs { (patterns("gantt-legend", LEGEND_COLOUR)) }
            @for (item, word, x, y) in placed {
                g.item data-item=(item.key()) {
                    @match item {
                        Item::Status(s) => rect x=(at(x)) y=(at(y - 5.0)) width=(at(SWATCH)) height="10"
                            fill={ "url(#gantt-legend-" (status_key(s)) ")" } stroke=(INK) stroke-width="0.6" {},
                        Item::Mark(m) => (mark_shape(m, x + SWATCH / 2.0, y)),
                        Item::Today => line x1=(at(x + SWATCH / 2.0)) x2=(at(x + SWATCH / 2.0)) y1=(at(y - 7.0)) y2=(at(y + 7.0))
                            stroke="#D55E00" stroke-width="2" {},
                        Item::Deadline => (diamond(x + SWATCH / 2.0, y, "#000")),
                    }
                    text x=(at(x + SWATCH + 5.0)) y=(at(y + FONT / 3.0)) { (word) }
                }
            }
        }
    }
}

/// One entry of the legend.
#[derive(Clone, Copy)]
enum Item {
    Status(Status),
    Mark(Mark),
    Today,
    Deadline,
}

impl Item {
    fn key(self) -> &'static str {
        match self {
            Item::Status(s) => status_key(s),
            Item::Mark(Mark::Planned) => "post-planned",
            Item::Mark(Mark::Published) => "post-published",
            Item::Mark(Mark::Overdue) => "post-overdue",
            Item::Today => "today",
            Item::Deadline => "deadline",
        }
    }
}
