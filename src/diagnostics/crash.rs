//! The crash report. On a panic, a file gets what a developer needs (the
//! message, where, the backtrace, the version and the system) and stderr a
//! short word saying what happened and where that file is. In the TUI the
//! terminal's own hook runs first and restores the screen, so the word is
//! seen (see `tui/terminal.rs`).

use std::backtrace::Backtrace;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::panic::PanicHookInfo;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::store::path::data_dir;

/// The variable that makes a debug build panic on purpose.
#[cfg(debug_assertions)]
const TEST_PANIC: &str = "SOCIALPLAN_TEST_PANIC";

/// Replaces the default panic message with the report, said in `lang`.
pub fn install(lang: Lang) {
    std::panic::set_hook(Box::new(move |info| report(info, lang)));
}

/// Panics when `SOCIALPLAN_TEST_PANIC` is set, in debug builds only: how
/// the tests reach the crash report without a bug to find. A release build
/// never reads the variable.
#[track_caller]
pub fn panic_if_asked() {
    #[cfg(debug_assertions)]
    assert!(
        std::env::var_os(TEST_PANIC).is_none(),
        "{TEST_PANIC} is set"
    );
}

fn report(info: &PanicHookInfo<'_>, lang: Lang) {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    let details = details(info, message);
    let said = match write(&details) {
        Ok(path) => lang.crash_report(message, &path),
        Err(error) => format!("{}\n\n{details}", lang.crash_unwritten(message, &error)),
    };
    // Nothing is left to do if stderr is gone too.
    let _ = writeln!(io::stderr().lock(), "{said}");
}

/// The report: plain text, a few labelled lines and the backtrace.
fn details(info: &PanicHookInfo<'_>, message: &str) -> String {
    let mut text = String::new();
    let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S %:z");
    let thread = std::thread::current();
    let location = info
        .location()
        .map_or_else(|| "unknown".to_string(), ToString::to_string);
    let _ = writeln!(
        text,
        "socialplan {} crashed at {now}",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        text,
        "system: {} {} ({})",
        std::env::consts::OS,
        std::env::consts::ARCH,
        std::env::consts::FAMILY
    );
    let _ = writeln!(text, "thread: {}", thread.name().unwrap_or("unnamed"));
    let _ = writeln!(text, "location: {location}");
    let _ = writeln!(text, "message: {message}");
    let _ = write!(text, "\nbacktrace:\n{}", Backtrace::force_capture());
    text
}

/// Writes the report in the data directory, else the temporary directory;
/// returns its path. A new file each time, readable by its owner only.
fn write(details: &str) -> io::Result<PathBuf> {
    let mut failure = io::Error::other("no directory to write to");
    for dir in data_dir().into_iter().chain([std::env::temp_dir()]) {
        match write_in(&dir, details) {
            Ok(path) => return Ok(path),
            Err(error) => failure = error,
        }
    }
    Err(failure)
}

fn write_in(dir: &Path, details: &str) -> io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut file = tempfile::Builder::new()
        .prefix(&format!("crash-{stamp}-"))
        .suffix(".txt")
        .tempfile_in(dir)?;
    file.write_all(details.as_bytes())?;
    let (_, path) = file.keep().map_err(|e| e.error)?;
    Ok(path)
}
