//! A report a client can read: the situation, the objectives with their
//! forecast and revisions, the channels with their budget and what they
//! planned and really spent each month, the campaigns by month with their
//! spend, posts and results, the campaigns compared, the calendar as text,
//! the last review and the protocols.
//!
//! One file per section under `markdown/`. Every text from the plan goes
//! through `escape` (one line, or several as written), so that wherever the
//! report is rendered it reads as the text it is, never as markup.

mod blocks;
mod campaigns;
mod channels;
mod compare;
mod escape;
mod objectives;
mod protocols;
mod review;
mod situation;

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::domain::Plan;
use crate::i18n::Lang;

pub use super::Heading;

/// The report. `calendar` is the Gantt chart as plain text (drawn by the
/// caller, who knows the width), put in a code block.
pub fn report(plan: &Plan, today: NaiveDate, lang: Lang, calendar: &str) -> String {
    let mut out = String::new();
    let title = if plan.name.is_empty() {
        lang.t(crate::i18n::T::Untitled)
    } else {
        &plan.name
    };
    let _ = writeln!(out, "# {}\n", escape::text(title));
    let _ = writeln!(out, "_{}_\n", lang.report_date(today));
    situation::situation(&mut out, plan, lang);
    objectives::objectives(&mut out, plan, today, lang);
    channels::channels(&mut out, plan, lang);
    campaigns::campaigns(&mut out, plan, lang);
    compare::compared(&mut out, plan, lang);
    let _ = writeln!(
        out,
        "## {}\n\n```text\n{}```\n",
        lang.report_heading(Heading::Calendar),
        calendar
    );
    review::last_review(&mut out, plan, lang);
    protocols::protocols(&mut out, plan, lang);
    out
}
