//! Conflicts in the app: a change or an undo that meets another session's
//! later change to the same field opens the conflict dialog; the answer
//! settles that field and the rest of the change goes ahead.

use super::saving::Pending;
use super::{App, Done, Refused};
use crate::domain::{Conflict, Edit, EditError, Keep};
use crate::i18n::ui::Ui;
use crate::tui::overlay::Overlay;
use crate::tui::overlay::{ConflictDialog, Retry};
use crate::tui::view::{Change, Effect};
use crate::workspace::CommitError;

impl App {
    /// Shows the conflict, with what to try again once it is settled.
    pub(super) fn open_conflict(
        &mut self,
        changed: Conflict,
        retry: Retry,
        behind: Option<Overlay>,
    ) {
        self.overlay = Some(Overlay::Conflict(Box::new(ConflictDialog {
            changed,
            retry,
            behind: behind.map(Box::new),
        })));
    }

    /// A change refused with a conflict: the plan now holds the file's
    /// content (the save re-read it), so the tabs show it under the dialog.
    pub(super) fn refused(&mut self, error: CommitError) -> Refused {
        match error {
            CommitError::Edit(EditError::Changed(changed)) => {
                self.refresh(None);
                Refused::Conflict(changed)
            }
            other => {
                let field = match &other {
                    CommitError::Edit(error) => error.field(),
                    _ => None,
                };
                Refused::Message(self.session.lang.commit_error(&other), field)
            }
        }
    }

    /// The person chose what to keep (None: later, and nothing is saved;
    /// the form that made the change, if any, comes back).
    pub(super) fn settle(&mut self, dialog: ConflictDialog, keep: Option<Keep>) {
        let Some(keep) = keep else {
            self.info(self.session.lang.t(Ui::NotSaved));
            self.overlay = dialog.behind.map(|behind| *behind);
            return;
        };
        let ConflictDialog { changed, retry, .. } = dialog;
        match retry {
            Retry::Commit(change) => match change.edit.settled(&changed, keep) {
                Some(edit) => self.apply(Effect::Commit(Change { edit, ..change })),
                None => self.info(self.session.lang.t(Ui::ConflictKeptTheirs)),
            },
            Retry::StepBack {
                inverse,
                label,
                undoing,
            } => match inverse.settled(&changed, keep) {
                Some(inverse) => self.step(inverse, label, undoing, None),
                None => self.info(self.session.lang.t(Ui::ConflictKeptTheirs)),
            },
        }
    }

    /// Applies an undo (or redo) inverse; on success its own inverse goes on
    /// the other stack. `popped` is the entry it came from, put back if the
    /// save fails.
    pub(super) fn step(
        &mut self,
        inverse: Edit,
        label: String,
        undoing: bool,
        popped: Option<Done>,
    ) {
        match self.session.workspace.submit(&inverse, true) {
            Ok(submitted) => {
                let back = Done {
                    inverse: submitted.inverse,
                    label: label.clone(),
                    seq: submitted.seq,
                };
                if undoing {
                    self.redo.push(back);
                } else {
                    self.undo.push(back);
                }
                self.refresh_after(&inverse, super::focus_of(&inverse).as_deref());
                let pending = Pending::step(submitted.seq, inverse, label, undoing, popped);
                self.pending.push(pending);
                self.take_news(false);
            }
            Err(error) => match self.refused(error) {
                Refused::Conflict(changed) => {
                    let retry = Retry::StepBack {
                        inverse,
                        label,
                        undoing,
                    };
                    self.open_conflict(*changed, retry, None);
                }
                Refused::Message(message, _) => self.error(message),
            },
        }
    }
}
