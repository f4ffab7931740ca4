use super::*;
use Convention::{Comma, Point};

fn ok(text: &str, convention: Convention) -> String {
    canonical_number(text, convention).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
}

fn other(written: &str) -> Result<String, NumberError> {
    Err(NumberError::OtherConvention {
        written: written.to_string(),
    })
}

#[test]
fn each_convention_reads_its_decimal_mark_and_thousands_in_groups_of_three() {
    for (text, convention, canonical) in [
        ("1250", Point, "1250"),
        ("12.5", Point, "12.5"),
        ("1,250.5", Point, "1250.5"),
        ("1,234", Point, "1234"),
        ("1,234,567", Point, "1234567"),
        ("-3.25", Point, "-3.25"),
        ("+7", Point, "7"),
        (" 42 ", Point, "42"),
        ("0.125", Point, "0.125"),
        ("8,7", Comma, "8.7"),
        ("1.250,5", Comma, "1250.5"),
        ("1.234", Comma, "1234"),
        ("1.234.567", Comma, "1234567"),
        ("-0,5", Comma, "-0.5"),
        ("120,00", Comma, "120.00"),
        ("1250", Comma, "1250"),
        // The canonical point, where it cannot be a thousands point.
        ("8.7", Comma, "8.7"),
        ("1.5", Comma, "1.5"),
        ("12.50", Comma, "12.50"),
        ("0.125", Comma, "0.125"),
        ("1234.5", Comma, "1234.5"),
        ("-2.25", Comma, "-2.25"),
    ] {
        assert_eq!(ok(text, convention), canonical, "{text} {convention:?}");
    }
}

#[test]
fn a_number_in_the_other_convention_is_refused_with_how_to_write_it() {
    assert_eq!(canonical_number("1,5", Point), other("1.5"));
    assert_eq!(canonical_number("1.250,5", Point), other("1,250.5"));
    assert_eq!(canonical_number("-0,125", Point), other("-0.125"));
    assert_eq!(canonical_number("1,2345", Point), other("1.2345"));
    assert_eq!(canonical_number("1,250.5", Comma), other("1.250,5"));
    assert_eq!(canonical_number("12,345.67", Comma), other("12.345,67"));
}

#[test]
fn what_no_convention_reads_is_not_a_number() {
    for text in [
        "", "-", "abc", "1e5", "inf", "NaN", "12.", ",5", "1,2,3", "1.23.4", "1 250", "0,125.5",
        "1..2", "--1", "12a",
    ] {
        for convention in [Point, Comma] {
            assert_eq!(
                canonical_number(text, convention),
                Err(NumberError::NotANumber),
                "{text:?} {convention:?}"
            );
        }
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn iso_dates_are_read_in_both_conventions() {
    for convention in [Point, Comma] {
        assert_eq!(date("2026-11-30", convention), Ok(day(2026, 11, 30)));
        assert_eq!(date(" 2028-02-29 ", convention), Ok(day(2028, 2, 29)));
    }
}

#[test]
fn day_month_year_is_read_with_the_comma_convention_only() {
    assert_eq!(date("30/11/2026", Comma), Ok(day(2026, 11, 30)));
    assert_eq!(date("1/2/2027", Comma), Ok(day(2027, 2, 1)));
    assert_eq!(date("30/11/2026", Point), Err(DateError::NotADate));
    for text in [
        "30/11/26",
        "30-11-2026",
        "2026/11/30",
        "30/11",
        "1/2/2027/1",
        "aa/bb/cccc",
    ] {
        assert_eq!(date(text, Comma), Err(DateError::NotADate), "{text}");
    }
}

#[test]
fn an_impossible_date_says_what_is_wrong() {
    let february = DateError::NoSuchDay {
        year: 2027,
        month: 2,
        days: 28,
    };
    assert_eq!(date("2027-02-30", Point), Err(february));
    assert_eq!(date("30/02/2027", Comma), Err(february));
    let leap = DateError::NoSuchDay {
        year: 2028,
        month: 2,
        days: 29,
    };
    assert_eq!(date("2028-02-30", Point), Err(leap));
    assert_eq!(
        date("2026-04-31", Point),
        Err(DateError::NoSuchDay {
            year: 2026,
            month: 4,
            days: 30
        })
    );
    assert_eq!(
        date("2026-13-01", Point),
        Err(DateError::NoSuchMonth { month: 13 })
    );
    assert_eq!(
        date("2026-00-10", Point),
        Err(DateError::NoSuchMonth { month: 0 })
    );
    assert_eq!(date("99999-01-01", Point), Err(DateError::YearOutOfRange));
    assert_eq!(date("0000-01-01", Point), Err(DateError::YearOutOfRange));
    assert_eq!(
        date("99999999999999999999999-01-01", Point),
        Err(DateError::YearOutOfRange)
    );
    assert_eq!(date("2026-1-5", Point), Ok(day(2026, 1, 5)));
    assert_eq!(date("26-01-05", Point), Err(DateError::NotADate));
}
