//! Edits saved in the background: each is on screen at once, and what
//! became of it comes back later — saved (the status line says so), a
//! conflict (its dialog opens, over whatever is open then), or a failure
//! (it and the edits made after it are taken back, and the undo history
//! with them).

use super::{App, Done};
use crate::domain::{Edit, EditError};
use crate::i18n::ui::Ui;
use crate::tui::overlay::Retry;
use crate::tui::view::Change;
use crate::workspace::{CommitError, News};

/// An edit made and not yet reported saved.
pub(super) struct Pending {
    seq: u64,
    made: Made,
}

enum Made {
    Commit(Box<Change>),
    /// An undo (or redo), and the history entry it took, which comes back
    /// if the save fails.
    Step {
        inverse: Box<Edit>,
        label: String,
        undoing: bool,
        popped: Option<Box<Done>>,
    },
}

impl Pending {
    pub fn commit(seq: u64, change: Change) -> Pending {
        Pending {
            seq,
            made: Made::Commit(Box::new(change)),
        }
    }

    pub fn step(
        seq: u64,
        inverse: Edit,
        label: String,
        undoing: bool,
        popped: Option<Done>,
    ) -> Pending {
        Pending {
            seq,
            made: Made::Step {
                inverse: Box::new(inverse),
                label,
                undoing,
                popped: popped.map(Box::new),
            },
        }
    }

    fn label(&self) -> &str {
        match &self.made {
            Made::Commit(change) => &change.label,
            Made::Step { label, .. } => label,
        }
    }

    /// What the conflict dialog tries again once it is settled.
    fn retry(self) -> Retry {
        match self.made {
            Made::Commit(change) => Retry::Commit(*change),
            Made::Step {
                inverse,
                label,
                undoing,
                ..
            } => Retry::StepBack {
                inverse: *inverse,
                label,
                undoing,
            },
        }
    }
}

impl App {
    /// Whether edits are waiting to be saved (the title says so).
    pub fn saving(&self) -> bool {
        self.session.workspace.saving()
    }

    /// Whether the writer owes a reply (a save, or a look at the file).
    pub fn waiting(&self) -> bool {
        self.session.workspace.waiting()
    }

    /// Takes in what the writer reported. Returns whether anything did.
    pub fn poll_saves(&mut self) -> bool {
        let any = self.take_news(false);
        // A look at the file may have found it gone, with no news.
        self.follow_file() || any
    }

    /// Waits for every pending save, as quitting does. True if the app
    /// still quits (a conflict or a failure that came back keeps it open,
    /// to say so).
    pub fn finish_saves(&mut self) -> bool {
        self.take_news(true);
        self.follow_file();
        self.quit
    }

    /// What became of the edits made; with `wait`, of every one.
    pub(super) fn take_news(&mut self, wait: bool) -> bool {
        let news = self.session.workspace.news(wait);
        let any = !news.is_empty();
        for news in news {
            match news {
                News::Saved {
                    seq,
                    inverse,
                    merged,
                } => self.saved(seq, inverse, merged),
                News::Refused {
                    seq,
                    error,
                    rolled_back,
                } => self.not_saved(seq, error, &rolled_back),
                News::Reloaded => {
                    self.refresh(None);
                    self.info(self.session.lang.t(Ui::ReloadedFromDisk));
                }
                News::ReloadFailed(error) => self.error(self.session.lang.store_error(&error)),
            }
        }
        any
    }

    fn saved(&mut self, seq: u64, inverse: Edit, merged: bool) {
        let Some(pending) = self.take_pending(seq) else {
            return;
        };
        // The writer's inverse: after a merge it is the one that fits the file.
        if let Some(done) = self
            .undo
            .iter_mut()
            .chain(self.redo.iter_mut())
            .find(|d| d.seq == seq)
        {
            done.inverse = inverse;
        }
        if merged {
            self.refresh(None);
        }
        let word = match &pending.made {
            // Saving on top of another session's changes keeps them: say so.
            Made::Commit(_) if merged => Ui::MergedOnSave,
            Made::Commit(_) => Ui::Saved,
            Made::Step { undoing: true, .. } => Ui::Undone,
            Made::Step { undoing: false, .. } => Ui::Redone,
        };
        let text = format!("{}: {}", self.session.lang.t(word), pending.label());
        self.success(text);
    }

    /// Not saved: the plan in memory already lacks the edit (and, after a
    /// failure, those made after it); the history follows, and the person
    /// is told — a conflict in its dialog, whatever is open meanwhile.
    fn not_saved(&mut self, seq: u64, error: CommitError, rolled_back: &[u64]) {
        for later in rolled_back.iter().rev() {
            if let Some(pending) = self.take_pending(*later) {
                self.forget(pending, true);
            }
        }
        self.refresh(None);
        // Quitting waits to say so.
        self.quit = false;
        let Some(pending) = self.take_pending(seq) else {
            return;
        };
        match error {
            CommitError::Edit(EditError::Changed(changed)) => {
                self.forget_history(seq);
                let interrupted = self.overlay.take();
                let behind = match interrupted {
                    // Back when the conflict is settled, whatever the answer.
                    Some(open) if self.queued.is_none() => {
                        self.queued = Some(open);
                        None
                    }
                    other => other,
                };
                self.open_conflict(*changed, pending.retry(), behind);
            }
            other => {
                self.forget(pending, true);
                self.error(self.session.lang.commit_error(&other));
            }
        }
    }

    fn take_pending(&mut self, seq: u64) -> Option<Pending> {
        let at = self.pending.iter().position(|p| p.seq == seq)?;
        Some(self.pending.remove(at))
    }

    /// An edit taken back: off the history, and the entry an undo took put
    /// back where it was.
    fn forget(&mut self, pending: Pending, restore: bool) {
        self.forget_history(pending.seq);
        if let Made::Step {
            undoing,
            popped: Some(done),
            ..
        } = pending.made
            && restore
        {
            if undoing {
                self.undo.push(*done);
            } else {
                self.redo.push(*done);
            }
        }
    }

    fn forget_history(&mut self, seq: u64) {
        self.undo.retain(|d| d.seq != seq);
        self.redo.retain(|d| d.seq != seq);
    }
}
