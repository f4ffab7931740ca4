//! The one catalog of user-facing text, in English and Spanish.
//!
//! Fixed texts are [`T`] values; texts with values in them are methods on
//! [`Lang`]. Every match is exhaustive, so a text missing in one language does
//! not compile.

/// Declares an enum of fixed texts with their English and Spanish versions.
/// Each part of the interface has its own enum; all live in this catalog.
macro_rules! texts {
    ($(#[$meta:meta])* $enum:ident; $($name:ident => $en:literal, $es:literal;)*) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $enum { $($name),* }

        // An empty text is a missing translation: it does not compile.
        const _: () = {
            $(assert!(
                !$en.is_empty() && !$es.is_empty(),
                concat!("the text ", stringify!($enum), "::", stringify!($name), " is empty"),
            );)*
        };

        impl $enum {
            /// Every text of this part, for checks over the catalog.
            #[allow(dead_code)]
            pub const ALL: &[$enum] = &[$($enum::$name),*];

            pub fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                use $crate::i18n::Lang;
                match (self, lang) {
                    $(($enum::$name, Lang::En) => $en, ($enum::$name, Lang::Es) => $es,)*
                }
            }
        }

        impl $crate::i18n::Text for $enum {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                $enum::text(self, lang)
            }
        }
    };
}

/// Declares a method of [`Lang`] that names each value of an enum declared
/// elsewhere (a kind of item, a field) in English and Spanish.
macro_rules! names {
    ($(#[$meta:meta])* $vis:vis fn $method:ident($enum:ident);
     $($name:ident => $en:literal, $es:literal;)*) => {
        impl $crate::i18n::Lang {
            $(#[$meta])*
            $vis fn $method(self, value: $enum) -> &'static str {
                match value {
                    $($enum::$name => self.pick($en, $es),)*
                }
            }
        }
    };
}

pub mod actions;
pub mod agenda;
pub mod calendar;
pub mod channels;
pub mod charts;
pub mod check;
pub mod checkin;
pub mod clap_words;
pub mod compare;
mod diagnostics;
pub mod dialogs;
mod editor;
mod errors;
pub mod exchange;
mod find;
mod grammar;
pub mod history;
pub mod html;
mod input;
pub mod keys;
mod merge;
pub mod objectives;
pub mod post_screen;
pub mod posts;
pub mod protocols;
mod report;
pub mod results;
pub mod review;
mod rules;
mod shown;
pub mod situation;
pub mod spend;
mod store;
mod texts;
pub mod ui;

pub use texts::T;

/// A fixed text in the catalog.
pub trait Text: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// The language asked for, else the locale's (LANGUAGE, LC_ALL,
    /// LC_MESSAGES, LANG, in the order gettext reads them): Spanish when it
    /// starts with `es`, English otherwise.
    pub fn detect(explicit: Option<Lang>) -> Lang {
        explicit
            .unwrap_or_else(|| Lang::from_locale(sys_locale::get_locale().as_deref().unwrap_or("")))
    }

    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }

    pub fn t(self, text: impl Text) -> &'static str {
        text.text(self)
    }

    /// Picks the text for this language.
    fn pick<S>(self, en: S, es: S) -> S {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }

    /// "1 warning", "2 warnings": a count and its noun, singular or plural.
    fn count<N>(self, n: N, en: (&str, &str), es: (&str, &str)) -> String
    where
        N: std::fmt::Display + PartialEq + From<u8> + Copy,
    {
        let (one, many) = self.pick(en, es);
        format!("{n} {}", if n == N::from(1) { one } else { many })
    }
}

/// Whole numbers from this size on are written in scientific notation
/// (1.7e308): more digits would be neither read nor exact.
const LARGE: f64 = 1e15;
/// Numbers smaller than this (other than zero) are written in scientific
/// notation too (5e-7), rather than as a run of zeros.
const SMALL: f64 = 1e-4;

