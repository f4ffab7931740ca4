//! `C`: a campaign again on new dates, with its posts moved by as many
//! days: next month's edition of this month's campaign.

use chrono::Days;

use crate::domain::Campaign;
use crate::domain::post::duplicate_campaign;
use crate::i18n::Lang;
use crate::i18n::post_screen::Ps;
use crate::tui::overlay::Overlay;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Start,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Name => "name",
            F::Start => "start",
        })
    }
}

/// Asks for the copy's name and first day: by default, the day after this
/// one ends.
pub fn copy(campaign: &Campaign, ctx: &Ctx) -> Effect {
    let lang = ctx.lang;
    let start = campaign
        .end
        .checked_add_days(Days::new(1))
        .unwrap_or(campaign.end);
    let form = Form::about(
        lang.t(Ps::CampaignCopyTitle),
        &campaign.name,
        ctx.theme,
        submit,
    )
    .target(campaign.id.clone())
    .text(
        F::Name,
        lang.t(Ps::NewName),
        copy_name(&campaign.name, lang),
    )
    .text(F::Start, lang.t(Ps::NewStart), start.to_string())
    .note(lang.t(Ps::CampaignCopyHint));
    Effect::Open(Overlay::form(form))
}

fn copy_name(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{name} (copy)"),
        Lang::Es => format!("{name} (copia)"),
    }
}

fn submit(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let name = form.required(F::Name, lang);
    let start = form.date(F::Start, lang);
    let (name, start) = (name?, start?);
    let campaign = ctx.plan.campaign(form.target.as_deref()?)?;
    let edit = duplicate_campaign(ctx.plan, campaign, start, &name);
    let posts = ctx.posts.count(&campaign.id);
    let id = match &edit {
        crate::domain::Edit::Batch(edits) => edits.first().and_then(|e| match e {
            crate::domain::Edit::Add(item) => Some(item.key()),
            _ => None,
        }),
        _ => None,
    };
    Some(Change {
        edit,
        label: lang.campaign_copied(&name, posts),
        focus: id,
    })
}
