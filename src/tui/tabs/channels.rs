//! Tab 3, Channels: step 3 of the method, choosing the channels carefully.
//! The channels ranked by fit, with what they cost in money and hours; `a`
//! adds one from the common presets (or a custom one), `e`/Enter edits, `d`
//! deletes one nothing uses. The detail shows what the channel's campaigns
//! plan to spend each month against its monthly budget; the list marks the
//! channels over budget in some month.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{ListView, confirm, detail, edit_or_delete, empty, field, split};
use crate::domain::budget::{Month, MonthSpend, monthly_spend};
use crate::domain::presets::{PRESETS, Preset};
use crate::domain::validate::{self, unique_id};
use crate::domain::{
    Channel, ChannelKind, Colour, Edit, EditError, Field, Figure, Fit, Item, Kind, Money, Plan,
};
use crate::i18n::Lang;
use crate::i18n::channels::Ch;
use crate::i18n::number;
use crate::i18n::ui::Ui;
use crate::text::{editable_number, pad_left, pad_right, printable, truncate, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::overlay::{Overlay, Pick, Purpose};
use crate::tui::view::{Change, Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

/// The kinds in the order the form offers them.
const KINDS: [ChannelKind; 4] = [
    ChannelKind::Social,
    ChannelKind::Owned,
    ChannelKind::Traditional,
    ChannelKind::Pr,
];

#[derive(Debug, Default)]
pub struct ChannelsTab {
    /// The selection, as an index into the ranking.
    scroll: Scroll,
    /// The selected channel's id: the selection follows the channel when
    /// the ranking changes (an edit, an undo, another session).
    current: Option<String>,
    /// The presets the last pick list offered, in its order; the entry
    /// after them is "Custom…".
    offered: Vec<Preset>,
    /// Planned spend per channel and month, worked out when the plan
    /// changes (drawing only reads it).
    spend: Vec<MonthSpend>,
    /// The channels over their budget in some month.
    over: BTreeSet<String>,
}

/// The channels, best fit first; equal fits by name.
pub fn ranked(plan: &Plan) -> Vec<&Channel> {
    let mut channels: Vec<&Channel> = plan.channels.iter().collect();
    channels.sort_by(|a, b| {
        b.fit
            .total()
            .cmp(&a.fit.total())
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
    channels
}

/// The presets the plan does not have yet (by id or by name).
fn available(plan: &Plan) -> Vec<Preset> {
    PRESETS
        .iter()
        .copied()
        .filter(|p| {
            !plan
                .channels
                .iter()
                .any(|c| c.id == p.id || p.is_named(&c.name))
        })
        .collect()
}

impl ChannelsTab {
    /// Step one of adding: which preset to start from.
    fn add(&mut self, ctx: &Ctx) -> Effect {
        let lang = ctx.lang;
        self.offered = available(ctx.plan);
        if self.offered.is_empty() {
            return Effect::Open(Overlay::Form(channel_form(ctx, None, None)));
        }
        let spanish = lang == Lang::Es;
        let name_width = self
            .offered
            .iter()
            .map(|p| width(p.name(spanish)))
            .max()
            .unwrap_or(0);
        let mut options: Vec<String> = self
            .offered
            .iter()
            .map(|p| {
                format!(
                    "{}  {}",
                    pad_right(p.name(spanish), name_width),
                    lang.channel_kind_name(p.kind)
                )
            })
            .collect();
        options.push(lang.t(Ch::Custom).replace('…', ctx.theme.ellipsis()));
        Effect::Open(Overlay::Pick(Pick::new(
            lang.t(Ch::PickTitle),
            options,
            Purpose::ChannelPreset,
        )))
    }

    /// The preset a new channel starts from was chosen.
    pub fn preset_picked(&mut self, index: usize, ctx: &Ctx) -> Effect {
        let preset = self.offered.get(index).copied();
        Effect::Open(Overlay::Form(channel_form(ctx, None, preset)))
    }
}

impl View for ChannelsTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let ranking = ranked(ctx.plan);
        if self.scroll.apply(action, ranking.len()) {
            self.current = ranking.get(self.scroll.selected).map(|c| c.id.clone());
            return Effect::Nothing;
        }
        if action == Action::Add {
            return self.add(ctx);
        }
        edit_or_delete(
            action,
            ranking.get(self.scroll.selected).copied(),
            ctx,
            |c| Effect::Open(Overlay::Form(channel_form(ctx, Some(c), None))),
            |c| delete(ctx, c),
        )
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if ctx.plan.channels.is_empty() {
            empty(area, buf, lang.t(Ch::Title), lang.t(Ch::Empty), theme);
            return;
        }
        let ranking = ranked(ctx.plan);
        let (list, pane) = split(area);
        render_list(&ranking, &self.scroll, &self.over, list, buf, ctx);
        render_totals(ctx, list, buf);
        if let Some(channel) = ranking.get(self.scroll.selected) {
            let compact = pane.height < 14;
            let room = usize::from(pane.width.saturating_sub(2));
            let rows = usize::from(pane.height.saturating_sub(2));
            let spend = spend_months(&self.spend, &channel.id, ctx.today);
            let mut lines = detail_lines(channel, &spend, ctx, compact, room);
            if compact && wrapped_rows(&lines, room) > rows {
                condense(&mut lines, channel, ctx);
            }
            detail(pane, buf, &channel.name, lines, theme);
        }
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        let ranking = ranked(ctx.plan);
        let wanted = focus.or(self.current.as_deref());
        if let Some(i) = wanted.and_then(|id| ranking.iter().position(|c| c.id == id)) {
            self.scroll.select(i);
        }
        self.scroll.clamp(ranking.len());
        self.current = ranking.get(self.scroll.selected).map(|c| c.id.clone());
        self.spend = monthly_spend(ctx.plan);
        self.over = self
            .spend
            .iter()
            .filter(|s| s.over_budget())
            .map(|s| s.channel.clone())
            .collect();
    }
}

/// The columns after the name, and how wide each is.
struct Columns {
    kind: Option<u16>,
    fit: u16,
    budget: u16,
    hours: u16,
    active: u16,
    /// What is left for the name, after the selection pointer.
    name: usize,
    /// Whether the budget column has a cell for the over-budget mark.
    marks: bool,
}

fn cells(text: &str) -> u16 {
    u16::try_from(width(text)).unwrap_or(u16::MAX)
}

impl Columns {
    fn new(ranking: &[&Channel], inner_width: u16, marks: bool, lang: Lang) -> Self {
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
            .map(|c| cells(&c.monthly_budget.to_string()))
            .max()
            .unwrap_or(1)
            .min(12);
        let budget = (amounts + mark).max(cells(lang.t(Ch::ColBudget)));
        let hours = widest(
            Ch::ColHours,
            &mut ranking.iter().map(|c| number(c.weekly_hours)),
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

fn render_list(
    ranking: &[&Channel],
    scroll: &Scroll,
    over: &BTreeSet<String>,
    area: Rect,
    buf: &mut Buffer,
    ctx: &Ctx,
) {
    let lang = ctx.lang;
    let columns = Columns::new(
        ranking,
        area.width.saturating_sub(2),
        !over.is_empty(),
        lang,
    );
    let mut header = vec![lang.t(Ch::ColName)];
    let mut widths = vec![Constraint::Fill(1)];
    if let Some(kind) = columns.kind {
        header.push(lang.t(Ch::ColKind));
        widths.push(Constraint::Length(kind));
    }
    header.extend([
        lang.t(Ch::ColFit),
        lang.t(Ch::ColBudget),
        lang.t(Ch::ColHours),
        lang.t(Ch::ColActive),
    ]);
    widths.extend([
        Constraint::Length(columns.fit),
        Constraint::Length(columns.budget),
        Constraint::Length(columns.hours),
        Constraint::Length(columns.active),
    ]);
    let view = ListView {
        title: format!("{} ({})", lang.t(Ch::Title), ranking.len()),
        header,
        widths,
        len: ranking.len(),
        scroll,
    };
    view.render(area, buf, ctx.theme, |i| {
        row(ranking[i], &columns, over.contains(&ranking[i].id), ctx)
    });
}

fn row(channel: &Channel, columns: &Columns, over: bool, ctx: &Ctx) -> Vec<Line<'static>> {
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
        budget_cell(channel, columns, over, style, theme),
        Line::styled(
            pad_left(&number(channel.weekly_hours), usize::from(columns.hours)),
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
    theme: Theme,
) -> Line<'static> {
    let mark = usize::from(columns.marks);
    let amount = pad_left(
        &channel.monthly_budget.to_string(),
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

/// What the active channels cost, on the bottom border of the list, on the right.
fn render_totals(ctx: &Ctx, list: Rect, buf: &mut Buffer) {
    if list.height < 2 || list.width < 8 {
        return;
    }
    let active: Vec<&Channel> = ctx.plan.channels.iter().filter(|c| c.active).collect();
    let budget = Figure::checked(Money::checked_sum(active.iter().map(|c| c.monthly_budget)));
    let hours: f64 = active.iter().map(|c| c.weekly_hours).sum();
    let text = ctx.lang.channel_totals(
        active.len(),
        budget,
        &ctx.plan.currency,
        hours,
        ctx.theme.separator(),
    );
    let room = usize::from(list.width - 4);
    let text = format!(
        " {} ",
        truncate(&printable(&text), room - 2, ctx.theme.ellipsis())
    );
    let w = cells(&text);
    let area = Rect {
        x: list.right() - 2 - w,
        y: list.bottom() - 1,
        width: w,
        height: 1,
    };
    Line::styled(text, ctx.theme.title()).render(area, buf);
}

/// "audience 5 · cost 4 · effort 3 (12/15)".
fn fit_text(fit: Fit, lang: Lang, theme: Theme) -> String {
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

/// Several labelled values on one line.
fn fields(values: Vec<(&str, Span<'static>)>, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, (label, value)) in values.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(theme.separator(), theme.dim()));
        }
        spans.push(Span::styled(format!("{label}: "), theme.dim()));
        spans.push(value);
    }
    Line::from(spans)
}

/// " (43%)": a part of a whole, when there is a whole.
fn share(part: f64, whole: f64) -> String {
    if whole > 0.0 && part > 0.0 {
        format!(" ({:.0}%)", part / whole * 100.0)
    } else {
        String::new()
    }
}

/// What the channel costs: money and hours, with its share of what all the
/// active channels cost.
fn costs(channel: &Channel, ctx: &Ctx) -> (String, String) {
    let lang = ctx.lang;
    let active = ctx.plan.channels.iter().filter(|c| c.active);
    let (minor, hours) = active.fold((0_i64, 0.0), |(m, h), c| {
        (
            m.saturating_add(c.monthly_budget.minor()),
            h + c.weekly_hours,
        )
    });
    let mut budget = lang.per_month(channel.monthly_budget, &ctx.plan.currency);
    let mut time = lang.per_week(channel.weekly_hours);
    if channel.active {
        #[allow(clippy::cast_precision_loss)] // a percentage to show
        budget.push_str(&share(channel.monthly_budget.minor() as f64, minor as f64));
        time.push_str(&share(channel.weekly_hours, hours));
    }
    (budget, time)
}

/// "Campaigns (2): A, B" on one line (`compact`), or one per line below
/// the label; cut to `room` cells rather than wrapped.
fn list_lines(
    label: &str,
    names: Vec<String>,
    compact: bool,
    room: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    if compact {
        let title = format!("{label} ({}): ", names.len());
        let list = truncate(
            &printable(&names.join(", ")),
            room.saturating_sub(width(&title)),
            theme.ellipsis(),
        );
        return vec![Line::from(vec![
            Span::styled(title, theme.dim()),
            Span::raw(list),
        ])];
    }
    let mut lines = vec![Line::styled(
        format!("{label} ({}):", names.len()),
        theme.dim(),
    )];
    lines.extend(names.into_iter().map(|n| {
        let item = format!("  {} {}", theme.bullet(), printable(&n));
        Line::raw(truncate(&item, room, theme.ellipsis()))
    }));
    lines
}

/// The detail pane's lines; `compact` when the pane is low, `room` the
/// width inside it (lists are cut to one line each rather than wrapped).
fn detail_lines(
    channel: &Channel,
    spend: &[&MonthSpend],
    ctx: &Ctx,
    compact: bool,
    room: usize,
) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let plan = ctx.plan;
    let campaigns: Vec<_> = plan
        .campaigns
        .iter()
        .filter(|c| c.channel == channel.id)
        .collect();
    let objectives: Vec<_> = plan
        .objectives
        .iter()
        .filter(|o| o.channel.as_deref() == Some(channel.id.as_str()))
        .collect();
    let kind = Span::raw(lang.channel_kind_name(channel.kind));
    let colour = Span::styled(
        lang.channel_colour_name(channel.colour),
        theme.channel(channel.colour),
    );
    let active = Span::raw(lang.t(if channel.active { Ui::Yes } else { Ui::No }));
    let reason = if channel.reason.trim().is_empty() {
        Line::from(vec![
            Span::styled(format!("{}: ", lang.t(Ch::Reason)), theme.dim()),
            Span::styled(lang.t(Ch::NoReason), theme.warning()),
        ])
    } else {
        field(lang.t(Ch::Reason), channel.reason.clone(), theme)
    };
    let fit = field(lang.t(Ch::Fit), fit_text(channel.fit, lang, theme), theme);
    let (budget, time) = costs(channel, ctx);
    let users = |label: Ch, names: Vec<String>, none: Ch, lines: &mut Vec<Line<'static>>| {
        let label = lang.t(label);
        if names.is_empty() {
            lines.push(field(label, lang.t(none), theme));
        } else {
            lines.extend(list_lines(label, names, compact, room, theme));
        }
    };
    let campaign_names: Vec<String> = if compact {
        campaigns.iter().map(|c| c.name.clone()).collect()
    } else {
        campaigns
            .iter()
            .map(|c| format!("{} {} {}  {}", c.start, theme.arrow(), c.end, c.name))
            .collect()
    };
    let objective_names = objectives.iter().map(|o| o.name.clone()).collect();
    let mut lines = if compact {
        vec![
            fields(
                vec![
                    (lang.t(Ch::Kind), kind),
                    (lang.t(Ch::Colour), colour),
                    (lang.t(Ch::Active), active),
                ],
                theme,
            ),
            reason,
            fit,
            fields(
                vec![
                    (lang.t(Ch::Money), Span::raw(budget)),
                    (lang.t(Ch::Time), Span::raw(time)),
                ],
                theme,
            ),
            planned_line(spend, ctx, room),
        ]
    } else {
        let mut lines = vec![
            fields(vec![(lang.t(Ch::Kind), kind)], theme),
            reason,
            fit,
            field(lang.t(Ch::Money), budget, theme),
        ];
        lines.extend(planned_lines(spend, ctx));
        lines.extend([
            field(lang.t(Ch::Time), time, theme),
            fields(vec![(lang.t(Ch::Colour), colour)], theme),
            fields(vec![(lang.t(Ch::Active), active)], theme),
        ]);
        lines
    };
    users(Ch::Campaigns, campaign_names, Ch::NoCampaigns, &mut lines);
    users(
        Ch::Objectives,
        objective_names,
        Ch::NoObjectives,
        &mut lines,
    );
    lines
}

/// The rows `lines` take wrapped at `room` cells.
fn wrapped_rows(lines: &[Line], room: usize) -> usize {
    lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            crate::text::wrap(&text, room).len().max(1)
        })
        .sum()
}

/// A low pane that cannot show every line of the compact detail: the kind
/// and the fit share the first line, leaving out the colour and whether
/// the channel is active (the list shows both).
fn condense(lines: &mut Vec<Line<'static>>, channel: &Channel, ctx: &Ctx) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    if lines.len() < 3 {
        return;
    }
    lines[0] = fields(
        vec![
            (
                lang.t(Ch::Kind),
                Span::raw(lang.channel_kind_name(channel.kind)),
            ),
            (
                lang.t(Ch::Fit),
                Span::raw(fit_text(channel.fit, lang, theme)),
            ),
        ],
        theme,
    );
    // The fit's own line follows the reason's.
    lines.remove(2);
}

/// The months of a channel's planned spend worth showing: those over its
/// budget before this month, then every month from this one on with
/// something planned.
fn spend_months<'a>(
    spend: &'a [MonthSpend],
    channel: &str,
    today: NaiveDate,
) -> Vec<&'a MonthSpend> {
    let this = Month::of(today);
    spend
        .iter()
        .filter(|s| s.channel == channel)
        .filter(|s| {
            if s.month < this {
                s.over_budget()
            } else {
                s.over_budget() || s.planned != Figure::Value(Money::ZERO)
            }
        })
        .collect()
}

