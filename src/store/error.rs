//! Why the plan file could not be read or written. The `Display` of each
//! error is a plain English sentence for logs; `i18n` says the same to
//! people, in their language, with what to do about it. Wrapped errors (the
//! system's, a rule of the plan) are the `source`, not repeated in the text.

use std::io;
use std::path::{Path, PathBuf};

use super::MAX_PLAN_BYTES;
use crate::domain::EditError;
use crate::domain::validate::Problem;

/// What a path is when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotAFile {
    #[error("a directory")]
    Directory,
    /// A character or block device (`/dev/zero`).
    #[error("a device")]
    Device,
    #[error("a socket")]
    Socket,
    /// A pipe or FIFO: fine to read a plan from, impossible to save to.
    #[error("a pipe")]
    Pipe,
}

/// Why the plan file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No home directory to put the data directory in.
    #[error("there is no home directory to keep the plan in: name a file with --file")]
    NoDataDir,
    #[error("cannot read {}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot save {}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// Another session held the lock for too long.
    #[error("{} is being saved by another socialplan for too long", .path.display())]
    Busy { path: PathBuf },
    /// A directory, a device, a socket; or a pipe, for a command that saves.
    #[error("{} is {what}, not a plan file that can be saved", .path.display())]
    NotAFile { path: PathBuf, what: NotAFile },
    /// Larger than [`MAX_PLAN_BYTES`].
    #[error("{} is larger than {} MiB", .path.display(), MAX_PLAN_BYTES / (1024 * 1024))]
    TooLarge { path: PathBuf },
    /// The user has no write permission on the file.
    #[error("no permission to write {}", .path.display())]
    NotWritable { path: PathBuf },
    /// Not JSON (or cut short): where the parser stopped.
    #[error("{}:{line}:{column}: not valid JSON: {message}", .path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        truncated: bool,
    },
    /// JSON, but the top level is not an object.
    #[error("{} is not a socialplan plan (expected a JSON object)", .path.display())]
    NotAPlan { path: PathBuf },
    #[error("{} has no schema_version", .path.display())]
    NoVersion { path: PathBuf },
    #[error("{}: schema_version {found} is not a version number", .path.display())]
    BadVersion { path: PathBuf, found: String },
    /// Written by a newer socialplan.
    #[error("{} was written by a newer socialplan (file format {found})", .path.display())]
    Newer { path: PathBuf, found: u32 },
    #[error("{}: cannot bring file format {from} up to date: {message}", .path.display())]
    Migration {
        path: PathBuf,
        from: u32,
        message: String,
    },
    /// A field of the wrong type or an unknown field.
    #[error("{}:{line}:{column}: {field}: {message}", .path.display())]
    Invalid {
        path: PathBuf,
        field: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but breaks a rule of the plan (a campaign on a missing channel…).
    #[error("{} breaks a rule of the plan", .path.display())]
    Problem {
        path: PathBuf,
        #[source]
        problem: Problem,
    },
    /// The file this session read was moved or deleted since: a save would
    /// start from nothing, so it is refused (see [`super::Store::write_back`]).
    #[error("{} was moved or deleted since it was read", .path.display())]
    Gone { path: PathBuf },
}

impl StoreError {
    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::NoDataDir => None,
            StoreError::Read { path, .. }
            | StoreError::Write { path, .. }
            | StoreError::Busy { path }
            | StoreError::NotAFile { path, .. }
            | StoreError::TooLarge { path }
            | StoreError::NotWritable { path }
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
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The edit itself was refused (against the file's current content).
    #[error(transparent)]
    Edit(EditError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;
    use crate::domain::Kind;
    use crate::workspace::CommitError;

    #[test]
    fn a_commit_error_says_what_its_cause_says() {
        let store = StoreError::Write {
            path: "plan.json".into(),
            source: io::Error::from(io::ErrorKind::StorageFull),
        };
        let shown = store.to_string();
        let commit = CommitError::Store(store);
        assert_eq!(commit.to_string(), shown);
        let source = commit.source().and_then(|s| s.downcast_ref::<io::Error>());
        assert_eq!(
            source.map(io::Error::kind),
            Some(io::ErrorKind::StorageFull)
        );
    }

    #[test]
    fn a_system_error_is_the_source_not_part_of_the_sentence() {
        let dir = tempfile::tempdir().unwrap();
        let not_a_dir = dir.path().join("file");
        std::fs::write(&not_a_dir, "{}").unwrap();
        let error = crate::store::load(&not_a_dir.join("plan.json")).unwrap_err();
        assert!(matches!(error, StoreError::Read { .. }), "{error:?}");
        let source = error.source().and_then(|s| s.downcast_ref::<io::Error>());
        let source = source.expect("the io::Error is the source");
        assert!(!error.to_string().contains(&source.to_string()));
        assert!(error.to_string().starts_with("cannot read "));
    }

    #[test]
    fn a_broken_rule_is_reached_through_the_chain() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        let mut plan = crate::demo::plan(
            chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            crate::i18n::Lang::En,
        );
        plan.channels.push(plan.channels[0].clone());
        std::fs::write(&path, crate::store::to_json(&plan)).unwrap();
        let error = crate::store::load(&path).unwrap_err();
        let problem = error.source().expect("the problem is the source");
        let rule = problem.source().and_then(|s| s.downcast_ref::<EditError>());
        assert!(
            matches!(
                rule,
                Some(EditError::Duplicate {
                    kind: Kind::Channel,
                    ..
                })
            ),
            "{rule:?}"
        );
        assert!(problem.to_string().starts_with("the channel "), "{problem}");
    }
}
