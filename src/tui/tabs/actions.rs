//! Tab: Actions (to be written).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::empty;
use crate::tui::action::Action;
use crate::tui::view::{Ctx, Effect, View};

#[derive(Debug, Default)]
pub struct ActionsTab {}

impl View for ActionsTab {
    fn update(&mut self, _action: Action, _ctx: &Ctx) -> Effect {
        Effect::Nothing
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        empty(area, buf, "Actions", "", ctx.theme);
    }

    fn refresh(&mut self, _ctx: &Ctx, _focus: Option<&str>) {}
}

impl ActionsTab {
    /// The channel to filter campaigns by was chosen.
    pub fn channel_picked(&mut self, _index: usize, _ctx: &Ctx) -> Effect {
        Effect::Nothing
    }
}
