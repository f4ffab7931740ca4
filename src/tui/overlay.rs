//! Dialogs over the tabs: help, a yes/no question, a form, a list to pick
//! from (one item, or several with checkboxes), facts to read, the weekly
//! check-in, and a summary to read (the check-in's, the plan's findings).
//! While one is open it gets every key.

mod conflict;
mod pick;
mod summary;

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
use crate::i18n::ui::Ui;
use crate::text::{pad_right, printable, width};

pub use conflict::{Answer, ConflictDialog, Retry};
use pick::render_pick;
pub use pick::{Pick, Purpose};
pub use summary::{Entry, Summary, summary_keys};

#[derive(Debug)]
pub enum Overlay {
    /// The keys; the number is how far it is scrolled.
    Help(usize),
    Confirm(Confirm),
    Form(Form),
    /// A form with typed changes that Esc or Ctrl-c would throw away.
    Discard(Discard),
    /// The plan's file was moved or deleted: write it back?
    WriteBack(WriteBack),
    Pick(Pick),
    Details(Details),
    CheckIn(CheckIn),
    Summary(Summary),
    /// Another session changed what a change or an undo sets: which to keep?
    Conflict(Box<ConflictDialog>),
}

/// A yes/no question before a change (deletions).
#[derive(Debug)]
pub struct Confirm {
    pub question: String,
    pub change: Change,
}

/// The question before a form's typed changes are thrown away. The form
/// waits behind it, drawn underneath, to go back to.
#[derive(Debug)]
pub struct Discard {
    pub form: Form,
    /// Ctrl-c asked (yes quits the program); otherwise Esc did (yes closes
    /// the form).
    pub quitting: bool,
}

/// The question asked when the plan's file was moved or deleted. Whatever
/// dialog was open (a form being filled in) waits behind it, drawn
/// underneath, and comes back once it is answered.
#[derive(Debug)]
pub struct WriteBack {
    pub question: String,
    pub behind: Option<Box<Overlay>>,
    /// Asked on the way out: the answer also quits (Esc stays).
    pub quitting: bool,
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
            Overlay::Discard(discard) => render_discard(discard, area, buf, ctx),
            Overlay::Conflict(conflict) => {
                if let Some(behind) = &conflict.behind {
                    behind.render(area, buf, ctx, tab);
                }
                conflict.render(area, buf, ctx);
            }
            Overlay::WriteBack(write_back) => {
                if let Some(behind) = &write_back.behind {
                    behind.render(area, buf, ctx, tab);
                }
                let answers = if write_back.quitting {
                    [
                        ctx.lang.t(Ui::WriteBackQuitYes),
                        ctx.lang.t(Ui::WriteBackQuitNo),
                    ]
                } else {
                    [ctx.lang.t(Ui::WriteBackYes), ctx.lang.t(Ui::WriteBackNo)]
                };
                render_question(&write_back.question, answers, area, buf, ctx);
            }
            Overlay::Pick(pick) => render_pick(pick, area, buf, ctx),
            Overlay::Details(details) => render_details(details, area, buf, ctx),
            Overlay::CheckIn(checkin) => checkin.render(area, buf, ctx),
            Overlay::Summary(summary) => summary.render(area, buf, ctx),
        }
    }
}

fn render_confirm(confirm: &Confirm, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let answers = [ctx.lang.t(Ui::ConfirmYes), ctx.lang.t(Ui::ConfirmNo)];
    render_question(&confirm.question, answers, area, buf, ctx);
}

/// The form, and over it the question with the keys that answer it.
fn render_discard(discard: &Discard, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    discard.form.render(area, buf, ctx);
    let lang = ctx.lang;
    let (question, yes, no) = if discard.quitting {
        (Ui::DiscardAndQuit, Ui::DiscardQuitYes, Ui::DiscardQuitNo)
    } else {
        (Ui::DiscardChanges, Ui::DiscardYes, Ui::DiscardNo)
    };
    render_question(lang.t(question), [lang.t(yes), lang.t(no)], area, buf, ctx);
}

/// A yes/no question in a small dialog, its two answers on the frame.
fn render_question(question: &str, answers: [&str; 2], area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let theme = ctx.theme;
    let question = printable(question);
    let [yes, no] = answers;
    // The answers fit on the frame: "─ yes  no ─".
    let answers_width = width(yes) + width(no) + 6;
    let w = u16::try_from((width(&question) + 4).max(answers_width))
        .unwrap_or(u16::MAX)
        .clamp(30, 70);
    let dialog = popup::centered(area, w, 6);
    let footer = Line::from(vec![
        Span::raw(" "),
        Span::styled(yes, theme.key()),
        Span::raw("  "),
        Span::styled(no, theme.key()),
        Span::raw(" "),
    ]);
    let inner = popup::frame(dialog, buf, "?", Some(footer), theme);
    Paragraph::new(question)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

/// As wide as its longest line allows (up to 76 cells), as tall as its
/// lines wrapped; taller ones scroll.
pub(super) fn render_details(details: &Details, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
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
    theme: crate::theme::Theme,
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
