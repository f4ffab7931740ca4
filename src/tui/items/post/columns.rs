//! The columns of a campaign's posts, fitted to the width: the title keeps
//! the room; the owner goes first, then the format, when it is short.

use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::status_span;
use crate::domain::Post;
use crate::domain::post::{PostFormat, PostStatus};
use crate::i18n::Lang;
use crate::i18n::post_screen::Ps;
use crate::text::{printable, truncate, width};
use crate::tui::view::Ctx;

const DATE: usize = 10;
const TIME: usize = 5;
/// The least room a title keeps before a column is dropped for it.
const TITLE: usize = 24;
/// An owner is a name or initials: more is cut.
const OWNER: usize = 12;

pub struct Columns {
    title: usize,
    format: Option<usize>,
    status: usize,
    owner: Option<usize>,
}

impl Columns {
    /// The columns for a list `inner` cells wide. Widths come from the
    /// words of the language, not from the posts, so they do not move as
    /// the list scrolls.
    pub fn fit(inner: u16, lang: Lang) -> Columns {
        let inner = usize::from(inner);
        let widest = |words: &mut dyn Iterator<Item = &'static str>, header: Ps| {
            words
                .map(width)
                .chain([width(lang.t(header))])
                .max()
                .unwrap_or(0)
        };
        let format = widest(
            &mut PostFormat::ALL.iter().map(|f| lang.post_format(*f)),
            Ps::ColFormat,
        );
        let status = 2 + widest(
            &mut PostStatus::ALL.iter().map(|s| lang.post_status(*s)),
            Ps::ColStatus,
        );
        let owner = OWNER.max(width(lang.t(Ps::ColOwner)));
        // Each column takes its width plus one space; the date's also has
        // the list's pointer and a space before it.
        let fixed = DATE + 2 + 1 + TIME + 1 + status + 1;
        let room = |extra: usize| inner >= fixed + extra + TITLE;
        let (format, owner) = if room(format + 1 + owner + 1) {
            (Some(format), Some(owner))
        } else if room(format + 1) {
            (Some(format), None)
        } else {
            (None, None)
        };
        let used = fixed + format.map_or(0, |f| f + 1) + owner.map_or(0, |o| o + 1);
        Columns {
            title: inner.saturating_sub(used),
            format,
            status,
            owner,
        }
    }

    pub(super) fn row(&self, post: &Post, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let cut = |text: &str, room: usize| truncate(&printable(text), room, theme.ellipsis());
        let mut cells = vec![
            Line::raw(ctx.lang.date(post.date)),
            Line::raw(post.time.clone().unwrap_or_default()),
        ];
        if let Some(format) = self.format {
            cells.push(Line::raw(cut(ctx.lang.post_format(post.format), format)));
        }
        cells.push(Line::raw(cut(&post.title, self.title)));
        cells.push(Line::from(status_span(post, ctx)));
        if let Some(owner) = self.owner {
            cells.push(Line::raw(cut(&post.owner, owner)));
        }
        cells
    }
}

impl crate::tui::tabs::Columns for Columns {
    fn header(&self, lang: Lang) -> Vec<&'static str> {
        let mut header = vec![lang.t(Ps::ColDate), lang.t(Ps::ColTime)];
        if self.format.is_some() {
            header.push(lang.t(Ps::ColFormat));
        }
        header.push(lang.t(Ps::ColTitle));
        header.push(lang.t(Ps::ColStatus));
        if self.owner.is_some() {
            header.push(lang.t(Ps::ColOwner));
        }
        header
    }

    fn widths(&self) -> Vec<Constraint> {
        let length = |n: usize| Constraint::Length(u16::try_from(n).unwrap_or(u16::MAX));
        let mut widths = vec![length(DATE + 2), length(TIME)];
        if let Some(format) = self.format {
            widths.push(length(format));
        }
        widths.push(Constraint::Fill(1));
        widths.push(length(self.status));
        if let Some(owner) = self.owner {
            widths.push(length(owner));
        }
        widths
    }
}
