//! Tab 3, Channels: step 3 of the method, choosing the channels carefully.
//! The channels ranked by fit, with what they cost in money and hours; `a`
//! adds one from the common presets (or a custom one), `e`/Enter edits, `d`
//! deletes one nothing uses. The detail shows what the channel's campaigns
//! plan to spend each month against its monthly budget; the list marks the
//! channels over budget in some month.

use std::collections::BTreeSet;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{ListView, detail, empty, split};
use crate::domain::budget::{MonthSpend, monthly_spend};
use crate::domain::presets::{PRESETS, Preset};
use crate::domain::{Channel, Figure, Money, Plan};
use crate::i18n::Lang;
use crate::i18n::channels::Ch;
use crate::text::{pad_right, printable, truncate, width};
use crate::tui::action::Action;
use crate::tui::items::act_on;
use crate::tui::items::channel::{
    Columns, cells, channel_form, condense, detail_lines, row, spend_months, wrapped_rows,
};
use crate::tui::overlay::{Choice, Overlay, Pick, Purpose};
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

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
    /// The channels listed, best fit first (positions in the plan's list):
    /// ranked when the plan changes, not on every key and frame.
    ranking: Vec<usize>,
    /// What the active channels cost, for the list's bottom border.
    totals: Totals,
}

/// The active channels: how many, their monthly budgets and weekly hours
/// added up.
#[derive(Debug)]
struct Totals {
    active: usize,
    budget: Figure<Money>,
    hours: f64,
}

impl Default for Totals {
    fn default() -> Self {
        Totals {
            active: 0,
            budget: Figure::Value(Money::ZERO),
            hours: 0.0,
        }
    }
}

impl Totals {
    fn of(plan: &Plan) -> Totals {
        let active: Vec<&Channel> = plan.channels.iter().filter(|c| c.active).collect();
        Totals {
            active: active.len(),
            budget: Figure::checked(Money::checked_sum(active.iter().map(|c| c.monthly_budget))),
            hours: active.iter().map(|c| c.weekly_hours).sum(),
        }
    }
}

