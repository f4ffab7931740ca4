//! Why an edit was refused. Structured, not text: the catalog in `i18n` turns
//! each case into a sentence in the user's language. The `Display` of each
//! error is a plain English sentence for logs and other programs; people
//! read the catalog's.

use chrono::NaiveDate;

use super::item::Kind;
use super::merge::Conflict;
use super::plan::Direction;

/// The field an error is about, named in the user's language by the catalog
/// and, for programs, as the plan file names it ([`Field::json_name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    PlanName,
    Notes,
    /// The plan's own notes on its situation.
    SituationNotes,
    Id,
    Name,
    Metric,
    Unit,
    Channel,
    Baseline,
    Target,
    Deadline,
    Value,
    Note,
    Reason,
    Budget,
    /// What a campaign spent on a day.
    Amount,
    MonthlyBudget,
    WeeklyHours,
    /// A channel's cadence.
    PostsPerWeek,
    /// A channel's longest copy.
    CopyLimit,
    Fit,
    Start,
    End,
    Audience,
    Message,
    Owner,
    Places,
    Interests,
    /// The youngest age of an audience.
    AgeMin,
    /// The oldest age of an audience.
    AgeMax,
    Works,
    Fails,
    Worked,
    DidNotWork,
    Followers,
    Reach,
    Engagement,
    Date,
    /// The campaign a post belongs to.
    Campaign,
    Time,
    Title,
    Copy,
    Asset,
    Link,
    /// When a protocol applies.
    Trigger,
    Steps,
    ResponseTime,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("`{0}` is empty")]
    Empty(Field),
    #[error("`{0}` contains control characters")]
    ControlCharacter(Field),
    #[error("`{field}` is longer than {max} characters")]
    TooLong { field: Field, max: usize },
    /// Ids are short: lowercase letters, digits and dashes.
    #[error("{0:?} is not a valid id: use 1 to 40 lowercase letters, digits and dashes")]
    InvalidId(String),
    /// Not a three-letter ISO 4217 code.
    #[error("{0:?} is not a currency code: use three capital letters such as EUR")]
    InvalidCurrency(String),
    #[error("`{0}` is not a finite number")]
    NotFinite(Field),
    #[error("`{0}` cannot be negative")]
    Negative(Field),
    #[error("`{0}` must be more than zero")]
    NotPositive(Field),
    #[error("`{field}` must be between {min} and {max}")]
    OutOfRange { field: Field, min: f64, max: f64 },
    /// `field` is the key's field: `id`, or `date` for reviews and figures.
    #[error("a {kind} {key:?} already exists: its `{field}` must be another")]
    Duplicate {
        kind: Kind,
        key: String,
        field: Field,
    },
    #[error("there is no {kind} {key:?}")]
    NotFound { kind: Kind, key: String },
    #[error("there is no channel {0:?}")]
    UnknownChannel(String),
    #[error("there is no campaign {0:?}")]
    UnknownCampaign(String),
    /// Not a time of day written as `HH:MM`, 00:00 to 23:59.
    #[error("{0:?} is not a time: write it as HH:MM, from 00:00 to 23:59")]
    InvalidTime(String),
    #[error("there is no objective {0:?}")]
    UnknownObjective(String),
    /// A campaign lists the same objective twice.
    #[error("the objective {0:?} is listed twice")]
    RepeatedObjective(String),
    /// `field` is the end, or the start when only the start was moved.
    #[error("the end ({end}) is before the start ({start})")]
    EndBeforeStart {
        field: Field,
        start: NaiveDate,
        end: NaiveDate,
    },
    #[error("the target equals the baseline ({0}): an objective must aim to change something")]
    TargetEqualsBaseline(f64),
    /// An increasing objective whose target is below its baseline, or the reverse.
    #[error("the target {target} is on the wrong side of the baseline {baseline} for an objective to {}", aim(*.direction))]
    TargetWrongSide {
        direction: Direction,
        baseline: f64,
        target: f64,
    },
    #[error("the deadline ({deadline}) must come after the baseline date ({baseline})")]
    DeadlineNotAfterBaseline {
        baseline: NaiveDate,
        deadline: NaiveDate,
    },
    /// Something measured or reviewed on a date that has not come yet.
    #[error("{date} is after today ({today}): only what has happened can be recorded")]
    InFuture { date: NaiveDate, today: NaiveDate },
    #[error("{date} is before the objective's baseline date ({baseline})")]
    BeforeBaseline {
        date: NaiveDate,
        baseline: NaiveDate,
    },
    /// An objective's measurements must be sorted by date, one per date.
    #[error("the measurements are not in date order, or {0} appears twice")]
    MeasurementsOutOfOrder(NaiveDate),
    /// A campaign's spend must be sorted: by date, then amount, then note.
    #[error("the spend entries are not in order: {0} comes after a later one")]
    SpendOutOfOrder(NaiveDate),
    /// The entry to delete is not there (deleted elsewhere since).
    #[error("the campaign {campaign:?} has no spend of {amount} on {date}")]
    NoSpend {
        campaign: String,
        date: NaiveDate,
        amount: crate::domain::money::Money,
    },
    #[error("the objective {objective:?} has no value on {date}")]
    NoMeasurementOn { objective: String, date: NaiveDate },
    /// Deleting this would leave others pointing at nothing.
    #[error("the {kind} {key:?} is used by {}", .used_by.join(", "))]
    InUse {
        kind: Kind,
        key: String,
        used_by: Vec<String>,
    },
    /// A set target or deadline changes only through a revision with a reason.
    #[error("the target and deadline of {0:?} change only through a revision")]
    RevisionRequired(String),
    /// A revision that sets the same target and deadline again.
    #[error("the revision of {0:?} sets the same target and deadline again")]
    RevisionChangesNothing(String),
    #[error("the objective {0:?} has no revision to take back")]
    NoRevision(String),
    /// The last revision must hold the objective's current target and deadline.
    #[error("the last revision of {0:?} does not hold its current target and deadline")]
    RevisionMismatch(String),
    /// `field` is the age found wrong: over 120, or the one that was moved
    /// past the other (the oldest, when both were).
    #[error("the age range {min}–{max} is not valid: the youngest age comes first, up to 120")]
    AgeRange { field: Field, min: u8, max: u8 },
    /// The edit started from a value the plan no longer holds: someone
    /// else changed it since (another session, or a later save that an undo
    /// would overwrite). A conflict to show, never to settle silently.
    #[error("{} was changed elsewhere since this edit was made", changed_what(.0))]
    Changed(Box<Conflict>),
    /// A patch names a field it may not change: unknown, the item's key, or
    /// a history that changes through its own edits (measurements, revisions).
    #[error("a {kind} has no field {field:?} that can be changed this way")]
    NotPatchable { kind: Kind, field: String },
}

