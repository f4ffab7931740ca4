//! The calendar: the campaigns by channel over the period, as an SVG Gantt
//! chart.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::Window;
use super::cover::anchor;
use crate::calendar::layout::Chart;
use crate::calendar::svg;
use crate::domain::Plan;
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::html::H;

pub fn calendar(plan: &Plan, today: NaiveDate, lang: Lang, window: Window) -> Markup {
    html! {
        section id=(anchor(Heading::Calendar)) {
            h2 { (lang.report_heading(Heading::Calendar)) }
            (gantt(plan, today, lang, window))
            p.note { (lang.t(H::CalendarNote)) }
        }
    }
}

/// The chart itself: the same layout as the terminal's calendar, drawn as
/// SVG, one group per channel so that a long chart breaks between them.
fn gantt(plan: &Plan, today: NaiveDate, lang: Lang, window: Window) -> Markup {
    let timeline = svg::window_timeline(window.from, window.to);
    let chart = Chart::new(plan, timeline, None, today);
    svg::gantt(plan, &chart, lang)
}
