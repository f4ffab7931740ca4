//! Tab 6, Review: where each objective stands and where its trend leads
//! (the forecast), the reviews, the weekly check-in (`w`), and (←/→) the
//! protocols the plan is run by and the campaigns compared.

mod campaigns;
mod layout;
mod protocols;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Row, Table, Widget, Wrap};

use super::{ListView, detail, empty, panel};
use crate::domain::forecast::{Forecast, Verdict};
use crate::domain::progress::STALE_DAYS;
use crate::domain::{Objective, Review};
use crate::i18n::Lang;
use crate::i18n::review::R;
use crate::i18n::ui::Ui;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::items::review::{self, decision_label, review_lines};
use crate::tui::items::{ItemView, act_on};
use crate::tui::overlay::Overlay;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::gauge;
use crate::tui::widgets::scroll::Scroll;
use campaigns::Comparison;
use layout::layout_reviews;
use protocols::{ProtocolList, Section};

/// The objective table's name column never gets narrower than this while
/// the figures a person can do without make room (at 80 columns, the date
/// and the latest value: the progress, the trend and the forecast say more).
const NAME_ROOMY: usize = 30;

/// ... and never narrower than this while the trend, the progress or the
/// verdict can.
const NAME_MIN: usize = 24;

/// How many values the sparkline shows (the baseline, then the measurements).
const TREND_WIDTH: usize = 10;

#[derive(Debug, Default)]
pub struct ReviewTab {
    section: Section,
    protocols: ProtocolList,
    campaigns: Comparison,
    /// The selection in the reviews, newest first. The objective table is
    /// read-only: it is there to look at, so ↑/↓ always move in the reviews.
    scroll: Scroll,
    /// The reviews newest first (positions in the plan's list, which keeps
    /// them in the order added): sorted when the plan changes, not per frame.
    order: Vec<usize>,
    /// Where each objective stands (active ones first), with its forecast:
    /// worked out when the plan changes, not per frame.
    standings: Vec<Standing>,
}

impl ReviewTab {
    fn reviews<'p>(&self, ctx: &Ctx<'p>) -> Vec<&'p Review> {
        self.order
            .iter()
            .filter_map(|&i| ctx.plan.reviews.get(i))
            .collect()
    }

    fn selected<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Review> {
        let index = self.order.get(self.scroll.selected)?;
        ctx.plan.reviews.get(*index)
    }

    fn render_reviews(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let reviews = self.reviews(ctx);
        let decision_width = reviews
            .iter()
            .map(|r| width(decision_label(lang, r.decision)))
            .chain([width(lang.t(R::ColDecision))])
            .max()
            .unwrap_or(0);
        // Pointer and date, then the decision: what the list cannot lose.
        let date_width = 12;
        let (list, pane) = layout_reviews(area, &reviews, date_width + decision_width + 3, ctx);
        let inner_width = usize::from(list.width.saturating_sub(2));
        // What worked, in what is left.
        let worked_width = inner_width.saturating_sub(date_width + decision_width + 2);
        let show_worked = worked_width >= 8;
        let mut header = vec![lang.t(R::ColDate), lang.t(R::ColDecision)];
        let mut widths = vec![
            Constraint::Length(u16::try_from(date_width).unwrap_or(12)),
            Constraint::Length(u16::try_from(decision_width).unwrap_or(u16::MAX)),
        ];
        if show_worked {
            header.push(lang.t(R::ColWorked));
            widths.push(Constraint::Fill(1));
        }
        let view = ListView {
            title: format!("{} ({})", lang.t(R::Title), reviews.len()),
            header,
            widths,
            len: reviews.len(),
            scroll: &self.scroll,
        };
        let columns = review::Columns {
            worked: show_worked.then_some(worked_width),
        };
        view.render(list, buf, theme, |i| reviews[i].row(&columns, ctx));
        let shown = self.order.get(self.scroll.shown());
        if let Some(review) = shown.and_then(|&i| ctx.plan.reviews.get(i))
            && pane.area() > 0
        {
            let inner = pane.inner(ratatui::layout::Margin::new(1, 1));
            detail(
                pane,
                buf,
                &format!("{} {}", lang.t(R::Review), lang.date(review.date)),
                review_lines(review, ctx, inner),
                theme,
                self.scroll.lagging(),
            );
        }
    }
}