/// A number as a person writes it: no trailing zeros, at most two decimals
/// but at least two significant digits (0.003 is not 0), no sign on zero,
/// and scientific notation for the very large and the very small.
pub fn number(value: f64) -> String {
    if value == 0.0 {
        // Also -0: a sign on zero says nothing.
        return "0".into();
    }
    if !value.is_finite() {
        // Never a value of the plan (they are finite); a last resort.
        return if value.is_nan() {
            "NaN"
        } else if value > 0.0 {
            "∞"
        } else {
            "-∞"
        }
        .into();
    }
    let magnitude = value.abs();
    if !(SMALL..LARGE).contains(&magnitude) {
        return scientific(value);
    }
    if value.fract() == 0.0 {
        return format!("{value:.0}");
    }
    let text = format!("{value:.*}", decimals(magnitude));
    let text = trim_zeros(&text);
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

/// Two decimals, or more below 0.1 so as to keep two significant digits.
fn decimals(magnitude: f64) -> usize {
    // log10 of a number from SMALL to 0.1 lies between -4 and -1.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let leading_zeros = (-magnitude.log10().floor()).max(0.0) as usize;
    (leading_zeros + 1).max(2)
}

/// "1.7e308", "-2.5e-7": three significant digits at most.
fn scientific(value: f64) -> String {
    let text = format!("{value:.2e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    format!("{}e{exponent}", trim_zeros(mantissa))
}

/// "3.50" → "3.5", "2.00" → "2"; a number without a point stays as it is.
fn trim_zeros(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_prefix_picks_the_language() {
        assert_eq!(Lang::from_locale("es_ES.UTF-8"), Lang::Es);
        assert_eq!(Lang::from_locale("es-MX"), Lang::Es);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn a_count_takes_the_singular_for_one_only() {
        assert_eq!(Lang::En.findings_count(1), "1 finding");
        assert_eq!(Lang::Es.findings_count(2), "2 observaciones");
        assert_eq!(Lang::Es.campaign_days(1), "1 día");
        assert_eq!(Lang::En.campaign_days(0), "0 days");
        assert_eq!(Lang::En.recorded_count(3), "3 values recorded");
        assert_eq!(Lang::Es.recorded_count(1), "1 valor registrado");
    }

    #[test]
    fn numbers_drop_needless_decimals() {
        assert_eq!(number(1250.0), "1250");
        assert_eq!(number(3.5), "3.5");
        assert_eq!(number(3.256), "3.26");
        assert_eq!(number(-0.001), "-0.001");
        assert_eq!(number(0.1), "0.1");
        assert_eq!(number(-2.5), "-2.5");
    }

    #[test]
    fn small_numbers_keep_two_significant_digits() {
        assert_eq!(number(0.003), "0.003");
        assert_eq!(number(0.0034), "0.0034");
        assert_eq!(number(0.00346), "0.0035");
        assert_eq!(number(0.056), "0.056");
        assert_eq!(number(0.0999), "0.1");
        assert_eq!(number(0.004_999), "0.005");
        assert_eq!(number(-0.0001), "-0.0001");
    }

    #[test]
    fn zero_has_no_sign() {
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(0.0), "0");
    }

    #[test]
    fn the_very_large_and_very_small_are_scientific() {
        assert_eq!(number(1.7e308), "1.7e308");
        assert_eq!(number(-1.7e308), "-1.7e308");
        assert_eq!(number(f64::MAX), "1.8e308");
        assert_eq!(number(1e15), "1e15");
        assert_eq!(number(123_456_789_012_345_678.0), "1.23e17");
        assert_eq!(number(999_999_999_999_999.0), "999999999999999");
        assert_eq!(number(0.000_05), "5e-5");
        assert_eq!(number(-2.5e-300), "-2.5e-300");
        assert_eq!(number(f64::MIN_POSITIVE), "2.23e-308");
    }

    #[test]
    fn nothing_reads_as_zero_unless_it_is() {
        for value in [1e-300, 0.004, 0.0049, -0.003, 5e-324, 0.000_99] {
            assert_ne!(number(value), "0", "{value}");
            assert_ne!(number(value), "-0", "{value}");
        }
    }
}
