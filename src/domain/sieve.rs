//! Reading a plan for a command that shows only some of its posts: the
//! calendar (none at week or month zoom, the window's at day zoom), the
//! agenda (the window's and the overdue ones), `status` (none). A year of an
//! agency's plans holds a hundred thousand posts, and building them all is
//! most of what such a command would cost (docs/PERFORMANCE.md).
//!
//! Every post is still read in full and checked as loading checks it; only
//! those the command does not show are then let go, remembering what the
//! checks of the whole plan need of them: a fingerprint of each id (ids are
//! unique) and the campaigns they name (which must exist). [`Dropped::fits`]
//! says whether the plan read this way passes every check the whole plan
//! would; when it cannot say so for sure, the caller reads the whole plan
//! (`store::parse_showing`), so a damaged file is refused with the same
//! error either way.
//!
//! The sieve is set for the current thread by [`read`] around one parse; a
//! plan read without one keeps every post.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use serde::de::{Deserializer, SeqAccess, Visitor};

use super::plan::Plan;
use super::post::Post;
use super::validate::{self, Known};

/// Which posts a reader keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Every post: what the TUI and every command that writes need.
    All,
    /// None at all.
    NoPosts,
    /// Those dated from `from` to `to`, both included, and, when `overdue`
    /// gives a day, those overdue on it ([`Post::is_overdue`]).
    Dated {
        from: NaiveDate,
        to: NaiveDate,
        overdue: Option<NaiveDate>,
    },
}

impl Keep {
    fn keeps(self, post: &Post) -> bool {
        match self {
            Keep::All => true,
            Keep::NoPosts => false,
            Keep::Dated { from, to, overdue } => {
                (from..=to).contains(&post.date) || overdue.is_some_and(|d| post.is_overdue(d))
            }
        }
    }
}

/// What the checks of the whole plan need of the posts let go.
#[derive(Debug, Default)]
pub struct Dropped {
    /// Fingerprints of their ids.
    ids: HashSet<u64>,
    /// The campaigns they belong to, each once.
    campaigns: HashSet<String>,
    /// Two of them may share an id, or one failed its own checks.
    doubt: bool,
}

impl Dropped {
    fn add(&mut self, post: &Post) {
        let fresh = self.ids.insert(fingerprint(&post.id));
        // Its own checks; its campaign is looked up at the end.
        let alone = validate::post(&AnyCampaign, post).is_ok();
        self.doubt |= !fresh || !alone;
        if !self.campaigns.contains(&post.campaign) {
            self.campaigns.insert(post.campaign.clone());
        }
    }

    /// True when `plan`, read with these posts let go, is sure to pass the
    /// checks the whole plan would as far as those posts go: each passed its
    /// own checks, names a campaign of the plan, and has an id no other
    /// post has. (False may be a false alarm: two ids with the same
    /// fingerprint. The whole plan then decides.)
    pub fn fits(&self, plan: &Plan) -> bool {
        if self.doubt {
            return false;
        }
        let campaigns: HashSet<&str> = plan.campaigns.iter().map(|c| c.id.as_str()).collect();
        self.campaigns
            .iter()
            .all(|c| campaigns.contains(c.as_str()))
            && plan
                .posts
                .iter()
                .all(|p| !self.ids.contains(&fingerprint(&p.id)))
    }
}

fn fingerprint(id: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(id.as_bytes())
}

/// Every campaign exists: a post's own checks, its campaign left for later.
struct AnyCampaign;

impl Known for AnyCampaign {
    fn has_channel(&self, _: &str) -> bool {
        true
    }
    fn has_objective(&self, _: &str) -> bool {
        true
    }
    fn has_campaign(&self, _: &str) -> bool {
        true
    }
}

thread_local! {
    static SIEVE: RefCell<Option<(Keep, Dropped)>> = const { RefCell::new(None) };
}

/// Runs `parse` with `keep` as this thread's sieve: the plans it reads keep
/// only those posts. Returns its result and what was let go.
pub fn read<T>(keep: Keep, parse: impl FnOnce() -> T) -> (T, Dropped) {
    /// Takes the sieve off again, even if `parse` panics.
    struct Unset;
    impl Drop for Unset {
        fn drop(&mut self) {
            SIEVE.with(|s| s.borrow_mut().take());
        }
    }
    SIEVE.with(|s| *s.borrow_mut() = Some((keep, Dropped::default())));
    let unset = Unset;
    let result = parse();
    let dropped = SIEVE
        .with(|s| s.borrow_mut().take())
        .map(|(_, dropped)| dropped)
        .unwrap_or_default();
    drop(unset);
    (result, dropped)
}

/// For `#[serde(deserialize_with)]` on the plan's posts: every post, or
/// only those the thread's sieve keeps.
pub fn posts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Post>, D::Error> {
    // Taken for the length of the list (a plan holds one list of posts).
    let Some((keep, mut dropped)) = SIEVE.with(|s| s.borrow_mut().take()) else {
        return <Vec<Post> as serde::Deserialize>::deserialize(deserializer);
    };
    let read = deserializer.deserialize_seq(Posts {
        keep,
        dropped: &mut dropped,
    });
    SIEVE.with(|s| *s.borrow_mut() = Some((keep, dropped)));
    read
}

struct Posts<'a> {
    keep: Keep,
    dropped: &'a mut Dropped,
}

impl<'de> Visitor<'de> for Posts<'_> {
    type Value = Vec<Post>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list of posts")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Post>, A::Error> {
        let mut kept = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(post) = seq.next_element::<Post>()? {
            if self.keep.keeps(&post) {
                kept.push(post);
            } else {
                self.dropped.add(&post);
            }
        }
        Ok(kept)
    }
}
