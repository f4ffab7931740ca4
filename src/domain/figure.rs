//! Figures worked out from the plan's values, and what to do when one is
//! too large to hold.
//!
//! Every value in a plan is a finite number, but what is worked out from
//! them need not be: 1.7e308 − (−1.7e308) is beyond an f64, so is 1 ÷ 1e-308,
//! and two campaigns of 9e16 cents add up to more than an amount holds. Such
//! a figure is [`Figure::OutOfRange`]: shown as a word, never as a wrong
//! number (an infinity divided into 0%, a saturated sum, a dropped term).

/// A figure, or the knowledge that it is beyond what can be represented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure<T> {
    Value(T),
    OutOfRange,
}

impl<T> Figure<T> {
    /// The value, if it is in range.
    pub fn value(self) -> Option<T> {
        match self {
            Figure::Value(value) => Some(value),
            Figure::OutOfRange => None,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Figure<U> {
        match self {
            Figure::Value(value) => Figure::Value(f(value)),
            Figure::OutOfRange => Figure::OutOfRange,
        }
    }

    /// A checked computation's result: `None` (an overflow) is out of range.
    pub fn checked(value: Option<T>) -> Figure<T> {
        value.map_or(Figure::OutOfRange, Figure::Value)
    }
}

impl Figure<f64> {
    /// A computed number: out of range unless it is finite.
    pub fn finite(value: f64) -> Figure<f64> {
        if value.is_finite() {
            Figure::Value(value)
        } else {
            Figure::OutOfRange
        }
    }
}

/// How far `value` is on the way from `from` to `to`: 0 at `from`, 1 at
/// `to`, negative before `from`, above 1 beyond `to`.
///
/// When a difference overflows (the way from −1.7e308 to 1.7e308), the
/// same ratio is taken of the halves, which cannot overflow; halving is
/// exact, so nothing is lost. The result is infinite only when the share
/// itself is beyond an f64 (or `value` is infinite), and NaN when `from`
/// equals `to`.
pub fn share(value: f64, from: f64, to: f64) -> f64 {
    let (done, whole) = (value - from, to - from);
    if done.is_finite() && whole.is_finite() {
        done / whole
    } else {
        (value / 2.0 - from / 2.0) / (to / 2.0 - from / 2.0)
    }
}

/// `value × 2^exponent`, exact unless the result is out of range (or
/// subnormal). In steps, because 2^exponent alone may be beyond an f64
/// when the product is not.
pub fn times_power_of_two(value: f64, exponent: i32) -> f64 {
    const STEP: i32 = 1000;
    let mut result = value;
    let mut left = exponent;
    while left != 0 && result != 0.0 && result.is_finite() {
        let step = left.clamp(-STEP, STEP);
        result *= power_of_two(step);
        left -= step;
    }
    result
}

/// 2^exponent for an exponent a normal f64 can hold (−1022 to 1023), built
/// from its bits, so exactly.
fn power_of_two(exponent: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&exponent));
    let biased = u64::try_from(exponent + 1023).unwrap_or(1023);
    f64::from_bits(biased << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_of_a_way_wider_than_an_f64_is_worked_out_on_halves() {
        assert!((share(1612.0, -1.7e308, 1.7e308) - 0.5).abs() < 1e-12);
        assert!((share(1.7e308, -1.7e308, 1.7e308) - 1.0).abs() < 1e-12);
        assert!((share(-1.7e308, 1.7e308, -1.7e308) - 1.0).abs() < 1e-12);
    }

    #[test]
    #[allow(clippy::float_cmp)] // an infinity is exactly one
    fn a_share_beyond_an_f64_is_infinite_and_says_out_of_range() {
        let huge = share(1e10, 0.0, 1e-300);
        assert!(huge.is_infinite() && huge > 0.0);
        assert_eq!(Figure::finite(huge), Figure::OutOfRange);
        assert_eq!(share(f64::INFINITY, 0.0, 1.0), f64::INFINITY);
        assert_eq!(share(f64::NEG_INFINITY, 0.0, 1.0), f64::NEG_INFINITY);
    }

    #[test]
    fn ordinary_shares_are_the_plain_ratio() {
        assert!((share(1250.0, 1000.0, 2000.0) - 0.25).abs() < f64::EPSILON);
        assert!((share(4.0, 5.0, 3.0) - 0.5).abs() < f64::EPSILON);
    }

    #[test]
    #[allow(clippy::float_cmp)] // exactness is what is tested
    fn powers_of_two_scale_exactly_even_past_the_largest_power() {
        assert_eq!(times_power_of_two(1.5, 3), 12.0);
        assert_eq!(times_power_of_two(12.0, -3), 1.5);
        let max = f64::MAX;
        assert_eq!(
            times_power_of_two(times_power_of_two(max, -1030), 1030),
            max
        );
        assert_eq!(times_power_of_two(1.0, 1024), f64::INFINITY);
        assert_eq!(times_power_of_two(-1.0, 1024), f64::NEG_INFINITY);
        assert_eq!(times_power_of_two(0.0, 5000), 0.0);
    }

    #[test]
    fn checked_results_become_figures() {
        assert_eq!(Figure::checked(1_i64.checked_add(1)), Figure::Value(2));
        assert_eq!(Figure::checked(i64::MAX.checked_add(1)), Figure::OutOfRange);
        assert_eq!(Figure::Value(2).map(|v| v * 2), Figure::Value(4));
    }
}
