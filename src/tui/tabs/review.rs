//! Tab 6, Review: where each objective stands and where its trend leads
//! (the forecast), the reviews, and the weekly check-in (`w`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Table, Widget, Wrap};

use super::objectives::progress_style;
use super::{ListView, confirm, detail, edit_or_delete, empty, panel};
use crate::domain::forecast::{Forecast, Verdict};
use crate::domain::progress::STALE_DAYS;
use crate::domain::{Decision, Edit, Item, Kind, Objective, Plan, Review};
use crate::i18n::review::R;
use crate::i18n::ui::Ui;
use crate::i18n::{Lang, number};
use crate::text::{printable, truncate, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::overlay::Overlay;
use crate::tui::view::{Change, Ctx, Effect, View};
use crate::tui::widgets::gauge;
use crate::tui::widgets::scroll::Scroll;

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
    /// The selection in the reviews, newest first. The objective table is
    /// read-only: it is there to look at, so ↑/↓ always move in the reviews.
    scroll: Scroll,
}

/// The reviews, newest first (the plan keeps them in the order added).
fn newest_first(plan: &Plan) -> Vec<&Review> {
    let mut reviews: Vec<&Review> = plan.reviews.iter().collect();
    reviews.sort_by_key(|r| std::cmp::Reverse(r.date));
    reviews
}

impl ReviewTab {
    fn selected<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Review> {
        newest_first(ctx.plan).get(self.scroll.selected).copied()
    }

    fn render_reviews(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let reviews = newest_first(ctx.plan);
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
        view.render(list, buf, theme, |i| {
            let review = reviews[i];
            let mut cells = vec![
                Line::raw(review.date.to_string()),
                Line::styled(
                    decision_label(lang, review.decision),
                    decision_style(review.decision, theme),
                ),
            ];
            if show_worked {
                cells.push(Line::raw(truncate(
                    &one_line(&review.worked),
                    worked_width,
                    theme.ellipsis(),
                )));
            }
            cells
        });
        if let Some(review) = self.selected(ctx)
            && pane.area() > 0
        {
            let inner = pane.inner(ratatui::layout::Margin::new(1, 1));
            detail(
                pane,
                buf,
                &format!("{} {}", lang.t(R::Review), review.date),
                review_lines(review, ctx, inner),
                theme,
            );
        }
    }
}

impl View for ReviewTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, ctx.plan.reviews.len()) {
            return Effect::Nothing;
        }
        if action == Action::Add {
            return Effect::Open(Overlay::Form(review_form(ctx, None)));
        }
        edit_or_delete(
            action,
            self.selected(ctx),
            ctx,
            |r| Effect::Open(Overlay::Form(review_form(ctx, Some(r)))),
            |r| {
                let key = r.date.to_string();
                confirm(
                    ctx.lang.delete_question(Kind::Review, &key),
                    Edit::delete_seen(r.clone()),
                    format!("{} {key}", ctx.lang.t(R::Deleted)),
                )
            },
        )
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let plan = ctx.plan;
        if plan.objectives.is_empty() && plan.reviews.is_empty() {
            empty(area, buf, lang.t(Ui::TabReview), lang.t(R::Empty), theme);
            return;
        }
        // Every objective if it can, then the reviews in what is left (but
        // never less than a few of their lines).
        let wanted = if plan.objectives.is_empty() {
            4
        } else {
            u16::try_from(plan.objectives.len() + 3).unwrap_or(u16::MAX)
        };
        let reviews_min = 5;
        let top_height = wanted.min(area.height.saturating_sub(reviews_min));
        let [top, bottom] = area.layout(&Layout::vertical([
            Constraint::Length(top_height),
            Constraint::Fill(1),
        ]));
        render_objectives(top, buf, ctx);
        if plan.reviews.is_empty() {
            empty(bottom, buf, lang.t(R::Title), lang.t(R::NoReviews), theme);
        } else {
            self.render_reviews(bottom, buf, ctx);
        }
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        if let Some(i) = focus.and_then(|key| {
            newest_first(ctx.plan)
                .iter()
                .position(|r| r.date.to_string() == key)
        }) {
            self.scroll.select(i);
        }
        self.scroll.clamp(ctx.plan.reviews.len());
    }
}

