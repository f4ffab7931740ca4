//! The Gantt chart widget: channel names on the left (in their colour), a
//! two-line time header, a bar per campaign in its lane, today's column,
//! objective deadlines and a legend. It draws a [`Chart`] and nothing else,
//! so the Calendar tab and `socialplan calendar` show the same picture.
//!
//! Without colour, channels are told apart by their labels and a campaign's
//! status by the character its bar is drawn with; with `--ascii` only ASCII.
//! At day zoom a bar carries its posts' marks (`posts`).

mod geometry;
mod header;
pub(crate) use header::{column_label, month_labels, month_starts};
mod posts;

pub use geometry::Geometry;
pub use posts::post_mark;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

use super::layout::{Bar, Chart, cell_in_column};
use super::timeline::Zoom;
use crate::domain::{Plan, Status};
use crate::i18n::Lang;
use crate::i18n::calendar::Cal;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;
pub(crate) use posts::LEGEND_MARKS;

/// Rows above the lanes: months and years, then days, weeks or months.
pub const HEADER_ROWS: u16 = 2;
/// The statuses in the legend, in its order (today's mark and the deadline
/// mark follow).
pub(crate) const LEGEND_STATUSES: [Status; 4] = [
    Status::Active,
    Status::Planned,
    Status::Done,
    Status::Cancelled,
];

pub struct Gantt<'a> {
    pub chart: &'a Chart,
    pub plan: &'a Plan,
    pub lang: Lang,
    pub theme: Theme,
    /// The campaign to highlight.
    pub selected: Option<&'a str>,
    /// The first lane shown (the rest scroll).
    pub first_row: usize,
}

impl Gantt<'_> {
    /// How many columns of the timeline fit in `width` cells.
    pub fn columns_that_fit(plan: &Plan, zoom: Zoom, width: u16) -> usize {
        Geometry::fit(plan, zoom, width).columns
    }

    /// At most how many columns of the timeline fit in `width` cells,
    /// whatever the plan's channels (a command that reads only the default
    /// window's campaigns knows the window before it knows the channels).
    pub fn most_columns_that_fit(zoom: Zoom, width: u16) -> usize {
        Geometry::most_columns(zoom, width)
    }

    /// The width the chart needs, at most `width`: its label and columns, its
    /// legend, and enough that the label keeps the width it has at `width`
    /// (it takes at most a third). Printing a short window into a buffer
    /// this wide, not the whole `width`, saves drawing empty cells.
    pub fn width_needed(chart: &Chart, plan: &Plan, lang: Lang, width: u16) -> u16 {
        let geometry = Geometry::of(plan, chart.timeline.zoom, width, chart.timeline.len());
        let legend =
            u16::try_from(Gantt::legend_width(lang, chart.timeline.zoom)).unwrap_or(u16::MAX);
        geometry
            .width()
            .max(legend)
            .max(geometry.label.saturating_mul(3))
            .min(width)
    }

    /// The whole legend's width: each item is a one-cell mark, a space and
    /// its word; two spaces between items.
    fn legend_width(lang: Lang, zoom: Zoom) -> usize {
        let items: Vec<usize> = Gantt::legend_words(lang, zoom)
            .map(|w| 2 + width(w))
            .collect();
        items.iter().sum::<usize>() + 2 * (items.len() - 1)
    }

    /// The legend's words, in its order: the statuses, the posts' marks
    /// when they show (day zoom), today, the deadlines. The posts come
    /// before today and the deadlines, which a narrow chart leaves out
    /// first: today is also the reversed header label, the deadlines have
    /// their own labelled line.
    pub(crate) fn legend_words(lang: Lang, zoom: Zoom) -> impl Iterator<Item = &'static str> {
        let statuses = LEGEND_STATUSES.into_iter().map(move |s| lang.status(s));
        let posts = LEGEND_MARKS
            .into_iter()
            .filter(move |_| zoom == Zoom::Day)
            .map(move |m| lang.post_mark(m));
        statuses
            .chain(posts)
            .chain([lang.t(Cal::Today), lang.t(Cal::Deadline)])
    }

    /// Rows below the lanes: the deadlines, when any objective has one,
    /// and the legend.
    fn footer_rows(chart: &Chart) -> u16 {
        1 + u16::from(chart.has_deadlines)
    }

    /// The height needed to show every lane, header, deadlines and legend.
    pub fn height(chart: &Chart) -> u16 {
        let rows = u16::try_from(chart.rows.len()).unwrap_or(u16::MAX);
        HEADER_ROWS
            .saturating_add(rows.max(1))
            .saturating_add(Gantt::footer_rows(chart))
    }

    /// The lanes that fit in a chart `height` rows high.
    pub fn visible_rows(chart: &Chart, height: u16) -> usize {
        usize::from(height.saturating_sub(HEADER_ROWS + Gantt::footer_rows(chart)))
    }

    fn fill(&self, status: Status) -> &'static str {
        match (status, self.theme.ascii) {
            (Status::Planned, false) => "░",
            (Status::Active, false) => "█",
            (Status::Done, false) => "▒",
            (Status::Cancelled, false) => "╌",
            (Status::Planned, true) => ".",
            (Status::Active, true) => "#",
            (Status::Done, true) => "=",
            (Status::Cancelled, true) => "x",
        }
    }

    fn today_mark(&self) -> &'static str {
        if self.theme.ascii { "|" } else { "│" }
    }

    fn deadline_mark(&self) -> &'static str {
        if self.theme.ascii { "*" } else { "◆" }
    }
}

