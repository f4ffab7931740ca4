//! The one list of keys. The footer hints and the `?` help are generated
//! from it, so they never drift from what the keys do.
//!
//! Keys are matched on the character they type, not on a keyboard position,
//! so they work on Spanish and other layouts.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::tab::Tab;
use crate::i18n::calendar::Cal;
use crate::i18n::ui::Ui;
use crate::i18n::{Lang, Text};

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
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match (self, event.code) {
            (Key::Ctrl(c), KeyCode::Char(typed)) => ctrl && typed.eq_ignore_ascii_case(&c),
            (Key::Char(c), KeyCode::Char(typed)) => !ctrl && typed == c,
            (Key::TabDigit, KeyCode::Char(typed)) => !ctrl && Tab::from_digit(typed).is_some(),
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
            | (Key::BackTab, KeyCode::BackTab) => true,
            _ => false,
        }
    }

    /// How the key is written in hints and help.
    pub fn label(self, ascii: bool) -> String {
        let arrow = |unicode: &str, text: &str| {
            if ascii {
                text.to_string()
            } else {
                unicode.to_string()
            }
        };
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::TabDigit => "1-6".into(),
            Key::Up => arrow("↑", "Up"),
            Key::Down => arrow("↓", "Down"),
            Key::Left => arrow("←", "Left"),
            Key::Right => arrow("→", "Right"),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Enter => "Enter".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
        }
    }
}

/// What a binding is called: a shared text, or one of a tab's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Ui(Ui),
    Cal(Cal),
}

impl Text for Label {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Label::Ui(text) => text.text(lang),
            Label::Cal(text) => text.text(lang),
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

const fn bind(keys: &'static [Key], action: Action, label: Ui, hint: bool) -> Binding {
    Binding {
        keys,
        action,
        label: Label::Ui(label),
        hint: if hint { Hint::Yes } else { Hint::No },
    }
}

/// A binding named by a Calendar text.
const fn cal(keys: &'static [Key], action: Action, label: Cal, hint: Hint) -> Binding {
    Binding {
        keys,
        action,
        label: Label::Cal(label),
        hint,
    }
}

/// Keys that work on every tab.
pub const GLOBAL: &[Binding] = &[
    bind(
        &[Key::TabDigit],
        Action::GoTo(Tab::Situation),
        Ui::KeyGoTab,
        false,
    ),
    bind(&[Key::Tab], Action::NextTab, Ui::KeyNextTab, false),
    bind(&[Key::BackTab], Action::PrevTab, Ui::KeyPrevTab, false),
    bind(&[Key::Up, Key::Char('k')], Action::Up, Ui::KeyUp, false),
    bind(
        &[Key::Down, Key::Char('j')],
        Action::Down,
        Ui::KeyDown,
        false,
    ),
    bind(&[Key::PageUp], Action::PageUp, Ui::KeyPageUp, false),
    bind(&[Key::PageDown], Action::PageDown, Ui::KeyPageDown, false),
    bind(
        &[Key::Home, Key::Char('g')],
        Action::First,
        Ui::KeyFirst,
        false,
    ),
    bind(
        &[Key::End, Key::Char('G')],
        Action::Last,
        Ui::KeyLast,
        false,
    ),
    bind(&[Key::Char('u')], Action::Undo, Ui::KeyUndo, true),
    bind(&[Key::Ctrl('r')], Action::Redo, Ui::KeyRedo, false),
    bind(&[Key::Char('n')], Action::Rename, Ui::KeyRename, false),
    bind(&[Key::Char('!')], Action::Findings, Ui::KeyFindings, false),
    bind(
        &[Key::Char('W')],
        Action::WriteBack,
        Ui::KeyWriteBack,
        false,
    ),
    bind(&[Key::Char('?')], Action::Help, Ui::KeyHelp, true),
    bind(
        &[Key::Char('q'), Key::Ctrl('c')],
        Action::Quit,
        Ui::KeyQuit,
        true,
    ),
];

const LIST: [Binding; 3] = [
    bind(&[Key::Char('a')], Action::Add, Ui::KeyAdd, true),
    bind(
        &[Key::Char('e'), Key::Enter],
        Action::Edit,
        Ui::KeyEdit,
        true,
    ),
    bind(&[Key::Char('d')], Action::Delete, Ui::KeyDelete, true),
];

const SITUATION: &[Binding] = &[
    bind(
        &[Key::Right, Key::Char('l')],
        Action::NextSection,
        Ui::KeyNextSection,
        true,
    ),
    bind(
        &[Key::Left, Key::Char('h')],
        Action::PrevSection,
        Ui::KeyPrevSection,
        false,
    ),
    LIST[0],
    LIST[1],
    LIST[2],
];

const OBJECTIVES: &[Binding] = &[
    LIST[0],
    LIST[1],
    LIST[2],
    bind(&[Key::Char('m')], Action::Measure, Ui::KeyMeasure, true),
    bind(&[Key::Char('r')], Action::Revise, Ui::KeyRevise, true),
];

const CHANNELS: &[Binding] = &[LIST[0], LIST[1], LIST[2]];

const ACTIONS: &[Binding] = &[
    LIST[0],
    LIST[1],
    LIST[2],
    bind(
        &[Key::Char('c')],
        Action::FilterChannel,
        Ui::KeyFilterChannel,
        true,
    ),
    bind(
        &[Key::Char('s')],
        Action::FilterStatus,
        Ui::KeyFilterStatus,
        true,
    ),
];

/// PgUp/PgDn and Enter mean something else here: they come before the
/// global ones.
const CALENDAR: &[Binding] = &[
    cal(
        &[Key::Left, Key::Char('h')],
        Action::Earlier,
        Cal::KeyEarlier,
        Hint::WithNext(Label::Cal(Cal::KeyMove)),
    ),
    cal(
        &[Key::Right, Key::Char('l')],
        Action::Later,
        Cal::KeyLater,
        Hint::No,
    ),
    cal(
        &[Key::Char('+'), Key::Char('=')],
        Action::ZoomIn,
        Cal::KeyZoomIn,
        Hint::WithNext(Label::Cal(Cal::KeyZoom)),
    ),
    cal(
        &[Key::Char('-')],
        Action::ZoomOut,
        Cal::KeyZoomOut,
        Hint::No,
    ),
    cal(&[Key::Char('t')], Action::Today, Cal::KeyToday, Hint::Yes),
    cal(&[Key::Enter], Action::Open, Cal::KeyDetails, Hint::Yes),
    cal(
        &[Key::Char('c')],
        Action::FilterChannel,
        Cal::KeyChannels,
        Hint::Yes,
    ),
    LIST[0],
    bind(&[Key::Char('e')], Action::Edit, Ui::KeyEdit, true),
    LIST[2],
    cal(
        &[Key::PageUp],
        Action::EarlierPage,
        Cal::KeyEarlierPage,
        Hint::No,
    ),
    cal(
        &[Key::PageDown],
        Action::LaterPage,
        Cal::KeyLaterPage,
        Hint::No,
    ),
];

const REVIEW: &[Binding] = &[
    bind(&[Key::Char('w')], Action::CheckIn, Ui::KeyCheckIn, true),
    LIST[0],
    LIST[1],
    LIST[2],
];

/// The keys of one tab (without the global ones).
pub fn tab_bindings(tab: Tab) -> &'static [Binding] {
    match tab {
        Tab::Situation => SITUATION,
        Tab::Objectives => OBJECTIVES,
        Tab::Channels => CHANNELS,
        Tab::Actions => ACTIONS,
        Tab::Calendar => CALENDAR,
        Tab::Review => REVIEW,
    }
}

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
pub fn keys_label(binding: &Binding, ascii: bool) -> String {
    binding
        .keys
        .iter()
        .map(|k| k.label(ascii))
        .collect::<Vec<_>>()
        .join("/")
}

