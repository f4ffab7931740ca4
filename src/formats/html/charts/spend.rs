//! A channel's budget against what its campaigns plan to spend and really
//! spent, month by month: three bars a month, the budget as an outline, the
//! planned spend hatched and the real spend solid. The figures are the
//! Markdown report's and the Channels tab's (`budget::monthly_spend`).

use chrono::NaiveDate;
use maud::{Markup, html};

use super::axis::{self, Domain, Scale, px};
use super::{
    Entry, LINE, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, SWATCH, axes, axis_names,
    bottom_tick, frame, legend, notes, value_tick,
};
use crate::domain::budget::{Month, monthly_spend};
use crate::domain::{Channel, Figure, Money, Plan};
use crate::i18n::Lang;
use crate::i18n::charts::{Bar, Chart};
use crate::theme::report_colour;

/// The share of a month's width its three bars take; the rest is the gap
/// between months.
const GROUP_SHARE: f64 = 0.8;
/// At most this many months are named under the axis.
const MOST_LABELS: usize = 12;

/// One month's three amounts.
struct Amounts {
    month: Month,
    first: NaiveDate,
    budget: Money,
    planned: Figure<Money>,
    spent: Figure<Money>,
}

/// The chart of `channel`'s months. Its patterns' ids start with the
/// channel's place in the plan, so that every channel's chart on one page
/// has its own.
pub fn channel_spend(plan: &Plan, channel: &Channel, months: &[NaiveDate], lang: Lang) -> Markup {
    let all = monthly_spend(plan);
    let amounts: Vec<Amounts> = months
        .iter()
        .map(|&first| {
            let month = Month::of(first);
            let found = all
                .iter()
                .find(|s| s.channel == channel.id && s.month == month);
            Amounts {
                month,
                first,
                budget: found.map_or(channel.monthly_budget, |s| s.budget),
                planned: found.map_or(Figure::Value(Money::ZERO), |s| s.planned),
                spent: found.map_or(Figure::Value(Money::ZERO), |s| s.spent),
            }
        })
        .collect();
    let id = pattern_id(plan, channel);
    let currency = &plan.currency;
    let cents = |m: Money| {
        #[allow(clippy::cast_precision_loss)] // a picture's precision
        let cents = m.minor() as f64;
        cents
    };
    let values = Domain::of(
        amounts.iter().flat_map(|a| {
            [Figure::Value(a.budget), a.planned, a.spent]
                .into_iter()
                .filter_map(Figure::value)
                .map(cents)
        }),
        Some(0.0),
        5,
    );
    let ys = Scale::new(values.range(), PLOT_BOTTOM, PLOT_TOP);
    let group = (PLOT_RIGHT - PLOT_LEFT) / axis::count(amounts.len().max(1));
    let bar = group * GROUP_SHARE / 3.0;
    let label_every = amounts.len().div_ceil(MOST_LABELS).max(1);
    let out_of_range = amounts
        .iter()
        .any(|a| a.planned == Figure::OutOfRange || a.spent == Figure::OutOfRange);

    let (legend, below) = legend(&legend_entries(&id, lang), 3);
    let mut lines = Vec::new();
    if amounts.is_empty() {
        lines.push(lang.t(Chart::NoMonths).to_string());
    }
    if out_of_range {
        lines.push(lang.t(Chart::OutOfRangeBar).to_string());
    }
    let (notes, below) = notes(&lines, below, "note");
    let tick = |v: f64| money_tick(v, currency, lang);

    let body = html! {
        defs { (patterns(&id)) }
        @for t in &values.ticks { (value_tick(ys.at(*t), &tick(*t))) }
        @for (i, a) in amounts.iter().enumerate() {
            @let left = PLOT_LEFT + axis::count(i) * group + group * (1.0 - GROUP_SHARE) / 2.0;
            g class="month" data-month=(a.month.to_string()) {
                @for (k, (kind, amount)) in [(Bar::Budget, Figure::Value(a.budget)), (Bar::Planned, a.planned), (Bar::Spent, a.spent)].into_iter().enumerate() {
                    @let top = amount.value().map_or(PLOT_TOP, |m| ys.at(cents(m)));
                    @let said = format!("{}: {}", lang.chart_bar(kind), lang.amount_in(amount, currency));
                    (bar_rect(kind, &id, (left + axis::count(k) * bar, top), bar, &said))
                    @if amount == Figure::OutOfRange {
                        text class="out-of-range" x=(px(left + axis::count(k) * bar + bar / 2.0))
                            y=(px(PLOT_TOP - 4.0)) text-anchor="middle" { "▲" }
                    }
                }
            }
            @if i % label_every == 0 {
                (bottom_tick(PLOT_LEFT + axis::count(i) * group + group / 2.0, &lang.chart_month(a.first)))
            }
        }
        (axes())
        (axis_names(&lang.currency(currency), lang.t(Chart::Month)))
        (legend)
        (notes)
    };
    frame(
        &lang.spend_chart_title(&channel.name),
        below + LINE / 2.0,
        "chart chart-spend",
        &body,
    )
}

