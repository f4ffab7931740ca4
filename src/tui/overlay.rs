//! Dialogs over the tabs, one file each: help, a yes/no question, a form, a
//! list to pick from (one item, or several with checkboxes), facts to read,
//! the weekly check-in, a summary to read (the check-in's, the plan's
//! findings), and a conflict to settle. While one is open it gets every key:
//! it reads them through the keymap and answers with a [`Reply`], keep it
//! open or close it with an [`Effect`] for the app to carry out.

pub mod checkin;
mod conflict;
mod details;
pub mod form;
mod help;
mod pick;
mod question;
mod summary;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::tab::Tab;
use super::view::{Ctx, Effect};
use checkin::CheckIn;
use form::FormDialog;

pub use conflict::{ConflictDialog, Retry};
pub use details::Details;
pub use help::Help;
pub use pick::{Choice, Pick, Purpose};
pub use question::{Confirm, Discard, RecordAnyway, TypedIn, WriteBack};
pub use summary::{Entry, Summary};

#[derive(Debug)]
pub enum Overlay {
    Help(Help),
    Confirm(Confirm),
    Form(Box<dyn FormDialog>),
    /// A form with typed changes that Esc or Ctrl-c would throw away.
    Discard(Discard),
    /// The plan's file was moved or deleted: write it back?
    WriteBack(WriteBack),
    Pick(Pick),
    Details(Details),
    CheckIn(CheckIn),
    /// A typed value looks like a slip: record it all the same?
    RecordAnyway(RecordAnyway),
    Summary(Summary),
    /// Another session changed what a change or an undo sets: which to keep?
    Conflict(Box<ConflictDialog>),
}

/// What a dialog does with a key.
#[derive(Debug)]
pub enum Reply {
    /// It stays open, as it now is.
    Keep(Overlay),
    /// It closes, and the app carries this out.
    Close(Effect),
}

impl Overlay {
    /// A form as a dialog.
    pub fn form(form: impl FormDialog + 'static) -> Overlay {
        Overlay::Form(Box::new(form))
    }

    pub fn handle_key(self, key: KeyEvent, ctx: &Ctx) -> Reply {
        match self {
            Overlay::Help(help) => help.handle_key(key),
            Overlay::Confirm(confirm) => confirm.handle_key(key),
            Overlay::Form(form) => form::handle_key(form, key),
            Overlay::Discard(discard) => discard.handle_key(key),
            Overlay::WriteBack(write_back) => write_back.handle_key(key),
            Overlay::Pick(pick) => pick.handle_key(key),
            Overlay::Details(details) => details.handle_key(key),
            Overlay::CheckIn(checkin) => checkin.handle_key_reply(key, ctx),
            Overlay::RecordAnyway(question) => question.handle_key(key),
            Overlay::Summary(summary) => summary.handle_key(key),
            Overlay::Conflict(conflict) => conflict.handle_key(key),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, tab: Tab) {
        match self {
            Overlay::Help(help) => help.render(area, buf, ctx, tab),
            Overlay::Confirm(confirm) => confirm.render(area, buf, ctx),
            Overlay::Form(form) => form.render(area, buf, ctx),
            Overlay::Discard(discard) => discard.render(area, buf, ctx),
            Overlay::Conflict(conflict) => {
                if let Some(behind) = &conflict.behind {
                    behind.render(area, buf, ctx, tab);
                }
                conflict.render(area, buf, ctx);
            }
            Overlay::WriteBack(write_back) => {
                if let Some(behind) = &write_back.behind {
                    behind.render(area, buf, ctx, tab);
                }
                write_back.render(area, buf, ctx);
            }
            Overlay::Pick(pick) => pick.render(area, buf, ctx),
            Overlay::Details(details) => details.render(area, buf, ctx),
            Overlay::CheckIn(checkin) => checkin.render(area, buf, ctx),
            Overlay::RecordAnyway(question) => question.render(area, buf, ctx),
            Overlay::Summary(summary) => summary.render(area, buf, ctx),
        }
    }
}
