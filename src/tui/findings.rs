//! What the plan check found, in the interface: a count in the title line
//! coloured by the worst finding, and the list on `!`, each finding with its
//! severity, code, what is wrong and how to fix it; Enter goes to the item.
//! The findings are computed when the plan changes, never while drawing.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::overlay::{Entry, Summary};
use super::tab::Tab;
use super::view::Ctx;
use crate::domain::lint::{Finding, Rule, Severity};
use crate::domain::{Kind, Plan};
use crate::i18n::check::K;
use crate::text::width;
use crate::theme::Theme;

/// How a severity is coloured: errors red, warnings yellow, hints dim.
pub fn severity_style(severity: Severity, theme: Theme) -> Style {
    match severity {
        Severity::Error => theme.error(),
        Severity::Warning => theme.warning(),
        Severity::Hint => theme.dim(),
    }
}

/// "! 3 findings" for the title line, in the colour of the worst one (the
/// key first, as the footer names keys); nothing when there are none.
pub fn badge(findings: &[Finding], ctx: &Ctx) -> Vec<Span<'static>> {
    let Some(worst) = findings.iter().map(Finding::severity).min() else {
        return Vec::new();
    };
    vec![
        Span::styled("!", ctx.theme.key()),
        Span::raw(" "),
        Span::styled(
            ctx.lang.findings_count(findings.len()),
            severity_style(worst, ctx.theme),
        ),
    ]
}

/// Where a finding is fixed: the item's tab, with the item selected.
fn target(finding: &Finding, plan: &Plan) -> Option<(Tab, Option<String>)> {
    match (&finding.item, &finding.rule) {
        // A post is fixed among its campaign's posts, which the screen
        // finds from the post.
        (Some((Kind::Post, key)), _) => plan
            .post(key)
            .map(|post| (Tab::Posts, Some(post.id.clone()))),
        (Some((kind, key)), _) => {
            let tab = match kind {
                Kind::Objective => Tab::Objectives,
                Kind::Channel => Tab::Channels,
                Kind::Campaign => Tab::Actions,
                Kind::Review => Tab::Review,
                _ => return None,
            };
            Some((tab, Some(key.clone())))
        }
        (None, Rule::PlanWithoutObjectives) => Some((Tab::Objectives, None)),
        (None, Rule::PlanWithoutChannels) => Some((Tab::Channels, None)),
        (None, _) => None,
    }
}

/// The list of findings, most severe first: a dialog to read and to go
/// from to each item.
pub fn dialog(findings: &[Finding], ctx: &Ctx) -> Summary {
    let lang = ctx.lang;
    let theme = ctx.theme;
    // The codes line up after the severities the list has.
    let severity_width = findings
        .iter()
        .map(|f| width(lang.severity(f.severity())))
        .max()
        .unwrap_or(0);
    let entries = findings
        .iter()
        .map(|finding| {
            let severity = lang.severity(finding.severity());
            let (what, fix) = lang.finding(finding, ctx.plan);
            let head = Line::from(vec![
                Span::styled(
                    severity.to_string(),
                    severity_style(finding.severity(), theme),
                ),
                Span::raw(" ".repeat(severity_width - width(severity) + 2)),
                Span::styled(
                    finding.rule.code(),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
            ]);
            let body = vec![
                Line::from(vec![
                    Span::styled(lang.subject(finding, ctx.plan), theme.title()),
                    Span::raw(format!(" {what}")),
                ]),
                Line::from(vec![
                    Span::styled(format!("{}: ", lang.t(K::Fix)), theme.dim()),
                    Span::raw(fix),
                ]),
            ];
            Entry {
                head,
                body,
                target: target(finding, ctx.plan),
            }
        })
        .collect();
    Summary::new(lang.findings_count(findings.len()), entries, true)
}
