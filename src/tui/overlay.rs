//! Dialogs over the tabs: help, a yes/no question, a form, a list to pick
//! from (one item, or several with checkboxes), facts to read, the weekly
//! check-in, and a summary to read (the check-in's, the plan's findings).
//! While one is open it gets every key.

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
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
    /// A form with typed changes that Esc or Ctrl-c would throw away.
    Discard(Discard),
    /// The plan's file was moved or deleted: write it back?
    WriteBack(WriteBack),
    Pick(Pick),
    Details(Details),
    CheckIn(CheckIn),
    Summary(Summary),
    /// Another session changed what a change or an undo sets: which to keep?
    Conflict(Box<super::conflict::ConflictDialog>),
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

/// Entries to read, each a head line with lines below it, wrapped and
/// indented: the check-in's summary, the plan's findings. ↑/↓ scroll; when
/// entries lead somewhere (findings), ↑/↓ select one and Enter goes there.
#[derive(Debug)]
pub struct Summary {
    pub title: String,
    pub entries: Vec<Entry>,
    /// The keys, on the frame.
    pub footer: String,
    /// The selected entry, when entries can be gone to.
    pub selected: Option<usize>,
    /// The first row shown, and how far and by how much it can scroll: known
    /// only while drawing (they depend on the size), hence Cells.
    offset: Cell<usize>,
    max_offset: Cell<usize>,
    page: Cell<usize>,
}

/// One entry of a [`Summary`].
#[derive(Clone, Debug)]
pub struct Entry {
    pub head: Line<'static>,
    pub body: Vec<Line<'static>>,
    /// Where Enter goes: a tab, and the key of the item to select there.
    pub target: Option<(Tab, Option<String>)>,
}

/// The widest a summary gets: it is read, not scanned.
const SUMMARY_WIDTH: u16 = 78;

impl Summary {
    /// A summary to scroll through; `selectable` when Enter goes to the
    /// selected entry's target.
    pub fn new(
        title: impl Into<String>,
        entries: Vec<Entry>,
        footer: impl Into<String>,
        selectable: bool,
    ) -> Self {
        Summary {
            title: title.into(),
            selected: (selectable && !entries.is_empty()).then_some(0),
            entries,
            footer: footer.into(),
            offset: Cell::new(0),
            max_offset: Cell::new(0),
            page: Cell::new(1),
        }
    }

    /// Moves the selection (or scrolls) for a movement action; false if it
    /// was not one.
    pub fn apply(&mut self, action: super::action::Action) -> bool {
        use super::action::Action;
        let page = self.page.get().max(1);
        if let Some(selected) = self.selected {
            let last = self.entries.len().saturating_sub(1);
            // An entry takes about four rows.
            let page = (page / 4).max(1);
            self.selected = Some(match action {
                Action::Up => selected.saturating_sub(1),
                Action::Down => (selected + 1).min(last),
                Action::PageUp => selected.saturating_sub(page),
                Action::PageDown => (selected + page).min(last),
                Action::First => 0,
                Action::Last => last,
                _ => return false,
            });
            return true;
        }
        let offset = self.offset.get();
        let max = self.max_offset.get();
        self.offset.set(match action {
            Action::Up => offset.saturating_sub(1),
            Action::Down => (offset + 1).min(max),
            Action::PageUp => offset.saturating_sub(page),
            Action::PageDown => (offset + page).min(max),
            Action::First => 0,
            Action::Last => max,
            _ => return false,
        });
        true
    }

    /// The selected entry's target.
    pub fn target(&self) -> Option<(Tab, Option<String>)> {
        self.entries.get(self.selected?)?.target.clone()
    }

    /// Every row at `room` cells wide, with the entry each belongs to (None
    /// for the blank rows between entries).
    fn rows(&self, room: usize, theme: Theme) -> Vec<(Option<usize>, Line<'static>)> {
        let pointer = self.selected.map_or(0, |_| 2);
        let mut rows = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if i > 0 {
                rows.push((None, Line::default()));
            }
            let selected = self.selected == Some(i);
            let mut head = entry.head.clone();
            if self.selected.is_some() {
                let mark = if selected { theme.pointer() } else { " " };
                head.spans.insert(0, Span::raw(format!("{mark} ")));
            }
            for mut line in wrap_line(&head, room, pointer + 2) {
                if selected {
                    // The selection bar spans the row.
                    let fill = room.saturating_sub(line.width());
                    line.spans.push(Span::raw(" ".repeat(fill)));
                    line = line.patch_style(theme.selected());
                }
                rows.push((Some(i), line));
            }
            let indent = pointer + 2;
            for line in &entry.body {
                let mut indented = line.clone();
                indented.spans.insert(0, Span::raw(" ".repeat(indent)));
                rows.extend(
                    wrap_line(&indented, room, indent)
                        .into_iter()
                        .map(|l| (Some(i), l)),
                );
            }
        }
        rows
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        // As wide as the longest line (up to a limit), as tall as its rows.
        let longest = self
            .entries
            .iter()
            .flat_map(|e| std::iter::once(&e.head).chain(&e.body))
            .map(|l| l.width() + 6)
            .chain([width(&self.title) + 6, width(&self.footer) + 4])
            .max()
            .unwrap_or(0);
        let w = u16::try_from(longest)
            .unwrap_or(u16::MAX)
            .clamp(30, SUMMARY_WIDTH)
            .min(area.width);
        // A space on each side of the text, inside the frame.
        let room = usize::from(w.saturating_sub(4)).max(1);
        let rows = self.rows(room, theme);
        let h = u16::try_from(rows.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height);
        let visible = usize::from(h.saturating_sub(2));
        let max = rows.len().saturating_sub(visible);
        let mut offset = self.offset.get().min(max);
        // The selected entry shows whole when it can (its head at least).
        if let Some(selected) = self.selected {
            let first = rows.iter().position(|(e, _)| *e == Some(selected));
            let last = rows.iter().rposition(|(e, _)| *e == Some(selected));
            if let (Some(first), Some(last)) = (first, last) {
                if last >= offset + visible {
                    offset = (last + 1).saturating_sub(visible);
                }
                if first < offset {
                    offset = first;
                }
            }
        }
        self.offset.set(offset);
        self.max_offset.set(max);
        self.page.set(visible.saturating_sub(1).max(1));
        let title = crate::text::truncate(
            &printable(&self.title),
            usize::from(w.saturating_sub(4)),
            theme.ellipsis(),
        );
        let footer = Line::styled(format!(" {} ", self.footer), theme.dim());
        let dialog = popup::centered(area, w, h);
        let inner = popup::frame(dialog, buf, &title, Some(footer), theme);
        // More above or below: an arrow on the frame says so.
        let (up, down) = if theme.ascii {
            ("^", "v")
        } else {
            ("↑", "↓")
        };
        if dialog.width >= 8 && dialog.height >= 2 {
            let corner = |y: u16, mark: &str, buf: &mut Buffer| {
                let at = Rect::new(dialog.right() - 4, y, 3, 1);
                Line::styled(format!(" {mark} "), theme.key())
                    .alignment(Alignment::Right)
                    .render(at, buf);
            };
            if offset > 0 {
                corner(dialog.y, up, buf);
            }
            if offset < max {
                corner(dialog.bottom() - 1, down, buf);
            }
        }
        let text = inner.inner(ratatui::layout::Margin::new(1, 0));
        let lines: Vec<Line> = rows
            .into_iter()
            .skip(offset)
            .take(visible)
            .map(|(_, line)| line)
            .collect();
        Paragraph::new(lines).render(text, buf);
    }
}

