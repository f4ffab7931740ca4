//! Post formats and statuses on the command line, spelled as the plan file
//! spells them (`short-video`, `press-release`): the names come from the
//! file's own spelling, so the two cannot drift apart.

use std::sync::LazyLock;

use clap::ValueEnum;
use clap::builder::PossibleValue;
use serde::Serialize;

use crate::domain::post::{PostFormat, PostStatus};

static FORMATS: LazyLock<Vec<String>> = LazyLock::new(|| spellings(&PostFormat::ALL));
static STATUSES: LazyLock<Vec<String>> = LazyLock::new(|| spellings(&PostStatus::ALL));

/// How the plan file writes each of `values`.
fn spellings<V: Serialize>(values: &[V]) -> Vec<String> {
    values
        .iter()
        .map(|value| match serde_json::to_value(value) {
            Ok(serde_json::Value::String(name)) => name,
            _ => String::new(),
        })
        .collect()
}

/// `value` as the command line takes it: its name in `names`, which
/// follows the order of `all`.
fn possible<V: PartialEq>(all: &[V], names: &'static [String], value: &V) -> Option<PossibleValue> {
    let index = all.iter().position(|v| v == value)?;
    Some(PossibleValue::new(names.get(index)?.as_str()))
}

impl ValueEnum for PostFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &PostFormat::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        possible(&PostFormat::ALL, FORMATS.as_slice(), self)
    }
}

impl ValueEnum for PostStatus {
    fn value_variants<'a>() -> &'a [Self] {
        &PostStatus::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        possible(&PostStatus::ALL, STATUSES.as_slice(), self)
    }
}

/// A format or status as the command line and the file spell it (the
/// tables show the reader's words instead; this keeps the two spellings one).
#[cfg(test)]
fn spelled(value: &impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_takes_what_the_file_writes() {
        let parsed = PostFormat::from_str("press-release", false);
        assert_eq!(parsed, Ok(PostFormat::PressRelease));
        assert_eq!(spelled(&PostFormat::ShortVideo), "short-video");
        for status in PostStatus::ALL {
            let json = serde_json::to_string(&status).unwrap_or_default();
            assert_eq!(format!("\"{}\"", spelled(&status)), json);
        }
        for format in PostFormat::ALL {
            let json = serde_json::to_string(&format).unwrap_or_default();
            assert_eq!(format!("\"{}\"", spelled(&format)), json);
        }
    }
}
