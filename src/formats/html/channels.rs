//! Step 3: the channels, and month by month what the campaigns plan to
//! spend and really spent on each against its budget (`domain::budget`, as
//! the Markdown report and `check` see it), for the months of the period.

use chrono::{Datelike, Months, NaiveDate};
use maud::{Markup, html};

use super::Window;
use super::blocks::{over, table};
use super::charts;
use super::cover::anchor;
use crate::domain::Plan;
use crate::domain::budget::{Month, MonthSpend, monthly_spend};
use crate::formats::{Heading, cells};
use crate::i18n::Lang;
use crate::i18n::html::H;

pub fn channels(plan: &Plan, lang: Lang, window: Window) -> Markup {
    let currency = plan.currency.as_str();
    html! {
        section id=(anchor(Heading::Channels)) {
            h2 { (lang.report_heading(Heading::Channels)) }
            (table(&lang.report_channel_columns(), &[3, 4], &plan.channels, |c| vec![
                html! { (c.name) },
                html! { (lang.channel_kind_name(c.kind)) },
                html! { (c.reason) },
                html! { (lang.money_in(c.monthly_budget, currency)) },
                html! { (lang.num(c.weekly_hours)) },
            ]))
            (spend(plan, lang, window))
        }
    }
}

/// The spend by month: its figure, then a table per month.
fn spend(plan: &Plan, lang: Lang, window: Window) -> Markup {
    let (first, last) = (Month::of(window.from), Month::of(window.to));
    let months_spend: Vec<MonthSpend> = monthly_spend(plan)
        .into_iter()
        .filter(|s| (first..=last).contains(&s.month))
        .collect();
    let mut months: Vec<Month> = months_spend.iter().map(|s| s.month).collect();
    months.sort_unstable();
    months.dedup();
    let [channel, _, planned, spent, budget, flags] = lang.report_budget_columns();
    let header = [channel, planned, spent, budget, flags];
    let currency = plan.currency.as_str();
    html! {
        h3 { (lang.report_heading(Heading::Budget)) }
        @if months_spend.is_empty() {
            p { (lang.t(H::NoSpend)) }
        } @else {
            (spend_figures(plan, &months_spend, window, lang))
            @for month in months {
                @let rows: Vec<&MonthSpend> = months_spend.iter().filter(|s| s.month == month).collect();
                h4 { (month.first_day().map_or_else(|| month.to_string(), |d| lang.month_heading(d))) }
                (table(&header, &[1, 2, 3], &rows, |s| {
                    let name = plan.channel(&s.channel).map_or(s.channel.as_str(), |c| c.name.as_str());
                    let [planned, spent, budget, flags] = cells::spend(s, currency, lang);
                    vec![
                        html! { (name) },
                        html! { (planned) },
                        html! { (spent) },
                        html! { (budget) },
                        over(&flags),
                    ]
                }))
            }
        }
    }
}

/// The channels' budget bars, with their caption.
fn spend_figures(plan: &Plan, spend: &[MonthSpend], window: Window, lang: Lang) -> Markup {
    let months = months_of(window);
    html! {
        div.chart-grid {
            @for channel in plan.channels.iter().filter(|c| spend.iter().any(|s| s.channel == c.id)) {
                figure.chart.budget {
                    (charts::channel_spend(plan, channel, &months, lang))
                    figcaption { (channel.name) ": " (lang.t(H::SpendCaption)) }
                }
            }
        }
    }
}

/// The first day of each month the window touches.
fn months_of(window: Window) -> Vec<NaiveDate> {
    let first = window.from.with_day(1).unwrap_or(window.from);
    std::iter::successors(Some(first), |m| m.checked_add_months(Months::new(1)))
        .take_while(|m| *m <= window.to)
        .collect()
}
