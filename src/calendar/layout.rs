//! The chart as rows before it is drawn: one or more lanes per channel, the
//! bars in each lane, the objective deadlines and today, all in columns of a
//! timeline. Pure: the widget in `gantt` only draws this.

use chrono::{Datelike, NaiveDate};

use super::timeline::{Span, Timeline, Zoom, lanes};
use crate::domain::{Plan, Status};

/// A campaign's bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub campaign: String,
    pub status: Status,
    pub span: Span,
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
    pub today: NaiveDate,
}

impl Chart {
    /// The chart of `plan` over `timeline`, for the channels in `shown` (in
    /// the plan's order; all when None). Overlapping campaigns of a channel
    /// get separate lanes; those that do not overlap share one.
    pub fn new(
        plan: &Plan,
        timeline: Timeline,
        shown: Option<&[String]>,
        today: NaiveDate,
    ) -> Chart {
        let (Some(first), Some(last)) = (timeline.first_day(), timeline.last_day()) else {
            return Chart {
                timeline,
                rows: Vec::new(),
                deadlines: Vec::new(),
                today,
            };
        };
        let mut rows = Vec::new();
        for channel in &plan.channels {
            if shown.is_some_and(|ids| !ids.contains(&channel.id)) {
                continue;
            }
            let campaigns: Vec<_> = plan
                .campaigns
                .iter()
                .filter(|c| c.channel == channel.id && c.start <= last && c.end >= first)
                .collect();
            let dates: Vec<_> = campaigns.iter().map(|c| (c.start, c.end)).collect();
            let (lane_of, count) = lanes(&dates);
            let first_row = rows.len();
            rows.extend((0..count.max(1)).map(|lane| Row {
                channel: channel.id.clone(),
                lane,
                bars: Vec::new(),
            }));
            for (campaign, lane) in campaigns.iter().zip(lane_of) {
                if let Some(span) = timeline.span(campaign.start, campaign.end) {
                    rows[first_row + lane].bars.push(Bar {
                        campaign: campaign.id.clone(),
                        status: campaign.status,
                        span,
                    });
                }
            }
            for row in &mut rows[first_row..] {
                row.bars.sort_by_key(|b| b.span.first);
            }
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
            today,
        }
    }

    /// The row and bar of a campaign, if it is drawn.
    pub fn find(&self, campaign: &str) -> Option<(usize, &Bar)> {
        self.rows.iter().enumerate().find_map(|(i, row)| {
            row.bars
                .iter()
                .find(|b| b.campaign == campaign)
                .map(|b| (i, b))
        })
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
mod tests {
    use super::*;
    use crate::domain::{Campaign, Channel, ChannelKind, Colour, Fit, Money};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn plan(campaigns: &[(&str, &str, &str, &str)]) -> Plan {
        let mut plan = Plan::new("p", "EUR");
        for id in ["ig", "radio"] {
            plan.channels.push(Channel {
                id: id.into(),
                name: id.into(),
                kind: ChannelKind::Social,
                reason: String::new(),
                fit: Fit::default(),
                monthly_budget: Money::ZERO,
                weekly_hours: 0.0,
                colour: Colour::Blue,
                active: true,
            });
        }
        for (id, channel, start, end) in campaigns {
            plan.campaigns.push(Campaign {
                id: (*id).into(),
                name: (*id).into(),
                channel: (*channel).into(),
                start: d(start),
                end: d(end),
                status: Status::Planned,
                budget: Money::ZERO,
                objectives: Vec::new(),
                audience: String::new(),
                message: String::new(),
                owner: String::new(),
            });
        }
        plan
    }

    #[test]
    fn channels_get_as_many_lanes_as_campaigns_on_their_busiest_day() {
        let plan = plan(&[
            ("a", "ig", "2027-01-04", "2027-01-10"),
            ("b", "ig", "2027-01-08", "2027-01-20"),
            ("c", "ig", "2027-01-11", "2027-01-12"),
            ("old", "ig", "2026-01-01", "2026-01-02"),
        ]);
        let chart = Chart::new(
            &plan,
            Timeline::new(Zoom::Week, d("2027-01-04"), 4),
            None,
            d("2027-01-06"),
        );
        let ig: Vec<&Row> = chart.rows.iter().filter(|r| r.channel == "ig").collect();
        assert_eq!(ig.len(), 2, "b overlaps a and c; a and c share a lane");
        let radio: Vec<&Row> = chart.rows.iter().filter(|r| r.channel == "radio").collect();
        assert_eq!(radio.len(), 1, "a channel with nothing on still shows");
        assert!(chart.find("old").is_none(), "outside the window");
        let (row, bar) = chart.find("b").unwrap();
        assert_eq!(row, 1);
        assert_eq!((bar.span.first, bar.span.last), (0, 2));
    }

    #[test]
    fn only_the_channels_asked_for() {
        let plan = plan(&[("a", "ig", "2027-01-04", "2027-01-10")]);
        let shown = vec!["radio".to_string()];
        let chart = Chart::new(
            &plan,
            Timeline::new(Zoom::Day, d("2027-01-04"), 7),
            Some(&shown),
            d("2027-01-06"),
        );
        assert_eq!(chart.rows.len(), 1);
        assert_eq!(chart.rows[0].channel, "radio");
    }

    #[test]
    fn a_date_falls_in_the_cell_of_its_weekday_or_day() {
        assert_eq!(cell_in_column(Zoom::Week, d("2027-01-04"), 4), 0); // Monday
        assert_eq!(cell_in_column(Zoom::Week, d("2027-01-10"), 4), 3); // Sunday
        assert_eq!(cell_in_column(Zoom::Month, d("2027-02-28"), 5), 4);
        assert_eq!(cell_in_column(Zoom::Month, d("2028-02-29"), 5), 4);
        assert_eq!(cell_in_column(Zoom::Day, d("2027-01-04"), 3), 1);
    }
}
