//! Competitors: where they are, what works for them and what does not.

use ratatui::text::Line;

use super::{from_line, places, text_field, to_line};
use crate::domain::validate::unique_id;
use crate::domain::{Competitor, Item};
use crate::i18n::situation::S;
use crate::tui::form::Form;
use crate::tui::tabs::field;
use crate::tui::view::{Change, Ctx};

pub(super) fn competitor_lines(competitor: &Competitor, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let mut lines = vec![field(
        lang.t(S::Places),
        competitor.places.join(", "),
        theme,
    )];
    lines.extend(text_field(lang.t(S::Works), &competitor.works, theme));
    lines.extend(text_field(lang.t(S::Fails), &competitor.fails, theme));
    if !competitor.notes.is_empty() {
        lines.extend(text_field(lang.t(S::Notes), &competitor.notes, theme));
    }
    lines
}

pub(super) fn competitor_form(ctx: &Ctx, competitor: Option<&Competitor>) -> Form {
    let lang = ctx.lang;
    let text =
        |get: fn(&Competitor) -> &String| competitor.map(|c| to_line(get(c))).unwrap_or_default();
    let title = if competitor.is_some() {
        S::EditCompetitor
    } else {
        S::AddCompetitor
    };
    let form = Form::new(lang.t(title), submit_competitor)
        .text("name", lang.t(S::Name), text(|c| &c.name))
        .text(
            "places",
            lang.t(S::ColPlaces),
            competitor.map(|c| c.places.join(", ")).unwrap_or_default(),
        )
        .text("works", lang.t(S::Works), text(|c| &c.works))
        .text("fails", lang.t(S::Fails), text(|c| &c.fails))
        .text("notes", lang.t(S::Notes), text(|c| &c.notes))
        .note(lang.t(S::CompetitorHint));
    match competitor {
        Some(c) => form.editing(c.clone()),
        None => form,
    }
}

pub(super) fn submit_competitor(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let competitors = &ctx.plan.situation.competitors;
    let name = form.required("name", lang)?;
    let existing = form.target.clone();
    let id = existing
        .clone()
        .unwrap_or_else(|| unique_id(&name, |id| competitors.iter().any(|c| c.id == id)));
    let competitor = Item::Competitor(Competitor {
        id: id.clone(),
        name,
        places: places(form.value("places")),
        works: from_line(form.value("works")),
        fails: from_line(form.value("fails")),
        notes: from_line(form.value("notes")),
    });
    let label = if existing.is_some() {
        S::CompetitorEdited
    } else {
        S::CompetitorAdded
    };
    let edit = form.edit_of(competitor);
    Some(Change {
        edit,
        label: format!("{} {id}", lang.t(label)),
        focus: Some(id),
    })
}
