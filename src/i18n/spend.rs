//! Texts about what campaigns really spent: the form that records an entry,
//! the campaign's detail, and the command line.

use crate::domain::budget::spent;
use crate::domain::{Campaign, Figure, Spend};
use crate::i18n::Lang;

texts! {
    /// A text of the spend form and the campaign's spend.
    S;
    Title => "Record spend", "Registrar gasto";
    Date => "Date", "Fecha";
    Amount => "Amount", "Importe";
    Note => "Note", "Nota";
    Saved => "spend recorded for", "gasto registrado de";
    Spent => "Spent", "Gastado";
}

impl Lang {
    /// One entry as a line: date, amount and note.
    pub fn spend_entry(self, entry: &Spend, currency: &str) -> String {
        let Spend { date, amount, note } = entry;
        let amount = self.money_in(*amount, currency);
        if note.is_empty() {
            format!("{date}  {amount}")
        } else {
            format!("{date}  {amount}  {note}")
        }
    }

    /// `campaign spend`: what was recorded.
    pub fn spend_recorded(self, id: &str, entry: &Spend, currency: &str) -> String {
        let line = self.spend_entry(entry, currency);
        self.pick(
            format!("campaign {id}: spent {line}"),
            format!("campaña {id}: gasto {line}"),
        )
    }

    /// A campaign's spend so far against its planned budget, after "spent".
    pub fn spent_of_planned(self, campaign: &Campaign, currency: &str) -> String {
        let budget = self.money_in(campaign.budget, currency);
        match spent(campaign) {
            Figure::Value(spent) => {
                let spent = self.money(spent);
                self.pick(
                    format!("{spent} of {budget} planned"),
                    format!("{spent} de {budget} previstos"),
                )
            }
            Figure::OutOfRange => self.pick(
                format!("more than an amount can hold, of {budget} planned"),
                format!("más de lo que cabe en un importe, de {budget} previstos"),
            ),
        }
    }

    /// `campaign spend`: the campaign's spend so far against its budget.
    pub fn spent_of_budget(self, campaign: &Campaign, currency: &str) -> String {
        let amounts = self.spent_of_planned(campaign, currency);
        self.pick(format!("spent {amounts}"), format!("gastado {amounts}"))
    }
}
