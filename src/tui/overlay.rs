//! Dialogs over the tabs: help, a yes/no question, a form, a list to pick
//! from (one item, or several with checkboxes), facts to read, and the
//! weekly check-in. While one is open it gets every key.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::checkin::CheckIn;
use super::form::Form;
use super::keymap::{self, Binding};
use super::tab::Tab;
use super::theme::Theme;
use super::view::{Change, Ctx};
use super::widgets::popup;
use super::widgets::scroll::Scroll;
use crate::i18n::ui::Ui;
use crate::text::{pad_right, printable, width};

#[derive(Debug)]
pub enum Overlay {
    /// The keys; the number is how far it is scrolled.
    Help(usize),
    Confirm(Confirm),
    Form(Form),
    Pick(Pick),
    Details(Details),
    CheckIn(CheckIn),
}

/// A yes/no question before a change (deletions).
#[derive(Debug)]
pub struct Confirm {
    pub question: String,
    pub change: Change,
}

/// What a pick list is for; the tab that opened it handles the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Channels: which preset a new channel starts from.
    ChannelPreset,
    /// Actions: which channel's campaigns to show.
    ChannelFilter,
    /// Calendar: which channels' lanes to show (several).
    CalendarChannels,
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
    /// A line of help on the frame (a checklist's keys).
    pub footer: Option<String>,
}