/// A month's planned spend: "Feb 98.12", or "Jan 304.39 over" in the
/// warning style when it is over the channel's budget.
fn month_spans(spend: &MonthSpend, ctx: &Ctx) -> Vec<Span<'static>> {
    let month = ctx.lang.spend_month(spend.month, ctx.today.year());
    if spend.over_budget() {
        let warning = ctx.theme.warning();
        vec![
            Span::raw(format!("{month} ")),
            Span::styled(over_budget(spend, ctx), warning),
        ]
    } else {
        vec![Span::raw(format!(
            "{month} {}",
            ctx.lang.amount(spend.planned)
        ))]
    }
}

/// "304.39 over"; a sum out of range says only that (it is over any budget).
fn over_budget(spend: &MonthSpend, ctx: &Ctx) -> String {
    let amount = ctx.lang.amount(spend.planned);
    match spend.planned {
        Figure::Value(_) => format!("{amount} {}", ctx.lang.t(Ch::Over)),
        Figure::OutOfRange => amount,
    }
}

/// "Planned spend: Jan 304.39 over · Feb 98.12 · Mar 61.78" on one line,
/// cut to `room` cells between months.
fn planned_line(spend: &[&MonthSpend], ctx: &Ctx, room: usize) -> Line<'static> {
    let theme = ctx.theme;
    let label = format!("{}: ", ctx.lang.t(Ch::Planned));
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

