//! Texts of the campaigns compared.

use chrono::{Datelike, NaiveDate};

use super::results::R;
use super::{Lang, T};
use crate::domain::compare::{Column, Row};
use crate::domain::{Figure, Money};

texts! {
    /// A fixed text of the comparison.
    Cmp;
    Name => "CAMPAIGN", "CAMPAÑA";
    Planned => "PLANNED", "PREVISTO";
    Spent => "SPENT", "GASTADO";
    Posts => "POSTS", "PUBLIC.";
    Reach => "REACH", "ALCANCE";
    Interactions => "INTERACT.", "INTERAC.";
    Clicks => "CLICKS", "CLICS";
    Leads => "LEADS", "LEADS";
    PerClick => "PER CLICK", "POR CLIC";
    PerLead => "PER LEAD", "POR LEAD";
    Section => "Campaigns", "Campañas";
    // Short in Spanish: the title also names the filters and the sort.
    Title => "Campaigns compared", "Campañas";
    SortHint => "sort", "ordenar";
    AllChannels => "all channels", "todos los canales";
    AllDates => "all dates", "todas las fechas";
    ByName => "name", "nombre";
    ByPlanned => "planned", "previsto";
    BySpent => "spent", "gastado";
    ByPosts => "posts published", "publicaciones publicadas";
    ByCostPerClick => "cost per click", "coste por clic";
    ByCostPerLead => "cost per lead", "coste por lead (CPL)";
    NoCampaigns =>
        "No campaigns to compare yet: add them in tab 4, Actions.",
        "Aún no hay campañas que comparar: añádelas en la pestaña 4, Acciones.";
    NoneShown =>
        "No campaign on this channel runs in this period: c and p change the filters.",
        "Ninguna campaña de este canal se desarrolla en este periodo: c y p cambian los filtros.";
    None =>
        "No campaign matches: try without --channel, --from or --to.",
        "Ninguna campaña coincide: prueba sin --channel, --from ni --to.";
    Notes =>
        "Posts: published/planned. Reach is summed over posts: a person counts once per post that reached them. Costs are on the spend recorded; - where nothing is recorded or there are no clicks or leads.",
        "Publicaciones: publicadas/previstas. El alcance se suma por publicación: una persona cuenta una vez por cada publicación que le llegó. Los costes son sobre el gasto registrado; - donde no hay gasto, clics ni leads.";
}

impl Cmp {
    /// The table's columns, in order.
    pub const HEADER: [Cmp; 10] = [
        Cmp::Name,
        Cmp::Planned,
        Cmp::Spent,
        Cmp::Posts,
        Cmp::Reach,
        Cmp::Interactions,
        Cmp::Clicks,
        Cmp::Leads,
        Cmp::PerClick,
        Cmp::PerLead,
    ];
}

impl Lang {
    /// A campaign's figure in `column` of the comparison; `dash` where
    /// there is nothing to show (no spend recorded, no data, a cost with
    /// no clicks or leads): a cost of 0 would read as free.
    pub fn compared(self, row: &Row, column: Column, dash: &str) -> String {
        let money = |m: Option<Money>| m.map_or_else(|| dash.to_string(), |m| self.money(m));
        let r = &row.results;
        let total = |figure: Option<Figure<u64>>| match figure {
            Some(Figure::Value(n)) => self.whole(n),
            Some(Figure::OutOfRange) => self.t(T::OutOfRange).to_string(),
            None => dash.to_string(),
        };
        match column {
            Column::Name => crate::text::printable(&row.campaign.name),
            Column::Planned => self.money(row.campaign.budget),
            Column::Spent => money(row.spent),
            Column::Posts => format!("{}/{}", r.published, r.planned),
            Column::Reach => total(r.reach.value()),
            Column::Interactions => total(r.interactions.value()),
            Column::Clicks => total(r.clicks.value()),
            Column::Leads => total(r.leads.value()),
            Column::CostPerClick => money(row.cost_per_click()),
            Column::CostPerLead => money(row.cost_per_lead()),
        }
    }

    /// What the comparison is sorted by, as a title says it: "cost per lead".
    pub fn sort_name(self, column: Column) -> &'static str {
        match column {
            Column::Name => self.t(Cmp::ByName),
            Column::Planned => self.t(Cmp::ByPlanned),
            Column::Spent => self.t(Cmp::BySpent),
            Column::Posts => self.t(Cmp::ByPosts),
            Column::Reach => self.t(R::Reach),
            Column::Interactions => self.t(R::Interactions),
            Column::Clicks => self.t(R::Clicks),
            Column::Leads => self.t(R::Leads),
            Column::CostPerClick => self.t(Cmp::ByCostPerClick),
            Column::CostPerLead => self.t(Cmp::ByCostPerLead),
        }
    }

    /// "sorted by cost per lead", "por coste por lead".
    pub fn sorted_by(self, column: Column) -> String {
        let name = self.sort_name(column);
        self.pick(format!("sorted by {name}"), format!("por {name}"))
    }

    /// A month as a period: "Jan 2027", "ene 2027".
    pub fn month_period(self, day: NaiveDate) -> String {
        format!("{} {}", self.month_short(day), day.year())
    }

    /// A quarter as a period: "Q1 2027", "T1 2027".
    pub fn quarter_period(self, day: NaiveDate) -> String {
        let quarter = day.month0() / 3 + 1;
        let letter = self.pick("Q", "T");
        format!("{letter}{quarter} {}", day.year())
    }
}
