//! Dialogs over the tabs: help, a yes/no question, a form, a list to pick
//! from, and the weekly check-in. While one is open it gets every key.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::checkin::CheckIn;
use super::form::Form;
use super::keymap::{self, Binding};
use super::tab::Tab;
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
}

/// A list to choose one item from.
#[derive(Debug)]
pub struct Pick {
    pub title: String,
    pub options: Vec<String>,
    pub scroll: Scroll,
    pub purpose: Purpose,
}

impl Pick {
    pub fn new(title: impl Into<String>, options: Vec<String>, purpose: Purpose) -> Self {
        Pick {
            title: title.into(),
            options,
            scroll: Scroll::default(),
            purpose,
        }
    }
}

impl Overlay {
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, tab: Tab) {
        match self {
            Overlay::Help(scroll) => render_help(area, buf, ctx, tab, *scroll),
            Overlay::Confirm(confirm) => render_confirm(confirm, area, buf, ctx),
            Overlay::Form(form) => form.render(area, buf, ctx),
            Overlay::Pick(pick) => render_pick(pick, area, buf, ctx),
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
    let w = u16::try_from(longest + 6).unwrap_or(u16::MAX).clamp(24, 60);
    let h = u16::try_from(pick.options.len() + 2)
        .unwrap_or(u16::MAX)
        .min(20);
    let inner = popup::frame(popup::centered(area, w, h), buf, &pick.title, None, theme);
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
            Line::styled(format!("{pointer} {}", printable(&pick.options[i])), style)
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
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