/// Splits the reviews' area into the list and the detail pane. Reviews are
/// text, so when wide enough the pane goes beside the list, and the list
/// gives up width (first its column of what worked) until every review's
/// text fits in the pane; the layout then stays put while moving through
/// the list. One above the other when narrow; the list alone when short.
fn layout_reviews(area: Rect, reviews: &[&Review], list_min: usize, ctx: &Ctx) -> (Rect, Rect) {
    if area.width < 80 {
        if area.height < 10 {
            return (area, Rect::default());
        }
        // The list keeps at least two rows; the pane takes what it needs
        // of the rest, and what it does not need goes back to the list.
        let room = usize::from(area.width.saturating_sub(2));
        let needed = reviews
            .iter()
            .map(|r| detail_height(r, ctx, room) + 3)
            .max()
            .unwrap_or(0);
        let pane = u16::try_from(needed)
            .unwrap_or(u16::MAX)
            .min(area.height - 5);
        let [list, pane] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(pane),
        ]));
        return (list, pane);
    }
    let total = usize::from(area.width);
    let rows = usize::from(area.height.saturating_sub(2));
    let fits = |list: usize| {
        let room = total.saturating_sub(list + 2);
        reviews.iter().all(|r| detail_height(r, ctx, room) <= rows)
    };
    let start = if area.width >= 110 { 60 } else { 55 };
    let list = (0..=4)
        .map(|step| total * (start - 5 * step) / 100)
        .find(|&w| w >= list_min && fits(w))
        .unwrap_or(list_min)
        .min(total / 2 + total / 5);
    let [list, pane] = area.layout(&Layout::horizontal([
        Constraint::Length(u16::try_from(list).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ]));
    (list, pane)
}

/// The rows a review's text needs in a pane `room` cells wide (without the
/// decision, which the list shows too).
fn detail_height(review: &Review, ctx: &Ctx, room: usize) -> usize {
    let lang = ctx.lang;
    let theme = ctx.theme;
    labelled(lang.t(R::Worked), &review.worked, theme)
        .iter()
        .chain(&labelled(
            lang.t(R::DidNotWork),
            &review.did_not_work,
            theme,
        ))
        .chain(&labelled(lang.t(R::Notes), &review.notes, theme))
        .map(|l| wrapped_height(l, room))
        .sum()
}

/// What a verdict looks like: achieved in the success colour, at risk as a
/// warning, behind and overdue as errors, no data dimmed; on track plain.
/// The word says it without colour.
pub fn verdict_style(verdict: Verdict, theme: Theme) -> Style {
    match verdict {
        Verdict::Achieved => theme.success(),
        Verdict::OnTrack => Style::new(),
        Verdict::AtRisk => theme.warning(),
        Verdict::Behind | Verdict::Overdue => theme.error(),
        Verdict::NoData => theme.dim(),
    }
}

