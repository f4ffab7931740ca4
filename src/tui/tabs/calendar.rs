//! Tab 5, Calendar: every campaign on a Gantt chart, one or more lanes per
//! channel, with today and the objectives' deadlines marked. It draws with
//! the very widget `socialplan calendar` prints ([`Gantt`]), so both show
//! the same picture.
//!
//! ←/→ (h/l) move in time (a week at a time at day zoom, to keep redraws
//! small over SSH), PgUp/PgDn by a screen, `+`/`-` zoom, `t` back to today;
//! ↑/↓ (j/k) select a campaign in reading order and the view follows it;
//! Enter shows its details, `c` chooses the channels shown, and `a`, `e`,
//! `d` add, edit and delete as in the Actions tab.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::{Datelike, NaiveDate, Weekday};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::{empty, panel};
use crate::calendar::gantt::Gantt;
use crate::calendar::layout::{ByDate, Chart};
use crate::calendar::timeline::{Timeline, Zoom};
use crate::domain::Campaign;
use crate::i18n::calendar::Cal;
use crate::i18n::ui::Ui;
use crate::text::{printable, truncate, width};
use crate::tui::action::Action;
use crate::tui::items::campaign::{self, channel_span, days, status_span};
use crate::tui::items::{ItemView, act_on};
use crate::tui::overlay::{Choice, Details, Overlay, Pick, Purpose};
use crate::tui::view::{Ctx, Effect, View};

/// The status line keeps this many cells for the campaign's name.
const NAME_MIN: usize = 12;

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
    /// The first lane shown; adjusted while drawing so that the selected
    /// campaign's lane shows.
    first_row: Cell<usize>,
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
            first_row: Cell::new(0),
            width: Cell::new(FIRST_WIDTH),
            cache: RefCell::new(None),
            by_date: ByDate::default(),
        }
    }
}

/// Columns one step of ←/→ moves: a week at day zoom.
fn step(zoom: Zoom) -> i64 {
    if zoom == Zoom::Day { 7 } else { 1 }
}

/// How many columns after the one starting on `from` the column holding
/// `date` is (negative before). `from` starts a column.
fn periods(zoom: Zoom, from: NaiveDate, date: NaiveDate) -> i64 {
    let date = zoom.period_start(date);
    match zoom {
        Zoom::Day => (date - from).num_days(),
        Zoom::Week => (date - from).num_days().div_euclid(7),
        Zoom::Month => {
            i64::from(date.year() - from.year()) * 12 + i64::from(date.month())
                - i64::from(from.month())
        }
    }
}

/// The first day of a window that shows `date` in its second column, not
/// at the very edge; at day zoom the window starts on the Monday before.
fn near(zoom: Zoom, date: NaiveDate, columns: usize) -> NaiveDate {
    if columns < 2 {
        return zoom.period_start(date);
    }
    match zoom {
        Zoom::Day => {
            let before = date.pred_opt().unwrap_or(date);
            let monday = monday(before);
            if periods(zoom, monday, date) < count(columns) {
                monday
            } else {
                before
            }
        }
        Zoom::Week | Zoom::Month => zoom.shift(date, -1),
    }
}

