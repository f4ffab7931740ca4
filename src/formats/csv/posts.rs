//! Posts as CSV, one row per post, and back: the same rules as campaigns
//! (every row checked first, one `Batch` edit, an absent column leaves its
//! field alone), with formats and statuses spelled as the plan file spells
//! them. A post's copy, asset and notes are not in the sheet: they stay as
//! they are.
//!
//! The results columns (reach, interactions, clicks, leads) hold whole
//! numbers; an empty cell is no value, so a sheet can clear one.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::rows::{Cells, HasId, Ids, Import, Problem, RowError, Sheet, Tally};
use super::write;
use crate::domain::post::{PostFormat, PostStatus, clock_time};
use crate::domain::validate::{self, Known};
use crate::domain::{Item, Kind, Plan, Post};

/// The columns, in order.
pub const POST_HEADER: [&str; 13] = [
    "id",
    "campaign",
    "date",
    "time",
    "format",
    "title",
    "status",
    "owner",
    "link",
    "reach",
    "interactions",
    "clicks",
    "leads",
];

/// Every post as a CSV row, in the plan's order.
pub fn export_posts(plan: &Plan) -> Vec<u8> {
    write(
        &POST_HEADER,
        plan.posts.iter().map(|p| {
            let mut row = vec![
                p.id.clone(),
                p.campaign.clone(),
                p.date.to_string(),
                p.time.clone().unwrap_or_default(),
                file_word(p.format),
                p.title.clone(),
                file_word(p.status),
                p.owner.clone(),
                p.link.clone(),
            ];
            row.extend(
                p.results()
                    .map(|value| value.map(|n| n.to_string()).unwrap_or_default()),
            );
            row
        }),
    )
}

/// Reads posts from CSV and checks every row against the plan: all rows
/// good and the edit that imports them, or every bad row.
///
/// A row whose id names a post of the plan changes only the columns the
/// file has; any other row adds a post, which needs a campaign (by id), a
/// date and a title.
pub fn import_posts(plan: &Plan, bytes: &[u8]) -> Result<Import, Vec<RowError>> {
    let sheet = Sheet {
        kind: Kind::Post,
        header: &POST_HEADER,
        needed_to_add: &["campaign", "date", "title"],
    };
    let read = sheet.read(bytes, row)?;
    let mut importer = Importer {
        campaigns: plan.campaigns.iter().map(|c| c.id.as_str()).collect(),
        posts: plan.posts.iter().map(|p| (p.id.as_str(), p)).collect(),
        ids: Ids::new(plan.posts.iter().map(|p| p.id.clone()), &read.rows),
        tally: Tally::default(),
    };
    read.check(|row| importer.row(row))?;
    Ok(importer.tally.finish(Kind::Post, Vec::new()))
}

/// One row's values; None where the file has no such column.
struct Row {
    id: Option<String>,
    campaign: Option<String>,
    date: Option<chrono::NaiveDate>,
    /// Empty when the post has only its day.
    time: Option<String>,
    format: Option<PostFormat>,
    title: Option<String>,
    status: Option<PostStatus>,
    owner: Option<String>,
    link: Option<String>,
    /// Reach, interactions, clicks and leads.
    results: [ResultCell; 4],
}

/// A results cell, which may clear a value as well as set one.
#[derive(Clone, Copy)]
enum ResultCell {
    /// The file has no such column: the post keeps its value.
    Absent,
    /// A number, or none for an empty cell.
    Given(Option<u64>),
}

/// The results columns, in the order of [`Row::results`].
const RESULTS: [&str; 4] = ["reach", "interactions", "clicks", "leads"];

