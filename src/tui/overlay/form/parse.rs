//! Reading a form's texts as the values of an item: each helper marks the
//! field when the text is not what it must be, and returns None.

use chrono::NaiveDate;

use super::{FieldKey, Form};
use crate::domain::Money;
use crate::i18n::Lang;

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

    /// The text of field `id` as `parse` reads it, or None with
    /// `problem(text)` marked on the field.
    fn parsed<T>(
        &mut self,
        id: F,
        parse: impl FnOnce(&str) -> Option<T>,
        problem: impl FnOnce(&str) -> String,
    ) -> Option<T> {
        let text = self.value(id).to_string();
        let parsed = parse(&text);
        if parsed.is_none() {
            self.invalid(id, problem(&text));
        }
        parsed
    }

    /// The text of field `id` as `read` reads it, or None with the reason
    /// `read` gives marked on the field.
    fn read<T>(&mut self, id: F, read: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
        match read(self.value(id)) {
            Ok(value) => Some(value),
            Err(problem) => {
                self.invalid(id, problem);
                None
            }
        }
    }

    /// An empty field is `Some(None)`; anything else is read by `read`.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    fn optional<T>(
        &mut self,
        id: F,
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<Option<T>> {
        if self.value(id).is_empty() {
            Some(None)
        } else {
            read(self).map(Some)
        }
    }

    pub fn date(&mut self, id: F, lang: Lang) -> Option<NaiveDate> {
        self.read(id, |text| lang.read_date(text))
    }

    /// An empty field is None; anything else must be a date.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_date(&mut self, id: F, lang: Lang) -> Option<Option<NaiveDate>> {
        self.optional(id, |form| form.date(id, lang))
    }

    pub fn number(&mut self, id: F, lang: Lang) -> Option<f64> {
        self.read(id, |text| lang.read_number(text))
    }

    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_number(&mut self, id: F, lang: Lang) -> Option<Option<f64>> {
        self.optional(id, |form| form.number(id, lang))
    }

    /// An amount; empty means zero.
    pub fn money(&mut self, id: F, lang: Lang) -> Option<Money> {
        let amount = self.optional(id, |form| form.read(id, |text| lang.read_amount(text)));
        amount.map(|amount| amount.unwrap_or(Money::ZERO))
    }

    /// A whole number from `min` to `max`; empty means None.
    #[allow(clippy::option_option)] // None: invalid (marked); Some(None): left empty
    pub fn optional_whole(&mut self, id: F, min: u64, max: u64, lang: Lang) -> Option<Option<u64>> {
        let whole = |text: &str| lang.read_whole(text).filter(|n| (min..=max).contains(n));
        self.optional(id, |form| {
            form.parsed(id, whole, |text| lang.bad_whole(text, min, max))
        })
    }
}
