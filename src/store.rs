//! The plan file: find it, load it (migrating older versions), and save each
//! edit so that nothing is lost — not to a crash, a full disk, or a second
//! session editing the same file.
//!
//! A save is a read-modify-write under a short lock: if another process
//! changed the file since this one read it, the edit is re-applied to the
//! file's current content instead of overwriting it.

mod atomic;
mod error;
mod format;
mod lock;
pub mod migrate;
pub mod path;
pub mod place;
mod stream;

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::domain::sieve::Keep;
use crate::domain::{Context, Edit, Plan};

pub use atomic::backup_path;
pub use error::{NotAFile, SaveError, StoreError};

/// Replaces any file atomically (exports use this too). A symbolic link is
/// followed, and stays a link.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    atomic::replace(&place::resolve_links(path), bytes, false)
}
pub use format::{parse, parse_showing, to_json};
pub use lock::lock_path;

/// The largest plan file read: far more than a year of an agency's plans
/// (tens of megabytes), and a bound on what a wrong `--file` can cost.
pub const MAX_PLAN_BYTES: u64 = 256 * 1024 * 1024;

/// Something worth saying once about a plan file that opened fine.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The file has other hard links, which a save (a new file renamed into
    /// place) would leave with the old content.
    HardLinks { path: PathBuf, links: u64 },
    /// The user may not write the file: it can be read, not changed.
    NotWritable { path: PathBuf },
}

/// What a successful save did.
#[derive(Debug)]
pub struct Saved {
    /// Applying it restores the plan as it was before the edit.
    pub inverse: Edit,
    /// True when another process had changed the file: the plan now holds
    /// that process's changes too.
    pub merged: bool,
    /// The size of the file written.
    pub bytes: usize,
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
    /// The path as given (`--file`, `$SOCIALPLAN_FILE`, the data directory).
    path: PathBuf,
    /// The file itself, symbolic links resolved once at open: it is read,
    /// locked, backed up and replaced there, so a link stays a link.
    file: PathBuf,
    seen: Seen,
    /// The file's stamp when it was last read or written here.
    stamp: Option<Stamp>,
    notices: Vec<Notice>,
}