/// The Monday of `date`'s week (`date` itself at the very start of time).
fn monday(date: NaiveDate) -> NaiveDate {
    date.week(Weekday::Mon).checked_first_day().unwrap_or(date)
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl CalendarTab {
    /// Columns that fit in the chart as last drawn.
    fn columns(&self, ctx: &Ctx) -> usize {
        Gantt::columns_that_fit(ctx.plan, self.zoom, self.width.get()).max(1)
    }

    fn from(&self, ctx: &Ctx) -> NaiveDate {
        self.from
            .unwrap_or_else(|| near(self.zoom, ctx.today, self.columns(ctx)))
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

    fn shows(&self, channel: &str) -> bool {
        self.channels
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id == channel))
    }

    /// The selected campaign: the one chosen, else one running today in
    /// the window, else the first in it.
    fn current<'p>(&self, ctx: &Ctx<'p>, chart: &Chart) -> Option<&'p Campaign> {
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

    /// Moves the window by `columns` (negative: earlier).
    fn move_by(&mut self, ctx: &Ctx, columns: i64) {
        self.from = Some(self.zoom.shift(self.from(ctx), columns));
    }

    /// A screen of columns; whole weeks at day zoom.
    fn page(&self, ctx: &Ctx) -> i64 {
        let columns = count(self.columns(ctx));
        match self.zoom {
            Zoom::Day => (columns / 7 * 7).max(7),
            Zoom::Week | Zoom::Month => columns,
        }
    }

    /// Another zoom, keeping in view the selected campaign if it shows (its
    /// day nearest today), or else today if it shows (either in the second
    /// column, as `t` does), or else the middle of the window (in the
    /// middle).
    fn zoom_to(&mut self, ctx: &Ctx, zoom: Zoom) {
        if zoom == self.zoom {
            return;
        }
        let chart = self.chart(ctx, self.columns(ctx));
        let (Some(first), Some(last)) = (chart.timeline.first_day(), chart.timeline.last_day())
        else {
            self.zoom = zoom;
            return;
        };
        let selected = self
            .current(ctx, &chart)
            .filter(|c| chart.find(ctx.plan, &c.id).is_some());
        let anchor = match selected {
            Some(c) => Some(ctx.today.max(c.start.max(first)).min(c.end.min(last))),
            None if first <= ctx.today && ctx.today <= last => Some(ctx.today),
            None => None,
        };
        self.zoom = zoom;
        let columns = self.columns(ctx);
        let from = anchor.map_or_else(
            || {
                let middle = first + (last - first) / 2;
                let from = zoom.shift(middle, -count(columns / 2));
                if zoom == Zoom::Day {
                    monday(from)
                } else {
                    from
                }
            },
            |date| near(zoom, date, columns),
        );
        self.from = Some(from);
    }

    /// Scrolls time when `campaign` is out of view, as little as needed
    /// to show all of it a column from the edge; one too long for that
    /// shows from its start. When part of it shows already (cut by an
    /// edge), the view stays. At day zoom the view moves by whole weeks.
    fn follow(&mut self, ctx: &Ctx, campaign: &Campaign) {
        let columns = count(self.columns(ctx));
        let from = self.from(ctx);
        let start = periods(self.zoom, from, campaign.start);
        let end = periods(self.zoom, from, campaign.end);
        if end >= 0 && start < columns {
            return;
        }
        let margin = i64::from(columns > 2);
        if end - start + 1 > columns - 2 * margin {
            self.from = Some(near(self.zoom, campaign.start, self.columns(ctx)));
            return;
        }
        let step = step(self.zoom);
        let mut shift = if start < 0 {
            -((margin - start + step - 1) / step * step)
        } else {
            (end - (columns - 1 - margin) + step - 1) / step * step
        };
        // Rounded to a week, the start must not leave on the left.
        if shift > 0 && start - shift < 0 {
            shift -= step;
        }
        if shift != 0 {
            self.move_by(ctx, shift);
        }
    }

    /// ↑/↓: the previous or next campaign in reading order (by lane, then
    /// left to right); past the last one in view, the next one to start
    /// after the window (before the first: the last to end before it).
    fn select_next(&mut self, ctx: &Ctx, forward: bool) -> Effect {
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
            self.select(ctx, campaign);
        }
        Effect::Nothing
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
    fn select_end(&mut self, ctx: &Ctx, last: bool) -> Effect {
        let shown = ctx.plan.campaigns.iter().filter(|c| self.shows(&c.channel));
        let order =
            |a: &&Campaign, b: &&Campaign| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id));
        let end = if last {
            shown.max_by(order)
        } else {
            shown.min_by(order)
        };
        if let Some(campaign) = end {
            self.select(ctx, campaign);
        }
        Effect::Nothing
    }

    fn select(&mut self, ctx: &Ctx, campaign: &Campaign) {
        self.selected = Some(campaign.id.clone());
        self.follow(ctx, campaign);
    }

    /// `c`: a checklist of the channels.
    fn pick_channels(&mut self, ctx: &Ctx) -> Effect {
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
    fn channels_picked(&mut self, ticks: &[bool], ctx: &Ctx) -> Effect {
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
        self.first_row.set(0);
        effect
    }

    /// The channel a new campaign starts on: the one shown, or the
    /// selected campaign's.
    fn channel_for_new<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p str> {
        if let Some([only]) = self.channels.as_deref() {
            return ctx.plan.channel(only).map(|c| c.id.as_str());
        }
        let chart = self.chart(ctx, self.columns(ctx));
        self.current(ctx, &chart).map(|c| c.channel.as_str())
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
            Action::Open | Action::Edit | Action::Delete => {
                let chart = self.chart(ctx, self.columns(ctx));
                let selected = self.current(ctx, &chart);
                if action == Action::Open {
                    return selected.map_or_else(
                        || Effect::Info(ctx.lang.t(Ui::NothingSelected).into()),
                        |c| details(ctx, c),
                    );
                }
                return act_on(action, selected, ctx);
            }
            _ => {}
        }
        Effect::Nothing
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if ctx.plan.channels.is_empty() || ctx.plan.campaigns.is_empty() {
            let text = if ctx.plan.channels.is_empty() {
                Cal::EmptyNoChannels
            } else {
                Cal::Empty
            };
            empty(area, buf, lang.t(Cal::Title), lang.t(text), theme);
            return;
        }
        // The chart above, the selected campaign on the last line.
        let inner = Block::bordered().inner(area);
        let chart_height = inner.height.saturating_sub(1);
        self.width.set(inner.width);
        let columns = Gantt::columns_that_fit(ctx.plan, self.zoom, inner.width);
        let chart = self.chart(ctx, columns);
        let current = self.current(ctx, &chart);
        let row = current
            .and_then(|c| chart.find(ctx.plan, &c.id))
            .map(|(row, _)| row);
        let visible = Gantt::visible_rows(chart_height).max(1);
        let first_row = scrolled(self.first_row.get(), row, visible, chart.rows.len());
        self.first_row.set(first_row);
        let mut block = panel(&self.title(ctx, &chart), theme);
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
            height: chart_height.min(Gantt::height(&chart)),
            ..inner
        };
        Gantt {
            chart: &chart,
            plan: ctx.plan,
            lang,
            theme,
            selected: current.map(|c| c.id.as_str()),
            first_row,
        }
        .render(chart_area, buf);
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
        status_line(ctx, current, &chart, usize::from(line.width)).render(line, buf);
        let rest = Rect {
            y: y + 1,
            height: bottom - y - 1,
            ..inner
        };
        if let Some(campaign) = current
            && rest.height >= MORE_ROWS
        {
            let lines = campaign::budget_and_more_lines(campaign, ctx);
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(rest, buf);
        }
    }

    fn picked(&mut self, _purpose: Purpose, choice: &Choice, ctx: &Ctx) -> Effect {
        self.channels_picked(choice.ticks.as_deref().unwrap_or_default(), ctx)
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        self.cache.get_mut().take();
        self.by_date = ByDate::of(ctx.plan);
        if let Some(ids) = &mut self.channels {
            ids.retain(|id| ctx.plan.channel(id).is_some());
            if ids.is_empty() {
                self.channels = None;
            }
        }
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
    /// "Calendar · weeks · 2027-01-11 → 2027-04-18 · 2 of 6 channels".
    fn title(&self, ctx: &Ctx, chart: &Chart) -> String {
        let lang = ctx.lang;
        let dot = ctx.theme.dot();
        let mut title = format!("{}{dot}{}", lang.t(Cal::Title), lang.zoom_name(self.zoom));
        if let (Some(first), Some(last)) = (chart.timeline.first_day(), chart.timeline.last_day()) {
            let arrow = ctx.theme.arrow();
            title = format!("{title}{dot}{first} {arrow} {last}");
        }
        if let Some(ids) = &self.channels {
            title.push_str(dot);
            title.push_str(&lang.channels_shown(ids.len(), ctx.plan.channels.len()));
        }
        title
    }
}

