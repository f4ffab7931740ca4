//! Campaigns from a spreadsheet in the export's columns: every row checked
//! first (one bad row changes nothing), a new campaign added, and a
//! campaign named by its id changed only in the columns the file has.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{HEADER, LIST_SEPARATOR, parse_status, restore};
use crate::domain::presets;
use crate::domain::validate::{self, Known, numbered_id, slug, unique_id};
use crate::domain::{
    Campaign, Channel, ChannelKind, Colour, Edit, EditError, Fit, Item, Money, Patch, Plan, Status,
};

/// Why a row (line `line` of the file, the header being line 1) cannot be
/// imported. Lines are the file's own: a quoted cell may span several.
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
    /// A new campaign (no id, or an id the plan does not have) needs this
    /// column, which the file does not have.
    NewNeeds(&'static str),
    /// The same id on two rows of the file.
    DuplicateId {
        id: String,
        first_line: u64,
    },
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
    /// One edit: the new channels, each new campaign, and a patch of the
    /// columns present for each campaign that changes.
    pub edit: Edit,
    pub added: usize,
    pub updated: usize,
    /// Rows whose campaign already holds every value they give.
    pub unchanged: usize,
    pub channels_created: Vec<String>,
}

/// Reads campaigns from CSV and checks every row against the plan. Either
/// all rows are good and the edit that imports them is returned, or every
/// bad row is reported and nothing would change.
///
/// A row whose id names a campaign of the plan changes only the columns the
/// file has: an absent column leaves its field as it is, an empty cell in a
/// present column clears it. Every other row adds a campaign. The work is
/// linear in the rows: lookups go through maps, never a scan of the plan.
pub fn import(plan: &Plan, bytes: &[u8]) -> Result<Import, Vec<RowError>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| vec![malformed(1, &e)])?
        .clone();
    let columns = Columns::find(&header)?;
    let (rows, mut errors) = read_rows(&mut reader, &columns);
    let mut importer = Importer::new(plan, &rows);
    for (line, row) in rows {
        if let Err(problem) = importer.row(row) {
            errors.push(RowError { line, problem });
        }
    }
    if errors.is_empty() {
        Ok(importer.finish())
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

fn malformed(line: u64, error: &::csv::Error) -> RowError {
    RowError {
        line: error.position().map_or(line, ::csv::Position::line),
        problem: Problem::Malformed(error.to_string()),
    }
}

/// Every row's cells, read and parsed, with the line it starts on; and the
/// rows that are not even well formed (a bad date, two rows with one id).
fn read_rows(
    reader: &mut ::csv::Reader<&[u8]>,
    columns: &Columns,
) -> (Vec<(u64, Row)>, Vec<RowError>) {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    let mut record = ::csv::StringRecord::new();
    let mut previous_line = 1;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                errors.push(malformed(previous_line + 1, &error));
                // A malformed record (a row with a cell too many) can be
                // skipped; an I/O or UTF-8 error ends the reading.
                if matches!(error.kind(), ::csv::ErrorKind::UnequalLengths { .. }) {
                    continue;
                }
                break;
            }
        }
        let line = record
            .position()
            .map_or(previous_line + 1, ::csv::Position::line);
        previous_line = line;
        let row = match columns.row(&record) {
            Ok(row) => row,
            Err(problem) => {
                errors.push(RowError { line, problem });
                continue;
            }
        };
        if let Some(id) = &row.id {
            if let Some(&first_line) = first_line_of.get(id) {
                errors.push(RowError {
                    line,
                    problem: Problem::DuplicateId {
                        id: id.clone(),
                        first_line,
                    },
                });
                continue;
            }
            first_line_of.insert(id.clone(), line);
        }
        rows.push((line, row));
    }
    (rows, errors)
}

/// Checks each row against the plan as the rows before it left it (a
/// channel one row creates is there for the next), through maps of the
/// plan's ids.
struct Importer<'p> {
    /// The colours the plan's channels and the new ones take.
    colours: HashSet<Colour>,
    /// A channel's id and its lowercased name, to its id.
    channel_names: HashMap<String, String>,
    objectives: HashSet<&'p str>,
    /// The plan's campaigns, by id.
    campaigns: HashMap<&'p str, &'p Campaign>,
    /// Every id taken: the plan's, the file's, and those given to new rows.
    taken: HashSet<String>,
    /// The next number to try after a name's slug, so that a thousand rows
    /// with one name do not try a thousand numbers each.
    next_number: HashMap<String, u32>,
    edits: Vec<Edit>,
    added: usize,
    updated: usize,
    unchanged: usize,
    channels_created: Vec<String>,
}

