//! The weekly check-in: first the date its values are from (today, or an
//! earlier day: Monday's check-in records Sunday's numbers), then each
//! active objective in turn, prefilled with its last value. Enter records the value (saved at once) and moves on; ↓ skips;
//! Esc stops, keeping what was already recorded. After the last objective the
//! review form asks for an optional note and decision; then a summary says
//! which objectives moved, and how.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use chrono::NaiveDate;

use super::{Entry, Overlay, RecordAnyway, Reply, Summary, TypedIn};
use crate::domain::forecast::Forecast;
use crate::domain::progress::Progress;
use crate::domain::unusual::unusual;
use crate::domain::{Direction, Edit, EditError, Figure, Measurement, Objective, Plan};
use crate::i18n::Lang;
use crate::i18n::checkin::C;
use crate::i18n::history::H;
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};
use crate::tui::view::{Change, Ctx, Effect};
use crate::tui::widgets::popup;

#[derive(Debug)]
pub struct CheckIn {
    /// The objectives to ask about, fixed when the check-in starts.
    objectives: Vec<String>,
    index: usize,
    input: Input,
    error: Option<String>,
    /// Objectives recorded so far: (id, value before, value now).
    pub moved: Vec<(String, f64, f64)>,
    /// The date every value of this check-in is recorded on.
    date: NaiveDate,
    /// Still asking for that date: the first step.
    dating: bool,
    /// The language values are typed and prefilled in (`8,7` in Spanish).
    lang: Lang,
}

/// What a key did.
#[derive(Debug)]
pub enum Step {
    Continue,
    /// Record this value, then call [`CheckIn::recorded`].
    Record(Box<Change>),
    /// Ask this question first: the value looks like a slip.
    Ask(String, Box<Change>),
    /// Past the last objective, or stopped with Esc.
    Finished {
        completed: bool,
    },
}

impl CheckIn {
    /// None when the plan has no active objective to ask about.
    pub fn start(plan: &Plan, today: NaiveDate, lang: Lang) -> Option<CheckIn> {
        let objectives: Vec<String> = plan
            .objectives
            .iter()
            .filter(|o| o.active)
            .map(|o| o.id.clone())
            .collect();
        if objectives.is_empty() {
            return None;
        }
        Some(CheckIn {
            objectives,
            index: 0,
            input: Input::new(lang.date(today)),
            error: None,
            moved: Vec::new(),
            date: today,
            dating: true,
            lang,
        })
    }

