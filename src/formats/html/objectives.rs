//! Step 2: each objective with its baseline, target, deadline, last
//! measurement and verdict — the forecast `status` prints, in the same
//! words — its revisions, and the figure its chart goes in.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::blocks::{facts, verdict};
use super::charts;
use super::cover::anchor;
use crate::domain::forecast::Forecast;
use crate::domain::{Objective, Plan};
use crate::formats::Heading;
use crate::i18n::html::H;
use crate::i18n::{Lang, T};

pub fn objectives(plan: &Plan, today: NaiveDate, lang: Lang) -> Markup {
    html! {
        section id=(anchor(Heading::Objectives)) {
            h2 { (lang.report_heading(Heading::Objectives)) }
            @if plan.objectives.is_empty() {
                p { (lang.t(H::NoObjectives)) }
            }
            @for o in &plan.objectives {
                (objective(o, plan, today, lang))
            }
        }
    }
}

fn objective(o: &Objective, plan: &Plan, today: NaiveDate, lang: Lang) -> Markup {
    let f = Forecast::of(o, today);
    let p = &f.progress;
    let metric = if o.unit.is_empty() || o.unit == o.metric {
        o.metric.clone()
    } else {
        format!("{} ({})", o.metric, o.unit)
    };
    let channel = o
        .channel
        .as_deref()
        .map(|id| plan.channel(id).map_or(id, |c| c.name.as_str()));
    let last = o.measurements.iter().max_by_key(|m| m.date).map_or_else(
        || lang.t(H::NotMeasured).to_string(),
        |m| lang.html_value_on(m.value, m.date),
    );
    let target = p
        .target
        .map_or_else(|| lang.t(T::NoTarget).to_string(), |t| lang.num(t));
    let progress = lang.report_objective_columns()[2];
    let mut revisions: Vec<_> = o.revisions.iter().collect();
    revisions.sort_by_key(|r| r.date);
    html! {
        article.objective {
            h3 { (o.name) }
            (facts(&[
                (lang.t(H::Metric), html! { (metric) }),
                (lang.t(H::Channel), html! { @if let Some(c) = channel { (c) } }),
                (lang.t(H::Baseline), html! { (lang.html_value_on(o.baseline.value, o.baseline.date)) }),
                (lang.t(H::Target), html! { (target) }),
                (lang.t(H::Deadline), html! { (lang.deadline(p.deadline, p.days_left)) }),
                (lang.t(H::LastMeasured), html! { (last) }),
                (progress, html! { @if p.percent().is_some() { (lang.percent(p.percent())) } }),
                (lang.t(H::Projected), html! { (lang.projected(f.projected)) }),
                (lang.t(H::Status), verdict(f.verdict, lang)),
            ]))
            @if !revisions.is_empty() {
                h4 { (lang.report_heading(Heading::Revisions)) }
                ul {
                    @for r in revisions {
                        li { (lang.report_revision(r)) @if !r.reason.trim().is_empty() { ": " span.notes { (r.reason.trim()) } } }
                    }
                }
            }
            (objective_figure(o, today, lang))
        }
    }
}

/// The objective's chart, with its caption.
fn objective_figure(o: &Objective, today: NaiveDate, lang: Lang) -> Markup {
    html! {
        figure.chart.objective {
            (charts::objective(o, today, lang))
            figcaption { (lang.html_objective_caption(&o.name)) }
        }
    }
}
