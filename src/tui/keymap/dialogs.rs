//! The keys of each dialog. A dialog asks the keymap what a key means, and
//! its footer and the help are generated from the same table.

use super::{Binding, Hint, Key, Label, binding, movement};
use crate::i18n::Lang;
use crate::i18n::dialogs::Dlg;
use crate::i18n::ui::Ui;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyEvent;

/// Which dialog's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Help,
    /// A yes/no question before a change.
    Confirm,
    /// Throw away a form's typed changes (asked by Esc).
    Discard,
    /// The same, asked by Ctrl-c on the way out.
    DiscardQuit,
    /// Write back the plan whose file was moved or deleted.
    WriteBack,
    /// The same, asked on the way out.
    WriteBackQuit,
    /// Quitting the demo after changes: save them to a file first?
    DemoQuit,
    /// Choose one option.
    Pick,
    /// Tick several options.
    Checklist,
    /// Facts to read.
    Details,
    /// Facts to read, and a key to edit what they describe.
    DetailsEdit,
    /// A summary to read.
    Summary,
    /// A summary whose entries lead to their items.
    SummaryGo,
    /// Another session changed what a change sets.
    Conflict,
    /// The same, when only the file's value can be kept.
    ConflictTheirs,
    Form,
    /// A form whose focused field is multi-line: Enter starts a new line.
    FormLines,
    CheckIn,
    /// The check-in's first step: the date its values are recorded on.
    CheckInDate,
}

impl Dialog {
    /// `[usual, other]`: the keys of a dialog that has two forms (a question
    /// asked on the way out, details that lead to a form).
    pub fn either(other: bool, [usual, alternative]: [Dialog; 2]) -> Dialog {
        if other { alternative } else { usual }
    }
}

const fn dlg(keys: &'static [Key], action: Action, label: Dlg, hint: bool) -> Binding {
    let hint = if hint { Hint::Yes } else { Hint::No };
    binding(keys, action, Label::Dlg(label), hint)
}

const fn ui(keys: &'static [Key], action: Action, label: Ui, hint: Hint) -> Binding {
    binding(keys, action, Label::Ui(label), hint)
}

/// Scrolling through a dialog's lines: "↑/↓ scroll".
const SCROLL: [Binding; 6] = movement(Hint::WithNext(Label::Ui(Ui::DialogScroll)));

/// Moving between a dialog's entries: "↑/↓ move".
const MOVE: [Binding; 6] = movement(Hint::WithNext(Label::Ui(Ui::DialogMove)));

const HELP: &[Binding] = &[ui(
    &[Key::Esc, Key::Char('?'), Key::Char('q')],
    Action::Close,
    Ui::DialogClose,
    Hint::Yes,
)];

const CONFIRM: &[Binding] = &[
    dlg(&[Key::Yes], Action::Yes, Dlg::Yes, true),
    dlg(&[Key::Char('n'), Key::Esc], Action::No, Dlg::No, true),
];

const DISCARD: &[Binding] = &[
    dlg(&[Key::Yes, Key::Esc], Action::Yes, Dlg::Discard, true),
    dlg(&[Key::Char('n')], Action::No, Dlg::KeepEditing, true),
];

const DISCARD_QUIT: &[Binding] = &[
    dlg(
        &[Key::Yes, Key::Ctrl('c')],
        Action::Yes,
        Dlg::QuitDiscarding,
        true,
    ),
    dlg(
        &[Key::Char('n'), Key::Esc],
        Action::No,
        Dlg::KeepEditing,
        true,
    ),
];

const WRITE_BACK: &[Binding] = &[
    dlg(&[Key::Yes], Action::Yes, Dlg::WriteBack, true),
    dlg(&[Key::Char('n'), Key::Esc], Action::No, Dlg::NotNow, true),
];

const WRITE_BACK_QUIT: &[Binding] = &[
    dlg(&[Key::Yes], Action::Yes, Dlg::WriteBackAndQuit, true),
    dlg(&[Key::Char('n')], Action::No, Dlg::QuitWithout, true),
    dlg(&[Key::Esc], Action::Close, Dlg::Stay, true),
];

