//! The rules an item must meet to be in a plan. Time-independent: whether a
//! date is in the future is the edit's business (see `edit`), because a plan
//! loaded with a pretended `--today` may hold later dates and is still valid.

use chrono::NaiveDate;

use super::error::{EditError, Field};
use super::plan::{
    Audience, Campaign, Channel, ChannelFigure, Competitor, Direction, Fit, Measurement, Objective,
    Plan, Post, Protocol, Review, Revision, Spend,
};
use super::post::clock_time;
use crate::text::is_disruptive;

mod whole;

pub use whole::{Problem, plan};

type Result = std::result::Result<(), EditError>;

/// Longest id: short enough to type on the command line.
pub const MAX_ID: usize = 40;
/// Longest name or other one-line text.
pub const MAX_LINE: usize = 200;
/// Longest multi-line text (notes, messages).
pub const MAX_TEXT: usize = 10_000;
pub const MAX_WEEKLY_HOURS: f64 = 168.0;
pub const MAX_AGE: u8 = 120;
/// Most posts a channel may plan per week: ten a day.
pub const MAX_POSTS_PER_WEEK: u32 = 70;
/// Longest copy limit a channel may set: above any network's (Facebook's
/// 63 206 is the longest known).
pub const MAX_COPY_LIMIT: u32 = 100_000;

/// A one-line text: no control characters at all (they would reach the terminal raw).
pub fn line(field: Field, text: &str) -> Result {
    if disrupts(text, false) {
        return Err(EditError::ControlCharacter(field));
    }
    max_len(field, text, MAX_LINE)
}

/// A multi-line text: line breaks allowed, other control characters not.
pub fn text(field: Field, text: &str) -> Result {
    if disrupts(text, true) {
        return Err(EditError::ControlCharacter(field));
    }
    max_len(field, text, MAX_TEXT)
}

/// Whether `text` holds a character that would disrupt the terminal. Most
/// text is ASCII, where only control bytes can: checked byte by byte, which
/// matters when a large plan is loaded.
fn disrupts(text: &str, newline_allowed: bool) -> bool {
    if text.is_ascii() {
        text.bytes()
            .any(|b| (b < 0x20 && !(newline_allowed && b == b'\n')) || b == 0x7f)
    } else {
        text.chars()
            .any(|c| is_disruptive(c) && !(newline_allowed && c == '\n'))
    }
}

/// A one-line text that must say something.
pub fn required_line(field: Field, value: &str) -> Result {
    if value.trim().is_empty() {
        return Err(EditError::Empty(field));
    }
    line(field, value)
}

fn max_len(field: Field, text: &str, max: usize) -> Result {
    // Bytes are at least as many as characters: count only when they could
    // be too many.
    if text.len() > max && text.chars().count() > max {
        return Err(EditError::TooLong { field, max });
    }
    Ok(())
}

/// Ids: 1 to 40 of `a-z`, `0-9` and `-`, not starting with a dash.
pub fn id(value: &str) -> Result {
    let ok = !value.is_empty()
        && value.len() <= MAX_ID
        && !value.starts_with('-')
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(EditError::InvalidId(value.to_string()))
    }
}

/// Three capital letters, as ISO 4217 writes them.
pub fn currency(value: &str) -> Result {
    if value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(EditError::InvalidCurrency(value.to_string()))
    }
}

pub fn finite(field: Field, value: f64) -> Result {
    if value.is_finite() {
        Ok(())
    } else {
        Err(EditError::NotFinite(field))
    }
}

fn in_range(field: Field, value: f64, min: f64, max: f64) -> Result {
    finite(field, value)?;
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(EditError::OutOfRange { field, min, max })
    }
}

fn not_negative(field: Field, value: super::money::Money) -> Result {
    if value.is_negative() {
        Err(EditError::Negative(field))
    } else {
        Ok(())
    }
}

/// What references are checked against: the plan itself for one edit, or
/// an index of its ids when a whole plan is checked (a scan per reference
/// would make loading a large plan quadratic).
pub trait Known {
    fn has_channel(&self, id: &str) -> bool;
    fn has_objective(&self, id: &str) -> bool;
    fn has_campaign(&self, id: &str) -> bool;
}

impl Known for Plan {
    fn has_channel(&self, id: &str) -> bool {
        self.channel(id).is_some()
    }

    fn has_objective(&self, id: &str) -> bool {
        self.objective(id).is_some()
    }

    fn has_campaign(&self, id: &str) -> bool {
        self.campaign(id).is_some()
    }
}

/// A channel the plan has.
pub fn channel_ref(plan: &impl Known, channel: &str) -> Result {
    if plan.has_channel(channel) {
        Ok(())
    } else {
        Err(EditError::UnknownChannel(channel.to_string()))
    }
}

