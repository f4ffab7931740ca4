//! The plan's check (`domain::lint`): each finding's severity, its rule
//! (with its Spanish name in Spanish), what it is about, what is wrong and
//! what to do, worded as `socialplan check` words them.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::blocks::{severity, table};
use super::cover::anchor;
use crate::domain::Plan;
use crate::domain::lint::{self, Severity};
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::check::K;
use crate::i18n::html::H;

pub fn findings(plan: &Plan, today: NaiveDate, lang: Lang) -> Markup {
    let findings = lint::check(plan, today);
    let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
    let header = [H::Severity, H::Rule, H::About, H::Finding, H::Fix].map(|h| lang.t(h));
    html! {
        section id=(anchor(Heading::Findings)) {
            h2 { (lang.report_heading(Heading::Findings)) }
            @if findings.is_empty() {
                p { (lang.t(K::Clean)) }
            } @else {
                p { (lang.check_summary(count(Severity::Error), count(Severity::Warning), count(Severity::Hint))) }
                (table(&header, &[], &findings, |finding| {
                    let (what, fix) = lang.finding(finding, plan);
                    vec![
                        severity(finding.severity(), lang),
                        html! {
                            code { (finding.rule.code()) }
                            @if let Some(name) = lang.rule_name(&finding.rule) { " (" (name) ")" }
                        },
                        html! { (lang.subject(finding, plan)) },
                        html! { (what) },
                        html! { (fix) },
                    ]
                }))
            }
        }
    }
}
