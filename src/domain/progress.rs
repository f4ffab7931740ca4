//! How far an objective has come from its baseline towards its target.

use chrono::NaiveDate;

use super::plan::Objective;

/// An active objective not measured for longer than this many days needs a
/// new value (the Review tab flags it; the lint will too).
pub const STALE_DAYS: i64 = 7;

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
    /// for objectives that decrease. None without a target.
    pub fraction: Option<f64>,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: Option<i64>,
}

impl Progress {
    pub fn of(objective: &Objective, today: NaiveDate) -> Progress {
        let (latest, latest_date) = objective.latest();
        let baseline = objective.baseline.value;
        let fraction = objective
            .target
            .map(|target| (latest - baseline) / (target - baseline))
            .filter(|f| f.is_finite());
        Progress {
            baseline,
            latest,
            latest_date,
            target: objective.target,
            deadline: objective.deadline,
            fraction,
            days_left: objective.deadline.map(|d| (d - today).num_days()),
        }
    }

    pub fn achieved(&self) -> bool {
        self.fraction.is_some_and(|f| f >= 1.0)
    }

    /// Progress in whole percent, rounded towards zero so that 99.9% is not
    /// shown as done.
    pub fn percent(&self) -> Option<i64> {
        #[allow(clippy::cast_possible_truncation)] // clamped to a sane range first
        self.fraction
            .map(|f| (f * 100.0).clamp(-1e6, 1e6).trunc() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Baseline, Direction, Measurement};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn objective(direction: Direction, baseline: f64, target: f64, values: &[f64]) -> Objective {
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
                .enumerate()
                .map(|(i, &value)| Measurement {
                    date: date("2027-01-01") + chrono::Days::new(7 * (i as u64 + 1)),
                    value,
                    note: String::new(),
                })
                .collect(),
            revisions: Vec::new(),
        }
    }

    #[test]
    fn increasing_objective() {
        let o = objective(Direction::Increase, 1000.0, 2000.0, &[1100.0, 1250.0]);
        let p = Progress::of(&o, date("2027-01-20"));
        assert!((p.latest - 1250.0).abs() < f64::EPSILON);
        assert_eq!(p.percent(), Some(25));
        assert_eq!(p.days_left, Some(40));
        assert!(!p.achieved());
    }

    #[test]
    fn decreasing_objective_counts_the_same_way() {
        let o = objective(Direction::Decrease, 5.0, 3.0, &[4.0]);
        let p = Progress::of(&o, date("2027-03-05"));
        assert_eq!(p.percent(), Some(50));
        assert_eq!(p.days_left, Some(-4));
        let done = objective(Direction::Decrease, 5.0, 3.0, &[2.9]);
        assert!(Progress::of(&done, date("2027-01-20")).achieved());
    }

    #[test]
    fn no_measurement_means_the_baseline() {
        let o = objective(Direction::Increase, 10.0, 20.0, &[]);
        let p = Progress::of(&o, date("2027-01-02"));
        assert_eq!(p.percent(), Some(0));
        assert!((p.latest - 10.0).abs() < f64::EPSILON);
    }
}
