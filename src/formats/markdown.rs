//! A report a client can read: the situation, the objectives with their
//! forecast, the channels with their budget, the campaigns by month, the
//! calendar as text, the last review and the protocols.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::domain::budget::monthly_spend;
use crate::domain::forecast::Forecast;
use crate::domain::{Decision, Plan};
use crate::i18n::actions::A;
use crate::i18n::protocols::P;
use crate::i18n::review::R;
use crate::i18n::{Lang, number};

/// The report. `calendar` is the Gantt chart as plain text (drawn by the
/// caller, who knows the width), put in a code block.
pub fn report(plan: &Plan, today: NaiveDate, lang: Lang, calendar: &str) -> String {
    let mut out = String::new();
    let title = if plan.name.is_empty() {
        lang.t(crate::i18n::T::Untitled)
    } else {
        &plan.name
    };
    let _ = writeln!(out, "# {}\n", inline(title));
    let _ = writeln!(out, "_{}_\n", lang.report_date(today));
    situation(&mut out, plan, lang);
    objectives(&mut out, plan, today, lang);
    channels(&mut out, plan, lang);
    campaigns(&mut out, plan, lang);
    let _ = writeln!(
        out,
        "## {}\n\n```text\n{}```\n",
        lang.report_heading(Heading::Calendar),
        calendar
    );
    last_review(&mut out, plan, lang);
    protocols(&mut out, plan, lang);
    out
}

/// The report's section titles.
#[derive(Clone, Copy)]
pub enum Heading {
    Situation,
    Figures,
    Audiences,
    Competitors,
    Objectives,
    Channels,
    Budget,
    Campaigns,
    Calendar,
    LastReview,
    Protocols,
}

/// Text for a table cell: no line breaks, no column separators.
fn cell(text: &str) -> String {
    crate::text::printable(&text.replace('\n', " ").replace('|', "\\|"))
}

/// Text in running prose: Markdown's own characters taken literally.
fn inline(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '#' | '[' | ']' | '<' | '>' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    crate::text::printable(&out)
}

/// A table with a row for each of `items`; nothing when there are none.
fn table_of<I>(out: &mut String, header: &[&str], items: &[I], row: impl Fn(&I) -> Vec<String>) {
    if !items.is_empty() {
        let rows: Vec<Vec<String>> = items.iter().map(row).collect();
        table(out, header, &rows);
    }
}

fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(
        out,
        "|{}|",
        header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    );
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

fn situation(out: &mut String, plan: &Plan, lang: Lang) {
    let s = &plan.situation;
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Situation));
    if !s.figures.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Figures));
        table_of(out, &lang.report_figure_columns(), &s.figures, |f| {
            let count = |v: Option<u64>| v.map_or_else(|| "-".into(), |v| v.to_string());
            vec![
                cell(&f.channel),
                f.date.to_string(),
                count(f.followers),
                count(f.reach),
                f.engagement
                    .map_or_else(|| "-".into(), |e| format!("{}%", number(e))),
            ]
        });
    }
    if !s.audiences.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Audiences));
        for a in &s.audiences {
            let ages = match (a.age_min, a.age_max) {
                (None, None) => String::new(),
                (min, max) => format!(
                    ", {}–{}",
                    min.unwrap_or(0),
                    max.map_or_else(|| "+".into(), |m| m.to_string())
                ),
            };
            let _ = writeln!(
                out,
                "- **{}** ({}{ages}): {}. {}",
                inline(&a.name),
                lang.audience_kind(a.kind),
                inline(&a.places.join(", ")),
                inline(&a.interests)
            );
        }
        out.push('\n');
    }
    if !s.competitors.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Competitors));
        for c in &s.competitors {
            let _ = writeln!(
                out,
                "- **{}** ({}): + {} / − {}",
                inline(&c.name),
                inline(&c.places.join(", ")),
                inline(&c.works),
                inline(&c.fails)
            );
        }
        out.push('\n');
    }
    if !s.notes.is_empty() {
        let _ = writeln!(out, "{}\n", inline(&s.notes));
    }
}

fn objectives(out: &mut String, plan: &Plan, today: NaiveDate, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Objectives));
    let columns = lang.report_objective_columns();
    table_of(out, &columns, &plan.objectives, |o| {
        let f = Forecast::of(o, today);
        let p = &f.progress;
        vec![
            cell(&o.name),
            lang.values(p.baseline, p.latest, p.target, false),
            lang.percent(p.percent()),
            o.deadline.map_or_else(|| "-".into(), |d| d.to_string()),
            lang.projected(f.projected),
            lang.verdict(f.verdict).to_string(),
        ]
    });
}

