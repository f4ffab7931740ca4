//! Values that are real numbers but most likely a slip of the keyboard: a
//! negative cost, a follower count with five zeros too many. They are
//! recorded all the same (a person may know better), with a warning in the
//! command line and a question in the TUI.

use std::cmp::Ordering;

use super::edit::Edit;
use super::plan::{Objective, Plan};

/// How many times the way from the baseline to the target a value may be
/// away from the baseline before it looks like a slip.
pub const FAR: f64 = 10.0;

/// Why a value looks like a slip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unusual {
    /// Its sign is neither the baseline's nor the target's: a negative
    /// count or cost where both are positive.
    Sign { baseline: f64, target: Option<f64> },
    /// It is more than [`FAR`] times the way to the target away from the
    /// baseline.
    Far { baseline: f64, target: f64 },
}

/// Why `value`, recorded for `objective`, looks like a slip; None when it
/// looks like a measurement. Zero is never unusual for its sign: an
/// account can lose everything.
pub fn unusual(objective: &Objective, value: f64) -> Option<Unusual> {
    let baseline = objective.baseline.value;
    let target = objective.target;
    // -0 compares equal to 0: it has no sign either.
    let sign = |v: f64| v.partial_cmp(&0.0).unwrap_or(Ordering::Equal);
    let same_sign_as = |reference: f64| sign(reference) == sign(value);
    let sign_differs = sign(value) != Ordering::Equal
        && !same_sign_as(baseline)
        && !target.is_some_and(same_sign_as);
    if sign_differs {
        return Some(Unusual::Sign { baseline, target });
    }
    let target = target?;
    let way = (target - baseline).abs();
    let far = way > 0.0 && (value - baseline).abs() > FAR * way;
    far.then_some(Unusual::Far { baseline, target })
}

/// The value `edit` records, and why it looks like a slip; None when it
/// records none, or one that looks like a measurement. A value the
/// measurement already had (its note corrected) is not asked about again.
pub fn recorded(plan: &Plan, edit: &Edit) -> Option<(f64, Unusual)> {
    let Edit::RecordMeasurement {
        objective,
        measurement,
        replaces,
    } = edit
    else {
        return None;
    };
    let value = measurement.value;
    let unchanged = replaces
        .as_ref()
        .is_some_and(|old| old.value.to_bits() == value.to_bits());
    if unchanged {
        return None;
    }
    unusual(plan.objective(objective)?, value).map(|why| (value, why))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::{Baseline, Direction};

    fn objective(baseline: f64, target: Option<f64>) -> Objective {
        let date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        Objective {
            id: "o".into(),
            name: "O".into(),
            metric: "followers".into(),
            unit: String::new(),
            channel: None,
            direction: Direction::Increase,
            baseline: Baseline {
                value: baseline,
                date,
            },
            target,
            deadline: None,
            active: true,
            measurements: Vec::new(),
            revisions: Vec::new(),
        }
    }

    #[test]
    fn a_value_of_the_sign_of_neither_the_baseline_nor_the_target_is_unusual() {
        let followers = objective(1000.0, Some(1500.0));
        let sign = Some(Unusual::Sign {
            baseline: 1000.0,
            target: Some(1500.0),
        });
        assert_eq!(unusual(&followers, -5.0), sign);
        assert_eq!(unusual(&followers, 0.0), None, "zero has no sign");
        assert_eq!(unusual(&followers, 1200.0), None);
        // From zero to a positive target: negative is neither.
        assert_eq!(
            unusual(&objective(0.0, Some(100.0)), -1.0),
            Some(Unusual::Sign {
                baseline: 0.0,
                target: Some(100.0)
            })
        );
        // A loss reduced to nothing and beyond: negative baseline, zero target.
        assert_eq!(unusual(&objective(-50.0, Some(0.0)), -20.0), None);
        assert_eq!(
            unusual(&objective(-50.0, Some(0.0)), 10.0),
            Some(Unusual::Sign {
                baseline: -50.0,
                target: Some(0.0)
            })
        );
        // Without a target, the baseline's sign alone.
        let draft = objective(3.5, None);
        assert_eq!(
            unusual(&draft, -1.0),
            Some(Unusual::Sign {
                baseline: 3.5,
                target: None
            })
        );
        assert_eq!(unusual(&draft, 1e12), None, "no way to measure far by");
    }

    #[test]
    fn a_value_more_than_ten_times_the_way_from_the_baseline_is_unusual() {
        let followers = objective(1000.0, Some(1500.0));
        let far = Some(Unusual::Far {
            baseline: 1000.0,
            target: 1500.0,
        });
        assert_eq!(unusual(&followers, 6000.0), None, "exactly 10 times");
        assert_eq!(unusual(&followers, 6000.5), far);
        assert_eq!(unusual(&followers, 99_999_999_999_999.0), far);
        assert_eq!(
            unusual(&followers, 1.0),
            None,
            "999 below is within 10 × 500"
        );
        // Decreasing objectives measure the way the same.
        let cost = objective(4.0, Some(3.0));
        assert_eq!(unusual(&cost, 14.0), None);
        assert_eq!(
            unusual(&cost, 15.0),
            Some(Unusual::Far {
                baseline: 4.0,
                target: 3.0
            })
        );
        // A target equal to the baseline gives no way to measure by.
        assert_eq!(unusual(&objective(5.0, Some(5.0)), 1e9), None);
    }

    #[test]
    fn an_edit_recording_a_new_unusual_value_says_so_and_one_keeping_it_does_not() {
        let mut plan = Plan::default();
        plan.objectives.push(objective(1000.0, Some(1500.0)));
        let date = NaiveDate::from_ymd_opt(2026, 11, 9).unwrap();
        let measurement = |value: f64| crate::domain::Measurement {
            date,
            value,
            note: String::new(),
        };
        let far = Unusual::Far {
            baseline: 1000.0,
            target: 1500.0,
        };
        let record = Edit::record(&plan, "o", measurement(1e9));
        assert_eq!(recorded(&plan, &record), Some((1e9, far)));
        assert_eq!(
            recorded(&plan, &Edit::record(&plan, "o", measurement(1200.0))),
            None
        );
        plan.objectives[0].measurements.push(measurement(1e9));
        let note_only = Edit::RecordMeasurement {
            objective: "o".into(),
            measurement: crate::domain::Measurement {
                note: "checked: a viral week".into(),
                ..measurement(1e9)
            },
            replaces: Some(measurement(1e9)),
        };
        assert_eq!(recorded(&plan, &note_only), None);
        assert_eq!(recorded(&plan, &Edit::Batch(Vec::new())), None);
    }
}
