//! Reading a plan for a command that only reads it and shows part of it:
//! `status` (the objectives), the calendar (no posts at week or month zoom,
//! and only the campaigns that meet its window; the window's posts at day
//! zoom), the agenda (the window's posts and the
//! overdue ones). A year of an agency's plans holds a hundred thousand
//! posts, and building them all was most of what such a command cost
//! (docs/PERFORMANCE.md, budget 1).
//!
//! The rule: **a read-only command checks all of the file's syntax, and in
//! full every item it shows; an item it does not show is only read as far
//! as deciding that.** A post not shown is read for its date and status
//! (which decide whether it is shown), the rest of it only scanned; a
//! campaign outside the calendar's window is read for its dates; the
//! campaigns `status` does not show are only scanned. So a wrong type or an
//! unknown field in an item a read-only command does not show is not
//! reported by that command: it is by `check`, by the TUI and by every
//! command that writes, which read the whole plan (`Keep::All`) and never
//! save a sieved one.
//!
//! The sieve is set for the current thread by [`read`] around one parse; a
//! plan read without one keeps everything. From a file, `store::stream`
//! reads the plan a piece at a time with the same `Keep`, so that a large
//! file is not held whole either.

use std::cell::Cell;
use std::fmt;

use chrono::NaiveDate;
use serde::de::value::MapDeserializer;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, de};
use serde_json::value::RawValue;

use super::plan::Campaign;
use super::post::{Post, PostStatus};

/// What a reader keeps of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Everything: what the TUI, `check` and every command that writes need.
    All,
    /// The objectives and channels, no campaigns and no posts: `status`.
    Objectives,
    /// Everything but the posts.
    NoPosts,
    /// No posts, and only the campaigns whose dates meet `first` to `last`
    /// (both included): the calendar at week or month zoom, whose charts
    /// show no other.
    Span { first: NaiveDate, last: NaiveDate },
    /// Every campaign, and the posts dated from `from` to `to`, both
    /// included, and, when `overdue` gives a day, those overdue on it
    /// ([`Post::is_overdue`]).
    Dated {
        from: NaiveDate,
        to: NaiveDate,
        overdue: Option<NaiveDate>,
    },
}

impl Keep {
    /// Whether any campaign is kept (`status` shows none).
    pub fn keeps_campaigns(self) -> bool {
        self != Keep::Objectives
    }

    /// Whether every campaign is kept, whatever its dates.
    pub fn keeps_every_campaign(self) -> bool {
        self.keeps_campaigns() && !matches!(self, Keep::Span { .. })
    }

    /// Whether a campaign running from `start` to `end` is kept.
    pub fn keeps_campaign(self, start: NaiveDate, end: NaiveDate) -> bool {
        match self {
            Keep::Span { first, last } => start <= last && end >= first,
            other => other.keeps_campaigns(),
        }
    }

    /// Whether a post of that date and status is kept.
    pub fn keeps(self, date: NaiveDate, status: PostStatus) -> bool {
        match self {
            Keep::All => true,
            Keep::Objectives | Keep::NoPosts | Keep::Span { .. } => false,
            Keep::Dated { from, to, overdue } => {
                (from..=to).contains(&date)
                    || overdue.is_some_and(|day| date < day && !status.is_settled())
            }
        }
    }
}

thread_local! {
    static SIEVE: Cell<Option<Keep>> = const { Cell::new(None) };
}

/// Runs `parse` with `keep` as this thread's sieve: the plans it reads keep
/// only that. The parse must read from a `serde_json` slice or string (the
/// posts not shown are scanned as raw JSON); with any other deserializer
/// the sieved lists fail to read, and the caller reads the whole plan.
pub fn read<T>(keep: Keep, parse: impl FnOnce() -> T) -> T {
    /// Takes the sieve off again, even if `parse` panics.
    struct Unset;
    impl Drop for Unset {
        fn drop(&mut self) {
            SIEVE.with(|s| s.set(None));
        }
    }
    SIEVE.with(|s| s.set(Some(keep)));
    let _unset = Unset;
    parse()
}

/// The thread's sieve (`Keep::All` outside [`read`]).
fn current() -> Keep {
    SIEVE.with(Cell::get).unwrap_or(Keep::All)
}

