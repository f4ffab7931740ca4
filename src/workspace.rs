//! The plan a session works on and the one path every change takes:
//! an [`Edit`] is applied, saved (unless the session may not write), and its
//! inverse handed back for undo. The CLI and the TUI both change plans here.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::diagnostics::error_chain;
use crate::domain::sieve::Keep;
use crate::domain::{Context, Edit, EditError, Plan};
use crate::i18n::Lang;
use crate::store::{Notice, SaveError, Saved, Store, StoreError};

/// Where the plan comes from and whether it may be written.
#[derive(Debug)]
enum Backing {
    /// A file, saved after every edit.
    File(Store),
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
}

impl From<SaveError> for CommitError {
    fn from(error: SaveError) -> Self {
        match error {
            SaveError::Edit(e) => CommitError::Edit(e),
            SaveError::Store(e) => CommitError::Store(e),
        }
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
        Ok(Workspace {
            plan,
            backing,
            today,
        })
    }

    /// A file that could not be read: an empty plan, never written.
    pub fn unreadable(path: &Path, today: NaiveDate) -> Self {
        Workspace {
            plan: Plan::default(),
            backing: Backing::ReadOnly(path.to_path_buf()),
            today,
        }
    }

    /// The built-in example plan, dated around `today`.
    pub fn demo(today: NaiveDate, lang: Lang) -> Self {
        Workspace {
            plan: crate::demo::plan(today, lang),
            backing: Backing::Demo,
            today,
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
            Backing::ReadOnly(_) => false,
            Backing::Demo => true,
        }
    }

    /// What is worth telling the user about the file, found when it opened.
    pub fn notices(&self) -> &[Notice] {
        match &self.backing {
            Backing::File(store) => store.notices(),
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

    fn apply(&mut self, edit: &Edit, ctx: Context) -> Result<Committed, CommitError> {
        match &mut self.backing {
            Backing::ReadOnly(_) => Err(CommitError::ReadOnly),
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
        Ok(())
    }

    /// Picks up changes another session wrote. True if the plan changed.
    pub fn reload_if_changed(&mut self) -> Result<bool, StoreError> {
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
fn log_save(path: &Path, result: &Result<Saved, SaveError>, took: Duration) {
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