/// The prefix of this chart's ids: the channel's place among the plan's
/// channels (one past the last for a channel the plan does not hold).
fn pattern_id(plan: &Plan, channel: &Channel) -> String {
    let place = plan
        .channels
        .iter()
        .position(|c| c.id == channel.id)
        .unwrap_or(plan.channels.len());
    format!("spend{place}")
}

/// The bars' colours: the budget's outline, the planned hatching, the real
/// spend's fill.
fn colour(kind: Bar) -> &'static str {
    match kind {
        Bar::Budget => report_colour(7),
        Bar::Planned => report_colour(4),
        Bar::Spent => report_colour(0),
    }
}

/// The planned spend's hatching, one per chart.
fn patterns(id: &str) -> Markup {
    html! {
        pattern id=(format!("{id}-planned")) patternUnits="userSpaceOnUse" width="6" height="6"
            patternTransform="rotate(45)" {
            rect width="6" height="6" fill="#FFFFFF" {}
            line x1="0" y1="0" x2="0" y2="6" stroke=(colour(Bar::Planned)) stroke-width="3" {}
        }
    }
}

/// How a bar is painted: its class, fill and outline.
fn paint(kind: Bar, id: &str) -> (&'static str, String, &'static str) {
    match kind {
        Bar::Budget => ("bar-budget", "none".to_string(), colour(kind)),
        Bar::Planned => ("bar-planned", format!("url(#{id}-planned)"), colour(kind)),
        Bar::Spent => ("bar-spent", colour(kind).to_string(), report_colour(7)),
    }
}

/// One bar from `top` down to the axis, with its amount as its title.
fn bar_rect(kind: Bar, id: &str, (x, top): (f64, f64), width: f64, title: &str) -> Markup {
    let height = (PLOT_BOTTOM - top).max(0.0);
    let (class, fill, stroke) = paint(kind, id);
    html! {
        rect class=(class) x=(px(x)) y=(px(top)) width=(px(width)) height=(px(height))
            fill=(fill) stroke=(stroke) stroke-width="1.5" {
            title { (title) }
        }
    }
}

/// The legend: each bar's swatch, a square painted as the bars are.
fn legend_entries(id: &str, lang: Lang) -> Vec<Entry> {
    let side = SWATCH / 2.0;
    [Bar::Budget, Bar::Planned, Bar::Spent]
        .into_iter()
        .map(|kind| {
            let (_, fill, stroke) = paint(kind, id);
            Entry {
                swatch: html! {
                    rect class="swatch" x=(px(side / 2.0)) y=(px(-side / 2.0)) width=(px(side))
                        height=(px(side)) fill=(fill) stroke=(stroke) stroke-width="1.5" {}
                },
                label: lang.chart_bar(kind),
            }
        })
        .collect()
}

/// A tick's amount (in cents on the scale): "150.00 EUR", "150,00 €"; out
/// of range past what an amount holds.
fn money_tick(cents: f64, currency: &str, lang: Lang) -> String {
    #[allow(clippy::cast_precision_loss)]
    let fits = cents.abs() < i64::MAX as f64;
    #[allow(clippy::cast_possible_truncation)] // checked just above
    let amount = Figure::checked(fits.then(|| Money::from_minor(cents.round() as i64)));
    lang.amount_in(amount, currency)
}
