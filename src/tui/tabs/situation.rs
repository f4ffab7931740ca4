//! Tab 1, Situation: step 1 of the method, where the brand stands today.
//! Four sections, one at a time (←/→ or h/l): dated figures per channel,
//! audiences (customers and prospects), competitors, and free notes. The
//! first three are lists with a detail pane and add / edit / delete; the
//! notes are one text, scrolled with ↑/↓ and edited with `e`.

mod notes;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{ListView, cell_widths, column, detail, empty, panel, section_line, split};
use crate::domain::item::figure_key;
use crate::domain::{ChannelFigure, Edit, Plan};
use crate::i18n::situation::S;
use crate::text::{width, wrap};
use crate::tui::action::Action;
use crate::tui::items::{ItemView, act_on, confirm};
use crate::tui::overlay::Overlay;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

use crate::tui::items::audience::{audience_form, audience_lines, audience_row};
use crate::tui::items::competitor::{competitor_form, competitor_lines};
use crate::tui::items::figure::{figure_form, figure_lines, figure_order, figure_row};
use crate::tui::items::text::fit;
use notes::notes_form;

/// The parts of step 1, in the order the section bar shows them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Section {
    #[default]
    Figures,
    Audiences,
    Competitors,
    Notes,
}

impl Section {
    const ALL: [Section; 4] = [
        Section::Figures,
        Section::Audiences,
        Section::Competitors,
        Section::Notes,
    ];

    fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn next(self) -> Self {
        Section::ALL[(self.index() + 1) % Section::ALL.len()]
    }

    fn prev(self) -> Self {
        Section::ALL[(self.index() + Section::ALL.len() - 1) % Section::ALL.len()]
    }

    fn title(self) -> S {
        match self {
            Section::Figures => S::SectionFigures,
            Section::Audiences => S::SectionAudiences,
            Section::Competitors => S::SectionCompetitors,
            Section::Notes => S::SectionNotes,
        }
    }

    fn empty(self) -> S {
        match self {
            Section::Figures => S::EmptyFigures,
            Section::Audiences => S::EmptyAudiences,
            Section::Competitors => S::EmptyCompetitors,
            Section::Notes => S::EmptyNotes,
        }
    }

    /// How many items it holds; None for the notes, which are one text.
    fn count(self, plan: &Plan) -> Option<usize> {
        let s = &plan.situation;
        match self {
            Section::Figures => Some(s.figures.len()),
            Section::Audiences => Some(s.audiences.len()),
            Section::Competitors => Some(s.competitors.len()),
            Section::Notes => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct SituationTab {
    section: Section,
    figures: Scroll,
    audiences: Scroll,
    competitors: Scroll,
    /// The notes' pane, scrolled by rows.
    notes: Scroll,
    /// The figures by channel, newest first (positions in the plan's list):
    /// sorted when the plan changes, not on every key or frame.
    figure_order: Vec<usize>,
}

impl View for SituationTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        match action {
            Action::NextSection => {
                self.section = self.section.next();
                return Effect::Nothing;
            }
            Action::PrevSection => {
                self.section = self.section.prev();
                return Effect::Nothing;
            }
            _ => {}
        }
        let situation = &ctx.plan.situation;
        match self.section {
            Section::Figures => {
                let figures = self.figures(ctx);
                let selected = figures.get(self.figures.selected).copied();
                on_list(&mut self.figures, &figures, action, ctx, || {
                    figure_form(ctx, None, selected)
                })
            }
            Section::Audiences => {
                let audiences: Vec<_> = situation.audiences.iter().collect();
                on_list(&mut self.audiences, &audiences, action, ctx, || {
                    audience_form(ctx, None)
                })
            }
            Section::Competitors => {
                let competitors: Vec<_> = situation.competitors.iter().collect();
                on_list(&mut self.competitors, &competitors, action, ctx, || {
                    competitor_form(ctx, None)
                })
            }
            Section::Notes => self.update_notes(action, ctx),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let [bar, body] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
        ]));
        self.render_bar(bar, buf, ctx);
        let lang = ctx.lang;
        let nothing = match self.section.count(ctx.plan) {
            Some(n) => n == 0,
            None => ctx.plan.situation.notes.trim().is_empty(),
        };
        if nothing {
            empty(
                body,
                buf,
                lang.t(self.section.title()),
                lang.t(self.section.empty()),
                ctx.theme,
            );
            return;
        }
        match self.section {
            Section::Figures => self.render_figures(body, buf, ctx),
            Section::Audiences => self.render_audiences(body, buf, ctx),
            Section::Competitors => self.render_competitors(body, buf, ctx),
            Section::Notes => self.render_notes(body, buf, ctx),
        }
    }

    fn settle(&mut self) -> bool {
        self.figures.settle() | self.audiences.settle() | self.competitors.settle()
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        let situation = &ctx.plan.situation;
        self.figure_order = figure_order(ctx.plan);
        // The focus is the key of what the current section just changed.
        if let Some(key) = focus {
            match self.section {
                Section::Figures => {
                    if let Some(i) = self
                        .figures(ctx)
                        .iter()
                        .position(|f| figure_key(&f.channel, f.date) == key)
                    {
                        self.figures.select(i);
                    }
                }
                Section::Audiences => {
                    if let Some(i) = situation.audiences.iter().position(|a| a.id == key) {
                        self.audiences.select(i);
                    }
                }
                Section::Competitors => {
                    if let Some(i) = situation.competitors.iter().position(|c| c.id == key) {
                        self.competitors.select(i);
                    }
                }
                Section::Notes => {}
            }
        }
        self.figures.clamp(situation.figures.len());
        self.audiences.clamp(situation.audiences.len());
        self.competitors.clamp(situation.competitors.len());
    }
}

