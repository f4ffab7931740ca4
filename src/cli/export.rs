//! `socialplan export`: the plan in formats other tools read — a report in
//! Markdown or as a self-contained HTML page (over a period, `--from` and
//! `--to`), the campaigns or the posts as CSV, campaigns and posts as
//! iCalendar, or the plan file's own JSON.
//! Without `--output`, to stdout; an existing output file is replaced
//! atomically.

use std::path::Path;

use chrono::NaiveDate;
use clap::ValueEnum;

use super::{Failure, Style, calendar, print};
use crate::calendar::timeline::Zoom;
use crate::domain::Plan;
use crate::formats::html::{self, Window};
use crate::formats::{csv, ics, markdown};
use crate::i18n::T;
use crate::store;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Csv,
    Ics,
    Json,
    Html,
}

/// What a CSV's rows are: it holds one kind of item at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Items {
    Campaigns,
    Posts,
}

/// The report's calendar is as wide as a printed page can show.
const REPORT_WIDTH: u16 = 100;

/// What to export, and where.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    pub format: Format,
    /// Given only with `--items`, which only a CSV takes.
    pub items: Option<Items>,
    pub output: Option<&'a Path>,
    /// `--from` and `--to`: the period of an HTML report, which only it takes.
    pub period: (Option<NaiveDate>, Option<NaiveDate>),
    /// The plan's own file (None for the demo), which an export never replaces.
    pub plan_file: Option<&'a Path>,
}

pub fn run(plan: &Plan, today: NaiveDate, request: &Request, style: Style) -> Result<(), Failure> {
    let lang = style.lang;
    let Request {
        format,
        items,
        output,
        period,
        plan_file,
    } = *request;
    if items.is_some() && format != Format::Csv {
        return Err(Failure::Usage(lang.t(T::ItemsOnlyCsv).to_string()));
    }
    if period != (None, None) && format != Format::Html {
        return Err(Failure::Usage(lang.t(T::PeriodOnlyHtml).to_string()));
    }
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
        Format::Csv => match items.unwrap_or(Items::Campaigns) {
            Items::Campaigns => csv::export(plan),
            Items::Posts => csv::export_posts(plan),
        },
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
        Format::Html => html::report(plan, today, lang, window(today, period, lang)?).into_bytes(),
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

/// The HTML report's period: three calendar months from this one unless
/// `--from` or `--to` say otherwise (with `--from` alone, to the end of the
/// second month after its own), never backwards nor longer than a calendar
/// may be.
fn window(
    today: NaiveDate,
    (from, to): (Option<NaiveDate>, Option<NaiveDate>),
    lang: crate::i18n::Lang,
) -> Result<Window, Failure> {
    let default = Window::three_months(from.unwrap_or(today));
    let from = from.unwrap_or(default.from);
    let to = to.unwrap_or(default.to);
    if to < from {
        return Err(Failure::Usage(lang.calendar_backwards(from, to)));
    }
    if to > calendar::latest_end(from) {
        return Err(Failure::Usage(lang.calendar_too_long(
            from,
            to,
            calendar::MAX_YEARS,
        )));
    }
    Ok(Window { from, to })
}