impl Known for Importer<'_> {
    fn has_channel(&self, id: &str) -> bool {
        self.channel_names.get(id).is_some_and(|found| found == id)
    }

    fn has_objective(&self, id: &str) -> bool {
        self.objectives.contains(id)
    }

    /// Rows are campaigns: nothing they hold refers to one.
    fn has_campaign(&self, id: &str) -> bool {
        self.campaigns.contains_key(id)
    }
}

impl<'p> Importer<'p> {
    fn new(plan: &'p Plan, rows: &[(u64, Row)]) -> Self {
        let mut importer = Importer {
            colours: HashSet::new(),
            channel_names: HashMap::new(),
            objectives: plan.objectives.iter().map(|o| o.id.as_str()).collect(),
            campaigns: plan.campaigns.iter().map(|c| (c.id.as_str(), c)).collect(),
            taken: plan.campaigns.iter().map(|c| c.id.clone()).collect(),
            next_number: HashMap::new(),
            edits: Vec::new(),
            added: 0,
            updated: 0,
            unchanged: 0,
            channels_created: Vec::new(),
        };
        importer
            .taken
            .extend(rows.iter().filter_map(|(_, r)| r.id.clone()));
        for channel in &plan.channels {
            importer.know_channel(channel);
        }
        importer
    }

    fn know_channel(&mut self, channel: &Channel) {
        // The name may not take a name that is another channel's id.
        self.channel_names
            .entry(channel.name.to_lowercase())
            .or_insert_with(|| channel.id.clone());
        self.channel_names
            .insert(channel.id.clone(), channel.id.clone());
        self.colours.insert(channel.colour);
    }

    /// The channel a row names (by id, or by name in any case), created
    /// when neither the plan nor an earlier row has it.
    fn channel(&mut self, name: &str) -> Result<String, Problem> {
        let wanted = name.trim().to_lowercase();
        if let Some(id) = self.channel_names.get(&wanted) {
            return Ok(id.clone());
        }
        let channel = new_channel(name, |id| self.has_channel(id), &self.colours);
        validate::channel(&channel).map_err(Problem::Refused)?;
        let id = channel.id.clone();
        self.know_channel(&channel);
        self.edits.push(Edit::Add(Item::Channel(channel)));
        self.channels_created.push(id.clone());
        Ok(id)
    }

    fn row(&mut self, row: Row) -> Result<(), Problem> {
        let channel = match &row.channel {
            Some(name) => Some(self.channel(name)?),
            None => None,
        };
        match row.id.as_deref().and_then(|id| self.campaigns.get(id)) {
            Some(&existing) => self.update(existing, row, channel),
            None => self.add(row, channel),
        }
    }

    /// A patch of the columns present; nothing when the campaign already
    /// holds every value.
    fn update(&mut self, old: &Campaign, row: Row, channel: Option<String>) -> Result<(), Problem> {
        let new = Campaign {
            id: old.id.clone(),
            name: row.name.unwrap_or_else(|| old.name.clone()),
            channel: channel.unwrap_or_else(|| old.channel.clone()),
            start: row.start.unwrap_or(old.start),
            end: row.end.unwrap_or(old.end),
            status: row.status.unwrap_or(old.status),
            budget: row.budget.unwrap_or(old.budget),
            objectives: row.objectives.unwrap_or_else(|| old.objectives.clone()),
            audience: old.audience.clone(),
            message: old.message.clone(),
            owner: row.owner.unwrap_or_else(|| old.owner.clone()),
        };
        validate::campaign(self, &new).map_err(Problem::Refused)?;
        // Most rows of a re-imported export change nothing: say so without
        // working out a patch.
        if new == *old {
            self.unchanged += 1;
            return Ok(());
        }
        let patch = Patch::between(&Item::Campaign(old.clone()), &Item::Campaign(new));
        self.edits.push(Edit::Patch(patch));
        self.updated += 1;
        Ok(())
    }

    fn add(&mut self, row: Row, channel: Option<String>) -> Result<(), Problem> {
        fn needed<V>(value: Option<V>, column: &'static str) -> Result<V, Problem> {
            value.ok_or(Problem::NewNeeds(column))
        }
        let name = needed(row.name, "name")?;
        let campaign = Campaign {
            id: match row.id {
                Some(id) => id,
                None => self.new_id(&name),
            },
            channel: needed(channel, "channel")?,
            start: needed(row.start, "start")?,
            end: needed(row.end, "end")?,
            name,
            status: row.status.unwrap_or(Status::Planned),
            budget: row.budget.unwrap_or(Money::ZERO),
            objectives: row.objectives.unwrap_or_default(),
            audience: String::new(),
            message: String::new(),
            owner: row.owner.unwrap_or_default(),
        };
        validate::campaign(self, &campaign).map_err(Problem::Refused)?;
        self.edits.push(Edit::Add(Item::Campaign(campaign)));
        self.added += 1;
        Ok(())
    }

