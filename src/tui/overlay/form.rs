//! Forms: labelled fields, moved between with Tab / Shift-Tab / ↑ / ↓, saved
//! with Enter (Ctrl-s in a multi-line field, where Enter starts a new line)
//! and cancelled with Esc. Text fields use `tui-input` (cursor movement, word
//! deletion, accented characters and emoji), multi-line ones
//! `ratatui-textarea`; Ctrl-o opens either in the person's editor. Choices
//! cycle with ←/→ or Space; multi-selects are checklists toggled with Space.
//!
//! A form knows how to turn its values into an edit (`submit`); parsing
//! problems are shown beside each field, and an edit the plan refuses is
//! shown at the bottom with the form still open.

use tui_input::Input;

use crate::domain::{Edit, Item};
use crate::i18n::ui::Ui;
use crate::i18n::{Lang, Text};
use crate::theme::Theme;
use crate::tui::view::{Change, Ctx};
use crate::tui::widgets::scroll::Scroll;

/// What names a form's fields: an enum per form, so that a misspelled field
/// does not compile.
pub trait FieldKey: Copy + Eq + std::fmt::Debug + 'static {
    /// The item's field this one edits, as the plan's file names it: an
    /// error of the plan that names that field shows under this one.
    fn file_name(self) -> Option<&'static str> {
        None
    }
}

/// Turns a form's values into a change, or marks what is wrong and returns None.
pub type Submit<F> = fn(&mut Form<F>, &Ctx) -> Option<Change>;

