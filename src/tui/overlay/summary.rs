//! Entries to read, each a head line with lines below it: the check-in's
//! summary, the plan's findings.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::text::{printable, width};
use crate::theme::Theme;
use ratatui::crossterm::event::KeyEvent;

use super::{Overlay, Reply};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect};
use crate::tui::widgets::popup;
use crate::tui::widgets::scroll::Scroll;

/// Entries to read, each a head line with lines below it, wrapped and
/// indented: the check-in's summary, the plan's findings. ↑/↓ scroll; when
/// entries lead somewhere (findings), ↑/↓ select one and Enter goes there.
#[derive(Debug)]
pub struct Summary {
    pub title: String,
    pub entries: Vec<Entry>,
    /// The selected entry, when entries can be gone to.
    pub selected: Option<usize>,
    /// Which rows show.
    scroll: Scroll,
    /// The entries as a list: its page is about a quarter of the rows shown
    /// (an entry takes about four).
    entries_scroll: Scroll,
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
    pub fn new(title: impl Into<String>, entries: Vec<Entry>, selectable: bool) -> Self {
        Summary {
            title: title.into(),
            selected: (selectable && !entries.is_empty()).then_some(0),
            entries,
            scroll: Scroll::default(),
            entries_scroll: Scroll::default(),
        }
    }

    fn keys(&self) -> Dialog {
        Dialog::either(
            self.selected.is_some(),
            [Dialog::Summary, Dialog::SummaryGo],
        )
    }

    /// ↑/↓ scroll (or move between entries); Enter goes to the selected
    /// entry's item; Esc closes.
    pub fn handle_key(mut self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(self.keys(), &key) {
            Some(Action::Close) => Reply::Close(Effect::Nothing),
            Some(Action::Choose) => match self.target() {
                Some((tab, focus)) => Reply::Close(Effect::GoTo(tab, focus)),
                None => Reply::Close(Effect::Nothing),
            },
            Some(action) => {
                self.apply(action);
                Reply::Keep(Overlay::Summary(self))
            }
            None => Reply::Keep(Overlay::Summary(self)),
        }
    }

    /// Moves the selection (or scrolls) for a movement action; false if it
    /// was not one.
    pub fn apply(&mut self, action: Action) -> bool {
        let Some(selected) = self.selected else {
            return self.scroll.scroll(action);
        };
        self.entries_scroll.select(selected);
        let moved = self.entries_scroll.apply(action, self.entries.len());
        self.selected = Some(self.entries_scroll.selected);
        moved
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

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        // As wide as the longest line (up to a limit), as tall as its rows.
        let hints = keymap::dialog_hints(self.keys(), ctx.lang, theme.ascii);
        let footer = keymap::hint_line(&hints, theme);
        let longest = self
            .entries
            .iter()
            .flat_map(|e| std::iter::once(&e.head).chain(&e.body))
            .map(|l| l.width() + 6)
            .chain([width(&self.title) + 6, footer.width() + 2])
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
        // The selected entry shows whole when it can (its head at least).
        let keep = self
            .selected
            .and_then(|selected| {
                let first = rows.iter().position(|(e, _)| *e == Some(selected))?;
                let last = rows.iter().rposition(|(e, _)| *e == Some(selected))?;
                Some(first..last + 1)
            })
            .unwrap_or(0..0);
        let shown = self.scroll.showing(rows.len(), visible, keep);
        self.entries_scroll
            .showing(self.entries.len(), (visible / 4).max(1), 0..0);
        let title = crate::text::truncate(
            &printable(&self.title),
            usize::from(w.saturating_sub(4)),
            theme.ellipsis(),
        );
        let dialog = popup::centered(area, w, h);
        let inner = popup::frame(dialog, buf, &title, Some(footer), theme);
        self.scroll
            .render_scrollbar(popup::inside_frame(dialog), buf, theme);
        let text = inner.inner(ratatui::layout::Margin::new(1, 0));
        let lines: Vec<Line> = rows
            .into_iter()
            .skip(shown.start)
            .take(shown.len())
            .map(|(_, line)| line)
            .collect();
        Paragraph::new(lines).render(text, buf);
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
