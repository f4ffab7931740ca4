//! A channel's form: from a preset (or none) for a new one, or as it is;
//! the kind, the fit scores, the budget and hours, the colour. The rules of
//! the plan are checked here too, to point at the field to fix.

use crate::domain::presets::Preset;
use crate::domain::validate::{MAX_COPY_LIMIT, MAX_POSTS_PER_WEEK, unique_id};
use crate::domain::{Channel, ChannelKind, Colour, Fit, Item, Money, Plan};
use crate::i18n::Lang;
use crate::i18n::channels::Ch;
use crate::i18n::ui::Ui;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of a channel's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Id,
    Name,
    Kind,
    Reason,
    Audience,
    Cost,
    Effort,
    Budget,
    Hours,
    PostsPerWeek,
    CopyLimit,
    Colour,
    Active,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Id => "id",
            F::Name => "name",
            F::Kind => "kind",
            F::Reason => "reason",
            F::Audience | F::Cost | F::Effort => "fit",
            F::Budget => "monthly_budget",
            F::Hours => "weekly_hours",
            F::PostsPerWeek => "posts_per_week",
            F::CopyLimit => "copy_limit",
            F::Colour => "colour",
            F::Active => "active",
        })
    }
}

/// The kinds in the order the form offers them.
pub const KINDS: [ChannelKind; 4] = [
    ChannelKind::Social,
    ChannelKind::Owned,
    ChannelKind::Traditional,
    ChannelKind::Pr,
];

/// The 0–5 options of a fit score, the ends explained.
fn score_options(lang: Lang, low: Ch, high: Ch) -> Vec<String> {
    let mut options = vec![lang.t(Ch::Score0).to_string(), lang.t(low).to_string()];
    options.extend(["2", "3", "4"].map(String::from));
    options.push(lang.t(high).to_string());
    options
}

/// What the form starts from: the channel being edited, or a new one with
/// the preset's name, kind and colour.
fn starting_point(
    plan: &Plan,
    existing: Option<&Channel>,
    preset: Option<Preset>,
    lang: Lang,
) -> Channel {
    if let Some(channel) = existing {
        return channel.clone();
    }
    // A custom channel starts in a colour no channel has yet (not black,
    // white or dark gray: they vanish on some terminals or look dimmed).
    let unused = || {
        Colour::ALL
            .iter()
            .copied()
            .filter(|c| !matches!(c, Colour::Black | Colour::White | Colour::DarkGray))
            .find(|c| plan.channels.iter().all(|ch| ch.colour != *c))
            .unwrap_or(Colour::Cyan)
    };
    Channel {
        // The preset's id when it is free; otherwise one is made from the name.
        id: preset
            .map(|p| p.id)
            .filter(|id| plan.channel(id).is_none())
            .unwrap_or_default()
            .to_string(),
        name: preset
            .map(|p| p.name(lang == Lang::Es).to_string())
            .unwrap_or_default(),
        kind: preset.map_or(ChannelKind::Social, |p| p.kind),
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour: preset.map_or_else(unused, |p| p.colour),
        active: true,
        // Empty: no cadence yet, and the preset network's copy limit.
        posts_per_week: None,
        copy_limit: None,
    }
}

