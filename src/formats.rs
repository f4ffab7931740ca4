//! The plan in other tools' formats: campaigns as CSV (and back), campaigns
//! as iCalendar events, and a Markdown report a client can read.

pub mod csv;
pub mod html;
pub mod ics;
pub mod markdown;
