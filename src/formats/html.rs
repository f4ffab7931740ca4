//! The report as one self-contained HTML page, for people who never open a
//! terminal (a bakery's owner, an agency's client): a cover, the situation,
//! the objectives with their verdicts and charts, the channels with their
//! spend, the calendar, the campaigns compared, the next two weeks, the
//! plan's check, the last review and the protocols. It prints well to PDF
//! (A4 landscape): figures and table rows are never split across pages.
//!
//! Self-contained: the style is inline, there is no script, no web font and
//! nothing loaded from another address. Every text from the plan goes
//! through maud, which escapes it; nothing from the plan is ever written
//! with `PreEscaped`. One file per section under `html/`.

mod agenda;
mod blocks;
mod calendar;
mod channels;
pub mod charts;
mod compare;
mod cover;
mod findings;
mod objectives;
mod protocols;
mod review;
mod situation;
mod style;

use chrono::{Datelike, Months, NaiveDate};
use maud::{DOCTYPE, PreEscaped, html};

use crate::domain::Plan;
use crate::i18n::{Lang, T};

/// The days the report covers (the cover, the spend, the campaigns
/// compared and the calendar), both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Window {
    /// Three calendar months: the first day of `today`'s month to the last
    /// day of the second month after it.
    pub fn three_months(today: NaiveDate) -> Window {
        let from = today.with_day(1).unwrap_or(today);
        let to = from
            .checked_add_months(Months::new(3))
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX);
        Window { from, to }
    }
}

/// The page.
pub fn report(plan: &Plan, today: NaiveDate, lang: Lang, window: Window) -> String {
    let name = if plan.name.is_empty() {
        lang.t(T::Untitled)
    } else {
        plan.name.as_str()
    };
    let code = match lang {
        Lang::En => "en",
        Lang::Es => "es",
    };
    html! {
        (DOCTYPE)
        html lang=(code) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (lang.html_title(name)) }
                // Our own style sheet, a constant: no text from the plan.
                style { (PreEscaped(style::CSS)) (PreEscaped(crate::calendar::svg::CSS)) }
            }
            body {
                (cover::cover(name, today, lang, window))
                main {
                    (situation::situation(plan, lang))
                    (objectives::objectives(plan, today, lang))
                    (channels::channels(plan, lang, window))
                    (calendar::calendar(plan, today, lang, window))
                    (compare::compared(plan, lang, window))
                    (agenda::next_two_weeks(plan, today, lang))
                    (findings::findings(plan, today, lang))
                    (review::last_review(plan, lang))
                    (protocols::protocols(plan, lang))
                }
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn the_default_window_is_three_calendar_months() {
        let window = Window::three_months(day("2026-11-30"));
        assert_eq!(
            (window.from, window.to),
            (day("2026-11-01"), day("2027-01-31"))
        );
        let window = Window::three_months(day("2027-12-15"));
        assert_eq!(
            (window.from, window.to),
            (day("2027-12-01"), day("2028-02-29"))
        );
    }
}
