//! Forms: labelled fields, moved between with Tab / Shift-Tab / ↑ / ↓, saved
//! with Enter and cancelled with Esc. Text fields use `tui-input` (cursor
//! movement, word deletion, accented characters and emoji); choices cycle
//! with ←/→ or Space; multi-selects are checklists toggled with Space.
//!
//! A form knows how to turn its values into an edit (`submit`); parsing
//! problems are shown beside each field, and an edit the plan refuses is
//! shown at the bottom with the form still open.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::theme::Theme;
use super::view::{Change, Ctx};
use super::widgets::popup;
use crate::domain::Money;
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::text::{parse_number, printable, width};

/// Turns a form's values into a change, or marks what is wrong and returns None.
pub type Submit = fn(&mut Form, &Ctx) -> Option<Change>;

/// What a key did to the form.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Continue,
    Cancel,
    Submit,
}

#[derive(Debug)]
enum Value {
    Text(Input),
    Choice {
        options: Vec<String>,
        selected: usize,
    },
    Multi {
        options: Vec<(String, bool)>,
    },
}

#[derive(Debug)]
struct Field {
    id: &'static str,
    label: String,
    value: Value,
    error: Option<String>,
}

#[derive(Debug)]
pub struct Form {
    title: String,
    fields: Vec<Field>,
    focus: usize,
    /// The option under the cursor in a multi-select field.
    option: usize,
    /// Why the plan refused what the form built.
    pub error: Option<String>,
    submit: Submit,
    /// The key of the item being edited, when editing.
    pub target: Option<String>,
    /// A line of help under the fields.
    note: Option<String>,
}

impl Form {
    pub fn new(title: impl Into<String>, submit: Submit) -> Self {
        Form {
            title: title.into(),
            fields: Vec::new(),
            focus: 0,
            option: 0,
            error: None,
            submit,
            target: None,
            note: None,
        }
    }

    pub fn target(mut self, key: impl Into<String>) -> Self {
        self.target = Some(key.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    fn push(mut self, id: &'static str, label: &str, value: Value) -> Self {
        self.fields.push(Field {
            id,
            label: label.to_string(),
            value,
            error: None,
        });
        self
    }

    pub fn text(self, id: &'static str, label: &str, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.push(id, label, Value::Text(Input::new(value)))
    }

    pub fn choice(
        self,
        id: &'static str,
        label: &str,
        options: Vec<String>,
        selected: usize,
    ) -> Self {
        let selected = selected.min(options.len().saturating_sub(1));
        self.push(id, label, Value::Choice { options, selected })
    }

    pub fn multi(self, id: &'static str, label: &str, options: Vec<(String, bool)>) -> Self {
        self.push(id, label, Value::Multi { options })
    }

    /// Moves the focus to the field `id` (to point at what needs fixing).
    pub fn focus(&mut self, id: &str) {
        if let Some(i) = self.fields.iter().position(|f| f.id == id) {
            self.focus = i;
            self.option = 0;
        }
    }

    pub fn submit(&mut self, ctx: &Ctx) -> Option<Change> {
        self.error = None;
        for field in &mut self.fields {
            field.error = None;
        }
        let change = (self.submit)(self, ctx);
        if change.is_none() && self.error.is_none() {
            self.error = Some(ctx.lang.t(Ui::FormInvalid).to_string());
        }
        change
    }

    fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The text of field `id`, trimmed.
    pub fn value(&self, id: &str) -> &str {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Text(input)) => input.value().trim(),
            _ => "",
        }
    }

