//! A form's text field in the person's own editor, as git and taskwarrior
//! do: `$VISUAL`, else `$EDITOR`, else `vi`, run on a temporary file. The
//! terminal layer (`terminal.rs`) leaves the screen around [`edit`]; this
//! file only runs the editor and reads back what it saved.

use std::io::{self, Write};
use std::process::{Child, Command, ExitStatus};
use std::thread;
use std::time::Duration;

use crate::i18n::Lang;

/// Why the text did not come back: the field keeps what it held.
#[derive(Debug)]
pub enum Failure {
    /// The editor could not be started (not installed, not executable).
    Start { command: String, error: io::Error },
    /// It exited with an error status or was ended by a signal.
    Status { command: String, status: ExitStatus },
    /// The temporary file could not be written or read back.
    File(io::Error),
}

impl Failure {
    /// What happened, in the person's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Start { command, error } => {
                lang.editor_not_started(command, &error.to_string())
            }
            Failure::Status { command, status } => lang.editor_failed(command, status.code()),
            Failure::File(error) => lang.editor_file(&error.to_string()),
        }
    }
}

/// The editor to run, split on whitespace as git does for simple cases
/// (`EDITOR="code -w"`): `$VISUAL`, else `$EDITOR`, else `vi`; an empty
/// variable counts as unset.
pub fn command_from(visual: Option<String>, editor: Option<String>) -> Vec<String> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|value| {
            value
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .find(|words| !words.is_empty())
        .unwrap_or_else(|| vec!["vi".to_string()])
}

/// The editor this process's environment names.
pub fn command() -> Vec<String> {
    let var = |name| std::env::var(name).ok();
    command_from(var("VISUAL"), var("EDITOR"))
}

/// Writes `text` to a temporary file, runs `command` on it with the
/// terminal inherited and waits, then reads the file back without the one
/// trailing newline an editor adds. `stop` is asked while waiting: when it
/// says so (SIGTERM), the editor is asked to end too, so that it does not
/// outlive the program on a terminal the shell has taken back.
pub fn edit(text: &str, command: &[String], stop: &dyn Fn() -> bool) -> Result<String, Failure> {
    let shown = command.join(" ");
    let (program, args) = command.split_first().ok_or_else(|| Failure::Start {
        command: shown.clone(),
        error: io::ErrorKind::NotFound.into(),
    })?;
    let mut file = tempfile::Builder::new()
        .prefix("socialplan-")
        .suffix(".txt")
        .tempfile()
        .map_err(Failure::File)?;
    writeln!(file, "{text}")
        .and_then(|()| file.flush())
        .map_err(Failure::File)?;
    let child = Command::new(program)
        .args(args)
        .arg(file.path())
        .spawn()
        .map_err(|error| Failure::Start {
            command: shown.clone(),
            error,
        })?;
    let status = wait(child, stop).map_err(Failure::File)?;
    if !status.success() {
        return Err(Failure::Status {
            command: shown,
            status,
        });
    }
    // Read by path: many editors save by writing a new file over the old.
    let saved = std::fs::read_to_string(file.path()).map_err(Failure::File)?;
    Ok(without_final_newline(&saved.replace("\r\n", "\n")))
}

/// Waits for the editor, passing a stop request on to it.
fn wait(mut child: Child, stop: &dyn Fn() -> bool) -> io::Result<ExitStatus> {
    let mut asked = false;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status);
        }
        if !asked && stop() {
            asked = true;
            terminate(&child);
        }
        thread::sleep(Duration::from_millis(50));
    }
}

/// SIGTERM, which lets an editor put the terminal back (SIGKILL would not).
#[cfg(unix)]
fn terminate(child: &Child) {
    let pid = i32::try_from(child.id())
        .ok()
        .and_then(rustix::process::Pid::from_raw);
    if let Some(pid) = pid {
        let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
    }
}

#[cfg(not(unix))]
fn terminate(_child: &Child) {}

fn without_final_newline(text: &str) -> String {
    text.strip_suffix('\n').unwrap_or(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn visual_comes_before_editor_and_vi_comes_last() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(command_from(some("nano"), some("vim")), words(&["nano"]));
        assert_eq!(command_from(None, some("code -w")), words(&["code", "-w"]));
        assert_eq!(command_from(some("  "), some("vim")), words(&["vim"]));
        assert_eq!(command_from(None, None), words(&["vi"]));
    }

    #[test]
    fn only_the_one_final_newline_goes() {
        assert_eq!(without_final_newline("a\nb\n"), "a\nb");
        assert_eq!(without_final_newline("a\n\n"), "a\n");
        assert_eq!(without_final_newline("a"), "a");
    }

    #[cfg(unix)]
    #[test]
    fn a_failing_editor_gives_no_text() {
        let failed = edit("x", &words(&["false"]), &|| false);
        assert!(matches!(failed, Err(Failure::Status { .. })), "{failed:?}");
        let missing = edit("x", &words(&["/nonexistent/editor"]), &|| false);
        assert!(matches!(missing, Err(Failure::Start { .. })), "{missing:?}");
    }

    #[cfg(unix)]
    #[test]
    fn the_text_comes_back_as_the_editor_left_it() {
        let script = ["sh", "-c", "printf 'added\\n' >> \"$1\"", "editor"];
        assert_eq!(
            edit("first\nsecond", &words(&script), &|| false).ok(),
            Some("first\nsecond\nadded".to_string())
        );
    }
}
