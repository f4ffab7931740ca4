//! The six tabs and the screens opened from them (a campaign's posts, the
//! agenda, an objective's measurements), each a [`View`]: the app reaches the current one, or the
//! one a pick list answers, through `view_mut`.

use super::tab::Tab;
use super::tabs::{
    actions, agenda, calendar, channels, measurements, objectives, posts, review, situation,
};
use super::view::{Ctx, View};

#[derive(Default)]
pub struct Views {
    situation: situation::SituationTab,
    objectives: objectives::ObjectivesTab,
    channels: channels::ChannelsTab,
    actions: actions::ActionsTab,
    calendar: calendar::CalendarTab,
    review: review::ReviewTab,
    pub posts: posts::PostsTab,
    agenda: agenda::AgendaTab,
    measurements: measurements::MeasurementsTab,
}

impl Views {
    pub fn view(&self, tab: Tab) -> &dyn View {
        match tab {
            Tab::Situation => &self.situation,
            Tab::Objectives => &self.objectives,
            Tab::Channels => &self.channels,
            Tab::Actions => &self.actions,
            Tab::Calendar => &self.calendar,
            Tab::Review => &self.review,
            Tab::Posts => &self.posts,
            Tab::Agenda => &self.agenda,
            Tab::Measurements => &self.measurements,
        }
    }

    pub fn view_mut(&mut self, tab: Tab) -> &mut dyn View {
        match tab {
            Tab::Situation => &mut self.situation,
            Tab::Objectives => &mut self.objectives,
            Tab::Channels => &mut self.channels,
            Tab::Actions => &mut self.actions,
            Tab::Calendar => &mut self.calendar,
            Tab::Review => &mut self.review,
            Tab::Posts => &mut self.posts,
            Tab::Agenda => &mut self.agenda,
            Tab::Measurements => &mut self.measurements,
        }
    }

    /// The keys paused: every detail pane shows its list's selection. True
    /// if one showed another item.
    pub fn settle(&mut self) -> bool {
        let mut lagged = false;
        for tab in Tab::ALL.into_iter().chain(Tab::SCREENS) {
            lagged |= self.view_mut(tab).settle();
        }
        lagged
    }

    /// The plan changed: every tab works out again what it keeps from it
    /// and keeps a valid selection; `current` selects `focus`.
    pub fn refresh(&mut self, ctx: &Ctx, current: Tab, focus: Option<&str>) {
        for tab in Tab::ALL.into_iter().chain(Tab::SCREENS) {
            let focus = if tab == current { focus } else { None };
            self.view_mut(tab).refresh(ctx, focus);
        }
    }
}
