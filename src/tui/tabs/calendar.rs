//! Tab 5, Calendar: every campaign on a Gantt chart, one or more lanes per
//! channel, with today and the objectives' deadlines marked. It draws with
//! the very widget `socialplan calendar` prints ([`Gantt`]), so both show
//! the same picture.
//!
//! ←/→ (h/l) move in time (a week at a time at day zoom, to keep redraws
//! small over SSH), PgUp/PgDn by a screen, `+`/`-` zoom, `t` back to today;
//! ↑/↓ (j/k) select a campaign in reading order and the view follows it;
//! Enter shows its details, `c` chooses the channels shown, and `a`, `e`,
//! `d` add, edit and delete as in the Actions tab. Under the chart, the
//! selected campaign's details and, at week and month zoom, its posts in
//! the window (at day zoom they are marks on its bar).

mod filter;
mod posts;
mod selection;
mod text;
mod window;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::actions::no_campaigns;
use super::panel;
use crate::calendar::gantt::Gantt;
use crate::calendar::layout::{ByDate, Chart};
use crate::calendar::timeline::{Timeline, Zoom};
use crate::domain::Campaign;
use crate::i18n::calendar::Cal;
use crate::i18n::ui::Ui;
use crate::tui::action::Action;
use crate::tui::items::act_on;
use crate::tui::items::campaign;
use crate::tui::items::spend::spend_form;
use crate::tui::overlay::{Choice, Overlay, Purpose};
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;
use posts::post_lines;
use text::{details, status_line};
use window::step;

/// Below the status line, the rest of the details show when this many rows
/// are free (the budget, objectives, audience, owner and message).
const MORE_ROWS: u16 = 5;

/// The chart's width until it is first drawn: an 80-column terminal's.
const FIRST_WIDTH: u16 = 78;

#[derive(Debug)]
pub struct CalendarTab {
    zoom: Zoom,
    /// The first day shown (the start of a column; a Monday at day zoom).
    /// None: a column before today's, until the view is moved.
    from: Option<NaiveDate>,
    /// The selected campaign. None, or one not in the plan: one running
    /// today in the window, else the first in it.
    selected: Option<String>,
    /// The channels whose lanes show; None: all.
    channels: Option<Vec<String>>,
    /// The channels the open checklist offers, in its order.
    offered: Vec<String>,
    /// The campaign the line under the chart still describes while keys
    /// move the selection (its id); None once they pause, or after any
    /// other key: a quick run of moves then redraws two names each, and
    /// the line once at the end (issue 16, budget 3).
    lag: Option<String>,
    /// Which lanes show; adjusted while drawing so that the selected
    /// campaign's lane shows.
    lanes: Scroll,
    /// The chart's width when last drawn: how many columns a screen is,
    /// for the keys that come before the next frame.
    width: Cell<u16>,
    /// The chart last built, and what it was built for: a key and a frame
    /// reuse it instead of going over every campaign again. Emptied when
    /// the plan changes.
    cache: RefCell<Option<(ChartKey, Rc<Chart>)>>,
    /// The campaigns in date order, worked out when the plan changes.
    by_date: ByDate,
}

/// What a chart depends on, besides the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ChartKey {
    zoom: Zoom,
    from: NaiveDate,
    columns: usize,
    channels: Option<Vec<String>>,
}

impl Default for CalendarTab {
    fn default() -> Self {
        CalendarTab {
            zoom: Zoom::default(),
            from: None,
            selected: None,
            channels: None,
            offered: Vec::new(),
            lag: None,
            lanes: Scroll::default(),
            width: Cell::new(FIRST_WIDTH),
            cache: RefCell::new(None),
            by_date: ByDate::default(),
        }
    }
}

impl CalendarTab {
    /// Columns that fit in the chart as last drawn.
    fn columns(&self, ctx: &Ctx) -> usize {
        Gantt::columns_that_fit(ctx.plan, self.zoom, self.width.get()).max(1)
    }

