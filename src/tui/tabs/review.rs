//! Tab 6, Review: where each objective stands, the reviews, and the weekly
//! check-in (`w`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::empty;
use crate::domain::{Decision, Edit, Item, Review};
use crate::i18n::review::R;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::view::{Change, Ctx, Effect, View};

#[derive(Debug, Default)]
pub struct ReviewTab {}

impl View for ReviewTab {
    fn update(&mut self, _action: Action, _ctx: &Ctx) -> Effect {
        Effect::Nothing
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        empty(area, buf, ctx.lang.t(R::Title), "", ctx.theme);
    }

    fn refresh(&mut self, _ctx: &Ctx, _focus: Option<&str>) {}
}

const DECISIONS: [Option<Decision>; 4] = [
    None,
    Some(Decision::KeepGoing),
    Some(Decision::ChangeStrategy),
    Some(Decision::ChangeObjective),
];

/// A review: what worked, what did not, and the decision. With no review
/// given, today's (if there is one) is edited, else a new one is made.
pub fn review_form(ctx: &Ctx, review: Option<&Review>) -> Form {
    let lang = ctx.lang;
    let review = review.or_else(|| ctx.plan.reviews.iter().find(|r| r.date == ctx.today));
    let decisions = DECISIONS
        .iter()
        .map(|d| {
            lang.t(match d {
                None => R::NoDecision,
                Some(Decision::KeepGoing) => R::KeepGoing,
                Some(Decision::ChangeStrategy) => R::ChangeStrategy,
                Some(Decision::ChangeObjective) => R::ChangeObjective,
            })
            .to_string()
        })
        .collect();
    let decision = review.map_or(0, |r| {
        DECISIONS.iter().position(|d| *d == r.decision).unwrap_or(0)
    });
    let title = if review.is_some() {
        R::EditTitle
    } else {
        R::AddTitle
    };
    let form = Form::new(lang.t(title), submit_review)
        .text(
            "date",
            lang.t(R::Date),
            review.map_or(ctx.today, |r| r.date).to_string(),
        )
        .text(
            "worked",
            lang.t(R::Worked),
            review.map(|r| r.worked.clone()).unwrap_or_default(),
        )
        .text(
            "did_not_work",
            lang.t(R::DidNotWork),
            review.map(|r| r.did_not_work.clone()).unwrap_or_default(),
        )
        .choice("decision", lang.t(R::Decision), decisions, decision)
        .text(
            "notes",
            lang.t(R::Notes),
            review.map(|r| r.notes.clone()).unwrap_or_default(),
        );
    match review {
        Some(r) => form.target(r.date.to_string()),
        None => form,
    }
}

fn submit_review(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let date = form.date("date", lang)?;
    let review = Review {
        date,
        worked: form.value("worked").to_string(),
        did_not_work: form.value("did_not_work").to_string(),
        decision: DECISIONS.get(form.selected("decision")).copied().flatten(),
        notes: form.value("notes").to_string(),
    };
    let key = date.to_string();
    let exists = ctx.plan.reviews.iter().any(|r| r.date == date);
    let editing_same = form.target.as_deref() == Some(key.as_str());
    let edit = match (&form.target, exists) {
        // The date moved on an existing review: replace it in one edit.
        (Some(old), _) if !editing_same => Edit::Batch(vec![
            Edit::delete(crate::domain::Kind::Review, old.clone()),
            Edit::Add(Item::Review(review)),
        ]),
        (_, true) => Edit::Update(Item::Review(review)),
        (_, false) => Edit::Add(Item::Review(review)),
    };
    let label = if exists { R::Edited } else { R::Added };
    Some(Change {
        edit,
        label: format!("{} {key}", lang.t(label)),
        focus: Some(key),
    })
}
