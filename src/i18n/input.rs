//! Numbers and dates typed by a person, read by their language's habits
//! (`text::input`), and what to say when one cannot be read.

use chrono::NaiveDate;

use crate::domain::Money;
use crate::domain::money::MoneyError;
use crate::domain::unusual::{FAR, Unusual};
use crate::i18n::calendar::{MONTHS_EN, MONTHS_ES};
use crate::i18n::{Lang, number};
use crate::text::input::{self, Convention, DateError, NumberError};
use crate::text::{capitalised, editable_number, parse_number};

impl Lang {
    /// How this language writes numbers and dates.
    pub fn convention(self) -> Convention {
        match self {
            Lang::En => Convention::Point,
            Lang::Es => Convention::Comma,
        }
    }

    /// A typed number (`8,7` in Spanish, `1,250.5` in English).
    pub fn read_number(self, text: &str) -> Result<f64, String> {
        input::canonical_number(text, self.convention())
            .ok()
            .and_then(|canonical| parse_number(&canonical))
            .ok_or_else(|| self.not_a_number(text))
    }

    /// A typed whole number, thousands grouped or not; None if it is not one.
    pub fn read_whole(self, text: &str) -> Option<u64> {
        let canonical = input::canonical_number(text, self.convention()).ok()?;
        canonical.parse().ok()
    }

    /// A typed amount: at most two decimals.
    pub fn read_amount(self, text: &str) -> Result<Money, String> {
        let canonical =
            input::canonical_number(text, self.convention()).map_err(|error| match error {
                NumberError::OtherConvention { written } => {
                    self.written_otherwise(text, &written, true)
                }
                NumberError::NotANumber => self.not_an_amount(text),
            })?;
        Money::parse(&canonical).map_err(|error| match error {
            MoneyError::TooLarge(_) => self.pick(
                format!("{text:?} is too large an amount."),
                format!("{text:?} es un importe demasiado grande."),
            ),
            MoneyError::Malformed(_) => self.not_an_amount(text),
        })
    }

    /// A typed date: ISO, or also `dd/mm/aaaa` in Spanish.
    pub fn read_date(self, text: &str) -> Result<NaiveDate, String> {
        input::date(text, self.convention()).map_err(|error| self.date_error(text, error))
    }

    /// A value in a field to edit, as [`Lang::read_number`] reads it back
    /// exactly: `8,7` in Spanish, where `8.7` could be misread once it has
    /// three decimals (`1.234` is a thousand and more).
    pub fn editable_number(self, value: f64) -> String {
        let canonical = editable_number(value);
        match self {
            Lang::En => canonical,
            Lang::Es => canonical.replace('.', ","),
        }
    }

    fn not_a_number(self, text: &str) -> String {
        match input::canonical_number(text, self.convention()) {
            Err(NumberError::OtherConvention { written }) => {
                self.written_otherwise(text, &written, false)
            }
            _ => self.pick(
                format!("{text:?} is not a number (for example 1250, 1,250.5 or 12.5)."),
                format!("{text:?} no es un número (por ejemplo 1250, 1.250,5 o 12,5)."),
            ),
        }
    }

    fn not_an_amount(self, text: &str) -> String {
        self.pick(
            format!("{text:?} is not an amount: digits with at most two decimals after a point (1,250 or 19.90)."),
            format!("{text:?} no es un importe: cifras con como mucho dos decimales tras una coma (1.250 o 19,90)."),
        )
    }

    /// A number written the other language's way (`1,5` in English): how
    /// to write it in this one; `amount` says which word the message uses.
    fn written_otherwise(self, text: &str, written: &str, amount: bool) -> String {
        let what = match (amount, self) {
            (false, Lang::En) => "a number",
            (true, Lang::En) => "an amount",
            (false, Lang::Es) => "un número",
            (true, Lang::Es) => "un importe",
        };
        self.pick(
            format!("{text:?} is not {what}: write {written} (a point for decimals, a comma between thousands)."),
            format!("{text:?} no es {what}: escribe {written} (coma para los decimales, punto para los miles)."),
        )
    }

    /// Why `text` is not a date, and how to write one.
    pub fn date_error(self, text: &str, error: DateError) -> String {
        let why = match error {
            DateError::NotADate => {
                return self.pick(
                    format!("{text:?} is not a date: write it as YYYY-MM-DD, e.g. 2027-01-20."),
                    format!("{text:?} no es una fecha: escríbela como DD/MM/AAAA o AAAA-MM-DD, p. ej. 20/01/2027."),
                );
            }
            DateError::YearOutOfRange => self.pick(
                format!(
                    "the year is out of range ({} to {})",
                    input::YEARS.start(),
                    input::YEARS.end()
                ),
                format!(
                    "el año está fuera de rango (del {} al {})",
                    input::YEARS.start(),
                    input::YEARS.end()
                ),
            ),
            DateError::NoSuchMonth { month } => self.pick(
                format!("there is no month {month} (they go from 1 to 12)"),
                format!("no hay mes {month} (van del 1 al 12)"),
            ),
            DateError::NoSuchDay { year, month, days } => {
                let index = usize::try_from(month.saturating_sub(1))
                    .unwrap_or(0)
                    .min(11);
                self.pick(
                    format!("{} {year} has {days} days", MONTHS_EN[index]),
                    format!(
                        "{} de {year} tiene {days} días",
                        MONTHS_ES[index].to_lowercase()
                    ),
                )
            }
        };
        self.pick(
            format!("{text:?} is not a date: {why}."),
            format!("{text:?} no es una fecha: {why}."),
        )
    }
}

impl Lang {
    /// Why a recorded value looks like a slip (see `domain::unusual`).
    pub fn unusual(self, value: f64, why: Unusual) -> String {
        let value = number(value);
        match why {
            Unusual::Sign {
                baseline,
                target: Some(target),
            } => {
                let (baseline, target) = (number(baseline), number(target));
                self.pick(
                    format!("{value} has neither the sign of the baseline ({baseline}) nor that of the target ({target})"),
                    format!("{value} no tiene el signo del valor inicial ({baseline}) ni el de la meta ({target})"),
                )
            }
            Unusual::Sign {
                baseline,
                target: None,
            } => {
                let baseline = number(baseline);
                self.pick(
                    format!("{value} does not have the sign of the baseline ({baseline})"),
                    format!("{value} no tiene el signo del valor inicial ({baseline})"),
                )
            }
            Unusual::Far { baseline, target } => {
                let (baseline, target) = (number(baseline), number(target));
                let times = number(FAR);
                self.pick(
                    format!("{value} is more than {times} times as far from the baseline ({baseline}) as the target ({target}) is"),
                    format!("{value} está más de {times} veces más lejos del valor inicial ({baseline}) que la meta ({target})"),
                )
            }
        }
    }

    /// `update`'s warning on stderr: the value was recorded all the same.
    pub fn unusual_recorded(self, value: f64, why: Unusual) -> String {
        let why = self.unusual(value, why);
        self.pick(
            format!("warning: {why}. It was recorded all the same; if it is a slip, record the right value on the same date."),
            format!("aviso: {why}. Se ha registrado igualmente; si es un error, registra el valor correcto en la misma fecha."),
        )
    }

    /// The TUI's question before recording such a value.
    pub fn unusual_question(self, value: f64, why: Unusual) -> String {
        let why = capitalised(&self.unusual(value, why));
        self.pick(
            format!("{why}. Record it all the same?"),
            format!("{why}. ¿Registrarlo igualmente?"),
        )
    }
}
