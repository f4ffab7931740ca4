//! A report a client can read: the situation, the objectives with their
//! forecast and revisions, the channels with their budget, the campaigns by
//! month with their posts, the calendar as text and the last review.
//!
//! One file per section under `markdown/`. Every text from the plan goes
//! through `escape` (one line, or several as written), so that wherever the
//! report is rendered it reads as the text it is, never as markup.

mod blocks;
mod campaigns;
mod channels;
mod escape;
mod objectives;
mod review;
mod situation;

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::domain::Plan;
use crate::i18n::Lang;

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
    let _ = writeln!(
        out,
        "## {}\n\n```text\n{}```\n",
        lang.report_heading(Heading::Calendar),
        calendar
    );
    review::last_review(&mut out, plan, lang);
    protocols(&mut out, plan, lang);
    out
}

/// The integral plan's protocols: issue 13's protocols add their section
/// here, in a file of its own beside the others.
fn protocols(_out: &mut String, _plan: &Plan, _lang: Lang) {}

/// The report's section titles.
#[derive(Clone, Copy)]
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
    Calendar,
    LastReview,
}
