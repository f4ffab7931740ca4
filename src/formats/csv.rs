//! Campaigns as CSV, one row per campaign, in the columns
//! `id,name,channel,start,end,status,budget,objectives,owner` (RFC 4180
//! quoting by the `csv` crate), and the import of such a file.
//!
//! A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return) is written with a leading `'`, which
//! spreadsheets show as text; the import takes that `'` off again.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::presets;
use crate::domain::validate::unique_id;
use crate::domain::{
    Campaign, Channel, ChannelKind, Colour, Context, Edit, EditError, Fit, Item, Money, Plan,
    Status,
};

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
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only leave rows out.
    let _ = writer.write_record(HEADER);
    for c in &plan.campaigns {
        let row = [
            c.id.clone(),
            c.name.clone(),
            c.channel.clone(),
            c.start.to_string(),
            c.end.to_string(),
            status_name(c.status).to_string(),
            c.budget.to_string(),
            c.objectives.join(&LIST_SEPARATOR.to_string()),
            c.owner.clone(),
        ];
        let _ = writer.write_record(row.iter().map(|cell| neutralise(cell)));
    }
    writer.into_inner().unwrap_or_default()
}

/// A leading `'` keeps a spreadsheet from running the cell as a formula.
fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell as written before [`neutralise`].
fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
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

/// Why a row (line `line` of the file, the header being line 1) cannot be
/// imported.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub line: u64,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Not CSV, or a row with a different number of cells.
    Malformed(String),
    /// A required column is not in the header.
    MissingColumn(&'static str),
    /// A required cell is empty.
    Empty(&'static str),
    BadDate {
        column: &'static str,
        text: String,
    },
    BadStatus(String),
    BadBudget(String),
    /// The plan refused the campaign (end before start, unknown objective…).
    Refused(EditError),
}

/// What an import would do.
#[derive(Debug)]
pub struct Import {
    /// One edit: the new channels, then each campaign added or updated.
    pub edit: Edit,
    pub added: usize,
    pub updated: usize,
    pub channels_created: Vec<String>,
}

/// Reads campaigns from CSV and checks every row against the plan. Either
/// all rows are good and the edit that imports them is returned, or every
/// bad row is reported and nothing would change.
pub fn import(plan: &Plan, bytes: &[u8], today: NaiveDate) -> Result<Import, Vec<RowError>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| {
            vec![RowError {
                line: 1,
                problem: Problem::Malformed(e.to_string()),
            }]
        })?
        .clone();
    let columns = Columns::find(&header)?;
    let mut importer = Importer {
        scratch: plan.clone(),
        ctx: Context::new(today),
        import: Import {
            edit: Edit::Batch(Vec::new()),
            added: 0,
            updated: 0,
            channels_created: Vec::new(),
        },
        edits: Vec::new(),
    };
    let mut errors = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = u64::try_from(index).unwrap_or(u64::MAX).saturating_add(2);
        let result = record
            .map_err(|e| {
                (
                    e.position().map_or(line, ::csv::Position::line),
                    Problem::Malformed(e.to_string()),
                )
            })
            .and_then(|record| columns.row(&record).map_err(|p| (line, p)))
            .and_then(|row| importer.row(row).map_err(|p| (line, p)));
        if let Err((line, problem)) = result {
            errors.push(RowError { line, problem });
        }
    }
    if errors.is_empty() {
        let mut import = importer.import;
        import.edit = Edit::Batch(importer.edits);
        Ok(import)
    } else {
        Err(errors)
    }
}

/// Applies each row to a scratch copy of the plan, so that later rows are
/// checked against the earlier ones (a channel one row creates, a campaign
/// id one row takes).
struct Importer {
    scratch: Plan,
    ctx: Context,
    import: Import,
    edits: Vec<Edit>,
}

impl Importer {
    fn apply(&mut self, edit: Edit) -> Result<(), Problem> {
        self.scratch
            .apply(&edit, self.ctx)
            .map_err(Problem::Refused)?;
        self.edits.push(edit);
        Ok(())
    }

    /// The channel a row names, created when the plan does not know it.
    fn channel(&mut self, name: &str) -> Result<String, Problem> {
        if let Some(id) = find_channel(&self.scratch, name) {
            return Ok(id);
        }
        let channel = new_channel(&self.scratch, name);
        let id = channel.id.clone();
        self.apply(Edit::Add(Item::Channel(channel)))?;
        self.import.channels_created.push(id.clone());
        Ok(id)
    }

