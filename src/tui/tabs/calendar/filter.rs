//! Which channels' lanes the Calendar shows: `c` opens a checklist of the
//! plan's channels, and what is ticked there becomes the filter.

use super::CalendarTab;
use crate::i18n::calendar::Cal;
use crate::tui::overlay::{Overlay, Pick, Purpose};
use crate::tui::view::{Ctx, Effect};

impl CalendarTab {
    pub(super) fn shows(&self, channel: &str) -> bool {
        self.channels
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id == channel))
    }

    /// `c`: a checklist of the channels.
    pub(super) fn pick_channels(&mut self, ctx: &Ctx) -> Effect {
        let lang = ctx.lang;
        self.offered = ctx.plan.channels.iter().map(|c| c.id.clone()).collect();
        let options = ctx
            .plan
            .channels
            .iter()
            .map(|c| (c.name.clone(), self.shows(&c.id)))
            .collect();
        let pick = Pick::checklist(
            lang.t(Cal::PickTitle),
            lang.t(Cal::AllChannels),
            options,
            Purpose::CalendarChannels,
        );
        Effect::Open(Overlay::Pick(pick))
    }

    /// The channels to show were ticked (in the order offered). None
    /// ticked shows them all, and says so.
    pub(super) fn channels_picked(&mut self, ticks: &[bool], ctx: &Ctx) -> Effect {
        let chosen: Vec<String> = self
            .offered
            .iter()
            .zip(ticks)
            .filter(|(id, tick)| **tick && ctx.plan.channel(id).is_some())
            .map(|(id, _)| id.clone())
            .collect();
        let all = ctx.plan.channels.iter().all(|c| chosen.contains(&c.id));
        let effect = if chosen.is_empty() {
            Effect::Info(ctx.lang.t(Cal::NoneTicked).into())
        } else {
            Effect::Nothing
        };
        self.channels = (!chosen.is_empty() && !all).then_some(chosen);
        self.lanes.to_top();
        effect
    }

    /// After the plan changed: channels that are gone are no longer
    /// filtered on, and a filter left with none shows them all.
    pub(super) fn forget_gone_channels(&mut self, ctx: &Ctx) {
        if let Some(ids) = &mut self.channels {
            ids.retain(|id| ctx.plan.channel(id).is_some());
            if ids.is_empty() {
                self.channels = None;
            }
        }
    }
}
