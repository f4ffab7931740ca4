//! What every CSV import shares, whatever its rows hold: the header read
//! into columns, each row's cells with the physical line it starts on, one
//! id per file, the rows checked one by one into a single `Batch` edit (or
//! every bad row reported), and ids for new rows made from their names.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::restore;
use crate::domain::validate::{numbered_id, slug};
use crate::domain::{Edit, EditError, Item, Kind, Patch};
use crate::text::input::{self, Convention, DateError};

/// Why a row (line `line` of the file, the header being line 1) cannot be
/// imported. Lines are the file's own: a quoted cell may span several.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// What the file's rows are: campaigns or posts.
    pub kind: Kind,
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
    /// A new item (no id, or an id the plan does not have) needs this
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
        /// What is wrong with it (February has no 30th).
        why: DateError,
    },
    BadStatus(String),
    BadBudget(String),
    /// A post's time that is not `HH:MM`.
    BadTime(String),
    /// A post format the plan file does not know.
    BadFormat(String),
    /// A post status the plan file does not know.
    BadPostStatus(String),
    /// A value in a results column (reach, interactions, clicks, leads)
    /// that is not a whole number of at least 0.
    BadResult {
        column: &'static str,
        text: String,
    },
    /// The plan refused the item (end before start, unknown objective…).
    Refused(EditError),
}

/// What an import would do.
#[derive(Debug)]
pub struct Import {
    /// What the rows were: campaigns or posts.
    pub kind: Kind,
    /// One edit: the new channels, each new item, and a patch of the
    /// columns present for each item that changes.
    pub edit: Edit,
    pub added: usize,
    pub updated: usize,
    /// Rows whose item already holds every value they give.
    pub unchanged: usize,
    pub channels_created: Vec<String>,
}

/// The shape of one kind of sheet: its kind, its columns, and the columns a
/// file without ids needs (it can only add).
pub struct Sheet {
    pub kind: Kind,
    pub header: &'static [&'static str],
    pub needed_to_add: &'static [&'static str],
}

/// The rows of a file, parsed, with the lines they start on; and the rows
/// already known to be bad (not CSV, a bad date, an id given twice).
pub struct Read<R> {
    pub rows: Vec<(u64, R)>,
    errors: Vec<RowError>,
    kind: Kind,
}

impl Sheet {
    /// Reads every row of `bytes` through `parse`, which gets each row's
    /// cells; refused as a whole when the header lacks what adding needs.
    pub fn read<R: HasId>(
        &self,
        bytes: &[u8],
        parse: impl Fn(&Cells) -> Result<R, Problem>,
    ) -> Result<Read<R>, Vec<RowError>> {
        let (separator, convention) = separator(bytes);
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(false)
            .delimiter(separator)
            .from_reader(bytes);
        let header = reader
            .headers()
            .map_err(|e| vec![self.malformed(1, &e)])?
            .clone();
        let columns = self.columns(&header)?;
        let mut read = Read {
            rows: Vec::new(),
            errors: Vec::new(),
            kind: self.kind,
        };
        let mut first_line_of: HashMap<String, u64> = HashMap::new();
        let mut record = ::csv::StringRecord::new();
        let mut previous_line = 1;
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(error) => {
                    read.errors.push(self.malformed(previous_line + 1, &error));
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
            let cells = Cells {
                at: &columns,
                record: &record,
                convention,
            };
            match parse(&cells) {
                Ok(row) => read.push(line, row, &mut first_line_of),
                Err(problem) => read.refuse(line, problem),
            }
        }
        Ok(read)
    }

    fn malformed(&self, line: u64, error: &::csv::Error) -> RowError {
        RowError {
            kind: self.kind,
            line: error.position().map_or(line, ::csv::Position::line),
            problem: Problem::Malformed(error.to_string()),
        }
    }

    /// Where each of the sheet's columns is in `header`. A file adds items
    /// only with the columns adding needs; with an id column it can also
    /// update items, changing only the columns it has.
    fn columns(
        &self,
        header: &::csv::StringRecord,
    ) -> Result<HashMap<&'static str, usize>, Vec<RowError>> {
        let at: HashMap<&'static str, usize> = self
            .header
            .iter()
            .filter_map(|&name| {
                header
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name))
                    .map(|i| (name, i))
            })
            .collect();
        if at.contains_key("id") {
            return Ok(at);
        }
        let missing: Vec<RowError> = self
            .needed_to_add
            .iter()
            .filter(|c| !at.contains_key(*c))
            .map(|&c| RowError {
                kind: self.kind,
                line: 1,
                problem: Problem::MissingColumn(c),
            })
            .collect();
        if missing.is_empty() {
            Ok(at)
        } else {
            Err(missing)
        }
    }
}

/// A parsed row that may name the item it changes.
pub trait HasId {
    fn id(&self) -> Option<&str>;
}

impl<R: HasId> Read<R> {
    fn push(&mut self, line: u64, row: R, first_line_of: &mut HashMap<String, u64>) {
        if let Some(id) = row.id() {
            if let Some(&first_line) = first_line_of.get(id) {
                let id = id.to_string();
                self.refuse(line, Problem::DuplicateId { id, first_line });
                return;
            }
            first_line_of.insert(id.to_string(), line);
        }
        self.rows.push((line, row));
    }

