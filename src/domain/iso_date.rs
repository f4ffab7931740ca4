//! Dates in the plan file, `YYYY-MM-DD`, read without chrono's general
//! format parser.
//!
//! A large plan holds a date in every measurement, so reading them is a
//! visible part of loading one (see docs/PERFORMANCE.md). The written form
//! is chrono's own; anything that is not plainly `YYYY-MM-DD` goes to
//! chrono, so odd input is judged, and explained, exactly as before.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serialize, Serializer};

/// For `#[serde(with = "iso_date")]` on a `NaiveDate` field.
pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    date.serialize(serializer)
}

/// For `#[serde(with = "iso_date")]` on a `NaiveDate` field.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    deserializer.deserialize_str(DateVisitor)
}

/// For `#[serde(with = "iso_date::option")]` on an `Option<NaiveDate>` field.
pub mod option {
    use super::{DateVisitor, NaiveDate};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Date>::deserialize(deserializer)?.map(|Date(date)| date))
    }

    /// The date inside the option, read like any other.
    struct Date(NaiveDate);

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(DateVisitor).map(Date)
        }
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a date as YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        plain(text).map_or_else(|| text.parse().map_err(E::custom), Ok)
    }
}

/// The date written as exactly `YYYY-MM-DD` (four, two and two digits), if
/// it is one and exists.
fn plain(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0u32, |number, &byte| {
            byte.is_ascii_digit()
                .then(|| number * 10 + u32::from(byte - b'0'))
        })
    };
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(json: &str) -> Result<NaiveDate, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        deserialize(&mut de).map_err(|e| e.to_string())
    }

    #[test]
    fn odd_dates_are_judged_as_chrono_judges_them() {
        for text in ["2027-02-30", "2027-2-3", "27-02-03", "2027/02/03", "", "x"] {
            let ours = read(&format!("\"{text}\""));
            let chronos = serde_json::from_str::<NaiveDate>(&format!("\"{text}\""))
                .map_err(|e| e.to_string());
            assert_eq!(ours, chronos, "{text}");
        }
    }

    #[test]
    fn a_date_must_be_a_string() {
        assert!(read("20270203").unwrap_err().contains("YYYY-MM-DD"));
    }

    proptest! {
        #[test]
        fn every_written_date_reads_back(days in -1_000_000i64..1_000_000) {
            let date = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
                + chrono::Duration::days(days);
            let json = serde_json::to_string(&date).unwrap();
            prop_assert_eq!(read(&json), Ok(date));
        }
    }
}
