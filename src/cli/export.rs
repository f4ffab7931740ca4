//! `socialplan export`: the plan in formats other tools read.

use std::path::Path;

use clap::ValueEnum;

use super::{Failure, print};
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::store;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    // The plan file's own format.
    Json,
}

pub fn run(plan: &Plan, format: Format, output: Option<&Path>, lang: Lang) -> Result<(), Failure> {
    let bytes = match format {
        Format::Json => store::to_json(plan),
    };
    match output {
        None => super::write_stdout(&bytes),
        Some(path) => {
            store::write_atomically(path, &bytes)
                .map_err(|e| Failure::Failed(lang.cannot_write(path, &e)))?;
            print(&format!("{}\n", lang.exported(path)))
        }
    }
}
