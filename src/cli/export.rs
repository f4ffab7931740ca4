//! `socialplan export`: the plan in formats other tools read — a Markdown
//! report, the campaigns as CSV or iCalendar, or the plan file's own JSON.
//! Without `--output`, to stdout; an existing output file is replaced
//! atomically.

use std::path::Path;

use chrono::NaiveDate;
use clap::ValueEnum;

use super::{Failure, Style, calendar, print};
use crate::calendar::timeline::Zoom;
use crate::domain::Plan;
use crate::formats::{csv, ics, markdown};
use crate::store;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Csv,
    Ics,
    Json,
}

/// The report's calendar is as wide as a printed page can show.
const REPORT_WIDTH: u16 = 100;

pub fn run(
    plan: &Plan,
    today: NaiveDate,
    format: Format,
    output: Option<&Path>,
    style: Style,
) -> Result<(), Failure> {
    let lang = style.lang;
    let bytes = match format {
        Format::Json => store::to_json(plan),
        Format::Csv => csv::export(plan),
        Format::Ics => ics::export(plan, today, lang).into_bytes(),
        Format::Markdown => {
            // The chart as plain text: a report has no terminal colours.
            let uncoloured = Style {
                color: false,
                ..style
            };
            let request = calendar::Request {
                from: None,
                to: None,
                zoom: Zoom::Week,
                width: Some(REPORT_WIDTH),
                channels: &[],
            };
            let chart = calendar::run(plan, today, &request, uncoloured)?;
            markdown::report(plan, today, lang, &chart).into_bytes()
        }
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