fn channels(out: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Channels));
    if plan.channels.is_empty() {
        return;
    }
    table_of(out, &lang.report_channel_columns(), &plan.channels, |c| {
        vec![
            cell(&c.name),
            lang.channel_kind_name(c.kind).to_string(),
            cell(&c.reason),
            format!("{} {}", c.monthly_budget, plan.currency),
            number(c.weekly_hours),
        ]
    });
    let spend = monthly_spend(plan);
    if !spend.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Budget));
        table_of(out, &lang.report_budget_columns(), &spend, |s| {
            let name = plan
                .channel(&s.channel)
                .map_or(s.channel.as_str(), |c| c.name.as_str());
            vec![
                cell(name),
                s.month.to_string(),
                lang.amount_in(s.planned, &plan.currency),
                format!("{} {}", s.budget, plan.currency),
                if s.over_budget() {
                    lang.over_budget().to_string()
                } else {
                    String::new()
                },
            ]
        });
    }
}

fn campaigns(out: &mut String, plan: &Plan, lang: Lang) {
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Campaigns));
    let mut sorted: Vec<_> = plan.campaigns.iter().collect();
    sorted.sort_by_key(|c| (c.start, c.end, c.id.clone()));
    let mut month = None;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let header = [
        lang.t(A::ColName),
        lang.t(A::ColChannel),
        lang.t(A::Dates),
        lang.t(A::ColStatus),
        lang.t(A::Budget),
        lang.t(A::Objectives),
    ];
    for c in sorted {
        let this = (
            c.start.format("%Y-%m").to_string(),
            lang.month_heading(c.start),
        );
        if month.as_ref() != Some(&this.0) {
            if !rows.is_empty() {
                table(out, &header, &rows);
                rows.clear();
            }
            let _ = writeln!(out, "### {}\n", this.1);
            month = Some(this.0);
        }
        let channel = plan
            .channel(&c.channel)
            .map_or(c.channel.as_str(), |ch| ch.name.as_str());
        let objectives: Vec<&str> = c
            .objectives
            .iter()
            .map(|id| plan.objective(id).map_or(id.as_str(), |o| o.name.as_str()))
            .collect();
        rows.push(vec![
            cell(&c.name),
            cell(channel),
            format!("{} → {}", c.start, c.end),
            lang.status(c.status).to_string(),
            format!("{} {}", c.budget, plan.currency),
            cell(&objectives.join(", ")),
        ]);
    }
    if !rows.is_empty() {
        table(out, &header, &rows);
    }
}

fn last_review(out: &mut String, plan: &Plan, lang: Lang) {
    let Some(review) = plan.reviews.iter().max_by_key(|r| r.date) else {
        return;
    };
    let _ = writeln!(
        out,
        "## {} ({})\n",
        lang.report_heading(Heading::LastReview),
        review.date
    );
    let decision = review.decision.map(|d| {
        lang.t(match d {
            Decision::KeepGoing => R::KeepGoing,
            Decision::ChangeStrategy => R::ChangeStrategy,
            Decision::ChangeObjective => R::ChangeObjective,
        })
    });
    for (label, text) in [
        (lang.t(R::Worked), review.worked.as_str()),
        (lang.t(R::DidNotWork), review.did_not_work.as_str()),
        (lang.t(R::Decision), decision.unwrap_or_default()),
        (lang.t(R::Notes), review.notes.as_str()),
    ] {
        if !text.is_empty() {
            let _ = writeln!(out, "- **{label}:** {}", inline(text));
        }
    }
    out.push('\n');
}

/// Each protocol: what it is about, then its steps as a numbered list.
fn protocols(out: &mut String, plan: &Plan, lang: Lang) {
    if plan.protocols.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Protocols));
    for p in &plan.protocols {
        let _ = writeln!(out, "### {}\n", inline(&p.name));
        for (label, text) in [
            (P::Scope, lang.scope(p.scope)),
            (P::Trigger, p.trigger.as_str()),
            (P::Owner, p.owner.as_str()),
            (P::ResponseTime, p.response_time.as_str()),
        ] {
            if !text.is_empty() {
                let _ = writeln!(out, "- **{}:** {}", lang.t(label), inline(text));
            }
        }
        out.push('\n');
        let steps = p.steps.lines().map(str::trim).filter(|s| !s.is_empty());
        for (i, step) in steps.enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, inline(step));
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Protocol, Scope};

    #[test]
    fn protocols_come_out_as_text_with_their_steps_numbered() {
        let mut plan = Plan::new("Bakery", "EUR");
        plan.protocols.push(Protocol {
            id: "x".into(),
            name: "A *b* <b>x</b>".into(),
            scope: Scope::Internal,
            trigger: "Any [link](y)".into(),
            steps: "Check it\n\n  Tell _Marta_  \nPost".into(),
            owner: String::new(),
            response_time: "24 h".into(),
        });
        let today = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap_or_default();
        let out = report(&plan, today, Lang::En, "");
        let section = &out[out.find("## Protocols").unwrap_or(0)..];
        assert_eq!(
            section,
            "## Protocols\n\n### A \\*b\\* \\<b\\>x\\</b\\>\n\n\
             - **Scope:** internal\n- **When it applies:** Any \\[link\\](y)\n\
             - **Response time:** 24 h\n\n1. Check it\n2. Tell \\_Marta\\_\n3. Post\n\n"
        );
    }
}
