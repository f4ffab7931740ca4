//! The plan in other tools' formats: campaigns as CSV (and back), campaigns
//! as iCalendar events, and a report a client can read, in Markdown or as
//! one self-contained HTML page.

pub mod cells;
pub mod csv;
pub mod html;
pub mod ics;
pub mod markdown;

/// The reports' section titles (Markdown and HTML).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Situation,
    Figures,
    Audiences,
    Competitors,
    Objectives,
    Revisions,
    Channels,
    Budget,
    Campaigns,
    Compared,
    Calendar,
    LastReview,
    Protocols,
    /// The HTML report's: the next two weeks, and the plan's check.
    Agenda,
    Findings,
}
