//! A review, as the interface shows it: its row (date, decision, what
//! worked), its text in the detail pane, its form, and the question before
//! it is deleted. A review is known by its date.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{ItemView, confirm};
use crate::domain::{Decision, Edit, Item, Kind, Review};
use crate::i18n::Lang;
use crate::i18n::review::R;
use crate::text::printable;
use crate::theme::Theme;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

/// The fields of a review's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Date,
    Worked,
    DidNotWork,
    Decision,
    Notes,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Date => "date",
            F::Worked => "worked",
            F::DidNotWork => "did_not_work",
            F::Decision => "decision",
            F::Notes => "notes",
        })
    }
}

/// The review list's columns: what worked shows when there is room.
pub struct Columns {
    pub worked: Option<usize>,
}

impl ItemView for Review {
    type Field = F;
    type Columns = Columns;

    fn row(&self, columns: &Columns, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let mut cells = vec![
            Line::raw(ctx.lang.date(self.date)),
            Line::styled(
                decision_label(ctx.lang, self.decision),
                decision_style(self.decision, theme),
            ),
        ];
        if let Some(room) = columns.worked {
            let worked = self.worked.split_whitespace().collect::<Vec<_>>().join(" ");
            cells.push(Line::raw(crate::text::truncate(
                &printable(&worked),
                room,
                theme.ellipsis(),
            )));
        }
        cells
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        review_lines(self, ctx, Rect::new(0, 0, u16::MAX, u16::MAX))
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        review_form(ctx, Some(self))
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        let key = self.date.to_string();
        confirm(
            ctx.lang.delete_question(Kind::Review, &key),
            Edit::delete_seen(self.clone()),
            ctx.lang.labelled(ctx.lang.t(R::Deleted), &key),
        )
    }
}

/// How many rows a line takes in a pane `room` cells wide, measured by the
/// wrapper that draws it.
pub fn wrapped_height(line: &Line, room: usize) -> usize {
    let room = u16::try_from(room).unwrap_or(u16::MAX);
    if room == 0 {
        return 1;
    }
    Paragraph::new(line.clone())
        .wrap(Wrap { trim: false })
        .line_count(room)
}

fn decision_text(decision: Option<Decision>) -> R {
    match decision {
        None => R::NoDecision,
        Some(Decision::KeepGoing) => R::KeepGoing,
        Some(Decision::ChangeStrategy) => R::ChangeStrategy,
        Some(Decision::ChangeObjective) => R::ChangeObjective,
    }
}

/// The decision as the list shows it: "-" when none was taken.
pub fn decision_label(lang: Lang, decision: Option<Decision>) -> &'static str {
    match decision {
        None => "-",
        Some(_) => lang.t(decision_text(decision)),
    }
}

/// Keeping going is good news; a change needs attention.
pub fn decision_style(decision: Option<Decision>, theme: Theme) -> Style {
    match decision {
        None => theme.dim(),
        Some(Decision::KeepGoing) => theme.success(),
        Some(Decision::ChangeStrategy | Decision::ChangeObjective) => theme.warning(),
    }
}

/// A labelled text for the detail pane; its own line breaks are kept.
pub fn labelled(label: &str, text: &str, theme: Theme) -> Vec<Line<'static>> {
    let label = Span::styled(format!("{label}: "), theme.dim());
    let mut parts = text.lines().map(|l| printable(l.trim_end()));
    let first = parts.next().filter(|l| !l.is_empty());
    let mut lines = vec![Line::from(vec![
        label,
        match first {
            Some(text) => Span::raw(text),
            None => Span::styled("-", theme.dim()),
        },
    ])];
    lines.extend(parts.map(Line::raw));
    lines
}

/// The selected review in full: what worked, what did not, the decision
/// and the notes. The decision is in the list too, so it is the line left
/// out when the pane is too short for everything.
pub fn review_lines(review: &Review, ctx: &Ctx, pane: Rect) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let mut lines = labelled(lang.t(R::Worked), &review.worked, theme);
    lines.extend(labelled(lang.t(R::DidNotWork), &review.did_not_work, theme));
    let decision = Line::from(vec![
        Span::styled(format!("{}: ", lang.t(R::Decision)), theme.dim()),
        Span::styled(
            lang.t(decision_text(review.decision)),
            decision_style(review.decision, theme),
        ),
    ]);
    let notes = if review.notes.trim().is_empty() {
        Vec::new()
    } else {
        labelled(lang.t(R::Notes), &review.notes, theme)
    };
    let room = usize::from(pane.width);
    let needed: usize = lines
        .iter()
        .chain([&decision])
        .chain(&notes)
        .map(|l| wrapped_height(l, room))
        .sum();
    if needed <= usize::from(pane.height) {
        lines.push(decision);
    }
    lines.extend(notes);
    lines
}

const DECISIONS: [Option<Decision>; 4] = [
    None,
    Some(Decision::KeepGoing),
    Some(Decision::ChangeStrategy),
    Some(Decision::ChangeObjective),
];

/// A review: what worked, what did not, and the decision. With no review
/// given, today's (if there is one) is edited, else a new one is made.
pub fn review_form(ctx: &Ctx, review: Option<&Review>) -> Form<F> {
    let lang = ctx.lang;
    let review = review.or_else(|| ctx.plan.reviews.iter().find(|r| r.date == ctx.today));
    let decisions = DECISIONS
        .iter()
        .map(|d| lang.t(decision_text(*d)).to_string())
        .collect();
    let decision = review.map_or(0, |r| {
        DECISIONS.iter().position(|d| *d == r.decision).unwrap_or(0)
    });
    Form::for_item(
        review.cloned(),
        [R::AddTitle, R::EditTitle],
        lang,
        submit_review,
    )
    .text(
        F::Date,
        lang.t(R::Date),
        lang.date(review.map_or(ctx.today, |r| r.date)),
    )
    .lines_of(F::Worked, lang.t(R::Worked), review, |r| &r.worked)
    .lines_of(F::DidNotWork, lang.t(R::DidNotWork), review, |r| {
        &r.did_not_work
    })
    .choice(F::Decision, lang.t(R::Decision), decisions, decision)
    .lines_of(F::Notes, lang.t(R::Notes), review, |r| &r.notes)
}

fn submit_review(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let date = form.date(F::Date, lang)?;
    let review = Review {
        date,
        worked: form.value(F::Worked).to_string(),
        did_not_work: form.value(F::DidNotWork).to_string(),
        decision: DECISIONS.get(form.selected(F::Decision)).copied().flatten(),
        notes: form.value(F::Notes).to_string(),
    };
    let key = date.to_string();
    let existing = ctx.plan.reviews.iter().find(|r| r.date == date);
    let exists = existing.is_some();
    let edit = match (&form.original, existing) {
        // The date moved on an existing review: replace it in one edit.
        (Some(old), _) if old.key() != key => Edit::Batch(vec![
            Edit::delete_seen(old.clone()),
            Edit::Add(Item::Review(review)),
        ]),
        (Some(_), _) => form.edit_of(Item::Review(review)),
        // A new review on a date that has one: that one, changed.
        (None, Some(there)) => Edit::update(&Item::Review(there.clone()), &Item::Review(review)),
        (None, None) => Edit::Add(Item::Review(review)),
    };
    let label = if exists { R::Edited } else { R::Added };
    Some(Change {
        edit,
        label: lang.labelled(lang.t(label), &key),
        focus: Some(key),
    })
}
