//! The agenda, the manager's Monday morning: the overdue posts, then day by
//! day what a window of days holds (posts, campaigns starting or ending,
//! objective deadlines), then the objectives waiting for a new value.
//!
//! It is data, not text: one flat list of entries in the order they are
//! shown, each tagged with its section and carrying the id of what it is
//! about, so a list can select an entry and act on its post. The command
//! line prints it; the TUI can list it.

use foldhash::HashSet;

use chrono::{Days, NaiveDate};

use super::forecast::Forecast;
use super::lint::measurement_due;
use super::plan::{Campaign, Objective, Plan, Status};
use super::post::Post;

/// Which days the agenda covers: `days` days from `from`, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub from: NaiveDate,
    pub days: u32,
}

impl Window {
    /// The last day of the window (the window's first when it is empty,
    /// the last date there is when it runs past it).
    pub fn last(self) -> NaiveDate {
        let extra = Days::new(u64::from(self.days.saturating_sub(1)));
        self.from.checked_add_days(extra).unwrap_or(NaiveDate::MAX)
    }

    fn holds(self, date: NaiveDate) -> bool {
        self.days > 0 && (self.from..=self.last()).contains(&date)
    }
}

/// Whose and which entries to show; `None` shows all.
///
/// An owner keeps the posts and campaigns with that owner (any case) and
/// drops the objectives, which have none. A channel keeps the posts and
/// campaigns on it and the objectives measured on it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub owner: Option<String>,
    /// A channel id.
    pub channel: Option<String>,
}

/// Where an entry is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Posts whose day has passed, neither published nor skipped.
    Overdue,
    /// A day of the window.
    Day(NaiveDate),
    /// Objectives with no new value for over a week.
    Reminders,
}

/// What an entry is about, by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    Post(String),
    CampaignStarts(String),
    CampaignEnds(String),
    /// An objective's deadline.
    Deadline(String),
    /// An objective to measure, last valued on `last` (its baseline's
    /// date when it was never measured).
    Measure {
        objective: String,
        last: NaiveDate,
    },
}

/// One line of the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub section: Section,
    pub what: What,
}

/// The agenda of `plan` on `today` for `window`: overdue posts oldest
/// first, then the window's days in order (each day's posts by time,
/// untimed first, then campaigns starting, ending, and deadlines), then the
/// reminders. An overdue post is listed once, among the overdue, even when
/// its day is in the window.
pub fn agenda(plan: &Plan, today: NaiveDate, window: Window, filter: &Filter) -> Vec<Entry> {
    agenda_placed(plan, today, window, filter)
        .into_iter()
        .map(|(entry, _)| entry)
        .collect()
}

/// The [`agenda`], each post's entry with the post's place in the plan's
/// list (None for the other entries): what shows the entries finds their
/// posts without looking them up among all the plan's.
pub fn agenda_placed(
    plan: &Plan,
    today: NaiveDate,
    window: Window,
    filter: &Filter,
) -> Vec<(Entry, Option<usize>)> {
    let keep = Keep::new(plan, filter);
    let mut entries = overdue(plan, today, &keep);
    entries.extend(days(plan, today, window, &keep));
    entries.extend(reminders(plan, today, &keep).into_iter().map(|e| (e, None)));
    entries
}

fn overdue(plan: &Plan, today: NaiveDate, keep: &Keep) -> Vec<(Entry, Option<usize>)> {
    let mut posts: Vec<(usize, &Post)> = plan
        .posts
        .iter()
        .enumerate()
        .filter(|(_, post)| post.is_overdue(today) && keep.post(post))
        .collect();
    posts.sort_by_key(|(_, post)| post.sort_key());
    posts
        .into_iter()
        .map(|(place, post)| {
            let entry = Entry {
                section: Section::Overdue,
                what: What::Post(post.id.clone()),
            };
            (entry, Some(place))
        })
        .collect()
}

