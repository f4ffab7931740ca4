//! The time header on top of every SVG: months and years on the first
//! line, days, ISO weeks or months on the second, with the same labels the
//! terminal's header shows (`gantt::month_labels`, `gantt::column_label`).
//! Where the columns are too narrow for every label, every few columns
//! get one (at day zoom, the Mondays).

use chrono::{Datelike, Weekday};
use maud::{Markup, html};

use super::{CHAR_W, FONT, Frame, HEADER_H, LINE_H, WIDTH, at, float, whole};
use crate::calendar::gantt::{column_label, month_labels, month_starts};
use crate::calendar::layout::Chart;
use crate::calendar::timeline::Zoom;
use crate::i18n::Lang;
use crate::text::width;

/// Which columns get a label on the second line: all when they have room,
/// else every `step`-th (at day zoom the Mondays, when a week is few
/// enough).
fn labelled(chart: &Chart, frame: Frame, lang: Lang) -> impl Fn(usize) -> bool {
    let widest = chart
        .timeline
        .columns()
        .iter()
        .map(|c| width(&column_label(lang, frame.zoom, *c)))
        .max()
        .unwrap_or(1);
    let needed = float(widest + 1) * CHAR_W;
    let step = (needed / frame.column_w).ceil().max(1.0);
    let step = whole(step).max(1);
    let mondays = frame.zoom == Zoom::Day && (2..=7).contains(&step);
    let firsts: Vec<bool> = chart
        .timeline
        .columns()
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if mondays {
                c.first.weekday() == Weekday::Mon
            } else {
                i % step == 0
            }
        })
        .collect();
    move |i| firsts.get(i).copied().unwrap_or(false)
}

/// The two header lines, and the month lines down to `height`.
pub(super) fn header(chart: &Chart, frame: Frame, lang: Lang, height: f64) -> Markup {
    let columns = chart.timeline.columns();
    let starts = month_starts(frame.zoom, columns);
    let room = |k: usize| {
        let x = frame.x(starts[k]);
        let end = starts.get(k + 1).map_or(WIDTH, |&next| frame.x(next));
        super::Frame::chars(end - x)
    };
    let months = month_labels(lang, frame.zoom, columns, room);
    let shown = labelled(chart, frame, lang);
    let y1 = LINE_H - 4.0;
    let y2 = HEADER_H - 4.0;
    html! {
        g.header font-size=(at(FONT)) {
            @for &i in &starts {
                line x1=(at(frame.x(i))) x2=(at(frame.x(i))) y1="0" y2=(at(height)) stroke="#bbb" stroke-width="0.6" {}
            }
            @for (i, text) in &months {
                text.month x=(at(frame.x(*i) + 2.0)) y=(at(y1)) font-weight="bold" { (text) }
            }
            @for (i, column) in columns.iter().enumerate() {
                @let today = column.contains(chart.today);
                @let label = column_label(lang, frame.zoom, *column);
                @let fits = frame.x(i) + 1.0 + float(width(label.trim_start())) * CHAR_W <= WIDTH;
                @if fits && (today || shown(i)) {
                    text.column x=(at(frame.x(i) + 1.0)) y=(at(y2)) fill=(if today { "#000" } else { "#555" })
                        font-weight=[today.then_some("bold")] text-decoration=[today.then_some("underline")] {
                        (label.trim_start())
                    }
                }
            }
            line x1="0" x2=(at(WIDTH)) y1=(at(HEADER_H)) y2=(at(HEADER_H)) stroke="#888" stroke-width="0.8" {}
        }
    }
}
