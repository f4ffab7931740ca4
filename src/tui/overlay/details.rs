//! Facts to read (an item's details, a conflict, a question): as wide as
//! its longest line allows, as tall as its lines wrapped, and scrolled with
//! a scrollbar when taller than the screen. The text is measured with the
//! wrapper that draws it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Overlay, Reply};
use crate::text::{printable, truncate, width};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};
use crate::tui::view::{Ctx, Effect};
use crate::tui::widgets::popup;
use crate::tui::widgets::scroll::Scroll;

/// Facts to read: ↑/↓ scroll, Esc or Enter closes, and `e` may lead to
/// another dialog (the item's edit form).
#[derive(Debug)]
pub struct Details {
    pub title: String,
    pub lines: Vec<Line<'static>>,
    pub scroll: Scroll,
    /// The dialog `e` replaces this one with.
    pub then: Option<Box<Overlay>>,
}

impl Details {
    pub fn new(title: impl Into<String>, lines: Vec<Line<'static>>) -> Self {
        Details {
            title: title.into(),
            lines,
            scroll: Scroll::default(),
            then: None,
        }
    }

    fn keys(&self) -> Dialog {
        Dialog::either(self.then.is_some(), [Dialog::Details, Dialog::DetailsEdit])
    }

    pub fn handle_key(mut self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(self.keys(), &key) {
            Some(Action::Close) => Reply::Close(Effect::Nothing),
            Some(Action::Edit) => match self.then {
                Some(next) => Reply::Close(Effect::Open(*next)),
                None => Reply::Keep(Overlay::Details(self)),
            },
            Some(action) => {
                self.scroll.scroll(action);
                Reply::Keep(Overlay::Details(self))
            }
            None => Reply::Keep(Overlay::Details(self)),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let text = TextDialog {
            title: &self.title,
            lines: &self.lines,
            keys: self.keys(),
            min_width: 30,
            max_width: 76,
        };
        text.render(area, buf, ctx, &self.scroll);
    }
}

/// A dialog of wrapped lines with generated key hints on its frame.
pub struct TextDialog<'a> {
    pub title: &'a str,
    pub lines: &'a [Line<'static>],
    pub keys: Dialog,
    pub min_width: u16,
    pub max_width: u16,
}

impl TextDialog<'_> {
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, scroll: &Scroll) {
        let theme = ctx.theme;
        let hints = keymap::dialog_hints(self.keys, ctx.lang, theme.ascii);
        let footer = keymap::hint_line(&hints, theme);
        let longest = self
            .lines
            .iter()
            .map(Line::width)
            .chain([width(self.title) + 2, footer.width()])
            .max()
            .unwrap_or(0);
        let w = u16::try_from(longest + 4)
            .unwrap_or(u16::MAX)
            .clamp(self.min_width, self.max_width)
            .min(area.width);
        let paragraph = Paragraph::new(self.lines.to_vec()).wrap(Wrap { trim: false });
        // Measured by the wrapper that draws it, one column short when a
        // scrollbar may take the frame's right edge.
        let room = w.saturating_sub(2).max(1);
        let rows = paragraph.line_count(room);
        let h = u16::try_from(rows + 2).unwrap_or(u16::MAX);
        let title = truncate(
            &printable(self.title),
            usize::from(w.saturating_sub(4)),
            theme.ellipsis(),
        );
        let dialog = popup::centered(area, w, h);
        let inner = popup::frame(dialog, buf, &title, Some(footer), theme);
        let shown = scroll.pane(rows, usize::from(inner.height));
        paragraph
            .scroll((u16::try_from(shown.start).unwrap_or(u16::MAX), 0))
            .render(inner, buf);
        scroll.render_scrollbar(popup::inside_frame(dialog), buf, theme);
    }
}
