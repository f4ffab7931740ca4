//! Whether an objective will be met: the trend of its recent measurements,
//! where that trend leads by the deadline, and a verdict.
//!
//! The trend is the least-squares line through the measurements of the last
//! [`TREND_WINDOW_DAYS`] days before the latest one (the baseline counts as a
//! measurement on its date). Older values describe a plan that may since
//! have changed strategy; a window of eight weeks is long enough to smooth a
//! noisy week and short enough to follow a change.

use chrono::{Days, NaiveDate};

use super::figure::{Figure, share, times_power_of_two};
use super::plan::Objective;
use super::progress::Progress;

/// How far back from the latest measurement the trend looks.
pub const TREND_WINDOW_DAYS: i64 = 56;

/// A projection this close to the target (as a share of the way from the
/// baseline) counts as at risk rather than behind.
pub const AT_RISK_SHARE: f64 = 0.8;

/// The verdict on an objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The latest value has reached the target.
    Achieved,
    /// The trend reaches the target by the deadline.
    OnTrack,
    /// The trend gets at least 80% of the way by the deadline.
    AtRisk,
    /// The trend gets less than 80% of the way (or goes the wrong way).
    Behind,
    /// The deadline has passed without reaching the target.
    Overdue,
    /// No target or deadline, or fewer than two values to draw a trend from.
    NoData,
}

/// An objective's forecast on a given day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Forecast {
    pub progress: Progress,
    /// The trend, in units per day (None with fewer than two values).
    pub slope: Option<Figure<f64>>,
    /// The trend's value at the deadline; out of range when the trend
    /// leads beyond what an f64 holds.
    pub projected: Option<Figure<f64>>,
    /// When the trend reaches the target (None if it never does).
    pub reaches_target: Option<NaiveDate>,
    pub verdict: Verdict,
}

impl Forecast {
    pub fn of(objective: &Objective, today: NaiveDate) -> Forecast {
        let progress = Progress::of(objective, today);
        let line = least_squares(recent_points(objective));
        let (target, deadline) = (objective.target, objective.deadline);
        // Counted metrics (followers, orders) project to whole numbers.
        let whole = [
            Some(objective.baseline.value),
            target,
            Some(progress.latest),
        ]
        .into_iter()
        .flatten()
        .all(|v| v.fract() == 0.0);
        // Infinite when beyond an f64: the verdict still reads its sign.
        let projected = line
            .zip(deadline)
            .map(|(l, d)| l.at(d))
            .map(|v| if whole { v.round() } else { v });
        let reaches_target = line.zip(target).and_then(|(l, t)| reaches(l, t, &progress));
        let verdict = verdict(&progress, projected, today);
        Forecast {
            progress,
            slope: line.map(|l| Figure::finite(l.units_per_day())),
            projected: projected.map(Figure::finite),
            reaches_target,
            verdict,
        }
    }
}

fn verdict(progress: &Progress, projected: Option<f64>, today: NaiveDate) -> Verdict {
    let (Some(target), Some(deadline)) = (progress.target, progress.deadline) else {
        return Verdict::NoData;
    };
    if progress.achieved() {
        return Verdict::Achieved;
    }
    if today > deadline {
        return Verdict::Overdue;
    }
    let Some(projected) = projected else {
        return Verdict::NoData;
    };
    let share = share(projected, progress.baseline, target);
    if share >= 1.0 {
        Verdict::OnTrack
    } else if share >= AT_RISK_SHARE {
        Verdict::AtRisk
    } else {
        Verdict::Behind
    }
}

