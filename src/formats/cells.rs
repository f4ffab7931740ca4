//! The reports' cells (Markdown and HTML) for counts and amounts that may be missing: a dash
//! (—) where there is no value, never a 0 that would read as measured or
//! free.

use crate::domain::budget::MonthSpend;
use crate::domain::compare::Row;
use crate::domain::results::Total;
use crate::domain::{Audience, Figure, Money};
use crate::i18n::{Lang, T};

/// What stands where there is no value: not measured, nothing recorded, a
/// cost with nothing to divide by.
pub const NONE: &str = "—";

/// One post's result.
pub fn count(value: Option<u64>, lang: Lang) -> String {
    value.map_or_else(|| NONE.into(), |n| lang.whole(n))
}

/// A sum over posts; "out of range" when it is beyond a number.
pub fn total(total: Total, lang: Lang) -> String {
    match total.value() {
        Some(Figure::Value(sum)) => lang.whole(sum),
        Some(Figure::OutOfRange) => lang.t(T::OutOfRange).into(),
        None => NONE.into(),
    }
}

/// An amount with its currency (escaped already).
pub fn money(amount: Option<Money>, currency: &str, lang: Lang) -> String {
    amount.map_or_else(|| NONE.into(), |m| lang.money_in(m, currency))
}

/// A campaign compared, after its name: planned, spent, posts published of
/// planned, the four results and the two costs. `currency` as the report
/// writes it (escaped already for Markdown).
pub fn compared(row: &Row, currency: &str, lang: Lang) -> Vec<String> {
    let r = &row.results;
    vec![
        lang.money_in(row.campaign.budget, currency),
        money(row.spent, currency, lang),
        format!("{}/{}", r.published, r.planned),
        total(r.reach, lang),
        total(r.interactions, lang),
        total(r.clicks, lang),
        total(r.leads, lang),
        money(row.cost_per_click(), currency, lang),
        money(row.cost_per_lead(), currency, lang),
    ]
}

/// A channel's month, after its name and month: planned, really spent,
/// the budget, and what is over it.
pub fn spend(s: &MonthSpend, currency: &str, lang: Lang) -> [String; 4] {
    [
        lang.amount_in(s.planned, currency),
        lang.amount_in(s.spent, currency),
        lang.money_in(s.budget, currency),
        lang.report_budget_flags(s.over_budget(), s.overspent()),
    ]
}

/// An audience's ages after its kind: ", 25–45", ", 18–+", or nothing.
pub fn ages(a: &Audience) -> String {
    match (a.age_min, a.age_max) {
        (None, None) => String::new(),
        (min, max) => format!(
            ", {}–{}",
            min.unwrap_or(0),
            max.map_or_else(|| "+".into(), |m| m.to_string())
        ),
    }
}
