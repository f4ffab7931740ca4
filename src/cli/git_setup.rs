//! `socialplan git-setup`: makes the git repository the plan file is in merge
//! it with `socialplan merge` — the driver in this clone's git config, the
//! plan's `.gitattributes` line, and the files a save leaves beside the plan
//! in `.gitignore`. Each only if it is not there yet: running it twice
//! changes nothing.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::Failure;
use crate::i18n::{Lang, T};

/// The driver's command: git replaces `%O %A %B` with the base, ours and theirs.
pub const DRIVER: &str = "socialplan merge %O %A %B";
/// What git calls the driver in its messages.
pub const DRIVER_NAME: &str = "socialplan: merges plans by item and field";

pub fn run(plan: &Path, lang: Lang) -> Result<String, Failure> {
    let dir = directory_of(plan);
    let root = toplevel(&dir, lang)?;
    let relative = path_in_repository(&dir, &root, plan, lang)?;
    let mut lines = vec![
        config(&root, "merge.socialplan.driver", DRIVER, lang)?,
        config(&root, "merge.socialplan.name", DRIVER_NAME, lang)?,
    ];
    lines.extend(add_lines(
        &root.join(".gitattributes"),
        &[attributes_line(&relative)],
        lang,
    )?);
    lines.extend(add_lines(
        &root.join(".gitignore"),
        &ignore_lines(&relative),
        lang,
    )?);
    lines.push(lang.t(T::GitSetupNote).to_string());
    Ok(lines.join("\n") + "\n")
}

/// The directory a plan path is in ("." for a bare file name).
fn directory_of(plan: &Path) -> PathBuf {
    match plan.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Runs git in `dir`: its output, or why it failed.
fn git(dir: &Path, args: &[&str], lang: Lang) -> Result<std::process::Output, Failure> {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|error| {
            Failure::Failed(lang.git_failed(&format!("git {}", args.join(" ")), &error.to_string()))
        })
}

/// The top directory of the repository `dir` is in.
fn toplevel(dir: &Path, lang: Lang) -> Result<PathBuf, Failure> {
    if !dir.is_dir() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(Failure::Failed(lang.cannot_read(dir, &missing)));
    }
    let output = git(dir, &["rev-parse", "--show-toplevel"], lang)?;
    if !output.status.success() {
        let why = String::from_utf8_lossy(&output.stderr);
        return Err(Failure::Failed(lang.not_in_git(dir, &why)));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(PathBuf::from(text.trim_end_matches(['\n', '\r'])))
}

/// The plan's path from the repository's top, with `/` between the parts,
/// as `.gitattributes` and `.gitignore` name it.
fn path_in_repository(dir: &Path, root: &Path, plan: &Path, lang: Lang) -> Result<String, Failure> {
    let shown = plan.to_string_lossy();
    let unnameable = || Failure::Failed(lang.unnameable_in_git(&shown));
    // Both resolved, so that a link on the way (/tmp → /private/tmp) does not
    // hide that the plan is inside the repository.
    let real = |path: &Path| {
        fs::canonicalize(path).map_err(|error| Failure::Failed(lang.cannot_read(path, &error)))
    };
    let (dir, root) = (real(dir)?, real(root)?);
    let inside = dir
        .strip_prefix(&root)
        .map_err(|_| Failure::Failed(lang.not_in_git(&dir, &root.to_string_lossy())))?;
    let name = plan.file_name().ok_or_else(unnameable)?;
    let mut parts = Vec::new();
    for part in inside.iter().chain(std::iter::once(name)) {
        let part = part.to_str().ok_or_else(unnameable)?;
        if part.chars().any(char::is_control) {
            return Err(unnameable());
        }
        parts.push(part);
    }
    Ok(parts.join("/"))
}