    /// The index chosen in field `id`.
    pub fn selected(&self, id: &str) -> usize {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    /// The indices checked in field `id`.
    pub fn checked(&self, id: &str) -> Vec<usize> {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Multi { options }) => options
                .iter()
                .enumerate()
                .filter(|(_, (_, on))| *on)
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Marks field `id` as wrong, and focuses the first wrong field.
    pub fn invalid(&mut self, id: &str, message: impl Into<String>) {
        let first = self.fields.iter().all(|f| f.error.is_none());
        if let Some(field) = self.fields.iter_mut().find(|f| f.id == id) {
            field.error = Some(message.into());
        }
        if first {
            self.focus(id);
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }

    /// A text that must not be empty.
    pub fn required(&mut self, id: &str, lang: Lang) -> Option<String> {
        let value = self.value(id).to_string();
        if value.is_empty() {
            self.invalid(id, lang.required());
            return None;
        }
        Some(value)
    }

    pub fn date(&mut self, id: &str, lang: Lang) -> Option<NaiveDate> {
        let text = self.value(id).to_string();
        let parsed = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.invalid(id, lang.bad_date(&text));
        }
        parsed
    }

    /// An empty field is None; anything else must be a date.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_date(&mut self, id: &str, lang: Lang) -> Option<Option<NaiveDate>> {
        if self.value(id).is_empty() {
            Some(None)
        } else {
            self.date(id, lang).map(Some)
        }
    }

    pub fn number(&mut self, id: &str, lang: Lang) -> Option<f64> {
        let text = self.value(id).to_string();
        let parsed = parse_number(&text);
        if parsed.is_none() {
            self.invalid(id, lang.bad_number(&text));
        }
        parsed
    }

    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_number(&mut self, id: &str, lang: Lang) -> Option<Option<f64>> {
        if self.value(id).is_empty() {
            Some(None)
        } else {
            self.number(id, lang).map(Some)
        }
    }

    /// An amount; empty means zero.
    pub fn money(&mut self, id: &str, lang: Lang) -> Option<Money> {
        let text = self.value(id).to_string();
        if text.is_empty() {
            return Some(Money::ZERO);
        }
        let parsed = Money::parse(&text).ok();
        if parsed.is_none() {
            self.invalid(id, lang.bad_amount(&text));
        }
        parsed
    }

