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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::demo;
    use crate::domain::money::Money;
    use crate::i18n::Lang;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 20).unwrap()
    }

    fn entry(day: u32, minor: i64) -> Spend {
        Spend {
            date: NaiveDate::from_ymd_opt(2027, 1, day).unwrap(),
            amount: Money::from_minor(minor),
            note: "ad".into(),
        }
    }

    fn record(plan: &mut Plan, spend: Spend) -> Edit {
        let edit = Edit::RecordSpend {
            campaign: "ig-breakfast-ads".into(),
            spend,
        };
        plan.apply(&edit, Context::new(today())).unwrap()
    }

    #[test]
    fn entries_stay_in_order_and_each_inverse_restores_the_plan_exactly() {
        let original = demo::plan(today(), Lang::En);
        let mut plan = original.clone();
        // Out of date order, and two equal entries.
        let inverses = [
            entry(15, 500),
            entry(3, 900),
            entry(15, 500),
            entry(15, 100),
        ]
        .map(|e| record(&mut plan, e));
        let list = &plan.campaign("ig-breakfast-ads").unwrap().spend;
        assert_eq!(
            list,
            &vec![
                entry(3, 900),
                entry(15, 100),
                entry(15, 500),
                entry(15, 500)
            ]
        );
        // Taking the second entry out and putting it back gives the same list.
        let before = plan.clone();
        let back = plan.apply(&inverses[1], Context::undo(today())).unwrap();
        plan.apply(&back, Context::undo(today())).unwrap();
        assert_eq!(plan, before);
        for inverse in inverses.iter().rev() {
            plan.apply(inverse, Context::undo(today())).unwrap();
        }
        assert_eq!(plan, original);
    }

    #[test]
    fn a_deleted_entry_cannot_be_deleted_again_and_the_future_is_refused() {
        let mut plan = demo::plan(today(), Lang::En);
        let inverse = record(&mut plan, entry(10, 500));
        plan.apply(&inverse, Context::undo(today())).unwrap();
        assert!(matches!(
            plan.apply(&inverse, Context::undo(today())),
            Err(EditError::NoSpend { .. })
        ));
        let future = Edit::RecordSpend {
            campaign: "ig-breakfast-ads".into(),
            spend: entry(21, 500),
        };
        assert!(matches!(
            plan.apply(&future, Context::new(today())),
            Err(EditError::InFuture { .. })
        ));
    }
}
