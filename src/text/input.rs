//! Numbers and dates as a person types them, by the conventions of their
//! language or of the file they come from.
//!
//! - [`Convention::Point`] (English, and CSV separated by commas): a decimal
//!   point and an optional thousands comma in groups of three (`1,250.5`);
//!   dates are ISO only (`2026-11-30`).
//! - [`Convention::Comma`] (Spanish, and CSV separated by semicolons): a
//!   decimal comma and an optional thousands point (`8,7`, `1.250,5`;
//!   `1.234` is one thousand two hundred and thirty-four). The canonical
//!   form is read too where it cannot be a thousands point: a single point
//!   followed by other than three digits (`8.7`, `0.125`) is a decimal.
//!   Dates are ISO or day/month/year (`30/11/2026`, `1/2/2027`).
//!
//! A number written by the other convention (`1,5` in English) is refused
//! with the way to write it, never guessed. What is read comes back in the
//! canonical form the plan file uses: a point for decimals, no separators.

use chrono::{Datelike, NaiveDate};

/// How numbers and dates are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convention {
    /// `1,250.5` and ISO dates.
    Point,
    /// `1.250,5` and ISO or `dd/mm/yyyy` dates.
    Comma,
}

impl Convention {
    /// The decimal mark, then the thousands separator.
    fn marks(self) -> (char, char) {
        match self {
            Convention::Point => ('.', ','),
            Convention::Comma => (',', '.'),
        }
    }

    fn other(self) -> Convention {
        match self {
            Convention::Point => Convention::Comma,
            Convention::Comma => Convention::Point,
        }
    }
}

/// Why a text is not a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number in any convention.
    NotANumber,
    /// A number written by the other convention: `written` is how this one
    /// writes it (English `1,5` → `1.5`).
    OtherConvention { written: String },
}

/// A number's parts: sign, whole digits, decimal digits.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Parts {
    negative: bool,
    whole: String,
    fraction: String,
}

impl Parts {
    /// The plan file's form: `-1250.5`.
    fn canonical(&self) -> String {
        self.written('.', None)
    }

    /// As `convention` writes it, thousands grouped: `1.250,5`.
    fn in_convention(&self, convention: Convention) -> String {
        let (decimal, thousands) = convention.marks();
        self.written(decimal, Some(thousands))
    }

    fn written(&self, decimal: char, thousands: Option<char>) -> String {
        let mut text = String::from(if self.negative { "-" } else { "" });
        let digits = self.whole.len();
        for (at, digit) in self.whole.chars().enumerate() {
            let from_end = digits - at;
            if at > 0 && from_end.is_multiple_of(3) {
                text.extend(thousands);
            }
            text.push(digit);
        }
        if !self.fraction.is_empty() {
            text.push(decimal);
            text.push_str(&self.fraction);
        }
        text
    }
}

/// `text` as a number in `convention`, in the canonical form (`-1250.5`).
pub fn canonical_number(text: &str, convention: Convention) -> Result<String, NumberError> {
    let text = text.trim();
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let read = |convention: Convention| read_unsigned(body, convention, negative);
    if let Some(parts) = read(convention) {
        return Ok(parts.canonical());
    }
    if convention == Convention::Comma
        && let Some(parts) = plain_decimal(body, negative)
    {
        return Ok(parts.canonical());
    }
    match read(convention.other()) {
        Some(parts) => Err(NumberError::OtherConvention {
            written: parts.in_convention(convention),
        }),
        None => Err(NumberError::NotANumber),
    }
}

/// `body` (no sign) with `convention`'s marks: digits, thousands groups of
/// three after a first group of one to three that does not start with 0,
/// and an optional decimal mark with digits on both sides.
fn read_unsigned(body: &str, convention: Convention, negative: bool) -> Option<Parts> {
    let (decimal, thousands) = convention.marks();
    let (whole, fraction) = body.split_once(decimal).unwrap_or((body, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if body.ends_with(decimal) || !(fraction.is_empty() || digits(fraction)) {
        return None;
    }
    let groups: Vec<&str> = whole.split(thousands).collect();
    let grouped = groups.len() > 1;
    let (first, rest) = groups.split_first()?;
    let first_fits = digits(first) && (!grouped || (first.len() <= 3 && !first.starts_with('0')));
    if !first_fits || rest.iter().any(|g| g.len() != 3 || !digits(g)) {
        return None;
    }
    Some(Parts {
        negative,
        whole: groups.concat(),
        fraction: fraction.to_string(),
    })
}

/// The canonical form where a thousands point cannot be meant: one point,
/// no comma (`8.7`, `0.125`).
fn plain_decimal(body: &str, negative: bool) -> Option<Parts> {
    if body.contains(',') || body.matches('.').count() != 1 {
        return None;
    }
    read_unsigned(body, Convention::Point, negative)
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not written as a date at all.
    NotADate,
    /// The year is outside [`YEARS`].
    YearOutOfRange,
    /// There is no such month.
    NoSuchMonth { month: u32 },
    /// The month has only `days` days.
    NoSuchDay { year: i32, month: u32, days: u32 },
}

/// The years a date may have: four digits, as the plan file writes them.
pub const YEARS: std::ops::RangeInclusive<i64> = 1..=9999;

/// `text` as a date in `convention`: ISO (`2026-11-30`) in both, and
/// `dd/mm/yyyy` (`30/11/2026`, `1/2/2027`) with [`Convention::Comma`].
pub fn date(text: &str, convention: Convention) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    let (year, month, day) = if let Some([y, m, d]) = fields(text, '-', [4, 2, 2]) {
        (y, m, d)
    } else if convention == Convention::Comma
        && let Some([d, m, y]) = fields(text, '/', [2, 2, 4])
    {
        (y, m, d)
    } else {
        return Err(DateError::NotADate);
    };
    let year = number_of(year)?;
    if !YEARS.contains(&year) {
        return Err(DateError::YearOutOfRange);
    }
    let year = i32::try_from(year).map_err(|_| DateError::YearOutOfRange)?;
    let month = u32::try_from(number_of(month)?).map_err(|_| DateError::NotADate)?;
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth { month });
    }
    let day = u32::try_from(number_of(day)?).map_err(|_| DateError::NotADate)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay {
        year,
        month,
        days: days_in(year, month),
    })
}

/// The three parts of `text` split at `separator`, each of digits and no
/// longer than `widths` says, except a year, which may be longer so that it
/// is refused as out of range rather than as not a date.
fn fields(text: &str, separator: char, widths: [usize; 3]) -> Option<[&str; 3]> {
    let parts: Vec<&str> = text.split(separator).collect();
    let parts: [&str; 3] = parts.try_into().ok()?;
    let fits = parts.iter().zip(widths).all(|(part, width)| {
        let is_year = width == 4;
        let long_enough = if is_year {
            part.len() >= 4
        } else {
            part.len() <= width
        };
        !part.is_empty() && long_enough && part.bytes().all(|b| b.is_ascii_digit())
    });
    fits.then_some(parts)
}

/// The digits as a number; too many for one is a year out of range.
fn number_of(digits: &str) -> Result<i64, DateError> {
    digits.parse().map_err(|_| DateError::YearOutOfRange)
}

/// Days in `month` of `year`.
fn days_in(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

#[cfg(test)]
mod tests;