    /// A whole number from `min` to `max`; empty means None.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_whole(
        &mut self,
        id: &str,
        min: u64,
        max: u64,
        lang: Lang,
    ) -> Option<Option<u64>> {
        let text = self.value(id).to_string();
        if text.is_empty() {
            return Some(None);
        }
        match text.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Some(Some(n)),
            _ => {
                self.invalid(id, lang.bad_whole(&text, min, max));
                None
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Outcome {
        match key.code {
            KeyCode::Esc => return Outcome::Cancel,
            KeyCode::Enter => return Outcome::Submit,
            KeyCode::Tab => self.next_field(),
            KeyCode::BackTab => self.prev_field(),
            KeyCode::Down => self.down(),
            KeyCode::Up => self.up(),
            _ => self.edit_focused(key),
        }
        Outcome::Continue
    }

    fn next_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + 1) % self.fields.len();
            self.option = 0;
        }
    }

    fn prev_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
            self.option = 0;
        }
    }

    /// ↓ walks through a checklist's options before leaving it.
    fn down(&mut self) {
        if let Some(Value::Multi { options }) = self.fields.get(self.focus).map(|f| &f.value)
            && self.option + 1 < options.len()
        {
            self.option += 1;
            return;
        }
        self.next_field();
    }

    fn up(&mut self) {
        if self.option > 0 {
            self.option -= 1;
            return;
        }
        self.prev_field();
        if let Some(Value::Multi { options }) = self.fields.get(self.focus).map(|f| &f.value) {
            self.option = options.len().saturating_sub(1);
        }
    }

    fn edit_focused(&mut self, key: KeyEvent) {
        let option = self.option;
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.value {
            Value::Text(input) => {
                // Control characters never enter the value.
                if let KeyCode::Char(c) = key.code
                    && (c.is_control()
                        || key.modifiers.contains(KeyModifiers::CONTROL) && !is_editing_shortcut(c))
                {
                    return;
                }
                input.handle_event(&Event::Key(key));
            }
            Value::Choice { options, selected } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
                    KeyCode::Left => *selected = (*selected + n - 1) % n,
                    KeyCode::Char(c) => {
                        // Type a letter to jump to the next option starting with it.
                        let c = c.to_lowercase().next().unwrap_or(c);
                        let starts = |o: &String| o.to_lowercase().starts_with(c);
                        if let Some(i) = (1..=n)
                            .map(|d| (*selected + d) % n)
                            .find(|&i| options.get(i).is_some_and(starts))
                        {
                            *selected = i;
                        }
                    }
                    _ => {}
                }
            }
            Value::Multi { options } => {
                if key.code == KeyCode::Char(' ')
                    && let Some((_, on)) = options.get_mut(option)
                {
                    *on = !*on;
                }
            }
        }
    }

    /// The keys a form takes, for its footer.
    fn hints(&self, lang: Lang, theme: Theme) -> Line<'static> {
        let hint = |key: &str, text: Ui| {
            vec![
                Span::styled(key.to_string(), theme.key()),
                Span::raw(format!(" {} ", lang.t(text))),
            ]
        };
        let mut spans = vec![Span::raw(" ")];
        spans.extend(hint("Enter", Ui::FormSave));
        spans.extend(hint("Esc", Ui::FormCancel));
        spans.extend(hint("Tab", Ui::FormNext));
        if matches!(
            self.fields.get(self.focus).map(|f| &f.value),
            Some(Value::Choice { .. } | Value::Multi { .. })
        ) {
            spans.extend(hint("Space", Ui::FormToggle));
        }
        Line::from(spans)
    }

    /// Draws the form as a dialog over `area`.
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        let lines = self.lines(theme);
        let wanted_height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let dialog = popup::centered(area, 72, wanted_height.max(6));
        let inner = popup::frame(
            dialog,
            buf,
            &self.title,
            Some(self.hints(ctx.lang, theme)),
            theme,
        );
        let focus_line = self.focus_line();
        let height = usize::from(inner.height);
        // Scroll so the focused field (and the error at the bottom) show.
        let top = focus_line.saturating_sub(height.saturating_sub(2));
        let visible: Vec<Line> = lines.into_iter().skip(top).take(height).collect();
        Paragraph::new(visible)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
        self.render_cursor(inner, buf, top, theme);
    }

    fn label_width(&self) -> usize {
        self.fields
            .iter()
            .map(|f| width(&f.label))
            .max()
            .unwrap_or(0)
            + 2
    }

    /// The line of the focused field (or option) in `lines()`.
    fn focus_line(&self) -> usize {
        let mut line = 0;
        for (i, field) in self.fields.iter().enumerate() {
            if i == self.focus {
                return line
                    + if matches!(field.value, Value::Multi { .. }) {
                        1 + self.option
                    } else {
                        0
                    };
            }
            line += field_lines(field);
        }
        line
    }

    fn lines(&self, theme: Theme) -> Vec<Line<'static>> {
        let label_width = self.label_width();
        let mut lines = Vec::new();
        for (i, field) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let label_style = if focused { theme.key() } else { theme.dim() };
            let label = Span::styled(
                crate::text::pad_right(&field.label, label_width),
                label_style,
            );
            match &field.value {
                Value::Text(input) => {
                    lines.push(Line::from(vec![label, Span::raw(printable(input.value()))]));
                }
                Value::Choice { options, selected } => {
                    let chosen = options.get(*selected).cloned().unwrap_or_default();
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
                    lines.push(Line::from(vec![
                        label,
                        Span::styled(format!("{l}{}{r}", printable(&chosen)), style),
                    ]));
                }
                Value::Multi { options } => {
                    lines.push(Line::from(label));
                    for (j, (name, on)) in options.iter().enumerate() {
                        let style = if focused && j == self.option {
                            theme.selected()
                        } else {
                            Style::new()
                        };
                        lines.push(Line::from(vec![
                            Span::raw(" ".repeat(label_width)),
                            Span::styled(
                                format!("{} {}", Theme::checkbox(*on), printable(name)),
                                style,
                            ),
                        ]));
                    }
                }
            }
            if let Some(error) = &field.error {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(label_width)),
                    Span::styled(error.clone(), theme.error()),
                ]));
            }
        }
        if let Some(note) = &self.note {
            lines.push(Line::default());
            lines.push(Line::styled(note.clone(), theme.dim()));
        }
        if let Some(error) = &self.error {
            lines.push(Line::default());
            lines.push(Line::styled(error.clone(), theme.error()));
        }
        lines
    }

    /// Shows the text cursor of the focused input as a reversed cell (the
    /// terminal's own cursor stays hidden).
    fn render_cursor(&self, inner: Rect, buf: &mut Buffer, top: usize, theme: Theme) {
        let Some(Field {
            value: Value::Text(input),
            ..
        }) = self.fields.get(self.focus)
        else {
            return;
        };
        let line = self.focus_line();
        if line < top || line - top >= usize::from(inner.height) {
            return;
        }
        let label = self.label_width();
        let x = label + input.visual_cursor();
        let (Ok(x), Ok(y)) = (u16::try_from(x), u16::try_from(line - top)) else {
            return;
        };
        if x < inner.width
            && let Some(cell) = buf.cell_mut((inner.x + x, inner.y + y))
        {
            cell.set_style(theme.selected());
        }
    }
}