impl Store {
    /// Loads the plan at `path`; a missing file is an empty plan (the file is
    /// created on the first save). Reading takes no lock: saves replace the
    /// file by rename, so a reader sees the old or the new content whole.
    pub fn open(path: &Path) -> Result<(Store, Plan), StoreError> {
        let file = place::resolve_links(path);
        let stamp = Stamp::of(&file);
        let (plan, seen) = if let Some(streamed) = stream_whole(&file) {
            streamed
        } else {
            let bytes = read(&file, Purpose::Save)?;
            let plan = match &bytes {
                Some(bytes) => parse(&file, bytes)?,
                None => Plan::default(),
            };
            (plan, Seen::of(bytes.as_deref()))
        };
        // A file this user may not write is never saved, so its other
        // hard links are not split: only the first is worth saying.
        let notices = if !place::writable(&file).unwrap_or(true) {
            vec![Notice::NotWritable { path: file.clone() }]
        } else if let Some(links) = place::extra_links(&file) {
            vec![Notice::HardLinks {
                path: file.clone(),
                links,
            }]
        } else {
            Vec::new()
        };
        let store = Store {
            path: path.to_path_buf(),
            file,
            seen,
            stamp,
            notices,
        };
        Ok((store, plan))
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What is worth telling the user about the file, found when it was opened.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether the user may write the file (as found when it was opened).
    pub fn may_write(&self) -> bool {
        !self
            .notices
            .iter()
            .any(|n| matches!(n, Notice::NotWritable { .. }))
    }

    /// Applies `edit` and saves the result. `plan` must be the plan this
    /// store loaded or last saved; if the file changed since, `plan` is first
    /// replaced by the file's content and the edit applied to that.
    /// On any error the file is untouched; `plan` may have been refreshed.
    pub fn save(&mut self, plan: &mut Plan, edit: &Edit, ctx: Context) -> Result<Saved, SaveError> {
        let file = self.file.clone();
        atomic::ensure_dir(&atomic::parent_dir(&file)).map_err(|e| self.write_error(e))?;
        let _lock = lock::acquire(&file)
            .map_err(|e| self.write_error(e))?
            .ok_or_else(|| StoreError::Busy { path: file.clone() })?;
        atomic::clean_stale(&file);
        // The rename would succeed in a writable directory; a file the user
        // may not write is left alone all the same, as an editor would.
        if !place::writable(&file).map_err(|e| self.write_error(e))? {
            return Err(StoreError::NotWritable { path: file }.into());
        }
        let current = read(&file, Purpose::Save)?;
        if current.is_none() && self.seen != Seen::Absent {
            // Moved or deleted, not emptied: no session saves "nothing".
            // Starting from an empty plan would throw this one away.
            self.stamp = None;
            return Err(StoreError::Gone { path: file }.into());
        }
        let seen = Seen::of(current.as_deref());
        let merged = seen != self.seen;
        if merged {
            // Never write over a file this build cannot read: parse first.
            *plan = match &current {
                Some(bytes) => parse(&file, bytes)?,
                None => Plan::default(),
            };
            self.seen = seen;
        }
        // The rebase: the edit applied to the file as it is now, a conflict
        // where someone else changed what it changes.
        let inverse = crate::domain::merge::rebase(plan, edit, ctx).map_err(SaveError::Edit)?;
        let bytes = to_json(plan);
        if let Err(error) = atomic::replace(&file, &bytes, current.is_some()) {
            let restored = plan.apply(&inverse, Context::undo(ctx.today));
            debug_assert!(restored.is_ok(), "in-memory rollback failed");
            return Err(self.write_error(error).into());
        }
        self.seen = Seen::of(Some(&bytes));
        self.stamp = Stamp::of(&file);
        Ok(Saved {
            inverse,
            merged,
            bytes: bytes.len(),
        })
    }

    /// Re-reads the file if another process changed it. Returns the new plan,
    /// or None when the file is as this session last saw it — or gone
    /// ([`Store::is_gone`]): a file moved or deleted is not an empty plan,
    /// and the plan in memory is all that is left of it.
    pub fn reload_if_changed(&mut self) -> Result<Option<Plan>, StoreError> {
        // A stat a second costs nothing; reading a large plan would.
        let stamp = Stamp::of(&self.file);
        if stamp == self.stamp {
            return Ok(None);
        }
        let current = read(&self.file, Purpose::Save)?;
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
        let plan = parse(&self.file, &bytes)?;
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
        atomic::ensure_dir(&atomic::parent_dir(&self.file)).map_err(|e| self.write_error(e))?;
        let _lock = lock::acquire(&self.file)
            .map_err(|e| self.write_error(e))?
            .ok_or_else(|| StoreError::Busy {
                path: self.file.clone(),
            })?;
        atomic::clean_stale(&self.file);
        if read(&self.file, Purpose::Save)?.is_some() {
            return Ok(false);
        }
        let bytes = to_json(plan);
        atomic::replace(&self.file, &bytes, false).map_err(|e| self.write_error(e))?;
        self.seen = Seen::of(Some(&bytes));
        self.stamp = Stamp::of(&self.file);
        Ok(true)
    }

    fn write_error(&self, source: io::Error) -> StoreError {
        StoreError::Write {
            path: self.file.clone(),
            source,
        }
    }
}

/// The plan at `path`, for reading only (an empty plan if there is none).
/// A pipe will do: `--file <(git show main:plan.json) status`.
pub fn load(path: &Path) -> Result<Plan, StoreError> {
    load_showing(path, Keep::All)
}

/// The plan at `path` for a command that shows only the posts `keep`
/// keeps (see `domain::sieve`): never to be saved, since it lacks the rest.
pub fn load_showing(path: &Path, keep: Keep) -> Result<Plan, StoreError> {
    if keep != Keep::All
        && let Some(plan) = stream_showing(path, keep)
    {
        return Ok(plan);
    }
    match read(path, Purpose::Show)? {
        Some(bytes) => parse_showing(path, &bytes, keep),
        None => Ok(Plan::default()),
    }
}

/// The plan at `path` read a piece at a time (`stream`), if it is a
/// regular file this reader does not give up on. A pipe is read whole by
/// `load_showing`: it cannot be read a second time after giving up.
fn stream_showing(path: &Path, keep: Keep) -> Option<Plan> {
    stream::read(regular_file(path)?, keep)
}

/// `path` opened to be read a piece at a time, if it is a regular file,
/// and cut one byte past the limit: a larger file's text is cut, so the
/// read fails, and the whole read says the file is too large.
fn regular_file(path: &Path) -> Option<io::Take<fs::File>> {
    // A stat never blocks, where opening a FIFO with no writer would.
    if !fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let file = fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    Some(file.take(MAX_PLAN_BYTES + 1))
}

/// The whole plan at `file` read a piece at a time (`stream`), with the
/// fingerprint of every byte read, if it is a regular file this reader
/// does not give up on; None sends the caller to the whole read, which
/// says what is wrong. A 60 MB plan is never held whole, and its buffer's
/// fresh pages (a sixth of the open) are not faulted in.
fn stream_whole(file: &Path) -> Option<(Plan, Seen)> {
    let mut through = Fingerprinting::new(regular_file(file)?);
    let plan = stream::read(&mut through, Keep::All)?;
    // What the reader left (nothing, or white space) is in the file too.
    io::copy(&mut through, &mut io::sink()).ok()?;
    let seen = through.seen();
    matches!(seen, Seen::Content { len, .. } if len as u64 <= MAX_PLAN_BYTES)
        .then_some((plan, seen))
}

/// A reader that takes the fingerprint ([`Seen`]) of what it reads.
struct Fingerprinting<R> {
    inner: R,
    hasher: xxhash_rust::xxh3::Xxh3,
    len: usize,
}

impl<R: Read> Fingerprinting<R> {
    fn new(inner: R) -> Self {
        Fingerprinting {
            inner,
            hasher: xxhash_rust::xxh3::Xxh3::new(),
            len: 0,
        }
    }

