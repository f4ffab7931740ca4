//! Keys while a dialog is open: the dialog reads them and replies; the app
//! carries out what the reply asks (a save, a recorded value, the end of the
//! check-in). Ctrl-c is the app's: it never throws typing away unasked.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Refused};
use crate::domain::unusual::recorded;
use crate::i18n::checkin::C;
use crate::tui::editor::Failure;
use crate::tui::items::review;
use crate::tui::overlay::checkin::{CheckIn, Step};
use crate::tui::overlay::form::{Form, FormDialog};
use crate::tui::overlay::{Discard, Overlay, RecordAnyway, Reply, Retry, TypedIn, WriteBack};
use crate::tui::tab::Tab;
use crate::tui::view::{Change, Ctx};

impl App {
    pub(super) fn dialog_key(&mut self, overlay: Overlay, key: KeyEvent) {
        let ctrl_c =
            key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl_c {
            self.ctrl_c(overlay, key);
            return;
        }
        let reply = overlay.handle_key(key, &self.session.ctx());
        match reply {
            Reply::Keep(overlay) => self.overlay = Some(overlay),
            Reply::Close(effect) => self.apply(effect),
        }
        // The dialog closed: the one waiting for it, if any, opens.
        if self.overlay.is_none() {
            self.overlay = self.queued.take();
        }
    }

    /// Typed changes are not thrown away unasked; a second Ctrl-c, at the
    /// question, quits all the same.
    fn ctrl_c(&mut self, overlay: Overlay, key: KeyEvent) {
        match overlay {
            Overlay::Form(form) if form.is_changed() => {
                self.overlay = Some(Overlay::Discard(Discard {
                    form,
                    quitting: true,
                }));
            }
            Overlay::Discard(discard) if discard.quitting => self.quit = true,
            // The form behind the question decides.
            Overlay::RecordAnyway(RecordAnyway {
                behind: TypedIn::Form(form),
                ..
            }) => self.ctrl_c(Overlay::Form(form), key),
            // The dialog behind the question decides.
            Overlay::WriteBack(WriteBack {
                behind: Some(behind),
                ..
            }) => self.dialog_key(*behind, key),
            // A second Ctrl-c, at the question asked on the way out.
            Overlay::WriteBack(WriteBack { quitting: true, .. }) => self.quit = true,
            _ => self.quit_or_ask(),
        }
    }

    /// The text a form asked to open in the person's editor, once: the
    /// terminal runs the editor, then calls [`App::editor_returned`].
    pub fn editor_request(&mut self) -> Option<String> {
        self.editor.take()
    }

    /// What the editor gave back goes into the open form's focused field;
    /// a failure leaves the field as it was and says why.
    pub fn editor_returned(&mut self, result: Result<String, Failure>) {
        match result {
            Ok(text) => {
                if let Some(Overlay::Form(form)) = &mut self.overlay {
                    form.set_focused_text(&text);
                }
            }
            Err(failure) => self.error(failure.message(self.session.lang)),
        }
    }

    /// Shows a tab with an item selected.
    pub(super) fn go_to(&mut self, tab: Tab, focus: Option<&str>) {
        self.show_tab(tab);
        if focus.is_some() {
            let ctx = self.session.ctx();
            self.views.select(&ctx, tab, focus);
            self.panes_follow_now();
        }
    }

    /// Enter in a form: a form that builds no change stays open with its
    /// errors; a change the plan refuses brings the form back with why,
    /// under the field the plan named.
    pub(super) fn save_form(&mut self, mut form: Box<dyn FormDialog>) {
        // Nowhere to save it: ask to write the plan back first, and keep
        // the form for Enter once that is done.
        if self.session.workspace.file_gone() {
            self.overlay = Some(self.write_back_question(Some(Overlay::Form(form))));
            return;
        }
        if let Some(path) = form.save_as_path() {
            self.save_as(form, &path);
            return;
        }
        let Some(change) = form.submit(&self.session.ctx()) else {
            self.overlay = Some(Overlay::Form(form));
            return;
        };
        let lang = self.session.lang;
        if let Some((value, why)) = recorded(self.session.workspace.plan(), &change.edit) {
            self.overlay = Some(Overlay::RecordAnyway(RecordAnyway {
                question: lang.unusual_question(value, why),
                behind: TypedIn::Form(form),
                change: Box::new(change),
            }));
            return;
        }
        match self.commit(&change) {
            Ok(()) => {}
            Err(Refused::Message(message, field)) => {
                form.refused(message, field);
                self.overlay = Some(Overlay::Form(form));
            }
            // The rest of the form is saved once the field is settled; Esc
            // at the question brings the form back.
            Err(Refused::Conflict(changed)) => {
                let retry = Retry::Commit(change);
                self.open_conflict(*changed, retry, Some(Overlay::Form(form)));
            }
        }
    }

    /// The check-in records a value: saved at once, then the next
    /// objective. A refusal shows in the check-in, which goes on.
    pub(super) fn record(&mut self, mut checkin: CheckIn, change: &Change) {
        let step = match self.commit(change) {
            Ok(()) => checkin.recorded(self.session.workspace.plan()),
            Err(Refused::Message(message, _)) => {
                checkin.refused(message);
                Step::Continue
            }
            Err(Refused::Conflict(changed)) => {
                checkin.refused(self.session.lang.changed(&changed));
                Step::Continue
            }
        };
        match step {
            Step::Finished { completed } => self.check_in_done(&checkin, completed),
            _ => self.overlay = Some(Overlay::CheckIn(checkin)),
        }
    }

    /// The check-in ended: what moved, in a summary, after this week's
    /// review form when it went through every objective.
    pub(super) fn check_in_done(&mut self, checkin: &CheckIn, completed: bool) {
        let lang = self.session.lang;
        let title = format!(
            "{}: {}",
            lang.t(if completed { C::Done } else { C::Stopped }),
            lang.recorded_count(checkin.recorded_objectives())
        );
        let summary = checkin
            .summary(title.clone(), &self.session.ctx())
            .map(Overlay::Summary);
        self.info(title);
        if completed {
            self.queued = summary;
            self.overlay = Some(Overlay::form(weekly_review_form(&self.session.ctx())));
        } else {
            self.overlay = summary;
        }
    }
}

/// After the check-in: this week's review, optional (today's, if one exists).
fn weekly_review_form(ctx: &Ctx) -> Form<review::F> {
    let form = review::review_form(ctx, None);
    if ctx.plan.reviews.iter().any(|r| r.date == ctx.today) {
        form
    } else {
        form.title(ctx.lang.t(C::ReviewTitle))
    }
}
