//! Tab 4, Actions (step 4 of the method): every campaign planned in detail.
//! Sorted by start; filtered by channel (`c`) and by status (`s`); add, edit
//! and delete with a form that the Calendar tab shares.

use std::cell::RefCell;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Listing, empty};
use crate::domain::{Campaign, Money, Plan, Status};
use crate::i18n::actions::A;
use crate::i18n::{Lang, Text};
use crate::text::width;
use crate::tui::action::Action;
use crate::tui::items::campaign::{self, Columns, channel_name, status_text};
use crate::tui::items::spend::spend_form;
use crate::tui::items::{ItemView, act_on};
use crate::tui::overlay::{Choice, Overlay, Pick, Purpose};
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

/// What a detail pane was written for: the campaign's place in the plan,
/// the day and the language.
type DetailKey = (usize, NaiveDate, Lang);

#[derive(Debug, Default)]
pub struct ActionsTab {
    /// The selected row of the filtered list.
    scroll: Scroll,
    /// Only this channel's campaigns (its id), when set.
    channel: Option<String>,
    /// Only campaigns with this status, when set.
    status: Option<Status>,
    /// The campaigns listed (positions in the plan's list), filtered and
    /// sorted when the plan or the filters change, not on every frame.
    order: Vec<usize>,
    /// Every campaign's position in the plan's list, sorted as listed. A
    /// change sorts it again from the last order, which is then nearly
    /// sorted already: a pass, where sorting from the plan's order took a
    /// quarter of an edit on 10 000 campaigns.
    sorted: Vec<usize>,
    /// The detail pane's lines and the campaign they describe (its place
    /// in the plan), with the day and language they were written for,
    /// until the plan changes (`refresh`). Its results sum the campaign's
    /// posts, a scan of all the plan's posts: with 100 000 of them, too
    /// slow to repeat on every frame.
    detail: RefCell<Option<(DetailKey, Vec<Line<'static>>)>>,
    /// The widest budget of those, for the column.
    budget_width: usize,
}

impl ActionsTab {
    /// Lists the campaigns the filters let through, sorted by start, then
    /// end, then name.
    fn recompute(&mut self, plan: &Plan) {
        let campaigns = &plan.campaigns;
        if self.sorted.len() != campaigns.len() {
            self.sorted = (0..campaigns.len()).collect();
        }
        self.sorted
            .sort_by(|&a, &b| by_start(&campaigns[a], &campaigns[b]));
        self.order = self
            .sorted
            .iter()
            .copied()
            .filter(|&i| {
                let c = &campaigns[i];
                self.channel.as_deref().is_none_or(|id| c.channel == id)
                    && self.status.is_none_or(|s| c.status == s)
            })
            .collect();
        self.budget_width = widest_money(self.order.iter().map(|&i| campaigns[i].budget));
    }

