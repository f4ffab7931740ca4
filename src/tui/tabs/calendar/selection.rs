//! Which campaign the Calendar has selected, and how ↑/↓ and Home/End move
//! the selection (the window follows it); also the channel a new campaign
//! starts on, which the selection suggests.

use super::CalendarTab;
use crate::calendar::layout::Chart;
use crate::domain::Campaign;
use crate::tui::view::{Ctx, Effect};

impl CalendarTab {
    /// The selected campaign: the one chosen, else one running today in
    /// the window, else the first in it.
    pub(super) fn current<'p>(&self, ctx: &Ctx<'p>, chart: &Chart) -> Option<&'p Campaign> {
        let chosen = self
            .selected
            .as_deref()
            .and_then(|id| ctx.plan.campaign(id))
            .filter(|c| self.shows(&c.channel));
        if chosen.is_some() {
            return chosen;
        }
        let shown = || {
            chart
                .campaigns()
                .filter_map(|bar| ctx.plan.campaigns.get(bar.index))
        };
        shown()
            .find(|c| c.start <= ctx.today && ctx.today <= c.end)
            .or_else(|| shown().next())
    }

    /// ↑/↓: the previous or next campaign in reading order (by lane, then
    /// left to right); past the last one in view, the next one to start
    /// after the window (before the first: the last to end before it).
    pub(super) fn select_next(&mut self, ctx: &Ctx, forward: bool) -> Effect {
        let chart = self.chart(ctx, self.columns(ctx));
        let bars: Vec<&str> = chart.campaigns().map(|b| b.id(ctx.plan)).collect();
        let current = self.current(ctx, &chart).map(|c| c.id.as_str());
        let at = current.and_then(|id| bars.iter().position(|b| *b == id));
        let next = match (at, forward) {
            (Some(i), true) => bars.get(i + 1).copied(),
            (Some(i), false) => i.checked_sub(1).and_then(|i| bars.get(i).copied()),
            (None, true) => bars.first().copied(),
            (None, false) => bars.last().copied(),
        };
        let next = next
            .and_then(|id| ctx.plan.campaign(id))
            .or_else(|| self.beyond(ctx, &chart, forward));
        if let Some(campaign) = next {
            self.lag_behind(current);
            self.select(ctx, campaign);
        }
        Effect::Nothing
    }

    /// The line under the chart keeps describing `shown` (the campaign
    /// selected before a move) until the keys pause, unless it already
    /// lags behind an earlier move.
    fn lag_behind(&mut self, shown: Option<&str>) {
        if self.lag.is_none() {
            self.lag = shown.map(str::to_string);
        }
    }

    /// The nearest campaign after the window (or before it).
    fn beyond<'p>(&self, ctx: &Ctx<'p>, chart: &Chart, forward: bool) -> Option<&'p Campaign> {
        let (first, last) = (chart.timeline.first_day()?, chart.timeline.last_day()?);
        let order = |c: &Campaign| ctx.plan.channels.iter().position(|ch| ch.id == c.channel);
        let shown = ctx.plan.campaigns.iter().filter(|c| self.shows(&c.channel));
        if forward {
            shown
                .filter(|c| c.start > last)
                .min_by_key(|c| (c.start, order(c), c.end))
        } else {
            shown
                .filter(|c| c.end < first)
                .max_by_key(|c| (c.end, c.start, std::cmp::Reverse(order(c))))
        }
    }

    /// Home/End: the first or last campaign to start.
    pub(super) fn select_end(&mut self, ctx: &Ctx, last: bool) -> Effect {
        let shown = ctx.plan.campaigns.iter().filter(|c| self.shows(&c.channel));
        let order =
            |a: &&Campaign, b: &&Campaign| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id));
        let end = if last {
            shown.max_by(order)
        } else {
            shown.min_by(order)
        };
        if let Some(campaign) = end {
            let chart = self.chart(ctx, self.columns(ctx));
            let shown = self.current(ctx, &chart).map(|c| c.id.clone());
            self.lag_behind(shown.as_deref());
            self.select(ctx, campaign);
        }
        Effect::Nothing
    }

    pub(super) fn select(&mut self, ctx: &Ctx, campaign: &Campaign) {
        self.selected = Some(campaign.id.clone());
        self.follow(ctx, campaign);
    }

    /// The channel a new campaign starts on: the one shown, or the
    /// selected campaign's.
    pub(super) fn channel_for_new<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p str> {
        if let Some([only]) = self.channels.as_deref() {
            return ctx.plan.channel(only).map(|c| c.id.as_str());
        }
        let chart = self.chart(ctx, self.columns(ctx));
        self.current(ctx, &chart).map(|c| c.channel.as_str())
    }
}
