//! The Review tab's protocols: the plan's rules of behaviour, listed with
//! their scope, owner and response time, the selected one's steps in a pane.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use crate::domain::Protocol;
use crate::i18n::compare::Cmp;
use crate::i18n::protocols::P;
use crate::i18n::review::R;
use crate::text::width;
use crate::tui::action::Action;
use crate::tui::items::protocol::{Columns, protocol_form};
use crate::tui::items::{ItemView, act_on};
use crate::tui::overlay::Overlay;
use crate::tui::tabs::{ListView, cell_widths, column, detail, empty, section_line, split};
use crate::tui::view::{Ctx, Effect};
use crate::tui::widgets::scroll::Scroll;

/// Below this width the owner and the response time give way to the name.
const ROOMY: u16 = 60;

#[derive(Debug, Default)]
pub struct ProtocolList {
    scroll: Scroll,
}

impl ProtocolList {
    pub fn settle(&mut self) -> bool {
        self.scroll.settle()
    }

    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let protocols = &ctx.plan.protocols;
        if self.scroll.apply(action, protocols.len()) {
            return Effect::Nothing;
        }
        if action == Action::Add {
            return Effect::Open(Overlay::form(protocol_form(ctx, None)));
        }
        act_on(action, protocols.get(self.scroll.selected), ctx)
    }

    /// Selects the protocol `focus` names when the protocols are shown
    /// (the focus is the key of what the current section just changed);
    /// returns the focus left for the reviews.
    pub fn refresh<'f>(
        &mut self,
        ctx: &Ctx,
        section: Section,
        focus: Option<&'f str>,
    ) -> Option<&'f str> {
        let protocols = &ctx.plan.protocols;
        self.scroll.clamp(protocols.len());
        if section != Section::Protocols {
            return focus;
        }
        if let Some(i) = focus.and_then(|key| protocols.iter().position(|p| p.id == key)) {
            self.scroll.select(i);
        }
        None
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let protocols = &ctx.plan.protocols;
        if protocols.is_empty() {
            empty(area, buf, lang.t(P::Title), lang.t(P::Empty), theme);
            return;
        }
        let (list, pane) = layout(area, protocols.len());
        let (header, widths) = columns(list, protocols, ctx);
        let cells = cell_widths(list, &widths);
        let cells: Columns = std::array::from_fn(|i| cells.get(i).copied().unwrap_or(0));
        let view = ListView {
            title: format!("{} ({})", lang.t(P::Title), protocols.len()),
            header,
            widths,
            len: protocols.len(),
            scroll: &self.scroll,
        };
        view.render(list, buf, theme, |i| protocols[i].row(&cells, ctx));
        if let Some(protocol) = protocols.get(self.scroll.shown()) {
            let lines = protocol.detail_lines(ctx);
            detail(
                pane,
                buf,
                &protocol.name,
                lines,
                theme,
                self.scroll.lagging(),
            );
        }
    }
}

/// The list and the detail pane. Side by side when wide; otherwise the
/// list takes only the rows it needs (at most half), so that the pane has
/// room for the steps, one per line.
fn layout(area: Rect, len: usize) -> (Rect, Rect) {
    if area.width >= 110 {
        return split(area);
    }
    let wanted = u16::try_from(len + 3).unwrap_or(u16::MAX);
    let list = wanted.clamp(5, (area.height / 2).max(5));
    let [list, pane] = area.layout(&Layout::vertical([
        Constraint::Length(list),
        Constraint::Fill(1),
    ]));
    (list, pane)
}

/// The header and widths of the list: the name fills what the others
/// leave; a narrow list shows the name and the scope only.
fn columns<'a>(
    list: Rect,
    protocols: &[Protocol],
    ctx: &Ctx<'a>,
) -> (Vec<&'a str>, Vec<Constraint>) {
    let lang = ctx.lang;
    let widest = |header: P, cell: &dyn Fn(&Protocol) -> &str, most: usize| {
        let longest = protocols.iter().map(|p| width(cell(p))).max().unwrap_or(0);
        column(longest.max(width(lang.t(header))).min(most))
    };
    let mut header = vec![lang.t(P::ColName), lang.t(P::ColScope)];
    let mut widths = vec![
        Constraint::Fill(1),
        widest(P::ColScope, &|p| lang.scope(p.scope), 12),
    ];
    if list.width >= ROOMY {
        header.extend([lang.t(P::ColOwner), lang.t(P::ColResponse)]);
        widths.extend([
            widest(P::ColOwner, &|p| p.owner.as_str(), 18),
            widest(P::ColResponse, &|p| p.response_time.as_str(), 16),
        ]);
    }
    (header, widths)
}

/// The parts of the Review tab, in the order its section bar shows them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    /// The objectives' standing and the reviews.
    #[default]
    Reviews,
    Protocols,
    /// The campaigns compared.
    Campaigns,
}

impl Section {
    const ALL: [Section; 3] = [Section::Reviews, Section::Protocols, Section::Campaigns];

    fn index(self) -> usize {
        Section::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }

    /// The section ←/→ switch to (round the ends); None for any other
    /// action.
    pub fn switched(self, action: Action) -> Option<Section> {
        let count = Section::ALL.len();
        let step = match action {
            Action::NextSection => 1,
            Action::PrevSection => count - 1,
            _ => return None,
        };
        Some(Section::ALL[(self.index() + step) % count])
    }

    /// Names the sections on the right of the top border of the tab's
    /// first panel, where the title leaves room: a row of their own would
    /// cost the reviews' text a line at 80×24.
    pub fn label(self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let plan = ctx.plan;
        let sections = [
            (ctx.lang.t(R::Title), Some(plan.reviews.len())),
            (ctx.lang.t(P::Title), Some(plan.protocols.len())),
            (ctx.lang.t(Cmp::Section), Some(plan.campaigns.len())),
        ];
        let border = ctx.theme.border().horizontal_top;
        // Free border cells between the title and the corner, less one
        // cell on each side.
        let free = (area.left()..area.right().saturating_sub(2))
            .rev()
            .take_while(|&x| buf.cell((x, area.y)).is_some_and(|c| c.symbol() == border))
            .count()
            .saturating_sub(1);
        let line = section_line(&sections, self.index(), free, ctx.theme);
        let needed = u16::try_from(line.width()).unwrap_or(u16::MAX);
        if usize::from(needed) <= free {
            let x = area.right().saturating_sub(2 + needed);
            line.render(Rect::new(x, area.y, needed, 1), buf);
        }
    }
}