/// The planned spend one month a line, under its label (for a tall pane).
fn planned_lines(spend: &[&MonthSpend], ctx: &Ctx) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let label = format!("{} ({}):", ctx.lang.t(Ch::Planned), ctx.plan.currency);
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
        .map(|s| width(&ctx.lang.amount(s.planned)))
        .max()
        .unwrap_or(0);
    let mut lines = vec![Line::styled(label, theme.dim())];
    lines.extend(spend.iter().zip(months).map(|(s, month)| {
        let amount = pad_left(&ctx.lang.amount(s.planned), amount_width);
        let mut spans = vec![Span::raw(format!(
            "  {} {}  ",
            theme.bullet(),
            pad_right(&month, month_width),
        ))];
        if s.over_budget() {
            let text = match s.planned {
                Figure::Value(_) => format!("{amount} {}", ctx.lang.t(Ch::Over)),
                // Over any budget, and said to be out of range already.
                Figure::OutOfRange => amount,
            };
            spans.push(Span::styled(text, theme.warning()));
        } else {
            spans.push(Span::raw(amount));
        }
        Line::from(spans)
    }));
    lines
}

/// A channel still used by campaigns or objectives is not offered for
/// deletion: the message says which, and what to do instead.
fn delete(ctx: &Ctx, channel: &Channel) -> Effect {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let campaigns: Vec<&str> = plan
        .campaigns
        .iter()
        .filter(|c| c.channel == channel.id)
        .map(|c| c.id.as_str())
        .collect();
    let objectives: Vec<&str> = plan
        .objectives
        .iter()
        .filter(|o| o.channel.as_deref() == Some(channel.id.as_str()))
        .map(|o| o.id.as_str())
        .collect();
    if !campaigns.is_empty() || !objectives.is_empty() {
        let ids: Vec<&str> = campaigns.iter().chain(&objectives).copied().collect();
        return Effect::Error(lang.channel_in_use(
            &channel.name,
            campaigns.len(),
            objectives.len(),
            &ids,
        ));
    }
    confirm(
        lang.delete_question(Kind::Channel, &channel.name),
        Edit::delete_seen(channel.clone()),
        format!("{} {}", lang.t(Ch::Deleted), channel.id),
    )
}