impl View for ReviewTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if let Some(section) = self.section.switched(action) {
            self.section = section;
            return Effect::Nothing;
        }
        match self.section {
            Section::Protocols => return self.protocols.update(action, ctx),
            Section::Campaigns => return self.campaigns.update(action, ctx),
            Section::Reviews => {}
        }
        if self.scroll.apply(action, ctx.plan.reviews.len()) {
            return Effect::Nothing;
        }
        if action == Action::Add {
            return Effect::Open(Overlay::form(review::review_form(ctx, None)));
        }
        act_on(action, self.selected(ctx), ctx)
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let plan = ctx.plan;
        match self.section {
            Section::Protocols => self.protocols.render(area, buf, ctx),
            Section::Campaigns => self.campaigns.render(area, buf, ctx),
            Section::Reviews => {}
        }
        if self.section != Section::Reviews {
            return self.section.label(area, buf, ctx);
        }
        if plan.objectives.is_empty() && plan.reviews.is_empty() {
            empty(area, buf, lang.t(Ui::TabReview), lang.t(R::Empty), theme);
            return self.section.label(area, buf, ctx);
        }
        // Every objective if it can, then the reviews in what is left: never
        // less than a third of the height (or what they all take, when
        // that is less), nor a few of their lines. Left two rows by many
        // objectives, the list turned a page every other move, rewriting
        // its long rows over a slow link (issue 16, budget 3).
        let wanted = if plan.objectives.is_empty() {
            4
        } else {
            u16::try_from(plan.objectives.len() + 3).unwrap_or(u16::MAX)
        };
        let all_reviews = u16::try_from(plan.reviews.len() + 3).unwrap_or(u16::MAX);
        let reviews_min = (area.height / 3).min(all_reviews).max(5);
        let top_height = wanted.min(area.height.saturating_sub(reviews_min));
        let [top, bottom] = area.layout(&Layout::vertical([
            Constraint::Length(top_height),
            Constraint::Fill(1),
        ]));
        render_objectives(&self.standings, top, buf, ctx);
        if plan.reviews.is_empty() {
            empty(bottom, buf, lang.t(R::Title), lang.t(R::NoReviews), theme);
        } else {
            self.render_reviews(bottom, buf, ctx);
        }
        self.section.label(area, buf, ctx);
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle() | self.protocols.settle()
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        let focus = self.protocols.refresh(ctx, self.section, focus);
        self.campaigns.refresh(ctx);
        let objectives = &ctx.plan.objectives;
        let active_first = objectives.iter().filter(|o| o.active);
        let inactive = objectives.iter().filter(|o| !o.active);
        self.standings = active_first
            .chain(inactive)
            .map(|o| Standing::of(o, ctx))
            .collect();
        let reviews = &ctx.plan.reviews;
        self.order = (0..reviews.len()).collect();
        self.order
            .sort_by_key(|&i| std::cmp::Reverse(reviews[i].date));
        if let Some(row) = focus.and_then(|key| {
            self.order
                .iter()
                .position(|&i| reviews[i].date.to_string() == key)
        }) {
            self.scroll.select(row);
        }
        self.scroll.clamp(reviews.len());
    }
}

/// Where one objective stands, as the table shows it.
#[derive(Debug)]
struct Standing {
    name: String,
    latest: String,
    date: String,
    ago: String,
    stale: bool,
    percent: String,
    style: Style,
    values: Vec<f64>,
    /// The trend's value at the deadline.
    projected: String,
    verdict: Verdict,
    verdict_text: &'static str,
    active: bool,
}

impl Standing {
    fn of(objective: &Objective, ctx: &Ctx) -> Standing {
        let lang = ctx.lang;
        let forecast = Forecast::of(objective, ctx.today);
        let p = forecast.progress;
        let days = (ctx.today - p.latest_date).num_days();
        let mut name = printable(&objective.name);
        if !objective.active {
            name = format!("{name} ({})", lang.t(R::Inactive));
        }
        Standing {
            name,
            latest: ctx.lang.num(p.latest),
            date: ctx.lang.date(p.latest_date),
            ago: lang.review_ago(days),
            stale: objective.active && days > STALE_DAYS,
            percent: lang.percent(p.percent()),
            style: ctx.theme.progress(&p, objective.active),
            values: std::iter::once(objective.baseline.value)
                .chain(objective.measurements.iter().map(|m| m.value))
                .collect(),
            projected: lang.projected(forecast.projected),
            verdict: forecast.verdict,
            verdict_text: lang.verdict(forecast.verdict),
            active: objective.active,
        }
    }
}

impl Standing {
    /// The objective's cell in column `col`, `width` cells wide.
    fn cell(&self, col: Col, width: usize, theme: Theme) -> Line<'static> {
        let plain = if self.active {
            Style::new()
        } else {
            theme.dim()
        };
        match col {
            Col::Name => Line::styled(truncate(&self.name, width, theme.ellipsis()), plain),
            Col::Progress => Line::styled(self.percent.clone(), self.style),
            Col::Trend => Line::styled(gauge::sparkline(&self.values, width, theme), self.style),
            Col::Latest => Line::styled(self.latest.clone(), plain),
            Col::Date => Line::styled(self.date.clone(), plain),
            Col::Ago => Line::styled(
                self.ago.clone(),
                if self.stale { theme.warning() } else { plain },
            ),
            Col::Projected => Line::styled(self.projected.clone(), plain),
            Col::Verdict => Line::styled(
                self.verdict_text,
                if self.active {
                    theme.verdict(self.verdict)
                } else {
                    plain
                },
            ),
        }
    }
}

