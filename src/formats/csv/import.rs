//! Campaigns from a spreadsheet in the export's columns: every row checked
//! first (one bad row changes nothing), a new campaign added, and a
//! campaign named by its id changed only in the columns the file has.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::rows::{Cells, HasId, Ids, Import, Problem, RowError, Sheet, Tally};
use super::{HEADER, LIST_SEPARATOR, parse_status};
use crate::domain::presets;
use crate::domain::validate::{self, Known, unique_id};
use crate::domain::{
    Campaign, Channel, ChannelKind, Colour, Edit, Fit, Item, Kind, Money, Plan, Status,
};

/// Reads campaigns from CSV and checks every row against the plan. Either
/// all rows are good and the edit that imports them is returned, or every
/// bad row is reported and nothing would change.
///
/// A row whose id names a campaign of the plan changes only the columns the
/// file has: an absent column leaves its field as it is, an empty cell in a
/// present column clears it. Every other row adds a campaign. The work is
/// linear in the rows: lookups go through maps, never a scan of the plan.
pub fn import(plan: &Plan, bytes: &[u8]) -> Result<Import, Vec<RowError>> {
    let sheet = Sheet {
        kind: Kind::Campaign,
        header: &HEADER,
        needed_to_add: &["name", "channel", "start", "end"],
    };
    let read = sheet.read(bytes, row)?;
    let mut importer = Importer::new(plan, &read.rows);
    read.check(|row| importer.row(row))?;
    Ok(importer
        .tally
        .finish(Kind::Campaign, importer.channels_created))
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
    ids: Ids,
    tally: Tally,
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
            ids: Ids::new(plan.campaigns.iter().map(|c| c.id.clone()), rows),
            tally: Tally::default(),
            channels_created: Vec::new(),
        };
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
        self.tally.edits.push(Edit::Add(Item::Channel(channel)));
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

    /// A patch of the columns present.
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
            spend: old.spend.clone(),
        };
        validate::campaign(self, &new).map_err(Problem::Refused)?;
        self.tally
            .update(&Item::Campaign(old.clone()), &Item::Campaign(new));
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
                None => self.ids.new_id(&name),
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
            spend: Vec::new(),
        };
        validate::campaign(self, &campaign).map_err(Problem::Refused)?;
        self.tally.add(Item::Campaign(campaign));
        Ok(())
    }
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

impl HasId for Row {
    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

/// A campaign's values from its row's cells.
fn row(cells: &Cells) -> Result<Row, Problem> {
    let budget = |text: &str| {
        if text.is_empty() {
            Some(Money::ZERO)
        } else {
            Money::parse(&cells.number(text)?).ok()
        }
    };
    Ok(Row {
        id: cells.id(),
        name: cells.required("name")?,
        channel: cells.required("channel")?,
        start: cells.date("start")?,
        end: cells.date("end")?,
        status: cells.parsed("status", parse_status, Problem::BadStatus)?,
        budget: cells.parsed("budget", budget, Problem::BadBudget)?,
        objectives: cells.get("objectives").map(|cell| {
            cell.split(LIST_SEPARATOR)
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(str::to_string)
                .collect()
        }),
        owner: cells.get("owner").map(str::to_string),
    })
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
