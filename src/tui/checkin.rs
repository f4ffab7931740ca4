//! The weekly check-in: each active objective in turn, prefilled with its
//! last value. Enter records the value (saved at once) and moves on; ↓ skips;
//! Esc stops, keeping what was already recorded. After the last objective the
//! review form asks for an optional note and decision.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::view::{Change, Ctx};
use super::widgets::popup;
use crate::domain::progress::Progress;
use crate::domain::{Edit, Measurement, Plan};
use crate::i18n::checkin::C;
use crate::i18n::number;
use crate::text::{parse_number, printable};

#[derive(Debug)]
pub struct CheckIn {
    /// The objectives to ask about, fixed when the check-in starts.
    objectives: Vec<String>,
    index: usize,
    input: Input,
    error: Option<String>,
    /// Objectives recorded so far: (id, value before, value now).
    pub moved: Vec<(String, f64, f64)>,
}

/// What a key did.
#[derive(Debug)]
pub enum Step {
    Continue,
    /// Record this value, then call [`CheckIn::recorded`].
    Record(Box<Change>),
    /// Past the last objective, or stopped with Esc.
    Finished {
        completed: bool,
    },
}

impl CheckIn {
    /// None when the plan has no active objective to ask about.
    pub fn start(plan: &Plan) -> Option<CheckIn> {
        let objectives: Vec<String> = plan
            .objectives
            .iter()
            .filter(|o| o.active)
            .map(|o| o.id.clone())
            .collect();
        if objectives.is_empty() {
            return None;
        }
        let mut checkin = CheckIn {
            objectives,
            index: 0,
            input: Input::default(),
            error: None,
            moved: Vec::new(),
        };
        checkin.prefill(plan);
        Some(checkin)
    }

    fn current<'p>(&self, plan: &'p Plan) -> Option<&'p crate::domain::Objective> {
        plan.objective(self.objectives.get(self.index)?)
    }

    /// Puts the objective's last value in the input, cursor at the end.
    fn prefill(&mut self, plan: &Plan) {
        let value = self
            .current(plan)
            .map(|o| number(o.latest().0))
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

    pub fn handle_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Step {
        match key.code {
            KeyCode::Esc => return Step::Finished { completed: false },
            KeyCode::Enter => return self.submit(ctx),
            KeyCode::Down | KeyCode::Tab => {
                if !self.advance(ctx.plan) {
                    return Step::Finished { completed: true };
                }
            }
            KeyCode::Up | KeyCode::BackTab => {
                if self.index > 0 {
                    self.index -= 1;
                    self.prefill(ctx.plan);
                }
            }
            KeyCode::Char(c)
                if c.is_control()
                    || key.modifiers.contains(KeyModifiers::CONTROL)
                        && !matches!(c, 'a' | 'e' | 'u' | 'w' | 'k') => {}
            _ => {
                self.input.handle_event(&Event::Key(key));
            }
        }
        Step::Continue
    }

    fn submit(&mut self, ctx: &Ctx) -> Step {
        let Some(objective) = self.current(ctx.plan) else {
            return Step::Finished { completed: true };
        };
        let text = self.input.value().trim().to_string();
        let Some(value) = parse_number(&text) else {
            self.error = Some(ctx.lang.bad_number(&text));
            return Step::Continue;
        };
        let before = objective.latest().0;
        self.moved.push((objective.id.clone(), before, value));
        Step::Record(Box::new(Change {
            edit: Edit::RecordMeasurement {
                objective: objective.id.clone(),
                measurement: Measurement {
                    date: ctx.today,
                    value,
                    note: String::new(),
                },
            },
            label: format!("{} = {}", objective.id, number(value)),
            focus: Some(objective.id.clone()),
        }))
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

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
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
        let footer = Line::from(vec![
            Span::styled(" Enter ", theme.key()),
            Span::raw(lang.t(C::Record)),
            Span::styled("  ↓ ", theme.key()),
            Span::raw(lang.t(C::Skip)),
            Span::styled("  Esc ", theme.key()),
            Span::raw(format!("{} ", lang.t(C::Stop))),
        ]);
        let footer = if theme.ascii {
            Line::from(
                footer
                    .spans
                    .into_iter()
                    .map(|s| Span::styled(s.content.replace('↓', "Down"), s.style))
                    .collect::<Vec<_>>(),
            )
        } else {
            footer
        };
        let inner = popup::frame(
            popup::centered(area, 64, 10),
            buf,
            &title,
            Some(footer),
            theme,
        );
        let progress = Progress::of(objective, ctx.today);
        let target = progress.target.map_or_else(|| "-".to_string(), number);
        let unit = printable(&objective.unit);
        // The text with the cursor shown as a reversed cell.
        let value = self.input.value();
        let cursor = self.input.cursor();
        let before: String = value.chars().take(cursor).collect();
        let at = value
            .chars()
            .nth(cursor)
            .map_or_else(|| " ".to_string(), String::from);
        let after: String = value.chars().skip(cursor + 1).collect();
        let mut lines = vec![
            Line::styled(printable(&objective.name), theme.title()),
            Line::styled(
                format!(
                    "{}: {} ({})  {}: {target} {unit}",
                    lang.t(C::Last),
                    number(progress.latest),
                    progress.latest_date,
                    lang.t(C::Target),
                ),
                theme.dim(),
            ),
            Line::default(),
            Line::from(vec![
                Span::styled(format!("{} {}: ", lang.t(C::Value), ctx.today), theme.key()),
                Span::raw(before),
                Span::styled(at, theme.selected()),
                Span::raw(after),
            ]),
        ];
        if let Some(error) = &self.error {
            lines.push(Line::styled(error.clone(), theme.error()));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
