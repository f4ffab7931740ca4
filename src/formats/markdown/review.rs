//! Step 5: the last review, what it found and what it decided.

use std::fmt::Write as _;

use super::Heading;
use super::blocks::labelled;
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::i18n::review::R;

pub fn last_review(out: &mut String, plan: &Plan, lang: Lang) {
    let Some(review) = plan.reviews.iter().max_by_key(|r| r.date) else {
        return;
    };
    let _ = writeln!(
        out,
        "## {} ({})\n",
        lang.report_heading(Heading::LastReview),
        review.date
    );
    let decision = review.decision.map(|d| lang.decision(d));
    for (label, text) in [
        (lang.t(R::Worked), review.worked.as_str()),
        (lang.t(R::DidNotWork), review.did_not_work.as_str()),
        (lang.t(R::Decision), decision.unwrap_or_default()),
        (lang.t(R::Notes), review.notes.as_str()),
    ] {
        if !text.trim().is_empty() {
            labelled(out, label, text);
        }
    }
    out.push('\n');
}
