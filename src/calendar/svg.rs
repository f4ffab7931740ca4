//! The Gantt chart as SVG, for the HTML report: the second renderer of the
//! one layout. It draws the same [`Chart`] the terminal widget (`gantt`)
//! draws — the same lanes, bars, columns, deadlines and today — and
//! computes none of them again: a bar goes where its span's columns and its
//! row's lane say.
//!
//! One `<svg>` per channel, each with the time header on top, so a chart
//! taller than a page breaks between channels with its header repeated.
//! Channels take their colour from a colour-blind-safe palette by their
//! position in the plan ([`crate::theme::report_colour`]), and a bar's
//! status shows by its pattern as well as its shade, so the chart reads
//! printed in greyscale. Every text from the plan goes through maud, which
//! escapes it; nothing is loaded from elsewhere (`url(#…)` only names a
//! pattern defined in the same SVG).

mod bars;
mod header;
mod legend;

use chrono::NaiveDate;
use maud::{Markup, html};

use super::layout::{Chart, Row, cell_in_column};
use super::timeline::{Timeline, Zoom};
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::text::printable;
use crate::theme::report_colour;

/// The rules the Gantt needs, for the page's `<style>`: each SVG as wide
/// as the page and kept whole on a printed page.
pub const CSS: &str = "\
.gantt { margin: 0; }
/* The page keeps figures whole; the Gantt breaks between its channels. */
figure.gantt { break-inside: auto; page-break-inside: auto; }
.gantt svg { display: block; width: 100%; height: auto; margin: 0 0 0.4em; font-family: system-ui, sans-serif; }
.gantt .name { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.gantt .bar:hover rect { stroke: #000; stroke-width: 1.5; }
@media print {
  .gantt svg { break-inside: avoid; page-break-inside: avoid; }
  .gantt .bar:hover rect { stroke-width: 0.6; }
}
";

/// Windows up to this many days are drawn day by day, so that the posts'
/// marks (which exist only at day zoom) show.
const DAY_ZOOM_UP_TO: i64 = 100;
/// Windows up to this many days (about a year and a half) by ISO week;
/// longer ones by month.
const WEEK_ZOOM_UP_TO: i64 = 550;

/// The timeline for a printed page from `from` to `to` (both included):
/// days up to about 100 days, weeks up to about a year and a half, months
/// beyond.
pub fn window_timeline(from: NaiveDate, to: NaiveDate) -> Timeline {
    let days = (to - from).num_days().abs() + 1;
    let zoom = if days <= DAY_ZOOM_UP_TO {
        Zoom::Day
    } else if days <= WEEK_ZOOM_UP_TO {
        Zoom::Week
    } else {
        Zoom::Month
    };
    Timeline::covering(zoom, from, to)
}

/// The width of every SVG, in its own units; the page scales it.
const WIDTH: f64 = 1000.0;
/// The channel names' column.
const LABEL_W: f64 = 150.0;
/// One header line.
const LINE_H: f64 = 16.0;
/// The header: two lines.
const HEADER_H: f64 = 2.0 * LINE_H;
/// One lane.
const ROW_H: f64 = 22.0;
/// The text's size, and about how wide one of its characters is (there
/// are no font metrics here: cut names are measured by this).
const FONT: f64 = 11.0;
const CHAR_W: f64 = 6.2;
/// How finely a date's place inside its column is worked out.
const PLACES: u16 = 700;

/// Where the columns go across an SVG.
#[derive(Clone, Copy, Debug)]
struct Frame {
    zoom: Zoom,
    column_w: f64,
}

impl Frame {
    fn of(chart: &Chart) -> Frame {
        let columns = float(chart.timeline.len().max(1));
        Frame {
            zoom: chart.timeline.zoom,
            column_w: (WIDTH - LABEL_W) / columns,
        }
    }

    /// Where column `column` starts.
    fn x(self, column: usize) -> f64 {
        LABEL_W + float(column) * self.column_w
    }

    /// Where `date`, in column `column`, falls: its day's place inside
    /// the column, as the terminal puts it in its column's cells.
    fn date_x(self, column: usize, date: NaiveDate) -> f64 {
        let place = f64::from(cell_in_column(self.zoom, date, PLACES)) / f64::from(PLACES);
        self.x(column) + place * self.column_w
    }

    /// How many characters fit in `w` units, keeping a little margin.
    fn chars(w: f64) -> usize {
        whole((w - 4.0) / CHAR_W)
    }
}

/// A count as a coordinate.
fn float(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// `v` rounded down to a whole number of at most `u16::MAX` (0 when
/// negative): the counts here are a few hundred at most.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped first
fn whole(v: f64) -> usize {
    usize::from(v.floor().clamp(0.0, f64::from(u16::MAX)) as u16)
}

/// A coordinate as an attribute: one decimal is finer than print shows.
fn at(v: f64) -> String {
    format!("{v:.1}")
}

/// The chart as a `<figure class="gantt">`: one SVG per channel (each with
/// the header), one for the deadlines when any objective has one, and the
/// legend.
pub fn gantt(plan: &Plan, chart: &Chart, lang: Lang) -> Markup {
    let frame = Frame::of(chart);
    html! {
        figure.gantt {
            @for rows in channel_groups(&chart.rows) {
                (channel_svg(plan, chart, frame, lang, rows))
            }
            @if chart.has_deadlines {
                (legend::deadlines_svg(plan, chart, frame, lang))
            }
            (legend::legend_svg(lang, chart.timeline.zoom))
        }
    }
}

/// The chart's rows cut into runs of one channel each.
fn channel_groups(rows: &[Row]) -> Vec<&[Row]> {
    let mut groups = Vec::new();
    let mut start = 0;
    for i in 1..=rows.len() {
        if i == rows.len() || rows[i].channel != rows[start].channel {
            groups.push(&rows[start..i]);
            start = i;
        }
    }
    groups
}

/// The vertical lines that run through every group: objectives' deadlines
/// (dashed) and today, from the top of the header to `height`.
fn verticals(chart: &Chart, frame: Frame, height: f64) -> Markup {
    html! {
        @for d in &chart.deadlines {
            line.deadline x1=(at(frame.date_x(d.column, d.date))) x2=(at(frame.date_x(d.column, d.date)))
                y1=(at(LINE_H)) y2=(at(height)) stroke="#444" stroke-width="1" stroke-dasharray="4 3" {}
        }
        @if let Some(column) = chart.timeline.column_of(chart.today) {
            line.today x1=(at(frame.date_x(column, chart.today))) x2=(at(frame.date_x(column, chart.today)))
                y1="0" y2=(at(height)) stroke="#D55E00" stroke-width="2" {}
        }
    }
}

/// One channel's SVG: its lanes under the header, its name beside its
/// first lane, its bars, and the lines through it.
fn channel_svg(plan: &Plan, chart: &Chart, frame: Frame, lang: Lang, rows: &[Row]) -> Markup {
    let id = rows.first().map_or("", |r| r.channel.as_str());
    let index = plan.channels.iter().position(|c| c.id == id).unwrap_or(0);
    let name = plan
        .channel(id)
        .map_or_else(|| printable(id), |c| printable(&c.name));
    let colour = report_colour(index);
    let height = HEADER_H + ROW_H * float(rows.len());
    let prefix = format!("gantt-{index}");
    html! {
        svg.channel xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (at(WIDTH)) " " (at(height)) }
            width=(at(WIDTH)) height=(at(height)) role="img" aria-label=(name) data-channel=(id) {
            defs { (legend::patterns(&prefix, colour)) }
            (header::header(chart, frame, lang, height))
            @for (i, row) in rows.iter().enumerate() {
                @let y = HEADER_H + ROW_H * float(i);
                line x1="0" x2=(at(WIDTH)) y1=(at(y)) y2=(at(y)) stroke="#ddd" stroke-width="0.5" {}
                @if i == 0 {
                    text.channel-name x="2" y=(at(y + ROW_H / 2.0 + FONT / 3.0)) font-size=(at(FONT)) font-weight="bold" {
                        title { (name) }
                        (crate::text::truncate(&name, Frame::chars(LABEL_W), "…"))
                    }
                }
                @for bar in &row.bars {
                    (bars::bar(plan, chart, frame, bars::Place { row, y, prefix: &prefix }, bar))
                }
            }
            (verticals(chart, frame, height))
        }
    }
}

#[cfg(test)]
mod tests;