/// The baseline and the measurements as (day number, value), sorted by date
/// with one value per date (the measurement wins over the baseline), kept
/// within the trend window before the latest.
fn recent_points(objective: &Objective) -> Vec<(f64, f64)> {
    let mut dated: Vec<(NaiveDate, f64)> =
        std::iter::once((objective.baseline.date, objective.baseline.value))
            .chain(objective.measurements.iter().map(|m| (m.date, m.value)))
            .filter(|(_, v)| v.is_finite())
            .collect();
    // Stable: for equal dates the later entry (a measurement) stays last.
    dated.sort_by_key(|(d, _)| *d);
    dated.dedup_by(|later, earlier| {
        let same = later.0 == earlier.0;
        if same {
            earlier.1 = later.1;
        }
        same
    });
    let Some(&(latest, _)) = dated.last() else {
        return Vec::new();
    };
    let since = latest
        .checked_sub_days(Days::new(TREND_WINDOW_DAYS.unsigned_abs()))
        .unwrap_or(NaiveDate::MIN);
    dated
        .into_iter()
        .filter(|(d, _)| *d >= since)
        .map(|(d, v)| (day_number(d), v))
        .collect()
}

#[allow(clippy::cast_precision_loss)] // day numbers are far below 2^52
fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.to_epoch_days())
}

/// A straight line: value = (intercept + slope × day number) × 2^scale.
///
/// The line is fitted on the values scaled by a power of two to at most 1,
/// so that its sums and squares neither overflow (values near 1.7e308) nor
/// vanish (values near 1e-300); scaling by a power of two is exact, so
/// ordinary values give the very same line. It is scaled back only where a
/// value is asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Line {
    slope: f64,
    intercept: f64,
    scale: i32,
}

impl Line {
    /// The line's value on `date`; infinite when beyond an f64.
    fn at(self, date: NaiveDate) -> f64 {
        times_power_of_two(self.intercept + self.slope * day_number(date), self.scale)
    }

    /// The day number on which the line is at `value`.
    fn day_of(self, value: f64) -> f64 {
        (times_power_of_two(value, -self.scale) - self.intercept) / self.slope
    }

    fn units_per_day(self) -> f64 {
        times_power_of_two(self.slope, self.scale)
    }
}

/// The power of two that brings the largest of `values` to at most 1.
fn scale_of(values: impl Iterator<Item = f64>) -> i32 {
    let largest = values.map(f64::abs).fold(0.0, f64::max);
    if largest == 0.0 {
        return 0;
    }
    // log2 of a positive finite f64 lies between -1075 and 1024.
    #[allow(clippy::cast_possible_truncation)]
    let scale = largest.log2().ceil() as i32;
    scale
}

/// The least-squares line through the points; None with fewer than two
/// distinct days.
fn least_squares(mut points: Vec<(f64, f64)>) -> Option<Line> {
    if points.len() < 2 {
        return None;
    }
    let scale = scale_of(points.iter().map(|p| p.1));
    for point in &mut points {
        point.1 = times_power_of_two(point.1, -scale);
    }
    #[allow(clippy::cast_precision_loss)] // a handful of points
    let n = points.len() as f64;
    // Centre the days first: epoch day numbers are large, and squaring them
    // would lose precision.
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    if sxx == 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    let line = Line {
        slope,
        intercept: mean_y - slope * mean_x,
        scale,
    };
    (line.slope.is_finite() && line.intercept.is_finite()).then_some(line)
}

/// When the trend reaches `target`: never if it is flat or heads away.
/// A target already passed was reached on the latest measurement.
fn reaches(line: Line, target: f64, progress: &Progress) -> Option<NaiveDate> {
    if progress.achieved() {
        return Some(progress.latest_date);
    }
    let toward = if target > progress.baseline {
        1.0
    } else {
        -1.0
    };
    if line.slope * toward <= 0.0 {
        return None;
    }
    let day = line.day_of(target);
    // Never before the latest value we have, nor absurdly far away.
    let from_latest = (day - day_number(progress.latest_date)).max(0.0).ceil();
    if !from_latest.is_finite() || from_latest > 365.0 * 100.0 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // checked above
    progress
        .latest_date
        .checked_add_days(Days::new(from_latest as u64))
}

#[cfg(test)]
mod tests;
