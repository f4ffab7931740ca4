//! A list to choose one item from, or several (a checklist).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use ratatui::crossterm::event::KeyEvent;

use super::{Overlay, Reply};
use crate::domain::Item;
use crate::text::{printable, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect};
use crate::tui::widgets::popup;
use crate::tui::widgets::scroll::Scroll;

/// What a pick list is for; the tab that opened it handles the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Channels: which preset a new channel starts from.
    ChannelPreset,
    /// Actions: which channel's campaigns to show.
    ChannelFilter,
    /// Calendar: which channels' lanes to show (several).
    CalendarChannels,
    /// Actions or Calendar (the tab that asked): a campaign's status.
    CampaignStatus(Tab),
}

impl Purpose {
    /// The tab that asked, which handles the choice.
    pub fn tab(self) -> Tab {
        match self {
            Purpose::ChannelPreset => Tab::Channels,
            Purpose::ChannelFilter => Tab::Actions,
            Purpose::CalendarChannels => Tab::Calendar,
            Purpose::CampaignStatus(tab) => tab,
        }
    }
}

/// A list to choose one item from, or several (a checklist).
#[derive(Debug)]
pub struct Pick {
    pub title: String,
    pub options: Vec<String>,
    pub scroll: Scroll,
    pub purpose: Purpose,
    /// A checklist: whether each option is ticked. Its first option stands
    /// for all the others: ticking it ticks them all. None: choose one.
    pub checked: Option<Vec<bool>>,
    /// The item the choice is about, as it was when the list opened (the
    /// campaign whose status it sets): a change made meanwhile by another
    /// session is then a conflict, not overwritten.
    pub seen: Option<Item>,
}

/// What was picked: the option under the cursor, and a checklist's ticks
/// (without its first, "all", option).
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub index: usize,
    pub ticks: Option<Vec<bool>>,
    pub seen: Option<Item>,
}

impl Pick {
    pub fn new(title: impl Into<String>, options: Vec<String>, purpose: Purpose) -> Self {
        Pick {
            title: title.into(),
            options,
            scroll: Scroll::default(),
            purpose,
            checked: None,
            seen: None,
        }
    }

    /// A checklist: `all` first (it ticks or unticks every option), then
    /// the options with their ticks. Space toggles, `a` toggles all, Enter
    /// applies.
    pub fn checklist(
        title: impl Into<String>,
        all: impl Into<String>,
        options: Vec<(String, bool)>,
        purpose: Purpose,
    ) -> Self {
        let (names, ticks): (Vec<String>, Vec<bool>) = options.into_iter().unzip();
        let mut pick = Pick::new(
            title,
            std::iter::once(all.into()).chain(names).collect(),
            purpose,
        );
        pick.checked = Some(std::iter::once(false).chain(ticks).collect());
        pick
    }

    /// Ticks or unticks the option under the cursor (all of them on the
    /// first one). Nothing in a list to choose one from.
    pub fn toggle(&mut self) {
        let index = self.scroll.selected;
        if index == 0 {
            self.toggle_all();
        } else if let Some(tick) = self.checked.as_mut().and_then(|c| c.get_mut(index)) {
            *tick = !*tick;
        }
    }

    /// Ticks every option, or unticks them all when all were ticked.
    pub fn toggle_all(&mut self) {
        let all = self.all_ticked();
        if let Some(ticks) = self.checked.as_mut() {
            for tick in ticks.iter_mut().skip(1) {
                *tick = !all;
            }
        }
    }

    fn all_ticked(&self) -> bool {
        self.checked
            .as_ref()
            .is_some_and(|c| c.iter().skip(1).all(|t| *t))
    }

    /// A checklist's ticks, without the first ("all") option.
    pub fn ticks(&self) -> Option<Vec<bool>> {
        self.checked
            .as_ref()
            .map(|c| c.iter().skip(1).copied().collect())
    }

    /// The checkbox before option `index`: `[-]` on the first when only
    /// some are ticked.
    fn checkbox(&self, index: usize) -> Option<&'static str> {
        let ticks = self.checked.as_ref()?;
        if index > 0 {
            return Some(Theme::checkbox(ticks.get(index).copied().unwrap_or(false)));
        }
        let any = ticks.iter().skip(1).any(|t| *t);
        Some(match (self.all_ticked(), any) {
            (true, _) => Theme::checkbox(true),
            (false, true) => "[-]",
            (false, false) => Theme::checkbox(false),
        })
    }
}

impl Pick {
    fn keys(&self) -> Dialog {
        Dialog::either(self.checked.is_some(), [Dialog::Pick, Dialog::Checklist])
    }

    pub fn handle_key(mut self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(self.keys(), &key) {
            Some(Action::Close) => return Reply::Close(Effect::Nothing),
            Some(Action::Choose) => {
                let choice = Choice {
                    index: self.scroll.selected,
                    ticks: self.ticks(),
                    seen: self.seen.take(),
                };
                return Reply::Close(Effect::Picked(self.purpose, choice));
            }
            Some(Action::Toggle) => self.toggle(),
            Some(Action::ToggleAll) => self.toggle_all(),
            Some(action) => {
                self.scroll.apply(action, self.options.len());
            }
            None => {}
        }
        Reply::Keep(Overlay::Pick(self))
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render_pick(self, area, buf, ctx);
    }
}

fn render_pick(pick: &Pick, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let theme = ctx.theme;
    let hints = keymap::dialog_hints(pick.keys(), ctx.lang, theme.ascii);
    let footer = keymap::hint_line(&hints, theme);
    let longest = pick.options.iter().map(|o| width(o)).max().unwrap_or(10);
    let boxes = if pick.checked.is_some() { 4 } else { 0 };
    let w = u16::try_from((longest + 6 + boxes).max(footer.width() + 2))
        .unwrap_or(u16::MAX)
        .clamp(24, 60);
    let h = u16::try_from(pick.options.len() + 2)
        .unwrap_or(u16::MAX)
        .min(20);
    let dialog = popup::centered(area, w, h);
    let inner = popup::frame(dialog, buf, &pick.title, Some(footer), theme);
    let rows = pick
        .scroll
        .window(pick.options.len(), usize::from(inner.height));
    let lines: Vec<Line> = rows
        .map(|i| {
            let selected = i == pick.scroll.selected;
            let style = if selected {
                theme.selected()
            } else {
                ratatui::style::Style::new()
            };
            let pointer = if selected { theme.pointer() } else { " " };
            let checkbox = pick
                .checkbox(i)
                .map(|b| format!("{b} "))
                .unwrap_or_default();
            Line::styled(
                format!("{pointer} {checkbox}{}", printable(&pick.options[i])),
                style,
            )
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
    pick.scroll
        .render_scrollbar(popup::inside_frame(dialog), buf, theme);
}
