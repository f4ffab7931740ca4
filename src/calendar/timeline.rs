//! Dates to columns: a window of time cut into columns of one day, one ISO
//! week (Monday to Sunday) or one calendar month. Pure: no drawing.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How much time one column shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Zoom {
    Day,
    #[default]
    Week,
    Month,
}

impl Zoom {
    /// Display cells per column: enough for the header's label ("28",
    /// "W53", "Jan") with a cell to spare between labels.
    pub fn cells(self) -> u16 {
        match self {
            Zoom::Day => 3,
            Zoom::Week => 4,
            Zoom::Month => 5,
        }
    }

    /// One step closer (`+`): month → week → day.
    #[must_use]
    pub fn closer(self) -> Zoom {
        match self {
            Zoom::Month => Zoom::Week,
            Zoom::Week | Zoom::Day => Zoom::Day,
        }
    }

    /// One step further (`-`): day → week → month.
    #[must_use]
    pub fn further(self) -> Zoom {
        match self {
            Zoom::Day => Zoom::Week,
            Zoom::Week | Zoom::Month => Zoom::Month,
        }
    }

    /// The first day of the column that holds `date`.
    pub fn period_start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Zoom::Day => date,
            Zoom::Week => date.week(Weekday::Mon).first_day(),
            Zoom::Month => date.with_day(1).unwrap_or(date),
        }
    }

    /// The first day of the column after the one starting on `start`.
    fn next_start(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Zoom::Day => start.checked_add_days(Days::new(1)),
            Zoom::Week => start.checked_add_days(Days::new(7)),
            Zoom::Month => start.checked_add_months(Months::new(1)),
        }
    }

    /// `start` moved by `columns` columns (negative: earlier).
    pub fn shift(self, start: NaiveDate, columns: i64) -> NaiveDate {
        let start = self.period_start(start);
        let n = columns.unsigned_abs();
        let moved = match (self, columns < 0) {
            (Zoom::Day, false) => start.checked_add_days(Days::new(n)),
            (Zoom::Day, true) => start.checked_sub_days(Days::new(n)),
            (Zoom::Week, false) => start.checked_add_days(Days::new(7 * n)),
            (Zoom::Week, true) => start.checked_sub_days(Days::new(7 * n)),
            (Zoom::Month, false) => u32::try_from(n)
                .ok()
                .and_then(|n| start.checked_add_months(Months::new(n))),
            (Zoom::Month, true) => u32::try_from(n)
                .ok()
                .and_then(|n| start.checked_sub_months(Months::new(n))),
        };
        moved.unwrap_or(start)
    }

    /// How many columns after the one starting on `from` the column holding
    /// `date` is (negative before). `from` starts a column.
    pub fn periods(self, from: NaiveDate, date: NaiveDate) -> i64 {
        let date = self.period_start(date);
        match self {
            Zoom::Day => (date - from).num_days(),
            Zoom::Week => (date - from).num_days().div_euclid(7),
            Zoom::Month => {
                i64::from(date.year() - from.year()) * 12 + i64::from(date.month())
                    - i64::from(from.month())
            }
        }
    }

    /// The first day of a window of `columns` that shows `date` in its
    /// second column, so the week just gone stays in view; at day zoom the
    /// window starts on the Monday before. The Calendar tab and
    /// `socialplan calendar` both open on it, at today.
    pub fn near(self, date: NaiveDate, columns: usize) -> NaiveDate {
        if columns < 2 {
            return self.period_start(date);
        }
        match self {
            Zoom::Day => {
                let before = date.pred_opt().unwrap_or(date);
                let monday = monday(before);
                if self.periods(monday, date) < i64::try_from(columns).unwrap_or(i64::MAX) {
                    monday
                } else {
                    before
                }
            }
            Zoom::Week | Zoom::Month => self.shift(date, -1),
        }
    }
}

/// The Monday of `date`'s week (`date` itself at the very start of time).
pub fn monday(date: NaiveDate) -> NaiveDate {
    date.week(Weekday::Mon).checked_first_day().unwrap_or(date)
}

