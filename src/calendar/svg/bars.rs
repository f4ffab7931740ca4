//! A campaign's bar: where its span's columns and its row's lane put it,
//! filled with its channel's pattern for its status, its name inside (cut
//! with "…" when longer than the bar, whole in a `<title>` that shows on
//! hover), arrows where the window cuts it, and at day zoom its posts'
//! marks under it.

use maud::{Markup, html};

use super::legend::{mark_shape, status_key};
use super::{FONT, Frame, ROW_H, at};
use crate::calendar::layout::{Bar, Chart, Row};
use crate::domain::{Plan, Status};
use crate::text::{printable, truncate};

/// The bar's height in its lane, and the room left above it.
const BAR_H: f64 = 13.0;
const BAR_TOP: f64 = 3.0;
/// The posts' marks go under the bar, in the rest of the lane.
const MARKS_Y: f64 = BAR_TOP + BAR_H + (ROW_H - BAR_TOP - BAR_H) / 2.0;

/// Where a bar goes: its row, the row's top, and the prefix of the
/// patterns of its SVG.
#[derive(Clone, Copy)]
pub(super) struct Place<'a> {
    pub row: &'a Row,
    pub y: f64,
    pub prefix: &'a str,
}

pub(super) fn bar(plan: &Plan, chart: &Chart, frame: Frame, place: Place, bar: &Bar) -> Markup {
    let campaign = plan.campaigns.get(bar.index);
    let name = campaign.map(|c| printable(&c.name)).unwrap_or_default();
    let x0 = frame.x(bar.span.first) + 1.0;
    let x1 = frame.x(bar.span.last + 1) - 1.0;
    let w = (x1 - x0).max(1.0);
    let top = place.y + BAR_TOP;
    let fill = format!("url(#{}-{})", place.prefix, status_key(bar.status));
    // Done says so with a tick, cancelled by striking the name out: both
    // read without colour.
    let text = match bar.status {
        Status::Done => format!("✓ {name}"),
        _ => name.clone(),
    };
    let room = Frame::chars(w);
    let shown = (room >= 2).then(|| truncate(&text, room, "…"));
    let columns = chart.timeline.columns();
    let mid = top + BAR_H / 2.0;
    html! {
        g.bar data-campaign=(bar.id(plan)) data-lane=(place.row.lane) data-channel=(place.row.channel)
            data-status=(status_key(bar.status)) {
            title { (name) }
            rect x=(at(x0)) y=(at(top)) width=(at(w)) height=(at(BAR_H)) rx="2"
                fill=(fill) stroke="#333" stroke-width="0.6" {}
            @if bar.span.cut_left {
                path.cut d={ "M" (at(x0)) " " (at(mid)) " l5 -4 v8 z" } fill="#000" {}
            }
            @if bar.span.cut_right {
                path.cut d={ "M" (at(x1)) " " (at(mid)) " l-5 -4 v8 z" } fill="#000" {}
            }
            @if let Some(shown) = shown {
                svg x=(at(x0)) y=(at(top)) width=(at(w)) height=(at(BAR_H)) overflow="hidden" {
                    text.name x=(if bar.span.cut_left { "7" } else { "3" }) y=(at(BAR_H / 2.0 + FONT / 3.0))
                        font-size=(at(FONT - 1.0))
                        text-decoration=[(bar.status == Status::Cancelled).then_some("line-through")] {
                        (shown)
                    }
                }
            }
            @for m in &bar.marks {
                @if let Some(column) = columns.get(m.column) {
                    (mark_shape(m.mark, frame.date_x(m.column, column.first), place.y + MARKS_Y))
                }
            }
        }
    }
}
