//! What every tab has in common: the context it reads, the effects it asks
//! for, and the trait the app drives it through.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::action::Action;
use super::overlay::Overlay;
use crate::domain::{Edit, Plan};
use crate::i18n::Lang;
use crate::theme::Theme;

/// What a view may read while updating or drawing.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub today: NaiveDate,
    pub lang: Lang,
    pub theme: Theme,
}

/// A change to the plan, ready to commit.
#[derive(Debug)]
pub struct Change {
    pub edit: Edit,
    /// What it did, for the status line and the undo message.
    pub label: String,
    /// The key of the item to select afterwards.
    pub focus: Option<String>,
}

/// What a view asks the app to do after an action.
#[derive(Debug)]
pub enum Effect {
    Nothing,
    Commit(Change),
    Open(Overlay),
    Info(String),
    Error(String),
}

/// A tab.
pub trait View {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect;
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx);
    /// The plan changed (an edit, an undo, another session): keep the
    /// selection valid, and move it to `focus` if given.
    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>);
}
