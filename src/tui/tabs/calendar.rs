//! Tab 5, Calendar: every campaign by date, month by month, with the
//! objectives' deadlines on their dates and today marked. (The Gantt chart
//! replaces this list later.) `a`, `e` and `d` work as in the Actions tab.

use std::cell::Cell;

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::actions::{self, channel_span, status_span, status_width};
use super::{empty, panel};
use crate::domain::{Campaign, Objective};
use crate::i18n::calendar::Cal;
use crate::i18n::ui::Ui;
use crate::text::{pad_right, printable, truncate, width};
use crate::tui::action::Action;
use crate::tui::overlay::Overlay;
use crate::tui::view::{Ctx, Effect, View};

#[derive(Debug, Default)]
pub struct CalendarTab {
    /// The selected entry; None until a key moves it: the first entry from
    /// today on is shown selected.
    selected: Option<usize>,
    /// The first line shown; adjusted while drawing.
    offset: Cell<usize>,
    /// Lines shown last time: what a page is.
    height: Cell<usize>,
}

/// Something on a date.
#[derive(Clone, Copy)]
enum Entry<'p> {
    /// A campaign, on its start date.
    Campaign(&'p Campaign),
    /// An objective's deadline.
    Deadline(&'p Objective, NaiveDate),
}

impl Entry<'_> {
    fn date(self) -> NaiveDate {
        match self {
            Entry::Campaign(c) => c.start,
            Entry::Deadline(_, date) => date,
        }
    }
}

/// A line of the list.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Row {
    /// The heading of the month of this date.
    Month(NaiveDate),
    Today,
    /// The entry with this index.
    Entry(usize),
}

/// Campaigns by start (as in the Actions tab), deadlines after the
/// campaigns of their day.
fn entries<'p>(ctx: &Ctx<'p>) -> Vec<Entry<'p>> {
    let mut campaigns: Vec<&Campaign> = ctx.plan.campaigns.iter().collect();
    actions::sort(&mut campaigns);
    let mut deadlines: Vec<(&Objective, NaiveDate)> = ctx
        .plan
        .objectives
        .iter()
        .filter_map(|o| o.deadline.map(|d| (o, d)))
        .collect();
    deadlines.sort_by_key(|(o, d)| (*d, o.name.to_lowercase()));
    let mut all = Vec::with_capacity(campaigns.len() + deadlines.len());
    let mut deadlines = deadlines.into_iter().peekable();
    for campaign in campaigns {
        while let Some((o, d)) = deadlines.next_if(|(_, d)| *d < campaign.start) {
            all.push(Entry::Deadline(o, d));
        }
        all.push(Entry::Campaign(campaign));
    }
    all.extend(deadlines.map(|(o, d)| Entry::Deadline(o, d)));
    all
}

/// The lines: a heading when the month changes, the today line before the
/// first entry from today on.
fn rows(entries: &[Entry], today: NaiveDate) -> Vec<Row> {
    let mut rows = Vec::with_capacity(entries.len() + 16);
    let mut month = None;
    let mut heading = |rows: &mut Vec<Row>, date: NaiveDate| {
        let this = (date.year(), date.month());
        if month != Some(this) {
            month = Some(this);
            rows.push(Row::Month(date));
        }
    };
    let mut today_shown = false;
    for (i, entry) in entries.iter().enumerate() {
        if !today_shown && entry.date() >= today {
            heading(&mut rows, today);
            rows.push(Row::Today);
            today_shown = true;
        }
        heading(&mut rows, entry.date());
        rows.push(Row::Entry(i));
    }
    if !today_shown {
        heading(&mut rows, today);
        rows.push(Row::Today);
    }
    rows
}

impl CalendarTab {
    /// The selected entry: the chosen one, else the first from today on.
    fn current(&self, entries: &[Entry], today: NaiveDate) -> usize {
        let last = entries.len().saturating_sub(1);
        self.selected
            .unwrap_or_else(|| {
                entries
                    .iter()
                    .position(|e| e.date() >= today)
                    .unwrap_or(last)
            })
            .min(last)
    }
}