impl Field {
    /// The field's name in the plan file, as patches and merge conflicts
    /// name fields: `monthly_budget`, `age_min`, `situation.notes`.
    pub fn json_name(self) -> &'static str {
        match self {
            Field::PlanName | Field::Name => "name",
            Field::Notes => "notes",
            Field::SituationNotes => "situation.notes",
            Field::Id => "id",
            Field::Metric => "metric",
            Field::Unit => "unit",
            Field::Channel => "channel",
            Field::Baseline => "baseline.value",
            Field::Target => "target",
            Field::Deadline => "deadline",
            Field::Value => "value",
            Field::Note => "note",
            Field::Reason => "reason",
            Field::Budget => "budget",
            Field::Amount => "amount",
            Field::MonthlyBudget => "monthly_budget",
            Field::WeeklyHours => "weekly_hours",
            Field::PostsPerWeek => "posts_per_week",
            Field::CopyLimit => "copy_limit",
            Field::Fit => "fit",
            Field::Start => "start",
            Field::End => "end",
            Field::Audience => "audience",
            Field::Message => "message",
            Field::Owner => "owner",
            Field::Places => "places",
            Field::Interests => "interests",
            Field::AgeMin => "age_min",
            Field::AgeMax => "age_max",
            Field::Works => "works",
            Field::Fails => "fails",
            Field::Worked => "worked",
            Field::DidNotWork => "did_not_work",
            Field::Followers => "followers",
            Field::Reach => "reach",
            Field::Engagement => "engagement",
            Field::Date => "date",
            Field::Campaign => "campaign",
            Field::Time => "time",
            Field::Title => "title",
            Field::Copy => "copy",
            Field::Asset => "asset",
            Field::Link => "link",
            Field::Trigger => "trigger",
            Field::Steps => "steps",
            Field::ResponseTime => "response_time",
        }
    }
}

