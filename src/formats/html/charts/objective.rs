//! One objective as a chart: the baseline, the measurements joined by a
//! line, the forecast from the latest value to the deadline (the one
//! `status` gives: `Forecast::of`), the target across, the deadline and
//! today down, and under the legend the verdict as `status` words it and
//! what is missing for a full chart.

use chrono::NaiveDate;
use maud::{Markup, html};

use super::axis::{self, DateTick, Domain, Scale, px};
use super::{
    Entry, LINE, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, SWATCH, axes, axis_names,
    bottom_tick, frame, legend, notes, value_tick,
};
use crate::domain::Objective;
use crate::domain::figure::Figure;
use crate::domain::forecast::Forecast;
use crate::i18n::Lang;
use crate::i18n::charts::{Chart, Series};
use crate::theme::report_colour;

/// How a series is drawn: its colour, its dash pattern (none: solid) and
/// its width. Patterns differ, so that a greyscale print tells them apart.
struct Look {
    colour: &'static str,
    dash: Option<&'static str>,
    width: f64,
}

fn look(series: Series) -> Look {
    let (colour, dash, width) = match series {
        Series::Baseline => (report_colour(1), None, 1.0),
        Series::Measurements => (report_colour(4), None, 2.5),
        Series::Forecast => (report_colour(5), Some("8 5"), 2.0),
        Series::Target => (report_colour(2), Some("2 4"), 2.0),
        Series::Deadline => (report_colour(6), Some("10 4 2 4"), 2.0),
        Series::Today => (report_colour(7), Some("1 2"), 1.0),
    };
    Look {
        colour,
        dash,
        width,
    }
}

