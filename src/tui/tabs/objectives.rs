//! Tab 2, Objectives: quantified objectives with their progress; add, edit,
//! delete, record a value (`m`), list its measurements (`M`) and revise
//! target or deadline (`r`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{ListView, detail, empty, split};
use crate::domain::Objective;
use crate::i18n::objectives::O;
use crate::tui::action::Action;
use crate::tui::items::objective::{self, Column, Columns};
use crate::tui::items::{ItemView, act_on, measurement, revision};
use crate::tui::overlay::Overlay;
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

#[derive(Debug, Default)]
pub struct ObjectivesTab {
    scroll: Scroll,
}

impl ObjectivesTab {
    fn selected<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Objective> {
        ctx.plan.objectives.get(self.scroll.selected)
    }
}

impl View for ObjectivesTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let len = ctx.plan.objectives.len();
        if self.scroll.apply(action, len) {
            return Effect::Nothing;
        }
        let selected = self.selected(ctx);
        match (action, selected) {
            (Action::Add, _) => Effect::Open(Overlay::form(objective::new_form(ctx))),
            (Action::Measure, Some(objective)) => {
                Effect::Open(Overlay::form(measurement::measure_form(ctx, objective)))
            }
            (Action::History, Some(objective)) => {
                Effect::GoTo(Tab::Measurements, Some(objective.id.clone()))
            }
            (Action::Revise, Some(objective)) => {
                Effect::Open(Overlay::form(revision::revise_form(ctx, objective)))
            }
            // Nothing to record or revise: `act_on` says nothing is selected.
            (Action::Measure | Action::History | Action::Revise, None) => {
                act_on::<Objective>(Action::Edit, None, ctx)
            }
            _ => act_on(action, selected, ctx),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let objectives = &ctx.plan.objectives;
        if objectives.is_empty() {
            empty(area, buf, lang.t(O::Title), lang.t(O::Empty), theme);
            return;
        }
        let (list, pane) = split(area);
        let columns = Columns::fitting(objectives, usize::from(list.width.saturating_sub(2)));
        let header = [
            (Column::Id, O::ColId),
            (Column::Name, O::ColName),
            (Column::Progress, O::ColProgress),
            (Column::Values, O::ColValues),
            (Column::Deadline, O::ColDeadline),
        ]
        .into_iter()
        .filter(|(c, _)| columns.shows(*c))
        .map(|(_, t)| lang.t(t))
        .collect();
        let view = ListView {
            title: format!("{} ({})", lang.t(O::Title), objectives.len()),
            header,
            widths: columns.widths(),
            len: objectives.len(),
            scroll: &self.scroll,
        };
        view.render(list, buf, theme, |i| objectives[i].row(&columns, ctx));
        if let Some(objective) = ctx.plan.objectives.get(self.scroll.shown()) {
            detail(
                pane,
                buf,
                &objective.name,
                objective.detail_lines(ctx),
                theme,
                self.scroll.lagging(),
            );
        }
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        if let Some(i) = focus.and_then(|id| ctx.plan.objectives.iter().position(|o| o.id == id)) {
            self.scroll.select(i);
        }
        self.scroll.clamp(ctx.plan.objectives.len());
    }
}
