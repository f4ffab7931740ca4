//! Selection and scrolling for lists that draw only their visible rows, so a
//! frame costs the same for ten items or ten thousand.

use std::cell::Cell;
use std::ops::Range;

use crate::tui::action::Action;

/// Which row is selected and which is at the top.
#[derive(Debug, Default)]
pub struct Scroll {
    pub selected: usize,
    /// The first visible row; adjusted while drawing (the height is known
    /// only then), hence a Cell: drawing otherwise only reads.
    offset: Cell<usize>,
    /// Rows shown last time: what a page is.
    height: Cell<usize>,
}

impl Scroll {
    /// Moves the selection for a movement action; false if it was not one.
    pub fn apply(&mut self, action: Action, len: usize) -> bool {
        let page = self.height.get().max(1);
        let last = len.saturating_sub(1);
        self.selected = match action {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::PageDown => (self.selected + page).min(last),
            Action::First => 0,
            Action::Last => last,
            _ => return false,
        };
        true
    }

    /// Keeps the selection inside a list of `len` rows.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index;
    }

    /// The rows to draw in `height` lines, scrolled so the selection shows.
    pub fn window(&self, len: usize, height: usize) -> Range<usize> {
        self.height.set(height);
        if height == 0 || len == 0 {
            return 0..0;
        }
        let selected = self.selected.min(len - 1);
        let mut offset = self.offset.get().min(len.saturating_sub(1));
        if selected < offset {
            offset = selected;
        } else if selected >= offset + height {
            offset = selected + 1 - height;
        }
        // Do not leave empty rows at the bottom when the list could fill them.
        offset = offset.min(len.saturating_sub(height));
        self.offset.set(offset);
        offset..(offset + height).min(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_follows_the_selection() {
        let mut s = Scroll::default();
        assert_eq!(s.window(100, 10), 0..10);
        s.select(15);
        assert_eq!(s.window(100, 10), 6..16);
        s.select(3);
        assert_eq!(s.window(100, 10), 3..13);
        s.apply(Action::Last, 100);
        assert_eq!(s.window(100, 10), 90..100);
        assert_eq!(s.window(0, 10), 0..0);
        assert_eq!(s.window(5, 0), 0..0);
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
}
