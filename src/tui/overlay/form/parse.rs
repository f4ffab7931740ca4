//! Reading a form's texts as the values of an item: each helper marks the
//! field when the text is not what it must be, and returns None.

use chrono::NaiveDate;

use super::{FieldKey, Form};
use crate::domain::Money;
use crate::i18n::Lang;
use crate::text::parse_number;

impl<F: FieldKey> Form<F> {
    /// A text that must not be empty.
    pub fn required(&mut self, id: F, lang: Lang) -> Option<String> {
        let value = self.value(id).to_string();
        if value.is_empty() {
            self.invalid(id, lang.required());
            return None;
        }
        Some(value)
    }

    pub fn date(&mut self, id: F, lang: Lang) -> Option<NaiveDate> {
        let text = self.value(id).to_string();
        let parsed = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.invalid(id, lang.bad_date(&text));
        }
        parsed
    }

    /// An empty field is None; anything else must be a date.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_date(&mut self, id: F, lang: Lang) -> Option<Option<NaiveDate>> {
        if self.value(id).is_empty() {
            Some(None)
        } else {
            self.date(id, lang).map(Some)
        }
    }

    pub fn number(&mut self, id: F, lang: Lang) -> Option<f64> {
        let text = self.value(id).to_string();
        let parsed = parse_number(&text);
        if parsed.is_none() {
            self.invalid(id, lang.bad_number(&text));
        }
        parsed
    }

    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_number(&mut self, id: F, lang: Lang) -> Option<Option<f64>> {
        if self.value(id).is_empty() {
            Some(None)
        } else {
            self.number(id, lang).map(Some)
        }
    }

    /// An amount; empty means zero.
    pub fn money(&mut self, id: F, lang: Lang) -> Option<Money> {
        let text = self.value(id).to_string();
        if text.is_empty() {
            return Some(Money::ZERO);
        }
        let parsed = Money::parse(&text).ok();
        if parsed.is_none() {
            self.invalid(id, lang.bad_amount(&text));
        }
        parsed
    }

    /// A whole number from `min` to `max`; empty means None.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_whole(&mut self, id: F, min: u64, max: u64, lang: Lang) -> Option<Option<u64>> {
        let text = self.value(id).to_string();
        if text.is_empty() {
            return Some(None);
        }
        match text.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Some(Some(n)),
            _ => {
                self.invalid(id, lang.bad_whole(&text, min, max));
                None
            }
        }
    }
}
