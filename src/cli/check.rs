//! `socialplan check`: the plan against the five steps of the method. Each
//! finding with its severity, stable code, the item, what is wrong and how
//! to fix it. Failing (exit 1) when there is an error, or with `--strict` a
//! warning.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style as Sgr};
use chrono::NaiveDate;

use super::{Failure, Style};
use crate::domain::Plan;
use crate::domain::lint::{self, Finding, Severity};
use crate::i18n::check::K;

/// Where a finding's text starts: after its severity.
const INDENT: usize = 13;

/// The narrowest a finding's text is wrapped to, however narrow the width.
const MIN_ROOM: usize = 20;

/// The report, and whether the findings should fail the command.
pub fn run(plan: &Plan, today: NaiveDate, strict: bool, style: Style) -> (String, bool) {
    let lang = style.lang;
    let findings = lint::check(plan, today);
    if findings.is_empty() {
        return (format!("{}\n", lang.t(K::Clean)), false);
    }
    let mut out = String::new();
    for finding in &findings {
        out.push_str(&describe(finding, plan, style));
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
    let (errors, warnings, hints) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Hint),
    );
    out.push_str(&lang.check_summary(errors, warnings, hints));
    out.push('\n');
    let fails = errors > 0 || strict && warnings > 0;
    (out, fails)
}

/// "warning  objective-not-measured  objective ig-followers “…”: has not…"
/// then the fix on the next line, each wrapped under the text.
fn describe(finding: &Finding, plan: &Plan, style: Style) -> String {
    let lang = style.lang;
    let (what, fix) = lang.finding(finding, plan);
    let severity = finding.severity();
    let sgr = if style.color {
        match severity {
            Severity::Error => AnsiColor::Red.on_default().bold(),
            Severity::Warning => AnsiColor::Yellow.on_default(),
            Severity::Hint => AnsiColor::Cyan.on_default(),
        }
    } else {
        Sgr::new()
    };
    let label = crate::text::pad_right(lang.severity(severity), INDENT - 2);
    let arrow = if style.ascii { "->" } else { "→" };
    let what = format!(
        "{}  {}: {what}",
        rule(finding, lang),
        lang.subject(finding, plan)
    );
    let room = style.width.saturating_sub(INDENT).max(MIN_ROOM);
    let mut out = String::new();
    for (i, line) in crate::text::wrap(&what, room).iter().enumerate() {
        if i == 0 {
            let _ = write!(out, "{}{label}{}  ", sgr.render(), sgr.render_reset());
        } else {
            out.push_str(&" ".repeat(INDENT));
        }
        out.push_str(line);
        out.push('\n');
    }
    // The fix hangs under its first word, after the arrow.
    let hang = INDENT + crate::text::width(arrow) + 1;
    let fix_room = style.width.saturating_sub(hang).max(MIN_ROOM);
    for (i, line) in crate::text::wrap(&fix, fix_room).iter().enumerate() {
        if i == 0 {
            let _ = write!(out, "{:INDENT$}{arrow} ", "");
        } else {
            out.push_str(&" ".repeat(hang));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The rule's stable code, with its name where the language needs one:
/// "channel-over-budget (canal por encima del presupuesto)".
fn rule(finding: &Finding, lang: crate::i18n::Lang) -> String {
    let code = finding.rule.code();
    match lang.rule_name(&finding.rule) {
        Some(name) => format!("{code} ({name})"),
        None => code.to_string(),
    }
}

/// Fails the command with the report on stdout when the findings say so.
pub fn finish(report: &str, fails: bool) -> Result<(), Failure> {
    super::print(report)?;
    if fails { Err(Failure::Silent) } else { Ok(()) }
}
