//! An objective's row in the Objectives list: its id, name, progress bar,
//! values and deadline, the columns that cost most given up first when the
//! list is narrow.

use ratatui::layout::Constraint;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::progress::Progress;
use crate::domain::{Figure, Objective};
use crate::text::{printable, width};
use crate::tui::view::Ctx;
use crate::tui::widgets::gauge;

/// The list's columns, by what they cost.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Name,
    Progress,
    Values,
    Deadline,
}

/// Which columns the list shows at its width, and how wide.
pub struct Columns {
    id: u16,
    shown: Vec<Column>,
}

/// Names keep at least this many cells before other columns give way.
const NAME_MIN: usize = 20;
const PROGRESS: u16 = 15;
const VALUES: u16 = 15;
const DEADLINE: u16 = 10;

impl Columns {
    /// All columns if they fit with a readable name; otherwise the values
    /// (also in the detail pane), then the deadline, then the id give way.
    pub fn fitting(objectives: &[Objective], room: usize) -> Columns {
        // Ids are short: what the longest needs, plus the pointer.
        let id = objectives
            .iter()
            .map(|o| width(&o.id))
            .max()
            .unwrap_or(2)
            .clamp(2, 20)
            + 2;
        let id = u16::try_from(id).unwrap_or(22);
        let mut shown = vec![
            Column::Id,
            Column::Name,
            Column::Progress,
            Column::Values,
            Column::Deadline,
        ];
        let columns = |shown: &[Column]| Columns {
            id,
            shown: shown.to_vec(),
        };
        for drop in [Column::Values, Column::Deadline, Column::Id] {
            if columns(&shown).fixed() + NAME_MIN <= room {
                break;
            }
            shown.retain(|c| *c != drop);
        }
        columns(&shown)
    }

    pub fn shows(&self, column: Column) -> bool {
        self.shown.contains(&column)
    }

    fn width(&self, column: Column) -> u16 {
        match column {
            Column::Id => self.id,
            Column::Name => 0,
            Column::Progress => PROGRESS,
            Column::Values => VALUES,
            Column::Deadline => DEADLINE,
        }
    }

    /// Cells taken by everything but the name, spacing included.
    fn fixed(&self) -> usize {
        let cells: u16 = self.shown.iter().map(|c| self.width(*c)).sum();
        usize::from(cells) + self.shown.len() - 1
    }

    pub fn widths(&self) -> Vec<Constraint> {
        self.shown
            .iter()
            .map(|c| match c {
                Column::Name => Constraint::Fill(1),
                other => Constraint::Length(self.width(*other)),
            })
            .collect()
    }
}

pub fn row(objective: &Objective, ctx: &Ctx, columns: &Columns) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let p = Progress::of(objective, ctx.today);
    let style = theme.progress(&p, objective.active);
    let bar = progress_cell(&p, style, ctx);
    let target = p
        .target
        .map_or_else(|| "-".to_string(), |n| ctx.lang.num(n));
    let deadline = objective
        .deadline
        .map(|d| ctx.lang.date(d))
        .unwrap_or_default();
    columns
        .shown
        .iter()
        .map(|column| match column {
            Column::Id => Line::raw(objective.id.clone()),
            Column::Name => Line::raw(printable(&objective.name)),
            Column::Progress => Line::from(bar.clone()),
            Column::Values => Line::raw(format!("{} / {target}", ctx.lang.num(p.latest))),
            Column::Deadline => Line::raw(deadline.clone()),
        })
        .collect()
}

/// A bar and the percent. When the percent is out of range, or too long
/// to leave room for the bar, the words alone: a bar of it would be a wrong
/// picture.
fn progress_cell(p: &Progress, style: Style, ctx: &Ctx) -> Vec<Span<'static>> {
    // Cells for the percent beside the bar: "  63%", "1000%"; "1000 %"
    // in Spanish, which fits the column's spare cell.
    let cells = width(&ctx.lang.percent_sign(1000));
    let percent = ctx.lang.percent(p.percent());
    match p.fraction {
        Some(Figure::Value(fraction)) if width(&percent) <= cells => {
            let mut bar = gauge::bar(fraction, 9, style, ctx.theme);
            bar.push(Span::styled(format!("{percent:>cells$}"), style));
            bar
        }
        Some(_) => vec![Span::styled(percent, style)],
        None => {
            let mut bar = gauge::bar(0.0, 9, style, ctx.theme);
            bar.push(Span::styled("  -".to_string(), style));
            bar
        }
    }
}
