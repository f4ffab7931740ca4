//! The plan a session works on and the one path every change takes:
//! an [`Edit`] is applied, saved (unless the session may not write), and its
//! inverse handed back for undo. The CLI and the TUI both change plans here.
//!
//! The CLI saves each edit before it returns ([`Workspace::commit`]). The
//! TUI submits edits ([`Workspace::submit`]): after
//! [`Workspace::save_in_background`] they are applied in memory at once and
//! saved in order on a writer thread (`writer.rs`, `queue.rs`), whose
//! outcomes come back as [`News`].

mod queue;
mod writer;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::diagnostics::error_chain;
use crate::domain::sieve::Keep;
use crate::domain::{Context, Edit, EditError, Plan};
use crate::i18n::Lang;
use crate::store::{Notice, SaveError, Saved, Store, StoreError};

pub use writer::wait_for_saves;

/// Where the plan comes from and whether it may be written.
#[derive(Debug)]
enum Backing {
    /// A file, saved after every edit.
    File(Store),
    /// A file saved on the writer thread.
    Queue(Box<queue::Queue>),
    /// A file opened with `--read-only`: never written.
    ReadOnly(PathBuf),
    /// The built-in example: edits stay in memory.
    Demo,
}

#[derive(Debug)]
pub struct Workspace {
    plan: Plan,
    backing: Backing,
    today: NaiveDate,
    /// Outcomes of edits saved on the spot, until [`Workspace::news`].
    outbox: Vec<News>,
    next_seq: u64,
    /// Whether a file the demo is saved as is saved in the background.
    background: bool,
}

/// An edit submitted: applied to the plan in memory.
#[derive(Debug)]
pub struct Submitted {
    /// The number its [`News`] carries.
    pub seq: u64,
    /// Applying it takes the edit back (the writer may hand a better one
    /// back with the news that it was saved).
    pub inverse: Edit,
}

/// What became of a submitted edit, or of the file, since last asked.
#[derive(Debug)]
pub enum News {
    /// Written durably (or kept in memory, for the demo).
    Saved {
        seq: u64,
        inverse: Edit,
        /// Another session's changes were merged into the plan.
        merged: bool,
    },
    /// Not saved: a conflict (the edits after it go ahead) or a failure
    /// (the edits queued after it, `rolled_back`, are taken back too). The
    /// plan in memory no longer holds them.
    Refused {
        seq: u64,
        error: CommitError,
        rolled_back: Vec<u64>,
    },
    /// Another session's save was read in.
    Reloaded,
    ReloadFailed(StoreError),
}

/// What a committed edit did.
#[derive(Debug)]
pub struct Committed {
    /// Applying it (with [`Workspace::undo`]) takes the edit back.
    pub inverse: Edit,
    /// False for the demo plan, which is never written.
    pub saved: bool,
    /// True when another session had changed the file and the plan now
    /// includes its changes.
    pub merged: bool,
}

/// Why an edit was not made.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    /// The session was opened with `--read-only`.
    #[error("the plan was opened read-only, so it cannot be changed")]
    ReadOnly,
    #[error(transparent)]
    Edit(EditError),
    #[error(transparent)]
    Store(StoreError),
    /// The writer thread ended (it panicked): nothing more can be saved.
    #[error("the writer thread has ended, so changes cannot be saved")]
    WriterGone,
}

impl From<SaveError> for CommitError {
    fn from(error: SaveError) -> Self {
        match error {
            SaveError::Edit(e) => CommitError::Edit(e),
            SaveError::Store(e) => CommitError::Store(e),
        }
    }
}

/// The plan open, for what reads a plan from a workspace or as it is.
impl AsRef<Plan> for Workspace {
    fn as_ref(&self) -> &Plan {
        self.plan()
    }
}

impl Workspace {
    /// Opens the plan file (an empty plan if it does not exist yet).
    pub fn open(path: &Path, read_only: bool, today: NaiveDate) -> Result<Self, StoreError> {
        Self::opened(path, read_only.then_some(Keep::All), today)
    }

