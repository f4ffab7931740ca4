//! Step 5: the campaigns of the period compared side by side, as
//! `socialplan campaigns` lists them (`domain::compare`, by name): what
//! each planned and spent, its posts, results and costs; a cost that cannot
//! be worked out is a dash, never 0.

use maud::{Markup, html};

use super::Window;
use super::blocks::table;
use super::cover::anchor;
use crate::domain::Plan;
use crate::domain::compare::{Column, Filter, rows, sort};
use crate::formats::{Heading, cells};
use crate::i18n::Lang;
use crate::i18n::html::H;
use crate::i18n::results::R;

pub fn compared(plan: &Plan, lang: Lang, window: Window) -> Markup {
    let filter = Filter {
        channel: None,
        from: Some(window.from),
        to: Some(window.to),
    };
    let mut rows = rows(plan, &filter);
    sort(&mut rows, Column::Name);
    let currency = plan.currency.as_str();
    html! {
        section id=(anchor(Heading::Compared)) {
            h2 { (lang.report_heading(Heading::Compared)) }
            @if rows.is_empty() {
                p { (lang.t(H::NoCampaigns)) }
            } @else {
                (table(&lang.report_compare_columns(), &[1, 2, 3, 4, 5, 6, 7, 8, 9], &rows, |row| {
                    let mut cells = vec![html! { (row.campaign.name) }];
                    cells.extend(cells::compared(row, currency, lang).into_iter().map(|c| html! { (c) }));
                    cells
                }))
                p.note { (lang.report_compare_note()) " " (lang.t(R::ReachNote)) }
            }
        }
    }
}
