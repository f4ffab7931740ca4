//! The whole plan at once, as it is loaded: every item valid, keys unique,
//! references resolved against an index of the plan's ids.

use foldhash::{HashSet, HashSetExt};
use std::borrow::Cow;

use super::{
    Field, Known, audience, campaign, channel, competitor, currency, figure, line, objective, post,
    protocol, review, text,
};
use crate::domain::error::EditError;
use crate::domain::item::{Keyed, Kind, figure_key};
use crate::domain::plan::Plan;

/// The ids of a plan, for checking all its references at once.
struct Ids<'a> {
    channels: HashSet<&'a str>,
    objectives: HashSet<&'a str>,
    campaigns: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn of(plan: &'a Plan) -> Self {
        Ids {
            channels: plan.channels.iter().map(|c| c.id.as_str()).collect(),
            objectives: plan.objectives.iter().map(|o| o.id.as_str()).collect(),
            campaigns: plan.campaigns.iter().map(|c| c.id.as_str()).collect(),
        }
    }
}

impl Known for Ids<'_> {
    fn has_channel(&self, id: &str) -> bool {
        self.channels.contains(id)
    }

    fn has_objective(&self, id: &str) -> bool {
        self.objectives.contains(id)
    }

    fn has_campaign(&self, id: &str) -> bool {
        self.campaigns.contains(id)
    }
}

/// Where in a plan a problem is: the item (none for the plan's own fields).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", where_in_plan(.item.as_ref()))]
pub struct Problem {
    pub item: Option<(Kind, String)>,
    #[source]
    pub error: EditError,
}

fn where_in_plan(item: Option<&(Kind, String)>) -> String {
    match item {
        Some((kind, key)) => format!("the {kind} {key:?} is not valid"),
        None => "the plan's own fields are not valid".to_string(),
    }
}

/// Everything a loaded plan must satisfy: every item valid, keys unique,
/// references resolved. Returns the first problem with the item it is in.
pub fn plan(plan: &Plan) -> std::result::Result<(), Problem> {
    let whole = |error| Problem { item: None, error };
    line(Field::PlanName, &plan.name).map_err(whole)?;
    currency(&plan.currency).map_err(whole)?;
    text(Field::SituationNotes, &plan.situation.notes).map_err(whole)?;
    // The item's key is only written out when something is wrong with it.
    let at = |kind: Kind, key: &str, error| Problem {
        item: Some((kind, key.to_string())),
        error,
    };
    unique(plan)?;
    let ids = Ids::of(plan);
    for c in &plan.channels {
        channel(c).map_err(|e| at(Kind::Channel, &c.id, e))?;
    }
    for o in &plan.objectives {
        objective(&ids, o).map_err(|e| at(Kind::Objective, &o.id, e))?;
    }
    for c in &plan.campaigns {
        campaign(&ids, c).map_err(|e| at(Kind::Campaign, &c.id, e))?;
    }
    for p in &plan.posts {
        post(&ids, p).map_err(|e| at(Kind::Post, &p.id, e))?;
    }
    for r in &plan.reviews {
        review(r).map_err(|e| at(Kind::Review, &r.date.to_string(), e))?;
    }
    for f in &plan.situation.figures {
        figure(f).map_err(|e| at(Kind::Figure, &figure_key(&f.channel, f.date), e))?;
    }
    for a in &plan.situation.audiences {
        audience(a).map_err(|e| at(Kind::Audience, &a.id, e))?;
    }
    for c in &plan.situation.competitors {
        competitor(c).map_err(|e| at(Kind::Competitor, &c.id, e))?;
    }
    for p in &plan.protocols {
        protocol(p).map_err(|e| at(Kind::Protocol, &p.id, e))?;
    }
    Ok(())
}

fn unique(plan: &Plan) -> std::result::Result<(), Problem> {
    /// Keys taken by reference: a large plan has thousands of campaigns.
    fn check<'a>(
        kind: Kind,
        keys: impl Iterator<Item = Cow<'a, str>>,
    ) -> std::result::Result<(), Problem> {
        let mut seen = HashSet::with_capacity(keys.size_hint().0);
        for key in keys {
            if seen.contains(&key) {
                let key = key.into_owned();
                return Err(Problem {
                    item: Some((kind, key.clone())),
                    error: EditError::duplicate(kind, key),
                });
            }
            seen.insert(key);
        }
        Ok(())
    }
    // Ids are borrowed; reviews and figures are keyed by what they hold.
    macro_rules! ids {
        ($($kind:ident: $list:expr),*) => {$(
            check(Kind::$kind, $list.iter().map(|item| Cow::from(item.id.as_str())))?;
        )*};
    }
    ids!(
        Channel: plan.channels,
        Objective: plan.objectives,
        Campaign: plan.campaigns,
        Post: plan.posts,
        Audience: plan.situation.audiences,
        Competitor: plan.situation.competitors,
        Protocol: plan.protocols
    );
    check(
        Kind::Review,
        plan.reviews.iter().map(|r| Cow::Owned(r.key())),
    )?;
    check(
        Kind::Figure,
        plan.situation.figures.iter().map(|f| Cow::Owned(f.key())),
    )
}
