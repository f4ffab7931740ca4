//! The integral plan's rules of behaviour: what the team does, and how fast,
//! when something happens (a negative review, a crisis, a post that needs
//! approval). They are for running the plan, so they belong to step 5.

use serde::{Deserialize, Serialize};

/// Whether a protocol is about how the team works (internal) or how the
/// brand answers the public (external).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Internal,
    #[default]
    External,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Internal, Scope::External];
}

/// A rule of behaviour: when it applies, its steps, who answers for it and
/// how soon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    pub id: String,
    pub name: String,
    pub scope: Scope,
    /// When it applies, in the manager's words: "a negative review".
    #[serde(default)]
    pub trigger: String,
    /// One step per line.
    #[serde(default)]
    pub steps: String,
    #[serde(default)]
    pub owner: String,
    /// Free text ("within 24 h", "same working day", "before it goes out"):
    /// managers state response times in words a duration cannot hold, and
    /// nothing in the program computes with it.
    #[serde(default)]
    pub response_time: String,
}
