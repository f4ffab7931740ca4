//! Step 2: the objectives with their forecast, and every revision of a
//! target or deadline with its reason.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::Heading;
use super::blocks::{item, table_of};
use super::escape::text;
use crate::domain::Plan;
use crate::domain::forecast::Forecast;
use crate::i18n::Lang;

pub fn objectives(out: &mut String, plan: &Plan, today: NaiveDate, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Objectives));
    let columns = lang.report_objective_columns();
    table_of(out, &columns, &plan.objectives, |o| {
        let f = Forecast::of(o, today);
        let p = &f.progress;
        vec![
            text(&o.name),
            lang.values(p.baseline, p.latest, p.target, false),
            lang.percent(p.percent()),
            o.deadline.map_or_else(|| "-".into(), |d| d.to_string()),
            lang.projected(f.projected),
            lang.verdict(f.verdict).to_string(),
        ]
    });
    revisions(out, plan, lang);
}

/// Why a target or a deadline moved: what step 5 decided, kept in the plan.
fn revisions(out: &mut String, plan: &Plan, lang: Lang) {
    if plan.objectives.iter().all(|o| o.revisions.is_empty()) {
        return;
    }
    let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Revisions));
    for o in &plan.objectives {
        let mut revisions: Vec<_> = o.revisions.iter().collect();
        revisions.sort_by_key(|r| r.date);
        for r in revisions {
            let head = format!("**{}**, {}", text(&o.name), lang.report_revision(r));
            item(out, &head, &r.reason);
        }
    }
    out.push('\n');
}
