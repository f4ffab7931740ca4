//! Yes/no questions: before a change (a deletion), before a form's typed
//! changes are thrown away, and when the plan's file was moved or deleted.
//! A long question (the campaigns an objective's deletion leaves without
//! it) scrolls, with a scrollbar.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::checkin::CheckIn;
use super::details::TextDialog;
use super::form::FormDialog;
use super::{Overlay, Reply};
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::keymap::{self, Dialog};
use crate::tui::view::{Change, Ctx, Effect};
use crate::tui::widgets::scroll::Scroll;

/// A yes/no question before a change (deletions).
#[derive(Debug)]
pub struct Confirm {
    pub question: String,
    pub change: Change,
    pub scroll: Scroll,
}

impl Confirm {
    pub fn new(question: String, change: Change) -> Self {
        Confirm {
            question,
            change,
            scroll: Scroll::default(),
        }
    }

    pub fn handle_key(mut self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(Dialog::Confirm, &key) {
            Some(Action::Yes) => Reply::Close(Effect::Commit(self.change)),
            Some(Action::No) => Reply::Close(Effect::Nothing),
            _ => {
                scroll_by(&mut self.scroll, &key);
                Reply::Keep(Overlay::Confirm(self))
            }
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render_question(
            &self.question,
            Dialog::Confirm,
            area,
            buf,
            ctx,
            &self.scroll,
        );
    }
}

/// The question before a form's typed changes are thrown away. The form
/// waits behind it, drawn underneath, to go back to.
#[derive(Debug)]
pub struct Discard {
    pub form: Box<dyn FormDialog>,
    /// Ctrl-c asked (yes quits the program); otherwise Esc did (yes closes
    /// the form).
    pub quitting: bool,
}

impl Discard {
    fn keys(&self) -> Dialog {
        Dialog::either(self.quitting, [Dialog::Discard, Dialog::DiscardQuit])
    }

    /// Yes discards the form's changes (and quits, when Ctrl-c asked); no
    /// goes back to the form as it was.
    pub fn handle_key(self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(self.keys(), &key) {
            Some(Action::Yes) if self.quitting => Reply::Close(Effect::Quit),
            Some(Action::Yes) => Reply::Close(Effect::Nothing),
            Some(Action::No) => Reply::Keep(Overlay::Form(self.form)),
            _ => Reply::Keep(Overlay::Discard(self)),
        }
    }

    /// The form, and over it the question.
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.form.render(area, buf, ctx);
        let lang = ctx.lang;
        let question = if self.quitting {
            crate::i18n::ui::Ui::DiscardAndQuit
        } else {
            crate::i18n::ui::Ui::DiscardChanges
        };
        render_question(
            lang.t(question),
            self.keys(),
            area,
            buf,
            ctx,
            &Scroll::default(),
        );
    }
}

/// The question asked when the plan's file was moved or deleted. Whatever
/// dialog was open (a form being filled in) waits behind it, drawn
/// underneath, and comes back once it is answered.
#[derive(Debug)]
pub struct WriteBack {
    pub question: String,
    pub behind: Option<Box<Overlay>>,
    /// Asked on the way out: the answer also quits (Esc stays).
    pub quitting: bool,
    /// Asked when quitting the demo after changes: yes saves them to a new
    /// file instead of writing one back.
    pub demo: bool,
}

impl WriteBack {
    fn keys(&self) -> Dialog {
        if self.demo {
            return Dialog::DemoQuit;
        }
        Dialog::either(self.quitting, [Dialog::WriteBack, Dialog::WriteBackQuit])
    }

    pub fn handle_key(self, key: KeyEvent) -> Reply {
        let answer = match keymap::dialog_action(self.keys(), &key) {
            Some(Action::Yes) => Some(true),
            Some(Action::No) => Some(false),
            Some(Action::Close) => return Reply::Close(Effect::Nothing),
            _ => None,
        };
        match answer {
            Some(write) => Reply::Close(Effect::WriteBack {
                write,
                quitting: self.quitting,
                behind: self.behind,
            }),
            None => Reply::Keep(Overlay::WriteBack(self)),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render_question(
            &self.question,
            self.keys(),
            area,
            buf,
            ctx,
            &Scroll::default(),
        );
    }
}

/// The question before a value that looks like a slip (`domain::unusual`)
/// is recorded: yes records it, no goes back to correct it. The check-in or
/// the form it was typed in waits behind it, drawn underneath.
#[derive(Debug)]
pub struct RecordAnyway {
    pub question: String,
    pub behind: TypedIn,
    pub change: Box<Change>,
}

/// Where the value was typed.
#[derive(Debug)]
pub enum TypedIn {
    CheckIn(Box<CheckIn>),
    Form(Box<dyn FormDialog>),
}

impl RecordAnyway {
    pub fn handle_key(self, key: KeyEvent) -> Reply {
        match keymap::dialog_action(Dialog::Confirm, &key) {
            Some(Action::Yes) => Reply::Close(match self.behind {
                TypedIn::CheckIn(checkin) => Effect::Record(checkin, self.change),
                TypedIn::Form(_) => Effect::Commit(*self.change),
            }),
            Some(Action::No) => Reply::Keep(match self.behind {
                TypedIn::CheckIn(mut checkin) => {
                    checkin.declined();
                    Overlay::CheckIn(*checkin)
                }
                TypedIn::Form(form) => Overlay::Form(form),
            }),
            _ => Reply::Keep(Overlay::RecordAnyway(self)),
        }
    }

    /// What the value was typed in, and over it the question.
    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        match &self.behind {
            TypedIn::CheckIn(checkin) => checkin.render(area, buf, ctx),
            TypedIn::Form(form) => form.render(area, buf, ctx),
        }
        let scroll = Scroll::default();
        render_question(&self.question, Dialog::Confirm, area, buf, ctx, &scroll);
    }
}

/// ↑/↓ and the page keys scroll a question too long for the screen.
fn scroll_by(scroll: &mut Scroll, key: &KeyEvent) {
    if let Some(action) = keymap::dialog_action(Dialog::Details, key) {
        scroll.scroll(action);
    }
}

/// A question in a small dialog, the keys that answer it on the frame.
fn render_question(
    question: &str,
    keys: Dialog,
    area: Rect,
    buf: &mut Buffer,
    ctx: &Ctx,
    scroll: &Scroll,
) {
    // A question may list things one to a line (the campaigns a deletion
    // changes): the breaks are its own, anything else is shown harmlessly.
    let lines: Vec<Line<'static>> = question.lines().map(|l| Line::raw(printable(l))).collect();
    let dialog = TextDialog {
        title: "?",
        lines: &lines,
        keys,
        min_width: 30,
        max_width: 70,
    };
    dialog.render(area, buf, ctx, scroll);
}
