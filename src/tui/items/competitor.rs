//! Competitors: where they are, what works for them and what does not.

use super::text::fit;
use super::{ItemView, confirm, field};
use crate::domain::{Edit, Kind};
use crate::tui::view::Effect;
use ratatui::text::Line;

use super::text::{places, text_field};
use crate::domain::validate::unique_id;
use crate::domain::{Competitor, Item};
use crate::i18n::situation::S;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of a competitor's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Places,
    Works,
    Fails,
    Notes,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Name => "name",
            F::Places => "places",
            F::Works => "works",
            F::Fails => "fails",
            F::Notes => "notes",
        })
    }
}

pub fn competitor_lines(competitor: &Competitor, ctx: &Ctx) -> Vec<Line<'static>> {
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

pub fn competitor_form(ctx: &Ctx, competitor: Option<&Competitor>) -> Form<F> {
    let lang = ctx.lang;
    Form::for_item(
        competitor.cloned(),
        [S::AddCompetitor, S::EditCompetitor],
        lang,
        submit_competitor,
    )
    .text_of(F::Name, lang.t(S::Name), competitor, |c| &c.name)
    .text(
        F::Places,
        lang.t(S::ColPlaces),
        competitor.map(|c| c.places.join(", ")).unwrap_or_default(),
    )
    .lines_of(F::Works, lang.t(S::Works), competitor, |c| &c.works)
    .lines_of(F::Fails, lang.t(S::Fails), competitor, |c| &c.fails)
    .lines_of(F::Notes, lang.t(S::Notes), competitor, |c| &c.notes)
    .note(lang.t(S::CompetitorHint))
}

pub fn submit_competitor(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let competitors = &ctx.plan.situation.competitors;
    let name = form.required(F::Name, lang)?;
    let id = form
        .target
        .clone()
        .unwrap_or_else(|| unique_id(&name, |id| competitors.iter().any(|c| c.id == id)));
    let competitor = Item::Competitor(Competitor {
        id: id.clone(),
        name,
        places: places(form.value(F::Places)),
        works: form.value(F::Works).to_string(),
        fails: form.value(F::Fails).to_string(),
        notes: form.value(F::Notes).to_string(),
    });
    Some(form.saved(
        competitor,
        id,
        [S::CompetitorAdded, S::CompetitorEdited],
        lang,
    ))
}

impl ItemView for Competitor {
    type Field = F;
    /// The width of each column.
    type Columns = Vec<usize>;

    fn row(&self, cells: &Vec<usize>, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let works = self.works.lines().next().unwrap_or("");
        vec![
            Line::raw(fit(&self.name, cells, 0, theme)),
            Line::raw(fit(&self.places.join(", "), cells, 1, theme)),
            Line::raw(fit(works, cells, 2, theme)),
        ]
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        competitor_lines(self, ctx)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        competitor_form(ctx, Some(self))
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        confirm(
            ctx.lang.delete_question(Kind::Competitor, &self.name),
            Edit::delete_seen(self.clone()),
            ctx.lang
                .labelled(ctx.lang.t(S::CompetitorDeleted), &self.id),
        )
    }
}
