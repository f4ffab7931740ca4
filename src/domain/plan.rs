//! The plan: everything the five steps of the method produce, as plain data.
//!
//! Field order here is the order in the JSON file, so keep it stable: a
//! one-field change must stay a one-line diff.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::iso_date;
use super::money::Money;
pub use super::post::{Post, PostFormat, PostStatus};
pub use super::protocol::{Protocol, Scope};

/// The version of the file format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;

/// A whole social media plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub schema_version: u32,
    pub name: String,
    /// ISO 4217 code of the plan's one currency (every amount is in it).
    pub currency: String,
    /// Step 1: where the brand stands today.
    #[serde(default)]
    pub situation: Situation,
    /// Step 2: quantified objectives.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Step 3: the media chosen.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// Step 4: the campaigns.
    #[serde(default, deserialize_with = "super::sieve::campaigns")]
    pub campaigns: Vec<Campaign>,
    /// Step 4, in detail: what each campaign publishes, and when. (A
    /// command that shows only some may read only those: `sieve`.)
    #[serde(default, deserialize_with = "super::sieve::posts")]
    pub posts: Vec<Post>,
    /// Step 5: the weekly or monthly check-ins.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// Step 5: the rules of behaviour the plan is run by.
    #[serde(default)]
    pub protocols: Vec<Protocol>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan::new("", "EUR")
    }
}

impl AsRef<Plan> for Plan {
    fn as_ref(&self) -> &Plan {
        self
    }
}

impl Plan {
    pub fn new(name: &str, currency: &str) -> Self {
        Plan {
            schema_version: SCHEMA_VERSION,
            name: name.to_string(),
            currency: currency.to_string(),
            situation: Situation::default(),
            objectives: Vec::new(),
            channels: Vec::new(),
            campaigns: Vec::new(),
            posts: Vec::new(),
            reviews: Vec::new(),
            protocols: Vec::new(),
        }
    }

    pub fn objective(&self, id: &str) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == id)
    }

    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    pub fn campaign(&self, id: &str) -> Option<&Campaign> {
        self.campaigns.iter().find(|c| c.id == id)
    }

    pub fn post(&self, id: &str) -> Option<&Post> {
        self.posts.iter().find(|p| p.id == id)
    }

    /// A campaign's posts, in the plan's order.
    pub fn posts_of<'a>(&'a self, campaign: &'a str) -> impl Iterator<Item = &'a Post> + 'a {
        self.posts.iter().filter(move |p| p.campaign == campaign)
    }

    /// The channel a post goes out on: its campaign's.
    pub fn post_channel(&self, post: &Post) -> Option<&Channel> {
        self.campaign(&post.campaign)
            .and_then(|c| self.channel(&c.channel))
    }
}

/// Step 1 of the method: analyse the situation today.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Current figures per channel, dated.
    #[serde(default)]
    pub figures: Vec<ChannelFigure>,
    /// Customers and prospects.
    #[serde(default)]
    pub audiences: Vec<Audience>,
    #[serde(default)]
    pub competitors: Vec<Competitor>,
    #[serde(default)]
    pub notes: String,
}

/// What one channel showed on one date. The channel is a free name, not a
/// reference: the situation is analysed before the channels are chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelFigure {
    pub channel: String,
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub followers: Option<u64>,
    /// Reach or impressions over the period the brand tracks.
    #[serde(default)]
    pub reach: Option<u64>,
    /// Engagement rate, in percent.
    #[serde(default)]
    pub engagement: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AudienceKind {
    Customer,
    Prospect,
}

/// Who the brand talks to: who they are, where they are, what they like.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    pub id: String,
    pub name: String,
    pub kind: AudienceKind,
    /// Where they are: channel or place names, free text.
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub interests: String,
    #[serde(default)]
    pub age_min: Option<u8>,
    #[serde(default)]
    pub age_max: Option<u8>,
    #[serde(default)]
    pub notes: String,
}

/// A competitor: where it is, what works for it and what does not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub works: String,
    #[serde(default)]
    pub fails: String,
    #[serde(default)]
    pub notes: String,
}

/// Whether an objective wants its metric to go up (followers) or down (cost per lead).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Increase,
    Decrease,
}

/// A value and the date it was true on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub value: f64,
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
}

/// Step 2: a quantified, clear objective.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Short id used on the command line, e.g. `ig-followers`.
    pub id: String,
    pub name: String,
    /// What is measured, e.g. "followers", "cost per lead".
    pub metric: String,
    /// The unit of the values, e.g. "followers", "EUR", "%".
    #[serde(default)]
    pub unit: String,
    /// The channel it is measured on, if it belongs to one.
    #[serde(default)]
    pub channel: Option<String>,
    pub direction: Direction,
    pub baseline: Baseline,
    /// Absent while the objective is still a draft (the lint says so).
    #[serde(default)]
    pub target: Option<f64>,
    #[serde(default, with = "iso_date::option")]
    pub deadline: Option<NaiveDate>,
    /// Inactive objectives are kept for the record but skipped by the check-in.
    #[serde(default = "yes")]
    pub active: bool,
    /// Measured values, sorted by date, at most one per date.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// Earlier targets and deadlines, oldest first.
    #[serde(default)]
    pub revisions: Vec<Revision>,
}