/// The 0–5 options of a fit score, the ends explained.
fn score_options(lang: Lang, low: Ch, high: Ch) -> Vec<String> {
    let mut options = vec![lang.t(Ch::Score0).to_string(), lang.t(low).to_string()];
    options.extend(["2", "3", "4"].map(String::from));
    options.push(lang.t(high).to_string());
    options
}

/// What the form starts from: the channel being edited, or a new one with
/// the preset's name, kind and colour.
fn starting_point(
    plan: &Plan,
    existing: Option<&Channel>,
    preset: Option<Preset>,
    lang: Lang,
) -> Channel {
    if let Some(channel) = existing {
        return channel.clone();
    }
    // A custom channel starts in a colour no channel has yet (not black,
    // white or dark gray: they vanish on some terminals or look dimmed).
    let unused = || {
        Colour::ALL
            .iter()
            .copied()
            .filter(|c| !matches!(c, Colour::Black | Colour::White | Colour::DarkGray))
            .find(|c| plan.channels.iter().all(|ch| ch.colour != *c))
            .unwrap_or(Colour::Cyan)
    };
    Channel {
        // The preset's id when it is free; otherwise one is made from the name.
        id: preset
            .map(|p| p.id)
            .filter(|id| plan.channel(id).is_none())
            .unwrap_or_default()
            .to_string(),
        name: preset
            .map(|p| p.name(lang == Lang::Es).to_string())
            .unwrap_or_default(),
        kind: preset.map_or(ChannelKind::Social, |p| p.kind),
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour: preset.map_or_else(unused, |p| p.colour),
        active: true,
    }
}