    /// The campaign on row `row` of the list.
    fn at<'p>(&self, ctx: &Ctx<'p>, row: usize) -> Option<&'p Campaign> {
        self.order.get(row).and_then(|&i| ctx.plan.campaigns.get(i))
    }

    /// The detail pane of the campaign on row `row`, written once for it.
    fn detail_at(&self, ctx: &Ctx, row: usize) -> Option<(String, Vec<Line<'static>>)> {
        let index = *self.order.get(row)?;
        let campaign = ctx.plan.campaigns.get(index)?;
        let key = (index, ctx.today, ctx.lang);
        let mut cached = self.detail.borrow_mut();
        let lines = match &*cached {
            Some((shown, lines)) if *shown == key => lines.clone(),
            _ => {
                let lines = campaign.detail_lines(ctx);
                *cached = Some((key, lines.clone()));
                lines
            }
        };
        Some((campaign.name.clone(), lines))
    }

    /// The row of a campaign, if it is listed.
    fn row_of(&self, ctx: &Ctx, id: &str) -> Option<usize> {
        self.order
            .iter()
            .position(|&i| ctx.plan.campaigns.get(i).is_some_and(|c| c.id == id))
    }

    fn selected<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Campaign> {
        self.at(ctx, self.scroll.selected)
    }

    fn filtered(&self) -> bool {
        self.channel.is_some() || self.status.is_some()
    }

    /// What the filters let through, in words: "Instagram, active".
    fn filter_text(&self, ctx: &Ctx) -> String {
        let mut parts = Vec::new();
        if let Some(id) = &self.channel {
            parts.push(channel_name(ctx, id));
        }
        if let Some(status) = self.status {
            parts.push(ctx.lang.t(status_text(status)).to_string());
        }
        parts.join(", ")
    }

    fn title(&self, ctx: &Ctx, shown: usize) -> String {
        let lang = ctx.lang;
        let total = ctx.plan.campaigns.len();
        if self.filtered() {
            format!(
                "{} ({}){}{}: {}",
                lang.t(A::Title),
                lang.shown_of(shown, total),
                ctx.theme.dot(),
                lang.t(A::Filter),
                self.filter_text(ctx)
            )
        } else {
            format!("{} ({total})", lang.t(A::Title))
        }
    }

    /// After the filters change: keep the same campaign selected if it is
    /// still listed, else the first.
    fn reselect(&mut self, ctx: &Ctx, keep: Option<&str>) {
        self.recompute(ctx.plan);
        let index = keep.and_then(|id| self.row_of(ctx, id)).unwrap_or(0);
        self.scroll.select(index);
        self.scroll.clamp(self.order.len());
    }

    fn pick_channel(&self, ctx: &Ctx) -> Effect {
        let lang = ctx.lang;
        let mut options = vec![lang.t(A::AllChannels).to_string()];
        options.extend(ctx.plan.channels.iter().map(|c| c.name.clone()));
        let mut pick = Pick::new(lang.t(A::PickTitle), options, Purpose::ChannelFilter);
        let current = self
            .channel
            .as_deref()
            .and_then(|id| ctx.plan.channels.iter().position(|c| c.id == id))
            .map_or(0, |i| i + 1);
        pick.scroll.select(current);
        Effect::Open(Overlay::Pick(pick))
    }

    /// The channel to filter campaigns by was chosen.
    fn channel_picked(&mut self, index: usize, ctx: &Ctx) -> Effect {
        let keep = self.selected(ctx).map(|c| c.id.clone());
        self.channel = index
            .checked_sub(1)
            .and_then(|i| ctx.plan.channels.get(i))
            .map(|c| c.id.clone());
        self.reselect(ctx, keep.as_deref());
        Effect::Nothing
    }
}

impl View for ActionsTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.order.len()) {
            return Effect::Nothing;
        }
        match action {
            Action::Add => return add(ctx, self.channel.as_deref()),
            Action::FilterChannel => return self.pick_channel(ctx),
            Action::Posts | Action::Copy => {
                return match self.selected(ctx) {
                    Some(c) if action == Action::Posts => Effect::ShowPosts(c.id.clone()),
                    Some(c) => campaign::copy(c, ctx),
                    None => act_on::<Campaign>(Action::Edit, None, ctx),
                };
            }
            Action::Spend => {
                return match self.selected(ctx) {
                    Some(c) => Effect::Open(Overlay::form(spend_form(ctx, c))),
                    None => act_on::<Campaign>(Action::Edit, None, ctx),
                };
            }
            Action::SetStatus => {
                return match self.selected(ctx) {
                    Some(c) => campaign::status_pick(c, ctx, Tab::Actions),
                    None => act_on::<Campaign>(Action::Edit, None, ctx),
                };
            }
            Action::FilterStatus => {
                let keep = self.selected(ctx).map(|c| c.id.clone());
                self.status = next_status(self.status);
                self.reselect(ctx, keep.as_deref());
                return Effect::Nothing;
            }
            _ => {}
        }
        act_on(action, self.selected(ctx), ctx)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if no_campaigns(area, buf, ctx, A::Title, A::Empty, A::EmptyNoChannels) {
            return;
        }
        let title = self.title(ctx, self.order.len());
        if self.order.is_empty() {
            let text = lang.no_campaign_matches(&self.filter_text(ctx));
            empty(area, buf, &title, &text, theme);
            return;
        }
        let listing = Listing {
            title,
            len: self.order.len(),
            scroll: &self.scroll,
        };
        listing.render(
            area,
            buf,
            ctx,
            |width| Columns::fit(width, self.budget_width, ctx),
            |columns, i| {
                self.at(ctx, i)
                    .map(|c| c.row(columns, ctx))
                    .unwrap_or_default()
            },
            |shown| self.detail_at(ctx, shown),
        );
    }

    fn picked(&mut self, purpose: Purpose, choice: &Choice, ctx: &Ctx) -> Effect {
        match purpose {
            Purpose::CampaignStatus(_) => campaign::status_picked(choice, ctx),
            _ => self.channel_picked(choice.index, ctx),
        }
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        self.detail.get_mut().take();
        // A channel that is gone filters nothing any more.
        if let Some(id) = &self.channel
            && ctx.plan.channel(id).is_none()
        {
            self.channel = None;
        }
        self.recompute(ctx.plan);
        if let Some(id) = focus {
            // What was just added or edited must be seen, filters or not.
            if self.row_of(ctx, id).is_none() {
                self.channel = None;
                self.status = None;
                self.recompute(ctx.plan);
            }
            if let Some(i) = self.row_of(ctx, id) {
                self.scroll.select(i);
            }
        }
        self.scroll.clamp(self.order.len());
    }
}