/// For `#[serde(deserialize_with)]` on the plan's campaigns: all of them,
/// those of the sieve's window (each read for its dates, one kept then
/// built), or, when the thread's sieve keeps none, none (their JSON only
/// scanned).
pub fn campaigns<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Campaign>, D::Error> {
    let keep = current();
    if keep.keeps_every_campaign() {
        <Vec<Campaign>>::deserialize(deserializer)
    } else if keep.keeps_campaigns() {
        deserializer.deserialize_seq(Campaigns { keep })
    } else {
        IgnoredAny::deserialize(deserializer).map(|_| Vec::new())
    }
}

/// The campaigns of a window: each element borrowed as raw JSON, read for
/// its dates, and built only if they meet the window.
struct Campaigns {
    keep: Keep,
}

impl<'de> Visitor<'de> for Campaigns {
    type Value = Vec<Campaign>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list of campaigns")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Campaign>, A::Error> {
        let mut kept = Vec::new();
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            let dates: CampaignDates =
                serde_json::from_str(raw.get()).map_err(de::Error::custom)?;
            if self.keep.keeps_campaign(dates.start, dates.end) {
                kept.push(serde_json::from_str(raw.get()).map_err(de::Error::custom)?);
            }
        }
        Ok(kept)
    }
}

/// For `#[serde(deserialize_with)]` on the plan's posts: every post, or
/// only those the thread's sieve keeps.
pub fn posts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Post>, D::Error> {
    match current() {
        Keep::All => <Vec<Post>>::deserialize(deserializer),
        Keep::Objectives | Keep::NoPosts | Keep::Span { .. } => {
            IgnoredAny::deserialize(deserializer).map(|_| Vec::new())
        }
        keep @ Keep::Dated { .. } => deserializer.deserialize_seq(Posts { keep }),
    }
}

/// What decides whether a post is kept, read as the post reads it (a date
/// is required, the status has a default); its other fields are skipped.
/// (For `store::stream`, which then reads a post kept whole.)
#[derive(Deserialize)]
pub struct Decides {
    #[serde(with = "super::iso_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub status: PostStatus,
}

/// What decides whether a campaign is kept, read as the campaign reads
/// it (both dates are required); its other fields are skipped. (For
/// `store::stream`, which then reads a campaign kept whole.)
#[derive(Deserialize)]
pub struct CampaignDates {
    #[serde(with = "super::iso_date")]
    pub start: NaiveDate,
    #[serde(with = "super::iso_date")]
    pub end: NaiveDate,
}

struct Posts {
    keep: Keep,
}

impl<'de> Visitor<'de> for Posts {
    type Value = Vec<Post>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list of posts")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Post>, A::Error> {
        let mut kept = Vec::new();
        // One buffer of fields for every post, not one allocation each.
        let mut fields = Vec::with_capacity(24);
        while let Some(post) = seq.next_element_seed(Glimpse {
            keep: self.keep,
            fields: &mut fields,
        })? {
            kept.extend(post);
        }
        Ok(kept)
    }
}

/// One post read as its fields' raw JSON: its date and status decide
/// whether it is kept, and only a kept post is built from the rest.
struct Glimpse<'b, 'de> {
    keep: Keep,
    fields: &'b mut Vec<(&'de str, &'de RawValue)>,
}

impl<'de> DeserializeSeed<'de> for Glimpse<'_, 'de> {
    type Value = Option<Post>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Post>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Glimpse<'_, 'de> {
    type Value = Option<Post>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a post")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Post>, A::Error> {
        let fields = self.fields;
        fields.clear();
        let (mut date, mut status) = (None, None);
        // Keys borrowed from the file: one with an escape fails to read
        // here, and the caller then reads the whole plan.
        while let Some(key) = map.next_key::<&'de str>()? {
            let value = map.next_value::<&'de RawValue>()?;
            match key {
                "date" => date = Some(value),
                "status" => status = Some(value),
                _ => {}
            }
            fields.push((key, value));
        }
        // As the post itself reads them: a date is required, the status
        // has a default. Anything else is an error, and the caller then
        // reads the whole plan, which says what is wrong.
        let date = date
            .ok_or_else(|| de::Error::missing_field("date"))
            .and_then(|v| super::iso_date::deserialize(v).map_err(de::Error::custom))?;
        let status = match status {
            Some(v) => PostStatus::deserialize(v).map_err(de::Error::custom)?,
            None => PostStatus::default(),
        };
        if !self.keep.keeps(date, status) {
            return Ok(None);
        }
        let whole = MapDeserializer::<_, serde_json::Error>::new(fields.drain(..));
        Post::deserialize(whole)
            .map(Some)
            .map_err(de::Error::custom)
    }
}
