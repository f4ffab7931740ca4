//! `S`: a campaign's status in one step, from a list of the four, saved
//! as a patch of the status alone.

use super::status_text;
use crate::domain::{Campaign, Edit, Item, Status};
use crate::i18n::actions::A;
use crate::tui::overlay::{Choice, Overlay, Pick, Purpose};
use crate::tui::tab::Tab;
use crate::tui::view::{Change, Ctx, Effect};

/// `S`: the statuses to choose from, the campaign's own under the cursor.
/// `from` is the tab that asks: the choice goes back to it.
pub fn status_pick(campaign: &Campaign, ctx: &Ctx, from: Tab) -> Effect {
    let lang = ctx.lang;
    let options = Status::ALL
        .iter()
        .map(|s| lang.t(status_text(*s)).to_string())
        .collect();
    let title = format!(
        "{}{}{}",
        lang.t(A::StatusTitle),
        ctx.theme.dash(),
        campaign.name
    );
    let mut pick = Pick::new(title, options, Purpose::CampaignStatus(from));
    pick.seen = Some(Item::Campaign(campaign.clone()));
    let current = Status::ALL.iter().position(|s| *s == campaign.status);
    pick.scroll.select(current.unwrap_or(0));
    Effect::Open(Overlay::Pick(pick))
}

/// The status chosen: a patch of the status alone, from the campaign as
/// the list showed it, so another session's change to another field is
/// kept and a change of the status itself meanwhile is a conflict.
pub fn status_picked(choice: &Choice, ctx: &Ctx) -> Effect {
    let Some(Item::Campaign(campaign)) = &choice.seen else {
        return Effect::Nothing;
    };
    let Some(&status) = Status::ALL.get(choice.index) else {
        return Effect::Nothing;
    };
    if campaign.status == status {
        return Effect::Nothing;
    }
    let new = Campaign {
        status,
        ..campaign.clone()
    };
    Effect::Commit(Change {
        edit: Edit::update(&Item::Campaign(campaign.clone()), &Item::Campaign(new)),
        label: ctx.lang.labelled(ctx.lang.t(A::StatusSet), &campaign.id),
        focus: Some(campaign.id.clone()),
    })
}
