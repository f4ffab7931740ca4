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
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, Widget, Wrap};

use super::view::Ctx;
use super::widgets::scroll::Scroll;
use crate::i18n::Lang;
use crate::text::printable;
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
    Block::bordered()
        .border_set(theme.border())
        .border_style(theme.border_style())
        .title(Line::styled(
            format!(" {} ", printable(title)),
            theme.title(),
        ))
}

/// The list of a tab: a header and only the visible rows, the selected one
/// reversed and pointed at.
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
        let window: Range<usize> = self.scroll.window(self.len, rows_height);
        let rows: Vec<Row> = window
            .map(|i| {
                let selected = i == self.scroll.selected;
                let mut cells = row(i);
                if let Some(first) = cells.first_mut() {
                    let pointer = if selected { theme.pointer() } else { " " };
                    first.spans.insert(0, Span::raw(format!("{pointer} ")));
                }
                let style = if selected {
                    theme.selected()
                } else {
                    Style::new()
                };
                Row::new(cells).style(style)
            })
            .collect();
        // The first title is indented past the pointer column.
        let header = Row::new(
            self.header
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let text = if i == 0 {
                        format!("  {h}")
                    } else {
                        (*h).to_string()
                    };
                    Line::styled(text, theme.dim())
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
    /// visible row with them; `detail` is the selected item's title and
    /// lines, when something is selected.
    pub fn render<C: Columns>(
        self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        fit: impl FnOnce(u16) -> C,
        row: impl Fn(&C, usize) -> Vec<Line<'static>>,
        detail: Option<(String, Vec<Line<'static>>)>,
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
        if let Some((title, lines)) = detail {
            self::detail(pane, buf, &title, lines, ctx.theme);
        }
    }
}

/// The detail pane: a title and lines.
pub fn detail(area: Rect, buf: &mut Buffer, title: &str, lines: Vec<Line<'static>>, theme: Theme) {
    Paragraph::new(lines)
        .block(panel(title, theme))
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
