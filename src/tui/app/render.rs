//! Drawing the app: the title, the tab bar, the tab, the footer and the
//! open dialog. Drawing only reads.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{App, MIN_HEIGHT, MIN_WIDTH};
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::text::{printable, truncate, truncate_start, width};
use crate::tui::findings;
use crate::tui::keymap;
use crate::tui::tab::Tab;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(area, buf, self.session.lang);
            return;
        }
        let ctx = self.ctx();
        // Above the tab: why the file could not be read, or that it is gone.
        let gone = self.gone_notice(area.width);
        let problem_lines = if self.session.problem.is_some() {
            2
        } else {
            u16::try_from(gone.len()).unwrap_or(u16::MAX)
        };
        // A long message takes more rows rather than losing its end.
        let footer_rows = self.status_rows(area.width).len().max(1);
        let [title, tabs, problem, body, footer] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(problem_lines),
            Constraint::Fill(1),
            Constraint::Length(u16::try_from(footer_rows).unwrap_or(1)),
        ]));
        self.render_title(title, buf);
        self.render_tabs(tabs, buf);
        if let Some(text) = &self.session.problem {
            Paragraph::new(printable(text))
                .style(self.session.theme.error())
                .wrap(Wrap { trim: true })
                .render(problem, buf);
        } else {
            Paragraph::new(gone)
                .style(self.session.theme.error())
                .render(problem, buf);
        }
        self.views.view(self.tab).render(body, buf, &ctx);
        self.render_footer(footer, buf);
        if let Some(overlay) = &self.overlay {
            overlay.render(area, buf, &ctx, self.tab);
        }
    }
}

impl App {
    /// The plan's name on the left, where it lives on the right.
    pub(super) fn render_title(&self, area: Rect, buf: &mut Buffer) {
        let plan = self.session.workspace.plan();
        let name = if plan.name.is_empty() {
            self.session.lang.t(Ui::Untitled).to_string()
        } else {
            printable(&plan.name)
        };
        let place = if self.session.workspace.is_demo() {
            let lang = self.session.lang;
            let dot = self.session.theme.dot();
            format!("{}{dot}{}", lang.t(Ui::Demo), lang.t(Ui::DemoNotSaved))
        } else {
            let path = self.session.shown_path();
            // Opened read-only, or a file this user may not write.
            if self.session.workspace.may_write() {
                path.to_string()
            } else {
                format!(
                    "{}{}{path}",
                    self.session.lang.t(Ui::ReadOnly),
                    self.session.theme.dot()
                )
            }
        };
        // Edits not yet written say so until they are.
        let place = if self.saving() {
            let saving = self.session.lang.t(Ui::Saving);
            let saving = if self.session.theme.ascii {
                saving.replace('…', "...")
            } else {
                saving.to_string()
            };
            format!("{saving}{}{place}", self.session.theme.dot())
        } else {
            place
        };
        let room = usize::from(area.width);
        let name = truncate(&name, room / 2, self.session.theme.ellipsis());
        // The findings' count after the name, when there is room for it.
        let mut badge = findings::badge(&self.checked.findings, &self.ctx());
        if !badge.is_empty() {
            badge.insert(0, Span::raw("  "));
        }
        let mut badge_width: usize = badge.iter().map(|s| width(&s.content)).sum();
        if width(&name) + badge_width > room {
            badge.clear();
            badge_width = 0;
        }
        let left = width(&name) + badge_width;
        let place = truncate_start(
            &place,
            room.saturating_sub(left + 2),
            self.session.theme.ellipsis(),
        );
        let gap = room.saturating_sub(left + width(&place));
        let mut spans = vec![Span::styled(name, self.session.theme.title())];
        spans.extend(badge);
        spans.extend([
            Span::raw(" ".repeat(gap)),
            Span::styled(place, self.session.theme.dim()),
        ]);
        Line::from(spans).render(area, buf);
    }

    /// `1 Situation  2 Objectives …`, the current one underlined; only
    /// numbers for the others when the names do not fit. `A Agenda` after
    /// them where there is room: the agenda is a key away from any tab.
    pub(super) fn render_tabs(&self, area: Rect, buf: &mut Buffer) {
        let agenda_open = self.tab == Tab::Agenda;
        let full: Vec<String> = Tab::ALL
            .iter()
            .map(|t| format!("{} {}", t.index() + 1, t.title(self.session.lang)))
            .collect();
        let agenda = format!("A {}", Tab::Agenda.title(self.session.lang));
        let full_width: usize = full.iter().map(|t| width(t) + 2).sum();
        // Open, the agenda is named whatever the tabs must give up for it.
        let agenda_width = if agenda_open { width(&agenda) } else { 0 };
        let compact = full_width + agenda_width > usize::from(area.width);
        let mut spans: Vec<Span> = Tab::ALL
            .iter()
            .zip(full)
            .flat_map(|(tab, text)| {
                let current = *tab == self.bar_tab() && !agenda_open;
                let text = if compact && !current {
                    (tab.index() + 1).to_string()
                } else {
                    text
                };
                let style = if current {
                    self.session.theme.active_tab()
                } else {
                    self.session.theme.tab()
                };
                [Span::styled(text, style), Span::raw("  ")]
            })
            .collect();
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        if used + width(&agenda) <= usize::from(area.width) {
            let style = if agenda_open {
                self.session.theme.active_tab()
            } else {
                self.session.theme.tab()
            };
            spans.push(Span::styled(agenda, style));
        }
        Line::from(spans).render(area, buf);
    }

    /// The tab's main keys, or the last status message on as many rows as
    /// it needs.
    pub(super) fn render_footer(&self, area: Rect, buf: &mut Buffer) {
        let status = self.status_rows(area.width);
        if !status.is_empty() {
            let style = self.status_style();
            let lines: Vec<Line> = status.into_iter().map(|r| Line::styled(r, style)).collect();
            Paragraph::new(lines).render(area, buf);
            return;
        }
        // The keys that matter most for the tab, as far as they fit (help
        // and quit always: `?` lists the rest).
        let separator = self.session.theme.separator();
        let shown = keymap::footer(
            self.tab,
            self.session.lang,
            self.session.theme.ascii,
            usize::from(area.width),
            separator,
        );
        let mut spans = Vec::new();
        for (key, what) in &shown {
            if !spans.is_empty() {
                spans.push(Span::styled(separator, self.session.theme.dim()));
            }
            spans.push(Span::styled(key.clone(), self.session.theme.key()));
            spans.push(Span::raw(format!(" {what}")));
        }
        Line::from(spans).render(area, buf);
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer, lang: Lang) {
    let text = format!(
        "{} ({}×{}): {} {MIN_WIDTH}×{MIN_HEIGHT}",
        lang.t(Ui::TooSmall),
        area.width,
        area.height,
        lang.t(Ui::Need)
    );
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