    /// Opens the plan file read-only for a command that shows only the
    /// posts `keep` keeps (the others are checked, then let go).
    pub fn showing(path: &Path, keep: Keep, today: NaiveDate) -> Result<Self, StoreError> {
        Self::opened(path, Some(keep), today)
    }

    /// Read-only when `read_only` says which posts to keep.
    fn opened(path: &Path, read_only: Option<Keep>, today: NaiveDate) -> Result<Self, StoreError> {
        let started = Instant::now();
        // A session that never saves needs no store (nor its fingerprint of
        // the file, which costs a hash of every byte).
        let opened = if let Some(keep) = read_only {
            crate::store::load_showing(path, keep)
                .map(|plan| (Backing::ReadOnly(path.to_path_buf()), plan))
        } else {
            Store::open(path).map(|(store, plan)| (Backing::File(store), plan))
        };
        let read_only = read_only.is_some();
        let (backing, plan) = opened.inspect_err(|error| {
            log::error!("cannot open {}: {}", path.display(), error_chain(error));
        })?;
        log::info!(
            "opened {}{} ({} campaigns, {} objectives, {} ms)",
            path.display(),
            if read_only { " read-only" } else { "" },
            plan.campaigns.len(),
            plan.objectives.len(),
            started.elapsed().as_millis()
        );
        Ok(Workspace::new(plan, backing, today))
    }

    /// A file that could not be read: an empty plan, never written.
    pub fn unreadable(path: &Path, today: NaiveDate) -> Self {
        Workspace::new(
            Plan::default(),
            Backing::ReadOnly(path.to_path_buf()),
            today,
        )
    }

    /// The built-in example plan, dated around `today`.
    pub fn demo(today: NaiveDate, lang: Lang) -> Self {
        Workspace::new(crate::demo::plan(today, lang), Backing::Demo, today)
    }

    fn new(plan: Plan, backing: Backing, today: NaiveDate) -> Self {
        Workspace {
            plan,
            backing,
            today,
            outbox: Vec::new(),
            next_seq: 1,
            background: false,
        }
    }

    /// From now on edits are saved on a writer thread (the TUI's way):
    /// [`Workspace::submit`] returns once the edit is applied in memory.
    pub fn save_in_background(&mut self) -> std::io::Result<()> {
        self.background = true;
        self.start_writer(None)
    }

    /// As [`Workspace::save_in_background`], with each save held until a
    /// message comes on `hold`: tests make a save slow that way.
    #[doc(hidden)]
    pub fn save_in_background_held(
        &mut self,
        hold: std::sync::mpsc::Receiver<()>,
    ) -> std::io::Result<()> {
        self.background = true;
        self.start_writer(Some(hold))
    }

