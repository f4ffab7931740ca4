//! A channel's row in the Channels list: kind, fit, budget (with a mark
//! when over it in some month), hours and whether it is active, the columns
//! chosen to fit the width.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::{Channel, ChannelKind, Fit};
use crate::i18n::Lang;
use crate::i18n::channels::Ch;
use crate::text::{pad_left, printable, truncate, width};
use crate::theme::Theme;
use crate::tui::view::Ctx;

/// The columns after the name, and how wide each is.
pub struct Columns {
    pub kind: Option<u16>,
    pub fit: u16,
    pub budget: u16,
    pub hours: u16,
    pub active: u16,
    /// What is left for the name, after the selection pointer.
    pub name: usize,
    /// Whether the budget column has a cell for the over-budget mark.
    pub marks: bool,
}

pub fn cells(text: &str) -> u16 {
    u16::try_from(width(text)).unwrap_or(u16::MAX)
}

impl Columns {
    pub fn new(ranking: &[&Channel], inner_width: u16, marks: bool, lang: Lang) -> Self {
        let widest = |header: Ch, values: &mut dyn Iterator<Item = String>| {
            values
                .map(|v| cells(&v))
                .chain([cells(lang.t(header))])
                .max()
                .unwrap_or(1)
                .min(12)
        };
        let kind = [
            ChannelKind::Social,
            ChannelKind::Owned,
            ChannelKind::Traditional,
            ChannelKind::Pr,
        ]
        .iter()
        .map(|k| cells(lang.channel_kind_short(*k)))
        .chain([cells(lang.t(Ch::ColKind))])
        .max()
        .unwrap_or(1);
        let fit = cells("15/15 5·5·5").max(cells(lang.t(Ch::ColFit)));
        // Room for the over-budget mark after the amounts, if any has one.
        let mark = u16::from(marks);
        let amounts = ranking
            .iter()
            .map(|c| cells(&lang.money(c.monthly_budget)))
            .max()
            .unwrap_or(1)
            .min(12);
        let budget = (amounts + mark).max(cells(lang.t(Ch::ColBudget)));
        let hours = widest(
            Ch::ColHours,
            &mut ranking.iter().map(|c| lang.num(c.weekly_hours)),
        );
        let active = cells(lang.t(Ch::ColActive)).max(3);
        // Column spacing is one cell; the pointer takes two.
        let fixed = |kind: u16| fit + budget + hours + active + kind + 5 + 2;
        let room = |kind: u16| usize::from(inner_width.saturating_sub(fixed(kind)));
        // The kind is the first to go when the name would be too narrow.
        let kind = (room(kind + 1) >= 16).then_some(kind);
        Columns {
            kind,
            fit,
            budget,
            hours,
            active,
            name: room(kind.map_or(0, |k| k + 1)),
            marks,
        }
    }
}

pub fn row(channel: &Channel, columns: &Columns, over: bool, ctx: &Ctx) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let lang = ctx.lang;
    let (name_style, style) = if channel.active {
        (theme.channel(channel.colour), Style::new())
    } else {
        (theme.dim(), theme.dim())
    };
    let name = truncate(&printable(&channel.name), columns.name, theme.ellipsis());
    let mut cells = vec![Line::from(Span::styled(name, name_style))];
    if columns.kind.is_some() {
        cells.push(Line::styled(lang.channel_kind_short(channel.kind), style));
    }
    cells.extend([
        fit_cell(channel.fit, style, theme),
        budget_cell(channel, columns, over, style, ctx),
        Line::styled(
            pad_left(
                &ctx.lang.num(channel.weekly_hours),
                usize::from(columns.hours),
            ),
            style,
        ),
        Line::styled(Theme::checkbox(channel.active), style),
    ]);
    cells
}

/// The monthly budget, right-aligned, then "!" when the channel's
/// campaigns plan more than it in some month.
fn budget_cell(
    channel: &Channel,
    columns: &Columns,
    over: bool,
    style: Style,
    ctx: &Ctx,
) -> Line<'static> {
    let theme = ctx.theme;
    let mark = usize::from(columns.marks);
    let amount = pad_left(
        &ctx.lang.money(channel.monthly_budget),
        usize::from(columns.budget).saturating_sub(mark),
    );
    let mut spans = vec![Span::styled(amount, style)];
    if over {
        spans.push(Span::styled("!", theme.warning()));
    }
    Line::from(spans)
}

/// "12/15 5·4·3": the total, then audience, cost and effort ("?" when not rated).
fn fit_cell(fit: Fit, style: Style, theme: Theme) -> Line<'static> {
    let dot = if theme.ascii { "-" } else { "·" };
    let score = |s: u8| {
        if s == 0 {
            "?".to_string()
        } else {
            s.to_string()
        }
    };
    let parts = [fit.audience, fit.cost, fit.effort].map(score).join(dot);
    let max = 3 * Fit::MAX;
    let breakdown_style = if style == Style::new() {
        theme.dim()
    } else {
        style
    };
    Line::from(vec![
        Span::styled(format!("{:>2}/{max} ", fit.total()), style),
        Span::styled(parts, breakdown_style),
    ])
}

/// "audience 5 · cost 4 · effort 3 (12/15)".
pub fn fit_text(fit: Fit, lang: Lang, theme: Theme) -> String {
    let score = |label: Ch, s: u8| {
        let value = if s == 0 {
            lang.t(Ch::NotRated).to_string()
        } else {
            s.to_string()
        };
        format!("{} {value}", lang.t(label))
    };
    format!(
        "{}{sep}{}{sep}{} ({}/{})",
        score(Ch::Audience, fit.audience),
        score(Ch::Cost, fit.cost),
        score(Ch::Effort, fit.effort),
        fit.total(),
        3 * Fit::MAX,
        sep = theme.separator(),
    )
}
