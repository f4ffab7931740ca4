//! A short exclusive lock around each save, on a sidecar file: the data file
//! itself is replaced by rename on every save, so a lock on it would be lost.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

/// How long to wait for another session's save before giving up.
const PATIENCE: Duration = Duration::from_secs(10);

/// Held while saving; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Waits (briefly) for the exclusive lock of `path`'s sidecar.
/// `Ok(None)` means another process held it for longer than is reasonable.
pub fn acquire(path: &Path) -> io::Result<Option<Lock>> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(lock_path(path))?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(Lock { _file: file })),
            Err(TryLockError::WouldBlock) if started.elapsed() < PATIENCE => {
                thread::sleep(Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(error)) => return Err(error),
        }
    }
}
