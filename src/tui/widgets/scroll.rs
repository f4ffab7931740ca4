//! The one scroll state, for lists, dialogs and panes, and the scrollbar
//! drawn where content overflows. Lists draw only their visible rows, so a
//! frame costs the same for ten items or ten thousand.
//!
//! A list moves its selection and the window follows it ([`Scroll::apply`],
//! [`Scroll::window`]); a pane of text moves its first row
//! ([`Scroll::scroll`], [`Scroll::pane`]); a dialog keeps a range of rows in
//! view, its focused field or selected entry ([`Scroll::showing`]).

use std::cell::Cell;
use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::scrollbar;
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

use crate::theme::Theme;
use crate::tui::action::Action;

/// Which row is selected and which is at the top, and which row a detail
/// pane beside the list shows: moving the selection leaves the pane on the
/// row it showed until the keys pause ([`Scroll::settle`]), so that a quick
/// run of moves redraws two rows each and the pane once.
#[derive(Debug, Default)]
pub struct Scroll {
    pub selected: usize,
    /// The row the pane still shows while the selection moves on.
    lag: Option<usize>,
    /// The first visible row; adjusted while drawing (the height is known
    /// only then), hence a Cell: drawing otherwise only reads.
    offset: Cell<usize>,
    /// Rows shown last time: what a page is.
    height: Cell<usize>,
    /// Rows there were last time: how far a pane can scroll.
    len: Cell<usize>,
}

impl Scroll {
    /// Moves the selection for a movement action; false if it was not one.
    pub fn apply(&mut self, action: Action, len: usize) -> bool {
        match moved(self.selected, action, self.page(), len.saturating_sub(1)) {
            Some(selected) => {
                self.lag.get_or_insert(self.selected);
                self.selected = selected;
                true
            }
            None => false,
        }
    }

    /// Moves the first row of a pane for a movement action, no further than
    /// its last page; false if it was not one.
    pub fn scroll(&mut self, action: Action) -> bool {
        let last = self.len.get().saturating_sub(self.height.get());
        match moved(self.offset.get().min(last), action, self.page(), last) {
            Some(offset) => {
                self.offset.set(offset);
                true
            }
            None => false,
        }
    }

    fn page(&self) -> usize {
        self.height.get().max(1)
    }

    /// Keeps the selection inside a list of `len` rows.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.lag = None;
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index;
        self.lag = None;
    }

    /// The row a detail pane shows: the selected one once settled.
    pub fn shown(&self) -> usize {
        self.lag.unwrap_or(self.selected)
    }

    /// Whether the pane shows another row than the selected one.
    pub fn lagging(&self) -> bool {
        self.lag.is_some_and(|shown| shown != self.selected)
    }

    /// The pane catches up with the selection; true if it showed another row.
    pub fn settle(&mut self) -> bool {
        let lagged = self.lagging();
        self.lag = None;
        lagged
    }

    /// Back to the first row (what is shown changed altogether).
    pub fn to_top(&self) {
        self.offset.set(0);
    }

    /// The rows of a list to draw in `height` lines, scrolled so the
    /// selection shows. The window turns pages rather than creeps (mutt's
    /// `menu_scroll=no`, vim's `scrolljump`): when the selection steps out
    /// of it by up to a page (a move past its edge, a page key), it moves by
    /// a whole page, so a move down past the last row shows the next page
    /// with the selection at its top, and a move up past the first the page
    /// before with the selection at its bottom; further (an end of the
    /// list, an edit's item), it centres the selection. A quick run of moves
    /// then redraws the list once a page rather than on every move, which
    /// counts over a slow link (issue 16, budget 3: half a page still sent
    /// two rows a move). The end of the list stays at the bottom, as in
    /// [`Scroll::showing`]; panes and dialogs' fields scroll as little as
    /// needed, through that.
    pub fn window(&self, len: usize, height: usize) -> Range<usize> {
        if len == 0 || height == 0 {
            return self.showing(len, height, 0..0);
        }
        let selected = self.selected.min(len - 1);
        let offset = self.offset.get().min(len.saturating_sub(height));
        let offset = if selected < offset {
            if offset - selected <= height {
                offset.saturating_sub(height)
            } else {
                selected.saturating_sub((height - 1) / 2)
            }
        } else if selected >= offset + height {
            if selected + 1 - (offset + height) <= height {
                offset + height
            } else {
                selected.saturating_sub((height - 1) / 2)
            }
        } else {
            offset
        };
        self.offset.set(offset);
        self.showing(len, height, selected..selected + 1)
    }

    /// The rows of a pane to draw in `height` lines, from where it was
    /// scrolled to (never past its last page).
    pub fn pane(&self, len: usize, height: usize) -> Range<usize> {
        self.showing(len, height, 0..0)
    }

    /// The rows to draw in `height` lines, scrolled as little as needed to
    /// show `keep` (its start when it is taller than the window), and never
    /// leaving blank rows at the bottom that the content could fill.
    pub fn showing(&self, len: usize, height: usize, keep: Range<usize>) -> Range<usize> {
        self.height.set(height);
        self.len.set(len);
        if height == 0 || len == 0 {
            self.offset.set(0);
            return 0..0;
        }
        let mut offset = self.offset.get();
        if !keep.is_empty() {
            if keep.end > offset + height {
                offset = keep.end - height;
            }
            offset = offset.min(keep.start);
        }
        offset = offset.min(len.saturating_sub(height));
        self.offset.set(offset);
        offset..(offset + height).min(len)
    }

    /// Draws a scrollbar on the right edge of `area` when the rows last
    /// shown did not all fit.
    pub fn render_scrollbar(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        scrollbar_at(
            area,
            buf,
            self.len.get(),
            self.offset.get(),
            self.height.get(),
            theme,
        );
    }
}