const DEMO_QUIT: &[Binding] = &[
    dlg(&[Key::Yes], Action::Yes, Dlg::SaveToFile, true),
    dlg(&[Key::Char('n')], Action::No, Dlg::QuitLosing, true),
    dlg(&[Key::Esc], Action::Close, Dlg::Stay, true),
];

const PICK: &[Binding] = &[
    dlg(&[Key::Enter], Action::Choose, Dlg::Choose, true),
    ui(
        &[Key::Esc, Key::Char('q')],
        Action::Close,
        Ui::DialogClose,
        Hint::Yes,
    ),
];

const CHECKLIST: &[Binding] = &[
    dlg(&[Key::Char(' ')], Action::Toggle, Dlg::Tick, true),
    dlg(&[Key::Char('a')], Action::ToggleAll, Dlg::TickAll, true),
    dlg(&[Key::Enter], Action::Choose, Dlg::Apply, true),
    ui(
        &[Key::Esc, Key::Char('q')],
        Action::Close,
        Ui::DialogClose,
        Hint::Yes,
    ),
];

const DETAILS: &[Binding] = &[ui(
    &[Key::Esc, Key::Enter, Key::Char('q')],
    Action::Close,
    Ui::DialogClose,
    Hint::Yes,
)];

const DETAILS_EDIT: &[Binding] = &[
    dlg(&[Key::Char('e')], Action::Edit, Dlg::Edit, true),
    DETAILS[0],
];

const SUMMARY: &[Binding] = &[ui(
    &[Key::Esc, Key::Enter, Key::Char('q'), Key::Char('!')],
    Action::Close,
    Ui::DialogClose,
    Hint::Yes,
)];

/// Enter goes to the entry here, so only the other keys close.
const SUMMARY_GO_CLOSE: Binding = ui(
    &[Key::Esc, Key::Char('q'), Key::Char('!')],
    Action::Close,
    Ui::DialogClose,
    Hint::Yes,
);

const SUMMARY_GO: &[Binding] = &[
    ui(&[Key::Enter], Action::Choose, Ui::DialogGoTo, Hint::Yes),
    SUMMARY_GO_CLOSE,
];

const CONFLICT: &[Binding] = &[
    dlg(
        &[Key::Char('m'), Key::Char('M')],
        Action::KeepMine,
        Dlg::KeepMine,
        true,
    ),
    CONFLICT_THEIRS[0],
    CONFLICT_THEIRS[1],
];

const CONFLICT_THEIRS: &[Binding] = &[
    dlg(
        &[Key::Char('o'), Key::Char('O')],
        Action::KeepTheirs,
        Dlg::KeepTheirs,
        true,
    ),
    dlg(&[Key::Esc], Action::Close, Dlg::Later, true),
];

/// A form's own keys; every other key types into the focused field.
const FORM: &[Binding] = &[
    ui(&[Key::Enter], Action::Save, Ui::FormSave, Hint::Yes),
    // The same key as in a multi-line field, where Enter starts a new line.
    ui(&[Key::Ctrl('s')], Action::Save, Ui::FormSave, Hint::No),
    FORM_CANCEL,
    ui(&[Key::Tab], Action::NextField, Ui::FormNext, Hint::Yes),
    FORM_PREV,
    ui(&[Key::Down], Action::Down, Ui::FormNext, Hint::No),
    ui(&[Key::Up], Action::Up, Ui::FormPrev, Hint::No),
    ui(&[Key::Char(' ')], Action::Toggle, Ui::FormToggle, Hint::No),
    EDITOR,
];

const FORM_CANCEL: Binding = ui(&[Key::Esc], Action::Close, Ui::FormCancel, Hint::Yes);
const FORM_PREV: Binding = ui(&[Key::BackTab], Action::PrevField, Ui::FormPrev, Hint::No);