impl Objective {
    /// The most recent measured value, or the baseline when nothing was
    /// measured. (Measurements are kept sorted, but a hand-edited file or a
    /// caller may not have sorted them: take the newest date, not the last.)
    pub fn latest(&self) -> (f64, NaiveDate) {
        self.measurements
            .iter()
            .rev()
            .max_by_key(|m| m.date)
            .map_or((self.baseline.value, self.baseline.date), |m| {
                (m.value, m.date)
            })
    }
}

fn yes() -> bool {
    true
}

/// One measured value of an objective's metric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    pub value: f64,
    #[serde(default)]
    pub note: String,
}

/// A change of target or deadline, with the values it replaced and why.
/// A revision always sets both, so after one the objective is complete.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    pub reason: String,
    pub old_target: Option<f64>,
    #[serde(default, with = "iso_date::option")]
    pub old_deadline: Option<NaiveDate>,
    pub new_target: f64,
    #[serde(with = "iso_date")]
    pub new_deadline: NaiveDate,
}

/// The four families of media a communication plan covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// Social networks.
    Social,
    /// The brand's own media: blog, newsletter, web.
    Owned,
    /// Press, radio, TV.
    Traditional,
    /// Public relations: events, contests.
    Pr,
}

/// How well a channel suits the plan, each from 1 (poor) to 5 (excellent);
/// 0 means not rated yet. For cost and effort, 5 means cheap and light.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fit {
    pub audience: u8,
    pub cost: u8,
    pub effort: u8,
}

impl Fit {
    pub const MAX: u8 = 5;

    pub fn total(self) -> u8 {
        self.audience + self.cost + self.effort
    }
}

/// The 16 ANSI colours: they follow the user's terminal theme and work over SSH.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Colour {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
}

impl Colour {
    pub const ALL: [Colour; 16] = [
        Colour::Black,
        Colour::Red,
        Colour::Green,
        Colour::Yellow,
        Colour::Blue,
        Colour::Magenta,
        Colour::Cyan,
        Colour::Gray,
        Colour::DarkGray,
        Colour::LightRed,
        Colour::LightGreen,
        Colour::LightYellow,
        Colour::LightBlue,
        Colour::LightMagenta,
        Colour::LightCyan,
        Colour::White,
    ];
}

/// Step 3: one medium the plan uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: String,
    pub name: String,
    pub kind: ChannelKind,
    /// Why it was chosen: its fit with the audience.
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub fit: Fit,
    #[serde(default)]
    pub monthly_budget: Money,
    #[serde(default)]
    pub weekly_hours: f64,
    pub colour: Colour,
    #[serde(default = "yes")]
    pub active: bool,
    /// The cadence: how many posts the channel's campaigns publish each
    /// ISO week; none when the channel keeps no cadence.
    #[serde(default)]
    pub posts_per_week: Option<u32>,
    /// The longest copy in characters (grapheme clusters); none to take
    /// the preset network's limit, if it has one.
    #[serde(default)]
    pub copy_limit: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Planned,
    Active,
    Done,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::Active,
        Status::Done,
        Status::Cancelled,
    ];
}

/// Step 4: a campaign on one channel between two dates, both included.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub channel: String,
    #[serde(with = "iso_date")]
    pub start: NaiveDate,
    #[serde(with = "iso_date")]
    pub end: NaiveDate,
    pub status: Status,
    #[serde(default)]
    pub budget: Money,
    /// Ids of the objectives it serves.
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub audience: String,
    /// Message and content notes.
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub owner: String,
    /// What it really spent, oldest first; only in files that have some, so
    /// that a plan without spend reads as it did before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spend: Vec<Spend>,
}

/// Money a campaign really spent on a day. An entry is a fact, never edited
/// (a wrong one is deleted and entered again), so the entry itself is its
/// identity: two equal entries are interchangeable. Its fields' order is the
/// order of a campaign's list (date, then amount, then note), which makes
/// the list one canonical sequence for undo and merge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spend {
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    pub amount: Money,
    #[serde(default)]
    pub note: String,
}

/// What a review decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    KeepGoing,
    ChangeStrategy,
    ChangeObjective,
}

/// Step 5: a check-in, at most one per date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub worked: String,
    #[serde(default)]
    pub did_not_work: String,
    #[serde(default)]
    pub decision: Option<Decision>,
    #[serde(default)]
    pub notes: String,
}
