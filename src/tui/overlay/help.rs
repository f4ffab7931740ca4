//! The `?` help: every key of the current tab, then the global ones, then
//! the keys of forms, all generated from the keymap. Two columns when one
//! does not fit; scrolled, with a scrollbar, when two do not either.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Overlay, Reply};
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::text::{pad_right, truncate, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Binding, Dialog, GLOBAL};
use crate::tui::tab::Tab;
use crate::tui::view::{Ctx, Effect};
use crate::tui::widgets::popup;
use crate::tui::widgets::scroll::Scroll;

#[derive(Debug, Default)]
pub struct Help {
    scroll: Scroll,
}

/// A titled group of (keys, what they do).
type Group = (String, Vec<(String, String)>);

impl Help {
    pub fn handle_key(mut self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(Dialog::Help, &key) {
            Some(Action::Close) => Reply::Close(Effect::Nothing),
            Some(action) => {
                self.scroll.scroll(action);
                Reply::Keep(Overlay::Help(self))
            }
            None => Reply::Keep(Overlay::Help(self)),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, tab: Tab) {
        let theme = ctx.theme;
        let lang = ctx.lang;
        let this_tab = format!(
            "{}{}{}",
            lang.t(Ui::HelpThisTab),
            theme.dash(),
            tab.title(lang)
        );
        let left = [
            (this_tab, rows(keymap::tab_bindings(tab), lang, theme)),
            (
                lang.t(Ui::HelpForms).to_string(),
                rows(&keymap::dialog_bindings(Dialog::Form), lang, theme),
            ),
            (
                lang.t(Ui::HelpFormLines).to_string(),
                rows(&multi_line_keys(), lang, theme),
            ),
        ];
        let right = [(
            lang.t(Ui::HelpEverywhere).to_string(),
            rows(GLOBAL, lang, theme),
        )];
        let mut one_column = help_lines(&left, theme);
        one_column.push(Line::default());
        one_column.extend(help_lines(&right, theme));
        let footer = Line::styled(format!(" {} ", lang.t(Ui::HelpClose)), theme.dim());
        let title = lang.t(Ui::HelpTitle);
        let fits = one_column.len() + 2 <= usize::from(area.height);
        let columns = if fits || area.width < 70 {
            vec![one_column]
        } else {
            vec![help_lines(&left, theme), help_lines(&right, theme)]
        };
        let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
        let w = if columns.len() == 1 { 64 } else { 100 };
        let h = u16::try_from(tallest + 2).unwrap_or(u16::MAX);
        let dialog = popup::centered(area, w, h);
        let inner = popup::frame(dialog, buf, title, Some(footer), theme);
        let shown = self.scroll.pane(tallest, usize::from(inner.height));
        let top = u16::try_from(shown.start).unwrap_or(u16::MAX);
        let constraints = vec![Constraint::Fill(1); columns.len()];
        let areas = inner.layout_vec(&Layout::horizontal(constraints).spacing(2));
        for (column, area) in columns.into_iter().zip(areas) {
            let column: Vec<Line> = column
                .into_iter()
                .map(|line| cut_to(line, usize::from(area.width), theme))
                .collect();
            Paragraph::new(column).scroll((top, 0)).render(area, buf);
        }
        self.scroll
            .render_scrollbar(popup::inside_frame(dialog), buf, theme);
    }
}

/// The keys a multi-line field gives another meaning; the rest are the
/// form's, listed once above them.
fn multi_line_keys() -> Vec<Binding> {
    let form = keymap::dialog_bindings(Dialog::Form);
    keymap::dialog_bindings(Dialog::FormLines)
        .into_iter()
        .filter(|b| {
            !form
                .iter()
                .any(|f| f.keys == b.keys && f.action == b.action)
        })
        .collect()
}

fn rows(bindings: &[Binding], lang: Lang, theme: Theme) -> Vec<(String, String)> {
    bindings
        .iter()
        .map(|b| {
            (
                keymap::keys_label(b, lang, theme.ascii),
                lang.t(b.label).to_string(),
            )
        })
        .collect()
}

fn help_lines(groups: &[Group], theme: Theme) -> Vec<Line<'static>> {
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

/// `line` within `room` cells: what a key does is cut with the mark rather
/// than at the edge of the dialog.
fn cut_to(mut line: Line<'static>, room: usize, theme: Theme) -> Line<'static> {
    let over = line.width().saturating_sub(room);
    if over > 0
        && let Some(last) = line.spans.last_mut()
    {
        let keep = width(&last.content).saturating_sub(over);
        last.content = truncate(&last.content, keep, theme.ellipsis()).into();
    }
    line
}