pub fn channel(channel: &Channel) -> Result {
    id(&channel.id)?;
    required_line(Field::Name, &channel.name)?;
    text(Field::Reason, &channel.reason)?;
    fit(channel.fit)?;
    not_negative(Field::MonthlyBudget, channel.monthly_budget)?;
    in_range(
        Field::WeeklyHours,
        channel.weekly_hours,
        0.0,
        MAX_WEEKLY_HOURS,
    )?;
    // None means "no cadence" or "the preset's limit"; a 0 would say the
    // channel never posts, or that no copy fits: a mistake either way.
    let counts = [
        (
            Field::PostsPerWeek,
            channel.posts_per_week,
            MAX_POSTS_PER_WEEK,
        ),
        (Field::CopyLimit, channel.copy_limit, MAX_COPY_LIMIT),
    ];
    for (field, value, max) in counts {
        if let Some(value) = value {
            in_range(field, f64::from(value), 1.0, f64::from(max))?;
        }
    }
    Ok(())
}

fn fit(fit: Fit) -> Result {
    if [fit.audience, fit.cost, fit.effort]
        .iter()
        .all(|&score| score <= Fit::MAX)
    {
        Ok(())
    } else {
        Err(EditError::OutOfRange {
            field: Field::Fit,
            min: 0.0,
            max: f64::from(Fit::MAX),
        })
    }
}

/// An objective's definition: everything but its measurements and revisions.
pub fn objective_definition(plan: &impl Known, objective: &Objective) -> Result {
    id(&objective.id)?;
    required_line(Field::Name, &objective.name)?;
    required_line(Field::Metric, &objective.metric)?;
    line(Field::Unit, &objective.unit)?;
    if let Some(channel) = &objective.channel {
        channel_ref(plan, channel)?;
    }
    finite(Field::Baseline, objective.baseline.value)?;
    if let Some(target) = objective.target {
        target_side(objective.direction, objective.baseline.value, target)?;
    }
    if let Some(deadline) = objective.deadline {
        deadline_after(objective.baseline.date, deadline)?;
    }
    Ok(())
}

/// The target must differ from the baseline, on the side the objective moves to.
pub fn target_side(direction: Direction, baseline: f64, target: f64) -> Result {
    finite(Field::Target, target)?;
    #[allow(clippy::float_cmp)] // exactly equal is what is refused
    if target == baseline {
        return Err(EditError::TargetEqualsBaseline(target));
    }
    let moves_right_way = match direction {
        Direction::Increase => target > baseline,
        Direction::Decrease => target < baseline,
    };
    if moves_right_way {
        Ok(())
    } else {
        Err(EditError::TargetWrongSide {
            direction,
            baseline,
            target,
        })
    }
}

pub fn deadline_after(baseline: NaiveDate, deadline: NaiveDate) -> Result {
    if deadline > baseline {
        Ok(())
    } else {
        Err(EditError::DeadlineNotAfterBaseline { baseline, deadline })
    }
}

/// A whole objective: its definition, then its history.
pub fn objective(plan: &impl Known, objective: &Objective) -> Result {
    objective_definition(plan, objective)?;
    let mut previous: Option<NaiveDate> = None;
    for m in &objective.measurements {
        measurement(objective, m)?;
        if previous.is_some_and(|p| p >= m.date) {
            return Err(EditError::MeasurementsOutOfOrder(m.date));
        }
        previous = Some(m.date);
    }
    for r in &objective.revisions {
        revision(&objective.id, r)?;
    }
    // The history ends where the objective is now: that is what lets a
    // revision be taken back exactly.
    if let Some(last) = objective.revisions.last() {
        #[allow(clippy::float_cmp)] // the very value the revision set
        let current = objective.target == Some(last.new_target)
            && objective.deadline == Some(last.new_deadline);
        if !current {
            return Err(EditError::RevisionMismatch(objective.id.clone()));
        }
    }
    Ok(())
}

pub fn measurement(objective: &Objective, m: &Measurement) -> Result {
    finite(Field::Value, m.value)?;
    line(Field::Note, &m.note)?;
    if m.date < objective.baseline.date {
        return Err(EditError::BeforeBaseline {
            date: m.date,
            baseline: objective.baseline.date,
        });
    }
    Ok(())
}

fn revision(objective: &str, revision: &Revision) -> Result {
    required_line(Field::Reason, &revision.reason)?;
    finite(Field::Target, revision.new_target)?;
    if let Some(old) = revision.old_target {
        finite(Field::Target, old)?;
    }
    #[allow(clippy::float_cmp)] // exactly the same values is what is refused
    let same = revision.old_target == Some(revision.new_target)
        && revision.old_deadline == Some(revision.new_deadline);
    if same {
        return Err(EditError::RevisionChangesNothing(objective.to_string()));
    }
    Ok(())
}

