//! Numbers, amounts and dates as a reader of each language writes them.
//!
//! Files, the CSV export and typed input keep the canonical forms (a decimal
//! point, ISO dates); these are only what is shown. In Spanish a number has a
//! decimal comma and a thousands point ("1.500,5"), a percentage a space
//! before its sign ("52 %"), and a date in a sentence is "14/04/2027".

use chrono::NaiveDate;

use super::{Lang, number};
use crate::domain::Money;
use crate::domain::budget::Month;

impl Lang {
    /// A number as [`number`] writes it, with this language's separators.
    pub fn num(self, value: f64) -> String {
        self.separators(&number(value))
    }

    /// A whole number, a count: "5200", "5.200".
    pub fn whole(self, value: impl std::fmt::Display) -> String {
        self.separators(&value.to_string())
    }

    /// An amount with its two decimals: "1250.00", "1.250,00".
    pub fn money(self, amount: Money) -> String {
        self.separators(&amount.to_string())
    }

    /// An amount and its currency: "150.00 EUR", and in Spanish "150,00 €"
    /// (the symbol is how Spain writes euros; other codes stay as codes).
    pub fn money_in(self, amount: Money, currency: &str) -> String {
        format!("{} {}", self.money(amount), self.currency(currency))
    }

    /// The plan's currency as written after an amount.
    pub fn currency(self, currency: &str) -> String {
        match (self, currency) {
            (Lang::Es, "EUR") => "€".into(),
            _ => currency.into(),
        }
    }

    /// A whole percentage: "52%", "52 %".
    pub fn percent_sign(self, value: impl std::fmt::Display) -> String {
        self.pick(format!("{value}%"), format!("{value} %"))
    }

    /// A date as shown, in a sentence or a table: "2027-04-14",
    /// "14/04/2027" (the same width, so columns do not move).
    pub fn date(self, date: NaiveDate) -> String {
        match self {
            Lang::En => date.to_string(),
            Lang::Es => date.format("%d/%m/%Y").to_string(),
        }
    }

    /// When a post goes out: its date as shown, and its time if it has
    /// one ("30/11/2026 07:30").
    pub fn when(self, post: &crate::domain::Post) -> String {
        match &post.time {
            Some(time) => format!("{} {time}", self.date(post.date)),
            None => self.date(post.date),
        }
    }

    /// A month inside a sentence: "2026-12", "diciembre de 2026".
    pub fn month_in_sentence(self, month: Month) -> String {
        match self {
            Lang::En => month.to_string(),
            Lang::Es => NaiveDate::from_ymd_opt(month.year, month.month, 1).map_or_else(
                || month.to_string(),
                |first| self.month_heading(first).to_lowercase(),
            ),
        }
    }

    /// What a change did, for the status line after "Saved:" and for undo:
    /// `added objective “ig-followers”`, `alta del objetivo «ig-followers»`.
    pub fn labelled(self, action: &str, key: &str) -> String {
        let (open, close) = self.pick(("“", "”"), ("«", "»"));
        format!("{action} {open}{key}{close}")
    }

    /// `text` with the number `old` written in it replaced by `new`, in the
    /// same style ("2.000", "2,000" or "2000"): the name of an objective
    /// whose target changes ("… a 5 €" → "… a 4 €"). `None` when `text`
    /// does not state `old` as a whole number of its own.
    pub fn restated(text: &str, old: f64, new: f64) -> Option<String> {
        let styles: [fn(f64) -> String; 3] = [
            |n| Lang::Es.num(n),
            |n| Lang::Es.num(n).chars().map(swap_separator).collect(),
            number,
        ];
        styles.iter().find_map(|style| {
            let at = whole_number_at(text, &style(old))?;
            let end = at + style(old).len();
            Some(format!("{}{}{}", &text[..at], style(new), &text[end..]))
        })
    }

    /// Puts this language's separators into a number written with a
    /// decimal point and no thousands separator.
    fn separators(self, canonical: &str) -> String {
        match self {
            Lang::En => canonical.into(),
            Lang::Es => spanish_separators(canonical),
        }
    }
}

/// "1.500,5" ↔ "1,500.5": the English way of grouping thousands.
fn swap_separator(c: char) -> char {
    match c {
        '.' => ',',
        ',' => '.',
        other => other,
    }
}

/// Where `number` is written in `text` with no digit glued to either side,
/// directly or across a separator ("5" in "a 5 €", not in "15" or "5,5").
fn whole_number_at(text: &str, number: &str) -> Option<usize> {
    let glued = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    text.match_indices(number).map(|(at, _)| at).find(|&at| {
        let before = &text[..at];
        let before = before.strip_suffix(['.', ',']).unwrap_or(before);
        let after = &text[at + number.len()..];
        let after = after.strip_prefix(['.', ',']).unwrap_or(after);
        !before.ends_with(|c: char| c.is_ascii_digit()) && !glued(after)
    })
}