    fn current<'p>(&self, plan: &'p Plan) -> Option<&'p crate::domain::Objective> {
        plan.objective(self.objectives.get(self.index)?)
    }

    /// Puts the objective's last value in the input, cursor at the end.
    fn prefill(&mut self, plan: &Plan) {
        let value = self
            .current(plan)
            .map(|o| self.lang.editable_number(o.latest().0))
            .unwrap_or_default();
        self.input = Input::new(value);
        self.error = None;
    }

    /// Moves to the next objective still in the plan; false past the last.
    fn advance(&mut self, plan: &Plan) -> bool {
        self.index += 1;
        while self.index < self.objectives.len() && self.current(plan).is_none() {
            self.index += 1;
        }
        self.prefill(plan);
        self.index < self.objectives.len()
    }

    /// A key in the check-in, as a dialog: a value to record, the end, or
    /// the check-in as it now is.
    pub fn handle_key_reply(mut self, key: KeyEvent, ctx: &Ctx) -> Reply {
        match self.handle_key(key, ctx) {
            Step::Continue => Reply::Keep(Overlay::CheckIn(self)),
            Step::Record(change) => Reply::Close(Effect::Record(Box::new(self), change)),
            Step::Ask(question, change) => Reply::Keep(Overlay::RecordAnyway(RecordAnyway {
                question,
                behind: TypedIn::CheckIn(Box::new(self)),
                change,
            })),
            Step::Finished { completed } => {
                Reply::Close(Effect::CheckInDone(Box::new(self), completed))
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Step {
        if self.dating {
            return self.date_key(key, ctx);
        }
        match keymap::dialog_action(Dialog::CheckIn, &key) {
            Some(Action::Close) => return Step::Finished { completed: false },
            Some(Action::Save) => return self.submit(ctx),
            Some(Action::Down) => {
                if !self.advance(ctx.plan) {
                    return Step::Finished { completed: true };
                }
            }
            Some(Action::Up) => {
                if self.index > 0 {
                    self.index -= 1;
                    self.prefill(ctx.plan);
                }
            }
            _ => self.type_key(key),
        }
        Step::Continue
    }

    /// A key in the first step, the date.
    fn date_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Step {
        match keymap::dialog_action(Dialog::CheckInDate, &key) {
            Some(Action::Close) => return Step::Finished { completed: false },
            Some(Action::Save) => self.choose_date(ctx),
            _ => self.type_key(key),
        }
        Step::Continue
    }

    /// Text typed into the input; control keys other than line editing
    /// are left out.
    fn type_key(&mut self, key: KeyEvent) {
        match key.code {
            KeyCode::Char(c)
                if c.is_control()
                    || key.modifiers.contains(KeyModifiers::CONTROL)
                        && !matches!(c, 'a' | 'e' | 'u' | 'w' | 'k') => {}
            _ => {
                self.input.handle_event(&Event::Key(key));
            }
        }
    }

    /// The date typed, if it is one the values can be recorded on: not in
    /// the future. Objectives whose baseline comes after it have no value
    /// to give that day and are left out; if that is all of them, the date
    /// is refused.
    fn choose_date(&mut self, ctx: &Ctx) {
        let text = self.input.value().trim().to_string();
        let date = match ctx.lang.read_date(&text) {
            Ok(date) => date,
            Err(problem) => {
                self.error = Some(problem);
                return;
            }
        };
        if date > ctx.today {
            let future = EditError::InFuture {
                date,
                today: ctx.today,
            };
            self.error = Some(ctx.lang.edit_error(&future));
            return;
        }
        let started = |id: &String| ctx.plan.objective(id).map(|o| o.baseline.date <= date);
        let open: Vec<String> = self
            .objectives
            .iter()
            .filter(|id| started(id) == Some(true))
            .cloned()
            .collect();
        if open.is_empty() {
            let earliest = self
                .objectives
                .iter()
                .filter_map(|id| ctx.plan.objective(id).map(|o| o.baseline.date))
                .min();
            let earliest = earliest.map(|d| ctx.lang.date(d)).unwrap_or_default();
            self.error = Some(ctx.lang.before_every_baseline(&earliest));
            return;
        }
        self.objectives = open;
        self.date = date;
        self.dating = false;
        self.index = 0;
        self.prefill(ctx.plan);
    }

    fn submit(&mut self, ctx: &Ctx) -> Step {
        let Some(objective) = self.current(ctx.plan) else {
            return Step::Finished { completed: true };
        };
        let text = self.input.value().trim().to_string();
        let value = match ctx.lang.read_number(&text) {
            Ok(value) => value,
            Err(problem) => {
                self.error = Some(problem);
                return Step::Continue;
            }
        };
        let before = objective.latest().0;
        self.moved.push((objective.id.clone(), before, value));
        let change = Box::new(Change {
            edit: Edit::record(
                ctx.plan,
                &objective.id,
                Measurement {
                    date: self.date,
                    value,
                    note: String::new(),
                },
            ),
            label: format!(
                "{}: {}",
                ctx.lang.labelled(
                    ctx.lang.t(crate::i18n::objectives::O::Measured),
                    &objective.id
                ),
                ctx.lang.num(value)
            ),
            focus: Some(objective.id.clone()),
        });
        match unusual(objective, value) {
            Some(why) => Step::Ask(ctx.lang.unusual_question(value, why), change),
            None => Step::Record(change),
        }
    }

    /// The value's question was answered no: it stays to be corrected.
    pub fn declined(&mut self) {
        self.moved.pop();
    }

    /// The value was saved: on to the next objective.
    pub fn recorded(&mut self, plan: &Plan) -> Step {
        if self.advance(plan) {
            Step::Continue
        } else {
            Step::Finished { completed: true }
        }
    }

    /// The value was refused: say why and stay.
    pub fn refused(&mut self, message: String) {
        self.moved.pop();
        self.error = Some(message);
    }

    /// Each objective recorded, once, in the order first recorded: (id,
    /// value before the check-in, value now).
    fn changes(&self) -> Vec<(&str, f64, f64)> {
        let mut changes: Vec<(&str, f64, f64)> = Vec::new();
        for (id, before, after) in &self.moved {
            match changes.iter_mut().find(|c| c.0 == id) {
                Some(change) => change.2 = *after,
                None => changes.push((id, *before, *after)),
            }
        }
        changes
    }

    /// How many objectives got a value.
    pub fn recorded_objectives(&self) -> usize {
        self.changes().len()
    }

    /// What moved: per objective, the value before and now, the change, the
    /// progress before and now, and the verdict now. None if nothing was
    /// recorded.
    pub fn summary(&self, title: String, ctx: &Ctx) -> Option<Summary> {
        let entries: Vec<Entry> = self
            .changes()
            .into_iter()
            .filter_map(|(id, before, after)| {
                let objective = ctx.plan.objective(id)?;
                Some(Entry {
                    head: Line::styled(printable(&objective.name), ctx.theme.title()),
                    body: vec![moved_line(objective, before, after, ctx)],
                    target: None,
                })
            })
            .collect();
        if entries.is_empty() {
            return None;
        }
        Some(Summary::new(title, entries, false))
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        if self.dating {
            self.render_date(area, buf, ctx);
            return;
        }
        let theme = ctx.theme;
        let lang = ctx.lang;
        let Some(objective) = self.current(ctx.plan) else {
            return;
        };
        let title = format!(
            "{} {}/{}",
            lang.t(C::Title),
            self.index + 1,
            self.objectives.len()
        );
        let hints = keymap::dialog_hints(Dialog::CheckIn, lang, theme.ascii);
        let footer = keymap::hint_line(&hints, theme);
        let inner = popup::frame(
            popup::centered(area, 64, 10),
            buf,
            &title,
            Some(footer),
            theme,
        );
        let progress = Progress::of(objective, ctx.today);
        let target = progress
            .target
            .map_or_else(|| "-".to_string(), |n| ctx.lang.num(n));
        let unit = printable(&objective.unit);
        let mut lines = vec![
            Line::styled(printable(&objective.name), theme.title()),
            Line::styled(
                format!(
                    "{}: {} ({})  {}: {target} {unit}",
                    lang.t(C::Last),
                    ctx.lang.num(progress.latest),
                    lang.date(progress.latest_date),
                    lang.t(C::Target),
                ),
                theme.dim(),
            ),
            Line::default(),
            self.input_line(
                format!("{} {}: ", lang.t(C::Value), lang.date(self.date)),
                ctx,
            ),
        ];
        if let Some(error) = &self.error {
            lines.push(Line::styled(error.clone(), theme.error()));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}

impl CheckIn {
    /// The first step: which day the values are from.
    fn render_date(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        let lang = ctx.lang;
        let hints = keymap::dialog_hints(Dialog::CheckInDate, lang, theme.ascii);
        let footer = keymap::hint_line(&hints, theme);
        let inner = popup::frame(
            popup::centered(area, 64, 12),
            buf,
            lang.t(C::Title),
            Some(footer),
            theme,
        );
        let mut lines = vec![
            Line::styled(lang.t(H::CheckInDate), theme.title()),
            Line::default(),
            self.input_line(format!("{}: ", lang.t(H::ColDate)), ctx),
            Line::default(),
            Line::styled(lang.t(H::CheckInDateHint), theme.dim()),
        ];
        if let Some(error) = &self.error {
            lines.push(Line::styled(error.clone(), theme.error()));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }

    /// `label` and the input, the cursor shown as a reversed cell.
    fn input_line(&self, label: String, ctx: &Ctx) -> Line<'static> {
        let value = self.input.value();
        let cursor = self.input.cursor();
        let before: String = value.chars().take(cursor).collect();
        let at = value
            .chars()
            .nth(cursor)
            .map_or_else(|| " ".to_string(), String::from);
        let after: String = value.chars().skip(cursor + 1).collect();
        Line::from(vec![
            Span::styled(label, ctx.theme.key()),
            Span::raw(before),
            Span::styled(at, ctx.theme.selected()),
            Span::raw(after),
        ])
    }
}

/// "1612 → 1700 followers (+88) · 52% → 57% · on track": the change in the
/// colour of where it heads (towards the target or away), the verdict in
/// its own.
fn moved_line(objective: &Objective, before: f64, after: f64, ctx: &Ctx) -> Line<'static> {
    let theme = ctx.theme;
    let arrow = theme.arrow();
    let dot = theme.dot();
    let unit = printable(&objective.unit);
    let delta = after - before;
    let towards = match objective.direction {
        Direction::Increase => delta > 0.0,
        Direction::Decrease => delta < 0.0,
    };
    let (change, style) = if ctx.lang.num(delta) == "0" {
        (ctx.lang.t(C::Unchanged).to_string(), theme.dim())
    } else if !delta.is_finite() {
        // From −1.7e308 to 1.7e308: a change too large to be a number.
        let change = ctx.lang.figure(Figure::OutOfRange);
        (change, towards_style(towards, ctx))
    } else if delta > 0.0 {
        (
            format!("+{}", ctx.lang.num(delta)),
            towards_style(towards, ctx),
        )
    } else {
        (ctx.lang.num(delta), towards_style(towards, ctx))
    };
    let mut spans = vec![Span::raw(format!(
        "{} {arrow} {}{}{unit} (",
        ctx.lang.num(before),
        ctx.lang.num(after),
        if unit.is_empty() { "" } else { " " },
    ))];
    spans.extend([Span::styled(change, style), Span::raw(")")]);
    let percent = |value: f64| percent(objective, value, ctx).map(|p| ctx.lang.percent(Some(p)));
    if let (Some(was), Some(now)) = (percent(before), percent(after)) {
        spans.push(Span::raw(format!("{dot}{was} {arrow} {now}")));
    }
    let verdict = Forecast::of(objective, ctx.today).verdict;
    spans.extend([
        Span::raw(dot),
        Span::styled(ctx.lang.verdict(verdict), theme.verdict(verdict)),
    ]);
    Line::from(spans)
}

fn towards_style(towards: bool, ctx: &Ctx) -> ratatui::style::Style {
    if towards {
        ctx.theme.success()
    } else {
        ctx.theme.error()
    }
}

/// The progress `value` stands for, in whole percent (as [`Progress`]
/// rounds it); None without a target.
fn percent(objective: &Objective, value: f64, ctx: &Ctx) -> Option<Figure<i64>> {
    let mut progress = Progress::of(objective, ctx.today);
    progress.fraction = progress.fraction_at(value);
    progress.percent()
}
