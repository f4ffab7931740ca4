//! Step 4: the campaigns by month, each month's table followed by what
//! each of its campaigns says, who runs it, what it spent, its posts and
//! what they achieved.

use std::fmt::Write as _;

use chrono::Datelike as _;

use super::Heading;
use super::blocks::{fact, labelled, table, table_of};
use super::escape::text;
use crate::domain::post::Post;
use crate::domain::results::{CampaignResults, CostBasis};
use crate::domain::{Campaign, Plan, Spend};
use crate::formats::cells;
use crate::i18n::Lang;
use crate::i18n::actions::A;
use crate::i18n::results::R;
use crate::i18n::spend::S;

pub fn campaigns(out: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Campaigns));
    if plan.posts.iter().any(has_results) {
        let _ = writeln!(out, "{}\n", lang.t(R::ReachNote));
    }
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

fn has_results(post: &Post) -> bool {
    [post.reach, post.interactions, post.clicks, post.leads]
        .iter()
        .any(Option::is_some)
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
                lang.money_in(c.budget, &currency),
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
/// what it spent and what its posts achieved; then its spend entries and
/// its posts.
fn details(out: &mut String, plan: &Plan, campaign: &Campaign, lang: Lang) {
    let _ = writeln!(out, "#### {}\n", text(&campaign.name));
    let facts = [
        (A::Owner, &campaign.owner),
        (A::Audience, &campaign.audience),
        (A::Message, &campaign.message),
    ];
    let before = out.len();
    for (label, value) in facts {
        if !value.trim().is_empty() {
            labelled(out, lang.t(label), value);
        }
    }
    let currency = text(&plan.currency);
    if !campaign.spend.is_empty() {
        fact(
            out,
            lang.t(S::Spent),
            &lang.spent_of_planned(campaign, &currency),
        );
    }
    let posts = posts_of(plan, campaign);
    results(out, campaign, &posts, &currency, lang);
    if out.len() > before {
        out.push('\n');
    }
    spend(out, campaign, &currency, lang);
    posts_table(out, &posts, lang);
}

/// The campaign's posts, in the order they go out.
fn posts_of<'p>(plan: &'p Plan, campaign: &Campaign) -> Vec<&'p Post> {
    let mut posts: Vec<&Post> = plan
        .posts
        .iter()
        .filter(|p| p.campaign == campaign.id)
        .collect();
    posts.sort_by(|a, b| (a.date, &a.time, &a.id).cmp(&(b.date, &b.time, &b.id)));
    posts
}

/// Its posts out of those planned, their results summed, and what a click
/// and a lead cost: on what was really spent once spend is recorded, on
/// the budget before (the label says which). Nothing without posts.
fn results(out: &mut String, campaign: &Campaign, posts: &[&Post], currency: &str, lang: Lang) {
    let results = CampaignResults::of(&campaign.id, posts.iter().copied());
    if results.planned == 0 && !results.has_any() {
        return;
    }
    let counts = lang.posts_out(results.published, results.planned);
    fact(out, lang.t(R::Posts), &counts);
    if !results.has_any() {
        fact(out, lang.t(R::Results), lang.t(R::NoneYet));
        return;
    }
    let names = lang.report_result_names();
    let sums: Vec<String> = (names.into_iter().zip(results.totals()))
        .map(|(name, sum)| format!("{name} {}", cells::total(sum, lang)))
        .collect();
    fact(out, lang.t(R::Results), &sums.join(" · "));
    let (label, basis) = match CostBasis::of(campaign) {
        CostBasis::Spent(amount) => (R::Cost, amount),
        CostBasis::Budget(amount) => (R::CostOnBudget, amount),
    };
    let [per_click, per_lead] = lang.report_cost_names();
    let costs = format!(
        "{per_click} {} · {per_lead} {}",
        cells::money(results.cost_per_click(basis), currency, lang),
        cells::money(results.cost_per_lead(basis), currency, lang),
    );
    fact(out, lang.t(label), &costs);
}

/// What the campaign really spent, entry by entry, in date order.
fn spend(out: &mut String, campaign: &Campaign, currency: &str, lang: Lang) {
    let mut entries: Vec<&Spend> = campaign.spend.iter().collect();
    entries.sort_by_key(|e| e.date);
    table_of(out, &lang.report_spend_columns(), &entries, |e| {
        vec![
            e.date.to_string(),
            lang.money_in(e.amount, currency),
            text(&e.note),
        ]
    });
}

/// Every post of the campaign, however many (it is a report), with its
/// results.
fn posts_table(out: &mut String, posts: &[&Post], lang: Lang) {
    table_of(out, &lang.report_post_columns(), posts, |p| {
        vec![
            p.date.to_string(),
            p.time.as_deref().map(text).unwrap_or_default(),
            lang.post_format(p.format).to_string(),
            text(&p.title),
            lang.post_status(p.status).to_string(),
            text(&p.link),
            cells::count(p.reach, lang),
            cells::count(p.interactions, lang),
            cells::count(p.clicks, lang),
            cells::count(p.leads, lang),
        ]
    });
}