/// The window's entries, each with what orders it within its day: its
/// rank (posts, starts, ends, deadlines) and a post's time.
fn days(plan: &Plan, today: NaiveDate, window: Window, keep: &Keep) -> Vec<(Entry, Option<usize>)> {
    type Keyed = (NaiveDate, u8, Option<(u8, u8)>, What, Option<usize>);
    let mut keyed: Vec<Keyed> = Vec::new();
    let posts =
        plan.posts.iter().enumerate().filter(|(_, post)| {
            window.holds(post.date) && !post.is_overdue(today) && keep.post(post)
        });
    for (place, post) in posts {
        let (date, time) = post.sort_key();
        keyed.push((date, 0, time, What::Post(post.id.clone()), Some(place)));
    }
    let campaigns = plan
        .campaigns
        .iter()
        .filter(|c| c.status != Status::Cancelled && keep.campaign(c));
    for c in campaigns {
        if window.holds(c.start) {
            keyed.push((c.start, 1, None, What::CampaignStarts(c.id.clone()), None));
        }
        if window.holds(c.end) {
            keyed.push((c.end, 2, None, What::CampaignEnds(c.id.clone()), None));
        }
    }
    for o in plan
        .objectives
        .iter()
        .filter(|o| o.active && keep.objective(o))
    {
        if let Some(deadline) = o.deadline.filter(|d| window.holds(*d)) {
            keyed.push((deadline, 3, None, What::Deadline(o.id.clone()), None));
        }
    }
    // Stable: entries that tie stay in the plan's order.
    keyed.sort_by_key(|(date, rank, time, _, _)| (*date, *rank, *time));
    keyed
        .into_iter()
        .map(|(date, _, _, what, place)| {
            let entry = Entry {
                section: Section::Day(date),
                what,
            };
            (entry, place)
        })
        .collect()
}

fn reminders(plan: &Plan, today: NaiveDate, keep: &Keep) -> Vec<Entry> {
    plan.objectives
        .iter()
        .filter(|o| keep.objective(o))
        .filter_map(|o| {
            let last = measurement_due(o, Forecast::of(o, today).verdict, today)?;
            Some(Entry {
                section: Section::Reminders,
                what: What::Measure {
                    objective: o.id.clone(),
                    last,
                },
            })
        })
        .collect()
}

/// A [`Filter`] made ready once: the owner in lower case, and the
/// campaigns on the channel (a post's channel is its campaign's), so that
/// no post looks its campaign up in the plan.
struct Keep<'a> {
    owner: Option<String>,
    channel: Option<&'a str>,
    campaigns: HashSet<&'a str>,
}

impl<'a> Keep<'a> {
    fn new(plan: &'a Plan, filter: &'a Filter) -> Self {
        let channel = filter.channel.as_deref();
        // Empty without a channel: no campaign is on `None`.
        let on_channel = |c: &&Campaign| Some(c.channel.as_str()) == channel;
        let campaigns = plan.campaigns.iter().filter(on_channel);
        Keep {
            owner: filter
                .owner
                .as_ref()
                .map(|owner| owner.trim().to_lowercase()),
            channel,
            campaigns: campaigns.map(|c| c.id.as_str()).collect(),
        }
    }

    fn owner(&self, owner: &str) -> bool {
        self.owner
            .as_ref()
            .is_none_or(|wanted| owner.trim().to_lowercase() == *wanted)
    }

    fn post(&self, post: &Post) -> bool {
        self.owner(&post.owner)
            && (self.channel.is_none() || self.campaigns.contains(post.campaign.as_str()))
    }

    fn campaign(&self, campaign: &Campaign) -> bool {
        self.owner(&campaign.owner) && self.channel.is_none_or(|wanted| campaign.channel == wanted)
    }

    /// Objectives have no owner: an owner asked for leaves them out.
    fn objective(&self, objective: &Objective) -> bool {
        self.owner.is_none()
            && self
                .channel
                .is_none_or(|wanted| objective.channel.as_deref() == Some(wanted))
    }
}

#[cfg(test)]
mod tests;
