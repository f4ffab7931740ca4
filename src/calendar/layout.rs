//! The chart as rows before it is drawn: one or more lanes per channel, the
//! bars in each lane (at day zoom with their posts' marks), the objective
//! deadlines and today, all in columns of a timeline. Pure: the widget in
//! `gantt` only draws this.

mod marks;

use chrono::{Datelike, NaiveDate};

use super::timeline::{Span, Timeline, Zoom, lanes};
use crate::domain::{Plan, Status};
pub use marks::{Mark, PostMark};

/// A campaign's bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// Where the campaign is in the plan's list. (Not its id: a chart of
    /// ten thousand bars would clone ten thousand strings on every move.)
    pub index: usize,
    pub status: Status,
    pub span: Span,
    /// At day zoom, one mark per day with posts, by column; empty at week
    /// and month zoom, where a column is too many days to mark.
    pub marks: Vec<PostMark>,
}

/// One lane of one channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub channel: String,
    /// 0 for a channel's first lane.
    pub lane: usize,
    pub bars: Vec<Bar>,
}

/// An objective's deadline in the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub objective: String,
    pub date: NaiveDate,
    pub column: usize,
}

/// Everything the Gantt chart shows, in timeline columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub timeline: Timeline,
    pub rows: Vec<Row>,
    pub deadlines: Vec<Deadline>,
    /// Whether any objective has a deadline, in the window or not: the
    /// chart keeps a row for them only then.
    pub has_deadlines: bool,
    pub today: NaiveDate,
}

/// What a chart needs of the plan whatever the window: the campaigns in
/// date order (start, then end), each with its channel's position.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ByDate(Vec<(usize, usize)>);

impl ByDate {
    pub fn of(plan: &Plan) -> ByDate {
        // Channels are a few dozen: a sorted list and a binary search beat
        // hashing every campaign's channel id.
        let mut channels: Vec<(&str, usize)> = plan
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        channels.sort_unstable();
        let mut order: Vec<(usize, usize)> = plan
            .campaigns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let found = channels
                    .binary_search_by(|(id, _)| (*id).cmp(c.channel.as_str()))
                    .ok()?;
                Some((i, channels[found].1))
            })
            .collect();
        order.sort_by_key(|&(i, _)| (plan.campaigns[i].start, plan.campaigns[i].end, i));
        ByDate(order)
    }
}

impl Bar {
    /// The campaign's id in `plan`, the plan the chart was drawn from.
    pub fn id<'p>(&self, plan: &'p Plan) -> &'p str {
        plan.campaigns.get(self.index).map_or("", |c| c.id.as_str())
    }
}

impl Chart {
    /// The chart of `plan` over `timeline`, for the channels in `shown` (in
    /// the plan's order; all when None). Campaigns of a channel whose bars
    /// would meet in a column get separate lanes; those that do not share
    /// one. At day zoom a channel has as many lanes as campaigns on its
    /// busiest day in the window (at least one).
    pub fn new(
        plan: &Plan,
        timeline: Timeline,
        shown: Option<&[String]>,
        today: NaiveDate,
    ) -> Chart {
        Chart::with_order(plan, &ByDate::of(plan), timeline, shown, today)
    }

