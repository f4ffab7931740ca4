//! How a form is drawn: its fields as rows of one screen line each, scrolled
//! to the focused one, with the errors under their fields and the plan's
//! refusal below them.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;
use unicode_width::UnicodeWidthChar;

use super::lines::{self, Lines};
use super::{FieldKey, Form, Value};
use crate::i18n::Lang;
use crate::text::{printable, truncate, width, wrap};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::keymap;
use crate::tui::view::Ctx;
use crate::tui::widgets::popup;

impl<F: FieldKey> Form<F> {
    /// The keys a form takes, for its footer: those of the focused field's
    /// kind, with the editor key on a multi-line field and Space on a choice.
    fn hints(&self, lang: Lang, theme: Theme) -> Line<'static> {
        let focused = self.fields.get(self.focus).map(|f| &f.value);
        let dialog = self.dialog();
        let mut hints = keymap::dialog_hints(dialog, lang, theme.ascii);
        let extra = match focused {
            Some(Value::Choice { .. } | Value::Multi { .. }) => Some(Action::Toggle),
            // One-line fields keep their footer short: the help lists the
            // editor key, and the forms with long texts say it in their note.
            Some(Value::Lines(_)) => Some(Action::Editor),
            Some(Value::Text(_)) | None => None,
        };
        if let Some(binding) = extra.and_then(|action| {
            keymap::dialog_bindings(dialog)
                .into_iter()
                .find(|b| b.action == action)
        }) {
            hints.push((
                keymap::keys_label(&binding, lang, theme.ascii),
                lang.t(binding.label),
            ));
        }
        keymap::hint_line(&hints, theme)
    }

    /// Draws the form as a dialog over `area`.
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        let dialog_width = area.width.min(DIALOG_WIDTH);
        let room = usize::from(dialog_width.saturating_sub(2));
        let rows = self.rows(theme, room);
        // Why the plan refused the form stays in view below the fields.
        let error: Vec<Line> = self
            .error
            .iter()
            .flat_map(|e| std::iter::once(String::new()).chain(wrap(e, room)))
            .map(|row| Line::styled(row, theme.error()))
            .collect();
        let wanted = u16::try_from(rows.lines.len() + error.len() + 2)
            .unwrap_or(u16::MAX)
            .max(6);
        let dialog = popup::centered(area, dialog_width, wanted);
        let hints = Some(self.hints(ctx.lang, theme));
        let inner = popup::frame(dialog, buf, &self.title, hints, theme);
        let error_height = u16::try_from(error.len())
            .unwrap_or(u16::MAX)
            .min(inner.height / 2);
        let [inner, error_area] = inner.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(error_height),
        ]));
        let skip = error.len().saturating_sub(usize::from(error_height));
        let error: Vec<Line> = error.into_iter().skip(skip).collect();
        Paragraph::new(error).render(error_area, buf);
        let height = usize::from(inner.height);
        // Scroll as little as needed to show the focused row; the rows after
        // it (errors, the note) show when there is room.
        let focused = rows.focus..rows.focus + rows.focus_height.max(1);
        let shown = self
            .scroll
            .showing(rows.lines.len(), height, focused.clone());
        let top = shown.start;
        let visible: Vec<Line> = rows.lines.into_iter().skip(top).take(shown.len()).collect();
        Paragraph::new(visible).render(inner, buf);
        if let Some(editor) = rows.editor {
            let label_width = self.label_width().min(room / 2);
            let area = rows_area(inner, label_width, focused, top);
            editor.render(area, buf, theme);
        }
        self.scroll
            .render_scrollbar(popup::inside_frame(dialog), buf, theme);
        if let Some(x) = rows.cursor {
            let y = rows.focus.checked_sub(top).filter(|&y| y < height);
            let position = y.and_then(|y| Some((u16::try_from(x).ok()?, u16::try_from(y).ok()?)));
            if let Some((x, y)) = position.filter(|(x, _)| *x < inner.width)
                && let Some(cell) = buf.cell_mut((inner.x + x, inner.y + y))
            {
                cell.set_style(theme.selected());
            }
        }
    }

    fn label_width(&self) -> usize {
        self.fields
            .iter()
            .map(|f| width(&f.label))
            .max()
            .unwrap_or(0)
            + 2
    }

    /// The form as rows of exactly one screen line each (long notes and
    /// errors wrapped to `room` cells), with the focused row and, for a text
    /// field, the column of its cursor.
    fn rows(&self, theme: Theme, room: usize) -> Rows<'_> {
        let label_width = self.label_width().min(room / 2);
        let value_room = room.saturating_sub(label_width);
        let indent = " ".repeat(label_width);
        let mut out = Rows::default();
        for (i, field) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let label_style = if focused { theme.key() } else { theme.dim() };
            let label = crate::text::pad_right(
                &truncate(&field.label, label_width.saturating_sub(1), ""),
                label_width,
            );
            let label = Span::styled(label, label_style);
            if focused {
                out.focus = out.lines.len();
            }
            match &field.value {
                Value::Lines(text) => {
                    let shown = if focused {
                        out.focus_height = text.height(value_room);
                        out.editor = Some(text);
                        vec![String::new(); out.focus_height]
                    } else {
                        text.preview(value_room, theme)
                    };
                    out.lines.extend(lines::rows(label, &indent, shown));
                }
                Value::Text(input) => {
                    // The focused field scrolls to its cursor; the others
                    // show how they begin.
                    let shown = if focused {
                        let (shown, cursor) = scrolled(input, value_room);
                        out.cursor = Some(label_width + cursor);
                        shown
                    } else {
                        truncate(&printable(input.value()), value_room, theme.ellipsis())
                    };
                    let style = if focused && field.selected {
                        theme.selected()
                    } else {
                        Style::new()
                    };
                    out.lines
                        .push(Line::from(vec![label, Span::styled(shown, style)]));
                }
                Value::Choice {
                    options, selected, ..
                } => {
                    let chosen = options.get(*selected).map(String::as_str);
                    let value = choice(chosen.unwrap_or_default(), focused, value_room, theme);
                    out.lines.push(Line::from(vec![label, value]));
                }
                Value::Multi { options, .. } => {
                    out.lines.push(Line::from(label));
                    for (j, (name, on)) in options.iter().enumerate() {
                        let current = focused && j == self.option;
                        if current {
                            out.focus = out.lines.len();
                        }
                        let style = if current {
                            theme.selected()
                        } else {
                            Style::new()
                        };
                        let text = truncate(
                            &printable(name),
                            value_room.saturating_sub(4),
                            theme.ellipsis(),
                        );
                        out.lines.push(Line::from(vec![
                            Span::raw(indent.clone()),
                            Span::styled(format!("{} {text}", Theme::checkbox(*on)), style),
                        ]));
                    }
                }
            }
            if let Some(error) = &field.error {
                for row in wrap(error, value_room) {
                    out.lines.push(Line::from(vec![
                        Span::raw(indent.clone()),
                        Span::styled(row, theme.error()),
                    ]));
                }
            }
        }
        if let Some(note) = &self.note {
            out.lines.push(Line::default());
            let rows = wrap(note, room).into_iter();
            out.lines
                .extend(rows.map(|row| Line::styled(row, theme.dim())));
        }
        out
    }
}

