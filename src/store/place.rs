//! Where a plan really lives, and what may be done there.
//!
//! - A symbolic link is followed once, when the plan is opened: the plan is
//!   written, locked and backed up beside the file the link points to, and
//!   the link stays a link.
//! - A hard link cannot survive a save (the save renames a new file into
//!   place), so a plan with more than one name is noticed and said once.
//! - A file the user may not write is not written, even though the rename
//!   would succeed in a writable directory: as a text editor does.
//! - Nothing else is written over the plan, its backup or its lock (an
//!   export's `--output`, say): the same file is the same device and inode,
//!   whatever path leads to it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{backup_path, parent_dir};
use super::lock::lock_path;

/// Enough hops for any sane chain of links; a loop ends here too.
const MAX_LINK_HOPS: usize = 40;

/// The file a path names after following symbolic links (also a link that
/// points at nothing yet: the plan is then created where it points).
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINK_HOPS {
        let Ok(target) = fs::read_link(&current) else {
            break;
        };
        current = if target.is_absolute() {
            target
        } else {
            parent_dir(&current).join(target)
        };
    }
    current
}

/// The files the store keeps for the plan at `file` (links resolved).
fn own_files(file: &Path) -> [PathBuf; 3] {
    [file.to_path_buf(), backup_path(file), lock_path(file)]
}

/// Whether writing `candidate` would write over the plan at `plan`, its
/// backup or its lock.
pub fn is_plans_own(plan: &Path, candidate: &Path) -> bool {
    let file = resolve_links(plan);
    own_files(&file)
        .iter()
        .chain(own_files(plan).iter())
        .any(|own| same_file(own, candidate))
}

/// The same file: the same device and inode when both exist; otherwise the
/// same place once links and the directory are resolved (a plan that does
/// not exist yet would be created there).
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => identity(&x) == identity(&y),
        _ => match (place(a), place(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

#[cfg(unix)]
fn identity(meta: &fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn identity(meta: &fs::Metadata) -> (u64, u64) {
    (meta.len(), 0)
}

/// The absolute place a path names: its directory resolved, then its name.
fn place(path: &Path) -> Option<PathBuf> {
    let file = resolve_links(path);
    let dir = fs::canonicalize(parent_dir(&file)).ok()?;
    Some(dir.join(file.file_name()?))
}

/// How many names the file has, when that is more than one and not only
/// the backup (a save that was killed at the wrong moment leaves the plan
/// and its backup as two names of one file).
pub fn extra_links(file: &Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = fs::metadata(file).ok()?;
        let links = meta.nlink();
        let backup_is_a_link =
            fs::metadata(backup_path(file)).is_ok_and(|b| identity(&b) == identity(&meta));
        let others = links.saturating_sub(1 + u64::from(backup_is_a_link));
        (others > 0).then_some(links)
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        None
    }
}

/// Who is asking to write: the effective user and every group it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub uid: u32,
    pub gids: Vec<u32>,
}

impl Identity {
    /// This process's effective user and groups.
    #[cfg(unix)]
    pub fn current() -> Identity {
        use rustix::process::{getegid, geteuid, getgroups};
        let mut gids: Vec<u32> = getgroups()
            .unwrap_or_default()
            .into_iter()
            .map(rustix::process::Gid::as_raw)
            .collect();
        gids.push(getegid().as_raw());
        Identity {
            uid: geteuid().as_raw(),
            gids,
        }
    }
}

/// The owner, group and permission bits of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

/// Whether `who` may write a file with `access`, as the kernel decides for
/// permission bits: the owner's bits for the owner, else the group's for a
/// member, else the others'; root may always.
pub fn may_write(access: Access, who: &Identity) -> bool {
    const OWNER_W: u32 = 0o200;
    const GROUP_W: u32 = 0o020;
    const OTHER_W: u32 = 0o002;
    if who.uid == 0 {
        return true;
    }
    let bit = if who.uid == access.uid {
        OWNER_W
    } else if who.gids.contains(&access.gid) {
        GROUP_W
    } else {
        OTHER_W
    };
    access.mode & bit != 0
}

/// Whether this process may write the existing file at `file` (a file that
/// does not exist yet may be created).
pub fn writable(file: &Path) -> io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match fs::metadata(file) {
            Ok(meta) => Ok(may_write(
                Access {
                    uid: meta.uid(),
                    gid: meta.gid(),
                    mode: meta.mode(),
                },
                &Identity::current(),
            )),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(true),
            Err(e) => Err(e),
        }
    }
    #[cfg(not(unix))]
    match fs::metadata(file) {
        Ok(meta) => Ok(!meta.permissions().readonly()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_permission_decision_follows_owner_group_other() {
        let me = Identity {
            uid: 1000,
            gids: vec![1000, 50],
        };
        let file = |uid, gid, mode| Access { uid, gid, mode };
        assert!(may_write(file(1000, 1000, 0o644), &me), "my file, rw-");
        assert!(!may_write(file(1000, 1000, 0o444), &me), "my file, r--");
        // The owner's bits decide for the owner, even if the group may.
        assert!(!may_write(file(1000, 50, 0o464), &me));
        assert!(may_write(file(0, 50, 0o664), &me), "a group I am in");
        assert!(!may_write(file(0, 50, 0o644), &me));
        assert!(!may_write(file(0, 7, 0o664), &me), "not my group");
        assert!(may_write(file(0, 7, 0o666), &me), "anyone may");
        let root = Identity {
            uid: 0,
            gids: vec![0],
        };
        assert!(may_write(file(1000, 1000, 0o400), &root));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_even_to_nothing_and_loops_end() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("real.json", &link).unwrap();
        assert_eq!(resolve_links(&link), real, "a dangling link still points");
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        let _ = resolve_links(&a);
    }

    #[cfg(unix)]
    #[test]
    fn the_plan_its_backup_and_lock_are_its_own_by_any_path() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        fs::write(&plan, "{}").unwrap();
        fs::write(backup_path(&plan), "{}").unwrap();
        let alias = dir.path().join("alias.json");
        std::os::unix::fs::symlink(&plan, &alias).unwrap();
        let hard = dir.path().join("hard.json");
        fs::hard_link(&plan, &hard).unwrap();
        let dotted = dir.path().join(".").join("plan.json");
        for candidate in [
            &plan,
            &alias,
            &hard,
            &dotted,
            &backup_path(&plan),
            &lock_path(&plan),
        ] {
            assert!(is_plans_own(&plan, candidate), "{candidate:?}");
        }
        assert!(is_plans_own(&alias, &plan), "through the plan's own link");
        assert!(!is_plans_own(&plan, &dir.path().join("out.csv")));
        assert_eq!(extra_links(&plan), Some(2));
        fs::remove_file(&hard).unwrap();
        assert_eq!(extra_links(&plan), None);
    }
}
