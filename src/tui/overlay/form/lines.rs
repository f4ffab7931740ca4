//! The multi-line field (copy, notes, steps): a `ratatui-textarea` editor
//! that wraps long lines, several rows high, scrolling inside.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::text::{printable, truncate, wrap};
use crate::theme::Theme;

/// The most rows a multi-line field takes in a form; longer texts scroll
/// inside it. Four fit a form at 80×24 with room for the fields around.
pub const MAX_ROWS: usize = 4;

#[derive(Debug, Clone)]
pub struct Lines {
    area: TextArea<'static>,
    /// The lines joined, kept in step with every edit: what the form reads
    /// and compares with how the field began.
    text: String,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        // The widget underlines the cursor's line by default; a form marks
        // only the cursor, as its one-line fields do.
        area.set_cursor_line_style(Style::new());
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Lines {
            area,
            text: text.to_string(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// A key typed into the field. Control characters never enter the
    /// text; Ctrl shortcuts the widget knows edit it (undo, word deletion…).
    pub fn input(&mut self, key: KeyEvent) {
        if let KeyCode::Char(c) = key.code
            && c.is_control()
            && !key.modifiers.contains(KeyModifiers::CONTROL)
        {
            return;
        }
        self.area.input(key);
        self.text = self.area.lines().join("\n");
    }

    pub fn on_first_line(&self) -> bool {
        self.area.cursor().0 == 0
    }

    pub fn on_last_line(&self) -> bool {
        self.area.cursor().0 + 1 >= self.area.lines().len()
    }

    /// How many rows the field takes at `width` cells: its wrapped lines,
    /// from one to [`MAX_ROWS`].
    pub fn height(&self, width: usize) -> usize {
        let mut rows = 0;
        for line in self.area.lines() {
            rows += wrap(line, width).len().max(1);
            if rows >= MAX_ROWS {
                return MAX_ROWS;
            }
        }
        rows.max(1)
    }

    /// How the field begins, when another field has the focus: its first
    /// rows, the last one ending in an ellipsis when more text follows.
    pub fn preview(&self, width: usize, theme: Theme) -> Vec<String> {
        let mut rows: Vec<String> = self
            .area
            .lines()
            .iter()
            .flat_map(|line| {
                let wrapped = wrap(&printable(line), width);
                if wrapped.is_empty() {
                    vec![String::new()]
                } else {
                    wrapped
                }
            })
            .collect();
        let cut = rows.len() > MAX_ROWS;
        rows.truncate(MAX_ROWS);
        if cut && let Some(last) = rows.last_mut() {
            let room = width.saturating_sub(1);
            *last = format!("{}{}", truncate(last, room, ""), theme.ellipsis());
        }
        rows
    }

    /// Draws the focused field in `area`, with the cursor styled by the
    /// theme. The widget is drawn from a copy: drawing only reads the form.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        let mut shown = self.area.clone();
        shown.set_cursor_style(theme.selected());
        (&shown).render(area, buf);
    }
}

/// Rows of a multi-line field as form lines, after the label on the first.
pub fn rows(
    label: ratatui::text::Span<'static>,
    indent: &str,
    shown: Vec<String>,
) -> Vec<Line<'static>> {
    let mut out = Vec::with_capacity(shown.len());
    let mut shown = shown.into_iter();
    out.push(Line::from(vec![
        label,
        ratatui::text::Span::raw(shown.next().unwrap_or_default()),
    ]));
    out.extend(shown.map(|row| Line::raw(format!("{indent}{row}"))));
    out
}