/// The columns of the objective table, left to right.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Progress,
    Trend,
    Latest,
    Date,
    Ago,
    Projected,
    Verdict,
}

impl Col {
    fn header(self) -> R {
        match self {
            Col::Name => R::ColObjective,
            Col::Progress => R::ColProgress,
            Col::Trend => R::ColTrend,
            Col::Latest => R::ColLatest,
            Col::Date => R::ColDate,
            Col::Ago => R::ColAgo,
            Col::Projected => R::ColProjected,
            Col::Verdict => R::ColVerdict,
        }
    }

    /// Figures line up on the right.
    fn align(self, line: Line<'static>) -> Line<'static> {
        if matches!(self, Col::Progress | Col::Latest | Col::Projected) {
            line.alignment(Alignment::Right)
        } else {
            line
        }
    }
}

/// Per objective (active first, then the inactive ones dimmed): progress,
/// a sparkline of its values, the latest value, its date and its age, the
/// value its trend reaches by the deadline and the verdict.
fn render_objectives(standings: &[Standing], area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let rows_room = usize::from(area.height.saturating_sub(3));
    let shown = standings.len().min(rows_room);
    let title = format!(
        "{}{}{}",
        lang.objectives_title(shown, standings.len()),
        ctx.theme.dot(),
        lang.t(R::CheckInHint)
    );
    let block = panel(&title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if standings.is_empty() {
        Paragraph::new(lang.t(R::NoObjectives))
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let standings = &standings[..shown];
    let columns = fit_columns(standings, usize::from(inner.width), lang);
    let widths: Vec<Constraint> = columns
        .iter()
        .map(|&(_, w)| Constraint::Length(u16::try_from(w).unwrap_or(u16::MAX)))
        .collect();
    let header = Row::new(
        columns
            .iter()
            .map(|&(c, _)| c.align(Line::styled(lang.t(c.header()), theme.dim())))
            .collect::<Vec<_>>(),
    );
    let rows: Vec<Row> = standings
        .iter()
        .map(|s| {
            Row::new(
                columns
                    .iter()
                    .map(|&(c, w)| c.align(s.cell(c, w, theme)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .render(inner, buf);
}

/// The columns that fit in `total` cells, with their widths: the least
/// needed ones are dropped until the names have room.
fn fit_columns(standings: &[Standing], total: usize, lang: Lang) -> Vec<(Col, usize)> {
    let widest = |col: Col, cell: fn(&Standing) -> &str| {
        standings
            .iter()
            .map(|s| width(cell(s)))
            .chain([width(lang.t(col.header()))])
            .max()
            .unwrap_or(0)
    };
    let column_width = |col: Col| match col {
        // Names no wider than the longest, so the figures stay next to them.
        Col::Name => widest(col, |s| &s.name),
        Col::Progress => widest(col, |s| &s.percent),
        Col::Trend => widest(col, |_| "").max(TREND_WIDTH),
        Col::Latest => widest(col, |s| &s.latest),
        Col::Date => widest(col, |s| &s.date),
        Col::Ago => widest(col, |s| &s.ago),
        Col::Projected => widest(col, |s| &s.projected),
        Col::Verdict => widest(col, |s| s.verdict_text),
    };
    let mut columns = vec![
        Col::Name,
        Col::Progress,
        Col::Trend,
        Col::Latest,
        Col::Date,
        Col::Ago,
        Col::Projected,
        Col::Verdict,
    ];
    let name_room = |columns: &[Col]| {
        let others: usize = columns
            .iter()
            .filter(|&&c| c != Col::Name)
            .map(|&c| column_width(c) + 1)
            .sum();
        total.saturating_sub(others)
    };
    // The verdict is the answer the tab gives: it goes last, after the
    // progress; the date goes first (the age says it shorter).
    for (drop, name_min) in [
        (Col::Date, NAME_ROOMY),
        (Col::Latest, NAME_ROOMY),
        (Col::Ago, NAME_ROOMY),
        (Col::Projected, NAME_ROOMY),
        (Col::Trend, NAME_MIN),
        (Col::Progress, NAME_MIN),
        (Col::Verdict, NAME_MIN),
    ] {
        if name_room(&columns) >= name_min {
            break;
        }
        columns.retain(|&c| c != drop);
    }
    let name_width = name_room(&columns).min(column_width(Col::Name));
    columns
        .into_iter()
        .map(|c| {
            let w = if c == Col::Name {
                name_width
            } else {
                column_width(c)
            };
            (c, w)
        })
        .collect()
}
