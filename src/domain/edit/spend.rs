//! Edits of a campaign's spend: entries are added and deleted, never
//! changed, and the list is kept in its one canonical order (date, amount,
//! note) so that deleting an entry and putting it back gives the same list.

use super::{Context, Edit};
use crate::domain::error::EditError;
use crate::domain::item::Kind;
use crate::domain::plan::{Campaign, Plan, Spend};
use crate::domain::validate;

impl Plan {
    /// Adds `spend` to the campaign, in order.
    pub(super) fn record_spend(
        &mut self,
        campaign: &str,
        spend: &Spend,
        ctx: Context,
    ) -> Result<Edit, EditError> {
        validate::spend(spend)?;
        ctx.not_future(spend.date)?;
        let list = &mut campaign_mut(self, campaign)?.spend;
        let at = list.partition_point(|s| s <= spend);
        list.insert(at, spend.clone());
        Ok(Edit::DeleteSpend {
            campaign: campaign.to_string(),
            spend: spend.clone(),
        })
    }

    /// Deletes an entry equal to `spend`; refused when there is none (it
    /// was deleted elsewhere since it was seen).
    pub(super) fn delete_spend(
        &mut self,
        campaign: &str,
        spend: &Spend,
    ) -> Result<Edit, EditError> {
        let list = &mut campaign_mut(self, campaign)?.spend;
        let Ok(at) = list.binary_search(spend) else {
            return Err(EditError::NoSpend {
                campaign: campaign.to_string(),
                date: spend.date,
                amount: spend.amount,
            });
        };
        list.remove(at);
        Ok(Edit::RecordSpend {
            campaign: campaign.to_string(),
            spend: spend.clone(),
        })
    }
}

fn campaign_mut<'a>(plan: &'a mut Plan, id: &str) -> Result<&'a mut Campaign, EditError> {
    plan.campaigns
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or_else(|| EditError::NotFound {
            kind: Kind::Campaign,
            key: id.to_string(),
        })
}
