//! Dialogs drawn over the tab: centred, cleared, bordered.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use crate::theme::Theme;

/// A rectangle of at most `width`×`height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Clears `area` and draws a titled frame; returns the inside.
pub fn frame(
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    footer: Option<Line>,
    theme: Theme,
) -> Rect {
    Clear.render(area, buf);
    let mut block = Block::bordered()
        .border_set(theme.border())
        .border_style(theme.focused_border_style())
        .title(Line::styled(format!(" {title} "), theme.title()));
    if let Some(footer) = footer {
        block = block.title_bottom(footer);
    }
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A frame's height without its top and bottom borders, at full width: a
/// scrollbar drawn there sits on the right border.
pub fn inside_frame(dialog: Rect) -> Rect {
    Rect {
        y: dialog.y.saturating_add(1),
        height: dialog.height.saturating_sub(2),
        ..dialog
    }
}
