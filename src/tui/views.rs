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
    /// The views the plan changed under that have not worked it out again
    /// yet: a change refreshes the view shown at once, the others when they
    /// are shown or while no key waits ([`Views::catch_up`]).
    behind: Vec<Tab>,
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

    /// The plan changed: `current` works out again what it keeps from it,
    /// keeps a valid selection and selects `focus`; the other views are
    /// behind until they are shown or catch up. (All of them at once cost
    /// 40 ms of an edit on 10k+posts, the Review tab's comparison most.)
    pub fn refresh(&mut self, ctx: &Ctx, current: Tab, focus: Option<&str>) {
        self.view_mut(current).refresh(ctx, focus);
        self.behind = Tab::ALL
            .into_iter()
            .chain(Tab::SCREENS)
            .filter(|&tab| tab != current)
            .collect();
    }

    /// `tab` works out what it keeps from the plan if it is behind it.
    pub fn up_to_date(&mut self, ctx: &Ctx, tab: Tab) {
        if let Some(i) = self.behind.iter().position(|&t| t == tab) {
            self.behind.swap_remove(i);
            self.view_mut(tab).refresh(ctx, None);
        }
    }

    /// `tab`, up to date, selects `focus`.
    pub fn select(&mut self, ctx: &Ctx, tab: Tab, focus: Option<&str>) {
        self.behind.retain(|&t| t != tab);
        self.view_mut(tab).refresh(ctx, focus);
    }

    /// Whether some view is behind the plan.
    pub fn behind(&self) -> bool {
        !self.behind.is_empty()
    }

    /// One view behind the plan catches up with it.
    pub fn catch_up(&mut self, ctx: &Ctx) {
        if let Some(tab) = self.behind.pop() {
            self.view_mut(tab).refresh(ctx, None);
        }
    }
}
