//! The plan file: find it, load it (migrating older versions), and save each
//! edit so that nothing is lost — not to a crash, a full disk, or a second
//! session editing the same file.
//!
//! A save is a read-modify-write under a short lock: if another process
//! changed the file since this one read it, the edit is re-applied to the
//! file's current content instead of overwriting it.

mod atomic;
mod format;
mod lock;
pub mod migrate;
pub mod path;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::domain::validate::Problem;
use crate::domain::{Context, Edit, EditError, Plan};

pub use atomic::backup_path;

/// Replaces any file atomically (exports use this too).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    atomic::replace(path, bytes, false)
}
pub use format::{parse, to_json};
pub use lock::lock_path;

/// Why the plan file could not be read or written.
#[derive(Debug)]
pub enum StoreError {
    /// No home directory to put the data directory in.
    NoDataDir,
    Read {
        path: PathBuf,
        source: io::Error,
    },
    Write {
        path: PathBuf,
        source: io::Error,
    },
    /// Another session held the lock for too long.
    Busy {
        path: PathBuf,
    },
    /// Not JSON (or cut short): where the parser stopped.
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        truncated: bool,
    },
    /// JSON, but the top level is not an object.
    NotAPlan {
        path: PathBuf,
    },
    NoVersion {
        path: PathBuf,
    },
    BadVersion {
        path: PathBuf,
        found: String,
    },
    /// Written by a newer socialplan.
    Newer {
        path: PathBuf,
        found: u32,
    },
    Migration {
        path: PathBuf,
        from: u32,
        message: String,
    },
    /// A field of the wrong type or an unknown field.
    Invalid {
        path: PathBuf,
        field: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but breaks a rule of the plan (a campaign on a missing channel…).
    Problem {
        path: PathBuf,
        problem: Problem,
    },
    /// The file this session read was moved or deleted since: a save would
    /// start from nothing, so it is refused (see [`Store::write_back`]).
    Gone {
        path: PathBuf,
    },
}

impl StoreError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::NoDataDir => None,
            StoreError::Read { path, .. }
            | StoreError::Write { path, .. }
            | StoreError::Busy { path }
            | StoreError::Syntax { path, .. }
            | StoreError::NotAPlan { path }
            | StoreError::NoVersion { path }
            | StoreError::BadVersion { path, .. }
            | StoreError::Newer { path, .. }
            | StoreError::Migration { path, .. }
            | StoreError::Invalid { path, .. }
            | StoreError::Problem { path, .. }
            | StoreError::Gone { path } => Some(path),
        }
    }
}

/// Why an edit was not saved.
#[derive(Debug)]
pub enum SaveError {
    /// The edit itself was refused (against the file's current content).
    Edit(EditError),
    Store(StoreError),
}

impl From<StoreError> for SaveError {
    fn from(error: StoreError) -> Self {
        SaveError::Store(error)
    }
}

/// What a successful save did.
#[derive(Debug)]
pub struct Saved {
    /// Applying it restores the plan as it was before the edit.
    pub inverse: Edit,
    /// True when another process had changed the file: the plan now holds
    /// that process's changes too.
    pub merged: bool,
}

/// A fingerprint of the file content this session last read or wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seen {
    Absent,
    Content { len: usize, hash: u64 },
}

impl Seen {
    fn of(bytes: Option<&[u8]>) -> Seen {
        match bytes {
            None => Seen::Absent,
            // XXH3: a fingerprint, not a defence, and fast enough that a
            // plan of many megabytes costs no noticeable time to take it.
            Some(bytes) => Seen::Content {
                len: bytes.len(),
                hash: xxhash_rust::xxh3::xxh3_64(bytes),
            },
        }
    }
}

/// What `stat` says of the file: enough to tell, without reading it, that
/// it has not changed (every save replaces the inode).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
    #[cfg(unix)]
    inode: u64,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = fs::metadata(path).ok()?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
            #[cfg(unix)]
            inode: std::os::unix::fs::MetadataExt::ino(&meta),
        })
    }
}

/// One plan file, as this session knows it.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    seen: Seen,
    /// The file's stamp when it was last read or written here.
    stamp: Option<Stamp>,
}

