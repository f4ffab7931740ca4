//! One module per tab, and what they draw with in common: a list with a
//! detail pane, the empty state that explains the step, and the delete
//! question.

pub mod actions;
pub mod agenda;
pub mod calendar;
pub mod channels;
pub mod measurements;
pub mod objectives;
pub mod posts;
pub mod review;
pub mod situation;

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, Widget, Wrap};

use super::view::Ctx;
use super::widgets::scroll::Scroll;
use crate::i18n::Lang;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;

/// Splits a tab's body into the list and the detail pane: side by side when
/// wide, one above the other otherwise.
pub fn split(area: Rect) -> (Rect, Rect) {
    if area.width >= 110 {
        let [list, detail] = area.layout(&Layout::horizontal([
            Constraint::Percentage(60),
            Constraint::Percentage(40),
        ]));
        (list, detail)
    } else {
        let detail_height = (area.height / 2).min(9);
        let [list, detail] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(detail_height),
        ]));
        (list, detail)
    }
}

/// A bordered panel with a title.
pub fn panel(title: &str, theme: Theme) -> Block<'static> {
    titled(title, theme, theme.title())
}

fn titled(title: &str, theme: Theme, style: Style) -> Block<'static> {
    Block::bordered()
        .border_set(theme.border())
        .border_style(theme.border_style())
        .title(Line::styled(format!(" {} ", printable(title)), style))
}

/// The list of a tab: a header and only the visible rows, the selected one
/// pointed at (as mutt's `arrow_cursor`) and its pointer and name
/// reversed, not the whole row: the rest of the row keeps its own styles (a
/// status's colour), and a move rewrites two names rather than two whole
/// rows, which counts over a slow link (issue 16, budget 3). Without
/// colour the reversal still shows; the pointer says it in a copy of the
/// screen.
pub struct ListView<'a> {
    pub title: String,
    pub header: Vec<&'a str>,
    pub widths: Vec<Constraint>,
    pub len: usize,
    pub scroll: &'a Scroll,
}

impl ListView<'_> {
    /// `row(i)` builds the cells of row `i`; only visible rows are built.
    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: Theme,
        row: impl Fn(usize) -> Vec<Line<'static>>,
    ) {
        let block = panel(&self.title, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let rows_height = usize::from(inner.height.saturating_sub(1));
        // Whatever a column cannot hold is cut with the mark, never silently.
        let cells = cell_widths(area, &self.widths);
        let fit = |i: usize, line: Line<'static>| {
            fit_line(line, cells.get(i).copied().unwrap_or(0), theme.ellipsis())
        };
        let window: Range<usize> = self.scroll.window(self.len, rows_height);
        let rows: Vec<Row> = window
            .map(|i| {
                let selected = i == self.scroll.selected;
                let mut cells: Vec<Line<'static>> = row(i)
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| fit(i, line))
                    .collect();
                if let Some(first) = cells.first_mut() {
                    let pointer = if selected { theme.pointer() } else { " " };
                    first.spans.insert(0, Span::raw(format!("{pointer} ")));
                    if selected {
                        // The text only, not the cell's padding: a move
                        // rewrites as few cells as it can.
                        for span in &mut first.spans {
                            span.style = span.style.patch(theme.selected());
                        }
                    }
                }
                Row::new(cells)
            })
            .collect();
        // The first title is indented past the pointer column.
        let header = Row::new(
            self.header
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let title = fit(i, Line::styled((*h).to_string(), theme.dim()));
                    if i == 0 {
                        // Past the pointer column, as the rows' first cells.
                        let mut spans = vec![Span::raw("  ")];
                        spans.extend(title.spans);
                        Line::from(spans).style(title.style)
                    } else {
                        title
                    }
                })
                .collect::<Vec<_>>(),
        );
        Table::new(rows, self.widths.clone())
            .header(header)
            .column_spacing(1)
            .render(inner, buf);
        // On the panel's right border, beside the rows (not the header).
        let beside_rows = Rect {
            y: inner.y.saturating_add(1),
            height: inner.height.saturating_sub(1),
            ..area
        };
        self.scroll.render_scrollbar(beside_rows, buf, theme);
    }
}

/// The columns of a list: its header and their widths, fitted to a width.
pub trait Columns {
    fn header(&self, lang: Lang) -> Vec<&'static str>;
    fn widths(&self) -> Vec<Constraint>;
}

/// A list of `len` rows beside (or above) the selected row's detail pane,
/// laid out by [`split`]: the layout the lists of items share.
pub struct Listing<'a> {
    pub title: String,
    pub len: usize,
    pub scroll: &'a Scroll,
}

