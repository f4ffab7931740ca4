//! Exact amounts of money: integer minor units (cents), never binary floats.
//!
//! In the plan file an amount is a string with two decimals (`"1250.00"`), so a
//! person reading the JSON sees the amount, and no parser can round it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount in the plan's currency, in hundredths (cents).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// Why a text is not an amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Not digits with an optional point and at most two decimals.
    Malformed(String),
    /// Too large to hold exactly.
    TooLarge(String),
}

impl Money {
    pub const ZERO: Money = Money(0);
    /// The largest amount there is (92233720368547758.07).
    pub const MAX: Money = Money(i64::MAX);

    pub const fn from_minor(minor: i64) -> Self {
        Money(minor)
    }

    /// Whole units (euros, dollars…), for amounts written without cents.
    pub const fn from_units(units: i64) -> Self {
        Money(units * 100)
    }

    pub const fn minor(self) -> i64 {
        self.0
    }

    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Parses `1250`, `1250.5` or `1250.50` (a point for decimals, at most two).
    /// A comma is refused rather than guessed: `1,250` is a thousand in English
    /// and one and a quarter in Spanish.
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let malformed = || MoneyError::Malformed(text.to_string());
        let trimmed = text.trim();
        let (negative, unsigned) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || fraction.len() > 2 {
            return Err(malformed());
        }
        if unsigned.ends_with('.') {
            return Err(malformed());
        }
        let too_large = || MoneyError::TooLarge(text.to_string());
        let units: i64 = whole.parse().map_err(|_| too_large())?;
        let cents: i64 = match fraction.len() {
            0 => 0,
            1 => i64::from(fraction.as_bytes()[0] - b'0') * 10,
            _ => fraction.parse().map_err(|_| malformed())?,
        };
        let hundreds = units.checked_mul(100).ok_or_else(too_large)?;
        // Negative amounts are built downwards so that i64::MIN round-trips.
        let minor = if negative {
            hundreds.checked_neg().and_then(|h| h.checked_sub(cents))
        } else {
            hundreds.checked_add(cents)
        };
        minor.map(Money).ok_or_else(too_large)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

impl Money {
    /// The sum of the amounts; None when it is beyond what an amount holds
    /// (a sum is never quietly capped, nor a term dropped). Added in i128,
    /// which no count of amounts a plan can hold overflows, so the order of
    /// the terms does not matter.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Money>) -> Option<Money> {
        let total: i128 = amounts.into_iter().map(|m| i128::from(m.0)).sum();
        i64::try_from(total).ok().map(Money)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Money::parse(&text).map_err(|_| {
            serde::de::Error::custom(format!(
                "invalid amount {text:?}: expected a string such as \"1250.00\" (a point, at most two decimals)"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_whole_and_decimal_amounts() {
        assert_eq!(Money::parse("1250").unwrap(), Money::from_minor(125_000));
        assert_eq!(Money::parse("12.5").unwrap(), Money::from_minor(1250));
        assert_eq!(Money::parse("0.05").unwrap(), Money::from_minor(5));
        assert_eq!(Money::parse("-3.10").unwrap(), Money::from_minor(-310));
        assert_eq!(Money::parse(" 7 ").unwrap(), Money::from_units(7));
    }

    #[test]
    fn refuses_what_it_would_have_to_guess() {
        for bad in ["", ".5", "1,250", "12.", "1.234", "abc", "1e3", "--1", "+1"] {
            assert!(Money::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(matches!(
            Money::parse("999999999999999999999"),
            Err(MoneyError::TooLarge(_))
        ));
    }

    #[test]
    fn displays_two_decimals() {
        assert_eq!(Money::from_minor(125_050).to_string(), "1250.50");
        assert_eq!(Money::from_minor(-5).to_string(), "-0.05");
        for extreme in [i64::MIN, i64::MAX] {
            let money = Money::from_minor(extreme);
            assert_eq!(Money::parse(&money.to_string()).unwrap(), money);
        }
    }

    #[test]
    fn sums_that_overflow_are_none_not_capped() {
        let half = Money::from_minor(i64::MAX / 2 + 1);
        assert_eq!(Money::checked_sum([half, half]), None);
        assert_eq!(
            Money::checked_sum([half, half, Money::from_minor(-1)]),
            Some(Money::from_minor(i64::MAX)),
            "only the sum must be in range, not every partial sum"
        );
        assert_eq!(
            Money::checked_sum([Money::from_units(2), Money::from_minor(50)]),
            Some(Money::from_minor(250))
        );
        assert_eq!(Money::checked_sum([]), Some(Money::ZERO));
    }
}
