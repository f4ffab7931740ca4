//! Entries to read, each a head line with lines below it: the check-in's
//! summary, the plan's findings.

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::i18n::ui::Ui;
use crate::text::{printable, width};
use crate::theme::Theme;
use crate::tui::keymap::{self};
use crate::tui::tab::Tab;
use crate::tui::view::Ctx;
use crate::tui::widgets::popup;

/// Entries to read, each a head line with lines below it, wrapped and
/// indented: the check-in's summary, the plan's findings. ↑/↓ scroll; when
/// entries lead somewhere (findings), ↑/↓ select one and Enter goes there.
#[derive(Debug)]
pub struct Summary {
    pub title: String,
    pub entries: Vec<Entry>,
    /// The keys, on the frame.
    pub footer: String,
    /// The selected entry, when entries can be gone to.
    pub selected: Option<usize>,
    /// The first row shown, and how far and by how much it can scroll: known
    /// only while drawing (they depend on the size), hence Cells.
    offset: Cell<usize>,
    max_offset: Cell<usize>,
    page: Cell<usize>,
}

/// One entry of a [`Summary`].
#[derive(Clone, Debug)]
pub struct Entry {
    pub head: Line<'static>,
    pub body: Vec<Line<'static>>,
    /// Where Enter goes: a tab, and the key of the item to select there.
    pub target: Option<(Tab, Option<String>)>,
}

/// The widest a summary gets: it is read, not scanned.
const SUMMARY_WIDTH: u16 = 78;

impl Summary {
    /// A summary to scroll through; `selectable` when Enter goes to the
    /// selected entry's target.
    pub fn new(
        title: impl Into<String>,
        entries: Vec<Entry>,
        footer: impl Into<String>,
        selectable: bool,
    ) -> Self {
        Summary {
            title: title.into(),
            selected: (selectable && !entries.is_empty()).then_some(0),
            entries,
            footer: footer.into(),
            offset: Cell::new(0),
            max_offset: Cell::new(0),
            page: Cell::new(1),
        }
    }

    /// Moves the selection (or scrolls) for a movement action; false if it
    /// was not one.
    pub fn apply(&mut self, action: crate::tui::action::Action) -> bool {
        use crate::tui::action::Action;
        let page = self.page.get().max(1);
        if let Some(selected) = self.selected {
            let last = self.entries.len().saturating_sub(1);
            // An entry takes about four rows.
            let page = (page / 4).max(1);
            self.selected = Some(match action {
                Action::Up => selected.saturating_sub(1),
                Action::Down => (selected + 1).min(last),
                Action::PageUp => selected.saturating_sub(page),
                Action::PageDown => (selected + page).min(last),
                Action::First => 0,
                Action::Last => last,
                _ => return false,
            });
            return true;
        }
        let offset = self.offset.get();
        let max = self.max_offset.get();
        self.offset.set(match action {
            Action::Up => offset.saturating_sub(1),
            Action::Down => (offset + 1).min(max),
            Action::PageUp => offset.saturating_sub(page),
            Action::PageDown => (offset + page).min(max),
            Action::First => 0,
            Action::Last => max,
            _ => return false,
        });
        true
    }

    /// The selected entry's target.
    pub fn target(&self) -> Option<(Tab, Option<String>)> {
        self.entries.get(self.selected?)?.target.clone()
    }

    /// Every row at `room` cells wide, with the entry each belongs to (None
    /// for the blank rows between entries).
    fn rows(&self, room: usize, theme: Theme) -> Vec<(Option<usize>, Line<'static>)> {
        let pointer = self.selected.map_or(0, |_| 2);
        let mut rows = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if i > 0 {
                rows.push((None, Line::default()));
            }
            let selected = self.selected == Some(i);
            let mut head = entry.head.clone();
            if self.selected.is_some() {
                let mark = if selected { theme.pointer() } else { " " };
                head.spans.insert(0, Span::raw(format!("{mark} ")));
            }
            for mut line in wrap_line(&head, room, pointer + 2) {
                if selected {
                    // The selection bar spans the row.
                    let fill = room.saturating_sub(line.width());
                    line.spans.push(Span::raw(" ".repeat(fill)));
                    line = line.patch_style(theme.selected());
                }
                rows.push((Some(i), line));
            }
            let indent = pointer + 2;
            for line in &entry.body {
                let mut indented = line.clone();
                indented.spans.insert(0, Span::raw(" ".repeat(indent)));
                rows.extend(
                    wrap_line(&indented, room, indent)
                        .into_iter()
                        .map(|l| (Some(i), l)),
                );
            }
        }
        rows
    }

    pub(super) fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        // As wide as the longest line (up to a limit), as tall as its rows.
        let longest = self
            .entries
            .iter()
            .flat_map(|e| std::iter::once(&e.head).chain(&e.body))
            .map(|l| l.width() + 6)
            .chain([width(&self.title) + 6, width(&self.footer) + 4])
            .max()
            .unwrap_or(0);
        let w = u16::try_from(longest)
            .unwrap_or(u16::MAX)
            .clamp(30, SUMMARY_WIDTH)
            .min(area.width);
        // A space on each side of the text, inside the frame.
        let room = usize::from(w.saturating_sub(4)).max(1);
        let rows = self.rows(room, theme);
        let h = u16::try_from(rows.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height);
        let visible = usize::from(h.saturating_sub(2));
        let max = rows.len().saturating_sub(visible);
        let mut offset = self.offset.get().min(max);
        // The selected entry shows whole when it can (its head at least).
        if let Some(selected) = self.selected {
            let first = rows.iter().position(|(e, _)| *e == Some(selected));
            let last = rows.iter().rposition(|(e, _)| *e == Some(selected));
            if let (Some(first), Some(last)) = (first, last) {
                if last >= offset + visible {
                    offset = (last + 1).saturating_sub(visible);
                }
                if first < offset {
                    offset = first;
                }
            }
        }
        self.offset.set(offset);
        self.max_offset.set(max);
        self.page.set(visible.saturating_sub(1).max(1));
        let title = crate::text::truncate(
            &printable(&self.title),
            usize::from(w.saturating_sub(4)),
            theme.ellipsis(),
        );
        let footer = Line::styled(format!(" {} ", self.footer), theme.dim());
        let dialog = popup::centered(area, w, h);
        let inner = popup::frame(dialog, buf, &title, Some(footer), theme);
        // More above or below: an arrow on the frame says so.
        let (up, down) = if theme.ascii {
            ("^", "v")
        } else {
            ("↑", "↓")
        };
        if dialog.width >= 8 && dialog.height >= 2 {
            let corner = |y: u16, mark: &str, buf: &mut Buffer| {
                let at = Rect::new(dialog.right() - 4, y, 3, 1);
                Line::styled(format!(" {mark} "), theme.key())
                    .alignment(Alignment::Right)
                    .render(at, buf);
            };
            if offset > 0 {
                corner(dialog.y, up, buf);
            }
            if offset < max {
                corner(dialog.bottom() - 1, down, buf);
            }
        }
        let text = inner.inner(ratatui::layout::Margin::new(1, 0));
        let lines: Vec<Line> = rows
            .into_iter()
            .skip(offset)
            .take(visible)
            .map(|(_, line)| line)
            .collect();
        Paragraph::new(lines).render(text, buf);
    }
}

