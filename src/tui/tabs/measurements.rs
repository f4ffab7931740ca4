//! An objective's measurements, newest first, ending with its baseline
//! (read-only). Opened from an objective (`M` in Objectives); Esc goes back.
//! A value can be corrected (Enter) or deleted (`d`), and a new one
//! recorded (`m`), through the same edits as everywhere, so undo and
//! another session's changes work as they do elsewhere.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};

use super::{Columns, Listing, empty};
use crate::domain::Objective;
use crate::i18n::Lang;
use crate::i18n::history::H;
use crate::i18n::ui::Ui;
use crate::text::width;
use crate::tui::action::Action;
use crate::tui::items::measurement::{self, Entry};
use crate::tui::overlay::Overlay;
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

#[derive(Debug, Default)]
pub struct MeasurementsTab {
    /// The objective whose history is listed (its id).
    objective: Option<String>,
    scroll: Scroll,
    /// Its entries, newest first, the baseline last, and the widest value
    /// with its unit: worked out when the plan changes, not on every frame.
    entries: Vec<Entry>,
    value_width: usize,
}

impl MeasurementsTab {
    fn objective<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Objective> {
        ctx.plan.objective(self.objective.as_deref()?)
    }

    fn recompute(&mut self, ctx: &Ctx) {
        self.entries.clear();
        let Some(objective) = self.objective(ctx) else {
            return;
        };
        let mut dates: Vec<_> = objective.measurements.iter().map(|m| m.date).collect();
        // Newest first, whatever order a hand-edited file keeps.
        dates.sort_unstable_by(|a, b| b.cmp(a));
        self.entries = dates.into_iter().map(Entry::Measured).collect();
        self.entries.push(Entry::Baseline);
        self.value_width = self
            .entries
            .iter()
            .filter_map(|&e| e.value(objective))
            .map(|value| width(&measurement::with_unit(value, objective, ctx.lang)))
            .max()
            .unwrap_or(0);
    }

    fn selected(&self) -> Option<Entry> {
        self.entries.get(self.scroll.selected).copied()
    }

    /// Enter or `d` on the selected entry: the baseline cannot be changed
    /// here, and says where it can.
    fn on_entry(&self, action: Action, ctx: &Ctx) -> Effect {
        let Some(objective) = self.objective(ctx) else {
            return Effect::Info(ctx.lang.t(H::Gone).into());
        };
        let Some(entry) = self.selected() else {
            return Effect::Info(ctx.lang.t(Ui::NothingSelected).into());
        };
        let Some(measured) = entry.measurement(objective) else {
            return Effect::Info(ctx.lang.t(H::BaselineReadOnly).into());
        };
        if action == Action::Delete {
            measurement::delete(ctx, objective, measured)
        } else {
            let form = measurement::edit_form(ctx, objective, measured);
            Effect::Open(Overlay::form(form))
        }
    }
}

impl View for MeasurementsTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.entries.len()) {
            return Effect::Nothing;
        }
        match action {
            Action::Measure => match self.objective(ctx) {
                Some(objective) => {
                    Effect::Open(Overlay::form(measurement::measure_form(ctx, objective)))
                }
                None => Effect::Info(ctx.lang.t(H::Gone).into()),
            },
            Action::Edit | Action::Open | Action::Delete => self.on_entry(action, ctx),
            _ => Effect::Nothing,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let Some(objective) = self.objective(ctx) else {
            empty(area, buf, lang.t(H::Title), lang.t(H::Gone), theme);
            return;
        };
        let count = self.entries.len().saturating_sub(1);
        let detail = |shown: usize| {
            if count == 0 {
                Some((lang.t(H::Title).to_string(), vec![lang.t(H::Empty).into()]))
            } else {
                self.entries.get(shown).map(|&entry| {
                    let lines = measurement::history_detail(entry, objective, ctx);
                    (objective.name.clone(), lines)
                })
            }
        };
        let listing = Listing {
            title: lang.measurements_of(&objective.name, theme.dash(), count),
            len: self.entries.len(),
            scroll: &self.scroll,
        };
        listing.render(
            area,
            buf,
            ctx,
            |_| HistoryColumns(self.value_width.max(width(lang.t(H::ColValue)))),
            |_, i| {
                self.entries
                    .get(i)
                    .map(|&e| measurement::history_row(e, objective, ctx))
                    .unwrap_or_default()
            },
            detail,
        );
    }

    fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    /// `focus` names the objective to list (opening the screen, or after an
    /// edit of its values); the selection stays on the entry it was on.
    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        let was = self.selected();
        if let Some(objective) = focus.and_then(|id| ctx.plan.objective(id))
            && self.objective.as_deref() != Some(objective.id.as_str())
        {
            self.objective = Some(objective.id.clone());
            self.scroll = Scroll::default();
        }
        self.recompute(ctx);
        if let Some(row) = self.entries.iter().position(|e| Some(*e) == was) {
            self.scroll.select(row);
        }
        self.scroll.clamp(self.entries.len());
    }
}

/// Date, the value with its unit as wide as the widest, the note in the rest.
struct HistoryColumns(usize);

impl Columns for HistoryColumns {
    fn header(&self, lang: Lang) -> Vec<&'static str> {
        vec![lang.t(H::ColDate), lang.t(H::ColValue), lang.t(H::ColNote)]
    }

    fn widths(&self) -> Vec<Constraint> {
        // The pointer before the date takes two cells.
        vec![
            Constraint::Length(12),
            Constraint::Length(u16::try_from(self.0).unwrap_or(u16::MAX)),
            Constraint::Fill(1),
        ]
    }
}