pub fn campaign(plan: &impl Known, campaign: &Campaign) -> Result {
    id(&campaign.id)?;
    required_line(Field::Name, &campaign.name)?;
    channel_ref(plan, &campaign.channel)?;
    if campaign.end < campaign.start {
        return Err(EditError::EndBeforeStart {
            field: Field::End,
            start: campaign.start,
            end: campaign.end,
        });
    }
    not_negative(Field::Budget, campaign.budget)?;
    for (i, objective) in campaign.objectives.iter().enumerate() {
        if !plan.has_objective(objective) {
            return Err(EditError::UnknownObjective(objective.clone()));
        }
        if campaign.objectives[..i].contains(objective) {
            return Err(EditError::RepeatedObjective(objective.clone()));
        }
    }
    line(Field::Audience, &campaign.audience)?;
    text(Field::Message, &campaign.message)?;
    line(Field::Owner, &campaign.owner)?;
    campaign.spend.iter().try_for_each(spend)?;
    // One canonical order is what makes undo and merge of the list exact.
    match campaign.spend.windows(2).find(|pair| pair[0] > pair[1]) {
        Some(pair) => Err(EditError::SpendOutOfOrder(pair[1].date)),
        None => Ok(()),
    }
}

/// One spend entry: a real amount, a one-line note.
pub fn spend(entry: &Spend) -> Result {
    if entry.amount <= super::money::Money::ZERO {
        return Err(EditError::NotPositive(Field::Amount));
    }
    line(Field::Note, &entry.note)
}

/// A post: its campaign exists (the channel is the campaign's); a date
/// outside the campaign's is for the lint to point out, not refused.
pub fn post(plan: &impl Known, post: &Post) -> Result {
    id(&post.id)?;
    if !plan.has_campaign(&post.campaign) {
        return Err(EditError::UnknownCampaign(post.campaign.clone()));
    }
    if let Some(time) = &post.time
        && clock_time(time).is_none()
    {
        return Err(EditError::InvalidTime(time.clone()));
    }
    required_line(Field::Title, &post.title)?;
    text(Field::Copy, &post.copy)?;
    line(Field::Asset, &post.asset)?;
    line(Field::Owner, &post.owner)?;
    line(Field::Link, &post.link)?;
    text(Field::Notes, &post.notes)
}

pub fn review(review: &Review) -> Result {
    text(Field::Worked, &review.worked)?;
    text(Field::DidNotWork, &review.did_not_work)?;
    text(Field::Notes, &review.notes)
}

pub fn figure(figure: &ChannelFigure) -> Result {
    required_line(Field::Channel, &figure.channel)?;
    if let Some(engagement) = figure.engagement {
        in_range(Field::Engagement, engagement, 0.0, 100.0)?;
    }
    Ok(())
}

pub fn audience(audience: &Audience) -> Result {
    described(&audience.id, &audience.name, &audience.places)?;
    text(Field::Interests, &audience.interests)?;
    text(Field::Notes, &audience.notes)?;
    let (min, max) = (
        audience.age_min.unwrap_or(0),
        audience.age_max.unwrap_or(MAX_AGE),
    );
    // The youngest age past the oldest is the oldest's to fix, unless the
    // youngest is past any age.
    let field = if min > MAX_AGE {
        Field::AgeMin
    } else if min > max || max > MAX_AGE {
        Field::AgeMax
    } else {
        return Ok(());
    };
    Err(EditError::AgeRange { field, min, max })
}

pub fn competitor(competitor: &Competitor) -> Result {
    described(&competitor.id, &competitor.name, &competitor.places)?;
    text(Field::Works, &competitor.works)?;
    text(Field::Fails, &competitor.fails)?;
    text(Field::Notes, &competitor.notes)
}

pub fn protocol(protocol: &Protocol) -> Result {
    id(&protocol.id)?;
    required_line(Field::Name, &protocol.name)?;
    line(Field::Trigger, &protocol.trigger)?;
    text(Field::Steps, &protocol.steps)?;
    line(Field::Owner, &protocol.owner)?;
    line(Field::ResponseTime, &protocol.response_time)
}

/// What audiences and competitors both have: an id, a name, and the places
/// where they are.
fn described(key: &str, name: &str, places: &[String]) -> Result {
    id(key)?;
    required_line(Field::Name, name)?;
    places
        .iter()
        .try_for_each(|place| required_line(Field::Places, place))
}

/// A short id made from a name: "Rebajas de Otoño" becomes `rebajas-de-otono`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= MAX_ID {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "item".to_string()
    } else {
        trimmed.to_string()
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// A slug not yet taken: `name`, else `name-2`, `name-3`…
pub fn unique_id(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slug(name);
    if !taken(&base) {
        return base;
    }
    (2..=u32::MAX)
        .map(|n| numbered_id(&base, n))
        .find(|candidate| !taken(candidate))
        .unwrap_or(base)
}

/// `base-n`, cut so that it is still a valid id.
pub fn numbered_id(base: &str, n: u32) -> String {
    let suffix = format!("-{n}");
    let stem: String = base.chars().take(MAX_ID - suffix.len()).collect();
    format!("{}{suffix}", stem.trim_end_matches('-'))
}

#[cfg(test)]
mod tests;