    fn row(&mut self, row: Row) -> Result<(), Problem> {
        let channel = self.channel(&row.channel)?;
        let existing = row
            .id
            .as_deref()
            .and_then(|id| self.scratch.campaign(id))
            .cloned();
        let id = row
            .id
            .clone()
            .unwrap_or_else(|| unique_id(&row.name, |id| self.scratch.campaign(id).is_some()));
        let campaign = Campaign {
            id,
            name: row.name,
            channel,
            start: row.start,
            end: row.end,
            status: row.status,
            budget: row.budget,
            objectives: row.objectives,
            // Not in the CSV: kept from the campaign being updated.
            audience: existing
                .as_ref()
                .map(|c| c.audience.clone())
                .unwrap_or_default(),
            message: existing
                .as_ref()
                .map(|c| c.message.clone())
                .unwrap_or_default(),
            owner: row.owner,
        };
        if existing.is_some() {
            self.apply(Edit::Update(Item::Campaign(campaign)))?;
            self.import.updated += 1;
        } else {
            self.apply(Edit::Add(Item::Campaign(campaign)))?;
            self.import.added += 1;
        }
        Ok(())
    }
}

/// Where each column is; only name, channel, start and end are required.
struct Columns {
    at: HashMap<&'static str, usize>,
}

/// One row's values.
struct Row {
    id: Option<String>,
    name: String,
    channel: String,
    start: NaiveDate,
    end: NaiveDate,
    status: Status,
    budget: Money,
    objectives: Vec<String>,
    owner: String,
}

impl Columns {
    fn find(header: &::csv::StringRecord) -> Result<Columns, Vec<RowError>> {
        let at: HashMap<&'static str, usize> = HEADER
            .iter()
            .filter_map(|&name| {
                header
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name))
                    .map(|i| (name, i))
            })
            .collect();
        let missing: Vec<RowError> = ["name", "channel", "start", "end"]
            .into_iter()
            .filter(|c| !at.contains_key(c))
            .map(|c| RowError {
                line: 1,
                problem: Problem::MissingColumn(c),
            })
            .collect();
        if missing.is_empty() {
            Ok(Columns { at })
        } else {
            Err(missing)
        }
    }

    fn cell<'r>(&self, record: &'r ::csv::StringRecord, column: &str) -> &'r str {
        self.at
            .get(column)
            .and_then(|&i| record.get(i))
            .map_or("", |cell| restore(cell.trim()))
    }

    fn row(&self, record: &::csv::StringRecord) -> Result<Row, Problem> {
        let required = |column: &'static str| {
            let value = self.cell(record, column);
            if value.is_empty() {
                Err(Problem::Empty(column))
            } else {
                Ok(value.to_string())
            }
        };
        let date = |column: &'static str| {
            let text = required(column)?;
            NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .map_err(|_| Problem::BadDate { column, text })
        };
        let status_text = self.cell(record, "status");
        let budget_text = self.cell(record, "budget");
        let id = self.cell(record, "id");
        Ok(Row {
            id: (!id.is_empty()).then(|| id.to_string()),
            name: required("name")?,
            channel: required("channel")?,
            start: date("start")?,
            end: date("end")?,
            status: parse_status(status_text)
                .ok_or_else(|| Problem::BadStatus(status_text.to_string()))?,
            budget: if budget_text.is_empty() {
                Money::ZERO
            } else {
                Money::parse(budget_text)
                    .map_err(|_| Problem::BadBudget(budget_text.to_string()))?
            },
            objectives: self
                .cell(record, "objectives")
                .split(LIST_SEPARATOR)
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(str::to_string)
                .collect(),
            owner: self.cell(record, "owner").to_string(),
        })
    }
}

/// A channel named by its id or its name (any case).
fn find_channel(plan: &Plan, text: &str) -> Option<String> {
    let wanted = text.trim().to_lowercase();
    plan.channels
        .iter()
        .find(|c| c.id == wanted || c.name.to_lowercase() == wanted)
        .map(|c| c.id.clone())
}

/// A channel for a name the plan does not know: a preset's kind and colour
/// when the name is a common channel, else a social network in the next
/// colour not yet taken.
fn new_channel(plan: &Plan, name: &str) -> Channel {
    let name = name.trim();
    let preset = presets::PRESETS.iter().find(|p| p.is_named(name));
    let used: Vec<Colour> = plan.channels.iter().map(|c| c.colour).collect();
    let colour = preset.map_or_else(
        || {
            Colour::ALL
                .into_iter()
                .skip(1)
                .find(|c| !used.contains(c))
                .unwrap_or(Colour::Cyan)
        },
        |p| p.colour,
    );
    Channel {
        id: unique_id(preset.map_or(name, |p| p.id), |id| {
            plan.channel(id).is_some()
        }),
        name: name.to_string(),
        kind: preset.map_or(ChannelKind::Social, |p| p.kind),
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour,
        active: true,
    }
}