    fn from(&self, ctx: &Ctx) -> NaiveDate {
        self.from
            .unwrap_or_else(|| self.zoom.near(ctx.today, self.columns(ctx)))
    }

    fn chart(&self, ctx: &Ctx, columns: usize) -> Rc<Chart> {
        let key = ChartKey {
            zoom: self.zoom,
            from: self.from(ctx),
            columns,
            channels: self.channels.clone(),
        };
        if let Some((cached, chart)) = &*self.cache.borrow()
            && *cached == key
        {
            return Rc::clone(chart);
        }
        let timeline = Timeline::new(key.zoom, key.from, columns);
        let chart = Rc::new(Chart::with_order(
            ctx.plan,
            &self.by_date,
            timeline,
            key.channels.as_deref(),
            ctx.today,
        ));
        *self.cache.borrow_mut() = Some((key, Rc::clone(&chart)));
        chart
    }
}

impl View for CalendarTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        // The selection shown by default stays selected as the view moves.
        if self.selected.is_none() {
            let chart = self.chart(ctx, self.columns(ctx));
            self.selected = self.current(ctx, &chart).map(|c| c.id.clone());
        }
        match action {
            Action::Earlier => self.move_by(ctx, -step(self.zoom)),
            Action::Later => self.move_by(ctx, step(self.zoom)),
            Action::EarlierPage => self.move_by(ctx, -self.page(ctx)),
            Action::LaterPage => self.move_by(ctx, self.page(ctx)),
            Action::ZoomIn => self.zoom_to(ctx, self.zoom.closer()),
            Action::ZoomOut => self.zoom_to(ctx, self.zoom.further()),
            Action::Today => self.from = None,
            Action::Up | Action::Down => return self.select_next(ctx, action == Action::Down),
            Action::First | Action::Last => return self.select_end(ctx, action == Action::Last),
            Action::FilterChannel => return self.pick_channels(ctx),
            Action::Add => return super::actions::add(ctx, self.channel_for_new(ctx)),
            Action::Open
            | Action::Edit
            | Action::Delete
            | Action::SetStatus
            | Action::Spend
            | Action::Posts
            | Action::Copy => {
                let chart = self.chart(ctx, self.columns(ctx));
                let Some(selected) = self.current(ctx, &chart) else {
                    return Effect::Info(ctx.lang.t(Ui::NothingSelected).into());
                };
                return match action {
                    Action::SetStatus => campaign::status_pick(selected, ctx, Tab::Calendar),
                    Action::Spend => Effect::Open(Overlay::form(spend_form(ctx, selected))),
                    Action::Open => details(ctx, selected),
                    Action::Posts => Effect::ShowPosts(selected.id.clone()),
                    Action::Copy => campaign::copy(selected, ctx),
                    _ => act_on(action, Some(selected), ctx),
                };
            }
            _ => {}
        }
        Effect::Nothing
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        if no_campaigns(area, buf, ctx, Cal::Title, Cal::Empty, Cal::EmptyNoChannels) {
            return;
        }
        // The chart above, the selected campaign on the last line.
        let inner = Block::bordered().inner(area);
        self.width.set(inner.width);
        let columns = Gantt::columns_that_fit(ctx.plan, self.zoom, inner.width);
        let chart = self.chart(ctx, columns);
        let current = self.current(ctx, &chart);
        let chart_area = self.render_chart(area, buf, ctx, &chart, current);
        if inner.height == 0 {
            return;
        }
        // A blank line under the chart when there is room, then the
        // selected campaign; with room to spare, the rest of its details.
        let bottom = inner.y + inner.height;
        let y = (chart_area.y + chart_area.height + 1).min(bottom - 1);
        let line = Rect {
            y,
            height: 1,
            ..inner
        };
        // The campaign the line described before the keys moved on, until
        // they pause.
        let described = self
            .lag
            .as_deref()
            .and_then(|id| ctx.plan.campaign(id))
            .filter(|c| self.shows(&c.channel))
            .or(current);
        let lags = described.map(|c| &c.id) != current.map(|c| &c.id);
        status_line(ctx, described, &chart, usize::from(line.width), lags).render(line, buf);
        let rest = Rect {
            y: y + 1,
            height: bottom - y - 1,
            ..inner
        };
        if let Some(campaign) = described
            && rest.height >= MORE_ROWS
        {
            self.render_more(rest, buf, ctx, &chart, campaign);
        }
    }

    fn settle(&mut self) -> bool {
        self.lag
            .take()
            .is_some_and(|shown| self.selected.as_ref() != Some(&shown))
    }

    fn picked(&mut self, purpose: Purpose, choice: &Choice, ctx: &Ctx) -> Effect {
        match purpose {
            Purpose::CampaignStatus(_) => campaign::status_picked(choice, ctx),
            _ => self.channels_picked(choice.ticks.as_deref().unwrap_or_default(), ctx),
        }
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        self.lag = None;
        self.cache.get_mut().take();
        self.by_date = ByDate::of(ctx.plan);
        self.forget_gone_channels(ctx);
        // What was just added, edited or brought back is selected and
        // shown, on its channel even if that was hidden.
        if let Some(campaign) = focus.and_then(|id| ctx.plan.campaign(id)) {
            if let Some(ids) = &mut self.channels
                && !ids.contains(&campaign.channel)
            {
                ids.push(campaign.channel.clone());
            }
            self.select(ctx, campaign);
        }
        if self
            .selected
            .as_deref()
            .is_some_and(|id| ctx.plan.campaign(id).is_none())
        {
            self.selected = None;
        }
    }
}

