//! Aligned columns for the command line: widths in display cells, numbers on
//! the right, colour only when allowed. A table fits its width: the least
//! useful columns are left out first, then the columns that can give way
//! are cut (with `…`), so that the name keeps the room.

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
    /// The columns that give way when the line is too wide, in order, each
    /// with the least it keeps while columns can still be left out.
    pub shrink: Vec<(usize, usize)>,
    /// The columns left out, least useful first, while the line would be
    /// too wide even with the columns that give way at their least.
    pub drop: Vec<usize>,
}

/// The least a column that gives way keeps once no column is left to drop.
const LAST_RESORT: usize = 3;

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
        let shown = self.fit(&mut widths, max);
        // The width of each column shown, and none for those left out.
        let widths: Vec<Option<usize>> = widths
            .iter()
            .zip(&shown)
            .map(|(&w, &show)| show.then_some(w))
            .collect();
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

    /// Leaves columns out and cuts the ones that give way until the line
    /// fits `max`; which columns are shown.
    fn fit(&self, widths: &mut [usize], max: usize) -> Vec<bool> {
        let mut shown = vec![true; widths.len()];
        let total = |widths: &[usize], shown: &[bool]| {
            let columns: Vec<usize> = (0..widths.len()).filter(|&i| shown[i]).collect();
            columns.iter().map(|&i| widths[i]).sum::<usize>()
                + GAP * columns.len().saturating_sub(1)
        };
        let at_least = |widths: &[usize]| {
            let mut least = widths.to_vec();
            for &(column, keep) in &self.shrink {
                if let Some(w) = least.get_mut(column) {
                    *w = (*w).min(keep);
                }
            }
            least
        };
        for &column in &self.drop {
            if total(&at_least(widths), &shown) <= max {
                break;
            }
            if let Some(show) = shown.get_mut(column) {
                *show = false;
            }
        }
        for floor in [None, Some(LAST_RESORT)] {
            for &(column, keep) in &self.shrink {
                let excess = total(widths, &shown).saturating_sub(max);
                let keep = floor.map_or(keep, |f| keep.min(f));
                if let Some(w) = widths.get_mut(column) {
                    *w = (*w).saturating_sub(excess).max(keep.min(*w));
                }
            }
        }
        shown
    }

    fn line(
        &self,
        out: &mut String,
        cells: &[(String, Sgr)],
        widths: &[Option<usize>],
        colour: bool,
        ellipsis: &str,
        header: bool,
    ) {
        let mut line = String::new();
        let cells = cells
            .iter()
            .enumerate()
            .filter_map(|(i, cell)| Some((i, widths.get(i).copied().flatten()?, cell)));
        for (i, width, (text, style)) in cells {
            let text = truncate(text, width, ellipsis);
            let padded = if self.right.contains(&i) && !header {
                pad_left(&text, width)
            } else {
                pad_right(&text, width)
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
