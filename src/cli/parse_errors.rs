//! clap's parse errors in Spanish: the same facts clap reports (what was
//! typed, which argument, the possible values, a similar name), in the
//! catalog's words. English keeps clap's own formatter.

use std::error::Error as _;
use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use crate::i18n::Lang;
use crate::i18n::clap_words::{Clap, ClapError, Similar};

const ES: Lang = Lang::Es;

/// Formats clap's errors in Spanish.
pub struct Spanish;

impl ErrorFormatter for Spanish {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let mut text = format!("{} {}", ES.t(Clap::Error), sentence(error));
        let tips = tips(error);
        if !tips.is_empty() {
            text.push('\n');
        }
        for tip in tips {
            let _ = write!(text, "\n  {} {tip}", ES.t(Clap::Tip));
        }
        if let Some(usage) = string(error, ContextKind::Usage) {
            let _ = write!(text, "\n\n{}", spanish_usage(&usage));
        }
        let _ = writeln!(text, "\n\n{} '--help'.", ES.t(Clap::MoreInformation));
        let mut styled = StyledStr::new();
        styled.push_str(&text);
        styled
    }
}

/// What went wrong, in one sentence.
fn sentence<F: ErrorFormatter>(error: &clap::error::Error<F>) -> String {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let arg = arg.as_deref().unwrap_or_default();
    let value = value.as_deref().unwrap_or_default();
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            ES.clap_error(ClapError::MissingValue { arg })
        }
        ErrorKind::InvalidValue => invalid_value(error, value, arg),
        ErrorKind::ValueValidation => {
            let reason = error.source().map(ToString::to_string).unwrap_or_default();
            let message = ES.clap_error(ClapError::InvalidValue { value, arg });
            if reason.is_empty() {
                message
            } else {
                format!("{message}: {reason}")
            }
        }
        ErrorKind::InvalidSubcommand => {
            let name = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            ES.clap_error(ClapError::UnknownCommand { name: &name })
        }
        ErrorKind::UnknownArgument => ES.clap_error(ClapError::UnknownArgument { arg }),
        ErrorKind::MissingRequiredArgument => ES.clap_error(ClapError::Missing {
            args: strings(error, ContextKind::InvalidArg).join(", "),
        }),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let name = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            ES.clap_error(ClapError::NeedsCommand { name: &name })
        }
        ErrorKind::ArgumentConflict => conflict(error, arg),
        ErrorKind::TooManyValues => ES.clap_error(ClapError::TooMany { value, arg }),
        ErrorKind::InvalidUtf8 => ES.t(Clap::NotUtf8).to_string(),
        _ => error
            .source()
            .map_or_else(|| ES.t(Clap::Unknown).to_string(), ToString::to_string),
    }
}

/// "el valor 'year' no es válido para '--zoom <ESCALA>'", with the values
/// it may take.
fn invalid_value<F: ErrorFormatter>(
    error: &clap::error::Error<F>,
    value: &str,
    arg: &str,
) -> String {
    let message = ES.clap_error(ClapError::InvalidValue { value, arg });
    let valid = strings(error, ContextKind::ValidValue);
    if valid.is_empty() {
        return message;
    }
    format!(
        "{message}\n  [{}: {}]",
        ES.t(Clap::PossibleValues),
        valid.join(", ")
    )
}

fn conflict<F: ErrorFormatter>(error: &clap::error::Error<F>, arg: &str) -> String {
    let prior = match error.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) => vec![prior.clone()],
        Some(ContextValue::Strings(prior)) => prior.clone(),
        _ => Vec::new(),
    };
    if prior.iter().any(|prior| prior == arg) {
        return ES.clap_error(ClapError::Repeated { arg });
    }
    let with = prior
        .iter()
        .map(|prior| format!("'{prior}'"))
        .collect::<Vec<_>>()
        .join(", ");
    ES.clap_error(ClapError::Conflict { arg, with })
}

/// The similar names clap found, one tip each kind.
fn tips<F: ErrorFormatter>(error: &clap::error::Error<F>) -> Vec<String> {
    let kinds = [
        (ContextKind::SuggestedSubcommand, Similar::Command),
        (ContextKind::SuggestedArg, Similar::Argument),
        (ContextKind::SuggestedValue, Similar::Value),
    ];
    kinds
        .into_iter()
        .filter_map(|(kind, what)| {
            let names = strings(error, kind);
            (!names.is_empty()).then(|| {
                let names = names
                    .iter()
                    .map(|name| format!("'{name}'"))
                    .collect::<Vec<_>>();
                ES.clap_error(ClapError::Similar {
                    what,
                    names: names.join(", "),
                })
            })
        })
        .collect()
}

/// clap's usage line under the Spanish heading (the command's own usage is
/// Spanish already: see spanish.rs).
fn spanish_usage(usage: &str) -> String {
    let line = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
    format!("{} {line}", ES.t(Clap::Usage))
}

/// A context value as plain text (no styles).
fn string<F: ErrorFormatter>(error: &clap::error::Error<F>, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        ContextValue::Strings(texts) => Some(texts.join(", ")),
        _ => None,
    }
}

fn strings<F: ErrorFormatter>(error: &clap::error::Error<F>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::Strings(texts)) => texts.clone(),
        _ => Vec::new(),
    }
}

/// Prints a parse error (or the help or version asked for) in `lang` and
/// exits with clap's status: 2 for bad usage, 0 for help.
pub fn exit(error: clap::Error, lang: Lang) -> ! {
    match lang {
        Lang::En => error.exit(),
        Lang::Es => error.apply::<Spanish>().exit(),
    }
}
