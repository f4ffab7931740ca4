//! What every tab has in common: the context it reads, the effects it asks
//! for, and the trait the app drives it through.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::overlay::checkin::CheckIn;
use super::overlay::form::FormDialog;
use super::overlay::{Choice, ConflictDialog, Overlay, Purpose};
use super::tab::Tab;
use crate::domain::Keep;
use crate::domain::post::PostsByCampaign;
use crate::domain::{Edit, Plan};
use crate::i18n::Lang;
use crate::theme::Theme;

/// What a view may read while updating or drawing.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    /// The plan's posts by campaign, made once per plan change for every
    /// view (see [`Session::plan_changed`](super::session::Session::plan_changed)).
    pub posts: &'a PostsByCampaign,
    pub today: NaiveDate,
    pub lang: Lang,
    pub theme: Theme,
}

/// A change to the plan, ready to commit.
#[derive(Clone, Debug)]
pub struct Change {
    pub edit: Edit,
    /// What it did, for the status line and the undo message.
    pub label: String,
    /// The key of the item to select afterwards.
    pub focus: Option<String>,
}

/// What a view or a dialog asks the app to do after an action or a key.
#[derive(Debug)]
pub enum Effect {
    Nothing,
    Commit(Change),
    Open(Overlay),
    Info(String),
    Error(String),
    /// Show a tab, with an item selected.
    GoTo(Tab, Option<String>),
    /// Show a campaign's posts (its id).
    ShowPosts(String),
    /// A pick list's choice, for the tab that opened it.
    Picked(Purpose, Choice),
    /// Save what a form holds; it opens again, with the reason, if refused.
    Save(Box<dyn FormDialog>),
    /// Open a form's focused text field in the person's editor: only the
    /// terminal can leave the screen for it (see `tui::editor`).
    Editor(Box<dyn FormDialog>),
    /// The check-in records a value, and goes on.
    Record(Box<CheckIn>, Box<Change>),
    /// The check-in ended (completed: it went through every objective).
    CheckInDone(Box<CheckIn>, bool),
    /// A conflict settled as the person chose, or put off (None).
    Settle(Box<ConflictDialog>, Option<Keep>),
    /// The answer to the question about the plan's moved or deleted file.
    WriteBack {
        write: bool,
        quitting: bool,
        behind: Option<Box<Overlay>>,
    },
    /// Quit the program.
    Quit,
}

/// A tab.
pub trait View {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect;
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx);
    /// The plan changed (an edit, an undo, another session): keep the
    /// selection valid, and move it to `focus` if given.
    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>);
    /// The keys paused: the detail pane shows the selected item. True if it
    /// showed another one (see [`Scroll::settle`](super::widgets::scroll::Scroll::settle)).
    fn settle(&mut self) -> bool {
        false
    }
    /// A pick list this tab opened was answered.
    fn picked(&mut self, _purpose: Purpose, _choice: &Choice, _ctx: &Ctx) -> Effect {
        Effect::Nothing
    }
}
