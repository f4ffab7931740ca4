//! A campaign's spend entry (`$`): a date, an amount and a note, added to
//! what the campaign really spent.

use ratatui::text::{Line, Span};

use super::field;
use crate::domain::{Campaign, Edit, Spend};
use crate::i18n::spend::S;
use crate::text::printable;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx};

/// The fields of the form that records spend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sp {
    Date,
    Amount,
    Note,
}

impl FieldKey for Sp {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            Sp::Date => "date",
            Sp::Amount => "amount",
            Sp::Note => "note",
        })
    }
}

/// Records one entry, dated today unless changed.
pub fn spend_form(ctx: &Ctx, campaign: &Campaign) -> Form<Sp> {
    let lang = ctx.lang;
    Form::about(lang.t(S::Title), &campaign.id, ctx.theme, submit)
        .text(Sp::Date, lang.t(S::Date), lang.date(ctx.today))
        .text(Sp::Amount, lang.t(S::Amount), "")
        .text(Sp::Note, lang.t(S::Note), "")
}

fn submit(form: &mut Form<Sp>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let date = form.date(Sp::Date, lang);
    let amount = form.money(Sp::Amount, lang);
    let (date, amount) = (date?, amount?);
    let id = form.target.clone()?;
    let spend = Spend {
        date,
        amount,
        note: form.value(Sp::Note).to_string(),
    };
    Some(Change {
        label: format!(
            "{}: {}",
            lang.labelled(lang.t(S::Saved), &id),
            lang.spend_entry(&spend, &ctx.plan.currency)
        ),
        edit: Edit::RecordSpend {
            campaign: id.clone(),
            spend,
        },
        focus: Some(id),
    })
}

/// How many of the latest entries a campaign's details list.
const LATEST: usize = 3;

/// Spent against planned and the latest entries, newest first; nothing for
/// a campaign that has spent nothing yet.
pub fn spend_lines(campaign: &Campaign, ctx: &Ctx) -> Vec<Line<'static>> {
    if campaign.spend.is_empty() {
        return Vec::new();
    }
    let currency = printable(&ctx.plan.currency);
    let theme = ctx.theme;
    let mut lines = vec![field(
        ctx.lang.t(S::Spent),
        ctx.lang.spent_of_planned(campaign, &currency),
        theme,
    )];
    lines.extend(campaign.spend.iter().rev().take(LATEST).map(|entry| {
        Line::from(vec![
            Span::styled(format!("  {} ", theme.bullet()), theme.dim()),
            Span::raw(printable(&ctx.lang.spend_entry(entry, &currency))),
        ])
    }));
    lines
}