    /// What was read, as [`Seen::of`] takes it of the same bytes.
    fn seen(&self) -> Seen {
        Seen::Content {
            len: self.len,
            hash: self.hasher.digest(),
        }
    }
}

impl<R: Read> Read for Fingerprinting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.hasher.update(&buf[..read]);
        self.len += read;
        Ok(read)
    }
}

/// Whether the plan is read to be shown only, or to be changed and saved.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Show,
    Save,
}

/// A file to read in whole, such as a spreadsheet to import: a regular file
/// or a pipe of at most [`MAX_PLAN_BYTES`] (None if there is no file).
pub fn read_input(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    read(path, Purpose::Show)
}

/// The file's bytes, or None if there is no file. Only a regular file (or,
/// to show, a pipe) of at most [`MAX_PLAN_BYTES`] is read: `/dev/zero`
/// would never end.
fn read(path: &Path, purpose: Purpose) -> Result<Option<Vec<u8>>, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    };
    // A stat never blocks, where opening a FIFO with no writer would.
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(read_error(source)),
    };
    if let Some(what) =
        not_a_file(&meta).filter(|&w| !(w == NotAFile::Pipe && purpose == Purpose::Show))
    {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            what,
        });
    }
    if meta.len() > MAX_PLAN_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    let file = fs::File::open(path).map_err(read_error)?;
    let capacity = usize::try_from(meta.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(MAX_PLAN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    Ok(Some(bytes))
}

/// What the path is, when it is not a regular file.
fn not_a_file(meta: &fs::Metadata) -> Option<NotAFile> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some(NotAFile::Directory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some(NotAFile::Pipe);
        }
        if kind.is_socket() {
            return Some(NotAFile::Socket);
        }
    }
    Some(NotAFile::Device)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out at most `step` bytes a read, as a pipe or a slow disk may.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// The fingerprint taken a read at a time is the one of the bytes
    /// whole: a plan opened a piece at a time is not taken for changed on
    /// its first save.
    #[test]
    fn a_fingerprint_taken_as_the_file_is_read_is_the_one_of_its_bytes() {
        let text: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
        for len in [0, 1, 16, 17, 128, 129, 240, 241, 1024, 65_536, 300_000] {
            for step in [1, 7, 4096, 1 << 20] {
                let bytes = &text[..len];
                let mut through = Fingerprinting::new(Trickle { bytes, step });
                io::copy(&mut through, &mut io::sink()).unwrap();
                assert_eq!(
                    through.seen(),
                    Seen::of(Some(bytes)),
                    "{len} bytes by {step}"
                );
            }
        }
    }
}
