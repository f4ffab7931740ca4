//! The chart's two header lines: months and years, then days, ISO weeks
//! or months, today's reversed. The labels themselves (which columns start
//! a month, what each says) are worked out here for both renderers: the
//! terminal widget and the SVG of the HTML report (`calendar::svg`).

use chrono::{Datelike, Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::{Gantt, Geometry};
use crate::calendar::timeline::{Column, Zoom};
use crate::i18n::Lang;
use crate::text::width;

/// The month a column is labelled under. A week belongs to the month of
/// its Thursday, as it does to the ISO year of its Thursday: 2026-W53,
/// Monday 28 December to Sunday 3 January, is December 2026.
fn month_of(zoom: Zoom, column: Column) -> NaiveDate {
    match zoom {
        Zoom::Week => column
            .first
            .checked_add_days(Days::new(3))
            .unwrap_or(column.first),
        Zoom::Day | Zoom::Month => column.first,
    }
}

/// The columns with a label on the first line: where a month starts (a
/// year at month zoom), and the first column.
pub(crate) fn month_starts(zoom: Zoom, columns: &[Column]) -> Vec<usize> {
    (0..columns.len())
        .filter(|&i| {
            i == 0
                || match zoom {
                    Zoom::Month => columns[i].first.month() == 1,
                    _ => {
                        month_of(zoom, columns[i]).month() != month_of(zoom, columns[i - 1]).month()
                    }
                }
        })
        .collect()
}

/// The first line's labels, at the columns `month_starts` gives: the year
/// goes with the first month label that has room for it, and again when it
/// changes ("Jan  Feb 2027  Mar … Jan 2028"). `room(k)` is how many cells
/// the `k`-th label may take; a label with no room is left out.
pub(crate) fn month_labels(
    lang: Lang,
    zoom: Zoom,
    columns: &[Column],
    room: impl Fn(usize) -> usize,
) -> Vec<(usize, String)> {
    let mut year_shown = None;
    let mut labels = Vec::new();
    for (k, i) in month_starts(zoom, columns).into_iter().enumerate() {
        let date = month_of(zoom, columns[i]);
        let month = lang.month_short(date);
        let year = date.year();
        let candidates = match zoom {
            Zoom::Month => vec![year.to_string()],
            _ if year_shown != Some(year) => vec![format!("{month} {year}"), month.to_string()],
            _ => vec![month.to_string()],
        };
        if let Some(text) = candidates.into_iter().find(|t| width(t) <= room(k)) {
            if zoom == Zoom::Month || text != month {
                year_shown = Some(year);
            }
            labels.push((i, text));
        }
    }
    labels
}

/// The second line's label of a column: its day, its ISO week ("W49",
/// "S49" in Spanish) or its month.
pub(crate) fn column_label(lang: Lang, zoom: Zoom, column: Column) -> String {
    match zoom {
        Zoom::Day => format!("{:>2}", column.first.day()),
        Zoom::Week => lang.week_label(column.first.iso_week().week()),
        Zoom::Month => lang.month_short(column.first).to_string(),
    }
}

impl Gantt<'_> {
    /// Month and year on the first line; days, ISO weeks or months on the
    /// second. Today's label is reversed.
    pub(super) fn render_header(&self, area: Rect, buf: &mut Buffer, g: Geometry) {
        let timeline = &self.chart.timeline;
        let zoom = timeline.zoom;
        let columns = &timeline.columns()[..g.columns.min(timeline.len())];
        let cells = usize::from(g.cells);
        let right = area.x + area.width;
        let starts = month_starts(zoom, columns);
        // Each label runs up to the next, with a space before it.
        let room = |k: usize| {
            let x = g.column_x(area, starts[k]).unwrap_or(right);
            let end = starts
                .get(k + 1)
                .and_then(|&next| g.column_x(area, next))
                .map_or(right, |next| next.saturating_sub(1))
                .min(right);
            usize::from(end.saturating_sub(x))
        };
        for (i, text) in month_labels(self.lang, zoom, columns, room) {
            let Some(x) = g.column_x(area, i).filter(|x| *x < right) else {
                break;
            };
            let room = usize::from(right - x);
            buf.set_stringn(x, area.y, &text, room, self.theme.title());
        }
        // Second line.
        for (i, column) in columns.iter().enumerate() {
            let Some(x) = g.column_x(area, i) else {
                break;
            };
            let text = column_label(self.lang, zoom, *column);
            let style = if column.contains(self.chart.today) {
                self.theme.selected().add_modifier(Modifier::BOLD)
            } else {
                self.theme.dim()
            };
            let room = usize::from(right - x).min(cells.saturating_sub(1).max(1));
            buf.set_stringn(x, area.y + 1, &text, room, style);
        }
    }
}
