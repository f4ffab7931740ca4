//! How far an objective has come from its baseline towards its target.

use chrono::NaiveDate;

use super::figure::{Figure, share};
use super::plan::Objective;

/// An active objective not measured for longer than this many days needs a
/// new value (the Review tab flags it; the lint will too).
pub const STALE_DAYS: i64 = 7;

/// Percentages under a million are shown. One further out (a value ten
/// thousand times the way to its target: a target a hair's breadth from the
/// baseline) is out of range: its digits tell a reader nothing, and would
/// not fit where progress is shown.
const PERCENT_LIMIT: f64 = 1e6;

/// An objective's progress on a given day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub baseline: f64,
    pub latest: f64,
    pub latest_date: NaiveDate,
    pub target: Option<f64>,
    pub deadline: Option<NaiveDate>,
    /// Share of the way from baseline to target: 0 at the baseline, 1 at the
    /// target, above 1 beyond it, negative when moving away. Works the same
    /// for objectives that decrease. None without a target; out of range
    /// when the share is beyond an f64.
    pub fraction: Option<Figure<f64>>,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: Option<i64>,
}

impl Progress {
    pub fn of(objective: &Objective, today: NaiveDate) -> Progress {
        let (latest, latest_date) = objective.latest();
        let mut progress = Progress {
            baseline: objective.baseline.value,
            latest,
            latest_date,
            target: objective.target,
            deadline: objective.deadline,
            fraction: None,
            days_left: objective.deadline.map(|d| (d - today).num_days()),
        };
        progress.fraction = progress.fraction_at(latest);
        progress
    }

    /// The share of the way to the target that `value` stands for (what the
    /// check-in shows before a value is recorded).
    pub fn fraction_at(&self, value: f64) -> Option<Figure<f64>> {
        let target = self.target?;
        Some(Figure::finite(share(value, self.baseline, target)))
    }

    /// Whether the latest value has reached the target. Compared directly,
    /// not through the fraction, which may be out of range.
    pub fn achieved(&self) -> bool {
        match self.target {
            Some(target) if target > self.baseline => self.latest >= target,
            Some(target) if target < self.baseline => self.latest <= target,
            _ => false,
        }
    }

    /// Progress in whole percent, rounded towards zero so that 99.9% is not
    /// shown as done.
    pub fn percent(&self) -> Option<Figure<i64>> {
        self.fraction.map(|fraction| match fraction {
            Figure::Value(f) if (f * 100.0).abs() < PERCENT_LIMIT => {
                #[allow(clippy::cast_possible_truncation)] // under a million just above
                Figure::Value((f * 100.0).trunc() as i64)
            }
            _ => Figure::OutOfRange,
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::plan::{Baseline, Direction, Measurement};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// An objective from 2027-01-01, deadline 2027-03-01 (59 days later),
    /// with a value on each date. The forecast's tests use it too.
    pub(in crate::domain) fn objective(
        direction: Direction,
        baseline: f64,
        target: f64,
        values: &[(&str, f64)],
    ) -> Objective {
        Objective {
            id: "o".into(),
            name: "O".into(),
            metric: "m".into(),
            unit: String::new(),
            channel: None,
            direction,
            baseline: Baseline {
                value: baseline,
                date: date("2027-01-01"),
            },
            target: Some(target),
            deadline: Some(date("2027-03-01")),
            active: true,
            measurements: values
                .iter()
                .map(|&(day, value)| Measurement {
                    date: date(day),
                    value,
                    note: String::new(),
                })
                .collect(),
            revisions: Vec::new(),
        }
    }

    #[test]
    fn increasing_objective() {
        let o = objective(
            Direction::Increase,
            1000.0,
            2000.0,
            &[("2027-01-08", 1100.0), ("2027-01-15", 1250.0)],
        );
        let p = Progress::of(&o, date("2027-01-20"));
        assert!((p.latest - 1250.0).abs() < f64::EPSILON);
        assert_eq!(p.percent(), Some(Figure::Value(25)));
        assert_eq!(p.days_left, Some(40));
        assert!(!p.achieved());
    }

    #[test]
    fn decreasing_objective_counts_the_same_way() {
        let o = objective(Direction::Decrease, 5.0, 3.0, &[("2027-01-08", 4.0)]);
        let p = Progress::of(&o, date("2027-03-05"));
        assert_eq!(p.percent(), Some(Figure::Value(50)));
        assert_eq!(p.days_left, Some(-4));
        let done = objective(Direction::Decrease, 5.0, 3.0, &[("2027-01-08", 2.9)]);
        assert!(Progress::of(&done, date("2027-01-20")).achieved());
    }

    #[test]
    fn no_measurement_means_the_baseline() {
        let o = objective(Direction::Increase, 10.0, 20.0, &[]);
        let p = Progress::of(&o, date("2027-01-02"));
        assert_eq!(p.percent(), Some(Figure::Value(0)));
        assert!((p.latest - 10.0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_way_wider_than_an_f64_still_gives_its_share() {
        // target − baseline overflows: the share is worked out on halves.
        let o = objective(
            Direction::Increase,
            -1.7e308,
            1.7e308,
            &[("2027-01-08", 1612.0)],
        );
        let p = Progress::of(&o, date("2027-01-20"));
        assert_eq!(p.percent(), Some(Figure::Value(50)));
        assert!(!p.achieved());
        let o = objective(
            Direction::Decrease,
            1.7e308,
            -1.7e308,
            &[("2027-01-08", -1.7e308)],
        );
        assert!(Progress::of(&o, date("2027-01-20")).achieved());
    }

    #[test]
    fn a_share_beyond_an_f64_is_out_of_range_not_missing() {
        // 1e10 is 1e310 times the way to a target 1e-300 from 0.
        let o = objective(Direction::Increase, 0.0, 1e-300, &[("2027-01-08", 1e10)]);
        let p = Progress::of(&o, date("2027-01-20"));
        assert_eq!(p.fraction, Some(Figure::OutOfRange));
        assert_eq!(p.percent(), Some(Figure::OutOfRange));
        assert!(p.achieved(), "far beyond the target is beyond it");
        let moving_away = objective(Direction::Increase, 0.0, 1e-300, &[("2027-01-08", -1e10)]);
        let p = Progress::of(&moving_away, date("2027-01-20"));
        assert_eq!(p.percent(), Some(Figure::OutOfRange));
        assert!(!p.achieved());
    }

    #[test]
    fn a_percentage_too_large_to_show_is_out_of_range() {
        // 1e13 times the way: 1e15 percent, past what is shown.
        let o = objective(Direction::Increase, 0.0, 1e-3, &[("2027-01-08", 1e10)]);
        let p = Progress::of(&o, date("2027-01-20"));
        assert!(matches!(p.fraction, Some(Figure::Value(_))));
        assert_eq!(p.percent(), Some(Figure::OutOfRange));
        let shown = objective(Direction::Increase, 0.0, 1.0, &[("2027-01-08", 9999.99)]);
        let p = Progress::of(&shown, date("2027-01-20"));
        assert_eq!(p.percent(), Some(Figure::Value(999_999)));
        let moving_away = objective(Direction::Increase, 0.0, 1.0, &[("2027-01-08", -10_000.0)]);
        let p = Progress::of(&moving_away, date("2027-01-20"));
        assert_eq!(p.percent(), Some(Figure::OutOfRange));
    }
}