/// The channels' positions in the plan's list, best fit first; equal fits
/// by name.
fn ranked(plan: &Plan) -> Vec<usize> {
    let channels = &plan.channels;
    let mut ranking: Vec<usize> = (0..channels.len()).collect();
    ranking.sort_by(|&a, &b| {
        let (a, b) = (&channels[a], &channels[b]);
        b.fit
            .total()
            .cmp(&a.fit.total())
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
    ranking
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
    /// The channel on row `row` of the list.
    fn at<'p>(&self, plan: &'p Plan, row: usize) -> Option<&'p Channel> {
        self.ranking.get(row).and_then(|&i| plan.channels.get(i))
    }

    fn selected<'p>(&self, plan: &'p Plan) -> Option<&'p Channel> {
        self.at(plan, self.scroll.selected)
    }

    /// The row of a channel.
    fn row_of(&self, plan: &Plan, id: &str) -> Option<usize> {
        self.ranking
            .iter()
            .position(|&i| plan.channels.get(i).is_some_and(|c| c.id == id))
    }

    /// Step one of adding: which preset to start from.
    fn add(&mut self, ctx: &Ctx) -> Effect {
        let lang = ctx.lang;
        self.offered = available(ctx.plan);
        if self.offered.is_empty() {
            return Effect::Open(Overlay::form(channel_form(ctx, None, None)));
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
    fn preset_picked(&mut self, index: usize, ctx: &Ctx) -> Effect {
        let preset = self.offered.get(index).copied();
        Effect::Open(Overlay::form(channel_form(ctx, None, preset)))
    }
}

impl View for ChannelsTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.ranking.len()) {
            self.current = self.selected(ctx.plan).map(|c| c.id.clone());
            return Effect::Nothing;
        }
        if action == Action::Add {
            return self.add(ctx);
        }
        act_on(action, self.selected(ctx.plan), ctx)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if ctx.plan.channels.is_empty() {
            empty(area, buf, lang.t(Ch::Title), lang.t(Ch::Empty), theme);
            return;
        }
        let (list, pane) = split(area);
        let ranking: Vec<&Channel> = self
            .ranking
            .iter()
            .filter_map(|&i| ctx.plan.channels.get(i))
            .collect();
        render_list(&ranking, &self.scroll, &self.over, list, buf, ctx);
        render_totals(&self.totals, ctx, list, buf);
        if let Some(channel) = self.at(ctx.plan, self.scroll.shown()) {
            let compact = pane.height < 14;
            let room = usize::from(pane.width.saturating_sub(2));
            let rows = usize::from(pane.height.saturating_sub(2));
            let spend = spend_months(&self.spend, &channel.id, ctx.today);
            let mut lines = detail_lines(channel, &spend, ctx, compact, room);
            if compact && wrapped_rows(&lines, room) > rows {
                condense(&mut lines, channel, ctx);
            }
            detail(
                pane,
                buf,
                &channel.name,
                lines,
                theme,
                self.scroll.lagging(),
            );
        }
    }

    fn picked(&mut self, _purpose: Purpose, choice: &Choice, ctx: &Ctx) -> Effect {
        self.preset_picked(choice.index, ctx)
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        self.ranking = ranked(ctx.plan);
        self.totals = Totals::of(ctx.plan);
        let wanted = focus.or(self.current.as_deref());
        if let Some(row) = wanted.and_then(|id| self.row_of(ctx.plan, id)) {
            self.scroll.select(row);
        }
        self.scroll.clamp(self.ranking.len());
        self.current = self.selected(ctx.plan).map(|c| c.id.clone());
        self.spend = monthly_spend(ctx.plan);
        self.over = self
            .spend
            .iter()
            .filter(|s| s.over_budget() || s.overspent())
            .map(|s| s.channel.clone())
            .collect();
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

/// What the active channels cost, on the bottom border of the list, on the right.
fn render_totals(totals: &Totals, ctx: &Ctx, list: Rect, buf: &mut Buffer) {
    if list.height < 2 || list.width < 8 {
        return;
    }
    let text = ctx.lang.channel_totals(
        totals.active,
        totals.budget,
        &ctx.plan.currency,
        totals.hours,
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::Fit;
    use crate::theme::Theme;

    fn demo(lang: Lang) -> Plan {
        crate::demo::plan(NaiveDate::MIN, lang)
    }

    fn ctx(plan: &Plan) -> Ctx<'_> {
        // The channels' tab shows no posts.
        static NO_POSTS: std::sync::LazyLock<crate::domain::post::PostsByCampaign> =
            std::sync::LazyLock::new(Default::default);
        Ctx {
            plan,
            posts: &NO_POSTS,
            today: NaiveDate::MIN,
            lang: Lang::En,
            theme: Theme::new(true, false),
        }
    }

    #[test]
    fn ranking_is_by_fit_then_name() {
        let plan = demo(Lang::En);
        let ids: Vec<&str> = ranked(&plan)
            .iter()
            .map(|&i| plan.channels[i].id.as_str())
            .collect();
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
            "by id (and Newsletter by name)"
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
        // As the app does when it starts.
        tab.refresh(&ctx(&plan), None);
        tab.update(Action::Last, &ctx(&plan));
        let selected = |tab: &ChannelsTab, plan: &Plan| tab.selected(plan).map(|c| c.id.clone());
        assert_eq!(selected(&tab, &plan).as_deref(), Some("tiktok"));
        if let Some(tiktok) = plan.channels.iter_mut().find(|c| c.id == "tiktok") {
            tiktok.fit = Fit {
                audience: 5,
                cost: 5,
                effort: 5,
            };
        }
        tab.refresh(&ctx(&plan), None);
        assert_eq!(tab.scroll.selected, 0);
        assert_eq!(selected(&tab, &plan).as_deref(), Some("tiktok"));
    }
}
