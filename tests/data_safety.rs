//! One command must not destroy or silently change a plan: an export over
//! the plan itself, a symbolic or hard link, a file owned by someone else or
//! not writable, a path that is a device, a pipe or absurdly large, and a
//! calendar window without end. The binary, end to end.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{TODAY, demo_file, socialplan};
use predicates::prelude::*;

fn on(dir: &Path, file: &Path) -> assert_cmd::Command {
    let mut cmd = socialplan(dir);
    cmd.arg("--file").arg(file).args(["--today", TODAY]);
    cmd
}

#[test]
fn an_export_never_writes_over_the_plan_its_backup_or_its_lock() {
    let dir = tempfile::tempdir().unwrap();
    let plan = demo_file(dir.path());
    // One save, so that the backup and the lock exist.
    on(dir.path(), &plan)
        .args(["update", "ig-followers", "1700"])
        .assert()
        .success();
    let backup = dir.path().join("plan.json.bak");
    let lock = dir.path().join("plan.json.lock");
    let alias = dir.path().join("alias.json");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&plan, &alias).unwrap();
    let before = [fs::read(&plan).unwrap(), fs::read(&backup).unwrap()];
    let dotted = dir.path().join(".").join("plan.json");
    for output in [&plan, &dotted, &backup, &lock, &alias] {
        on(dir.path(), &plan)
            .args(["export", "--format", "csv", "--output"])
            .arg(output)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("is the plan itself"));
    }
    assert_eq!(
        [fs::read(&plan).unwrap(), fs::read(&backup).unwrap()],
        before
    );
    // Through a link to the plan, the plan's name is refused too.
    on(dir.path(), &alias)
        .args(["export", "--format", "json", "--output"])
        .arg(&plan)
        .assert()
        .code(1);
    // Any other file is fine.
    on(dir.path(), &plan)
        .args(["export", "--format", "csv", "--output"])
        .arg(dir.path().join("campaigns.csv"))
        .assert()
        .success();
}

#[cfg(unix)]
#[test]
fn a_symlinked_plan_stays_a_link_and_is_saved_and_backed_up_beside_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).unwrap();
    let real = demo_file(&shared);
    let link = dir.path().join("my-plan.json");
    std::os::unix::fs::symlink("shared/plan.json", &link).unwrap();
    on(dir.path(), &link)
        .args(["update", "ig-followers", "1700"])
        .assert()
        .success();
    on(dir.path(), &link)
        .args(["update", "ig-followers", "1710"])
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert_eq!(fs::read_link(&link).unwrap(), Path::new("shared/plan.json"));
    let saved = socialplan::store::load(&real).unwrap();
    let latest = saved.objective("ig-followers").unwrap().latest().0;
    assert!(
        (latest - 1710.0).abs() < f64::EPSILON,
        "the target has the change"
    );
    let backup = shared.join("plan.json.bak");
    assert!(fs::symlink_metadata(&backup).unwrap().file_type().is_file());
    assert!(!dir.path().join("my-plan.json.bak").exists());
    assert!(!dir.path().join("my-plan.json.lock").exists());
    // A link to a plan that does not exist yet creates it where it points.
    let fresh = dir.path().join("fresh.json");
    std::os::unix::fs::symlink("shared/new.json", &fresh).unwrap();
    fs::copy(
        dir.path().join("shared/plan.json"),
        dir.path().join("import-src.json"),
    )
    .unwrap();
    let sheet = dir.path().join("one.csv");
    fs::write(
        &sheet,
        "name,channel,start,end\nOne,Instagram,2027-03-01,2027-03-02\n",
    )
    .unwrap();
    on(dir.path(), &fresh)
        .args(["import", "--format", "csv"])
        .arg(&sheet)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&fresh)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(shared.join("new.json").is_file());
}