/// A choice's value between its arrows, highlighted when focused.
fn choice(chosen: &str, focused: bool, room: usize, theme: Theme) -> Span<'static> {
    let (l, r) = if theme.ascii {
        ("< ", " >")
    } else {
        ("‹ ", " ›")
    };
    let style = if focused {
        theme.selected()
    } else {
        Style::new()
    };
    let text = truncate(&printable(chosen), room.saturating_sub(4), theme.ellipsis());
    Span::styled(format!("{l}{text}{r}"), style)
}

/// Where rows `range` of the form show in `inner` when it is scrolled to
/// `top`, right of the labels: cut to what shows.
fn rows_area(inner: Rect, label_width: usize, range: Range<usize>, top: usize) -> Rect {
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let first = range.start.max(top) - top;
    let last = range.end.saturating_sub(top);
    let area = Rect {
        x: inner.x.saturating_add(to_u16(label_width)),
        y: inner.y.saturating_add(to_u16(first)),
        width: inner.width.saturating_sub(to_u16(label_width)),
        height: to_u16(last.saturating_sub(first)),
    };
    area.intersection(inner)
}

/// The widest a form dialog gets.
const DIALOG_WIDTH: u16 = 76;

/// A form laid out in screen rows.
#[derive(Default)]
struct Rows<'a> {
    lines: Vec<Line<'static>>,
    /// The row of the focused field (or checklist option).
    focus: usize,
    /// How many rows the focused field takes: more than one for a
    /// multi-line field (0 counts as 1).
    focus_height: usize,
    /// The cursor's column in the focused row, for a text field.
    cursor: Option<usize>,
    /// The focused multi-line field, drawn over its blank rows.
    editor: Option<&'a Lines>,
}

/// The part of a text field's value that fits in `room` cells, scrolled so
/// the cursor shows, and the cursor's column within it.
fn scrolled(input: &Input, room: usize) -> (String, usize) {
    let room = room.max(1);
    let scroll = input.visual_scroll(room);
    let mut shown = String::new();
    let mut column = 0;
    for c in printable(input.value()).chars() {
        let w = c.width().unwrap_or(0);
        if column >= scroll && column + w <= scroll + room {
            shown.push(c);
        }
        column += w;
    }
    (shown, input.visual_cursor().saturating_sub(scroll))
}