/// Opens the focused text field in `$VISUAL`/`$EDITOR`. Ctrl-e is taken:
/// both text widgets move to the end of the line with it.
const EDITOR: Binding = ui(&[Key::Ctrl('o')], Action::Editor, Ui::FormEditor, Hint::No);

/// In a multi-line field Enter starts a new line, so Ctrl-s saves, and the
/// arrows move through the text before they leave it.
const FORM_LINES: &[Binding] = &[
    ui(&[Key::Ctrl('s')], Action::Save, Ui::FormSave, Hint::Yes),
    ui(&[Key::Enter], Action::NewLine, Ui::FormNewLine, Hint::Yes),
    FORM_CANCEL,
    // Left out of the footer, which the keys above fill at 80 columns.
    ui(&[Key::Tab], Action::NextField, Ui::FormNext, Hint::No),
    FORM_PREV,
    ui(&[Key::Down], Action::Down, Ui::FormLineDown, Hint::No),
    ui(&[Key::Up], Action::Up, Ui::FormLineUp, Hint::No),
    EDITOR,
];

const CHECK_IN: &[Binding] = &[
    dlg(&[Key::Enter], Action::Save, Dlg::Record, true),
    dlg(&[Key::Down, Key::Tab], Action::Down, Dlg::Skip, true),
    dlg(&[Key::Up, Key::BackTab], Action::Up, Dlg::Back, false),
    dlg(&[Key::Esc], Action::Close, Dlg::Stop, true),
];

const CHECK_IN_DATE: &[Binding] = &[
    dlg(&[Key::Enter], Action::Save, Dlg::Continue, true),
    dlg(&[Key::Esc], Action::Close, Dlg::Stop, true),
];

/// A dialog's own keys (after the movement keys, if it has them).
fn own_bindings(dialog: Dialog) -> &'static [Binding] {
    match dialog {
        Dialog::Help => HELP,
        Dialog::Confirm => CONFIRM,
        Dialog::Discard => DISCARD,
        Dialog::DiscardQuit => DISCARD_QUIT,
        Dialog::WriteBack => WRITE_BACK,
        Dialog::WriteBackQuit => WRITE_BACK_QUIT,
        Dialog::DemoQuit => DEMO_QUIT,
        Dialog::Pick => PICK,
        Dialog::Checklist => CHECKLIST,
        Dialog::Details => DETAILS,
        Dialog::DetailsEdit => DETAILS_EDIT,
        Dialog::Summary => SUMMARY,
        Dialog::SummaryGo => SUMMARY_GO,
        Dialog::Conflict => CONFLICT,
        Dialog::ConflictTheirs => CONFLICT_THEIRS,
        Dialog::Form => FORM,
        Dialog::FormLines => FORM_LINES,
        Dialog::CheckIn => CHECK_IN,
        Dialog::CheckInDate => CHECK_IN_DATE,
    }
}

/// The movement keys a dialog takes: scrolling its text, moving between
/// its entries, or none (its arrows mean something else, or nothing).
fn movement_of(dialog: Dialog) -> &'static [Binding] {
    match dialog {
        Dialog::Help | Dialog::Details | Dialog::DetailsEdit | Dialog::Summary => &SCROLL,
        Dialog::Pick | Dialog::Checklist | Dialog::SummaryGo => &MOVE,
        _ => &[],
    }
}

/// The keys of a dialog: its movement keys, then its own.
pub fn dialog_bindings(dialog: Dialog) -> Vec<Binding> {
    movement_of(dialog)
        .iter()
        .chain(own_bindings(dialog))
        .copied()
        .collect()
}

/// What a key does in a dialog; None: a key it does not take (in a form,
/// one to type).
pub fn dialog_action(dialog: Dialog, event: &KeyEvent) -> Option<Action> {
    movement_of(dialog)
        .iter()
        .chain(own_bindings(dialog))
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// A dialog's footer hints: (keys, what they do).
pub fn dialog_hints(dialog: Dialog, lang: Lang, ascii: bool) -> Vec<(String, &'static str)> {
    super::hints_of(&dialog_bindings(dialog), lang, ascii, true)
}