#[cfg(unix)]
#[test]
fn a_plan_with_other_hard_links_says_so_once_before_a_save_splits_them() {
    let dir = tempfile::tempdir().unwrap();
    let plan = demo_file(dir.path());
    let other = dir.path().join("other-name.json");
    fs::hard_link(&plan, &other).unwrap();
    let output = on(dir.path(), &plan)
        .args(["update", "ig-followers", "1700"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.matches("hard links").count(), 1, "{stderr}");
    assert!(stderr.starts_with("warning: "), "{stderr}");
    // Read-only commands write nothing, so they have nothing to warn about;
    // and after the save the plan has one name again.
    on(dir.path(), &plan)
        .arg("status")
        .assert()
        .success()
        .stderr("");
    on(dir.path(), &plan)
        .args(["update", "ig-followers", "1710"])
        .assert()
        .success()
        .stderr("");
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_owner_group_and_mode() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let plan = demo_file(dir.path());
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o640)).unwrap();
    let me = fs::metadata(&plan).unwrap();
    // Root can hand the file to someone else and must keep it theirs; any
    // other user can at least keep the group it is in.
    let (uid, gid) = if me.uid() == 0 {
        (65534, 65534)
    } else {
        (me.uid(), me.gid())
    };
    std::os::unix::fs::chown(&plan, Some(uid), Some(gid)).unwrap();
    on(dir.path(), &plan)
        .args(["update", "ig-followers", "1700"])
        .assert()
        .success();
    let after = fs::metadata(&plan).unwrap();
    assert_eq!((after.uid(), after.gid()), (uid, gid));
    assert_eq!(after.mode() & 0o777, 0o640);
}

/// Runs the binary as `nobody`, when this test may switch to that user
/// (root with setpriv); None otherwise.
#[cfg(unix)]
fn as_nobody(dir: &Path, args: &[&std::ffi::OsStr]) -> Option<std::process::Output> {
    use std::os::unix::fs::MetadataExt;
    let root = fs::metadata("/proc/self").ok()?.uid() == 0;
    if !root
        || std::process::Command::new("setpriv")
            .arg("--version")
            .output()
            .is_err()
    {
        return None;
    }
    let output = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(env!("CARGO_BIN_EXE_socialplan"))
        .args(args)
        .env_clear()
        .env("LANG", "C")
        .env("HOME", dir)
        .output()
        .ok()?;
    // The binary's directory may not be open to other users here.
    let denied = String::from_utf8_lossy(&output.stderr).contains("Permission denied")
        && output.status.code() == Some(127);
    (!denied).then_some(output)
}

#[cfg(unix)]
#[test]
fn a_plan_the_user_may_not_write_is_not_saved_even_in_a_writable_directory() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    // A shared directory anyone may write, as /tmp or a team folder.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o1777)).unwrap();
    let plan = demo_file(dir.path());
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o644)).unwrap();
    let before = fs::read(&plan).unwrap();
    let args: Vec<&std::ffi::OsStr> = [
        "--file".as_ref(),
        plan.as_os_str(),
        "--today".as_ref(),
        TODAY.as_ref(),
        "update".as_ref(),
        "ig-followers".as_ref(),
        "1700".as_ref(),
    ]
    .to_vec();
    if let Some(output) = as_nobody(dir.path(), &args) {
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("no permission to write"), "{stderr}");
        assert_eq!(fs::read(&plan).unwrap(), before);
        // It can still be read.
        let mut status = args[..4].to_vec();
        status.push("status".as_ref());
        let output = as_nobody(dir.path(), &status).unwrap();
        assert!(output.status.success(), "{output:?}");
    } else {
        eprintln!("skipped the run as another user: this test is not root, or has no setpriv");
    }
    // As whoever runs the test: a file without write permission for its
    // owner is left alone too (root may write anything, so only as a user).
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o444)).unwrap();
    let ours = on(dir.path(), &plan)
        .args(["update", "ig-followers", "1700"])
        .output()
        .unwrap();
    if socialplan::store::place::writable(&plan).unwrap() {
        assert!(ours.status.success(), "root may write a read-only file");
    } else {
        assert_eq!(ours.status.code(), Some(1));
        assert_eq!(fs::read(&plan).unwrap(), before);
    }
}

