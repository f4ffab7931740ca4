//! The calendar: the campaigns by channel over the period, as an SVG Gantt
//! chart.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::Window;
use super::cover::anchor;
use crate::domain::Plan;
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::html::H;

pub fn calendar(plan: &Plan, today: NaiveDate, lang: Lang, window: Window) -> Markup {
    html! {
        section id=(anchor(Heading::Calendar)) {
            h2 { (lang.report_heading(Heading::Calendar)) }
            figure.chart.gantt {
                (gantt(plan, today, lang, window))
                figcaption { (lang.t(H::CalendarNote)) }
            }
        }
    }
}

/// The chart itself.
fn gantt(_plan: &Plan, _today: NaiveDate, _lang: Lang, _window: Window) -> Markup {
    // The Gantt: calendar/svg.rs (merged separately).
    html! {}
}
