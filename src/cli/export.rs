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

/// What to export, and where.
pub struct Request<'a> {
    pub format: Format,
    pub output: Option<&'a Path>,
    /// The plan's own file (None for the demo), which an export never replaces.
    pub plan_file: Option<&'a Path>,
}

pub fn run(plan: &Plan, today: NaiveDate, request: &Request, style: Style) -> Result<(), Failure> {
    let lang = style.lang;
    let Request {
        format,
        output,
        plan_file,
    } = *request;
    // `--output plan.json` would replace the plan with a report, and the
    // backup with it on the next save: refuse the plan's own files by any
    // name (a link, `./plan.json`).
    if let (Some(output), Some(plan_file)) = (output, plan_file)
        && store::place::is_plans_own(plan_file, output)
    {
        return Err(Failure::Failed(lang.export_over_plan(output)));
    }
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