/// The footer's hints for a tab: (keys, what they do).
pub fn hints(tab: Tab, lang: Lang, ascii: bool) -> Vec<(String, &'static str)> {
    let bindings: Vec<&Binding> = tab_bindings(tab).iter().chain(GLOBAL).collect();
    bindings
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let key = b.keys[0].label(ascii);
            match b.hint {
                Hint::No => None,
                Hint::Yes => Some((key, lang.t(b.label))),
                Hint::WithNext(label) => {
                    let next = bindings
                        .get(i + 1)
                        .map(|n| format!("/{}", n.keys[0].label(ascii)))
                        .unwrap_or_default();
                    Some((format!("{key}{next}"), lang.t(label)))
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn digits_jump_to_tabs() {
        assert_eq!(
            action(Tab::Objectives, &key(KeyCode::Char('5'))),
            Some(Action::GoTo(Tab::Calendar))
        );
        assert_eq!(action(Tab::Objectives, &key(KeyCode::Char('7'))), None);
    }

    #[test]
    fn tab_keys_come_before_global_ones() {
        assert_eq!(
            action(Tab::Situation, &key(KeyCode::Char('l'))),
            Some(Action::NextSection)
        );
        assert_eq!(action(Tab::Objectives, &key(KeyCode::Char('l'))), None);
        assert_eq!(
            action(Tab::Review, &key(KeyCode::Char('w'))),
            Some(Action::CheckIn)
        );
    }

    #[test]
    fn control_keys_need_control() {
        let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
        assert_eq!(action(Tab::Objectives, &ctrl_r), Some(Action::Redo));
        assert_eq!(
            action(Tab::Objectives, &key(KeyCode::Char('r'))),
            Some(Action::Revise)
        );
    }

    /// A tab may give a global key another meaning (it comes first), but
    /// no key means two things among a tab's own keys or the global ones.
    #[test]
    fn no_key_means_two_things_on_one_tab() {
        let twice = |bindings: &[Binding], name: &str| {
            for (i, a) in bindings.iter().enumerate() {
                for b in &bindings[i + 1..] {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{name}: {k:?} bound twice");
                    }
                }
            }
        };
        twice(GLOBAL, "global");
        for tab in Tab::ALL {
            twice(tab_bindings(tab), &format!("{tab:?}"));
        }
    }

    #[test]
    fn the_calendar_moves_in_time_with_arrows_and_pages() {
        let calendar = |code| action(Tab::Calendar, &key(code));
        assert_eq!(calendar(KeyCode::Char('h')), Some(Action::Earlier));
        assert_eq!(calendar(KeyCode::Right), Some(Action::Later));
        assert_eq!(calendar(KeyCode::PageUp), Some(Action::EarlierPage));
        assert_eq!(calendar(KeyCode::Enter), Some(Action::Open));
        assert_eq!(calendar(KeyCode::Char('j')), Some(Action::Down));
        assert_eq!(
            action(Tab::Objectives, &key(KeyCode::PageUp)),
            Some(Action::PageUp)
        );
    }

    #[test]
    fn paired_hints_show_both_keys() {
        let hints = hints(Tab::Calendar, Lang::En, false);
        assert_eq!(hints[0], ("←/→".to_string(), "move"));
        assert_eq!(hints[1], ("+/-".to_string(), "zoom"));
        let ascii = super::hints(Tab::Calendar, Lang::En, true);
        assert_eq!(ascii[0].0, "Left/Right");
    }
}
