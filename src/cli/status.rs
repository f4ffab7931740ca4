//! `socialplan status`: every objective with baseline → latest / target,
//! progress, deadline and days left, the value the trend projects for the
//! deadline, and the verdict, in aligned columns.

use anstyle::{AnsiColor, Style as Sgr};
use chrono::NaiveDate;

use super::Style;
use super::table::Table;
use crate::domain::forecast::{Forecast, Verdict};
use crate::domain::progress::Progress;
use crate::domain::{Objective, Plan};
use crate::i18n::T;
use crate::text::printable;

/// The least the objective's name keeps while a column can be left out.
const NAME_MIN: usize = 20;

/// The least the id keeps while a column can be left out: enough of it to
/// tell the objectives apart, and a prefix `update` takes.
const ID_MIN: usize = 10;
/// And is never wider than this.
const NAME_MAX: usize = 32;

/// One line for one objective, as `update` prints it.
pub fn line(objective: &Objective, today: NaiveDate, style: Style) -> String {
    let lang = style.lang;
    let f = Forecast::of(objective, today);
    let p = f.progress;
    let percent = p
        .percent()
        .map(|v| format!(" ({})", lang.percent(Some(v))))
        .unwrap_or_default();
    let dash = if style.ascii { "-" } else { "—" };
    format!(
        "{}  {}: {}{percent}, {} {dash} {}",
        objective.id,
        printable(&objective.name),
        lang.values(p.baseline, p.latest, p.target, style.ascii),
        lang.deadline(p.deadline, p.days_left),
        lang.verdict(f.verdict),
    )
}

/// The whole table.
pub fn render(plan: &Plan, today: NaiveDate, style: Style) -> String {
    let lang = style.lang;
    let name = if plan.name.is_empty() {
        lang.t(T::Untitled).to_string()
    } else {
        printable(&plan.name)
    };
    let dash = if style.ascii { "-" } else { "—" };
    let mut out = format!("{name} {dash} {}\n", style.lang.date(today));
    if plan.objectives.is_empty() {
        out.push_str(lang.t(T::NoObjectives));
        out.push('\n');
        return out;
    }
    let ellipsis = style.theme().ellipsis();
    let table = Table {
        header: [
            T::HeaderId,
            T::HeaderObjective,
            if style.ascii {
                T::HeaderValuesAscii
            } else {
                T::HeaderValues
            },
            T::HeaderProgress,
            T::HeaderDeadline,
            T::HeaderDaysLeft,
            T::HeaderProjected,
            T::HeaderVerdict,
        ]
        .iter()
        .map(|t| lang.t(*t).to_string())
        .collect(),
        rows: plan
            .objectives
            .iter()
            .map(|o| row(o, today, style))
            .collect(),
        right: vec![3, 5, 6],
        // The id gives way first (a prefix of it still names the objective
        // in `update`), then the name; the days left, the projection, the
        // deadline and the progress go before the name gets less than its
        // least.
        shrink: vec![(0, ID_MIN), (1, NAME_MIN)],
        drop: vec![5, 6, 4, 3],
    };
    out.push_str(&table.render(style.width, style.color, ellipsis));
    out
}

fn row(objective: &Objective, today: NaiveDate, style: Style) -> Vec<(String, Sgr)> {
    let lang = style.lang;
    let f = Forecast::of(objective, today);
    let p: Progress = f.progress;
    let plain = Sgr::new();
    let dash = || "-".to_string();
    let overdue = p.days_left.is_some_and(|d| d < 0) && !p.achieved();
    let ellipsis = style.theme().ellipsis();
    vec![
        (objective.id.clone(), plain),
        (
            crate::text::truncate(&printable(&objective.name), NAME_MAX, ellipsis),
            plain,
        ),
        (
            lang.values(p.baseline, p.latest, p.target, style.ascii),
            plain,
        ),
        (lang.percent(p.percent()), verdict_style(f.verdict)),
        (p.deadline.map_or_else(dash, |d| d.to_string()), plain),
        (
            p.days_left.map_or_else(dash, |d| d.to_string()),
            if overdue {
                AnsiColor::Red.on_default()
            } else {
                plain
            },
        ),
        (lang.projected(f.projected), plain),
        (
            lang.verdict(f.verdict).to_string(),
            verdict_style(f.verdict),
        ),
    ]
}

/// The colour a verdict is shown in (the word says it without colour too).
fn verdict_style(verdict: Verdict) -> Sgr {
    match verdict {
        Verdict::Achieved => AnsiColor::Green.on_default().bold(),
        Verdict::OnTrack => AnsiColor::Green.on_default(),
        Verdict::AtRisk => AnsiColor::Yellow.on_default(),
        Verdict::Behind => AnsiColor::Red.on_default(),
        Verdict::Overdue => AnsiColor::Red.on_default().bold(),
        Verdict::NoData => Sgr::new().dimmed(),
    }
}
