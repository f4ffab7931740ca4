//! Posts on the bars at day zoom: a mark on each day with posts, in the
//! middle cell of the day's column, and the campaign's name put between the
//! marks rather than under them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::{Gantt, Geometry};
use crate::calendar::layout::{Bar, Mark, cell_in_column};

/// The posts' marks in the legend, in its order.
pub(crate) const LEGEND_MARKS: [Mark; 3] = [Mark::Planned, Mark::Published, Mark::Overdue];

impl Gantt<'_> {
    /// A post's mark: filled when it went out, hollow while it is to go
    /// out, `!` when overdue. None of them is a bar's fill, a cut arrow,
    /// today's line or the deadline mark, so they read without colour.
    pub(super) fn post_mark(&self, mark: Mark) -> &'static str {
        post_mark(mark, self.theme.ascii)
    }

    /// Where `bar`'s marks go on its row, left to right, for the columns
    /// that fit.
    pub(super) fn marks_x(&self, row: Rect, g: Geometry, bar: &Bar) -> Vec<(u16, Mark)> {
        let timeline = &self.chart.timeline;
        let right = row.x.saturating_add(row.width);
        bar.marks
            .iter()
            .filter(|m| m.column < g.columns)
            .filter_map(|m| {
                let day = timeline.columns().get(m.column)?.first;
                let x = g.column_x(row, m.column)?;
                let x = x.checked_add(cell_in_column(timeline.zoom, day, g.cells))?;
                (x < right).then_some((x, m.mark))
            })
            .collect()
    }

    /// The marks over the bar's fill: in the bar's style, bolder while
    /// there is work to do, in the error style when overdue.
    pub(super) fn render_marks(
        &self,
        y: u16,
        buf: &mut Buffer,
        marks: &[(u16, Mark)],
        fill: Style,
    ) {
        for &(x, mark) in marks {
            let style = match mark {
                Mark::Published => fill,
                Mark::Planned => fill.add_modifier(Modifier::BOLD),
                Mark::Overdue => self.theme.error().add_modifier(Modifier::BOLD),
            };
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_symbol(self.post_mark(mark)).set_style(style);
            }
        }
    }
}

/// A post's mark, Unicode or ASCII: also what a list of posts shows
/// beside each, so the list reads like the chart.
pub fn post_mark(mark: Mark, ascii: bool) -> &'static str {
    let (unicode, in_ascii) = match mark {
        Mark::Published => ("●", "@"),
        Mark::Planned => ("○", "o"),
        Mark::Overdue => ("!", "!"),
    };
    if ascii { in_ascii } else { unicode }
}

/// Where a name `wanted` cells wide goes in the cells from `start` up to
/// `end` (not included) with posts' marks at `marks` (left to right), a
/// cell of fill kept on each side of a mark: the first gap it fits in
/// whole, else the widest (the first of equals). None when no gap has room
/// for three cells.
pub(super) fn name_place(
    start: u16,
    end: u16,
    marks: &[u16],
    wanted: usize,
) -> Option<(u16, usize)> {
    let mut gaps = Vec::new();
    let mut from = start;
    for &mark in marks.iter().filter(|&&m| start <= m && m < end) {
        gaps.push((from, mark.saturating_sub(1)));
        from = mark.saturating_add(2);
    }
    gaps.push((from, end));
    let rooms: Vec<(u16, usize)> = gaps
        .into_iter()
        .filter(|(a, b)| a < b)
        .map(|(a, b)| (a, usize::from(b - a)))
        .collect();
    let whole = rooms.iter().find(|(_, room)| *room >= wanted);
    let widest = || {
        rooms
            .iter()
            .min_by_key(|(_, room)| std::cmp::Reverse(*room))
    };
    whole
        .or_else(widest)
        .copied()
        .filter(|(_, room)| *room >= 3)
}

#[cfg(test)]
mod tests {
    use super::name_place;

    #[test]
    fn without_marks_the_name_takes_the_whole_bar_but_its_last_cell() {
        assert_eq!(name_place(11, 30, &[], 50), Some((11, 19)));
        assert_eq!(name_place(11, 13, &[], 5), None, "two cells: no name");
    }

    #[test]
    fn the_name_goes_between_marks_with_fill_on_each_side() {
        // Marks at 12 and 24: gaps 14..23 (9 cells) and 26..30 (4 cells).
        assert_eq!(name_place(11, 30, &[12, 24], 4), Some((14, 9)));
        // The first gap that holds the whole name.
        assert_eq!(name_place(11, 30, &[20], 5), Some((11, 8)));
        assert_eq!(name_place(11, 40, &[14], 20), Some((16, 24)));
        // Too long for any: the widest, the first of equals.
        assert_eq!(name_place(11, 30, &[20], 12), Some((11, 8)));
        assert_eq!(name_place(11, 30, &[14, 23], 12), Some((16, 6)));
        // Marks every three cells leave no room.
        assert_eq!(name_place(11, 30, &[12, 15, 18, 21, 24, 27], 4), None);
    }
}