/// The keys of a summary: "↑/↓ scroll · Esc close", or with entries to go
/// to, "↑/↓ move · Enter go to it · Esc close".
pub fn summary_keys(ctx: &Ctx, selectable: bool) -> String {
    let lang = ctx.lang;
    let ascii = ctx.theme.ascii;
    let dot = ctx.theme.separator();
    let arrows = format!(
        "{}/{}",
        keymap::Key::Up.label(ascii),
        keymap::Key::Down.label(ascii)
    );
    let close = format!("Esc {}", lang.t(Ui::DialogClose));
    if selectable {
        format!(
            "{arrows} {}{dot}Enter {}{dot}{close}",
            lang.t(Ui::DialogMove),
            lang.t(Ui::DialogGoTo)
        )
    } else {
        format!("{arrows} {}{dot}{close}", lang.t(Ui::DialogScroll))
    }
}

/// Breaks a line of styled text into rows of at most `room` cells, between
/// words; rows after the first start `indent` cells in. A word longer than
/// a row is cut.
fn wrap_line(line: &Line<'static>, room: usize, indent: usize) -> Vec<Line<'static>> {
    // The words, each in pieces of one style; a space separates words.
    let mut words: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    for span in &line.spans {
        for (i, part) in span.content.split(' ').enumerate() {
            if i > 0 {
                words.push(Vec::new());
            }
            if !part.is_empty()
                && let Some(word) = words.last_mut()
            {
                word.push(Span::styled(printable(part), span.style));
            }
        }
    }
    let indent = indent.min(room / 2);
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    // Whether the row has a word yet (not only its indent).
    let mut started = false;
    for (i, word) in words.into_iter().enumerate() {
        let cells: usize = word.iter().map(|s| width(&s.content)).sum();
        if i > 0 {
            if started && used + 1 + cells > room {
                rows.push(Line::from(std::mem::take(&mut row)));
                row.push(Span::raw(" ".repeat(indent)));
                used = indent;
                started = false;
            } else {
                row.push(Span::raw(" "));
                used += 1;
            }
        }
        for piece in word {
            let left = room.saturating_sub(used);
            let cut = if width(&piece.content) <= left {
                piece
            } else {
                Span::styled(crate::text::truncate(&piece.content, left, ""), piece.style)
            };
            used += width(&cut.content);
            row.push(cut);
        }
        started |= cells > 0;
    }
    rows.push(Line::from(row));
    rows.into_iter().map(|l| l.style(line.style)).collect()
}

#[cfg(test)]
mod tests {
    use ratatui::style::Style;

    use super::*;

    fn plain(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn lines_wrap_between_words_with_a_hanging_indent_and_keep_their_styles() {
        let line = Line::from(vec![
            Span::raw("  fix: "),
            Span::styled("raise the budget", Style::new().red()),
            Span::raw(" or move campaigns"),
        ]);
        let rows = wrap_line(&line, 20, 4);
        let texts: Vec<String> = rows.iter().map(plain).collect();
        assert_eq!(
            texts,
            ["  fix: raise the", "    budget or move", "    campaigns"]
        );
        let budget = rows[1].spans.iter().find(|s| s.content == "budget");
        assert_eq!(budget.map(|s| s.style), Some(Style::new().red()));
        // A word longer than a row is cut, never wider than the row.
        let rows = wrap_line(&Line::raw("a 🍞🍞🍞🍞🍞🍞 b"), 8, 2);
        assert!(rows.iter().all(|r| r.width() <= 8), "{rows:?}");
        // Nothing to wrap, and no room at all.
        assert_eq!(wrap_line(&Line::raw(""), 10, 2).len(), 1);
        assert!(!wrap_line(&Line::raw("some words"), 0, 2).is_empty());
    }
}