    /// An id from the campaign's name that no campaign has or will have.
    fn new_id(&mut self, name: &str) -> String {
        let base = slug(name);
        let id = if self.taken.contains(&base) {
            let from = self.next_number.get(&base).copied().unwrap_or(2);
            let (number, id) = (from..=u32::MAX)
                .map(|n| (n, numbered_id(&base, n)))
                .find(|(_, id)| !self.taken.contains(id))
                .unwrap_or((from, base.clone()));
            self.next_number.insert(base, number.saturating_add(1));
            id
        } else {
            base
        };
        self.taken.insert(id.clone());
        id
    }

    /// The rows were checked one by one; this is the edit the store applies
    /// (and checks again) against the file as it is when saving.
    fn finish(self) -> Import {
        Import {
            edit: Edit::Batch(self.edits),
            added: self.added,
            updated: self.updated,
            unchanged: self.unchanged,
            channels_created: self.channels_created,
        }
    }
}

/// Where each column is. A file adds campaigns only with name, channel,
/// start and end; with an id column it can also update campaigns, changing
/// only the columns it has.
struct Columns {
    at: HashMap<&'static str, usize>,
}

/// One row's values; None where the file has no such column.
struct Row {
    id: Option<String>,
    name: Option<String>,
    channel: Option<String>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    status: Option<Status>,
    budget: Option<Money>,
    objectives: Option<Vec<String>>,
    owner: Option<String>,
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
        if at.contains_key("id") {
            return Ok(Columns { at });
        }
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

    /// The cell of `column`, or None when the file has no such column.
    fn cell<'r>(&self, record: &'r ::csv::StringRecord, column: &str) -> Option<&'r str> {
        let index = *self.at.get(column)?;
        Some(record.get(index).map_or("", |cell| restore(cell.trim())))
    }

    fn row(&self, record: &::csv::StringRecord) -> Result<Row, Problem> {
        let required = |column: &'static str| -> Result<Option<String>, Problem> {
            match self.cell(record, column) {
                None => Ok(None),
                Some("") => Err(Problem::Empty(column)),
                Some(value) => Ok(Some(value.to_string())),
            }
        };
        let date = |column: &'static str| -> Result<Option<NaiveDate>, Problem> {
            required(column)?
                .map(|text| {
                    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                        .map_err(|_| Problem::BadDate { column, text })
                })
                .transpose()
        };
        let status = self
            .cell(record, "status")
            .map(|text| parse_status(text).ok_or_else(|| Problem::BadStatus(text.to_string())))
            .transpose()?;
        let budget = self
            .cell(record, "budget")
            .map(|text| {
                if text.is_empty() {
                    Ok(Money::ZERO)
                } else {
                    Money::parse(text).map_err(|_| Problem::BadBudget(text.to_string()))
                }
            })
            .transpose()?;
        Ok(Row {
            id: self
                .cell(record, "id")
                .filter(|id| !id.is_empty())
                .map(str::to_string),
            name: required("name")?,
            channel: required("channel")?,
            start: date("start")?,
            end: date("end")?,
            status,
            budget,
            objectives: self.cell(record, "objectives").map(|cell| {
                cell.split(LIST_SEPARATOR)
                    .map(str::trim)
                    .filter(|o| !o.is_empty())
                    .map(str::to_string)
                    .collect()
            }),
            owner: self.cell(record, "owner").map(str::to_string),
        })
    }
}

/// A channel for a name the plan does not know: a preset's kind and colour
/// when the name is a common channel, else a social network in the next
/// colour not yet taken.
fn new_channel(name: &str, taken: impl Fn(&str) -> bool, used: &HashSet<Colour>) -> Channel {
    let name = name.trim();
    let preset = presets::PRESETS.iter().find(|p| p.is_named(name));
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
        id: unique_id(preset.map_or(name, |p| p.id), taken),
        name: name.to_string(),
        kind: preset.map_or(ChannelKind::Social, |p| p.kind),
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour,
        active: true,
        posts_per_week: None,
        copy_limit: None,
    }
}