impl Pick {
    pub fn new(title: impl Into<String>, options: Vec<String>, purpose: Purpose) -> Self {
        Pick {
            title: title.into(),
            options,
            scroll: Scroll::default(),
            purpose,
            checked: None,
            footer: None,
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

    #[must_use]
    pub fn footer(mut self, text: impl Into<String>) -> Self {
        self.footer = Some(text.into());
        self
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

/// Facts to read (the details of an item): ↑/↓ scroll, Esc or Enter
/// closes, and one key may lead to another dialog (`e`: its edit form).
#[derive(Debug)]
pub struct Details {
    pub title: String,
    pub lines: Vec<Line<'static>>,
    /// The keys, on the frame.
    pub footer: String,
    pub scroll: u16,
    /// A key that replaces this dialog with another.
    pub then: Option<(char, Box<Overlay>)>,
}

impl Overlay {
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, tab: Tab) {
        match self {
            Overlay::Help(scroll) => render_help(area, buf, ctx, tab, *scroll),
            Overlay::Confirm(confirm) => render_confirm(confirm, area, buf, ctx),
            Overlay::Form(form) => form.render(area, buf, ctx),
            Overlay::Pick(pick) => render_pick(pick, area, buf, ctx),
            Overlay::Details(details) => render_details(details, area, buf, ctx),
            Overlay::CheckIn(checkin) => checkin.render(area, buf, ctx),
        }
    }
}

fn render_confirm(confirm: &Confirm, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let theme = ctx.theme;
    let question = printable(&confirm.question);
    let w = u16::try_from(width(&question) + 4)
        .unwrap_or(u16::MAX)
        .clamp(30, 70);
    let dialog = popup::centered(area, w, 6);
    let footer = Line::from(vec![
        Span::raw(" "),
        Span::styled(ctx.lang.t(Ui::ConfirmYes), theme.key()),
        Span::raw("  "),
        Span::styled(ctx.lang.t(Ui::ConfirmNo), theme.key()),
        Span::raw(" "),
    ]);
    let inner = popup::frame(dialog, buf, "?", Some(footer), theme);
    Paragraph::new(question)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

fn render_pick(pick: &Pick, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let theme = ctx.theme;
    let longest = pick.options.iter().map(|o| width(o)).max().unwrap_or(10);
    let boxes = if pick.checked.is_some() { 4 } else { 0 };
    let footer_width = pick.footer.as_deref().map_or(0, width);
    let w = u16::try_from((longest + 6 + boxes).max(footer_width + 4))
        .unwrap_or(u16::MAX)
        .clamp(24, 60);
    let h = u16::try_from(pick.options.len() + 2)
        .unwrap_or(u16::MAX)
        .min(20);
    let footer = pick
        .footer
        .as_deref()
        .map(|text| Line::styled(format!(" {text} "), theme.dim()));
    let inner = popup::frame(popup::centered(area, w, h), buf, &pick.title, footer, theme);
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
}

/// As wide as its longest line allows (up to 76 cells), as tall as its
/// lines wrapped; taller ones scroll.
fn render_details(details: &Details, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let theme = ctx.theme;
    let plain = |line: &Line| -> String { line.spans.iter().map(|s| s.content.as_ref()).collect() };
    let longest = details
        .lines
        .iter()
        .map(|l| width(&plain(l)))
        .chain([width(&details.title), width(&details.footer)])
        .max()
        .unwrap_or(0);
    let w = u16::try_from(longest + 4)
        .unwrap_or(u16::MAX)
        .clamp(30, 76)
        .min(area.width);
    let room = usize::from(w.saturating_sub(2)).max(1);
    let rows: usize = details
        .lines
        .iter()
        .map(|l| crate::text::wrap(&plain(l), room).len().max(1))
        .sum();
    let h = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let footer = Line::styled(format!(" {} ", details.footer), theme.dim());
    let title = crate::text::truncate(
        &printable(&details.title),
        usize::from(w.saturating_sub(4)),
        theme.ellipsis(),
    );
    let inner = popup::frame(
        popup::centered(area, w, h),
        buf,
        &title,
        Some(footer),
        theme,
    );
    Paragraph::new(details.lines.clone())
        .wrap(Wrap { trim: false })
        .scroll((details.scroll, 0))
        .render(inner, buf);
}

/// Every key of the current tab, then the global ones, then the form keys:
/// all generated from the keymap. Two columns when one does not fit.
fn render_help(area: Rect, buf: &mut Buffer, ctx: &Ctx, tab: Tab, scroll: usize) {
    let theme = ctx.theme;
    let lang = ctx.lang;
    let rows = |bindings: &[Binding]| -> Vec<(String, String)> {
        bindings
            .iter()
            .map(|b| {
                (
                    keymap::keys_label(b, theme.ascii),
                    lang.t(b.label).to_string(),
                )
            })
            .collect()
    };
    let form_keys: Vec<(String, String)> = [
        ("Tab/Shift-Tab", Ui::FormNext),
        ("Enter", Ui::FormSave),
        ("Esc", Ui::FormCancel),
        ("Space", Ui::FormToggle),
    ]
    .iter()
    .map(|(k, t)| ((*k).to_string(), lang.t(*t).to_string()))
    .collect();
    let this_tab = format!(
        "{}{}{}",
        lang.t(Ui::HelpThisTab),
        theme.dash(),
        tab.title(lang)
    );
    let left = [
        (this_tab, rows(keymap::tab_bindings(tab))),
        (lang.t(Ui::HelpForms).to_string(), form_keys),
    ];
    let right = [(lang.t(Ui::HelpEverywhere).to_string(), rows(keymap::GLOBAL))];
    let mut one_column = help_lines(&left, theme);
    one_column.push(Line::default());
    one_column.extend(help_lines(&right, theme));
    let footer = Line::styled(format!(" {} ", lang.t(Ui::HelpClose)), theme.dim());
    let title = lang.t(Ui::HelpTitle);
    let fits = one_column.len() + 2 <= usize::from(area.height);
    if fits || area.width < 70 {
        let h = u16::try_from(one_column.len() + 2).unwrap_or(u16::MAX);
        let inner = popup::frame(
            popup::centered(area, 64, h),
            buf,
            title,
            Some(footer),
            theme,
        );
        Paragraph::new(one_column)
            .scroll((clamp_u16(scroll), 0))
            .render(inner, buf);
        return;
    }
    let (left, right) = (help_lines(&left, theme), help_lines(&right, theme));
    let h = u16::try_from(left.len().max(right.len()) + 2).unwrap_or(u16::MAX);
    let inner = popup::frame(
        popup::centered(area, 100, h),
        buf,
        title,
        Some(footer),
        theme,
    );
    let [l, r] = inner.layout(
        &ratatui::layout::Layout::horizontal([
            ratatui::layout::Constraint::Fill(1),
            ratatui::layout::Constraint::Fill(1),
        ])
        .spacing(2),
    );
    Paragraph::new(left)
        .scroll((clamp_u16(scroll), 0))
        .render(l, buf);
    Paragraph::new(right)
        .scroll((clamp_u16(scroll), 0))
        .render(r, buf);
}

fn clamp_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn help_lines(
    groups: &[(String, Vec<(String, String)>)],
    theme: super::theme::Theme,
) -> Vec<Line<'static>> {
    let key_width = groups
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(k, _)| width(k)))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (title, rows) in groups {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title.clone(), theme.title()));
        for (keys, what) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!(" {}", pad_right(keys, key_width)), theme.key()),
                Span::raw(format!("  {what}")),
            ]));
        }
    }
    lines
}