#[derive(Debug)]
enum Value {
    Text(Input),
    Lines(Box<Lines>),
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
            Value::Lines(lines) => Snapshot::Text(lines.text().to_string()),
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
struct Field<F> {
    id: F,
    label: String,
    value: Value,
    initial: Snapshot,
    error: Option<String>,
    /// A suggested value shown selected: the first character typed
    /// replaces it, as in any text box (tui-input has no selection).
    selected: bool,
}

#[derive(Debug)]
pub struct Form<F: FieldKey> {
    title: String,
    fields: Vec<Field<F>>,
    focus: usize,
    /// The option under the cursor in a multi-select field.
    option: usize,
    /// Why the plan refused what the form built.
    pub error: Option<String>,
    submit: Submit<F>,
    /// The key of the item being edited, when editing.
    pub target: Option<String>,
    /// The item as the form showed it when it opened: a save changes only
    /// what the person changed from it (see [`Form::edit_of`]).
    pub original: Option<Item>,
    /// A line of help under the fields.
    note: Option<String>,
    /// Whether the submit already stopped once to suggest a value (the
    /// revise form's new name): the next submit saves whatever is there.
    pub suggested: bool,
    /// Which rows show when the form is taller than the screen.
    scroll: Scroll,
}

impl<F: FieldKey> Form<F> {
    pub fn new(title: impl Into<String>, submit: Submit<F>) -> Self {
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
            suggested: false,
            scroll: Scroll::default(),
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

    /// A form that adds an item (None) or edits `item`, titled
    /// `[adding, editing]` accordingly. Fields are added after.
    pub fn for_item<T: Text>(
        item: Option<impl Into<Item>>,
        titles: [T; 2],
        lang: Lang,
        submit: Submit<F>,
    ) -> Self {
        let [adding, editing] = titles;
        let title = lang.t(if item.is_some() { editing } else { adding });
        let form = Form::new(title, submit);
        match item {
            Some(item) => form.editing(item),
            None => form,
        }
    }

    /// A form about one item, `key` (a value to record for an
    /// objective): titled "Title — key", with `key` as its target.
    pub fn about(title: &str, key: &str, theme: Theme, submit: Submit<F>) -> Self {
        let title = format!("{title}{}{key}", theme.dash());
        Form::new(title, submit).target(key)
    }

    /// The change that saves `new` (see [`Form::edit_of`]), called
    /// `[added, edited]` and the key, with `key` selected afterwards.
    pub fn saved<T: Text>(&self, new: Item, key: String, labels: [T; 2], lang: Lang) -> Change {
        let [added, edited] = labels;
        let label = lang.t(if self.target.is_some() { edited } else { added });
        Change {
            edit: self.edit_of(new),
            label: lang.labelled(label, &key),
            focus: Some(key),
        }
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
    pub fn initial_text(&self, id: F) -> &str {
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

    fn push(mut self, id: F, label: &str, value: Value) -> Self {
        self.fields.push(Field {
            id,
            label: label.to_string(),
            initial: value.snapshot(),
            value,
            error: None,
            selected: false,
        });
        self
    }

    /// A text field holding a suggestion for a new item (the channel at
    /// hand, today), selected so that typing replaces it rather than
    /// appending to it.
    pub fn suggested(mut self, id: F, label: &str, value: impl Into<String>) -> Self {
        self = self.text(id, label, value);
        if let Some(field) = self.fields.last_mut() {
            field.selected = true;
        }
        self
    }

    /// A text field showing a field of `item` (empty for a new item).
    pub fn text_of<T>(self, id: F, label: &str, item: Option<&T>, get: fn(&T) -> &String) -> Self {
        self.text(id, label, item.map(|t| get(t).clone()).unwrap_or_default())
    }

    pub fn text(self, id: F, label: &str, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.push(id, label, Value::Text(Input::new(value)))
    }

    /// A multi-line text field: Enter starts a new line in it.
    pub fn lines(self, id: F, label: &str, text: &str) -> Self {
        self.push(id, label, Value::Lines(Box::new(Lines::new(text))))
    }

    /// A multi-line field showing a field of `item` (empty for a new item).
    pub fn lines_of<T>(self, id: F, label: &str, item: Option<&T>, get: fn(&T) -> &String) -> Self {
        self.lines(id, label, item.map(|t| get(t).as_str()).unwrap_or_default())
    }

    pub fn choice(self, id: F, label: &str, options: Vec<String>, selected: usize) -> Self {
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
        id: F,
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
    pub fn checklist(self, id: F, label: &str, options: Vec<(String, String, bool)>) -> Self {
        let (keys, options) = options.into_iter().map(|(k, l, on)| (k, (l, on))).unzip();
        self.push(id, label, Value::Multi { options, keys })
    }

    /// The key of the item chosen in field `id`.
    pub fn chosen_key(&self, id: F) -> Option<&str> {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Choice { keys, selected, .. }) => keys.get(*selected).map(String::as_str),
            _ => None,
        }
    }

    /// The keys of the items checked in field `id`.
    pub fn checked_keys(&self, id: F) -> Vec<String> {
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
    pub fn focus(&mut self, id: F) {
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

    fn field(&self, id: F) -> Option<&Field<F>> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The text of field `id`, trimmed.
    pub fn value(&self, id: F) -> &str {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Text(input)) => input.value().trim(),
            Some(Value::Lines(lines)) => lines.text().trim(),
            _ => "",
        }
    }

    /// The index chosen in field `id`.
    pub fn selected(&self, id: F) -> usize {
        match self.field(id).map(|f| &f.value) {
            Some(Value::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    /// Marks field `id` as wrong, and focuses the first wrong field.
    pub fn invalid(&mut self, id: F, message: impl Into<String>) {
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

    /// The focused field's text, when it is a text field (for the editor).
    pub fn focused_text(&self) -> Option<String> {
        match self.fields.get(self.focus).map(|f| &f.value) {
            Some(Value::Text(input)) => Some(input.value().to_string()),
            Some(Value::Lines(lines)) => Some(lines.text().to_string()),
            _ => None,
        }
    }

    /// Puts what the editor saved into the focused text field; a one-line
    /// field takes its lines joined by spaces, so nothing is lost.
    pub fn set_focused_text(&mut self, text: &str) {
        match self.fields.get_mut(self.focus).map(|f| &mut f.value) {
            Some(Value::Text(input)) => {
                let line: Vec<&str> = text.lines().collect();
                *input = Input::new(line.join(" "));
            }
            Some(Value::Lines(lines)) => **lines = Lines::new(text),
            _ => {}
        }
    }
}

mod dialog;
mod keys;
pub use dialog::{FormDialog, Outcome, handle_key};
mod lines;
use lines::Lines;
mod parse;
mod render;
#[cfg(test)]
mod tests;
