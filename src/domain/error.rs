//! Why an edit was refused. Structured, not text: the catalog in `i18n` turns
//! each case into a sentence in the user's language.

use chrono::NaiveDate;

use super::item::Kind;
use super::merge::Conflict;
use super::plan::Direction;

/// The field an error is about, named in the user's language by the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    PlanName,
    Notes,
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
    MonthlyBudget,
    WeeklyHours,
    Fit,
    Start,
    End,
    Audience,
    Message,
    Owner,
    Places,
    Interests,
    Age,
    Works,
    Fails,
    Worked,
    DidNotWork,
    Followers,
    Reach,
    Engagement,
    Date,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EditError {
    Empty(Field),
    ControlCharacter(Field),
    TooLong {
        field: Field,
        max: usize,
    },
    /// Ids are short: lowercase letters, digits and dashes.
    InvalidId(String),
    /// Not a three-letter ISO 4217 code.
    InvalidCurrency(String),
    NotFinite(Field),
    Negative(Field),
    OutOfRange {
        field: Field,
        min: f64,
        max: f64,
    },
    Duplicate {
        kind: Kind,
        key: String,
    },
    NotFound {
        kind: Kind,
        key: String,
    },
    UnknownChannel(String),
    UnknownObjective(String),
    /// A campaign lists the same objective twice.
    RepeatedObjective(String),
    EndBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
    },
    TargetEqualsBaseline(f64),
    /// An increasing objective whose target is below its baseline, or the reverse.
    TargetWrongSide {
        direction: Direction,
        baseline: f64,
        target: f64,
    },
    DeadlineNotAfterBaseline {
        baseline: NaiveDate,
        deadline: NaiveDate,
    },
    /// Something measured or reviewed on a date that has not come yet.
    InFuture {
        date: NaiveDate,
        today: NaiveDate,
    },
    BeforeBaseline {
        date: NaiveDate,
        baseline: NaiveDate,
    },
    /// An objective's measurements must be sorted by date, one per date.
    MeasurementsOutOfOrder(NaiveDate),
    NoMeasurementOn {
        objective: String,
        date: NaiveDate,
    },
    /// Deleting this would leave others pointing at nothing.
    InUse {
        kind: Kind,
        key: String,
        used_by: Vec<String>,
    },
    /// A set target or deadline changes only through a revision with a reason.
    RevisionRequired(String),
    /// A revision that sets the same target and deadline again.
    RevisionChangesNothing(String),
    NoRevision(String),
    /// The last revision must hold the objective's current target and deadline.
    RevisionMismatch(String),
    AgeRange {
        min: u8,
        max: u8,
    },
    /// The edit started from a value the plan no longer holds: someone
    /// else changed it since (another session, or a later save that an undo
    /// would overwrite). A conflict to show, never to settle silently.
    Changed(Box<Conflict>),
    /// A patch names a field it may not change: unknown, the item's key, or
    /// a history that changes through its own edits (measurements, revisions).
    NotPatchable {
        kind: Kind,
        field: String,
    },
}