/// The form to add a channel (from a preset, or custom when `preset` is
/// None) or to edit `existing`.
fn channel_form(ctx: &Ctx, existing: Option<&Channel>, preset: Option<Preset>) -> Form {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let start = starting_point(plan, existing, preset, lang);
    let title = match (existing, preset) {
        (Some(c), _) => format!("{}{}{}", lang.t(Ch::EditTitle), ctx.theme.dash(), c.id),
        (None, Some(_)) => format!("{}{}{}", lang.t(Ch::AddTitle), ctx.theme.dash(), start.name),
        (None, None) => lang.t(Ch::AddTitle).to_string(),
    };
    let mut form = Form::new(title, submit_channel);
    if existing.is_none() {
        form = form.text("id", lang.t(Ch::Id), start.id.clone());
    }
    let fit = start.fit;
    let currency = &plan.currency;
    let form = form
        .text("name", lang.t(Ch::Name), start.name.clone())
        .choice(
            "kind",
            lang.t(Ch::Kind),
            KINDS
                .iter()
                .map(|k| lang.channel_kind_name(*k).to_string())
                .collect(),
            KINDS.iter().position(|k| *k == start.kind).unwrap_or(0),
        )
        .text("reason", lang.t(Ch::Reason), start.reason.clone())
        .choice(
            "audience",
            lang.t(Ch::FitAudience),
            score_options(lang, Ch::AudiencePoor, Ch::AudienceExcellent),
            usize::from(fit.audience),
        )
        .choice(
            "cost",
            lang.t(Ch::FitCost),
            score_options(lang, Ch::CostHigh, Ch::CostLow),
            usize::from(fit.cost),
        )
        .choice(
            "effort",
            lang.t(Ch::FitEffort),
            score_options(lang, Ch::EffortHigh, Ch::EffortLow),
            usize::from(fit.effort),
        )
        .text(
            "budget",
            &format!("{} ({currency})", lang.t(Ch::Budget)),
            if existing.is_some() {
                start.monthly_budget.to_string()
            } else {
                String::new()
            },
        )
        .text(
            "hours",
            lang.t(Ch::Hours),
            if existing.is_some() {
                editable_number(start.weekly_hours)
            } else {
                String::new()
            },
        )
        .choice(
            "colour",
            lang.t(Ch::Colour),
            Colour::ALL
                .iter()
                .map(|c| lang.channel_colour_name(*c).to_string())
                .collect(),
            Colour::ALL
                .iter()
                .position(|c| *c == start.colour)
                .unwrap_or(0),
        )
        .choice(
            "active",
            lang.t(Ch::Active),
            vec![lang.t(Ui::Yes).to_string(), lang.t(Ui::No).to_string()],
            usize::from(!start.active),
        );
    match (existing, preset) {
        (Some(c), _) => form.editing(c.clone()),
        (None, Some(_)) => {
            // Name, kind and colour come from the preset: why this channel
            // is what is left to say.
            let mut form = form.note(lang.t(Ch::IdHint));
            form.focus("reason");
            form
        }
        (None, None) => {
            let mut form = form.note(lang.t(Ch::IdHint));
            form.focus("name");
            form
        }
    }
}

