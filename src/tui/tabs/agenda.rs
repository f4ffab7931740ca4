//! The agenda, the manager's Monday morning, one key (`A`) from any tab:
//! the overdue posts first, then a week day by day (posts, campaigns
//! starting or ending, deadlines), then the objectives waiting for a value.
//! The entries are `domain::agenda`'s, the same as `socialplan agenda`
//! prints; a post's own keys work here as in its campaign's posts.

mod row;

use chrono::{Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{Listing, empty};
use crate::domain::Post;
use crate::domain::agenda::{Entry, Filter, Section, What, Window, agenda_placed};
use crate::i18n::post_screen::Ps;
use crate::tui::action::Action;
use crate::tui::items::act_on;
use crate::tui::items::measurement::measure_form;
use crate::tui::items::post::dialogs;
use crate::tui::overlay::Overlay;
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;
use row::{Columns, Found};

/// The days the agenda shows: a week.
const DAYS: u32 = 7;

#[derive(Debug, Default)]
pub struct AgendaTab {
    /// The window's first day, when moved away from today.
    from: Option<NaiveDate>,
    scroll: Scroll,
    /// Worked out when the plan changes, not on every frame.
    entries: Vec<Entry>,
    /// Where each entry's post and campaign are in the plan, found with
    /// the entries: a row never looks them up among all the plan's.
    found: Vec<Found>,
}

impl AgendaTab {
    fn window(&self, today: NaiveDate) -> Window {
        Window {
            from: self.from.unwrap_or(today),
            days: DAYS,
        }
    }

    fn recompute(&mut self, ctx: &Ctx) {
        let window = self.window(ctx.today);
        let placed = agenda_placed(ctx.plan, ctx.today, window, &Filter::default());
        (self.entries, self.found) = row::found(placed, ctx);
    }

    fn selected(&self) -> Option<&Entry> {
        self.entries.get(self.scroll.selected)
    }

    /// The entry on row `i` and where its post and campaign are.
    fn at(&self, i: usize) -> Option<(&Entry, Found)> {
        Some((self.entries.get(i)?, self.found.get(i).copied()?))
    }

    fn selected_post<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Post> {
        let (entry, found) = self.at(self.scroll.selected)?;
        found.post(entry, ctx)
    }

    /// The window a week earlier or later; back to today with `None`.
    fn move_window(&mut self, ctx: &Ctx, weeks: Option<i8>) {
        self.from = weeks.and_then(|weeks| {
            let from = self.window(ctx.today).from;
            let days = Days::new(u64::from(DAYS));
            if weeks < 0 {
                from.checked_sub_days(days)
            } else {
                from.checked_add_days(days)
            }
        });
        self.recompute(ctx);
        self.scroll.select(0);
        self.scroll.clamp(self.entries.len());
    }

    /// Enter: a post's form, a campaign's posts, an objective in its tab.
    fn open(&self, ctx: &Ctx) -> Effect {
        match self.selected().map(|e| &e.what) {
            Some(What::Post(_)) => act_on(Action::Edit, self.selected_post(ctx), ctx),
            Some(What::CampaignStarts(id) | What::CampaignEnds(id)) => {
                Effect::ShowPosts(id.clone())
            }
            Some(What::Deadline(id) | What::Measure { objective: id, .. }) => {
                Effect::GoTo(Tab::Objectives, Some(id.clone()))
            }
            None => act_on::<Post>(Action::Edit, None, ctx),
        }
    }

    /// A post's own keys; on another entry they say what they need.
    fn on_post(&self, ctx: &Ctx, act: fn(&Post, &Ctx) -> Effect) -> Effect {
        match self.selected_post(ctx) {
            Some(post) => act(post, ctx),
            None => Effect::Info(ctx.lang.t(Ps::NotAPost).into()),
        }
    }

    /// `m` on a reminder (or a deadline): record the objective's value.
    fn measure(&self, ctx: &Ctx) -> Effect {
        let objective = match self.selected().map(|e| &e.what) {
            Some(What::Deadline(id) | What::Measure { objective: id, .. }) => {
                ctx.plan.objective(id)
            }
            _ => None,
        };
        match objective {
            Some(objective) => Effect::Open(Overlay::form(measure_form(ctx, objective))),
            None => Effect::Info(ctx.lang.t(Ps::NotAnObjective).into()),
        }
    }
}

impl View for AgendaTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.entries.len()) {
            return Effect::Nothing;
        }
        match action {
            Action::Open | Action::Edit => self.open(ctx),
            Action::Delete => act_on(action, self.selected_post(ctx), ctx),
            Action::Forward => self.on_post(ctx, dialogs::forward),
            Action::Publish => self.on_post(ctx, dialogs::publish),
            Action::Copy => self.on_post(ctx, dialogs::copy),
            Action::Repeat => self.on_post(ctx, dialogs::repeat),
            Action::Measure => self.measure(ctx),
            Action::Earlier | Action::Later => {
                self.move_window(ctx, Some(if action == Action::Later { 1 } else { -1 }));
                Effect::Nothing
            }
            Action::Today => {
                self.move_window(ctx, None);
                Effect::Nothing
            }
            _ => Effect::Nothing,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let window = self.window(ctx.today);
        let mut title = lang.agenda_title(window.from, window.last());
        let overdue = self
            .entries
            .iter()
            .take_while(|e| e.section == Section::Overdue)
            .count();
        if overdue > 0 {
            title = format!("{title}{}{}", theme.dot(), lang.overdue_count(overdue));
        }
        if self.entries.is_empty() {
            empty(area, buf, &title, lang.t(Ps::AgendaEmpty), theme);
            return;
        }
        let listing = Listing {
            title,
            len: self.entries.len(),
            scroll: &self.scroll,
        };
        listing.render(
            area,
            buf,
            ctx,
            |width| Columns::fit(width, ctx),
            |columns, i| {
                let first = i == 0 || self.entries[i - 1].section != self.entries[i].section;
                self.at(i)
                    .map(|(entry, found)| columns.row(entry, found, first, ctx))
                    .unwrap_or_default()
            },
            |shown| {
                self.at(shown)
                    .map(|(entry, found)| row::details(entry, found, ctx))
            },
        );
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    /// The selection follows the entry it was on (a post published from
    /// the overdue stays selected where it moves to, if it is still shown).
    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        let kept = focus
            .map(str::to_string)
            .or_else(|| self.selected().map(|e| row::key(&e.what).to_string()));
        self.recompute(ctx);
        if let Some(row) =
            kept.and_then(|key| self.entries.iter().position(|e| row::key(&e.what) == key))
        {
            self.scroll.select(row);
        }
        self.scroll.clamp(self.entries.len());
    }
}