impl HasId for Row {
    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

/// A post's values from its row's cells.
fn row(cells: &Cells) -> Result<Row, Problem> {
    let mut results = [ResultCell::Absent; 4];
    for (cell, column) in results.iter_mut().zip(RESULTS) {
        if let Some(text) = cells.get(column) {
            *cell = whole_number(cells, text).ok_or_else(|| bad_result(column, text))?;
        }
    }
    let time =
        |text: &str| (text.is_empty() || clock_time(text).is_some()).then(|| text.to_string());
    Ok(Row {
        id: cells.id(),
        campaign: cells.required("campaign")?,
        date: cells.date("date")?,
        time: cells.parsed("time", time, Problem::BadTime)?,
        format: cells.parsed("format", word_or(PostFormat::Post), Problem::BadFormat)?,
        title: cells.required("title")?,
        status: cells.parsed("status", word_or(PostStatus::Idea), Problem::BadPostStatus)?,
        owner: cells.get("owner").map(str::to_string),
        link: cells.get("link").map(str::to_string),
        results,
    })
}

/// A results cell: empty is none, else a whole number of at least 0,
/// thousands grouped as the file writes them or not.
fn whole_number(cells: &Cells, text: &str) -> Option<ResultCell> {
    if text.is_empty() {
        return Some(ResultCell::Given(None));
    }
    let number = cells.number(text)?.parse().ok()?;
    Some(ResultCell::Given(Some(number)))
}

fn bad_result(column: &'static str, text: &str) -> Problem {
    Problem::BadResult {
        column,
        text: text.to_string(),
    }
}

/// Checks each row against the plan through maps of its ids.
struct Importer<'p> {
    campaigns: HashSet<&'p str>,
    /// The plan's posts, by id.
    posts: HashMap<&'p str, &'p Post>,
    ids: Ids,
    tally: Tally,
}

impl Known for Importer<'_> {
    /// Posts name campaigns only.
    fn has_channel(&self, _: &str) -> bool {
        false
    }

    fn has_objective(&self, _: &str) -> bool {
        false
    }

    fn has_campaign(&self, id: &str) -> bool {
        self.campaigns.contains(id)
    }
}

impl Importer<'_> {
    fn row(&mut self, row: Row) -> Result<(), Problem> {
        if let Some(&existing) = row.id.as_deref().and_then(|id| self.posts.get(id)) {
            let new = patched(existing, row);
            validate::post(self, &new).map_err(Problem::Refused)?;
            self.tally
                .update(&Item::Post(existing.clone()), &Item::Post(new));
        } else {
            let new = self.new_post(row)?;
            validate::post(self, &new).map_err(Problem::Refused)?;
            self.tally.add(Item::Post(new));
        }
        Ok(())
    }

    fn new_post(&mut self, row: Row) -> Result<Post, Problem> {
        fn needed<V>(value: Option<V>, column: &'static str) -> Result<V, Problem> {
            value.ok_or(Problem::NewNeeds(column))
        }
        let title = needed(row.title, "title")?;
        let id = match row.id {
            Some(id) => id,
            None => self.ids.new_id(&title),
        };
        let (campaign, date) = (needed(row.campaign, "campaign")?, needed(row.date, "date")?);
        Ok(Post {
            time: row.time.filter(|time| !time.is_empty()),
            format: row.format.unwrap_or(PostFormat::Post),
            owner: row.owner.unwrap_or_default(),
            status: row.status.unwrap_or_default(),
            link: row.link.unwrap_or_default(),
            ..with_results(Post::new(id, campaign, date, title), row.results)
        })
    }
}

/// `old` with the columns the row has.
fn patched(old: &Post, row: Row) -> Post {
    Post {
        campaign: row.campaign.unwrap_or_else(|| old.campaign.clone()),
        date: row.date.unwrap_or(old.date),
        time: row.time.map_or_else(
            || old.time.clone(),
            |time| Some(time).filter(|t| !t.is_empty()),
        ),
        format: row.format.unwrap_or(old.format),
        title: row.title.unwrap_or_else(|| old.title.clone()),
        status: row.status.unwrap_or(old.status),
        owner: row.owner.unwrap_or_else(|| old.owner.clone()),
        link: row.link.unwrap_or_else(|| old.link.clone()),
        ..with_results(old.clone(), row.results)
    }
}

/// `post` with the results columns the row has.
fn with_results(mut post: Post, results: [ResultCell; 4]) -> Post {
    for (field, cell) in post.results_mut().into_iter().zip(results) {
        if let ResultCell::Given(value) = cell {
            *field = value;
        }
    }
    post
}

/// A format or status as the plan file writes it (`short-video`).
pub fn file_word(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(word)) => word,
        _ => String::new(),
    }
}

/// Reads a file word in any case; an empty cell is `default`, as in
/// `post add`.
fn word_or<V: DeserializeOwned + Copy>(default: V) -> impl Fn(&str) -> Option<V> {
    move |text: &str| {
        if text.is_empty() {
            return Some(default);
        }
        serde_json::from_value(serde_json::Value::String(text.to_lowercase())).ok()
    }
}