fn field_lines(field: &Field) -> usize {
    let body = match &field.value {
        Value::Multi { options } => 1 + options.len(),
        _ => 1,
    };
    body + usize::from(field.error.is_some())
}

/// Ctrl shortcuts `tui-input` uses for editing (start/end of line, word and
/// line deletion…); other Ctrl keys are ignored rather than typed.
fn is_editing_shortcut(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'b' | 'f' | 'h' | 'w' | 'u' | 'k' | 'y')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(form: &mut Form, code: KeyCode) -> Outcome {
        form.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn type_text(form: &mut Form, text: &str) {
        for c in text.chars() {
            press(form, KeyCode::Char(c));
        }
    }

    fn nothing(_: &mut Form, _: &Ctx) -> Option<Change> {
        None
    }

    fn form() -> Form {
        Form::new("t", nothing)
            .text("name", "Name", "")
            .choice(
                "kind",
                "Kind",
                vec!["Social".into(), "Owned".into(), "Press".into()],
                0,
            )
            .multi(
                "goals",
                "Goals",
                vec![("a".into(), false), ("b".into(), true)],
            )
    }

    #[test]
    fn typing_edits_the_focused_text_with_accents_and_emoji() {
        let mut f = form();
        type_text(&mut f, "Campaña 🎄");
        press(&mut f, KeyCode::Left);
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.value("name"), "Campaña🎄");
    }

    #[test]
    fn tab_and_arrows_move_between_fields_and_options() {
        let mut f = form();
        press(&mut f, KeyCode::Tab);
        press(&mut f, KeyCode::Right);
        assert_eq!(f.selected("kind"), 1);
        type_text(&mut f, "p");
        assert_eq!(f.selected("kind"), 2);
        press(&mut f, KeyCode::Down);
        press(&mut f, KeyCode::Char(' '));
        assert_eq!(f.checked("goals"), vec![0, 1]);
        press(&mut f, KeyCode::Down);
        press(&mut f, KeyCode::Char(' '));
        assert_eq!(f.checked("goals"), vec![0]);
        press(&mut f, KeyCode::Down);
        assert_eq!(f.focus, 0, "wraps to the first field");
        press(&mut f, KeyCode::BackTab);
        assert_eq!(f.focus, 2);
    }

    #[test]
    fn enter_submits_and_esc_cancels() {
        let mut f = form();
        assert_eq!(press(&mut f, KeyCode::Enter), Outcome::Submit);
        assert_eq!(press(&mut f, KeyCode::Esc), Outcome::Cancel);
    }

    #[test]
    fn control_characters_are_not_typed() {
        let mut f = form();
        f.handle_key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
        press(&mut f, KeyCode::Char('\u{1b}'));
        assert_eq!(f.value("name"), "");
    }
}
