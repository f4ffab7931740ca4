//! The Review tab's campaigns compared, what step 5 learns from: each
//! campaign's planned and spent money, posts, results and what a click and
//! a lead cost, sorted by any column (`o`/`O`) and filtered by channel
//! (`c`) and by period (`p`). The rows come from `domain::compare`.

use chrono::{Datelike, Months, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::domain::compare::{self, Column, Filter, Row};
use crate::i18n::Lang;
use crate::i18n::compare::Cmp;
use crate::i18n::results::R;
use crate::i18n::ui::Ui;
use crate::text::{pad_left, truncate, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::keymap::{keys_label, tab_bindings};
use crate::tui::tab::Tab;
use crate::tui::tabs::{ListView, column, empty};
use crate::tui::view::{Ctx, Effect};
use crate::tui::widgets::scroll::Scroll;

/// The figures, the least telling first: they give way in this order until
/// the names have room (the sorted column never does). What a lead and a
/// click cost, and what was spent, are what the comparison is for.
const GIVE_WAY: [Column; 9] = [
    Column::Interactions,
    Column::Reach,
    Column::Planned,
    Column::Posts,
    Column::Clicks,
    Column::Leads,
    Column::CostPerClick,
    Column::Spent,
    Column::CostPerLead,
];

/// The name keeps at least this many cells while figures can give way.
const NAME_MIN: usize = 18;

/// The dates the comparison keeps campaigns running in, from the app's
/// today: the periods a marketer reviews by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    All,
    ThisMonth,
    LastMonth,
    ThisQuarter,
}

impl Period {
    fn next(self) -> Period {
        match self {
            Period::All => Period::ThisMonth,
            Period::ThisMonth => Period::LastMonth,
            Period::LastMonth => Period::ThisQuarter,
            Period::ThisQuarter => Period::All,
        }
    }

    /// Its first and last days (both included); None for all dates.
    fn days(self, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let month = today.with_day(1)?;
        let (first, months) = match self {
            Period::All => return None,
            Period::ThisMonth => (month, 1),
            Period::LastMonth => (month.checked_sub_months(Months::new(1))?, 1),
            Period::ThisQuarter => (
                month.checked_sub_months(Months::new(month.month0() % 3))?,
                3,
            ),
        };
        let last = first.checked_add_months(Months::new(months))?.pred_opt()?;
        Some((first, last))
    }

    fn label(self, lang: Lang, today: NaiveDate) -> String {
        match (self, self.days(today)) {
            (Period::ThisQuarter, Some((first, _))) => lang.quarter_period(first),
            (_, Some((first, _))) => lang.month_period(first),
            (_, None) => lang.t(Cmp::AllDates).to_string(),
        }
    }
}

/// One campaign as the table shows it: worked out when the plan or a
/// filter changes, not per frame.
#[derive(Debug)]
struct Shown {
    id: String,
    /// In the order of `Column::ALL`.
    cells: [String; 10],
}

impl Shown {
    fn of(row: &Row, lang: Lang, theme: Theme) -> Shown {
        Shown {
            id: row.campaign.id.clone(),
            cells: Column::ALL.map(|c| lang.compared(row, c, undefined(theme))),
        }
    }

    fn cell(&self, column: Column) -> &str {
        &self.cells[position(column)]
    }
}

fn undefined(theme: Theme) -> &'static str {
    if theme.ascii { "-" } else { "—" }
}

fn position(column: Column) -> usize {
    Column::ALL.iter().position(|&c| c == column).unwrap_or(0)
}

/// The section's state: the sort, the filters, the selection and the rows
/// they give.
#[derive(Debug)]
pub struct Comparison {
    scroll: Scroll,
    sort: Column,
    /// The channel shown (its id); None for all.
    channel: Option<String>,
    period: Period,
    rows: Vec<Shown>,
}

impl Default for Comparison {
    /// Cheapest lead first: what the comparison is mostly asked.
    fn default() -> Comparison {
        Comparison {
            scroll: Scroll::default(),
            sort: Column::CostPerLead,
            channel: None,
            period: Period::default(),
            rows: Vec::new(),
        }
    }
}

