//! A channel, as the interface shows it: its row (`row.rs`), its details —
//! what it costs, its share of all channels, its campaigns, and what they
//! plan to spend each month against its budget —, its form (`form.rs`),
//! and the question before it is deleted: refused while campaigns or
//! objectives use it, with what to do first.

mod form;
mod row;
mod spend;

use ratatui::text::{Line, Span};

pub use form::{F, channel_form};
pub use row::{Columns, cells, fit_text, row};
pub use spend::spend_months;
use spend::{planned_line, planned_lines};

use super::{ItemView, confirm, field};
use crate::domain::budget::{MonthSpend, monthly_spend};
use crate::domain::{Channel, Edit, Kind};
use crate::i18n::Lang;
use crate::i18n::channels::Ch;
use crate::i18n::ui::Ui;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;
use crate::tui::overlay::form::Form;
use crate::tui::view::{Ctx, Effect};

impl ItemView for Channel {
    type Field = F;
    type Columns = Columns;

    fn row(&self, columns: &Columns, ctx: &Ctx) -> Vec<Line<'static>> {
        row(self, columns, false, ctx)
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let all = monthly_spend(ctx.plan);
        let spend = spend_months(&all, &self.id, ctx.today);
        detail_lines(self, &spend, ctx, false, usize::MAX)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        channel_form(ctx, Some(self), None)
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        delete(ctx, self)
    }
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

/// " (43%)", " (43 %)": a part of a whole, when there is a whole.
fn share(part: f64, whole: f64, lang: Lang) -> String {
    if whole > 0.0 && part > 0.0 {
        let percent = format!("{:.0}", part / whole * 100.0);
        format!(" ({})", lang.percent_sign(percent))
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
        budget.push_str(&share(
            channel.monthly_budget.minor() as f64,
            minor as f64,
            lang,
        ));
        time.push_str(&share(channel.weekly_hours, hours, lang));
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
pub fn detail_lines(
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
    // Measured on this channel, or served by one of its campaigns.
    let objectives: Vec<_> = plan
        .objectives
        .iter()
        .filter(|o| {
            o.channel.as_deref() == Some(channel.id.as_str())
                || campaigns.iter().any(|c| c.objectives.contains(&o.id))
        })
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
        lines.extend([field(lang.t(Ch::Time), time, theme)]);
        lines.extend(posting_lines(channel, ctx));
        lines.extend([
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

/// The channel's cadence and the longest copy it takes (its own, or its
/// network's), each only when there is one: a press or events channel
/// posts no copy, and says nothing of it.
fn posting_lines(channel: &Channel, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let mut lines = Vec::new();
    if let Some(posts) = channel.posts_per_week {
        lines.push(field(lang.t(Ch::Cadence), lang.cadence(posts), theme));
    }
    let network = || {
        let preset = crate::domain::presets::of(channel)?;
        Some((preset.copy_limit?, Some(preset.name(lang == Lang::Es))))
    };
    if let Some((limit, network)) = channel.copy_limit.map(|n| (n, None)).or_else(network) {
        let limit = lang.copy_limit(limit, network);
        lines.push(field(lang.t(Ch::CopyLength), limit, theme));
    }
    lines
}

/// The rows `lines` take wrapped at `room` cells.
pub fn wrapped_rows(lines: &[Line], room: usize) -> usize {
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
pub fn condense(lines: &mut Vec<Line<'static>>, channel: &Channel, ctx: &Ctx) {
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
        lang.labelled(lang.t(Ch::Deleted), &channel.id),
    )
}