impl Widget for Gantt<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < 4 || area.height < HEADER_ROWS + 1 {
            return;
        }
        let timeline = &self.chart.timeline;
        let g = Geometry::of(self.plan, timeline.zoom, area.width, timeline.len());
        self.render_header(area, buf, g);
        let footer = Gantt::footer_rows(self.chart);
        let lanes_height = area.height.saturating_sub(HEADER_ROWS + footer).max(1);
        let lanes = Rect {
            y: area.y + HEADER_ROWS,
            height: lanes_height.min(area.height - HEADER_ROWS),
            ..area
        };
        self.render_lanes(lanes, buf, g);
        let bottom = area.y + area.height;
        let mut below = lanes.y + lanes.height;
        let line = |y| Rect {
            y,
            height: 1,
            ..area
        };
        if self.chart.has_deadlines && below < bottom {
            self.render_deadlines(line(below), buf, g);
            below += 1;
        }
        if below < bottom {
            self.render_legend(line(below), buf);
        }
    }
}

impl Gantt<'_> {
    fn render_lanes(&self, area: Rect, buf: &mut Buffer, g: Geometry) {
        let rows = self
            .chart
            .rows
            .iter()
            .enumerate()
            .skip(self.first_row)
            .take(usize::from(area.height));
        for (y, (_, row)) in (area.y..).zip(rows) {
            let channel = self.plan.channel(&row.channel);
            let colour = channel.map_or(Style::new(), |c| self.theme.channel(c.colour));
            if row.lane == 0 || y == area.y {
                let name = channel.map_or_else(|| row.channel.clone(), |c| printable(&c.name));
                let name = truncate(
                    &name,
                    usize::from(g.label.saturating_sub(1)),
                    self.theme.ellipsis(),
                );
                buf.set_stringn(
                    area.x,
                    y,
                    &name,
                    usize::from(g.label),
                    colour.add_modifier(Modifier::BOLD),
                );
            }
            self.render_today(area.x, y, buf, g, false);
            for bar in &row.bars {
                if bar.span.first < g.columns {
                    self.render_bar(
                        Rect {
                            y,
                            height: 1,
                            ..area
                        },
                        buf,
                        g,
                        bar,
                        colour,
                    );
                }
            }
            // Again over the bars' fill, so the line runs down the chart,
            // but never over a name.
            self.render_today(area.x, y, buf, g, true);
        }
    }

    /// The today line, in the cell of today within its column; with
    /// `over_fill`, only where that cell holds a bar's fill.
    fn render_today(&self, x: u16, y: u16, buf: &mut Buffer, g: Geometry, over_fill: bool) {
        let timeline = &self.chart.timeline;
        let Some(column) = timeline
            .column_of(self.chart.today)
            .filter(|c| *c < g.columns)
        else {
            return;
        };
        let zoom = timeline.zoom;
        let Some(cx) = g.column_x(
            Rect {
                x,
                ..Rect::default()
            },
            column,
        ) else {
            return;
        };
        let cx = cx + cell_in_column(zoom, self.chart.today, g.cells);
        let fills = Status::ALL.map(|s| self.fill(s));
        if let Some(cell) = buf.cell_mut((cx, y))
            && (!over_fill || fills.contains(&cell.symbol()))
        {
            cell.set_symbol(self.today_mark())
                .set_style(self.theme.error());
        }
    }

    /// A bar over its columns: the status fill, `◀`/`▶` where the window cuts
    /// it, and the campaign's name inside when there is room.
    fn render_bar(&self, row: Rect, buf: &mut Buffer, g: Geometry, bar: &Bar, colour: Style) {
        let Some(x0) = g.column_x(row, bar.span.first) else {
            return;
        };
        let last = bar.span.last.min(g.columns - 1);
        let Some(x1) = g.column_x(row, last).map(|x| x + g.cells - 1) else {
            return;
        };
        let x1 = x1.min(row.x + row.width - 1);
        let (fill_style, name_style) = self.bar_styles(bar, colour);
        for x in x0..=x1 {
            if let Some(cell) = buf.cell_mut((x, row.y)) {
                // A clean cell: today's line, drawn first, must not leave
                // its bold under a bar.
                cell.reset();
                cell.set_symbol(self.fill(bar.status)).set_style(fill_style);
            }
        }
        let (left, right) = if self.theme.ascii {
            ("<", ">")
        } else {
            ("◀", "▶")
        };
        if bar.span.cut_left {
            buf.set_string(x0, row.y, left, fill_style);
        }
        // Cut by the window, or going on past the columns that fit.
        if bar.span.cut_right || bar.span.last >= g.columns {
            buf.set_string(x1, row.y, right, fill_style);
        }
        let marks = self.marks_x(row, g, bar);
        let name = self
            .plan
            .campaigns
            .get(bar.index)
            .map(|c| printable(&c.name))
            .unwrap_or_default();
        // The name from the second cell, keeping the last for the fill,
        // between the posts' marks.
        let marks_at: Vec<u16> = marks.iter().map(|(x, _)| *x).collect();
        if let Some((x, room)) = posts::name_place(x0 + 1, x1, &marks_at, width(&name)) {
            let name = truncate(&name, room, self.theme.ellipsis());
            buf.set_stringn(x, row.y, &name, room, name_style);
        } else if self.selected == Some(bar.id(self.plan)) {
            // No room for the name: the (short) bar itself is underlined.
            let underline = Style::new().add_modifier(Modifier::UNDERLINED);
            buf.set_style(Rect::new(x0, row.y, x1 - x0 + 1, 1), underline);
        }
        self.render_marks(row.y, buf, &marks, fill_style);
    }

    /// The fill's style, and the name's: solid (reversed) for a campaign
    /// under way or done, plain for one planned, struck out when cancelled.
    fn bar_styles(&self, bar: &Bar, colour: Style) -> (Style, Style) {
        let mut fill = colour;
        let mut name = match bar.status {
            Status::Active => colour.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            Status::Done => colour.add_modifier(Modifier::REVERSED),
            Status::Planned => colour.add_modifier(Modifier::BOLD),
            Status::Cancelled => colour.add_modifier(Modifier::CROSSED_OUT),
        };
        if matches!(bar.status, Status::Done | Status::Cancelled) {
            fill = fill.add_modifier(Modifier::DIM);
            name = name.add_modifier(Modifier::DIM);
        }
        // The selected bar's name is underlined, not its whole fill: moving
        // the selection then rewrites two names, not two whole bars (a wide
        // terminal makes bars long), and the details line says which it is.
        if self.selected == Some(bar.id(self.plan)) {
            name = name.add_modifier(Modifier::UNDERLINED);
        }
        (fill, name)
    }

    fn render_deadlines(&self, area: Rect, buf: &mut Buffer, g: Geometry) {
        let text = truncate(
            self.lang.t(Cal::Deadlines),
            usize::from(g.label.saturating_sub(1)),
            self.theme.ellipsis(),
        );
        buf.set_stringn(
            area.x,
            area.y,
            &text,
            usize::from(g.label),
            self.theme.dim(),
        );
        let zoom = self.chart.timeline.zoom;
        for deadline in self.chart.deadlines.iter().filter(|d| d.column < g.columns) {
            let Some(x) = g.column_x(area, deadline.column) else {
                continue;
            };
            let x = x + cell_in_column(zoom, deadline.date, g.cells);
            let passed = deadline.date < self.chart.today;
            let style = if passed {
                self.theme.dim()
            } else {
                self.theme.warning().add_modifier(Modifier::BOLD)
            };
            if let Some(cell) = buf.cell_mut((x, area.y)) {
                cell.set_symbol(self.deadline_mark()).set_style(style);
            }
        }
    }

    /// What the fills and marks mean.
    fn render_legend(&self, area: Rect, buf: &mut Buffer) {
        let zoom = self.chart.timeline.zoom;
        let fills = LEGEND_STATUSES.map(|s| self.fill(s));
        let posts = LEGEND_MARKS
            .into_iter()
            .filter(|_| zoom == Zoom::Day)
            .map(|m| self.post_mark(m));
        let marks = fills
            .into_iter()
            .chain(posts)
            .chain([self.today_mark(), self.deadline_mark()]);
        // Whole items, as many as fit.
        let mut text = String::new();
        for (mark, what) in marks.zip(Gantt::legend_words(self.lang, zoom)) {
            let item = format!("{mark} {what}");
            let sep = if text.is_empty() { "" } else { "  " };
            if width(&text) + width(sep) + width(&item) > usize::from(area.width) {
                break;
            }
            text.push_str(sep);
            text.push_str(&item);
        }
        buf.set_stringn(
            area.x,
            area.y,
            &text,
            usize::from(area.width),
            self.theme.dim(),
        );
    }
}
