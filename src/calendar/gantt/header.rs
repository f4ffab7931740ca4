//! The chart's two header lines: months and years, then days, ISO weeks
//! or months, today's reversed.

use chrono::{Datelike, Days};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use super::{Gantt, Geometry};
use crate::calendar::timeline::{Column, Zoom};
use crate::text::width;

impl Gantt<'_> {
    /// Month and year on the first line; days, ISO weeks or months on the
    /// second. Today's label is reversed.
    pub(super) fn render_header(&self, area: Rect, buf: &mut Buffer, g: Geometry) {
        let timeline = &self.chart.timeline;
        let zoom = timeline.zoom;
        let columns = &timeline.columns()[..g.columns.min(timeline.len())];
        let cells = usize::from(g.cells);
        let right = area.x + area.width;
        // First line: a label where a month starts (a year at month zoom),
        // and on the first column. A week belongs to the month of its
        // Thursday, as it does to the ISO year of its Thursday: 2026-W53,
        // Monday 28 December to Sunday 3 January, is December 2026.
        let month_of = |column: &Column| match zoom {
            Zoom::Week => column
                .first
                .checked_add_days(Days::new(3))
                .unwrap_or(column.first),
            Zoom::Day | Zoom::Month => column.first,
        };
        let starts: Vec<usize> = (0..columns.len())
            .filter(|&i| {
                i == 0
                    || match zoom {
                        Zoom::Month => columns[i].first.month() == 1,
                        _ => month_of(&columns[i]).month() != month_of(&columns[i - 1]).month(),
                    }
            })
            .collect();
        // The year goes with the first month label that has room for it, and
        // again when it changes: "Jan  Feb 2027  Mar … Jan 2028".
        let mut year_shown = None;
        for (k, &i) in starts.iter().enumerate() {
            let Some(x) = g.column_x(area, i) else {
                break;
            };
            // Up to the next label, with a space before it.
            let end = starts
                .get(k + 1)
                .and_then(|&next| g.column_x(area, next))
                .map_or(right, |next| next.saturating_sub(1))
                .min(right);
            let room = usize::from(end.saturating_sub(x));
            let date = month_of(&columns[i]);
            let month = self.lang.month_short(date);
            let year = date.year();
            let candidates = match zoom {
                Zoom::Month => vec![year.to_string()],
                _ if year_shown != Some(year) => vec![format!("{month} {year}"), month.to_string()],
                _ => vec![month.to_string()],
            };
            if let Some(text) = candidates.into_iter().find(|t| width(t) <= room) {
                if zoom == Zoom::Month || text != month {
                    year_shown = Some(year);
                }
                buf.set_stringn(x, area.y, &text, room, self.theme.title());
            }
        }
        // Second line.
        for (i, column) in columns.iter().enumerate() {
            let Some(x) = g.column_x(area, i) else {
                break;
            };
            let text = match zoom {
                Zoom::Day => format!("{:>2}", column.first.day()),
                Zoom::Week => self.lang.week_label(column.first.iso_week().week()),
                Zoom::Month => self.lang.month_short(column.first).to_string(),
            };
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
