//! Moving the Calendar's window in time: ←/→ by a step (a week at day
//! zoom), PgUp/PgDn by a screen, `+`/`-` to another zoom around what
//! matters, and scrolling just enough to show the selected campaign. Only
//! the first day shown (`from`) and the zoom change here.

use super::CalendarTab;
use crate::calendar::timeline::{Zoom, monday};
use crate::domain::Campaign;
use crate::tui::view::Ctx;

/// Columns one step of ←/→ moves: a week at day zoom.
pub(super) fn step(zoom: Zoom) -> i64 {
    if zoom == Zoom::Day { 7 } else { 1 }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl CalendarTab {
    /// Moves the window by `columns` (negative: earlier).
    pub(super) fn move_by(&mut self, ctx: &Ctx, columns: i64) {
        self.from = Some(self.zoom.shift(self.from(ctx), columns));
    }

    /// A screen of columns; whole weeks at day zoom.
    pub(super) fn page(&self, ctx: &Ctx) -> i64 {
        let columns = count(self.columns(ctx));
        match self.zoom {
            Zoom::Day => (columns / 7 * 7).max(7),
            Zoom::Week | Zoom::Month => columns,
        }
    }

    /// Another zoom, keeping in view the selected campaign if it shows (its
    /// day nearest today), or else today if it shows (either in the second
    /// column, as `t` does), or else the middle of the window (in the
    /// middle).
    pub(super) fn zoom_to(&mut self, ctx: &Ctx, zoom: Zoom) {
        if zoom == self.zoom {
            return;
        }
        let chart = self.chart(ctx, self.columns(ctx));
        let (Some(first), Some(last)) = (chart.timeline.first_day(), chart.timeline.last_day())
        else {
            self.zoom = zoom;
            return;
        };
        let selected = self
            .current(ctx, &chart)
            .filter(|c| chart.find(ctx.plan, &c.id).is_some());
        let anchor = match selected {
            Some(c) => Some(ctx.today.max(c.start.max(first)).min(c.end.min(last))),
            None if first <= ctx.today && ctx.today <= last => Some(ctx.today),
            None => None,
        };
        self.zoom = zoom;
        let columns = self.columns(ctx);
        let from = anchor.map_or_else(
            || {
                let middle = first + (last - first) / 2;
                let from = zoom.shift(middle, -count(columns / 2));
                if zoom == Zoom::Day {
                    monday(from)
                } else {
                    from
                }
            },
            |date| zoom.near(date, columns),
        );
        self.from = Some(from);
    }

    /// Scrolls time when `campaign` is out of view, as little as needed
    /// to show all of it a column from the edge; one too long for that
    /// shows from its start. When part of it shows already (cut by an
    /// edge), the view stays. At day zoom the view moves by whole weeks.
    pub(super) fn follow(&mut self, ctx: &Ctx, campaign: &Campaign) {
        let columns = count(self.columns(ctx));
        let from = self.from(ctx);
        let start = self.zoom.periods(from, campaign.start);
        let end = self.zoom.periods(from, campaign.end);
        if end >= 0 && start < columns {
            return;
        }
        let margin = i64::from(columns > 2);
        if end - start + 1 > columns - 2 * margin {
            self.from = Some(self.zoom.near(campaign.start, self.columns(ctx)));
            return;
        }
        let step = step(self.zoom);
        let mut shift = if start < 0 {
            -((margin - start + step - 1) / step * step)
        } else {
            (end - (columns - 1 - margin) + step - 1) / step * step
        };
        // Rounded to a week, the start must not leave on the left.
        if shift > 0 && start - shift < 0 {
            shift -= step;
        }
        if shift != 0 {
            self.move_by(ctx, shift);
        }
    }
}