/// The selected campaign in one line: name, channel, status, dates; `◀`/`▶`
/// first when it is out of view to that side.
fn status_line(
    ctx: &Ctx,
    campaign: Option<&Campaign>,
    chart: &Chart,
    room: usize,
) -> Line<'static> {
    let theme = ctx.theme;
    let lang = ctx.lang;
    let Some(campaign) = campaign else {
        return Line::styled(
            truncate(lang.t(Cal::NothingInView), room, theme.ellipsis()),
            theme.dim(),
        );
    };
    let mut before = Vec::new();
    if chart.find(ctx.plan, &campaign.id).is_none() {
        let earlier = chart
            .timeline
            .first_day()
            .is_some_and(|first| campaign.end < first);
        let mark = match (earlier, theme.ascii) {
            (true, true) => "< ",
            (true, false) => "◀ ",
            (false, true) => "> ",
            (false, false) => "▶ ",
        };
        before.push(Span::styled(mark, theme.warning()));
    }
    let dot = || Span::styled(theme.dot(), theme.dim());
    let year = ctx.today.year();
    let start = lang.short_date(campaign.start, year);
    let dates = if campaign.end == campaign.start {
        start.trim_start().to_string()
    } else {
        let end = lang.short_date(campaign.end, year);
        format!(
            "{} {} {}",
            start.trim_start(),
            theme.arrow(),
            end.trim_start()
        )
    };
    let with_days = format!("{dates} ({})", lang.campaign_days(days(campaign)));
    let name = printable(&campaign.name);
    // The name matters most: when the line is short of room, the day
    // count goes first, then the channel's name is cut, then left out (its
    // lane is labelled with it), then the name is cut.
    let mut after = Vec::new();
    for (dates, channel) in [
        (&with_days, Some(20)),
        (&dates, Some(20)),
        (&dates, Some(12)),
        (&dates, None),
    ] {
        after.clear();
        if let Some(cells) = channel {
            after.extend([dot(), channel_span(ctx, &campaign.channel, cells)]);
        }
        after.extend([
            dot(),
            status_span(campaign.status, lang, theme),
            dot(),
            Span::raw(dates.clone()),
        ]);
        let taken: usize = before.iter().chain(&after).map(|s| width(&s.content)).sum();
        if taken + width(&name) <= room {
            break;
        }
    }
    let taken: usize = before.iter().chain(&after).map(|s| width(&s.content)).sum();
    let name = truncate(
        &name,
        room.saturating_sub(taken).max(NAME_MIN),
        theme.ellipsis(),
    );
    let mut spans = before;
    spans.push(Span::styled(
        name,
        Style::new().add_modifier(Modifier::BOLD),
    ));
    spans.extend(after);
    Line::from(spans)
}

/// The first lane to show: as before, moved so that the selected lane
/// shows, and never leaving room below unused.
fn scrolled(first: usize, selected: Option<usize>, visible: usize, rows: usize) -> usize {
    let mut first = first;
    if let Some(row) = selected {
        if row < first {
            first = row;
        } else if row >= first + visible {
            first = row + 1 - visible;
        }
    }
    first.min(rows.saturating_sub(visible))
}

/// Enter: the campaign's details in a dialog; `e` there edits it.
fn details(ctx: &Ctx, campaign: &Campaign) -> Effect {
    let mut details = Details::new(campaign.name.clone(), campaign.detail_lines(ctx));
    details.then = Some(Box::new(Overlay::form(campaign.form(ctx))));
    Effect::Open(Overlay::Details(details))
}