/// The keys of a summary: "↑/↓ scroll · Esc close", or with entries to go
/// to, "↑/↓ move · Enter go to it · Esc close".
pub fn summary_keys(ctx: &Ctx, selectable: bool) -> String {
    let lang = ctx.lang;
    let ascii = ctx.theme.ascii;
    let dot = ctx.theme.separator();
    let arrows = format!(
        "{}/{}",
        keymap::Key::Up.label(ascii),
        keymap::Key::Down.label(ascii)
    );
    let close = format!("Esc {}", lang.t(Ui::DialogClose));
    if selectable {
        format!(
            "{arrows} {}{dot}Enter {}{dot}{close}",
            lang.t(Ui::DialogMove),
            lang.t(Ui::DialogGoTo)
        )
    } else {
        format!("{arrows} {}{dot}{close}", lang.t(Ui::DialogScroll))
    }
}

/// Breaks a line of styled text into rows of at most `room` cells, between
/// words; rows after the first start `indent` cells in. A word longer than
/// a row is cut.
fn wrap_line(line: &Line<'static>, room: usize, indent: usize) -> Vec<Line<'static>> {
    // The words, each in pieces of one style; a space separates words.
    let mut words: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    for span in &line.spans {
        for (i, part) in span.content.split(' ').enumerate() {
            if i > 0 {
                words.push(Vec::new());
            }
            if !part.is_empty()
                && let Some(word) = words.last_mut()
            {
                word.push(Span::styled(printable(part), span.style));
            }
        }
    }
    let indent = indent.min(room / 2);
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    // Whether the row has a word yet (not only its indent).
    let mut started = false;
    for (i, word) in words.into_iter().enumerate() {
        let cells: usize = word.iter().map(|s| width(&s.content)).sum();
        if i > 0 {
            if started && used + 1 + cells > room {
                rows.push(Line::from(std::mem::take(&mut row)));
                row.push(Span::raw(" ".repeat(indent)));
                used = indent;
                started = false;
            } else {
                row.push(Span::raw(" "));
                used += 1;
            }
        }
        for piece in word {
            let left = room.saturating_sub(used);
            let cut = if width(&piece.content) <= left {
                piece
            } else {
                Span::styled(crate::text::truncate(&piece.content, left, ""), piece.style)
            };
            used += width(&cut.content);
            row.push(cut);
        }
        started |= cells > 0;
    }
    rows.push(Line::from(row));
    rows.into_iter().map(|l| l.style(line.style)).collect()
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

#[cfg(test)]
mod tests {
    use ratatui::style::Style;

    use super::*;

    fn plain(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn lines_wrap_between_words_with_a_hanging_indent_and_keep_their_styles() {
        let line = Line::from(vec![
            Span::raw("  fix: "),
            Span::styled("raise the budget", Style::new().red()),
            Span::raw(" or move campaigns"),
        ]);
        let rows = wrap_line(&line, 20, 4);
        let texts: Vec<String> = rows.iter().map(plain).collect();
        assert_eq!(
            texts,
            ["  fix: raise the", "    budget or move", "    campaigns"]
        );
        let budget = rows[1].spans.iter().find(|s| s.content == "budget");
        assert_eq!(budget.map(|s| s.style), Some(Style::new().red()));
        // A word longer than a row is cut, never wider than the row.
        let rows = wrap_line(&Line::raw("a 🍞🍞🍞🍞🍞🍞 b"), 8, 2);
        assert!(rows.iter().all(|r| r.width() <= 8), "{rows:?}");
        // Nothing to wrap, and no room at all.
        assert_eq!(wrap_line(&Line::raw(""), 10, 2).len(), 1);
        assert!(!wrap_line(&Line::raw("some words"), 0, 2).is_empty());
    }
}