/// Sets a key of this clone's git config, unless it is set already (to the
/// same value: nothing to do; to another: left as the user set it).
fn config(root: &Path, key: &str, value: &str, lang: Lang) -> Result<String, Failure> {
    let place = format!("git config {key}");
    let current = git(root, &["config", "--local", "--get", key], lang)?;
    if current.status.success() {
        let found = String::from_utf8_lossy(&current.stdout);
        let found = found.trim_end_matches(['\n', '\r']);
        return Ok(if found == value {
            lang.setup_present(&place, &quoted(value))
        } else {
            lang.setup_left(&place, &quoted(found), &quoted(value))
        });
    }
    let set = git(root, &["config", "--local", key, value], lang)?;
    if !set.status.success() {
        let command = format!("git config --local {key} {}", quoted(value));
        return Err(Failure::Failed(
            lang.git_failed(&command, &String::from_utf8_lossy(&set.stderr)),
        ));
    }
    Ok(lang.setup_added(&place, &quoted(value)))
}

fn quoted(value: &str) -> String {
    format!("\"{value}\"")
}

/// Appends each line a file does not have yet (creating the file if need
/// be); says, line by line, what it did.
fn add_lines(file: &Path, lines: &[String], lang: Lang) -> Result<Vec<String>, Failure> {
    let place = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let existing = match fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(Failure::Failed(lang.cannot_read(file, &error))),
    };
    let present = |line: &str| existing.lines().any(|l| l.trim() == line);
    let missing: Vec<&String> = lines.iter().filter(|line| !present(line)).collect();
    if !missing.is_empty() {
        let mut text = String::new();
        if !existing.is_empty() && !existing.ends_with('\n') {
            text.push('\n');
        }
        for line in &missing {
            text.push_str(line);
            text.push('\n');
        }
        // Appended, not replaced: the user's own lines stay as they are,
        // and the file keeps its permissions.
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .map_err(|error| Failure::Failed(lang.cannot_write(file, &error)))?;
    }
    Ok(lines
        .iter()
        .map(|line| {
            if missing.contains(&line) {
                lang.setup_added(&place, line)
            } else {
                lang.setup_present(&place, line)
            }
        })
        .collect())
}

/// `/path/to/plan.json merge=socialplan`.
fn attributes_line(relative: &str) -> String {
    let pattern = pattern(relative);
    // A pattern with a space, a tab or a quote is written quoted, C-style.
    let pattern = if pattern.contains([' ', '\t', '"']) {
        format!("\"{}\"", pattern.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        pattern
    };
    format!("{pattern} merge=socialplan")
}

/// The backup, the lock and the temp files a save leaves beside the plan
/// (see `store::backup_path`, `store::lock_path`, and the temp files of
/// `store/atomic.rs`: `.NAME.XXXXXX.tmp`).
fn ignore_lines(relative: &str) -> Vec<String> {
    let (dir, name) = relative.rsplit_once('/').unwrap_or(("", relative));
    let dir = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    // Each ends in a suffix, so no trailing space (which .gitignore would drop).
    vec![
        pattern(&format!("{relative}.bak")),
        pattern(&format!("{relative}.lock")),
        format!("{}*.tmp", pattern(&format!("{dir}.{name}."))),
    ]
}

/// A path as a pattern of `.gitattributes` and `.gitignore`: from the
/// repository's top (a leading `/`, so that no other file of that name
/// deeper down matches), with glob characters escaped.
fn pattern(relative: &str) -> String {
    let mut out = String::from("/");
    for c in relative.chars() {
        if matches!(c, '*' | '?' | '[' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_the_plan_from_the_top_of_the_repository() {
        assert_eq!(attributes_line("plan.json"), "/plan.json merge=socialplan");
        assert_eq!(
            attributes_line("team/plan.json"),
            "/team/plan.json merge=socialplan"
        );
        assert_eq!(
            ignore_lines("team/plan.json"),
            [
                "/team/plan.json.bak",
                "/team/plan.json.lock",
                "/team/.plan.json.*.tmp"
            ]
        );
        assert_eq!(
            ignore_lines("plan.json"),
            ["/plan.json.bak", "/plan.json.lock", "/.plan.json.*.tmp"]
        );
    }

    #[test]
    fn odd_names_are_escaped_or_quoted() {
        assert_eq!(
            attributes_line("My plans/plan[1].json"),
            "\"/My plans/plan\\\\[1].json\" merge=socialplan"
        );
        assert_eq!(
            ignore_lines("a*b.json")[0],
            "/a\\*b.json.bak",
            "a glob character is literal"
        );
    }
}