/// The days one column covers, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Column {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last
    }
}

/// Consecutive columns from a start date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub zoom: Zoom,
    columns: Vec<Column>,
}

impl Timeline {
    /// `count` columns, the first holding `from`.
    pub fn new(zoom: Zoom, from: NaiveDate, count: usize) -> Timeline {
        let mut columns = Vec::with_capacity(count);
        let mut start = Some(zoom.period_start(from));
        while columns.len() < count {
            let Some(first) = start else { break };
            let next = zoom.next_start(first);
            let last = next.and_then(|n| n.pred_opt()).unwrap_or(NaiveDate::MAX);
            columns.push(Column { first, last });
            start = next;
        }
        Timeline { zoom, columns }
    }

    /// The columns that cover every day from `from` to `to` (both included).
    pub fn covering(zoom: Zoom, from: NaiveDate, to: NaiveDate) -> Timeline {
        let (from, to) = if to < from { (to, from) } else { (from, to) };
        let mut timeline = Timeline::new(zoom, from, 0);
        let mut start = Some(zoom.period_start(from));
        while let Some(first) = start.filter(|s| *s <= to) {
            let next = zoom.next_start(first);
            let last = next.and_then(|n| n.pred_opt()).unwrap_or(NaiveDate::MAX);
            timeline.columns.push(Column { first, last });
            start = next;
        }
        timeline
    }

    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    pub fn len(&self) -> usize {
        self.columns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// The first day shown.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.columns.first().map(|c| c.first)
    }

    /// The last day shown.
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.columns.last().map(|c| c.last)
    }

    /// The column holding `date`, if it is in the window.
    pub fn column_of(&self, date: NaiveDate) -> Option<usize> {
        // Columns are sorted and contiguous: a binary search.
        let index = self.columns.partition_point(|c| c.last < date);
        self.columns
            .get(index)
            .filter(|c| c.contains(date))
            .map(|_| index)
    }

    /// The columns whose days meet `start..=end`, clipped to the window, and
    /// whether the span was cut on the left or on the right. None when the
    /// dates fall outside the window.
    pub fn span(&self, start: NaiveDate, end: NaiveDate) -> Option<Span> {
        let (first_day, last_day) = (self.first_day()?, self.last_day()?);
        if end < first_day || start > last_day || end < start {
            return None;
        }
        let first = self.column_of(start.max(first_day))?;
        let last = self.column_of(end.min(last_day))?;
        Some(Span {
            first,
            last,
            cut_left: start < first_day,
            cut_right: end > last_day,
        })
    }
}

/// Where an interval of dates falls in a timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub first: usize,
    pub last: usize,
    /// It starts before the window.
    pub cut_left: bool,
    /// It ends after the window.
    pub cut_right: bool,
}

impl Span {
    /// How many columns it covers (at least one).
    pub fn columns(&self) -> usize {
        self.last - self.first + 1
    }
}

/// Puts intervals (start, end, both included: days, or columns) in lanes so
/// that no two in a lane share a day, using as few lanes as possible: sorted
/// by start, each goes in the first lane free by then (optimal for
/// intervals, so the number of lanes is the most intervals on one day).
/// Intervals starting together keep their input order, the first getting
/// the lower lane. Returns each interval's lane, in the input order, and the
/// number of lanes.
pub fn lanes<T: Ord + Copy>(intervals: &[(T, T)]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_by_key(|&i| (intervals[i].0, i));
    // The last day taken in each lane.
    let mut lane_ends: Vec<T> = Vec::new();
    let mut lane_of = vec![0; intervals.len()];
    for i in order {
        let (start, end) = intervals[i];
        let lane = lane_ends
            .iter()
            .position(|&taken| taken < start)
            .unwrap_or_else(|| {
                lane_ends.push(end);
                lane_ends.len() - 1
            });
        lane_ends[lane] = end;
        lane_of[i] = lane;
    }
    (lane_of, lane_ends.len())
}

#[cfg(test)]
mod tests;