    fn start_writer(&mut self, hold: Option<std::sync::mpsc::Receiver<()>>) -> std::io::Result<()> {
        if !matches!(self.backing, Backing::File(_)) {
            return Ok(());
        }
        let Backing::File(store) = std::mem::replace(&mut self.backing, Backing::Demo) else {
            unreachable!("matched above");
        };
        let (path, notices, may_write) = (
            store.path().to_path_buf(),
            store.notices().to_vec(),
            store.may_write(),
        );
        match writer::Writer::start(store, self.plan.clone(), hold) {
            Ok(writer) => {
                let queue = queue::Queue::new(writer, path, notices, may_write);
                self.backing = Backing::Queue(Box::new(queue));
                Ok(())
            }
            Err(error) => {
                // The store went into the closure that never ran: open it again.
                let (store, plan) = Store::open(&path).map_err(std::io::Error::other)?;
                self.plan = plan;
                self.backing = Backing::File(store);
                Err(error)
            }
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The file behind the plan; None for the demo.
    pub fn path(&self) -> Option<&Path> {
        match &self.backing {
            Backing::File(store) => Some(store.path()),
            Backing::Queue(queue) => Some(&queue.path),
            Backing::ReadOnly(path) => Some(path),
            Backing::Demo => None,
        }
    }

    pub fn is_demo(&self) -> bool {
        matches!(self.backing, Backing::Demo)
    }

    pub fn is_read_only(&self) -> bool {
        matches!(self.backing, Backing::ReadOnly(_))
    }

    /// False for a file the user has no permission to write.
    pub fn may_write(&self) -> bool {
        match &self.backing {
            Backing::File(store) => store.may_write(),
            Backing::Queue(queue) => queue.may_write,
            Backing::ReadOnly(_) => false,
            Backing::Demo => true,
        }
    }

    /// What is worth telling the user about the file, found when it opened.
    pub fn notices(&self) -> &[Notice] {
        match &self.backing {
            Backing::File(store) => store.notices(),
            Backing::Queue(queue) => &queue.notices,
            _ => &[],
        }
    }

    /// Makes a change a person asked for.
    pub fn commit(&mut self, edit: &Edit) -> Result<Committed, CommitError> {
        self.apply(edit, Context::new(self.today))
    }

    /// Takes a change back by applying its inverse.
    pub fn undo(&mut self, inverse: &Edit) -> Result<Committed, CommitError> {
        self.apply(inverse, Context::undo(self.today))
    }

    /// Makes a change (or, with `undo`, takes one back) the TUI's way:
    /// saved on the writer thread after [`Workspace::save_in_background`],
    /// on the spot otherwise. Either way what became of it is in
    /// [`Workspace::news`]; an error here means the plan is unchanged.
    pub fn submit(&mut self, edit: &Edit, undo: bool) -> Result<Submitted, CommitError> {
        let ctx = if undo {
            Context::undo(self.today)
        } else {
            Context::new(self.today)
        };
        if let Backing::Queue(queue) = &mut self.backing {
            let (seq, inverse) = queue.submit(&mut self.plan, edit, ctx)?;
            return Ok(Submitted { seq, inverse });
        }
        let committed = self.apply(edit, ctx)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        self.outbox.push(News::Saved {
            seq,
            inverse: committed.inverse.clone(),
            merged: committed.merged,
        });
        Ok(Submitted {
            seq,
            inverse: committed.inverse,
        })
    }

    /// What became of submitted edits since last asked; with `wait`, once
    /// every edit submitted is saved or refused (quitting waits so).
    pub fn news(&mut self, wait: bool) -> Vec<News> {
        let mut news = std::mem::take(&mut self.outbox);
        if let Backing::Queue(queue) = &mut self.backing {
            news.extend(queue.news(&mut self.plan, wait));
        }
        news
    }

    /// Whether edits are waiting to be saved.
    pub fn saving(&self) -> bool {
        matches!(&self.backing, Backing::Queue(queue) if queue.saving())
    }

    /// Whether the writer owes a reply: a save, or a look at the file.
    pub fn waiting(&self) -> bool {
        matches!(&self.backing, Backing::Queue(queue) if queue.waiting())
    }

    fn apply(&mut self, edit: &Edit, ctx: Context) -> Result<Committed, CommitError> {
        match &mut self.backing {
            Backing::ReadOnly(_) => Err(CommitError::ReadOnly),
            Backing::Queue(queue) => {
                // Waited for, after everything queued before it; news of
                // those stays for `news`.
                let (seq, _) = queue.submit(&mut self.plan, edit, ctx)?;
                let mut outcome = None;
                for news in queue.news(&mut self.plan, true) {
                    match news {
                        News::Saved {
                            seq: s,
                            inverse,
                            merged,
                        } if s == seq => outcome = Some(Ok((inverse, merged))),
                        News::Refused { seq: s, error, .. } if s == seq => {
                            outcome = Some(Err(error));
                        }
                        other => self.outbox.push(other),
                    }
                }
                let (inverse, merged) = outcome.unwrap_or(Err(CommitError::WriterGone))?;
                Ok(Committed {
                    inverse,
                    saved: true,
                    merged,
                })
            }
            Backing::Demo => {
                let inverse = self.plan.apply(edit, ctx).map_err(CommitError::Edit)?;
                Ok(Committed {
                    inverse,
                    saved: false,
                    merged: false,
                })
            }
            Backing::File(store) => {
                let started = Instant::now();
                let result = store.save(&mut self.plan, edit, ctx);
                log_save(store.path(), &result, started.elapsed());
                let saved = result?;
                Ok(Committed {
                    inverse: saved.inverse,
                    saved: true,
                    merged: saved.merged,
                })
            }
        }
    }

    /// True when the plan's file was moved or deleted while this session
    /// had it open: the plan in memory is then the only copy here, and
    /// changes are not saved until it is written back.
    pub fn file_gone(&self) -> bool {
        match &self.backing {
            Backing::File(store) => store.is_gone(),
            Backing::Queue(queue) => queue.is_gone(),
            Backing::ReadOnly(_) | Backing::Demo => false,
        }
    }

    /// Writes the plan back to its file after the file was moved or
    /// deleted. False when there was nothing to do: the file is there (put
    /// back, or saved by another session), or the plan is not saved to one.
    pub fn write_back(&mut self) -> Result<bool, StoreError> {
        match &mut self.backing {
            Backing::File(store) if store.is_gone() => {
                let written = store.write_back(&self.plan);
                match &written {
                    Ok(true) => log::info!("wrote {} back", store.path().display()),
                    Ok(false) => log::info!(
                        "{} is there again: not written back",
                        store.path().display()
                    ),
                    Err(error) => log::error!("{}", error_chain(error)),
                }
                written
            }
            Backing::Queue(queue) if queue.is_gone() => queue.write_back(&mut self.plan),
            _ => Ok(false),
        }
    }

    /// Writes the demo plan, as edited, to a new plan file, atomically, and
    /// from then on saves every change there. An existing file is never
    /// replaced: it may be someone's plan.
    pub fn save_as(&mut self, path: &Path) -> Result<(), StoreError> {
        let refused = |source: std::io::Error| StoreError::Write {
            path: path.to_path_buf(),
            source,
        };
        if path.exists() {
            return Err(refused(std::io::ErrorKind::AlreadyExists.into()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(refused)?;
        }
        crate::store::write_atomically(path, &crate::store::to_json(&self.plan))
            .map_err(refused)?;
        let (store, plan) = Store::open(path)?;
        log::info!("saved the demo as {}", path.display());
        self.plan = plan;
        self.backing = Backing::File(store);
        if self.background {
            self.start_writer(None).map_err(refused)?;
        }
        Ok(())
    }

    /// Picks up changes another session wrote. True if the plan changed.
    /// Saving in the background, the writer is asked to look, after what
    /// is queued; what it finds comes as [`News::Reloaded`].
    pub fn reload_if_changed(&mut self) -> Result<bool, StoreError> {
        if let Backing::Queue(queue) = &mut self.backing {
            queue.reload();
            return Ok(false);
        }
        let Backing::File(store) = &mut self.backing else {
            return Ok(false);
        };
        let reloaded = store
            .reload_if_changed()
            .inspect_err(|error| log::warn!("{}", error_chain(error)))?;
        match reloaded {
            Some(plan) => {
                log::info!("{} changed elsewhere: read again", store.path().display());
                self.plan = plan;
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

/// One line of the debug log for each save: what was written, or why not.
pub(crate) fn log_save(path: &Path, result: &Result<Saved, SaveError>, took: Duration) {
    let path = path.display();
    match result {
        Ok(saved) => {
            if saved.merged {
                log::info!(
                    "{path} had changed since it was read: merged, the edit went onto its current content"
                );
            }
            log::info!(
                "saved {path} ({} bytes, {} ms)",
                saved.bytes,
                took.as_millis()
            );
        }
        Err(SaveError::Edit(conflict @ EditError::Changed(_))) => {
            log::warn!("conflict saving {path}: {conflict}");
        }
        Err(SaveError::Edit(error)) => log::info!("edit refused: {error}"),
        Err(SaveError::Store(error)) => log::error!("{}", error_chain(error)),
    }
}
