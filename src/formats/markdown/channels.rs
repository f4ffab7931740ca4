//! Step 3: the channels, and what the campaigns plan to spend and really
//! spent on each by month, against its budget.

use std::fmt::Write as _;

use super::Heading;
use super::blocks::table_of;
use super::escape::text;
use crate::domain::Plan;
use crate::domain::budget::monthly_spend;
use crate::i18n::Lang;

pub fn channels(out: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Channels));
    let currency = text(&plan.currency);
    table_of(out, &lang.report_channel_columns(), &plan.channels, |c| {
        vec![
            text(&c.name),
            lang.channel_kind_name(c.kind).to_string(),
            text(&c.reason),
            lang.money_in(c.monthly_budget, &currency),
            lang.num(c.weekly_hours),
        ]
    });
    spend(out, plan, lang);
}

/// Planned and real spend per channel and month, as the Channels tab and
/// `check` see them (`monthly_spend`), with what is over the budget said.
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
        let mut cells = vec![text(name), s.month.to_string()];
        cells.extend(crate::formats::cells::spend(s, &currency, lang));
        cells
    });
}
