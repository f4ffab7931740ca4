//! Step 1 in brief: the channels' figures, the audiences, the competitors
//! and the notes on the situation.

use maud::{Markup, html};

use super::blocks::{notes, table};
use super::cover::anchor;
use crate::domain::{Audience, Competitor, Plan};
use crate::formats::Heading;
use crate::formats::cells;
use crate::i18n::Lang;

pub fn situation(plan: &Plan, lang: Lang) -> Markup {
    let s = &plan.situation;
    html! {
        section id=(anchor(Heading::Situation)) {
            h2 { (lang.report_heading(Heading::Situation)) }
            @if !s.figures.is_empty() {
                h3 { (lang.report_heading(Heading::Figures)) }
                (table(&lang.report_figure_columns(), &[2, 3, 4], &s.figures, |f| {
                    let channel = plan.channel(&f.channel).map_or(f.channel.as_str(), |c| c.name.as_str());
                    vec![
                        html! { (channel) },
                        html! { (lang.date(f.date)) },
                        html! { (cells::count(f.followers, lang)) },
                        html! { (cells::count(f.reach, lang)) },
                        html! { (f.engagement.map_or_else(|| cells::NONE.into(), |e| lang.percent_sign(lang.num(e)))) },
                    ]
                }))
            }
            @if !s.audiences.is_empty() {
                h3 { (lang.report_heading(Heading::Audiences)) }
                ul { @for a in &s.audiences { (audience(a, lang)) } }
            }
            @if !s.competitors.is_empty() {
                h3 { (lang.report_heading(Heading::Competitors)) }
                ul { @for c in &s.competitors { (competitor(c)) } }
            }
            (notes(&s.notes))
        }
    }
}

fn audience(a: &Audience, lang: Lang) -> Markup {
    let ages = crate::formats::cells::ages(a);
    html! {
        li {
            strong { (a.name) } " (" (lang.audience_kind(a.kind)) (ages) "): "
            (a.places.join(", ")) ". " (a.interests)
            (notes(&a.notes))
        }
    }
}

fn competitor(c: &Competitor) -> Markup {
    html! {
        li {
            strong { (c.name) } " (" (c.places.join(", ")) "): + " (c.works) " / − " (c.fails)
            (notes(&c.notes))
        }
    }
}