/// As the plan file names it.
impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.json_name())
    }
}

impl EditError {
    /// An item whose key another item of its kind already has.
    pub fn duplicate(kind: Kind, key: String) -> Self {
        EditError::Duplicate {
            kind,
            key,
            field: kind.key_field(),
        }
    }

    /// The field the error is about, as the plan file names it (`end`,
    /// `id`, `age_max`), so that a form can show the error under it. None
    /// when the error is about no one field (a reference in use, a
    /// conflict, which names its own field).
    pub fn field(&self) -> Option<&'static str> {
        use EditError as E;
        let field = match self {
            E::Empty(f)
            | E::ControlCharacter(f)
            | E::NotFinite(f)
            | E::Negative(f)
            | E::NotPositive(f)
            | E::TooLong { field: f, .. }
            | E::OutOfRange { field: f, .. }
            | E::Duplicate { field: f, .. }
            | E::EndBeforeStart { field: f, .. }
            | E::AgeRange { field: f, .. } => *f,
            E::InvalidId(_) => Field::Id,
            E::UnknownChannel(_) => Field::Channel,
            E::UnknownCampaign(_) => Field::Campaign,
            E::InvalidTime(_) => Field::Time,
            E::TargetEqualsBaseline(_) | E::TargetWrongSide { .. } => Field::Target,
            E::DeadlineNotAfterBaseline { .. } => Field::Deadline,
            E::InFuture { .. } | E::BeforeBaseline { .. } => Field::Date,
            E::InvalidCurrency(_) => return Some("currency"),
            E::UnknownObjective(_) | E::RepeatedObjective(_) => return Some("objectives"),
            E::MeasurementsOutOfOrder(_) => return Some("measurements"),
            E::SpendOutOfOrder(_) => return Some("spend"),
            E::NotFound { .. }
            | E::NoMeasurementOn { .. }
            | E::NoSpend { .. }
            | E::InUse { .. }
            | E::RevisionRequired(_)
            | E::RevisionChangesNothing(_)
            | E::NoRevision(_)
            | E::RevisionMismatch(_)
            | E::Changed(_)
            | E::NotPatchable { .. } => return None,
        };
        Some(field.json_name())
    }
}

/// What an objective of this direction aims to do.
fn aim(direction: Direction) -> &'static str {
    match direction {
        Direction::Increase => "increase",
        Direction::Decrease => "decrease",
    }
}

/// The field of a conflict, or the item when the conflict is the whole of it.
fn changed_what(conflict: &Conflict) -> String {
    let item = conflict
        .item
        .as_ref()
        .map(|(kind, key)| format!("the {kind} {key:?}"));
    match (conflict.field.as_str(), item) {
        ("", Some(item)) => item,
        ("", None) => "the plan".to_string(),
        (field, Some(item)) => format!("`{field}` of {item}"),
        (field, None) => format!("`{field}`"),
    }
}

#[cfg(test)]
mod tests;
