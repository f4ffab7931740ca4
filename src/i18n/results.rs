//! Texts of a post's results and a campaign's sums: the form's fields, the
//! detail lines, `post set`'s options and what a cost is when it has no
//! clicks or leads to divide by.

use super::{Lang, T};
use crate::domain::results::{CampaignResults, Total};
use crate::domain::{Figure, Money};

texts! {
    /// A fixed text about results.
    R;
    Reach => "reach", "alcance";
    Interactions => "interactions", "interacciones";
    Clicks => "clicks", "clics";
    Leads => "leads", "leads";
    Results => "Results", "Resultados";
    FormReach => "Reach", "Alcance";
    FormInteractions => "Interactions", "Interacciones";
    FormClicks => "Clicks", "Clics";
    FormLeads => "Leads (conversions)", "Leads (conversiones)";
    Posts => "Posts", "Publicaciones";
    NoData => "no data", "sin datos";
    NoneYet =>
        "none recorded yet",
        "ninguno registrado aún";
    Cost => "Cost (on real spend)", "Coste (sobre el gasto real)";
    CostOnBudget => "Cost (on the budget: no spend recorded)", "Coste (sobre el presupuesto: sin gasto registrado)";
    ReachNote =>
        "Summed reach counts a person once per post that reached them.",
        "El alcance sumado cuenta a una persona una vez por cada publicación que le llegó.";
    BadCount =>
        "a whole number of 0 or more, or none to clear it",
        "un número entero de 0 o más, o none para quitarlo";
}

impl Lang {
    /// The four measures' names, in the order of a post's fields.
    pub fn result_names(self) -> [&'static str; 4] {
        [R::Reach, R::Interactions, R::Clicks, R::Leads].map(|r| self.t(r))
    }

    /// "2 published of 5 planned".
    pub fn posts_out(self, published: usize, planned: usize) -> String {
        self.pick(
            format!("{published} published of {planned} planned"),
            format!("{published} publicadas de {planned} previstas"),
        )
    }

    /// A sum over posts: the number, "no data" when no post has one, or
    /// "out of range".
    pub fn total(self, total: Total) -> String {
        match total.value() {
            Some(Figure::Value(sum)) => sum.to_string(),
            Some(Figure::OutOfRange) => self.t(T::OutOfRange).into(),
            None => self.t(R::NoData).into(),
        }
    }

    /// "7.50 EUR per click; per lead undefined (no leads)". A semicolon,
    /// not a middle dot, so that it draws in ASCII mode too.
    pub fn costs(self, results: &CampaignResults, spent: Money, currency: &str) -> String {
        let cost = |cost: Option<Money>, per: (&str, &str), none: (&str, &str)| match cost {
            Some(cost) => format!(
                "{} {}",
                self.money_in(cost, currency),
                self.pick(per.0, per.1)
            ),
            None => self.pick(none.0, none.1).to_string(),
        };
        let click = cost(
            results.cost_per_click(spent),
            ("per click", "por clic"),
            (
                "per click undefined (no clicks)",
                "por clic sin definir (sin clics)",
            ),
        );
        let lead = cost(
            results.cost_per_lead(spent),
            ("per lead", "por lead"),
            (
                "per lead undefined (no leads)",
                "por lead sin definir (sin leads)",
            ),
        );
        format!("{click}; {lead}")
    }

    /// `--reach 12k`: what the option takes.
    pub fn bad_count(self, text: &str) -> String {
        format!("{text:?}: {}", self.t(R::BadCount))
    }
}