/// Campaigns by start, then end, then name in any case (then id, so the
/// order is always the same), without allocating.
/// The width of the widest of `amounts` as shown, in either language (a
/// thousands point is one cell more than English's bare digits). Amounts
/// are shown with two decimals, so the widest is the largest or the most
/// negative: two formatted, not 10 000 (40% of an edit on those).
fn widest_money(amounts: impl Iterator<Item = Money>) -> usize {
    let Some((low, high)) = amounts.fold(None, |range, amount| match range {
        None => Some((amount, amount)),
        Some((low, high)) => Some((amount.min(low), amount.max(high))),
    }) else {
        return 0;
    };
    [low, high]
        .iter()
        .map(|&amount| width(&crate::i18n::Lang::Es.money(amount)))
        .max()
        .unwrap_or(0)
}

fn by_start(a: &Campaign, b: &Campaign) -> std::cmp::Ordering {
    (a.start, a.end)
        .cmp(&(b.start, b.end))
        .then_with(|| {
            a.name
                .chars()
                .flat_map(char::to_lowercase)
                .cmp(b.name.chars().flat_map(char::to_lowercase))
        })
        .then_with(|| a.id.cmp(&b.id))
}

/// all → planned → active → done → cancelled → all.
fn next_status(status: Option<Status>) -> Option<Status> {
    match status {
        None => Some(Status::Planned),
        Some(Status::Planned) => Some(Status::Active),
        Some(Status::Active) => Some(Status::Done),
        Some(Status::Done) => Some(Status::Cancelled),
        Some(Status::Cancelled) => None,
    }
}

/// `a`: a new campaign, on `channel` if given. Campaigns need a channel:
/// without one, says that step 3 comes first.
pub(crate) fn add(ctx: &Ctx, channel: Option<&str>) -> Effect {
    if ctx.plan.channels.is_empty() {
        return Effect::Info(ctx.lang.t(A::NeedChannels).into());
    }
    Effect::Open(Overlay::form(campaign::new_form(ctx, channel)))
}

/// The panel of a tab of campaigns while the plan has none, titled `title`:
/// the tab's `none` text, or `no_channels`, which says that step 3 comes
/// first. Says whether it drew it. (A campaign needs a channel, so a plan
/// without channels has no campaigns either.)
pub(crate) fn no_campaigns(
    area: Rect,
    buf: &mut Buffer,
    ctx: &Ctx,
    title: impl Text,
    none: impl Text,
    no_channels: impl Text,
) -> bool {
    if !ctx.plan.campaigns.is_empty() {
        return false;
    }
    let lang = ctx.lang;
    let text = if ctx.plan.channels.is_empty() {
        lang.t(no_channels)
    } else {
        lang.t(none)
    };
    empty(area, buf, lang.t(title), text, ctx.theme);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two formatted stand for all of them: the widest of every amount
    /// formatted, whatever their signs and sizes.
    #[test]
    fn the_widest_budget_is_the_largest_or_the_most_negative() {
        let cents = [
            0,
            5,
            99,
            100,
            99_999,
            100_000,
            123_456_789,
            -1,
            -99_999,
            -100_000,
            7_00,
        ];
        for take in 0..=cents.len() {
            for skip in 0..cents.len() {
                let amounts: Vec<Money> = cents
                    .iter()
                    .cycle()
                    .skip(skip)
                    .take(take)
                    .map(|&c| Money::from_minor(c))
                    .collect();
                let every = amounts
                    .iter()
                    .map(|&a| width(&Lang::Es.money(a)))
                    .max()
                    .unwrap_or(0);
                assert_eq!(widest_money(amounts.into_iter()), every);
            }
        }
    }
}
