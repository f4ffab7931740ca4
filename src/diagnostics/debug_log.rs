//! The debug log, opt-in: with `SOCIALPLAN_LOG` set to a level (`debug`,
//! `info`…) or an `env_logger` filter, what the program does with the plan
//! file — opened, saved, merged, refused — is appended to `debug.log` in the
//! data directory. Without it nothing is written and no file is made.

use std::error::Error;
use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::PathBuf;

use crate::i18n::Lang;
use crate::store::path::data_dir;

/// The variable that turns the log on, and says how much to write.
pub const ENV_VAR: &str = "SOCIALPLAN_LOG";
/// The log's name in the data directory.
pub const FILE_NAME: &str = "debug.log";

/// Starts logging if `SOCIALPLAN_LOG` asks for it; returns the log's path.
/// A log that cannot be opened is said on stderr, once, and the program
/// goes on without it.
pub fn start(lang: Lang) -> Option<PathBuf> {
    let filter = std::env::var(ENV_VAR)
        .ok()
        .filter(|v| !v.trim().is_empty())?;
    let path = data_dir()?.join(FILE_NAME);
    let opened = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| OpenOptions::new().create(true).append(true).open(&path));
    let file = match opened {
        Ok(file) => file,
        Err(error) => {
            eprintln!("warning: {}", lang.log_unwritable(&path, &error));
            return None;
        }
    };
    // Each record is one write to a file opened for appending, so sessions
    // logging at once do not cut into each other's lines.
    env_logger::Builder::new()
        .parse_filters(&filter)
        .target(env_logger::Target::Pipe(Box::new(file)))
        .format(|out, record| {
            let now = chrono::Local::now().format("%Y-%m-%dT%H:%M:%S%.3f%:z");
            let pid = std::process::id();
            writeln!(out, "{now} [{pid}] {:<5} {}", record.level(), record.args())
        })
        .try_init()
        .ok()?;
    log::info!(
        "socialplan {} started on {} {}: {:?}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH,
        std::env::args_os().skip(1).collect::<Vec<_>>()
    );
    Some(path)
}

/// An error and each of its causes, for one line of the log:
/// `cannot save plan.json: No space left on device`.
pub fn error_chain(error: &dyn Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}
