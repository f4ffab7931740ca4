//! The cover: what the document is, the plan's name, the period it covers
//! in words, the day it was made, and the sections.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::Window;
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::html::H;

/// The sections and their anchors, in the page's order.
const SECTIONS: [(&str, Heading); 9] = [
    ("situation", Heading::Situation),
    ("objectives", Heading::Objectives),
    ("channels", Heading::Channels),
    ("calendar", Heading::Calendar),
    ("compared", Heading::Compared),
    ("agenda", Heading::Agenda),
    ("findings", Heading::Findings),
    ("review", Heading::LastReview),
    ("protocols", Heading::Protocols),
];

pub fn cover(name: &str, today: NaiveDate, lang: Lang, window: Window) -> Markup {
    html! {
        header.cover {
            p.kind { (lang.t(H::Kind)) }
            h1 { (name) }
            p.period {
                span.label { (lang.t(H::Period)) ": " }
                time datetime=(window.from.to_string()) { (lang.long_date(window.from)) }
                " – "
                time datetime=(window.to.to_string()) { (lang.long_date(window.to)) }
            }
            p.made { (lang.html_made(today)) }
            nav {
                h2 { (lang.t(H::Contents)) }
                ol {
                    @for (id, heading) in SECTIONS {
                        li { a href={ "#" (id) } { (lang.report_heading(heading)) } }
                    }
                }
            }
        }
    }
}

/// A section's anchor, as the contents link to it.
pub fn anchor(heading: Heading) -> &'static str {
    SECTIONS
        .iter()
        .find(|(_, h)| *h == heading)
        .map_or("", |(id, _)| id)
}
