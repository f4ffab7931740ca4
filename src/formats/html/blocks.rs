//! The page's blocks: tables with a header that repeats on every printed
//! page, facts as a definition list, and a status shown by a word, a symbol
//! and a border, not by colour alone.

use maud::{Markup, html};

use crate::domain::forecast::Verdict;
use crate::domain::lint::Severity;
use crate::i18n::Lang;

/// A table with a row for each of `items`; `numeric` are the columns
/// aligned right. Nothing when there are no items.
pub fn table<I>(
    header: &[&str],
    numeric: &[usize],
    items: &[I],
    row: impl Fn(&I) -> Vec<Markup>,
) -> Markup {
    let class = |i: usize| numeric.contains(&i).then_some("num");
    html! {
        @if !items.is_empty() {
            table {
                thead { tr { @for (i, h) in header.iter().enumerate() { th class=[class(i)] { (h) } } } }
                tbody {
                    @for item in items {
                        tr { @for (i, cell) in row(item).into_iter().enumerate() { td class=[class(i)] { (cell) } } }
                    }
                }
            }
        }
    }
}

/// Label and value pairs, the empty values left out.
pub fn facts(pairs: &[(&str, Markup)]) -> Markup {
    html! {
        dl.facts {
            @for (label, value) in pairs {
                @if !value.0.is_empty() {
                    dt { (label) } dd { (value) }
                }
            }
        }
    }
}

/// A status: its symbol and its word in a box whose border says its kind.
fn status(class: &str, symbol: &str, word: &str) -> Markup {
    html! {
        span class={ "status " (class) } {
            span.mark aria-hidden="true" { (symbol) } (word)
        }
    }
}

/// An objective's verdict.
pub fn verdict(verdict: Verdict, lang: Lang) -> Markup {
    let (class, symbol) = match verdict {
        Verdict::Achieved => ("achieved", "✔"),
        Verdict::OnTrack => ("on-track", "↗"),
        Verdict::AtRisk => ("at-risk", "▲"),
        Verdict::Behind => ("behind", "▼"),
        Verdict::Overdue => ("overdue", "✖"),
        Verdict::NoData => ("no-data", "○"),
    };
    status(class, symbol, lang.verdict(verdict))
}

/// A finding's severity.
pub fn severity(severity: Severity, lang: Lang) -> Markup {
    let (class, symbol) = match severity {
        Severity::Error => ("error", "✖"),
        Severity::Warning => ("warning", "▲"),
        Severity::Hint => ("hint", "○"),
    };
    status(class, symbol, lang.severity(severity))
}

/// What is over a budget, when anything is.
pub fn over(flags: &str) -> Markup {
    html! { @if !flags.is_empty() { (status("over", "▲", flags)) } }
}

/// Text kept with its line breaks, as written.
pub fn notes(text: &str) -> Markup {
    html! { @if !text.trim().is_empty() { p.notes { (text.trim()) } } }
}
