//! Step 1: the channels' figures, the audiences, the competitors and the
//! notes on the situation.

use std::fmt::Write as _;

use super::Heading;
use super::blocks::{item, table_of};
use super::escape::{lines, text};
use crate::domain::{Audience, Competitor, Plan};
use crate::i18n::Lang;

pub fn situation(out: &mut String, plan: &Plan, lang: Lang) {
    let s = &plan.situation;
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Situation));
    if !s.figures.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Figures));
        table_of(out, &lang.report_figure_columns(), &s.figures, |f| {
            let count = |v: Option<u64>| v.map_or_else(|| "-".into(), |v| v.to_string());
            vec![
                text(&f.channel),
                f.date.to_string(),
                count(f.followers),
                count(f.reach),
                f.engagement
                    .map_or_else(|| "-".into(), |e| lang.percent_sign(lang.num(e))),
            ]
        });
    }
    if !s.audiences.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Audiences));
        for a in &s.audiences {
            item(out, &audience(a, lang), &a.notes);
        }
        out.push('\n');
    }
    if !s.competitors.is_empty() {
        let _ = writeln!(out, "### {}\n", lang.report_heading(Heading::Competitors));
        for c in &s.competitors {
            item(out, &competitor(c), &c.notes);
        }
        out.push('\n');
    }
    if !s.notes.trim().is_empty() {
        let _ = writeln!(out, "{}\n", lines(&s.notes, ""));
    }
}

fn audience(a: &Audience, lang: Lang) -> String {
    let ages = crate::formats::cells::ages(a);
    format!(
        "**{}** ({}{ages}): {}. {}",
        text(&a.name),
        lang.audience_kind(a.kind),
        text(&a.places.join(", ")),
        text(&a.interests)
    )
}

fn competitor(c: &Competitor) -> String {
    format!(
        "**{}** ({}): + {} / − {}",
        text(&c.name),
        text(&c.places.join(", ")),
        text(&c.works),
        text(&c.fails)
    )
}
