//! The one list of keys. The footer hints and the `?` help are generated
//! from it, so they never drift from what the keys do.
//!
//! Keys are matched on the character they type, not on a keyboard position,
//! so they work on Spanish and other layouts.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use ratatui::text::{Line, Span};

use super::action::Action;
use super::tab::Tab;
use crate::i18n::calendar::Cal;
use crate::i18n::dialogs::Dlg;
use crate::i18n::keys::KeyName;
use crate::i18n::ui::Ui;
use crate::i18n::{Lang, Text};
use crate::theme::Theme;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    /// Any of `1`–`6`: jump to that tab.
    TabDigit,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Tab,
    BackTab,
    Esc,
    /// The answer yes: `y`, and `s` (sí) too, in either case.
    Yes,
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match (self, event.code) {
            (Key::Ctrl(c), KeyCode::Char(typed)) => ctrl && typed.eq_ignore_ascii_case(&c),
            (Key::Char(c), KeyCode::Char(typed)) => !ctrl && typed == c,
            (Key::TabDigit, KeyCode::Char(typed)) => !ctrl && Tab::from_digit(typed).is_some(),
            (Key::Yes, KeyCode::Char(typed)) => !ctrl && matches!(typed, 'y' | 'Y' | 's' | 'S'),
            (Key::Up, KeyCode::Up)
            | (Key::Down, KeyCode::Down)
            | (Key::Left, KeyCode::Left)
            | (Key::Right, KeyCode::Right)
            | (Key::PageUp, KeyCode::PageUp)
            | (Key::PageDown, KeyCode::PageDown)
            | (Key::Home, KeyCode::Home)
            | (Key::End, KeyCode::End)
            | (Key::Enter, KeyCode::Enter)
            | (Key::Tab, KeyCode::Tab)
            | (Key::BackTab, KeyCode::BackTab)
            | (Key::Esc, KeyCode::Esc) => true,
            _ => false,
        }
    }

    /// How the key is written in hints and help.
    pub fn label(self, lang: Lang, ascii: bool) -> String {
        let arrow = |unicode: &str, name: KeyName| {
            if ascii {
                lang.t(name).to_string()
            } else {
                unicode.to_string()
            }
        };
        match self {
            Key::Char(' ') => lang.t(KeyName::Space).into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => lang.ctrl_key(c),
            Key::TabDigit => "1-6".into(),
            Key::Up => arrow("↑", KeyName::Up),
            Key::Down => arrow("↓", KeyName::Down),
            Key::Left => arrow("←", KeyName::Left),
            Key::Right => arrow("→", KeyName::Right),
            Key::PageUp => lang.t(KeyName::PageUp).into(),
            Key::PageDown => lang.t(KeyName::PageDown).into(),
            Key::Home => lang.t(KeyName::Home).into(),
            Key::End => lang.t(KeyName::End).into(),
            Key::Enter => lang.t(KeyName::Enter).into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => lang.t(KeyName::BackTab).into(),
            Key::Esc => "Esc".into(),
            // Each language names the letter of its own word first.
            Key::Yes => match lang {
                Lang::En => "y".into(),
                Lang::Es => "s/y".into(),
            },
        }
    }
}

/// What a binding is called: a shared text, or one of a tab's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Ui(Ui),
    Cal(Cal),
    Dlg(Dlg),
}

impl Text for Label {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Label::Ui(text) => text.text(lang),
            Label::Cal(text) => text.text(lang),
            Label::Dlg(text) => text.text(lang),
        }
    }
}

/// Whether a binding shows in the footer (the most used keys; all are in
/// the help).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    No,
    Yes,
    /// With the next binding's key, under one text: `←/→ move`.
    WithNext(Label),
}

/// Keys, what they do, and what to call it.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub label: Label,
    pub hint: Hint,
}

