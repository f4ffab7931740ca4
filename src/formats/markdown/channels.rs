//! Step 3: the channels, and what the campaigns plan to spend on each by
//! month against its budget.

use std::fmt::Write as _;

use super::Heading;
use super::blocks::table_of;
use super::escape::text;
use crate::domain::Plan;
use crate::domain::budget::monthly_spend;
use crate::i18n::{Lang, number};

pub fn channels(out: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Channels));
    let currency = text(&plan.currency);
    table_of(out, &lang.report_channel_columns(), &plan.channels, |c| {
        vec![
            text(&c.name),
            lang.channel_kind_name(c.kind).to_string(),
            text(&c.reason),
            format!("{} {currency}", c.monthly_budget),
            number(c.weekly_hours),
        ]
    });
    spend(out, plan, lang);
}

/// The planned spend; real spend per channel and month goes beside it.
fn spend(out: &mut String, plan: &Plan, lang: Lang) {
    let spend = monthly_spend(plan);
    if spend.is_empty() {
        return;
    }
    let currency = text(&plan.currency);
    let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Budget));
    table_of(out, &lang.report_budget_columns(), &spend, |s| {
        let name = plan
            .channel(&s.channel)
            .map_or(s.channel.as_str(), |c| c.name.as_str());
        vec![
            text(name),
            s.month.to_string(),
            lang.amount_in(s.planned, &currency),
            format!("{} {currency}", s.budget),
            if s.over_budget() {
                lang.over_budget().to_string()
            } else {
                String::new()
            },
        ]
    });
}
