//! What a key asks for. The keymap turns keys into actions; `App::update`
//! is the one place actions change state.

use super::tab::Tab;

/// An action a key can be bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    NextTab,
    PrevTab,
    GoTo(Tab),
    Help,
    Undo,
    Redo,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Enter: open the selected item (its edit form; in the Calendar, its
    /// details).
    Open,
    Add,
    Edit,
    Delete,
    /// Situation: the next or previous section.
    NextSection,
    PrevSection,
    /// Objectives: a new target or deadline, with a reason.
    Revise,
    /// Objectives: record a measured value.
    Measure,
    /// Actions, Calendar: record what the selected campaign spent.
    Spend,
    /// Objectives: the selected objective's measurements.
    History,
    /// Actions: choose which channel's campaigns to show; Calendar: which
    /// channels' lanes.
    FilterChannel,
    /// Actions: cycle the status shown.
    FilterStatus,
    /// Review's campaigns compared: the period shown.
    FilterPeriod,
    /// Review's campaigns compared: sort by the next or previous column.
    SortNext,
    SortPrev,
    /// Actions, Calendar: set the selected campaign's status.
    SetStatus,
    /// Calendar: move one step back or forward in time.
    Earlier,
    Later,
    /// Calendar: move a screen back or forward in time.
    EarlierPage,
    LaterPage,
    /// Calendar: less time per column (day) or more (month).
    ZoomIn,
    ZoomOut,
    /// Calendar: back to today.
    Today,
    /// Posts: the next status; published, with its link; a copy on
    /// another day (Actions: the campaign's, with its posts); a weekly
    /// series.
    Forward,
    Publish,
    Copy,
    Repeat,
    /// Actions, Calendar: the selected campaign's posts.
    Posts,
    /// Posts, Agenda, Measurements: back to the view it was opened from.
    Back,
    /// Everywhere: the week's agenda.
    Agenda,
    /// Review: the weekly check-in.
    CheckIn,
    /// Plan: rename it.
    Rename,
    /// Everywhere: the session's recent messages.
    Messages,
    /// The demo: save it, as edited, to a new plan file.
    SaveAs,
    /// Plan: list what the check found.
    Findings,
    /// Plan: write it back to its file after the file was moved or deleted.
    WriteBack,
    /// Dialogs: close without doing anything more.
    Close,
    /// Questions: the answers.
    Yes,
    No,
    /// Pick lists: take the option (or the ticks); summaries: go to the entry.
    Choose,
    /// Checklists and choices: tick or untick the option; all of them.
    Toggle,
    ToggleAll,
    /// Conflicts: keep this session's value, or the file's.
    KeepMine,
    KeepTheirs,
    /// Forms: save; move to the next or previous field.
    Save,
    NextField,
    PrevField,
    /// Multi-line fields: a line break.
    NewLine,
    /// Text fields: open the text in the person's editor.
    Editor,
}

impl Action {
    /// Actions that change the plan: unavailable read-only.
    pub fn edits(self) -> bool {
        matches!(
            self,
            Action::Add
                | Action::Edit
                | Action::Delete
                | Action::Undo
                | Action::Redo
                | Action::Revise
                | Action::Measure
                | Action::Spend
                | Action::CheckIn
                | Action::Rename
                | Action::SetStatus
                | Action::Forward
                | Action::Publish
                | Action::Copy
                | Action::Repeat
        )
    }
}

impl Action {
    /// Whether it moves a selection (and a detail pane follows it once the
    /// keys pause).
    pub fn moves(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last
        )
    }
}
