//! `socialplan status`: every objective, baseline → latest / target, progress
//! and deadline, in aligned columns.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style as Sgr};
use chrono::NaiveDate;

use super::Style;
use crate::domain::progress::Progress;
use crate::domain::{Objective, Plan};
use crate::i18n::{Lang, T};
use crate::text::{pad_left, pad_right, printable, truncate, width};

/// Longest objective name shown before it is cut, and the least kept when
/// the line must shrink to fit the terminal.
const NAME_CELLS: usize = 32;
const NAME_CELLS_MIN: usize = 12;
/// Where the name is in a row.
const NAME: usize = 1;
const GAP: usize = 2;

/// One line for one objective, as `update` prints it.
pub fn line(objective: &Objective, today: NaiveDate, style: Style) -> String {
    let lang = style.lang;
    let p = Progress::of(objective, today);
    let percent = p.percent().map(|v| format!(" ({v}%)")).unwrap_or_default();
    format!(
        "{}  {}: {}{percent}, {}",
        objective.id,
        printable(&objective.name),
        lang.values(p.baseline, p.latest, p.target, style.ascii),
        lang.deadline(p.deadline, p.days_left),
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
    let mut out = format!("{name} — {today}\n");
    if style.ascii {
        out = out.replace('—', "-");
    }
    if plan.objectives.is_empty() {
        out.push_str(lang.t(T::NoObjectives));
        out.push('\n');
        return out;
    }
    let mut rows: Vec<Row> = plan
        .objectives
        .iter()
        .map(|o| Row::new(o, today, style))
        .collect();
    let header = Row::header(lang, style.ascii);
    let mut widths = column_widths(&header, &rows);
    // The name column gives way first when the line is too wide.
    let total: usize = widths.iter().sum::<usize>() + GAP * (widths.len() - 1);
    let excess = total.saturating_sub(style.width);
    widths[NAME] = widths[NAME].saturating_sub(excess).max(NAME_CELLS_MIN);
    let ellipsis = if style.ascii { "..." } else { "…" };
    for row in &mut rows {
        row.cells[NAME] = truncate(&row.cells[NAME], widths[NAME], ellipsis);
    }
    out.push_str(&header.render(&widths, style, true));
    for row in &rows {
        out.push_str(&row.render(&widths, style, false));
    }
    out
}

/// The cells of one line, plain text, and what colours them.
struct Row {
    cells: [String; 6],
    achieved: bool,
    overdue: bool,
}

impl Row {
    fn header(lang: Lang, ascii: bool) -> Row {
        let values = if ascii {
            T::HeaderValuesAscii
        } else {
            T::HeaderValues
        };
        Row {
            cells: [
                T::HeaderId,
                T::HeaderObjective,
                values,
                T::HeaderProgress,
                T::HeaderDeadline,
                T::HeaderDaysLeft,
            ]
            .map(|t| lang.t(t).to_string()),
            achieved: false,
            overdue: false,
        }
    }

    fn new(objective: &Objective, today: NaiveDate, style: Style) -> Row {
        let lang = style.lang;
        let p = Progress::of(objective, today);
        let ellipsis = if style.ascii { "..." } else { "…" };
        let dash = || "-".to_string();
        Row {
            cells: [
                objective.id.clone(),
                truncate(&printable(&objective.name), NAME_CELLS, ellipsis),
                lang.values(p.baseline, p.latest, p.target, style.ascii),
                p.percent().map_or_else(dash, |v| format!("{v}%")),
                p.deadline.map_or_else(dash, |d| d.to_string()),
                p.days_left.map_or_else(dash, |d| d.to_string()),
            ],
            achieved: p.achieved(),
            overdue: p.days_left.is_some_and(|d| d < 0) && !p.achieved(),
        }
    }

    fn render(&self, widths: &[usize; 6], style: Style, header: bool) -> String {
        let mut line = String::new();
        for (i, cell) in self.cells.iter().enumerate() {
            // Numbers line up on the right; text on the left.
            let right = matches!(i, 3 | 5) && !header;
            let padded = if right {
                pad_left(cell, widths[i])
            } else {
                pad_right(cell, widths[i])
            };
            let sgr = self.colour(i, style, header);
            let _ = write!(
                line,
                "{}{padded}{}{:GAP$}",
                sgr.render(),
                sgr.render_reset(),
                ""
            );
        }
        format!("{}\n", line.trim_end())
    }

    fn colour(&self, column: usize, style: Style, header: bool) -> Sgr {
        if !style.color {
            return Sgr::new();
        }
        match column {
            _ if header => Sgr::new().bold(),
            3 if self.achieved => AnsiColor::Green.on_default().bold(),
            5 if self.overdue => AnsiColor::Red.on_default(),
            _ => Sgr::new(),
        }
    }
}

fn column_widths(header: &Row, rows: &[Row]) -> [usize; 6] {
    let mut widths = [0; 6];
    for row in std::iter::once(header).chain(rows) {
        for (w, cell) in widths.iter_mut().zip(&row.cells) {
            *w = (*w).max(width(cell));
        }
    }
    widths
}