/// A binding: its keys, its action, its name and whether the footer shows
/// it. Every table is built with this one constructor.
pub(crate) const fn binding(
    keys: &'static [Key],
    action: Action,
    label: Label,
    hint: Hint,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        hint,
    }
}

/// Up, down, a page up or down, first and last: the same keys in lists,
/// dialogs and panes. `first` is the hint of the first (None: no hint).
pub(crate) const fn movement(first: Hint) -> [Binding; 6] {
    const fn ui(keys: &'static [Key], action: Action, label: Ui, hint: Hint) -> Binding {
        binding(keys, action, Label::Ui(label), hint)
    }
    [
        ui(&[Key::Up, Key::Char('k')], Action::Up, Ui::KeyUp, first),
        ui(
            &[Key::Down, Key::Char('j')],
            Action::Down,
            Ui::KeyDown,
            Hint::No,
        ),
        ui(&[Key::PageUp], Action::PageUp, Ui::KeyPageUp, Hint::No),
        ui(
            &[Key::PageDown],
            Action::PageDown,
            Ui::KeyPageDown,
            Hint::No,
        ),
        ui(
            &[Key::Home, Key::Char('g')],
            Action::First,
            Ui::KeyFirst,
            Hint::No,
        ),
        ui(
            &[Key::End, Key::Char('G')],
            Action::Last,
            Ui::KeyLast,
            Hint::No,
        ),
    ]
}

mod dialogs;
mod footer;
mod tabs;

pub use dialogs::{Dialog, dialog_action, dialog_bindings, dialog_hints};
pub use footer::footer;
pub use tabs::{GLOBAL, tab_bindings};

/// What a key does on a tab: the tab's own keys first, then the global ones.
pub fn action(tab: Tab, event: &KeyEvent) -> Option<Action> {
    let binding = tab_bindings(tab)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.keys.iter().any(|k| k.matches(event)))?;
    Some(match (binding.action, event.code) {
        (Action::GoTo(_), KeyCode::Char(digit)) => Action::GoTo(Tab::from_digit(digit)?),
        (action, _) => action,
    })
}

/// "a/Enter" for a binding's keys.
pub fn keys_label(binding: &Binding, lang: Lang, ascii: bool) -> String {
    binding
        .keys
        .iter()
        .map(|k| k.label(lang, ascii))
        .collect::<Vec<_>>()
        .join("/")
}

/// The footer's hints for a tab: (keys, what they do).
pub fn hints(tab: Tab, lang: Lang, ascii: bool) -> Vec<(String, &'static str)> {
    let bindings: Vec<Binding> = tab_bindings(tab).iter().chain(GLOBAL).copied().collect();
    hints_of(&bindings, lang, ascii, false)
}

/// The hints of some bindings: those marked for the footer, a pair under
/// one text where marked so.
/// With `every_key`, a hint names all of its binding's keys (a dialog's
/// few keys: "s/y/Esc"); otherwise the first (a tab's many).
fn hints_of(
    bindings: &[Binding],
    lang: Lang,
    ascii: bool,
    every_key: bool,
) -> Vec<(String, &'static str)> {
    bindings
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let key = b.keys[0].label(lang, ascii);
            match b.hint {
                Hint::No => None,
                Hint::Yes if every_key => Some((keys_label(b, lang, ascii), lang.t(b.label))),
                Hint::Yes => Some((key, lang.t(b.label))),
                Hint::WithNext(label) => {
                    let next = bindings
                        .get(i + 1)
                        .map(|n| format!("/{}", n.keys[0].label(lang, ascii)))
                        .unwrap_or_default();
                    Some((format!("{key}{next}"), lang.t(label)))
                }
            }
        })
        .collect()
}

/// Hints as a footer line: keys highlighted, then what they do.
pub fn hint_line(hints: &[(String, &str)], theme: Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for (keys, what) in hints {
        spans.push(Span::styled(keys.clone(), theme.key()));
        spans.push(Span::raw(format!(" {what} ")));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests;
