//! Replacing a file so that a crash at any instant leaves either the old or
//! the new content: temp file in the same directory, fsync, rename, fsync of
//! the directory. (`NamedTempFile::persist` alone only renames.)

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The directory a file lives in ("." for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "plan".into(), |n| n.to_string_lossy().into_owned())
}

/// Temp files are `.NAME.XXXXXX.tmp` beside the file, so they are easy to
/// recognise and clean after a crash.
fn temp_prefix(path: &Path) -> String {
    format!(".{}.", file_name(path))
}

const TEMP_SUFFIX: &str = ".tmp";

/// The previous good content, kept beside the file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Creates the directory (private to the owner) if it is missing.
pub fn ensure_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `bytes` to `path` atomically. When `backup` is set, the current file
/// is first kept as `path.bak` (itself replaced atomically).
pub fn replace(path: &Path, bytes: &[u8], backup: bool) -> io::Result<()> {
    let dir = parent_dir(path);
    ensure_dir(&dir)?;
    // Created 0600 by tempfile: a new plan is readable by its owner only.
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&dir)?;
    if let Ok(meta) = fs::metadata(path) {
        keep_owner(temp.as_file(), &meta);
        // Keep the permissions the user gave the existing file (after the
        // owner: a change of owner may clear some bits).
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if backup {
        keep_backup(path, &dir)?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// Gives the new file the old one's owner and group, as far as this user
/// may: root keeps both; a member of the file's group keeps the group (the
/// owner becomes whoever saved); otherwise the new file is simply ours.
fn keep_owner(file: &File, old: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, fchown};
        if fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = fchown(file, None, Some(old.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, old);
}

/// Links (or, where links are not possible, copies) the current file to a
/// temp name, then renames that over the backup: never a half-written backup.
fn keep_backup(path: &Path, dir: &Path) -> io::Result<()> {
    let staging = dir.join(format!(
        "{}{}.bak{TEMP_SUFFIX}",
        temp_prefix(path),
        std::process::id()
    ));
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
        File::open(&staging)?.sync_all()?;
    }
    fs::rename(&staging, backup_path(path))?;
    // If a killed save left the backup as another link to this very file,
    // the rename did nothing and the staging name is still there.
    match fs::remove_file(&staging) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes temp files a killed save left behind. Call only under the lock,
/// so that no other save is using them.
pub fn clean_stale(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_keeps_a_backup_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        replace(&path, b"one", false).unwrap();
        replace(&path, b"two", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_private_and_existing_modes_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("plan.json");
        replace(&path, b"x", false).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        replace(&path, b"y", true).unwrap();
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn stale_temps_are_cleaned_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        fs::write(dir.path().join(".plan.json.abc123.tmp"), "half").unwrap();
        fs::write(dir.path().join("notes.tmp"), "mine").unwrap();
        clean_stale(&path);
        assert!(!dir.path().join(".plan.json.abc123.tmp").exists());
        assert!(dir.path().join("notes.tmp").exists());
    }
}