impl CalendarTab {
    /// The rest of the selected campaign's details; at week and month zoom
    /// its posts in the window below them, a blank line between.
    fn render_more(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        chart: &Chart,
        campaign: &Campaign,
    ) {
        let details = Paragraph::new(campaign::budget_and_more_lines(campaign, ctx))
            .wrap(Wrap { trim: false });
        let used = u16::try_from(details.line_count(area.width)).unwrap_or(u16::MAX);
        details.render(area, buf);
        let window = (chart.timeline.first_day(), chart.timeline.last_day());
        let (Some(first), Some(last)) = window else {
            return;
        };
        let below = used.saturating_add(1);
        if self.zoom == Zoom::Day || below >= area.height {
            return;
        }
        let posts_area = Rect {
            y: area.y + below,
            height: area.height - below,
            ..area
        };
        let room = (
            usize::from(posts_area.width),
            usize::from(posts_area.height),
        );
        let lines = post_lines(ctx, campaign, (first, last), room);
        Paragraph::new(lines).render(posts_area, buf);
    }

    /// The panel (its title, and which lanes show when not all fit) and
    /// the chart in it, scrolled to the selected campaign's lane; returns
    /// where the chart went.
    fn render_chart(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        chart: &Chart,
        current: Option<&Campaign>,
    ) -> Rect {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let inner = Block::bordered().inner(area);
        let chart_height = inner.height.saturating_sub(1);
        let row = current
            .and_then(|c| chart.find(ctx.plan, &c.id))
            .map(|(row, _)| row);
        let visible = Gantt::visible_rows(chart, chart_height).max(1);
        let keep = row.map_or(0..0, |row| row..row + 1);
        let first_row = self.lanes.showing(chart.rows.len(), visible, keep).start;
        let mut block = panel(&self.title(ctx, chart), theme);
        if chart.rows.len() > visible {
            let last = (first_row + visible).min(chart.rows.len());
            block = block.title_bottom(
                Line::styled(
                    format!(
                        " {} ",
                        lang.lanes_shown(first_row + 1, last, chart.rows.len())
                    ),
                    theme.dim(),
                )
                .alignment(Alignment::Right),
            );
        }
        block.render(area, buf);
        let chart_area = Rect {
            height: chart_height.min(Gantt::height(chart)),
            ..inner
        };
        Gantt {
            chart,
            plan: ctx.plan,
            lang,
            theme,
            selected: current.map(|c| c.id.as_str()),
            first_row,
        }
        .render(chart_area, buf);
        chart_area
    }
}