    fn refuse(&mut self, line: u64, problem: Problem) {
        let kind = self.kind;
        self.errors.push(RowError {
            kind,
            line,
            problem,
        });
    }

    /// Hands each row to `check` in the file's order: either every row is
    /// good, or every bad row is reported in line order.
    pub fn check(
        self,
        mut check: impl FnMut(R) -> Result<(), Problem>,
    ) -> Result<(), Vec<RowError>> {
        let Read {
            rows,
            mut errors,
            kind,
        } = self;
        for (line, row) in rows {
            if let Err(problem) = check(row) {
                errors.push(RowError {
                    kind,
                    line,
                    problem,
                });
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }
}

/// The cell separator of a file, and how its numbers and dates are
/// written: a spreadsheet set to Spanish (and most of Europe) separates
/// cells with `;` because its decimal mark is the comma (`"120,00"`). The
/// header line decides: its column names hold neither mark.
fn separator(bytes: &[u8]) -> (u8, Convention) {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let header = String::from_utf8_lossy(header);
    if header.matches(';').count() > header.matches(',').count() {
        (b';', Convention::Comma)
    } else {
        (b',', Convention::Point)
    }
}

/// One row's cells, by column name.
pub struct Cells<'r> {
    at: &'r HashMap<&'static str, usize>,
    record: &'r ::csv::StringRecord,
    /// How the file writes numbers and dates.
    convention: Convention,
}

impl Cells<'_> {
    /// The cell of `column`, or None when the file has no such column.
    pub fn get(&self, column: &str) -> Option<&str> {
        let index = *self.at.get(column)?;
        Some(
            self.record
                .get(index)
                .map_or("", |cell| restore(cell.trim())),
        )
    }

    /// The id, when the file has the column and the cell is not empty.
    pub fn id(&self) -> Option<String> {
        self.get("id")
            .filter(|id| !id.is_empty())
            .map(str::to_string)
    }

    /// A cell that may not be empty when its column is there.
    pub fn required(&self, column: &'static str) -> Result<Option<String>, Problem> {
        match self.get(column) {
            None => Ok(None),
            Some("") => Err(Problem::Empty(column)),
            Some(value) => Ok(Some(value.to_string())),
        }
    }

    /// A required date: ISO, or also `dd/mm/yyyy` in a file separated by
    /// semicolons.
    pub fn date(&self, column: &'static str) -> Result<Option<NaiveDate>, Problem> {
        self.required(column)?
            .map(|text| {
                input::date(&text, self.convention).map_err(|why| Problem::BadDate {
                    column,
                    text,
                    why,
                })
            })
            .transpose()
    }

    /// A number as the file writes it (`120,00` when separated by
    /// semicolons), in the canonical form (`120.00`).
    pub fn number(&self, text: &str) -> Option<String> {
        input::canonical_number(text, self.convention).ok()
    }

    /// A cell read by `parse` (which sees empty cells too), or `problem`
    /// with the text when `parse` does not take it.
    pub fn parsed<V>(
        &self,
        column: &str,
        parse: impl Fn(&str) -> Option<V>,
        problem: fn(String) -> Problem,
    ) -> Result<Option<V>, Problem> {
        self.get(column)
            .map(|text| parse(text).ok_or_else(|| problem(text.to_string())))
            .transpose()
    }
}

/// Every id taken (the plan's, the file's, those given to new rows), and
/// new ids made from names.
pub struct Ids {
    taken: HashSet<String>,
    /// The next number to try after a name's slug, so that a thousand rows
    /// with one name do not try a thousand numbers each.
    next_number: HashMap<String, u32>,
}

impl Ids {
    /// The plan's ids of the kind, and those the file's rows give.
    pub fn new<R: HasId>(plan: impl Iterator<Item = String>, rows: &[(u64, R)]) -> Self {
        let in_file = rows.iter().filter_map(|(_, r)| r.id().map(str::to_string));
        Ids {
            taken: plan.chain(in_file).collect(),
            next_number: HashMap::new(),
        }
    }

    /// An id from `name` that no item has or will have.
    pub fn new_id(&mut self, name: &str) -> String {
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
}

/// The edits the rows make, and how many rows did what.
#[derive(Default)]
pub struct Tally {
    pub edits: Vec<Edit>,
    added: usize,
    updated: usize,
    unchanged: usize,
}

impl Tally {
    pub fn add(&mut self, item: Item) {
        self.edits.push(Edit::Add(item));
        self.added += 1;
    }

    /// A patch from `old` to `new`; nothing when the row changes nothing
    /// (most rows of a re-imported export).
    pub fn update(&mut self, old: &Item, new: &Item) {
        if old == new {
            self.unchanged += 1;
            return;
        }
        self.edits.push(Edit::Patch(Patch::between(old, new)));
        self.updated += 1;
    }

    /// The rows were checked one by one; this is the edit the store applies
    /// (and checks again) against the file as it is when saving.
    pub fn finish(self, kind: Kind, channels_created: Vec<String>) -> Import {
        Import {
            kind,
            edit: Edit::Batch(self.edits),
            added: self.added,
            updated: self.updated,
            unchanged: self.unchanged,
            channels_created,
        }
    }
}
