//! From values to the picture: a linear scale that never overflows, round
//! ticks for numbers, and ticks for dates (one a month, or the two ends of
//! a short span).

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::figure::share;

/// At most this many ticks on a numeric axis.
const MOST_TICKS: usize = 12;

/// A linear map from values in `lo..=hi` to `from..=to` in the picture.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    lo: f64,
    hi: f64,
    from: f64,
    to: f64,
}

impl Scale {
    /// `lo` must be below `hi` (see [`Domain`]).
    pub fn new((lo, hi): (f64, f64), from: f64, to: f64) -> Scale {
        Scale { lo, hi, from, to }
    }

    /// Where `value` falls. Worked out as a share of the way, so that a
    /// domain wider than an f64 (−1.7e308 to 1.7e308) still maps.
    pub fn at(self, value: f64) -> f64 {
        let place = self.from + share(value, self.lo, self.hi) * (self.to - self.from);
        if place.is_finite() { place } else { self.from }
    }
}

/// The range a numeric axis shows, and its ticks.
#[derive(Clone, Debug)]
pub struct Domain {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
}

impl Domain {
    /// A range holding every finite value (and `floor`, when given: zero
    /// for amounts), widened to round ticks about `about` apart. One value
    /// alone gets room on both sides; no values at all give 0 to 1.
    pub fn of(values: impl IntoIterator<Item = f64>, floor: Option<f64>, about: usize) -> Domain {
        let (mut lo, mut hi) = values
            .into_iter()
            .chain(floor)
            .filter(|v| v.is_finite())
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        if lo > hi {
            (lo, hi) = (0.0, 1.0);
        }
        if hi <= lo {
            let pad = (lo.abs() / 10.0).max(1.0);
            (lo, hi) = (finite(lo - pad), finite(hi + pad));
            if floor == Some(0.0) && lo < 0.0 && hi > 0.0 {
                lo = 0.0;
            }
        }
        let Some(step) = step(lo, hi, about) else {
            return Domain {
                lo,
                hi,
                ticks: vec![lo, hi],
            };
        };
        let (first, last) = ((lo / step).floor(), (hi / step).ceil());
        let (lo, hi) = (finite(first * step), finite(last * step));
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // bounded by step()
        let count = (last - first) as usize;
        let ticks = (0..=count)
            .map(|i| {
                #[allow(clippy::cast_precision_loss)] // a dozen at most
                let k = first + i as f64;
                k * step
            })
            .collect();
        Domain { lo, hi, ticks }
    }

    pub fn range(&self) -> (f64, f64) {
        (self.lo, self.hi)
    }
}

/// A round step (1, 2 or 5 times a power of ten) giving about `about`
/// ticks from `lo` to `hi`; None when the span is beyond an f64 or the
/// ticks would be too many to draw.
fn step(lo: f64, hi: f64, about: usize) -> Option<f64> {
    let span = hi - lo;
    if !span.is_finite() || span <= 0.0 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)] // a small count
    let raw = span / about.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)?;
    #[allow(clippy::cast_precision_loss)]
    let fits = (hi / step).ceil() - (lo / step).floor() <= MOST_TICKS as f64;
    (step > 0.0 && step.is_finite() && fits).then_some(step)
}

/// A value pushed past an f64's range comes back to its edge.
fn finite(value: f64) -> f64 {
    value.clamp(f64::MIN, f64::MAX)
}

/// A date as a number for a [`Scale`]: days since the common era.
pub fn day(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// Where the date axis puts a tick, and whether it names a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateTick {
    Month(NaiveDate),
    Day(NaiveDate),
}

impl DateTick {
    pub fn date(self) -> NaiveDate {
        match self {
            DateTick::Month(date) | DateTick::Day(date) => date,
        }
    }
}

/// Ticks for the days `first..=last`: the first of each month in it, every
/// second, third… month when there are more than `most`; the two ends when
/// fewer than two months begin in it.
pub fn date_ticks(first: NaiveDate, last: NaiveDate, most: usize) -> Vec<DateTick> {
    let start = first.with_day(1).unwrap_or(first);
    let start = if start < first {
        start.checked_add_months(Months::new(1))
    } else {
        Some(start)
    };
    // Months from the first to begin in the span to the last.
    let span = |from: NaiveDate| {
        let months = (last.year() - from.year()) * 12 + last.month0().cast_signed()
            - from.month0().cast_signed();
        usize::try_from(months).map_or(0, |m| m + 1)
    };
    let Some(start) = start.filter(|s| *s <= last && span(*s) >= 2) else {
        let mut ends = vec![DateTick::Day(first)];
        if last > first {
            ends.push(DateTick::Day(last));
        }
        return ends;
    };
    let every = u32::try_from(span(start).div_ceil(most.max(1))).unwrap_or(u32::MAX);
    std::iter::successors(Some(start), |m| m.checked_add_months(Months::new(every)))
        .take_while(|m| *m <= last)
        .map(DateTick::Month)
        .collect()
}

/// A count as a length to multiply: charts hold far fewer than 2^52 of
/// anything.
#[allow(clippy::cast_precision_loss)]
pub fn count(n: usize) -> f64 {
    n as f64
}

/// A coordinate as written in the picture: one decimal is finer than any
/// screen or printer shows.
pub fn px(value: f64) -> String {
    format!("{value:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_values() {
        let d = Domain::of([1000.0, 1250.0, 2000.0], None, 5);
        assert_eq!(
            d.ticks,
            vec![1000.0, 1200.0, 1400.0, 1600.0, 1800.0, 2000.0]
        );
        let d = Domain::of([0.3, 3.5], Some(0.0), 5);
        assert!(d.lo <= 0.0 && d.hi >= 3.5, "{d:?}");
        assert_eq!(d.ticks.first(), Some(&0.0));
    }

    #[test]
    fn one_value_or_none_still_gives_a_range() {
        let d = Domain::of([5.0], None, 5);
        assert!(d.lo < 5.0 && d.hi > 5.0);
        let d = Domain::of(Vec::new(), Some(0.0), 5);
        assert!(d.lo < d.hi);
        let d = Domain::of([0.0], Some(0.0), 5);
        assert!(d.lo.abs() < f64::EPSILON);
        assert!(d.hi > 0.0);
    }

    #[test]
    fn a_range_wider_than_an_f64_maps_without_overflow() {
        let d = Domain::of([-1.7e308, 1.7e308], None, 5);
        assert_eq!(d.ticks, vec![-1.7e308, 1.7e308]);
        let scale = Scale::new(d.range(), 0.0, 100.0);
        assert!((scale.at(0.0) - 50.0).abs() < 1e-9);
        assert!((scale.at(1.7e308) - 100.0).abs() < 1e-9);
    }

    #[test]
    fn months_begin_the_ticks_of_a_long_span() {
        let date = |s: &str| s.parse::<NaiveDate>().unwrap();
        let ticks = date_ticks(date("2026-11-15"), date("2027-02-10"), 6);
        assert_eq!(
            ticks,
            ["2026-12-01", "2027-01-01", "2027-02-01"]
                .map(|d| DateTick::Month(date(d)))
                .to_vec()
        );
        assert_eq!(
            date_ticks(date("2026-01-01"), date("2028-12-31"), 6).len(),
            6
        );
        let short = date_ticks(date("2026-11-03"), date("2026-11-20"), 6);
        assert_eq!(
            short,
            vec![
                DateTick::Day(date("2026-11-03")),
                DateTick::Day(date("2026-11-20"))
            ]
        );
    }
}
