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

        impl $enum {
            pub const ALL: &'static [$enum] = &[$($enum::$name),*];

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

pub mod actions;
pub mod calendar;
pub mod channels;
pub mod check;
pub mod checkin;
mod errors;
pub mod objectives;
mod report;
pub mod review;
pub mod situation;
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
}

/// A number as a person writes it: no trailing zeros, at most two decimals.
pub fn number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        if text == "-0" {
            "0".into()
        } else {
            text.into()
        }
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
    fn numbers_drop_needless_decimals() {
        assert_eq!(number(1250.0), "1250");
        assert_eq!(number(3.5), "3.5");
        assert_eq!(number(3.256), "3.26");
        assert_eq!(number(-0.001), "0");
    }
}