impl Listing<'_> {
    /// `fit` sizes the columns to the list's inner width; `row` builds each
    /// visible row with them; `detail(row)` is the title and lines of the
    /// item on the row the pane shows (see [`Scroll::shown`]), if any.
    pub fn render<C: Columns>(
        self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        fit: impl FnOnce(u16) -> C,
        row: impl Fn(&C, usize) -> Vec<Line<'static>>,
        detail: impl FnOnce(usize) -> Option<(String, Vec<Line<'static>>)>,
    ) {
        let (list, pane) = split(area);
        let columns = fit(list.width.saturating_sub(2));
        let view = ListView {
            title: self.title,
            header: columns.header(ctx.lang),
            widths: columns.widths(),
            len: self.len,
            scroll: self.scroll,
        };
        view.render(list, buf, ctx.theme, |i| row(&columns, i));
        if let Some((title, lines)) = detail(self.scroll.shown()) {
            self::detail(pane, buf, &title, lines, ctx.theme, self.scroll.lagging());
        }
    }
}

/// The width each column of a list drawn in `list` gets (laid out as the
/// table does), the first one less the selection pointer: so that texts are
/// cut with an ellipsis rather than mid-word.
pub fn cell_widths(list: Rect, widths: &[Constraint]) -> Vec<usize> {
    let inner = Rect::new(0, 0, list.width.saturating_sub(2), 1);
    Layout::horizontal(widths.iter().copied())
        .flex(Flex::Start)
        .spacing(1)
        .split(inner)
        .iter()
        .enumerate()
        .map(|(i, r)| usize::from(r.width).saturating_sub(if i == 0 { 2 } else { 0 }))
        .collect()
}

/// `line` within `cells` cells: whole if it fits, else cut with `ellipsis`
/// as its last cell, each span keeping its style.
fn fit_line(line: Line<'static>, cells: usize, ellipsis: &str) -> Line<'static> {
    let spans_width = |spans: &[Span]| spans.iter().map(|s| width(&s.content)).sum::<usize>();
    if spans_width(&line.spans) <= cells {
        return line;
    }
    let room = cells.saturating_sub(width(ellipsis));
    let mut kept: Vec<Span<'static>> = Vec::new();
    for span in line.spans {
        let left = room - spans_width(&kept).min(room);
        if width(&span.content) <= left {
            kept.push(span);
            continue;
        }
        let cut = truncate(&span.content, left, "");
        kept.push(Span::styled(format!("{cut}{ellipsis}"), span.style));
        break;
    }
    let mut fitted = Line::from(kept).style(line.style);
    fitted.alignment = line.alignment;
    fitted
}

/// A fixed-width column of `cells`.
pub fn column(cells: usize) -> Constraint {
    Constraint::Length(u16::try_from(cells).unwrap_or(u16::MAX))
}

/// A tab's sections in one line, the current one highlighted: each name
/// with its count, or without the counts when `room` is too narrow for them.
pub fn section_line(
    sections: &[(&str, Option<usize>)],
    current: usize,
    room: usize,
    theme: Theme,
) -> Line<'static> {
    let label = |(name, count): (&str, Option<usize>), counted: bool| match count {
        Some(n) if counted => format!("{name} ({n})"),
        _ => name.to_string(),
    };
    let separator = theme.separator();
    let line_width = |counted: bool| {
        2 + sections
            .iter()
            .map(|s| width(&label(*s, counted)))
            .sum::<usize>()
            + width(separator) * sections.len().saturating_sub(1)
    };
    let counted = line_width(true) <= room;
    let mut spans = vec![Span::raw(" ")];
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(separator, theme.dim()));
        }
        let style = if i == current {
            theme.active_tab()
        } else {
            theme.tab()
        };
        spans.push(Span::styled(label(*section, counted), style));
    }
    spans.push(Span::raw(" "));
    Line::from(spans)
}

/// The detail pane: a title and lines. While it `lags` behind the
/// selection (keys are still moving it) its title is plain rather than bold
/// and ends with an ellipsis: the pane says which item it shows, and that it
/// is about to follow.
pub fn detail(
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    lines: Vec<Line<'static>>,
    theme: Theme,
    lags: bool,
) {
    let block = if lags {
        titled(&format!("{title} {}", theme.ellipsis()), theme, theme.dim())
    } else {
        titled(title, theme, theme.title())
    };
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// What an empty tab shows: the step of the method in a sentence or two,
/// and the key that starts it.
pub fn empty(area: Rect, buf: &mut Buffer, title: &str, text: &str, theme: Theme) {
    let lines = vec![Line::default(), Line::raw(text.to_string())];
    Paragraph::new(lines)
        .block(panel(title, theme))
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
