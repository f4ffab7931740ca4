//! The keys of each tab, and those that work on every tab.

use super::{Binding, Hint, Key, Label, binding, movement};
use crate::i18n::calendar::Cal;
use crate::i18n::ui::Ui;
use crate::tui::action::Action;
use crate::tui::tab::Tab;

pub(super) const fn bind(keys: &'static [Key], action: Action, label: Ui, hint: bool) -> Binding {
    let hint = if hint { Hint::Yes } else { Hint::No };
    binding(keys, action, Label::Ui(label), hint)
}

/// A binding named by a Calendar text.
const fn cal(keys: &'static [Key], action: Action, label: Cal, hint: Hint) -> Binding {
    binding(keys, action, Label::Cal(label), hint)
}

/// Movement in a tab's list; the footer leaves it out.
const MOVE: [Binding; 6] = movement(Hint::No);

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
    MOVE[0],
    MOVE[1],
    MOVE[2],
    MOVE[3],
    MOVE[4],
    MOVE[5],
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
    bind(&[Key::Char('A')], Action::Agenda, Ui::KeyAgenda, false),
    bind(&[Key::Ctrl('s')], Action::SaveAs, Ui::KeySaveAs, false),
    bind(&[Key::Char('L')], Action::Messages, Ui::KeyMessages, false),
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

/// A campaign's own keys, in Actions and on a Calendar bar: its posts,
/// its status, a copy with its posts, money spent on it.
const CAMPAIGN: [Binding; 4] = [
    bind(&[Key::Enter], Action::Posts, Ui::KeyPosts, true),
    bind(
        &[Key::Char('S')],
        Action::SetStatus,
        Ui::KeySetStatus,
        false,
    ),
    bind(&[Key::Char('C')], Action::Copy, Ui::KeyCopyCampaign, false),
    bind(&[Key::Char('$')], Action::Spend, Ui::KeySpend, false),
];

/// ←/→ between a tab's sections.
const SECTIONS: [Binding; 2] = [
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
];

const SITUATION: &[Binding] = &[SECTIONS[0], SECTIONS[1], LIST[0], LIST[1], LIST[2]];

const OBJECTIVES: &[Binding] = &[
    LIST[0],
    LIST[1],
    LIST[2],
    bind(&[Key::Char('m')], Action::Measure, Ui::KeyMeasure, true),
    bind(&[Key::Char('M')], Action::History, Ui::KeyHistory, true),
    bind(&[Key::Char('r')], Action::Revise, Ui::KeyRevise, true),
];

/// An objective's measurements.
const MEASUREMENTS: &[Binding] = &[
    bind(&[Key::Esc], Action::Back, Ui::KeyBack, true),
    bind(&[Key::Char('m')], Action::Measure, Ui::KeyMeasure, true),
    LIST[1],
    LIST[2],
];

const CHANNELS: &[Binding] = &[LIST[0], LIST[1], LIST[2]];

const ACTIONS: &[Binding] = &[
    LIST[0],
    CAMPAIGN[0],
    bind(&[Key::Char('e')], Action::Edit, Ui::KeyEdit, true),
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
    CAMPAIGN[1],
    CAMPAIGN[2],
    CAMPAIGN[3],
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
    CAMPAIGN[0],
    cal(&[Key::Char('i')], Action::Open, Cal::KeyDetails, Hint::No),
    cal(
        &[Key::Char('c')],
        Action::FilterChannel,
        Cal::KeyChannels,
        Hint::Yes,
    ),
    LIST[0],
    bind(&[Key::Char('e')], Action::Edit, Ui::KeyEdit, true),
    LIST[2],
    CAMPAIGN[1],
    CAMPAIGN[2],
    CAMPAIGN[3],
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

/// Back from a screen the way it was opened.
const BACK: Binding = bind(&[Key::Esc], Action::Back, Ui::KeyBack, true);

/// A post's own keys, among its campaign's posts and in the agenda.
/// Publishing matters more on the footer than deleting, which `?` lists.
const POST: [Binding; 5] = [
    bind(&[Key::Char('>')], Action::Forward, Ui::KeyForward, true),
    bind(&[Key::Char('p')], Action::Publish, Ui::KeyPublish, true),
    bind(&[Key::Char('C')], Action::Copy, Ui::KeyCopyPost, false),
    bind(&[Key::Char('w')], Action::Repeat, Ui::KeyRepeat, false),
    bind(&[Key::Char('d')], Action::Delete, Ui::KeyDelete, false),
];

/// A campaign's posts.
const POSTS: &[Binding] = &[
    BACK, LIST[0], LIST[1], POST[0], POST[1], POST[2], POST[3], POST[4],
];

/// The week's agenda: a post's own keys, as in its campaign's posts.
const AGENDA: &[Binding] = &[
    BACK,
    bind(
        &[Key::Enter, Key::Char('e')],
        Action::Open,
        Ui::KeyOpen,
        true,
    ),
    POST[0],
    POST[1],
    binding(
        &[Key::Left, Key::Char('h')],
        Action::Earlier,
        Label::Ui(Ui::KeyWeekEarlier),
        Hint::WithNext(Label::Ui(Ui::KeyWeek)),
    ),
    bind(
        &[Key::Right, Key::Char('l')],
        Action::Later,
        Ui::KeyWeekLater,
        false,
    ),
    cal(&[Key::Char('t')], Action::Today, Cal::KeyToday, Hint::No),
    bind(&[Key::Char('m')], Action::Measure, Ui::KeyMeasure, false),
    POST[2],
    POST[3],
    POST[4],
];

/// A key of the campaigns compared: in the help, not in the footer, which
/// the reviews' keys fill at 80 columns (the section names its keys).
const fn compared(keys: &'static [Key], action: Action, label: Ui) -> Binding {
    bind(keys, action, label, false)
}

const COMPARED: [Binding; 4] = [
    compared(&[Key::Char('o')], Action::SortNext, Ui::KeySortNext),
    compared(&[Key::Char('O')], Action::SortPrev, Ui::KeySortPrev),
    compared(
        &[Key::Char('c')],
        Action::FilterChannel,
        Ui::KeyFilterChannel,
    ),
    compared(&[Key::Char('p')], Action::FilterPeriod, Ui::KeyFilterPeriod),
];

const REVIEW: &[Binding] = &[
    bind(&[Key::Char('w')], Action::CheckIn, Ui::KeyCheckIn, true),
    SECTIONS[0],
    SECTIONS[1],
    LIST[0],
    LIST[1],
    LIST[2],
    COMPARED[0],
    COMPARED[1],
    COMPARED[2],
    COMPARED[3],
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
        Tab::Posts => POSTS,
        Tab::Agenda => AGENDA,
        Tab::Measurements => MEASUREMENTS,
    }
}
