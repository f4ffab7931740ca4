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
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::view::{Change, Ctx};
use super::widgets::popup;
use crate::domain::{Edit, Item, Money};
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::text::{parse_number, printable, truncate, width, wrap};
use crate::theme::Theme;
use unicode_width::UnicodeWidthChar;

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
    /// `keys[i]` names the plan item behind `options[i]` (empty when the
    /// options are fixed): a reload while the form is open cannot shift it.
    Choice {
        options: Vec<String>,
        keys: Vec<String>,
        selected: usize,
    },
    Multi {
        options: Vec<(String, bool)>,
        keys: Vec<String>,
    },
}

impl Value {
    /// What a person can change in the value, to compare with how it began.
    fn snapshot(&self) -> Snapshot {
        match self {
            Value::Text(input) => Snapshot::Text(input.value().to_string()),
            Value::Choice { selected, .. } => Snapshot::Choice(*selected),
            Value::Multi { options, .. } => {
                Snapshot::Multi(options.iter().map(|(_, on)| *on).collect())
            }
        }
    }
}

/// A field's value as it was when the form opened.
#[derive(Debug, PartialEq, Eq)]
enum Snapshot {
    Text(String),
    Choice(usize),
    Multi(Vec<bool>),
}

#[derive(Debug)]
struct Field {
    id: &'static str,
    label: String,
    value: Value,
    initial: Snapshot,
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
    /// The item as the form showed it when it opened: a save changes only
    /// what the person changed from it (see [`Form::edit_of`]).
    pub original: Option<Item>,
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
            original: None,
            note: None,
        }
    }

    pub fn target(mut self, key: impl Into<String>) -> Self {
        self.target = Some(key.into());
        self
    }

    /// Edits `item`: its key is the target, and it is what a save is
    /// compared with.
    pub fn editing(mut self, item: impl Into<Item>) -> Self {
        let item = item.into();
        self.target = Some(item.key());
        self.original = Some(item);
        self
    }

    /// The edit that saves `new`: a patch of what the person changed from
    /// the item as the form showed it (so that another session's change to
    /// a field left alone here is kept), or an add for a new item.
    pub fn edit_of(&self, new: Item) -> Edit {
        match &self.original {
            Some(original) => Edit::update(original, &new),
            None => Edit::Add(new),
        }
    }

    /// The text a field held when the form opened.
    pub fn initial_text(&self, id: &str) -> &str {
        match self.fields.iter().find(|f| f.id == id).map(|f| &f.initial) {
            Some(Snapshot::Text(text)) => text,
            _ => "",
        }
    }

    #[must_use]
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
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
            initial: value.snapshot(),
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
        self.push(
            id,
            label,
            Value::Choice {
                options,
                keys: Vec::new(),
                selected,
            },
        )
    }

    /// A choice among plan items: (key, label) pairs; `selected` is a key.
    pub fn choice_of(
        self,
        id: &'static str,
        label: &str,
        options: Vec<(String, String)>,
        selected: Option<&str>,
    ) -> Self {
        let index = selected
            .and_then(|key| options.iter().position(|(k, _)| k == key))
            .unwrap_or(0);
        let (keys, options) = options.into_iter().unzip();
        self.push(
            id,
            label,
            Value::Choice {
                options,
                keys,
                selected: index,
            },
        )
    }

    /// A checklist of plan items: (key, label, checked).
    pub fn checklist(
        self,
        id: &'static str,
        label: &str,
        options: Vec<(String, String, bool)>,
    ) -> Self {
        let (keys, options) = options.into_iter().map(|(k, l, on)| (k, (l, on))).unzip();
        self.push(id, label, Value::Multi { options, keys })
    }

    /// The key of the item chosen in field `id`.
    pub fn chosen_key(&self, id: &str) -> Option<&str> {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Choice { keys, selected, .. }) => keys.get(*selected).map(String::as_str),
            _ => None,
        }
    }

    /// The keys of the items checked in field `id`.
    pub fn checked_keys(&self, id: &str) -> Vec<String> {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Multi { options, keys }) => options
                .iter()
                .zip(keys)
                .filter(|((_, on), _)| *on)
                .map(|(_, key)| key.clone())
                .collect(),
            _ => Vec::new(),
        }
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

    /// Whether a person changed any value since the form opened (typing
    /// and then deleting it again is no change): closing it would lose that.
    pub fn is_changed(&self) -> bool {
        self.fields.iter().any(|f| f.value.snapshot() != f.initial)
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
        if let Some(Value::Multi { options, .. }) = self.fields.get(self.focus).map(|f| &f.value)
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
        if let Some(Value::Multi { options, .. }) = self.fields.get(self.focus).map(|f| &f.value) {
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
            Value::Choice {
                options, selected, ..
            } => {
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
            Value::Multi { options, .. } => {
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
        let top = rows.lines.len().saturating_sub(height).min(rows.focus);
        let visible: Vec<Line> = rows.lines.into_iter().skip(top).take(height).collect();
        Paragraph::new(visible).render(inner, buf);
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
    fn rows(&self, theme: Theme, room: usize) -> Rows {
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
                    out.lines.push(Line::from(vec![label, Span::raw(shown)]));
                }
                Value::Choice {
                    options, selected, ..
                } => {
                    let chosen = options
                        .get(*selected)
                        .map(String::as_str)
                        .unwrap_or_default();
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
                    let text = truncate(
                        &printable(chosen),
                        value_room.saturating_sub(4),
                        theme.ellipsis(),
                    );
                    out.lines.push(Line::from(vec![
                        label,
                        Span::styled(format!("{l}{text}{r}"), style),
                    ]));
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

/// The widest a form dialog gets.
const DIALOG_WIDTH: u16 = 76;

/// A form laid out in screen rows.
#[derive(Default)]
struct Rows {
    lines: Vec<Line<'static>>,
    /// The row of the focused field (or checklist option).
    focus: usize,
    /// The cursor's column in the focused row, for a text field.
    cursor: Option<usize>,
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
            .checklist(
                "goals",
                "Goals",
                vec![
                    ("a".into(), "A".into(), false),
                    ("b".into(), "B".into(), true),
                ],
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
        assert_eq!(f.checked_keys("goals"), ["a", "b"]);
        press(&mut f, KeyCode::Down);
        press(&mut f, KeyCode::Char(' '));
        assert_eq!(f.checked_keys("goals"), ["a"]);
        press(&mut f, KeyCode::Down);
        assert_eq!(f.focus, 0, "wraps to the first field");
        press(&mut f, KeyCode::BackTab);
        assert_eq!(f.focus, 2);
    }

    /// The form drawn in a `width`-cell wide area, as text rows.
    fn drawn(form: &Form, width: u16) -> Vec<String> {
        let plan = crate::domain::Plan::default();
        let ctx = Ctx {
            plan: &plan,
            today: chrono::NaiveDate::MIN,
            lang: Lang::En,
            theme: Theme::new(false, false),
        };
        let area = Rect::new(0, 0, width, 12);
        let mut buf = Buffer::empty(area);
        form.render(area, &mut buf, &ctx);
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_long_value_scrolls_to_its_cursor_and_others_show_their_start() {
        let mut f = form();
        type_text(&mut f, &format!("start {} end", "x".repeat(80)));
        let rows = drawn(&f, 40);
        let name_row = rows.iter().find(|r| r.contains("Name")).unwrap();
        assert!(name_row.contains("end"), "{rows:#?}");
        assert!(!name_row.contains("start"), "{rows:#?}");
        press(&mut f, KeyCode::Tab);
        let rows = drawn(&f, 40);
        let name_row = rows.iter().find(|r| r.contains("Name")).unwrap();
        assert!(name_row.contains("start xxx"), "{rows:#?}");
    }

    #[test]
    fn long_errors_wrap_inside_the_dialog() {
        let mut f = form();
        f.invalid(
            "name",
            "a reason long enough to need two rows in a narrow dialog, surely",
        );
        f.error = Some("and a form-level message that is also long enough to wrap".into());
        let rows = drawn(&f, 40).join("\n");
        assert!(rows.contains("surely"), "{rows}");
        assert!(rows.contains("to wrap"), "{rows}");
    }

    #[test]
    fn enter_submits_and_esc_cancels() {
        let mut f = form();
        assert_eq!(press(&mut f, KeyCode::Enter), Outcome::Submit);
        assert_eq!(press(&mut f, KeyCode::Esc), Outcome::Cancel);
    }

    #[test]
    fn a_form_is_changed_only_while_a_value_differs_from_how_it_opened() {
        let mut f = form();
        assert!(!f.is_changed());
        type_text(&mut f, "x");
        assert!(f.is_changed());
        press(&mut f, KeyCode::Backspace);
        assert!(!f.is_changed(), "typed and deleted again");
        press(&mut f, KeyCode::Tab);
        press(&mut f, KeyCode::Right);
        assert!(f.is_changed(), "another choice");
        press(&mut f, KeyCode::Left);
        press(&mut f, KeyCode::Down);
        press(&mut f, KeyCode::Char(' '));
        assert!(f.is_changed(), "a ticked box");
    }

    #[test]
    fn control_characters_are_not_typed() {
        let mut f = form();
        f.handle_key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
        press(&mut f, KeyCode::Char('\u{1b}'));
        assert_eq!(f.value("name"), "");
    }
}
