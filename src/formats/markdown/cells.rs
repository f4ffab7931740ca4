//! The report's cells for counts and amounts that may be missing: a dash
//! (—) where there is no value, never a 0 that would read as measured or
//! free.

use crate::domain::results::Total;
use crate::domain::{Figure, Money};
use crate::i18n::{Lang, T};

/// What stands where there is no value: not measured, nothing recorded, a
/// cost with nothing to divide by.
pub const NONE: &str = "—";

/// One post's result.
pub fn count(value: Option<u64>, lang: Lang) -> String {
    value.map_or_else(|| NONE.into(), |n| lang.whole(n))
}

/// A sum over posts; "out of range" when it is beyond a number.
pub fn total(total: Total, lang: Lang) -> String {
    match total.value() {
        Some(Figure::Value(sum)) => lang.whole(sum),
        Some(Figure::OutOfRange) => lang.t(T::OutOfRange).into(),
        None => NONE.into(),
    }
}

/// An amount with its currency (escaped already).
pub fn money(amount: Option<Money>, currency: &str, lang: Lang) -> String {
    amount.map_or_else(|| NONE.into(), |m| lang.money_in(m, currency))
}