/// What a key does in a list section: move, add, or what `act_on` does
/// with the selected item.
fn on_list<T: ItemView, F: FieldKey>(
    scroll: &mut Scroll,
    items: &[&T],
    action: Action,
    ctx: &Ctx,
    add: impl FnOnce() -> Form<F>,
) -> Effect {
    if scroll.apply(action, items.len()) {
        return Effect::Nothing;
    }
    if action == Action::Add {
        return Effect::Open(Overlay::form(add()));
    }
    act_on(action, items.get(scroll.selected).copied(), ctx)
}

impl SituationTab {
    /// The figures in the order the list shows them.
    fn figures<'p>(&self, ctx: &Ctx<'p>) -> Vec<&'p ChannelFigure> {
        let figures = &ctx.plan.situation.figures;
        self.figure_order
            .iter()
            .filter_map(|&i| figures.get(i))
            .collect()
    }

    fn update_notes(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.notes.scroll(action) {
            return Effect::Nothing;
        }
        match action {
            Action::Add | Action::Edit | Action::Open => {
                Effect::Open(Overlay::form(notes_form(ctx)))
            }
            Action::Delete => {
                let lang = ctx.lang;
                if ctx.plan.situation.notes.is_empty() {
                    return Effect::Info(lang.t(S::NothingToClear).into());
                }
                confirm(
                    lang.t(S::ClearNotes).into(),
                    Edit::set_plan(ctx.plan, crate::domain::PlanField::SituationNotes, ""),
                    lang.t(S::NotesCleared).into(),
                )
            }
            _ => Effect::Nothing,
        }
    }

    /// The four sections in one line, the current one highlighted.
    fn render_bar(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let sections: Vec<_> = Section::ALL
            .iter()
            .map(|s| (ctx.lang.t(s.title()), s.count(ctx.plan)))
            .collect();
        let room = usize::from(area.width);
        section_line(&sections, self.section.index(), room, ctx.theme).render(area, buf);
    }

    fn render_figures(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let figures = self.figures(ctx);
        let (list, pane) = split(area);
        let header = vec![
            lang.t(S::ColChannel),
            lang.t(S::ColDate),
            lang.t(S::ColFollowers),
            lang.t(S::ColReach),
            lang.t(S::ColEngagement),
        ];
        let fit = |text: &str, least: usize| column(width(text).max(least));
        let widths = vec![
            first_column(
                list,
                header[0],
                figures.iter().map(|f| f.channel.as_str()),
                24,
            ),
            Constraint::Length(10),
            fit(header[2], 7),
            fit(header[3], 7),
            fit(header[4], 6),
        ];
        let cells = cell_widths(list, &widths);
        let view = ListView {
            title: format!("{} ({})", lang.t(S::SectionFigures), figures.len()),
            header,
            widths,
            len: figures.len(),
            scroll: &self.figures,
        };
        view.render(list, buf, theme, |i| figure_row(figures[i], &cells, ctx));
        if let Some(figure) = figures.get(self.figures.shown()) {
            let title = format!("{}{}{}", figure.channel, theme.dot(), figure.date);
            let lines = figure_lines(figure, ctx);
            detail(pane, buf, &title, lines, theme, self.figures.lagging());
        }
    }

    fn render_audiences(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let audiences = &ctx.plan.situation.audiences;
        let (list, pane) = split(area);
        let header = vec![
            lang.t(S::ColName),
            lang.t(S::ColKind),
            lang.t(S::ColAge),
            lang.t(S::ColPlaces),
        ];
        let kind_width = [S::ColKind, S::Customer, S::Prospect]
            .iter()
            .map(|t| width(lang.t(*t)))
            .max()
            .unwrap_or(8);
        let widths = vec![
            first_column(
                list,
                header[0],
                audiences.iter().map(|a| a.name.as_str()),
                34,
            ),
            column(kind_width),
            column(width(header[2]).max(5)),
            Constraint::Fill(2),
        ];
        let cells = cell_widths(list, &widths);
        let view = ListView {
            title: format!("{} ({})", lang.t(S::SectionAudiences), audiences.len()),
            header,
            widths,
            len: audiences.len(),
            scroll: &self.audiences,
        };
        view.render(list, buf, theme, |i| {
            audience_row(&audiences[i], &cells, ctx)
        });
        if let Some(audience) = audiences.get(self.audiences.shown()) {
            detail(
                pane,
                buf,
                &audience.name,
                audience_lines(audience, ctx),
                theme,
                self.audiences.lagging(),
            );
        }
    }

    fn render_competitors(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let competitors = &ctx.plan.situation.competitors;
        let (list, pane) = split(area);
        let widths = vec![
            first_column(
                list,
                lang.t(S::ColName),
                competitors.iter().map(|c| c.name.as_str()),
                28,
            ),
            Constraint::Fill(2),
            Constraint::Fill(3),
        ];
        let cells = cell_widths(list, &widths);
        let view = ListView {
            title: format!("{} ({})", lang.t(S::SectionCompetitors), competitors.len()),
            header: vec![
                lang.t(S::ColName),
                lang.t(S::ColPlaces),
                lang.t(S::ColWorks),
            ],
            widths,
            len: competitors.len(),
            scroll: &self.competitors,
        };
        view.render(list, buf, theme, |i| {
            let c = &competitors[i];
            vec![
                Line::raw(fit(&c.name, &cells, 0, theme)),
                Line::raw(fit(&c.places.join(", "), &cells, 1, theme)),
                Line::raw(fit(first_line(&c.works), &cells, 2, theme)),
            ]
        });
        if let Some(competitor) = competitors.get(self.competitors.shown()) {
            detail(
                pane,
                buf,
                &competitor.name,
                competitor_lines(competitor, ctx),
                theme,
                self.competitors.lagging(),
            );
        }
    }

    /// The notes, wrapped by words to the pane and scrolled by rows.
    fn render_notes(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let theme = ctx.theme;
        let title = ctx.lang.t(S::SectionNotes);
        let inner = panel(title, theme).inner(area);
        let rows = wrap(&ctx.plan.situation.notes, usize::from(inner.width));
        let shown = self.notes.pane(rows.len(), usize::from(inner.height));
        // Where the view is, when the notes do not fit.
        let title = if shown.len() < rows.len() {
            format!("{title} {}-{}/{}", shown.start + 1, shown.end, rows.len())
        } else {
            title.to_string()
        };
        let lines: Vec<Line> = rows[shown].iter().cloned().map(Line::raw).collect();
        Paragraph::new(lines)
            .block(panel(&title, theme))
            .render(area, buf);
        self.notes
            .render_scrollbar(area.inner(ratatui::layout::Margin::new(0, 1)), buf, theme);
    }
}

/// A first column as wide as its longest text (and the selection pointer
/// before it), up to `max` cells and to under half the list, so that the
/// other columns keep room on a narrow screen.
fn first_column<'a>(
    list: Rect,
    header: &str,
    texts: impl Iterator<Item = &'a str>,
    max: usize,
) -> Constraint {
    let longest = texts.map(width).chain([width(header)]).max().unwrap_or(0);
    let room = usize::from(list.width) * 9 / 20;
    column((longest + 2).min(max).min(room))
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}
