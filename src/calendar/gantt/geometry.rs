//! How wide the chart's parts are. The channel names get a column sized to
//! the longest name, up to a third of the width. The time columns are at
//! least as wide as their header labels need, and a wide terminal makes
//! them wider rather than adding empty months: by default the chart shows
//! about the span a person plans in (three months at week zoom).

use ratatui::layout::Rect;

use crate::calendar::timeline::Zoom;
use crate::domain::Plan;

/// The narrowest the channel names' column gets while the width allows.
const LABEL_MIN: usize = 8;

/// A column is at most this many times its narrowest: past it, a wider
/// terminal shows more time rather than ever wider columns.
const MAX_STRETCH: u16 = 4;

/// The widths of one chart's parts, in cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// The channel names' column, its last cell a space.
    pub label: u16,
    /// One time column.
    pub cells: u16,
    /// How many time columns are drawn.
    pub columns: usize,
}

/// The columns a default window shows on a wide terminal: four weeks of
/// days, about three months of weeks, a year of months.
fn span(zoom: Zoom) -> u16 {
    match zoom {
        Zoom::Day => 28,
        Zoom::Week => 13,
        Zoom::Month => 12,
    }
}

impl Geometry {
    /// The default window in `width` cells: as many columns as fit at the
    /// narrowest, or about the zoom's span in wider columns.
    pub fn fit(plan: &Plan, zoom: Zoom, width: u16) -> Geometry {
        Geometry::fit_names(longest_name(plan), zoom, width)
    }

    fn fit_names(longest: usize, zoom: Zoom, width: u16) -> Geometry {
        let label = label_width(longest, width);
        let room = width.saturating_sub(label);
        let narrowest = zoom.cells();
        let span = span(zoom);
        // Up to half as much again as the span, the narrowest columns do
        // (80 columns show 17 weeks); past that the span gets the room.
        let cells = if room / narrowest <= span + span / 2 {
            narrowest
        } else {
            (room / span).clamp(narrowest, narrowest * MAX_STRETCH)
        };
        Geometry {
            label,
            cells,
            columns: usize::from(room / cells),
        }
    }

    /// The most columns the default window can have in `width` cells,
    /// whatever the channels' names: every column at its narrowest beside
    /// the narrowest label. (More room may widen the columns, and so show
    /// fewer of them; never more.)
    pub fn most_columns(zoom: Zoom, width: u16) -> usize {
        usize::from(width.saturating_sub(label_width(0, width)) / zoom.cells())
    }

    /// A chart of `count` columns in `width` cells: columns as wide as the
    /// default window's at this width, so that a chart's look depends on
    /// the width alone, and as many as fit.
    pub fn of(plan: &Plan, zoom: Zoom, width: u16, count: usize) -> Geometry {
        Geometry::of_names(longest_name(plan), zoom, width, count)
    }

    fn of_names(longest: usize, zoom: Zoom, width: u16, count: usize) -> Geometry {
        let fit = Geometry::fit_names(longest, zoom, width);
        Geometry {
            columns: count.min(fit.columns),
            ..fit
        }
    }

    /// Where column `column` starts in `area`.
    pub fn column_x(self, area: Rect, column: usize) -> Option<u16> {
        let offset = u16::try_from(column).ok()?.checked_mul(self.cells)?;
        area.x.checked_add(self.label)?.checked_add(offset)
    }

    /// The cells the label and the columns take.
    pub fn width(self) -> u16 {
        let columns = u16::try_from(self.columns).unwrap_or(u16::MAX);
        self.label
            .saturating_add(columns.saturating_mul(self.cells))
    }
}

fn longest_name(plan: &Plan) -> usize {
    plan.channels
        .iter()
        .map(|c| crate::text::width(&c.name))
        .max()
        .unwrap_or(0)
}

/// The label column: as wide as the longest channel name, up to a third of
/// the width.
fn label_width(longest: usize, width: u16) -> u16 {
    let wanted = longest.max(LABEL_MIN) + 1;
    u16::try_from(wanted)
        .unwrap_or(u16::MAX)
        .min(width / 3)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Instagram": the longest channel name, 9 cells.
    const INSTAGRAM: usize = 9;

    /// The bound a read of the default window's campaigns relies on.
    #[test]
    fn no_channel_name_gives_more_columns_than_the_most() {
        for zoom in [Zoom::Day, Zoom::Week, Zoom::Month] {
            for width in 1..=400 {
                let most = Geometry::most_columns(zoom, width);
                for longest in 0..60 {
                    let fit = Geometry::fit_names(longest, zoom, width).columns;
                    assert!(fit <= most, "{zoom:?} {width} {longest}: {fit} > {most}");
                }
            }
        }
    }

    #[test]
    fn at_80_columns_the_columns_are_their_narrowest() {
        let g = Geometry::fit_names(INSTAGRAM, Zoom::Week, 80);
        assert_eq!((g.label, g.cells, g.columns), (10, 4, 17));
    }

    #[test]
    fn a_wide_terminal_widens_the_columns_and_the_names() {
        let long = 39;
        let g = Geometry::fit_names(long, Zoom::Week, 200);
        // The name whole (39 cells and a space), within a third of 200.
        assert_eq!(g.label, 40);
        // 160 cells share out among about 13 weeks: 12 cells each.
        assert_eq!((g.cells, g.columns), (12, 13));
        let g = Geometry::fit_names(long, Zoom::Week, 90);
        assert_eq!(g.label, 30, "a third of the width at most");
    }

    #[test]
    fn a_very_wide_terminal_shows_more_time_past_the_stretch() {
        let g = Geometry::fit_names(4, Zoom::Month, 400);
        assert_eq!(g.cells, 5 * MAX_STRETCH);
        assert_eq!(g.columns, usize::from((400 - 9) / g.cells));
    }

    #[test]
    fn a_window_of_the_default_size_keeps_its_columns_and_cells() {
        for width in [60, 80, 120, 200, 333] {
            for zoom in [Zoom::Day, Zoom::Week, Zoom::Month] {
                let fit = Geometry::fit_names(INSTAGRAM, zoom, width);
                let of = Geometry::of_names(INSTAGRAM, zoom, width, fit.columns);
                assert_eq!(of.columns, fit.columns, "{zoom:?} at {width}");
                assert!(of.width() <= width, "{zoom:?} at {width}");
            }
        }
    }
}