#[cfg(unix)]
#[test]
fn devices_directories_and_huge_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    for (path, says) in [
        (PathBuf::from("/dev/zero"), "is a device"),
        (dir.path().to_path_buf(), "is a directory"),
    ] {
        on(dir.path(), &path)
            .arg("status")
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(1)
            .stderr(predicate::str::contains(says));
    }
    // A spreadsheet to import is read with the same care.
    let plan = demo_file(dir.path());
    on(dir.path(), &plan)
        .args(["import", "--format", "csv", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a device"));
    // A sparse file past the limit: refused by its size, not read.
    let huge = dir.path().join("huge.json");
    let file = fs::File::create(&huge).unwrap();
    file.set_len(socialplan::store::MAX_PLAN_BYTES + 1).unwrap();
    on(dir.path(), &huge)
        .arg("status")
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("larger than 256 MiB"));
}

#[cfg(unix)]
#[test]
fn a_pipe_can_be_read_but_not_saved_to() {
    let dir = tempfile::tempdir().unwrap();
    let plan = demo_file(dir.path());
    let fifo = dir.path().join("plan.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let bytes = fs::read(&plan).unwrap();
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::write(&fifo, bytes))
    };
    on(dir.path(), &fifo)
        .arg("status")
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success()
        .stdout(predicate::str::contains("1180 → 1612 / 2000"));
    writer.join().unwrap().unwrap();
    // Saving to a pipe is refused before anything opens it.
    on(dir.path(), &fifo)
        .args(["update", "ig-followers", "1700"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("a pipe").and(predicate::str::contains("--read-only")));
}

#[test]
fn a_calendar_window_is_at_most_ten_years() {
    let dir = tempfile::tempdir().unwrap();
    socialplan(dir.path())
        .args(["--demo", "--today", TODAY, "calendar", "--zoom", "day"])
        .args(["--from", "2027-01-01", "--to", "9999-12-31"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("longer than the 10 years"));
    // A year beyond the file's four digits is no date at all.
    socialplan(dir.path())
        .args(["--demo", "--today", TODAY, "calendar", "--zoom", "day"])
        .args(["--from", "2027-01-01", "--to", "+262142-12-31"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("is not a date"));
    // Ten years to the day is fine, and prints chart after chart.
    let out = common::stdout(
        socialplan(dir.path())
            .args([
                "--demo", "--today", TODAY, "calendar", "--zoom", "month", "--width", "60",
            ])
            .args(["--from", "2027-01-01", "--to", "2036-12-31"]),
    );
    assert!(out.contains("2036") && out.contains("\n\n"), "{out}");
}

/// Two writers through two names of one plan (the file and a link to it)
/// share its lock and its re-read: neither loses a value.
#[cfg(unix)]
#[test]
fn two_writers_through_a_link_and_the_file_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = demo_file(dir.path());
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&plan, &link).unwrap();
    let dates = |odd: u32| -> Vec<String> {
        (0..15)
            .map(|k| format!("2026-12-{:02}", 2 * k + odd + 1))
            .collect()
    };
    std::thread::scope(|scope| {
        for (path, odd) in [(&plan, 0), (&link, 1)] {
            let dir = dir.path();
            scope.spawn(move || {
                for date in dates(odd) {
                    on(dir, path)
                        .args(["update", "newsletter-subs", "500", "--date", &date])
                        .assert()
                        .success();
                }
            });
        }
    });
    let saved = socialplan::store::load(&plan).unwrap();
    let measured: Vec<String> = saved
        .objective("newsletter-subs")
        .unwrap()
        .measurements
        .iter()
        .filter(|m| (m.value - 500.0).abs() < f64::EPSILON)
        .map(|m| m.date.to_string())
        .collect();
    for date in dates(0).iter().chain(&dates(1)) {
        assert!(measured.contains(date), "{date} lost: {measured:?}");
    }
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}
