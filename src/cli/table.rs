//! Aligned columns for the command line: widths in display cells, numbers on
//! the right, one column that gives way when the line is too wide, colour
//! only when allowed.

use std::fmt::Write as _;

use anstyle::Style as Sgr;

use crate::text::{pad_left, pad_right, truncate, width};

/// Cells between columns.
const GAP: usize = 2;

pub struct Table {
    /// The columns' names; none for rows alone (the agenda puts its own
    /// headings between them).
    pub header: Vec<String>,
    pub rows: Vec<Vec<(String, Sgr)>>,
    /// Columns aligned to the right (numbers).
    pub right: Vec<usize>,
    /// The column cut first when the line is too wide, and the least it keeps.
    pub shrink: Option<(usize, usize)>,
}

impl Table {
    /// The table as lines no wider than `max` (when the shrinking column can
    /// give enough), with colour when `colour`.
    pub fn render(&self, max: usize, colour: bool, ellipsis: &str) -> String {
        let row_cells = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let columns = self.header.len().max(row_cells);
        let mut widths = vec![0; columns];
        for (i, h) in self.header.iter().enumerate() {
            widths[i] = width(h);
        }
        for row in &self.rows {
            for (i, (cell, _)) in row.iter().enumerate().take(columns) {
                widths[i] = widths[i].max(width(cell));
            }
        }
        if let Some((column, least)) = self.shrink {
            let total: usize = widths.iter().sum::<usize>() + GAP * columns.saturating_sub(1);
            let excess = total.saturating_sub(max);
            widths[column] = widths[column].saturating_sub(excess).max(least);
        }
        let mut out = String::new();
        let header: Vec<(String, Sgr)> = self
            .header
            .iter()
            .map(|h| (h.clone(), Sgr::new().bold()))
            .collect();
        if !header.is_empty() {
            self.line(&mut out, &header, &widths, colour, ellipsis, true);
        }
        for row in &self.rows {
            self.line(&mut out, row, &widths, colour, ellipsis, false);
        }
        out
    }

    fn line(
        &self,
        out: &mut String,
        cells: &[(String, Sgr)],
        widths: &[usize],
        colour: bool,
        ellipsis: &str,
        header: bool,
    ) {
        let mut line = String::new();
        for (i, (text, style)) in cells.iter().enumerate() {
            let text = truncate(text, widths[i], ellipsis);
            let padded = if self.right.contains(&i) && !header {
                pad_left(&text, widths[i])
            } else {
                pad_right(&text, widths[i])
            };
            let style = if colour { *style } else { Sgr::new() };
            let _ = write!(
                line,
                "{}{padded}{}{:GAP$}",
                style.render(),
                style.render_reset(),
                ""
            );
        }
        // Trailing padding (and resets) at the end of the line go.
        let _ = writeln!(out, "{}", line.trim_end());
    }
}