    /// [`Chart::new`] with the campaigns' date order already worked out:
    /// the order depends only on the plan, so a view that draws many
    /// windows of one plan sorts its campaigns once, not on every move.
    pub fn with_order(
        plan: &Plan,
        order: &ByDate,
        timeline: Timeline,
        shown: Option<&[String]>,
        today: NaiveDate,
    ) -> Chart {
        let has_deadlines = plan.objectives.iter().any(|o| o.deadline.is_some());
        if timeline.is_empty() {
            return Chart {
                timeline,
                rows: Vec::new(),
                deadlines: Vec::new(),
                has_deadlines,
                today,
            };
        }
        // One pass over the campaigns: those in the window, by channel.
        let (first_day, last_day) = (
            timeline.first_day().unwrap_or(today),
            timeline.last_day().unwrap_or(today),
        );
        let mut by_channel: Vec<Vec<usize>> = vec![Vec::new(); plan.channels.len()];
        // In date order, so each channel's list comes out sorted; nothing
        // starting after the window can be in it.
        for &(i, channel) in &order.0 {
            let Some(c) = plan.campaigns.get(i) else {
                continue;
            };
            if c.start > last_day {
                break;
            }
            if c.end >= first_day
                && let Some(list) = by_channel.get_mut(channel)
            {
                list.push(i);
            }
        }
        let mut rows = Vec::new();
        for (channel, in_window) in plan.channels.iter().zip(by_channel) {
            if shown.is_some_and(|ids| !ids.contains(&channel.id)) {
                continue;
            }
            // Lanes are made from the columns the bars take, not the days:
            // at week or month zoom two campaigns a few days apart share a
            // column, and in one lane the second bar would hide the first.
            // At day zoom it is the same thing.
            // Sorted by their dates first, so that of the bars starting in
            // the window's first column the one that started earliest takes
            // the top lane.
            let bars: Vec<Bar> = in_window
                .into_iter()
                .filter_map(|index| {
                    let c = &plan.campaigns[index];
                    Some(Bar {
                        index,
                        status: c.status,
                        span: timeline.span(c.start, c.end)?,
                        marks: Vec::new(),
                    })
                })
                .collect();
            let columns: Vec<_> = bars.iter().map(|b| (b.span.first, b.span.last)).collect();
            let (lane_of, count) = lanes(&columns);
            let first_row = rows.len();
            rows.extend((0..count.max(1)).map(|lane| Row {
                channel: channel.id.clone(),
                lane,
                bars: Vec::new(),
            }));
            for (bar, lane) in bars.into_iter().zip(lane_of) {
                rows[first_row + lane].bars.push(bar);
            }
            for row in &mut rows[first_row..] {
                row.bars.sort_by_key(|b| b.span.first);
            }
        }
        if timeline.zoom == Zoom::Day {
            marks::mark_posts(plan, &timeline, today, &mut rows);
        }
        let mut deadlines: Vec<Deadline> = plan
            .objectives
            .iter()
            .filter_map(|o| {
                let date = o.deadline?;
                Some(Deadline {
                    objective: o.id.clone(),
                    date,
                    column: timeline.column_of(date)?,
                })
            })
            .collect();
        deadlines.sort_by_key(|d| (d.date, d.objective.clone()));
        Chart {
            timeline,
            rows,
            deadlines,
            has_deadlines,
            today,
        }
    }

    /// The row and bar of a campaign of `plan` (the plan the chart was
    /// drawn from), if it is drawn.
    pub fn find(&self, plan: &Plan, campaign: &str) -> Option<(usize, &Bar)> {
        let index = plan.campaigns.iter().position(|c| c.id == campaign)?;
        self.rows
            .iter()
            .enumerate()
            .find_map(|(i, row)| row.bars.iter().find(|b| b.index == index).map(|b| (i, b)))
    }

    /// The campaigns drawn, in reading order: by row, then left to right.
    pub fn campaigns(&self) -> impl Iterator<Item = &Bar> {
        self.rows.iter().flat_map(|row| row.bars.iter())
    }
}

/// Where a date falls inside its column, from 0 to `cells - 1`: the cell of a
/// week column for its weekday, of a month column for its day.
pub fn cell_in_column(zoom: Zoom, date: NaiveDate, cells: u16) -> u16 {
    let cells = u32::from(cells.max(1));
    let offset = match zoom {
        Zoom::Day => cells / 2,
        Zoom::Week => date.weekday().num_days_from_monday() * cells / 7,
        Zoom::Month => (date.day() - 1) * cells / days_in_month(date),
    };
    u16::try_from(offset.min(cells - 1)).unwrap_or(0)
}

fn days_in_month(date: NaiveDate) -> u32 {
    let first = date.with_day(1).unwrap_or(date);
    first
        .checked_add_months(chrono::Months::new(1))
        .map_or(31, |next| {
            u32::try_from((next - first).num_days()).unwrap_or(31)
        })
}

#[cfg(test)]
pub(crate) mod tests;
