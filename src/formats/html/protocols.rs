//! The integral plan's protocols: what each is about, then its steps as a
//! numbered list.

use maud::{Markup, html};

use super::blocks::facts;
use super::cover::anchor;
use crate::domain::Plan;
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::protocols::P;

pub fn protocols(plan: &Plan, lang: Lang) -> Markup {
    if plan.protocols.is_empty() {
        return html! {};
    }
    html! {
        section id=(anchor(Heading::Protocols)) {
            h2 { (lang.report_heading(Heading::Protocols)) }
            @for p in &plan.protocols {
                article.protocol {
                    h3 { (p.name) }
                    (facts(&[
                        (lang.t(P::Scope), html! { (lang.scope(p.scope)) }),
                        (lang.t(P::Trigger), html! { (p.trigger) }),
                        (lang.t(P::Owner), html! { (p.owner) }),
                        (lang.t(P::ResponseTime), html! { (p.response_time) }),
                    ]))
                    ol { @for step in p.steps.lines().map(str::trim).filter(|s| !s.is_empty()) { li { (step) } } }
                }
            }
        }
    }
}