impl Store {
    /// Loads the plan at `path`; a missing file is an empty plan (the file is
    /// created on the first save). Reading takes no lock: saves replace the
    /// file by rename, so a reader sees the old or the new content whole.
    pub fn open(path: &Path) -> Result<(Store, Plan), StoreError> {
        let stamp = Stamp::of(path);
        let bytes = read(path)?;
        let plan = match &bytes {
            Some(bytes) => parse(path, bytes)?,
            None => Plan::default(),
        };
        let store = Store {
            path: path.to_path_buf(),
            seen: Seen::of(bytes.as_deref()),
            stamp,
        };
        Ok((store, plan))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Applies `edit` and saves the result. `plan` must be the plan this
    /// store loaded or last saved; if the file changed since, `plan` is first
    /// replaced by the file's content and the edit applied to that.
    /// On any error the file is untouched; `plan` may have been refreshed.
    pub fn save(&mut self, plan: &mut Plan, edit: &Edit, ctx: Context) -> Result<Saved, SaveError> {
        atomic::ensure_dir(&atomic::parent_dir(&self.path)).map_err(|e| self.write_error(e))?;
        let _lock = lock::acquire(&self.path)
            .map_err(|e| self.write_error(e))?
            .ok_or_else(|| StoreError::Busy {
                path: self.path.clone(),
            })?;
        atomic::clean_stale(&self.path);
        let current = read(&self.path)?;
        if current.is_none() && self.seen != Seen::Absent {
            // Moved or deleted, not emptied: no session saves "nothing".
            // Starting from an empty plan would throw this one away.
            self.stamp = None;
            return Err(StoreError::Gone {
                path: self.path.clone(),
            }
            .into());
        }
        let seen = Seen::of(current.as_deref());
        let merged = seen != self.seen;
        if merged {
            // Never write over a file this build cannot read: parse first.
            *plan = match &current {
                Some(bytes) => parse(&self.path, bytes)?,
                None => Plan::default(),
            };
            self.seen = seen;
        }
        let inverse = plan.apply(edit, ctx).map_err(SaveError::Edit)?;
        let bytes = to_json(plan);
        if let Err(error) = atomic::replace(&self.path, &bytes, current.is_some()) {
            let restored = plan.apply(&inverse, Context::undo(ctx.today));
            debug_assert!(restored.is_ok(), "in-memory rollback failed");
            return Err(self.write_error(error).into());
        }
        self.seen = Seen::of(Some(&bytes));
        self.stamp = Stamp::of(&self.path);
        Ok(Saved { inverse, merged })
    }

    /// Re-reads the file if another process changed it. Returns the new plan,
    /// or None when the file is as this session last saw it — or gone
    /// ([`Store::is_gone`]): a file moved or deleted is not an empty plan,
    /// and the plan in memory is all that is left of it.
    pub fn reload_if_changed(&mut self) -> Result<Option<Plan>, StoreError> {
        // A stat a second costs nothing; reading a large plan would.
        let stamp = Stamp::of(&self.path);
        if stamp == self.stamp {
            return Ok(None);
        }
        let current = read(&self.path)?;
        // Looked at once: a damaged file is reported once, not every second
        // (a save still re-reads it, and refuses to write over it).
        self.stamp = stamp;
        // Gone, or never written yet: either way nothing to read.
        let Some(bytes) = current else {
            return Ok(None);
        };
        let seen = Seen::of(Some(&bytes));
        if seen == self.seen {
            return Ok(None);
        }
        let plan = parse(&self.path, &bytes)?;
        self.seen = seen;
        Ok(Some(plan))
    }

    /// True when the file this session read or wrote is no longer there
    /// (moved or deleted elsewhere), as the last look found it.
    pub fn is_gone(&self) -> bool {
        self.stamp.is_none() && self.seen != Seen::Absent
    }

    /// Writes `plan` back where the file was, after it was moved or deleted.
    /// Returns false, writing nothing, if a file is there again (put back,
    /// or saved by another session): the next reload reads it.
    pub fn write_back(&mut self, plan: &Plan) -> Result<bool, StoreError> {
        atomic::ensure_dir(&atomic::parent_dir(&self.path)).map_err(|e| self.write_error(e))?;
        let _lock = lock::acquire(&self.path)
            .map_err(|e| self.write_error(e))?
            .ok_or_else(|| StoreError::Busy {
                path: self.path.clone(),
            })?;
        atomic::clean_stale(&self.path);
        if read(&self.path)?.is_some() {
            return Ok(false);
        }
        let bytes = to_json(plan);
        atomic::replace(&self.path, &bytes, false).map_err(|e| self.write_error(e))?;
        self.seen = Seen::of(Some(&bytes));
        self.stamp = Stamp::of(&self.path);
        Ok(true)
    }

    fn write_error(&self, source: io::Error) -> StoreError {
        StoreError::Write {
            path: self.path.clone(),
            source,
        }
    }
}

/// The plan at `path`, for reading only (an empty plan if there is none).
pub fn load(path: &Path) -> Result<Plan, StoreError> {
    match read(path)? {
        Some(bytes) => parse(path, &bytes),
        None => Ok(Plan::default()),
    }
}

/// The file's bytes, or None if there is no file.
fn read(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(StoreError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}