/// The form field an error of the plan's rules is about.
fn error_field(error: &EditError) -> Option<&'static str> {
    let field = match error {
        EditError::InvalidId(_) => return Some("id"),
        EditError::Empty(f)
        | EditError::ControlCharacter(f)
        | EditError::NotFinite(f)
        | EditError::Negative(f)
        | EditError::TooLong { field: f, .. }
        | EditError::OutOfRange { field: f, .. } => *f,
        _ => return None,
    };
    Some(match field {
        Field::Id => "id",
        Field::Name => "name",
        Field::Reason => "reason",
        Field::MonthlyBudget | Field::Budget => "budget",
        Field::WeeklyHours => "hours",
        Field::Fit => "audience",
        _ => return None,
    })
}

fn submit_channel(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let name = form.required("name", lang);
    let budget = form.money("budget", lang);
    let hours = if form.value("hours").is_empty() {
        Some(0.0)
    } else {
        form.number("hours", lang)
    };
    let (name, monthly_budget, weekly_hours) = (name?, budget?, hours?);
    let existing = form.target.as_deref().and_then(|id| plan.channel(id));
    let id = match existing {
        Some(c) => c.id.clone(),
        None if form.value("id").is_empty() => unique_id(&name, |id| plan.channel(id).is_some()),
        None => form.value("id").to_string(),
    };
    let score = |id: &str| u8::try_from(form.selected(id)).unwrap_or(0);
    let channel = Channel {
        id: id.clone(),
        name,
        kind: KINDS
            .get(form.selected("kind"))
            .copied()
            .unwrap_or(ChannelKind::Social),
        reason: form.value("reason").to_string(),
        fit: Fit {
            audience: score("audience"),
            cost: score("cost"),
            effort: score("effort"),
        },
        monthly_budget,
        weekly_hours,
        colour: Colour::ALL
            .get(form.selected("colour"))
            .copied()
            .unwrap_or(Colour::Cyan),
        active: form.selected("active") == 0,
    };
    // Point at the field to fix rather than only saying what is wrong.
    let problem = match validate::channel(&channel) {
        Err(error) => Some(error),
        Ok(()) if existing.is_none() && plan.channel(&id).is_some() => {
            Some(EditError::duplicate(Kind::Channel, id.clone()))
        }
        Ok(()) => None,
    };
    if let Some(error) = problem {
        let message = lang.edit_error(&error);
        match error_field(&error).or(match error {
            EditError::Duplicate { .. } => Some("id"),
            _ => None,
        }) {
            Some(field) => form.invalid(field, message),
            None => form.error = Some(message),
        }
        return None;
    }
    let label = if existing.is_some() {
        Ch::Edited
    } else {
        Ch::Added
    };
    let edit = form.edit_of(Item::Channel(channel));
    Some(Change {
        edit,
        label: format!("{} {id}", lang.t(label)),
        focus: Some(id),
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn demo(lang: Lang) -> Plan {
        crate::demo::plan(NaiveDate::MIN, lang)
    }

    /// The app asks for a bigger terminal below 60×15, but the tab itself
    /// must not panic at any size either (the detail pane, the totals on the
    /// border, the columns that give way).
    #[test]
    fn the_tab_draws_at_any_small_size() {
        for (lang, ascii) in [(Lang::En, false), (Lang::Es, true)] {
            let plan = demo(lang);
            let ctx = Ctx {
                plan: &plan,
                today: NaiveDate::MIN,
                lang,
                theme: Theme::new(true, ascii),
            };
            let mut tab = ChannelsTab::default();
            tab.refresh(&ctx, None);
            tab.update(Action::Last, &ctx);
            for width in 0..=62 {
                for height in 0..=16 {
                    let area = Rect::new(0, 0, width, height);
                    let mut buf = Buffer::empty(area);
                    tab.render(area, &mut buf, &ctx);
                }
            }
        }
    }

    #[test]
    fn ranking_is_by_fit_then_name() {
        let plan = demo(Lang::En);
        let ids: Vec<&str> = ranked(&plan).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "newsletter",
                "facebook",
                "instagram",
                "radio",
                "events",
                "tiktok"
            ]
        );
    }

    #[test]
    fn presets_already_in_the_plan_are_not_offered() {
        let plan = demo(Lang::Es);
        let offered: Vec<&str> = available(&plan).iter().map(|p| p.id).collect();
        assert!(!offered.contains(&"instagram"));
        assert!(
            !offered.contains(&"newsletter"),
            "by id (and Boletín by name)"
        );
        assert!(offered.contains(&"linkedin") && offered.contains(&"tv"));
        let mut renamed = plan.clone();
        renamed.channels[0].id = "ig".into();
        assert!(
            !available(&renamed).iter().any(|p| p.id == "instagram"),
            "by name"
        );
    }

    #[test]
    fn the_selection_follows_the_channel_when_the_ranking_changes() {
        let mut plan = demo(Lang::En);
        let mut tab = ChannelsTab::default();
        let ctx =
            |plan: &Plan| -> Vec<String> { ranked(plan).iter().map(|c| c.id.clone()).collect() };
        {
            let c = Ctx {
                plan: &plan,
                today: NaiveDate::MIN,
                lang: Lang::En,
                theme: Theme::new(true, false),
            };
            tab.update(Action::Last, &c);
        }
        assert_eq!(ctx(&plan)[tab.scroll.selected], "tiktok");
        if let Some(tiktok) = plan.channels.iter_mut().find(|c| c.id == "tiktok") {
            tiktok.fit = Fit {
                audience: 5,
                cost: 5,
                effort: 5,
            };
        }
        let c = Ctx {
            plan: &plan,
            today: NaiveDate::MIN,
            lang: Lang::En,
            theme: Theme::new(true, false),
        };
        tab.refresh(&c, None);
        assert_eq!(tab.scroll.selected, 0);
        assert_eq!(ctx(&plan)[0], "tiktok");
    }
}