/// Where one objective stands, as the table shows it.
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
            latest: number(p.latest),
            date: p.latest_date.to_string(),
            ago: lang.review_ago(days),
            stale: objective.active && days > STALE_DAYS,
            percent: lang.percent(p.percent()),
            style: progress_style(&p, objective.active, ctx.theme),
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
                    verdict_style(self.verdict, theme)
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
fn render_objectives(area: Rect, buf: &mut Buffer, ctx: &Ctx) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let objectives: Vec<&Objective> = ctx
        .plan
        .objectives
        .iter()
        .filter(|o| o.active)
        .chain(ctx.plan.objectives.iter().filter(|o| !o.active))
        .collect();
    let rows_room = usize::from(area.height.saturating_sub(3));
    let shown = objectives.len().min(rows_room);
    let title = format!(
        "{}{}{}",
        lang.objectives_title(shown, objectives.len()),
        ctx.theme.dot(),
        lang.t(R::CheckInHint)
    );
    let block = panel(&title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if objectives.is_empty() {
        Paragraph::new(lang.t(R::NoObjectives))
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let standings: Vec<Standing> = objectives
        .iter()
        .take(shown)
        .map(|o| Standing::of(o, ctx))
        .collect();
    let columns = fit_columns(&standings, usize::from(inner.width), lang);
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

/// One line of a free text, for a list cell.
fn one_line(text: &str) -> String {
    printable(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn decision_text(decision: Option<Decision>) -> R {
    match decision {
        None => R::NoDecision,
        Some(Decision::KeepGoing) => R::KeepGoing,
        Some(Decision::ChangeStrategy) => R::ChangeStrategy,
        Some(Decision::ChangeObjective) => R::ChangeObjective,
    }
}

/// The decision as the list shows it: "-" when none was taken.
fn decision_label(lang: Lang, decision: Option<Decision>) -> &'static str {
    match decision {
        None => "-",
        Some(_) => lang.t(decision_text(decision)),
    }
}

/// Keeping going is good news; a change needs attention.
fn decision_style(decision: Option<Decision>, theme: Theme) -> Style {
    match decision {
        None => theme.dim(),
        Some(Decision::KeepGoing) => theme.success(),
        Some(Decision::ChangeStrategy | Decision::ChangeObjective) => theme.warning(),
    }
}

/// A labelled text for the detail pane; its own line breaks are kept.
fn labelled(label: &str, text: &str, theme: Theme) -> Vec<Line<'static>> {
    let label = Span::styled(format!("{label}: "), theme.dim());
    let mut parts = text.lines().map(|l| printable(l.trim_end()));
    let first = parts.next().filter(|l| !l.is_empty());
    let mut lines = vec![Line::from(vec![
        label,
        match first {
            Some(text) => Span::raw(text),
            None => Span::styled("-", theme.dim()),
        },
    ])];
    lines.extend(parts.map(Line::raw));
    lines
}

/// The selected review in full: what worked, what did not, the decision
/// and the notes. The decision is in the list too, so it is the line left
/// out when the pane is too short for everything.
fn review_lines(review: &Review, ctx: &Ctx, pane: Rect) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let mut lines = labelled(lang.t(R::Worked), &review.worked, theme);
    lines.extend(labelled(lang.t(R::DidNotWork), &review.did_not_work, theme));
    let decision = Line::from(vec![
        Span::styled(format!("{}: ", lang.t(R::Decision)), theme.dim()),
        Span::styled(
            lang.t(decision_text(review.decision)),
            decision_style(review.decision, theme),
        ),
    ]);
    let notes = if review.notes.trim().is_empty() {
        Vec::new()
    } else {
        labelled(lang.t(R::Notes), &review.notes, theme)
    };
    let room = usize::from(pane.width);
    let needed: usize = lines
        .iter()
        .chain([&decision])
        .chain(&notes)
        .map(|l| wrapped_height(l, room))
        .sum();
    if needed <= usize::from(pane.height) {
        lines.push(decision);
    }
    lines.extend(notes);
    lines
}

/// How many rows a line takes when wrapped at words to `room` cells.
fn wrapped_height(line: &Line, room: usize) -> usize {
    if room == 0 {
        return 1;
    }
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let (mut rows, mut used) = (1, 0);
    for word in text.split(' ') {
        let w = width(word);
        if used > 0 && used + 1 + w <= room {
            used += 1 + w;
        } else {
            if used > 0 {
                rows += 1;
            }
            // A word longer than the line is broken across rows.
            rows += w.saturating_sub(1) / room;
            used = w % room;
            if used == 0 && w > 0 {
                used = room;
            }
        }
    }
    rows
}

const DECISIONS: [Option<Decision>; 4] = [
    None,
    Some(Decision::KeepGoing),
    Some(Decision::ChangeStrategy),
    Some(Decision::ChangeObjective),
];

/// A review: what worked, what did not, and the decision. With no review
/// given, today's (if there is one) is edited, else a new one is made.
pub fn review_form(ctx: &Ctx, review: Option<&Review>) -> Form {
    let lang = ctx.lang;
    let review = review.or_else(|| ctx.plan.reviews.iter().find(|r| r.date == ctx.today));
    let decisions = DECISIONS
        .iter()
        .map(|d| lang.t(decision_text(*d)).to_string())
        .collect();
    let decision = review.map_or(0, |r| {
        DECISIONS.iter().position(|d| *d == r.decision).unwrap_or(0)
    });
    let title = if review.is_some() {
        R::EditTitle
    } else {
        R::AddTitle
    };
    let form = Form::new(lang.t(title), submit_review)
        .text(
            "date",
            lang.t(R::Date),
            review.map_or(ctx.today, |r| r.date).to_string(),
        )
        .text(
            "worked",
            lang.t(R::Worked),
            review.map(|r| r.worked.clone()).unwrap_or_default(),
        )
        .text(
            "did_not_work",
            lang.t(R::DidNotWork),
            review.map(|r| r.did_not_work.clone()).unwrap_or_default(),
        )
        .choice("decision", lang.t(R::Decision), decisions, decision)
        .text(
            "notes",
            lang.t(R::Notes),
            review.map(|r| r.notes.clone()).unwrap_or_default(),
        );
    match review {
        Some(r) => form.editing(r.clone()),
        None => form,
    }
}

fn submit_review(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let date = form.date("date", lang)?;
    let review = Review {
        date,
        worked: form.value("worked").to_string(),
        did_not_work: form.value("did_not_work").to_string(),
        decision: DECISIONS.get(form.selected("decision")).copied().flatten(),
        notes: form.value("notes").to_string(),
    };
    let key = date.to_string();
    let existing = ctx.plan.reviews.iter().find(|r| r.date == date);
    let exists = existing.is_some();
    let edit = match (&form.original, existing) {
        // The date moved on an existing review: replace it in one edit.
        (Some(old), _) if old.key() != key => Edit::Batch(vec![
            Edit::delete_seen(old.clone()),
            Edit::Add(Item::Review(review)),
        ]),
        (Some(_), _) => form.edit_of(Item::Review(review)),
        // A new review on a date that has one: that one, changed.
        (None, Some(there)) => Edit::update(&Item::Review(there.clone()), &Item::Review(review)),
        (None, None) => Edit::Add(Item::Review(review)),
    };
    let label = if exists { R::Edited } else { R::Added };
    Some(Change {
        edit,
        label: format!("{} {key}", lang.t(label)),
        focus: Some(key),
    })
}