/// The form to add a channel (from a preset, or custom when `preset` is
/// None) or to edit `existing`.
pub fn channel_form(ctx: &Ctx, existing: Option<&Channel>, preset: Option<Preset>) -> Form<F> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let start = starting_point(plan, existing, preset, lang);
    let title = match (existing, preset) {
        (Some(c), _) => format!("{}{}{}", lang.t(Ch::EditTitle), ctx.theme.dash(), c.id),
        (None, Some(_)) => format!("{}{}{}", lang.t(Ch::AddTitle), ctx.theme.dash(), start.name),
        (None, None) => lang.t(Ch::AddTitle).to_string(),
    };
    let mut form = Form::new(title, submit_channel);
    if existing.is_none() {
        form = form.text(F::Id, lang.t(Ch::Id), start.id.clone());
    }
    let fit = start.fit;
    let currency = &plan.currency;
    let mut form = form
        .text(F::Name, lang.t(Ch::Name), start.name.clone())
        .choice(
            F::Kind,
            lang.t(Ch::Kind),
            KINDS
                .iter()
                .map(|k| lang.channel_kind_name(*k).to_string())
                .collect(),
            KINDS.iter().position(|k| *k == start.kind).unwrap_or(0),
        )
        .text(F::Reason, lang.t(Ch::Reason), start.reason.clone());
    let scores = [
        (
            F::Audience,
            Ch::FitAudience,
            [Ch::AudiencePoor, Ch::AudienceExcellent],
            fit.audience,
        ),
        (F::Cost, Ch::FitCost, [Ch::CostHigh, Ch::CostLow], fit.cost),
        (
            F::Effort,
            Ch::FitEffort,
            [Ch::EffortHigh, Ch::EffortLow],
            fit.effort,
        ),
    ];
    for (field, label, [worst, best], score) in scores {
        let options = score_options(lang, worst, best);
        form = form.choice(field, lang.t(label), options, usize::from(score));
    }
    let form = form
        .text(
            F::Budget,
            &format!("{} ({currency})", lang.t(Ch::Budget)),
            if existing.is_some() {
                start.monthly_budget.to_string()
            } else {
                String::new()
            },
        )
        .text(
            F::Hours,
            lang.t(Ch::Hours),
            if existing.is_some() {
                lang.editable_number(start.weekly_hours)
            } else {
                String::new()
            },
        )
        .text(
            F::PostsPerWeek,
            lang.t(Ch::PostsPerWeek),
            optional(start.posts_per_week),
        )
        .text(
            F::CopyLimit,
            lang.t(Ch::CopyLimit),
            optional(start.copy_limit),
        )
        .choice(
            F::Colour,
            lang.t(Ch::Colour),
            Colour::ALL
                .iter()
                .map(|c| lang.channel_colour_name(*c).to_string())
                .collect(),
            Colour::ALL
                .iter()
                .position(|c| *c == start.colour)
                .unwrap_or(0),
        )
        .choice(
            F::Active,
            lang.t(Ch::Active),
            vec![lang.t(Ui::Yes).to_string(), lang.t(Ui::No).to_string()],
            usize::from(!start.active),
        );
    match (existing, preset) {
        (Some(c), _) => form.editing(c.clone()),
        // Name, kind and colour come from a preset: why this channel is
        // what is left to say.
        (None, preset) => {
            let mut form = form.note(lang.t(Ch::IdHint));
            form.focus(if preset.is_some() { F::Reason } else { F::Name });
            form
        }
    }
}

/// A whole number as the form edits it: empty when there is none.
fn optional(value: Option<u32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

fn submit_channel(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let name = form.required(F::Name, lang);
    let budget = form.money(F::Budget, lang);
    let hours = if form.value(F::Hours).is_empty() {
        Some(0.0)
    } else {
        form.number(F::Hours, lang)
    };
    let posts_per_week = form.optional_whole(F::PostsPerWeek, 1, MAX_POSTS_PER_WEEK.into(), lang);
    let copy_limit = form.optional_whole(F::CopyLimit, 1, MAX_COPY_LIMIT.into(), lang);
    let (name, monthly_budget, weekly_hours) = (name?, budget?, hours?);
    // Within the bounds just read, so they fit a u32.
    let whole = |n: Option<u64>| n.and_then(|n| u32::try_from(n).ok());
    let (posts_per_week, copy_limit) = (whole(posts_per_week?), whole(copy_limit?));
    let existing = form.target.as_deref().and_then(|id| plan.channel(id));
    let id = match existing {
        Some(c) => c.id.clone(),
        None if form.value(F::Id).is_empty() => unique_id(&name, |id| plan.channel(id).is_some()),
        None => form.value(F::Id).to_string(),
    };
    let score = |id: F| u8::try_from(form.selected(id)).unwrap_or(0);
    let channel = Channel {
        id: id.clone(),
        name,
        kind: KINDS
            .get(form.selected(F::Kind))
            .copied()
            .unwrap_or(ChannelKind::Social),
        reason: form.value(F::Reason).to_string(),
        fit: Fit {
            audience: score(F::Audience),
            cost: score(F::Cost),
            effort: score(F::Effort),
        },
        monthly_budget,
        weekly_hours,
        colour: Colour::ALL
            .get(form.selected(F::Colour))
            .copied()
            .unwrap_or(Colour::Cyan),
        active: form.selected(F::Active) == 0,
        posts_per_week,
        copy_limit,
    };
    // The plan's rules (a duplicate id, a budget out of range) refuse the
    // save, and the reason shows under the field they name.
    Some(form.saved(Item::Channel(channel), id, [Ch::Added, Ch::Edited], lang))
}
