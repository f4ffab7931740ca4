//! Step 4: the campaigns by month, each month's table followed by what
//! each of its campaigns says, who runs it and its posts.

use std::fmt::Write as _;

use chrono::Datelike as _;

use super::Heading;
use super::blocks::{labelled, table, table_of};
use super::escape::text;
use crate::domain::post::Post;
use crate::domain::{Campaign, Plan};
use crate::i18n::Lang;
use crate::i18n::actions::A;

pub fn campaigns(out: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Campaigns));
    let mut sorted: Vec<&Campaign> = plan.campaigns.iter().collect();
    sorted.sort_by_key(|c| (c.start, c.end, c.id.clone()));
    for month in sorted.chunk_by(|a, b| month_of(a) == month_of(b)) {
        let _ = writeln!(out, "### {}\n", lang.month_heading(month[0].start));
        month_table(out, plan, month, lang);
        for campaign in month {
            details(out, plan, campaign, lang);
        }
    }
}

/// The month a campaign starts in, which is where the report lists it.
fn month_of(c: &Campaign) -> (i32, u32) {
    (c.start.year(), c.start.month())
}

fn month_table(out: &mut String, plan: &Plan, month: &[&Campaign], lang: Lang) {
    let header = [
        lang.t(A::ColName),
        lang.t(A::ColChannel),
        lang.t(A::Dates),
        lang.t(A::ColStatus),
        lang.t(A::Budget),
        lang.t(A::Objectives),
    ];
    let currency = text(&plan.currency);
    let rows: Vec<Vec<String>> = month
        .iter()
        .map(|c| {
            let objectives: Vec<&str> = c
                .objectives
                .iter()
                .map(|id| plan.objective(id).map_or(id.as_str(), |o| o.name.as_str()))
                .collect();
            vec![
                text(&c.name),
                text(channel_name(plan, c)),
                format!("{} → {}", c.start, c.end),
                lang.status(c.status).to_string(),
                format!("{} {currency}", c.budget),
                text(&objectives.join(", ")),
            ]
        })
        .collect();
    table(out, &header, &rows);
}

fn channel_name<'a>(plan: &'a Plan, c: &'a Campaign) -> &'a str {
    plan.channel(&c.channel)
        .map_or(c.channel.as_str(), |ch| ch.name.as_str())
}

/// A campaign's own heading: its owner, audience and message as written,
/// then what it spent and its posts.
fn details(out: &mut String, plan: &Plan, campaign: &Campaign, lang: Lang) {
    let _ = writeln!(out, "#### {}\n", text(&campaign.name));
    let facts = [
        (A::Owner, &campaign.owner),
        (A::Audience, &campaign.audience),
        (A::Message, &campaign.message),
    ];
    let mut any = false;
    for (label, value) in facts {
        if !value.trim().is_empty() {
            labelled(out, lang.t(label), value);
            any = true;
        }
    }
    if any {
        out.push('\n');
    }
    spend(out, plan, campaign, lang);
    posts(out, plan, campaign, lang);
}

/// Real spend entries of a campaign: issue 13's real spend goes here.
fn spend(_out: &mut String, _plan: &Plan, _campaign: &Campaign, _lang: Lang) {}

/// Every post of the campaign, however many: it is a report.
fn posts(out: &mut String, plan: &Plan, campaign: &Campaign, lang: Lang) {
    let mut posts: Vec<&Post> = plan
        .posts
        .iter()
        .filter(|p| p.campaign == campaign.id)
        .collect();
    posts.sort_by(|a, b| (a.date, &a.time, &a.id).cmp(&(b.date, &b.time, &b.id)));
    table_of(out, &lang.report_post_columns(), &posts, |p| {
        let mut row = vec![
            p.date.to_string(),
            p.time.as_deref().map(text).unwrap_or_default(),
            lang.post_format(p.format).to_string(),
            text(&p.title),
            lang.post_status(p.status).to_string(),
            text(&p.link),
        ];
        row.extend(results(p));
        row
    });
}

/// Results per post: issue 13's results add their cells here (and their
/// columns to `report_post_columns`).
fn results(_post: &Post) -> Vec<String> {
    Vec::new()
}