impl View for CalendarTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let entries = entries(ctx);
        let current = self.current(&entries, ctx.today);
        let last = entries.len().saturating_sub(1);
        let page = self.height.get().saturating_sub(2).max(1);
        let moved = match action {
            Action::Up => Some(current.saturating_sub(1)),
            Action::Down => Some((current + 1).min(last)),
            Action::PageUp => Some(current.saturating_sub(page)),
            Action::PageDown => Some((current + page).min(last)),
            Action::First => Some(0),
            Action::Last => Some(last),
            _ => None,
        };
        if let Some(index) = moved {
            self.selected = Some(index);
            return Effect::Nothing;
        }
        if action == Action::Add {
            return actions::add(ctx, None);
        }
        let is_item_action = matches!(action, Action::Edit | Action::Open | Action::Delete);
        match (entries.get(current), action) {
            (Some(Entry::Campaign(c)), Action::Edit | Action::Open) => {
                Effect::Open(Overlay::Form(actions::campaign_form(ctx, Some(c), None)))
            }
            (Some(Entry::Campaign(c)), Action::Delete) => actions::delete(ctx, c),
            (Some(Entry::Deadline(..)), _) if is_item_action => {
                Effect::Info(ctx.lang.t(Cal::IsDeadline).into())
            }
            (None, _) if is_item_action => Effect::Info(ctx.lang.t(Ui::NothingSelected).into()),
            _ => Effect::Nothing,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let entries = entries(ctx);
        if entries.is_empty() {
            empty(area, buf, lang.t(Cal::Title), lang.t(Cal::Empty), theme);
            return;
        }
        let block = panel(lang.t(Cal::Title), theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let height = usize::from(inner.height);
        self.height.set(height);
        if height == 0 || inner.width == 0 {
            return;
        }
        let rows = rows(&entries, ctx.today);
        let current = self.current(&entries, ctx.today);
        let line = rows
            .iter()
            .position(|r| *r == Row::Entry(current))
            .unwrap_or(0);
        let offset = self.scrolled(&rows, line, height);
        let layout = Columns::fit(usize::from(inner.width), &entries, ctx);
        let lines: Vec<Line> = rows
            .iter()
            .skip(offset)
            .take(height)
            .map(|row| match *row {
                Row::Month(date) => Line::styled(
                    truncate(&lang.month_heading(date), layout.width, theme.ellipsis()),
                    theme.title(),
                ),
                Row::Today => layout.today(ctx),
                Row::Entry(i) => layout.entry(entries[i], i == current, ctx),
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        let entries = entries(ctx);
        if let Some(id) = focus
            && let Some(i) = entries
                .iter()
                .position(|e| matches!(e, Entry::Campaign(c) if c.id == id))
        {
            self.selected = Some(i);
        }
        if entries.is_empty() {
            self.selected = None;
        } else if let Some(i) = self.selected {
            self.selected = Some(i.min(entries.len() - 1));
        }
    }
}

impl CalendarTab {
    /// The first line to show so that line `line` is visible, with the
    /// headings just above it when it is reached from below.
    fn scrolled(&self, rows: &[Row], line: usize, height: usize) -> usize {
        let mut offset = if self.selected.is_none() {
            // Not moved yet: today a third of the way down.
            line.saturating_sub(height / 3)
        } else {
            self.offset.get()
        };
        if line < offset {
            let headings = rows[..line]
                .iter()
                .rev()
                .take_while(|r| !matches!(r, Row::Entry(_)))
                .count();
            offset = line.saturating_sub(headings.min(height.saturating_sub(1)));
        } else if line >= offset + height {
            offset = line + 1 - height;
        }
        offset = offset.min(rows.len().saturating_sub(height));
        self.offset.set(offset);
        offset
    }
}

/// Column widths of an entry line: pointer, dates, channel, name, status.
struct Columns {
    width: usize,
    dates: usize,
    /// Both dates of a campaign, or only its start (narrow screens).
    end: bool,
    channel: usize,
    name: usize,
    status: usize,
}

impl Columns {
    fn fit(width: usize, entries: &[Entry], ctx: &Ctx) -> Columns {
        let lang = ctx.lang;
        let channel = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Campaign(c) => Some(c.channel.as_str()),
                Entry::Deadline(o, _) => o.channel.as_deref(),
            })
            .map(|id| {
                ctx.plan
                    .channel(id)
                    .map_or(id.len(), |c| crate::text::width(&c.name))
            })
            .max()
            .unwrap_or(0)
            .min(12);
        let status = status_width(lang).max(crate::text::width(lang.t(Cal::Deadline)));
        let dates_width = |end: bool| {
            entries
                .iter()
                .map(|e| crate::text::width(&dates(*e, end, ctx)))
                .max()
                .unwrap_or(0)
        };
        let full = dates_width(true);
        let end = width >= 2 + full + 1 + channel + 1 + 16 + 1 + status;
        let dates = if end { full } else { dates_width(false) };
        // The name takes the room left, but no more than the longest needs
        // (the status stays next to it on a wide screen).
        let longest = entries
            .iter()
            .map(|e| match e {
                Entry::Campaign(c) => crate::text::width(&c.name),
                Entry::Deadline(o, _) => crate::text::width(&o.name),
            })
            .max()
            .unwrap_or(0);
        let name = width
            .saturating_sub(2 + dates + 1 + channel + 1 + 1 + status)
            .min(longest);
        Columns {
            width,
            dates,
            end,
            channel,
            name,
            status,
        }
    }

    /// `── today 2027-01-20 ──────`
    fn today(&self, ctx: &Ctx) -> Line<'static> {
        let rule = ctx.theme.border().horizontal_top;
        let label = format!("{}{rule} {} {} ", rule, ctx.lang.t(Cal::Today), ctx.today);
        let fill = self.width.saturating_sub(width(&label));
        let text = truncate(&format!("{label}{}", rule.repeat(fill)), self.width, "");
        Line::styled(text, ctx.theme.warning())
    }

    fn entry(&self, entry: Entry, selected: bool, ctx: &Ctx) -> Line<'static> {
        let theme = ctx.theme;
        let lang = ctx.lang;
        let pointer = if selected { theme.pointer() } else { " " };
        let (dates, channel, name, status) = match entry {
            Entry::Campaign(c) => (
                dates(entry, self.end, ctx),
                Some(c.channel.as_str()),
                printable(&c.name),
                status_span(c.status, lang, theme),
            ),
            Entry::Deadline(o, _) => (
                dates(entry, self.end, ctx),
                o.channel.as_deref(),
                printable(&o.name),
                Span::styled(lang.t(Cal::Deadline), theme.warning()),
            ),
        };
        let channel = channel.map_or_else(
            || Span::raw(String::new()),
            |id| channel_span(ctx, id, self.channel),
        );
        let pad = |span: Span<'static>, cells: usize| {
            let text = pad_right(&truncate(&span.content, cells, theme.ellipsis()), cells);
            Span::styled(text, span.style)
        };
        let mut spans = vec![
            Span::raw(format!("{pointer} ")),
            pad(Span::raw(dates), self.dates),
            Span::raw(" "),
            pad(channel, self.channel),
            Span::raw(" "),
            pad(Span::raw(name), self.name),
            Span::raw(" "),
            pad(status, self.status),
        ];
        if let Entry::Deadline(..) = entry {
            // A deadline is not a campaign: set apart, dimmed dates.
            spans[1].style = theme.dim();
        }
        // Fill the row, so the selection shows across the whole width.
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        spans.push(Span::raw(" ".repeat(self.width.saturating_sub(used))));
        let line = Line::from(spans);
        if selected {
            line.style(theme.selected())
        } else {
            line.style(Style::new())
        }
    }
}

/// The dates of an entry, short (the month heading gives the year): "6 Jan
/// → 3 Mar"; only the start when `end` is false or it lasts one day.
fn dates(entry: Entry, end: bool, ctx: &Ctx) -> String {
    let lang = ctx.lang;
    let start = entry.date();
    let text = lang.short_date(start, start.year());
    match entry {
        Entry::Campaign(c) if end && c.end != c.start => format!(
            "{text} {} {}",
            ctx.theme.arrow(),
            lang.short_date(c.end, start.year())
        ),
        _ => text,
    }
}
