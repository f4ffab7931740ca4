//! Campaigns as CSV, one row per campaign, in the columns
//! `id,name,channel,start,end,status,budget,objectives,owner` (RFC 4180
//! quoting by the `csv` crate), and the import of such a file; posts the
//! same way in their own columns (`csv/posts.rs`).
//!
//! A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return), or that starts with `'` itself, is
//! written with a leading `'`, which spreadsheets show as text; the import
//! (`csv/import.rs`) takes exactly that `'` off again.

mod import;
mod posts;
mod rows;

pub use import::import;
pub use posts::{POST_HEADER, export_posts, file_word, import_posts};
pub use rows::{Import, Problem, RowError};

use crate::domain::{Plan, Status};

/// The columns, in order.
pub const HEADER: [&str; 9] = [
    "id",
    "name",
    "channel",
    "start",
    "end",
    "status",
    "budget",
    "objectives",
    "owner",
];

/// Objectives in one cell are separated by this.
const LIST_SEPARATOR: char = ';';

/// Every campaign as a CSV row, in the plan's order.
pub fn export(plan: &Plan) -> Vec<u8> {
    write(
        &HEADER,
        plan.campaigns.iter().map(|c| {
            vec![
                c.id.clone(),
                c.name.clone(),
                c.channel.clone(),
                c.start.to_string(),
                c.end.to_string(),
                status_name(c.status).to_string(),
                c.budget.to_string(),
                c.objectives.join(&LIST_SEPARATOR.to_string()),
                c.owner.clone(),
            ]
        }),
    )
}

/// The header and the rows as CSV, every cell guarded against formulas.
fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only leave rows out.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralise(cell)));
    }
    writer.into_inner().unwrap_or_default()
}

/// The characters that make a spreadsheet read a cell as a formula, and the
/// guard itself (so that a value that starts with the guard survives the
/// round trip).
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// A leading `'` keeps a spreadsheet from running the cell as a formula.
fn neutralise(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell as written before [`neutralise`]: exactly one guard comes off,
/// and only where the export would have put one.
fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Planned => "planned",
        Status::Active => "active",
        Status::Done => "done",
        Status::Cancelled => "cancelled",
    }
}

/// A status in English or Spanish, any case.
fn parse_status(text: &str) -> Option<Status> {
    match text.trim().to_lowercase().as_str() {
        "" | "planned" | "prevista" | "previsto" => Some(Status::Planned),
        "active" | "activa" | "activo" => Some(Status::Active),
        "done" | "terminada" | "terminado" => Some(Status::Done),
        "cancelled" | "canceled" | "cancelada" | "cancelado" => Some(Status::Cancelled),
        _ => None,
    }
}
