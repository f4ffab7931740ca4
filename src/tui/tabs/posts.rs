//! A campaign's posts: what goes out on which day, in which format, and
//! whether it went out. Opened from a campaign (Enter in Actions and on a
//! Calendar bar); Esc goes back. Posts are listed by day and time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{Listing, empty};
use crate::domain::Post;
use crate::i18n::post_screen::Ps;
use crate::tui::action::Action;
use crate::tui::items::post::{self, Columns, dialogs};
use crate::tui::items::{ItemView, act_on};
use crate::tui::overlay::Overlay;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

#[derive(Debug, Default)]
pub struct PostsTab {
    /// The campaign whose posts are listed (its id).
    campaign: Option<String>,
    scroll: Scroll,
    /// Its posts (positions in the plan's list), by day and time, worked
    /// out when the plan changes, not on every frame.
    order: Vec<usize>,
}

impl PostsTab {
    /// Lists `campaign`'s posts, the first one still to go out selected.
    pub fn show(&mut self, campaign: &str, ctx: &Ctx) {
        self.campaign = Some(campaign.to_string());
        self.recompute(ctx);
        let next = self
            .order
            .iter()
            .position(|&i| ctx.plan.posts[i].date >= ctx.today)
            .unwrap_or(self.order.len().saturating_sub(1));
        self.scroll = Scroll::default();
        self.scroll.select(next);
    }

    fn recompute(&mut self, ctx: &Ctx) {
        let Some(campaign) = self.campaign.as_deref() else {
            self.order.clear();
            return;
        };
        let posts = &ctx.plan.posts;
        // The campaign's posts from the plan's index, not a scan of all.
        self.order = (ctx.posts.places(campaign).iter().copied())
            .filter(|&i| posts.get(i).is_some_and(|p| p.campaign == campaign))
            .collect();
        self.order.sort_by(|&a, &b| {
            (posts[a].sort_key(), &posts[a].id).cmp(&(posts[b].sort_key(), &posts[b].id))
        });
    }

    fn selected<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Post> {
        self.order
            .get(self.scroll.selected)
            .and_then(|&i| ctx.plan.posts.get(i))
    }

    fn row_of(&self, ctx: &Ctx, id: &str) -> Option<usize> {
        self.order
            .iter()
            .position(|&i| ctx.plan.posts.get(i).is_some_and(|p| p.id == id))
    }

    /// A post's own keys: with none selected, they say so.
    fn on_post(&self, ctx: &Ctx, act: fn(&Post, &Ctx) -> Effect) -> Effect {
        match self.selected(ctx) {
            Some(post) => act(post, ctx),
            None => act_on::<Post>(Action::Edit, None, ctx),
        }
    }
}

impl View for PostsTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.order.len()) {
            return Effect::Nothing;
        }
        match action {
            Action::Add => match self.campaign.as_deref() {
                Some(id) if ctx.plan.campaign(id).is_some() => {
                    Effect::Open(Overlay::form(post::new_form(ctx, id)))
                }
                _ => Effect::Info(ctx.lang.t(Ps::Gone).into()),
            },
            Action::Forward => self.on_post(ctx, dialogs::forward),
            Action::Publish => self.on_post(ctx, dialogs::publish),
            Action::Copy => self.on_post(ctx, dialogs::copy),
            Action::Repeat => self.on_post(ctx, dialogs::repeat),
            other => act_on(other, self.selected(ctx), ctx),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let Some(campaign) = self
            .campaign
            .as_deref()
            .and_then(|id| ctx.plan.campaign(id))
        else {
            empty(area, buf, lang.t(Ps::Title), lang.t(Ps::Gone), theme);
            return;
        };
        let title = lang.posts_of(&campaign.name, theme.dash(), self.order.len());
        if self.order.is_empty() {
            empty(area, buf, &title, lang.t(Ps::Empty), theme);
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
            |width| Columns::fit(width, lang),
            |columns, i| {
                self.order
                    .get(i)
                    .and_then(|&p| ctx.plan.posts.get(p))
                    .map(|p| p.row(columns, ctx))
                    .unwrap_or_default()
            },
            |shown| {
                self.order
                    .get(shown)
                    .and_then(|&p| ctx.plan.posts.get(p))
                    .map(|p| (p.title.clone(), p.detail_lines(ctx)))
            },
        );
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    /// `focus` may name a post of another campaign (a finding, the agenda):
    /// the screen then lists that one's.
    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        if let Some(post) = focus.and_then(|id| ctx.plan.post(id)) {
            self.campaign = Some(post.campaign.clone());
        }
        self.recompute(ctx);
        if let Some(row) = focus.and_then(|id| self.row_of(ctx, id)) {
            self.scroll.select(row);
        }
        self.scroll.clamp(self.order.len());
    }
}
