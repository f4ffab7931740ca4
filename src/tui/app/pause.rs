//! The detail pane follows the selection once keys pause: a quick run of
//! moves through a list redraws two rows each, and the pane once at the end
//! (over SSH, the pane is most of what a move would write). While it lags
//! the pane keeps the item it showed, its title plain and ending in "…".
//!
//! The app keeps no clock of its own: the loop passes the time of each key
//! and asks when to wake ([`App::pause_ends`]), so tests drive time by hand.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::KeyEvent;

use super::App;
use crate::tui::action::Action;
use crate::tui::keymap;

/// How long keys must pause before the detail pane follows the selection.
pub const PAUSE: Duration = Duration::from_millis(150);

impl App {
    /// Answers a key that came at `now`. A move of a list's selection
    /// leaves the detail pane where it was until [`PAUSE`] after the last
    /// move; any other key brings every pane up to date at once.
    pub fn handle_key_at(&mut self, key: KeyEvent, now: Instant) {
        let moves =
            self.overlay.is_none() && keymap::action(self.tab, &key).is_some_and(Action::moves);
        self.answer_key(key);
        if moves && self.overlay.is_none() {
            self.settle_at = Some(now + PAUSE);
        } else {
            self.panes_follow_now();
        }
    }

    /// When the loop must wake for the panes to follow the selection; None
    /// when they show it (an idle app sleeps).
    pub fn pause_ends(&self) -> Option<Instant> {
        self.settle_at
    }

    /// The panes follow the selection if the keys paused long enough by
    /// `now`. Returns whether the screen must be redrawn.
    pub fn panes_follow(&mut self, now: Instant) -> bool {
        match self.settle_at {
            Some(at) if at <= now => self.panes_follow_now(),
            _ => false,
        }
    }

    /// Every pane shows its list's selection; true if one did not.
    pub(super) fn panes_follow_now(&mut self) -> bool {
        self.settle_at = None;
        self.views.settle()
    }
}
