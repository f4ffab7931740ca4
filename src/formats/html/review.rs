//! Step 5: the last review, what it found and what it decided.

use maud::{Markup, html};

use super::blocks::{facts, notes};
use super::cover::anchor;
use crate::domain::Plan;
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::review::R;

pub fn last_review(plan: &Plan, lang: Lang) -> Markup {
    let Some(review) = plan.reviews.iter().max_by_key(|r| r.date) else {
        return html! {};
    };
    let heading = lang.report_heading(Heading::LastReview);
    html! {
        section id=(anchor(Heading::LastReview)) {
            h2 { (lang.html_review_heading(heading, review.date)) }
            (facts(&[
                (lang.t(R::Worked), notes(&review.worked)),
                (lang.t(R::DidNotWork), notes(&review.did_not_work)),
                (lang.t(R::Decision), html! { @if let Some(d) = review.decision { (lang.decision(d)) } }),
                (lang.t(R::Notes), notes(&review.notes)),
            ]))
        }
    }
}
