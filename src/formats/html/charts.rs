//! The report's charts, as inline SVG: each objective's way from its
//! baseline to its target ([`objective`]), and each channel's budget
//! against its planned and real spend by month ([`channel_spend`]).
//!
//! Built with maud, which escapes every value: a name from the plan is
//! always text, never markup. Each chart is one `<svg>` with a `viewBox`
//! and a width of 100%, so it scales to the page and to A4 when printed.
//! Series are told apart by colour (the report's colour-blind-safe
//! palette) and also by line pattern, marker shape or fill, so a greyscale
//! print reads the same; the legend draws each series the way the chart
//! does. Elements carry a class naming what they show (`series-target`,
//! `bar-planned`…), for the page's style and for the tests.

mod axis;
mod objective;
mod spend;
#[cfg(test)]
mod tests;

use maud::{Markup, html};

pub use objective::objective;
pub use spend::channel_spend;

/// Every chart is this wide in its own units; the page scales it.
const WIDTH: f64 = 800.0;
/// The plot's left and right edges: room for the values' labels on the left.
const PLOT_LEFT: f64 = 100.0;
const PLOT_RIGHT: f64 = 780.0;
/// The plot's top and bottom edges: the title above, the dates below.
const PLOT_TOP: f64 = 44.0;
const PLOT_BOTTOM: f64 = 270.0;
/// Where the first row of the legend goes, and the height of a line of text.
const LEGEND_TOP: f64 = 326.0;
const LINE: f64 = 20.0;
/// The longest title kept, in display cells; the `<title>` keeps it whole.
const TITLE_CELLS: usize = 90;
/// A legend entry's swatch: its width, and the gap before the label.
const SWATCH: f64 = 28.0;

/// The text every chart is written in.
const FONT: &str = "font-family:sans-serif;font-size:12px";

/// One legend entry: the swatch (drawn from (0, 0) to (SWATCH, 0), centred
/// on the label's middle) and its label.
struct Entry {
    swatch: Markup,
    label: &'static str,
}

/// The legend, `columns` entries a row, from `LEGEND_TOP`; returns it and
/// the y below its last row.
fn legend(entries: &[Entry], columns: usize) -> (Markup, f64) {
    let columns = columns.max(1);
    let column = (PLOT_RIGHT - PLOT_LEFT) / axis::count(columns);
    let placed = entries.iter().enumerate().map(|(i, entry)| {
        let (x, y) = (
            PLOT_LEFT + axis::count(i % columns) * column,
            LEGEND_TOP + axis::count(i / columns) * LINE,
        );
        (format!("translate({},{})", axis::px(x), axis::px(y)), entry)
    });
    let markup = html! {
        g class="legend" {
            @for (place, entry) in placed {
                g transform=(place) {
                    (entry.swatch)
                    text x=(axis::px(SWATCH + 8.0)) y="4" { (entry.label) }
                }
            }
        }
    };
    let below = LEGEND_TOP + axis::count(entries.len().div_ceil(columns)) * LINE;
    (markup, below)
}

/// The chart's frame: the `<svg>` element, its `<title>` (what a screen
/// reader announces), the visible heading cut to fit, and `body`.
fn frame(title: &str, height: f64, class: &str, body: &Markup) -> Markup {
    let heading = crate::text::truncate(title, TITLE_CELLS, "…");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" role="img" class=(class)
            viewBox=(format!("0 0 {} {}", axis::px(WIDTH), axis::px(height)))
            width="100%" style=(FONT) {
            title { (title) }
            text class="heading" x=(axis::px(PLOT_LEFT)) y="22" font-size="15" font-weight="bold" {
                (heading)
            }
            (body)
        }
    }
}

/// Lines of text under the legend, one after another from `top`; returns
/// them and the y below the last.
fn notes(lines: &[String], top: f64, class: &str) -> (Markup, f64) {
    let placed = lines
        .iter()
        .enumerate()
        .map(|(i, line)| (axis::px(top + axis::count(i + 1) * LINE), line));
    let markup = html! {
        @for (y, line) in placed {
            text class=(class) x=(axis::px(PLOT_LEFT)) y=(y) { (line) }
        }
    };
    (markup, top + axis::count(lines.len()) * LINE)
}

/// The plot's axes: the left and bottom lines.
fn axes() -> Markup {
    html! {
        g class="axes" stroke="#000000" stroke-width="1" {
            line x1=(axis::px(PLOT_LEFT)) y1=(axis::px(PLOT_TOP))
                x2=(axis::px(PLOT_LEFT)) y2=(axis::px(PLOT_BOTTOM)) {}
            line x1=(axis::px(PLOT_LEFT)) y1=(axis::px(PLOT_BOTTOM))
                x2=(axis::px(PLOT_RIGHT)) y2=(axis::px(PLOT_BOTTOM)) {}
        }
    }
}

/// A value's tick on the left axis: a faint grid line and its label.
fn value_tick(y: f64, label: &str) -> Markup {
    html! {
        g class="tick-value" {
            line x1=(axis::px(PLOT_LEFT)) y1=(axis::px(y)) x2=(axis::px(PLOT_RIGHT)) y2=(axis::px(y))
                stroke="#DDDDDD" stroke-width="1" {}
            text x=(axis::px(PLOT_LEFT - 6.0)) y=(axis::px(y + 4.0)) text-anchor="end" { (label) }
        }
    }
}

/// A tick on the bottom axis, its label centred under `x`.
fn bottom_tick(x: f64, label: &str) -> Markup {
    // Near an end of the axis the label leans inwards, so as not to be cut.
    let anchor = if x > PLOT_RIGHT - 30.0 {
        "end"
    } else if x < PLOT_LEFT + 30.0 {
        "start"
    } else {
        "middle"
    };
    html! {
        g class="tick-date" {
            line x1=(axis::px(x)) y1=(axis::px(PLOT_BOTTOM)) x2=(axis::px(x)) y2=(axis::px(PLOT_BOTTOM + 5.0))
                stroke="#000000" stroke-width="1" {}
            text x=(axis::px(x)) y=(axis::px(PLOT_BOTTOM + 19.0)) text-anchor=(anchor) { (label) }
        }
    }
}

/// An axis's name: the values' along the left edge, turned, and the
/// bottom one's at its right end.
fn axis_names(values: &str, bottom: &str) -> Markup {
    let middle = f64::midpoint(PLOT_TOP, PLOT_BOTTOM);
    html! {
        text class="axis-name" x="16" y=(axis::px(middle)) text-anchor="middle"
            transform=(format!("rotate(-90 16 {})", axis::px(middle))) { (values) }
        text class="axis-name" x=(axis::px(PLOT_RIGHT)) y=(axis::px(PLOT_BOTTOM + 36.0))
            text-anchor="end" { (bottom) }
    }
}