/// "-1234567.5" → "-1.234.567,5"; "1.7e308" → "1,7e308" (the exponent's
/// digits are not grouped).
fn spanish_separators(canonical: &str) -> String {
    let (sign, unsigned) = canonical
        .strip_prefix('-')
        .map_or(("", canonical), |rest| ("-", rest));
    let (mantissa, exponent) = unsigned
        .split_once('e')
        .map_or((unsigned, None), |(m, e)| (m, Some(e)));
    let (whole, fraction) = mantissa
        .split_once('.')
        .map_or((mantissa, None), |(w, f)| (w, Some(f)));
    let mut text = format!("{sign}{}", grouped(whole));
    if let Some(fraction) = fraction {
        text.push(',');
        text.push_str(fraction);
    }
    if let Some(exponent) = exponent {
        text.push('e');
        text.push_str(exponent);
    }
    text
}

/// Whole digits in groups of three, from four digits on: "1500" → "1.500".
fn grouped(digits: &str) -> String {
    if digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.into();
    }
    let first = digits.len() % 3;
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (i + 3 - first).is_multiple_of(3) {
            text.push('.');
        }
        text.push(digit);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_numbers_take_a_decimal_comma_and_a_thousands_point() {
        assert_eq!(Lang::Es.num(1500.0), "1.500");
        assert_eq!(Lang::Es.num(3.82), "3,82");
        assert_eq!(Lang::Es.num(1.5), "1,5");
        assert_eq!(Lang::Es.num(-1_234_567.5), "-1.234.567,5");
        assert_eq!(Lang::Es.num(150.0), "150");
        assert_eq!(Lang::Es.num(1.7e308), "1,7e308");
        assert_eq!(Lang::Es.num(0.003), "0,003");
    }

    #[test]
    fn english_numbers_stay_as_they_were() {
        assert_eq!(Lang::En.num(1500.0), "1500");
        assert_eq!(Lang::En.num(3.82), "3.82");
        assert_eq!(
            Lang::En.money_in(Money::from_units(150), "EUR"),
            "150.00 EUR"
        );
        assert_eq!(Lang::En.percent_sign(52), "52%");
    }

    #[test]
    fn spanish_amounts_and_percentages() {
        assert_eq!(Lang::Es.money_in(Money::from_units(150), "EUR"), "150,00 €");
        assert_eq!(
            Lang::Es.money_in(Money::from_minor(125_050), "USD"),
            "1.250,50 USD"
        );
        assert_eq!(Lang::Es.money(Money::from_minor(-99)), "-0,99");
        assert_eq!(Lang::Es.percent_sign(52), "52 %");
    }

    #[test]
    fn dates_and_months_in_sentences() {
        let date: NaiveDate = "2027-04-14".parse().unwrap();
        assert_eq!(Lang::Es.date(date), "14/04/2027");
        assert_eq!(Lang::En.date(date), "2027-04-14");
        let month = Month {
            year: 2026,
            month: 12,
        };
        assert_eq!(Lang::Es.month_in_sentence(month), "diciembre de 2026");
        assert_eq!(Lang::En.month_in_sentence(month), "2026-12");
    }

    #[test]
    fn a_name_is_restated_with_the_new_target_in_its_own_style() {
        for (name, old, new, restated) in [
            (
                "Coste por lead a 5 €",
                5.0,
                4.0,
                Some("Coste por lead a 4 €"),
            ),
            (
                "Llegar a 2.000 seguidores",
                2000.0,
                1800.0,
                Some("Llegar a 1.800 seguidores"),
            ),
            (
                "Reach 2,000 followers",
                2000.0,
                2500.0,
                Some("Reach 2,500 followers"),
            ),
            ("3.5% engagement", 3.5, 4.0, Some("4% engagement")),
            ("Top 15 by May", 5.0, 4.0, None),
            ("A 5,5 de media", 5.0, 4.0, None),
        ] {
            assert_eq!(
                Lang::restated(name, old, new).as_deref(),
                restated,
                "{name}"
            );
        }
    }

    #[test]
    fn every_group_has_three_digits() {
        assert_eq!(grouped("123"), "123");
        assert_eq!(grouped("1234"), "1.234");
        assert_eq!(grouped("12345"), "12.345");
        assert_eq!(grouped("123456"), "123.456");
        assert_eq!(grouped("1234567"), "1.234.567");
    }
}
