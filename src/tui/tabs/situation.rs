//! Tab: Situation (to be written).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::empty;
use crate::tui::action::Action;
use crate::tui::view::{Ctx, Effect, View};

#[derive(Debug, Default)]
pub struct SituationTab {}

impl View for SituationTab {
    fn update(&mut self, _action: Action, _ctx: &Ctx) -> Effect {
        Effect::Nothing
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        empty(area, buf, "Situation", "", ctx.theme);
    }

    fn refresh(&mut self, _ctx: &Ctx, _focus: Option<&str>) {}
}
