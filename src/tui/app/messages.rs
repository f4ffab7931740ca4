//! What the status line says: a message wraps onto more rows rather than
//! losing its end (often the way out), and the session's recent messages
//! stay readable behind `L`.

use ratatui::text::Line;

use super::{App, Status, Tone};
use crate::i18n::ui::Ui;
use crate::text::{printable, truncate, wrap};
use crate::theme::Theme;
use crate::tui::overlay::{Details, Overlay};

/// The most messages `L` keeps.
const KEPT: usize = 50;

/// The most rows a message takes above the tab; a longer one ends with a
/// mark, and `L` shows all of it.
pub const STATUS_ROWS: usize = 3;

impl App {
    pub(super) fn info(&mut self, text: impl Into<String>) {
        self.say(text.into(), Tone::Info);
    }

    pub(super) fn success(&mut self, text: impl Into<String>) {
        self.say(text.into(), Tone::Success);
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        self.say(text.into(), Tone::Error);
    }

    fn say(&mut self, text: String, tone: Tone) {
        let status = Status { text, tone };
        if self.messages.len() == KEPT {
            self.messages.remove(0);
        }
        self.messages.push(status.clone());
        self.status = Some(status);
    }

    /// The recent messages, newest first, in a dialog that scrolls.
    pub(super) fn show_messages(&mut self) {
        let lang = self.session.lang;
        if self.messages.is_empty() {
            self.info(lang.t(Ui::NoMessages));
            return;
        }
        let theme = self.session.theme;
        let lines = self
            .messages
            .iter()
            .rev()
            .map(|m| Line::styled(printable(&m.text), tone_style(m.tone, theme)))
            .collect();
        self.overlay = Some(Overlay::Details(Details::new(
            lang.t(Ui::MessagesTitle),
            lines,
        )));
    }

    /// The status message in rows of at most `width` cells (none without a
    /// message), at most [`STATUS_ROWS`], the last cut with a mark if more.
    pub(super) fn status_rows(&self, width: u16) -> Vec<String> {
        let Some(status) = &self.status else {
            return Vec::new();
        };
        let width = usize::from(width);
        let mut rows = wrap(&printable(&status.text), width);
        if rows.len() > STATUS_ROWS {
            let ellipsis = self.session.theme.ellipsis();
            let last = format!("{} {}", rows[STATUS_ROWS - 1], rows[STATUS_ROWS]);
            rows.truncate(STATUS_ROWS);
            rows[STATUS_ROWS - 1] = truncate(&format!("{last}{ellipsis}"), width, ellipsis);
        }
        rows
    }

    /// The status message's style.
    pub(super) fn status_style(&self) -> ratatui::style::Style {
        self.status
            .as_ref()
            .map_or_else(ratatui::style::Style::new, |s| {
                tone_style(s.tone, self.session.theme)
            })
    }
}

fn tone_style(tone: Tone, theme: Theme) -> ratatui::style::Style {
    match tone {
        Tone::Info => ratatui::style::Style::new(),
        Tone::Success => theme.success(),
        Tone::Error => theme.error(),
    }
}