/// A position moved by a movement action, within `0..=last`.
fn moved(at: usize, action: Action, page: usize, last: usize) -> Option<usize> {
    Some(match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => (at + 1).min(last),
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => (at + page).min(last),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    })
}

/// A vertical scrollbar on the right edge of `area` for `len` rows of which
/// `height` show from `offset`; nothing when they all fit.
pub fn scrollbar_at(
    area: Rect,
    buf: &mut Buffer,
    len: usize,
    offset: usize,
    height: usize,
    theme: Theme,
) {
    if len <= height || area.height < 2 || area.width == 0 {
        return;
    }
    // The track is the frame's own border: only the thumb shows.
    let symbols = if theme.ascii {
        scrollbar::Set {
            track: "|",
            thumb: "#",
            begin: "^",
            end: "v",
        }
    } else {
        scrollbar::Set {
            track: "│",
            ..scrollbar::VERTICAL
        }
    };
    let mut state = ScrollbarState::new(len)
        .position(offset)
        .viewport_content_length(height);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .symbols(symbols)
        .begin_symbol(None)
        .end_symbol(None)
        .track_style(theme.border_style())
        .thumb_style(theme.key())
        .render(area, buf, &mut state);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_follows_the_selection() {
        let mut s = Scroll::default();
        assert_eq!(s.window(100, 10), 0..10);
        // Far out of the window: centred.
        s.select(35);
        assert_eq!(s.window(100, 10), 31..41);
        s.select(3);
        assert_eq!(s.window(100, 10), 0..10);
        s.apply(Action::Last, 100);
        assert_eq!(s.window(100, 10), 90..100);
        s.apply(Action::First, 100);
        assert_eq!(s.window(100, 10), 0..10);
        assert_eq!(s.window(0, 10), 0..0);
        assert_eq!(s.window(5, 0), 0..0);
    }

    /// Moves past the window's edge turn a page: the list is redrawn once
    /// a page, not on every move.
    #[test]
    fn the_window_turns_a_page_when_the_selection_steps_out() {
        let mut s = Scroll::default();
        assert_eq!(s.window(25, 10), 0..10);
        for _ in 0..9 {
            s.apply(Action::Down, 25);
            assert_eq!(s.window(25, 10), 0..10, "inside the window: it stays");
        }
        // Past the last visible row: the next page, the selection on top.
        s.apply(Action::Down, 25);
        assert_eq!((s.selected, s.window(25, 10)), (10, 10..20));
        // Past the first: the page before, the selection at its bottom.
        s.apply(Action::Up, 25);
        assert_eq!((s.selected, s.window(25, 10)), (9, 0..10));
        // The last page is never short of rows the list could fill: the
        // window stops at the end of the list.
        s.select(19);
        assert_eq!(s.window(25, 10), 10..20);
        s.apply(Action::Down, 25);
        assert_eq!((s.selected, s.window(25, 10)), (20, 15..25));
        // Moving up from there turns a page back from where it stands.
        s.select(15);
        assert_eq!(s.window(25, 10), 15..25);
        s.apply(Action::Up, 25);
        assert_eq!((s.selected, s.window(25, 10)), (14, 5..15));
        // A page key keeps the selection on its row of the page.
        s.select(2);
        assert_eq!(s.window(25, 10), 0..10);
        s.apply(Action::PageDown, 25);
        assert_eq!((s.selected, s.window(25, 10)), (12, 10..20));
        s.apply(Action::PageUp, 25);
        assert_eq!((s.selected, s.window(25, 10)), (2, 0..10));
    }

    #[test]
    fn the_pane_follows_the_selection_when_settled() {
        let mut s = Scroll::default();
        s.apply(Action::Down, 10);
        s.apply(Action::Down, 10);
        assert_eq!((s.selected, s.shown()), (2, 0));
        assert!(s.lagging());
        assert!(s.settle());
        assert_eq!((s.selected, s.shown()), (2, 2));
        assert!(!s.settle(), "nothing left to catch up");
        // Back where the pane was: nothing to redraw, but still following.
        s.apply(Action::Down, 10);
        s.apply(Action::Up, 10);
        assert!(!s.lagging());
        // A selection made for the person (an edit's item) shows at once.
        s.apply(Action::Down, 10);
        s.select(7);
        assert_eq!(s.shown(), 7);
    }

    #[test]
    fn movement_stays_in_bounds() {
        let mut s = Scroll::default();
        s.apply(Action::Up, 3);
        assert_eq!(s.selected, 0);
        s.window(3, 10); // a page is what was last shown
        s.apply(Action::PageDown, 3);
        assert_eq!(s.selected, 2);
        assert!(!s.apply(Action::Add, 3));
    }

    #[test]
    fn a_pane_scrolls_no_further_than_its_last_page() {
        let mut s = Scroll::default();
        assert_eq!(s.pane(30, 10), 0..10);
        for _ in 0..50 {
            s.scroll(Action::Down);
        }
        assert_eq!(s.pane(30, 10), 20..30);
        s.scroll(Action::PageUp);
        assert_eq!(s.pane(30, 10), 10..20);
        s.scroll(Action::First);
        assert_eq!(s.pane(30, 10), 0..10);
        // Taller than its content: nothing to scroll.
        s.scroll(Action::Last);
        assert_eq!(s.pane(5, 10), 0..5);
    }

    #[test]
    fn showing_keeps_a_range_in_view_preferring_its_start() {
        let s = Scroll::default();
        assert_eq!(s.showing(40, 10, 12..14), 4..14);
        assert_eq!(s.showing(40, 10, 2..3), 2..12);
        assert_eq!(s.showing(40, 10, 20..35), 20..30, "taller than the window");
    }

    #[test]
    fn the_scrollbar_shows_only_when_the_rows_overflow() {
        let theme = Theme::new(false, true);
        let area = Rect::new(0, 0, 3, 6);
        let mut buf = Buffer::empty(area);
        scrollbar_at(area, &mut buf, 6, 0, 6, theme);
        assert!((0..6).all(|y| buf[(2, y)].symbol() == " "));
        scrollbar_at(area, &mut buf, 60, 54, 6, theme);
        let column: String = (0..6).map(|y| buf[(2, y)].symbol().to_string()).collect();
        assert!(column.ends_with('#'), "{column}");
        assert!(column.starts_with('|'), "{column}");
    }
}
