//! A channel's spend month by month, as its details show it: what its
//! campaigns plan and, once entries are recorded, what they really spent
//! ("spent/planned"), against its monthly budget. A plan without entries
//! shows planned spend alone, as it always did.

use chrono::{Datelike, NaiveDate};
use ratatui::text::{Line, Span};

use crate::domain::budget::{Month, MonthSpend};
use crate::domain::{Figure, Money};
use crate::i18n::channels::Ch;
use crate::text::{pad_left, pad_right, width};
use crate::tui::view::Ctx;

/// The months of a channel's spend worth showing: those over its budget
/// (planned or spent) before this month, then every month from this one on
/// with something planned or spent.
pub fn spend_months<'a>(
    spend: &'a [MonthSpend],
    channel: &str,
    today: NaiveDate,
) -> Vec<&'a MonthSpend> {
    let this = Month::of(today);
    let zero = Figure::Value(Money::ZERO);
    spend
        .iter()
        .filter(|s| s.channel == channel)
        .filter(|s| over(s) || (s.month >= this && (s.planned != zero || s.spent != zero)))
        .collect()
}

fn over(spend: &MonthSpend) -> bool {
    spend.over_budget() || spend.overspent()
}

fn has_spent(spend: &MonthSpend) -> bool {
    spend.spent != Figure::Value(Money::ZERO)
}

/// "98.12" planned, or "120.00/98.12" once something was spent.
fn amounts(spend: &MonthSpend, ctx: &Ctx) -> String {
    let planned = ctx.lang.amount(spend.planned);
    if has_spent(spend) {
        format!("{}/{planned}", ctx.lang.amount(spend.spent))
    } else {
        planned
    }
}

/// The label: "Planned spend", or "Spent/planned" when a month shown has
/// real spend.
fn label(spend: &[&MonthSpend], ctx: &Ctx) -> &'static str {
    if spend.iter().any(|s| has_spent(s)) {
        ctx.lang.t(Ch::SpentPlanned)
    } else {
        ctx.lang.t(Ch::Planned)
    }
}

/// A month's spend: "Feb 98.12", or "Jan 120.00/98.12 over" in the warning
/// style when planned or spent is over the channel's budget.
fn month_spans(spend: &MonthSpend, ctx: &Ctx) -> Vec<Span<'static>> {
    let month = ctx.lang.spend_month(spend.month, ctx.today.year());
    if over(spend) {
        let warning = ctx.theme.warning();
        vec![
            Span::raw(format!("{month} ")),
            Span::styled(over_budget(spend, ctx), warning),
        ]
    } else {
        vec![Span::raw(format!("{month} {}", amounts(spend, ctx)))]
    }
}

/// "304.39 over"; a sum out of range says only that (it is over any budget).
fn over_budget(spend: &MonthSpend, ctx: &Ctx) -> String {
    let amounts = amounts(spend, ctx);
    match (spend.planned, spend.spent) {
        (Figure::Value(_), Figure::Value(_)) => format!("{amounts} {}", ctx.lang.t(Ch::Over)),
        _ => amounts,
    }
}

/// "Planned spend: Jan 304.39 over · Feb 98.12 · Mar 61.78" on one line,
/// cut to `room` cells between months.
pub(super) fn planned_line(spend: &[&MonthSpend], ctx: &Ctx, room: usize) -> Line<'static> {
    let theme = ctx.theme;
    let label = format!("{}: ", label(spend, ctx));
    let mut spans = vec![Span::styled(label.clone(), theme.dim())];
    if spend.is_empty() {
        spans.push(Span::styled(ctx.lang.t(Ch::NothingPlanned), theme.dim()));
        return Line::from(spans);
    }
    let separator = theme.separator();
    let ellipsis = theme.ellipsis();
    let mut used = width(&label);
    for (i, month) in spend.iter().enumerate() {
        let item = month_spans(month, ctx);
        let cells: usize = item.iter().map(|s| width(&s.content)).sum();
        let gap = if i == 0 { 0 } else { width(separator) };
        // The last month needs no room for the ellipsis after it.
        let after = if i + 1 < spend.len() {
            width(separator) + width(ellipsis)
        } else {
            0
        };
        if used + gap + cells + after > room && i > 0 {
            spans.push(Span::styled(format!("{separator}{ellipsis}"), theme.dim()));
            break;
        }
        if i > 0 {
            spans.push(Span::styled(separator, theme.dim()));
        }
        used += gap + cells;
        spans.extend(item);
    }
    Line::from(spans)
}

/// The spend one month a line, under its label (for a tall pane).
pub(super) fn planned_lines(spend: &[&MonthSpend], ctx: &Ctx) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let label = format!("{} ({}):", label(spend, ctx), ctx.plan.currency);
    if spend.is_empty() {
        return vec![Line::from(vec![
            Span::styled(format!("{label} "), theme.dim()),
            Span::styled(ctx.lang.t(Ch::NothingPlanned), theme.dim()),
        ])];
    }
    let year = ctx.today.year();
    let months: Vec<String> = spend
        .iter()
        .map(|s| ctx.lang.spend_month(s.month, year))
        .collect();
    let month_width = months.iter().map(|m| width(m)).max().unwrap_or(0);
    let amount_width = spend
        .iter()
        .map(|s| width(&amounts(s, ctx)))
        .max()
        .unwrap_or(0);
    let mut lines = vec![Line::styled(label, theme.dim())];
    lines.extend(spend.iter().zip(months).map(|(s, month)| {
        let amount = pad_left(&amounts(s, ctx), amount_width);
        let mut spans = vec![Span::raw(format!(
            "  {} {}  ",
            theme.bullet(),
            pad_right(&month, month_width),
        ))];
        if over(s) {
            let text = match (s.planned, s.spent) {
                (Figure::Value(_), Figure::Value(_)) => {
                    format!("{amount} {}", ctx.lang.t(Ch::Over))
                }
                // Over any budget, and said to be out of range already.
                _ => amount,
            };
            spans.push(Span::styled(text, theme.warning()));
        } else {
            spans.push(Span::raw(amount));
        }
        Line::from(spans)
    }));
    lines
}
