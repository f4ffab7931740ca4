//! Audiences: customers and prospects.

use super::{ItemView, confirm, field};
use crate::domain::{Edit, Kind};
use crate::tui::view::Effect;
use ratatui::text::Line;

use super::text::{fit, places, text_field};
use crate::domain::validate::{MAX_AGE, unique_id};
use crate::domain::{Audience, AudienceKind, Item};
use crate::i18n::situation::S;
use crate::theme::Theme;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of an audience's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Kind,
    AgeMin,
    AgeMax,
    Places,
    Interests,
    Notes,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Name => "name",
            F::Kind => "kind",
            F::AgeMin => "age_min",
            F::AgeMax => "age_max",
            F::Places => "places",
            F::Interests => "interests",
            F::Notes => "notes",
        })
    }
}

pub fn kind_name(kind: AudienceKind, ctx: &Ctx) -> &'static str {
    ctx.lang.t(match kind {
        AudienceKind::Customer => S::Customer,
        AudienceKind::Prospect => S::Prospect,
    })
}

/// "28–45", "20+", "0–45", or None when any age will do.
pub fn age_range(audience: &Audience, theme: Theme) -> Option<String> {
    let dash = if theme.ascii { "-" } else { "–" };
    match (audience.age_min, audience.age_max) {
        (None, None) => None,
        (Some(min), None) => Some(format!("{min}+")),
        (min, Some(max)) => Some(format!("{}{dash}{max}", min.unwrap_or(0))),
    }
}

pub fn audience_row(audience: &Audience, cells: &[usize], ctx: &Ctx) -> Vec<Line<'static>> {
    vec![
        Line::raw(fit(&audience.name, cells, 0, ctx.theme)),
        Line::raw(kind_name(audience.kind, ctx)),
        Line::raw(age_range(audience, ctx.theme).unwrap_or_default()),
        Line::raw(fit(&audience.places.join(", "), cells, 3, ctx.theme)),
    ]
}

pub fn audience_lines(audience: &Audience, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let mut lines = vec![
        field(lang.t(S::Kind), kind_name(audience.kind, ctx), theme),
        field(
            lang.t(S::Age),
            age_range(audience, theme).unwrap_or_else(|| lang.t(S::AnyAge).to_string()),
            theme,
        ),
        field(lang.t(S::Places), audience.places.join(", "), theme),
    ];
    lines.extend(text_field(lang.t(S::Interests), &audience.interests, theme));
    if !audience.notes.is_empty() {
        lines.extend(text_field(lang.t(S::Notes), &audience.notes, theme));
    }
    lines
}

pub fn audience_form(ctx: &Ctx, audience: Option<&Audience>) -> Form<F> {
    let lang = ctx.lang;
    let age = |v: Option<u8>| v.map(|n| n.to_string()).unwrap_or_default();
    Form::for_item(
        audience.cloned(),
        [S::AddAudience, S::EditAudience],
        lang,
        submit_audience,
    )
    .text_of(F::Name, lang.t(S::Name), audience, |a| &a.name)
    .choice(
        F::Kind,
        lang.t(S::Kind),
        vec![
            lang.t(S::Customer).to_string(),
            lang.t(S::Prospect).to_string(),
        ],
        usize::from(audience.is_some_and(|a| a.kind == AudienceKind::Prospect)),
    )
    .text(
        F::Places,
        lang.t(S::ColPlaces),
        audience.map(|a| a.places.join(", ")).unwrap_or_default(),
    )
    .lines_of(F::Interests, lang.t(S::Interests), audience, |a| {
        &a.interests
    })
    .text(
        F::AgeMin,
        lang.t(S::AgeMin),
        age(audience.and_then(|a| a.age_min)),
    )
    .text(
        F::AgeMax,
        lang.t(S::AgeMax),
        age(audience.and_then(|a| a.age_max)),
    )
    .lines_of(F::Notes, lang.t(S::Notes), audience, |a| &a.notes)
    .note(lang.t(S::AudienceHint))
}

pub fn submit_audience(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let audiences = &ctx.plan.situation.audiences;
    let name = form.required(F::Name, lang);
    let age_min = form.optional_whole(F::AgeMin, 0, u64::from(MAX_AGE), lang);
    let age_max = form.optional_whole(F::AgeMax, 0, u64::from(MAX_AGE), lang);
    let (name, age_min, age_max) = (name?, age_min?, age_max?);
    let age = |v: Option<u64>| v.map(|n| u8::try_from(n).unwrap_or(MAX_AGE));
    // An age range upside down is the plan's rule, shown under the field
    // it names when the save is refused.
    let (age_min, age_max) = (age(age_min), age(age_max));
    let id = form
        .target
        .clone()
        .unwrap_or_else(|| unique_id(&name, |id| audiences.iter().any(|a| a.id == id)));
    let audience = Item::Audience(Audience {
        id: id.clone(),
        name,
        kind: if form.selected(F::Kind) == 1 {
            AudienceKind::Prospect
        } else {
            AudienceKind::Customer
        },
        places: places(form.value(F::Places)),
        interests: form.value(F::Interests).to_string(),
        age_min,
        age_max,
        notes: form.value(F::Notes).to_string(),
    });
    Some(form.saved(audience, id, [S::AudienceAdded, S::AudienceEdited], lang))
}

impl ItemView for Audience {
    type Field = F;
    /// The width of each column.
    type Columns = Vec<usize>;

    fn row(&self, cells: &Vec<usize>, ctx: &Ctx) -> Vec<Line<'static>> {
        audience_row(self, cells, ctx)
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        audience_lines(self, ctx)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        audience_form(ctx, Some(self))
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        confirm(
            ctx.lang.delete_question(Kind::Audience, &self.name),
            Edit::delete_seen(self.clone()),
            ctx.lang.labelled(ctx.lang.t(S::AudienceDeleted), &self.id),
        )
    }
}