/// A line drawn in a series' look.
fn stroke(series: Series, class: &str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> Markup {
    let look = look(series);
    html! {
        line class=(class) x1=(px(x1)) y1=(px(y1)) x2=(px(x2)) y2=(px(y2))
            stroke=(look.colour) stroke-width=(look.width) stroke-dasharray=[look.dash]
            stroke-linecap="round" fill="none" {}
    }
}

/// The measurements' marker: a circle.
fn dot(x: f64, y: f64, class: &str, title: Option<String>) -> Markup {
    html! {
        circle class=(class) cx=(px(x)) cy=(px(y)) r="4" fill=(look(Series::Measurements).colour)
            stroke="#000000" stroke-width="0.5" {
            @if let Some(title) = title { title { (title) } }
        }
    }
}

/// The baseline's marker: a square.
fn square(x: f64, y: f64, class: &str, title: Option<String>) -> Markup {
    html! {
        rect class=(class) x=(px(x - 5.0)) y=(px(y - 5.0)) width="10" height="10"
            fill=(look(Series::Baseline).colour) stroke="#000000" stroke-width="1" {
            @if let Some(title) = title { title { (title) } }
        }
    }
}

/// The forecast's marker at the deadline: a diamond.
fn diamond(x: f64, y: f64, class: &str, title: Option<String>) -> Markup {
    let points = format!(
        "{},{} {},{} {},{} {},{}",
        px(x),
        px(y - 6.0),
        px(x + 6.0),
        px(y),
        px(x),
        px(y + 6.0),
        px(x - 6.0),
        px(y)
    );
    html! {
        polygon class=(class) points=(points) fill="#FFFFFF"
            stroke=(look(Series::Forecast).colour) stroke-width="2" {
            @if let Some(title) = title { title { (title) } }
        }
    }
}

/// The chart of one objective on `today`.
pub fn objective(objective: &Objective, today: NaiveDate, lang: Lang) -> Markup {
    let forecast = Forecast::of(objective, today);
    let progress = forecast.progress;
    let baseline = (objective.baseline.date, objective.baseline.value);
    let mut measured: Vec<(NaiveDate, f64)> = objective
        .measurements
        .iter()
        .filter(|m| m.value.is_finite())
        .map(|m| (m.date, m.value))
        .collect();
    measured.sort_by_key(|m| m.0);
    // The forecast runs from the latest value to what the trend gives at
    // the deadline, when the deadline is still ahead of that value.
    let projected = forecast
        .projected
        .and_then(Figure::value)
        .zip(progress.deadline)
        .filter(|(_, deadline)| *deadline > progress.latest_date)
        .map(|(value, deadline)| (deadline, value));

    let dates = [baseline.0, today]
        .into_iter()
        .chain(measured.iter().map(|m| m.0))
        .chain(progress.deadline);
    let first = dates.clone().min().unwrap_or(today);
    let last = dates.max().unwrap_or(today);
    let last = if last > first {
        last
    } else {
        first.succ_opt().unwrap_or(first)
    };
    let xs = Scale::new((axis::day(first), axis::day(last)), PLOT_LEFT, PLOT_RIGHT);
    let x = |date: NaiveDate| xs.at(axis::day(date));
    let values = Domain::of(
        [baseline.1]
            .into_iter()
            .chain(measured.iter().map(|m| m.1))
            .chain(progress.target)
            .chain(projected.map(|p| p.1)),
        None,
        5,
    );
    let ys = Scale::new(values.range(), PLOT_BOTTOM, PLOT_TOP);
    let point = |(date, value): (NaiveDate, f64)| (x(date), ys.at(value));
    let said =
        |(date, value): (NaiveDate, f64)| format!("{}: {}", lang.date(date), lang.num(value));

    let path: Vec<String> = std::iter::once(baseline)
        .chain(measured.iter().copied())
        .map(point)
        .map(|(x, y)| format!("{},{}", px(x), px(y)))
        .collect();
    let drawn = drawn(&measured, projected.is_some(), objective);
    let (legend, below) = legend(&legend_entries(&drawn, lang), 3);
    let mut lines = vec![lang.chart_verdict(&forecast)];
    lines.extend(missing(objective, &forecast, lang));
    let (notes, below) = notes(&lines, below, "note");

    let body = html! {
        @for tick in &values.ticks { (value_tick(ys.at(*tick), &lang.num(*tick))) }
        @for tick in axis::date_ticks(first, last, 7) {
            (bottom_tick(x(tick.date()), &date_label(tick, lang)))
        }
        (axes())
        (axis_names(&unit(objective), lang.t(Chart::Date)))
        @if let Some(target) = progress.target {
            (stroke(Series::Target, "series-target", (PLOT_LEFT, ys.at(target)), (PLOT_RIGHT, ys.at(target))))
        }
        @if let Some(deadline) = progress.deadline {
            (stroke(Series::Deadline, "series-deadline", (x(deadline), PLOT_TOP), (x(deadline), PLOT_BOTTOM)))
        }
        (stroke(Series::Today, "series-today", (x(today), PLOT_TOP), (x(today), PLOT_BOTTOM)))
        text class="today-label" x=(px(x(today))) y=(px(PLOT_TOP - 4.0)) text-anchor="middle" {
            (lang.chart_series(Series::Today))
        }
        @if path.len() > 1 {
            polyline class="series-measurements" points=(path.join(" ")) fill="none"
                stroke=(look(Series::Measurements).colour) stroke-width=(look(Series::Measurements).width) {}
        }
        @if let Some(end) = projected {
            (stroke(Series::Forecast, "series-forecast", point((progress.latest_date, progress.latest)), point(end)))
            @let (ex, ey) = point(end);
            (diamond(ex, ey, "series-forecast-end", Some(said(end))))
        }
        @let (bx, by) = point(baseline);
        (square(bx, by, "series-baseline", Some(said(baseline))))
        @for m in &measured {
            @let (mx, my) = point(*m);
            (dot(mx, my, "series-measurement", Some(said(*m))))
        }
        (legend)
        (notes)
    };
    frame(
        &lang.objective_chart_title(&objective.name),
        below + LINE / 2.0,
        "chart chart-objective",
        &body,
    )
}

/// What the chart draws, and so what the legend names.
fn drawn(measured: &[(NaiveDate, f64)], forecast: bool, objective: &Objective) -> Vec<Series> {
    [
        (Series::Measurements, !measured.is_empty()),
        (Series::Baseline, true),
        (Series::Forecast, forecast),
        (Series::Target, objective.target.is_some()),
        (Series::Deadline, objective.deadline.is_some()),
        (Series::Today, true),
    ]
    .into_iter()
    .filter_map(|(series, drawn)| drawn.then_some(series))
    .collect()
}

/// The values' axis: the metric, and its unit when that says more.
fn unit(objective: &Objective) -> String {
    if objective.unit.is_empty() || objective.unit == objective.metric {
        objective.metric.clone()
    } else {
        format!("{} ({})", objective.metric, objective.unit)
    }
}

/// The legend draws every series the way the chart does.
fn legend_entries(drawn: &[Series], lang: Lang) -> Vec<Entry> {
    let line = |series: Series| stroke(series, "swatch", (0.0, 0.0), (SWATCH, 0.0));
    let middle = SWATCH / 2.0;
    [
        (
            Series::Measurements,
            html! { (line(Series::Measurements)) (dot(middle, 0.0, "swatch", None)) },
        ),
        (Series::Baseline, square(middle, 0.0, "swatch", None)),
        (
            Series::Forecast,
            html! { (line(Series::Forecast)) (diamond(SWATCH, 0.0, "swatch", None)) },
        ),
        (Series::Target, line(Series::Target)),
        (Series::Deadline, line(Series::Deadline)),
        (Series::Today, line(Series::Today)),
    ]
    .into_iter()
    .filter(|(series, _)| drawn.contains(series))
    .map(|(series, swatch)| Entry {
        swatch,
        label: lang.chart_series(series),
    })
    .collect()
}

/// A date tick's label: "Dec 2026", "dic 2026", or a day "6 Jan 2027".
fn date_label(tick: DateTick, lang: Lang) -> String {
    match tick {
        DateTick::Month(date) => lang.chart_month(date),
        DateTick::Day(date) => lang.short_date(date, i32::MIN).trim_start().to_string(),
    }
}

/// What the chart cannot show, said in words.
fn missing(objective: &Objective, forecast: &Forecast, lang: Lang) -> Vec<String> {
    let mut missing = Vec::new();
    if objective.measurements.is_empty() {
        missing.push(lang.t(Chart::NoMeasurements).to_string());
    }
    if objective.target.is_none() {
        missing.push(lang.t(Chart::NoTarget).to_string());
    }
    if objective.deadline.is_none() {
        missing.push(lang.t(Chart::NoDeadline).to_string());
    }
    if forecast.projected == Some(Figure::OutOfRange) {
        missing.push(lang.t(Chart::NoForecast).to_string());
    }
    missing
}