impl Comparison {
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.rows.len()) {
            return Effect::Nothing;
        }
        match action {
            Action::SortNext => self.sort = self.sort_step(1),
            Action::SortPrev => self.sort = self.sort_step(Column::ALL.len() - 1),
            Action::FilterChannel => self.channel = next_channel(self.channel.as_deref(), ctx),
            Action::FilterPeriod => self.period = self.period.next(),
            Action::Edit | Action::Open => {
                return match self.rows.get(self.scroll.selected) {
                    Some(row) => Effect::ShowPosts(row.id.clone()),
                    None => Effect::Info(ctx.lang.t(Ui::NothingSelected).into()),
                };
            }
            _ => return Effect::Nothing,
        }
        self.refresh(ctx);
        Effect::Nothing
    }

    fn sort_step(&self, step: usize) -> Column {
        Column::ALL[(position(self.sort) + step) % Column::ALL.len()]
    }

    /// Works the rows out again, the selected campaign kept selected.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let plan = ctx.plan;
        if let Some(id) = &self.channel
            && !plan.channels.iter().any(|c| &c.id == id)
        {
            self.channel = None;
        }
        let kept = self.rows.get(self.scroll.selected).map(|r| r.id.clone());
        let days = self.period.days(ctx.today);
        let filter = Filter {
            channel: self.channel.clone(),
            from: days.map(|(first, _)| first),
            to: days.map(|(_, last)| last),
        };
        let mut rows = compare::rows_with(plan, ctx.posts, &filter);
        compare::sort(&mut rows, self.sort);
        self.rows = rows
            .iter()
            .map(|r| Shown::of(r, ctx.lang, ctx.theme))
            .collect();
        if let Some(i) = kept.and_then(|id| self.rows.iter().position(|r| r.id == id)) {
            self.scroll.select(i);
        }
        self.scroll.clamp(self.rows.len());
    }

    /// "Campaigns compared (3) · Instagram · Jan 2027 · sorted by cost per lead".
    fn title(&self, ctx: &Ctx) -> String {
        let lang = ctx.lang;
        let channel = self
            .channel
            .as_deref()
            .and_then(|id| ctx.plan.channels.iter().find(|c| c.id == id))
            .map_or_else(|| lang.t(Cmp::AllChannels).to_string(), |c| c.name.clone());
        [
            format!("{} ({})", lang.t(Cmp::Title), self.rows.len()),
            channel,
            self.period.label(lang, ctx.today),
            lang.sorted_by(self.sort),
        ]
        .join(ctx.theme.dot())
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let title = truncate(
            &self.title(ctx),
            usize::from(area.width.saturating_sub(4)),
            theme.ellipsis(),
        );
        if ctx.plan.campaigns.is_empty() {
            return empty(area, buf, &title, lang.t(Cmp::NoCampaigns), theme);
        }
        // Under the table, its keys and what summed reach means, while
        // the table keeps a few rows.
        let notes = notes(ctx, usize::from(area.width));
        let room = usize::from(area.height.saturating_sub(6));
        let shown = notes.len().min(room);
        let [list, below] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(u16::try_from(shown).unwrap_or(0)),
        ]));
        for (y, text) in (below.y..below.bottom()).zip(notes) {
            let row = Rect::new(below.x, y, below.width, 1);
            Line::styled(text, theme.dim()).render(row, buf);
        }
        if self.rows.is_empty() {
            return empty(list, buf, &title, lang.t(Cmp::NoneShown), theme);
        }
        let columns = fit(
            &self.rows,
            self.sort,
            usize::from(list.width.saturating_sub(2)),
            ctx,
        );
        let headers: Vec<String> = columns
            .iter()
            .map(|&(c, w)| header(c, self.sort, w, ctx))
            .collect();
        let view = ListView {
            title,
            header: headers.iter().map(String::as_str).collect(),
            widths: columns.iter().map(|&(_, w)| column(w)).collect(),
            len: self.rows.len(),
            scroll: &self.scroll,
        };
        view.render(list, buf, theme, |i| {
            let row = &self.rows[i];
            columns
                .iter()
                .map(|&(c, w)| match c {
                    // Less the selection pointer the list puts before it.
                    Column::Name => {
                        Line::raw(truncate(row.cell(c), w.saturating_sub(2), theme.ellipsis()))
                    }
                    _ => Line::raw(pad_left(row.cell(c), w)),
                })
                .collect()
        });
    }
}

/// The next channel to show: all, then each of the plan's, then all again.
fn next_channel(current: Option<&str>, ctx: &Ctx) -> Option<String> {
    let channels = &ctx.plan.channels;
    let next = match current {
        None => 0,
        Some(id) => channels
            .iter()
            .position(|c| c.id == id)
            .map_or(0, |i| i + 1),
    };
    channels.get(next).map(|c| c.id.clone())
}

/// A column's header, with the sort marked (the way it runs: ▲ cheapest
/// or A first, ▼ most first), figures' on the right like the figures.
fn header(column: Column, sort: Column, cells: usize, ctx: &Ctx) -> String {
    let label = ctx.lang.t(Cmp::HEADER[position(column)]);
    let mut text = capitalised(label);
    if column == sort {
        let ascending = matches!(
            column,
            Column::Name | Column::CostPerClick | Column::CostPerLead
        );
        text.push_str(match (ascending, ctx.theme.ascii) {
            (true, false) => "▲",
            (false, false) => "▼",
            (true, true) => "^",
            (false, true) => "v",
        });
    }
    if column == Column::Name {
        text
    } else {
        pad_left(&text, cells)
    }
}

/// "PER CLICK" as a header in a sentence's case: "Per click". The
/// command line's column names, so that both say the same.
fn capitalised(label: &str) -> String {
    let lower = label.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The columns shown and their widths in `room` cells: every figure as
/// wide as its widest cell or header; the name has the rest, less the
/// figures that give way for it.
fn fit(rows: &[Shown], sort: Column, room: usize, ctx: &Ctx) -> Vec<(Column, usize)> {
    let widest = |c: Column| {
        rows.iter()
            .map(|r| width(r.cell(c)))
            .chain([width(&header(c, sort, 0, ctx))])
            .max()
            .unwrap_or(0)
    };
    let mut shown: Vec<(Column, usize)> =
        Column::ALL[1..].iter().map(|&c| (c, widest(c))).collect();
    let figures = |shown: &[(Column, usize)]| shown.iter().map(|&(_, w)| w + 1).sum::<usize>();
    for drop in GIVE_WAY {
        if room.saturating_sub(figures(&shown)) >= NAME_MIN + 2 {
            break;
        }
        if drop != sort {
            shown.retain(|&(c, _)| c != drop);
        }
    }
    let name = room.saturating_sub(figures(&shown));
    std::iter::once((Column::Name, name)).chain(shown).collect()
}

/// The section's keys (from the keymap, so that they never drift), then
/// what summed reach means, in lines of `room` cells.
fn notes(ctx: &Ctx, room: usize) -> Vec<String> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let keys = |action: Action| {
        tab_bindings(Tab::Review)
            .iter()
            .find(|b| b.action == action)
            .map(|b| keys_label(b, lang, theme.ascii))
            .unwrap_or_default()
    };
    let sort = format!("{}/{}", keys(Action::SortNext), keys(Action::SortPrev));
    let hints = [
        (sort, lang.t(Cmp::SortHint)),
        (keys(Action::FilterChannel), lang.t(Ui::KeyFilterChannel)),
        (keys(Action::FilterPeriod), lang.t(Ui::KeyFilterPeriod)),
        (keys(Action::Edit), lang.t(Ui::KeyPosts)),
    ]
    .iter()
    .map(|(key, what)| format!("{key} {what}"))
    .collect::<Vec<_>>()
    .join(theme.separator());
    let mut lines = vec![truncate(&hints, room, theme.ellipsis())];
    lines.extend(crate::text::wrap(lang.t(R::ReachNote), room));
    lines
}
