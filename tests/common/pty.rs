//! The real binary in a pseudo-terminal, seen as a person would see it.
//!
//! The terminal side is a `vt100` parser fed by a reader thread; it never
//! answers queries (such as the cursor position), like `script` or a serial
//! console. Every wait is for something on screen or for the process to
//! end, with a generous deadline, so a loaded machine is slower but not
//! flaky; a process that ends early fails the wait at once, with what it
//! printed.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::sys::termios::{LocalFlags, Termios};
use nix::unistd::Pid;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long a wait may take before the test fails: far more than anything
/// needs, even on a busy machine.
pub const PATIENCE: Duration = Duration::from_secs(30);

pub const ROWS: u16 = 24;
pub const COLS: u16 = 80;

/// Leaving the alternate screen (DECSET 1049 reset).
pub const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
/// The cursor-position query (DSR 6).
pub const CURSOR_QUERY: &str = "\x1b[6n";

/// What the terminal received.
struct Output {
    bytes: Vec<u8>,
    screen: vt100::Parser,
    /// The process and every copy of its terminal are gone.
    closed: bool,
}

struct Shared {
    output: Mutex<Output>,
    changed: Condvar,
}

/// A running `socialplan` in an 80×24 pseudo-terminal.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    keyboard: Box<dyn Write + Send>,
    shared: Arc<Shared>,
    reader: Option<JoinHandle<()>>,
}

impl Tui {
    /// Starts `socialplan ARGS` with the clean environment of
    /// [`super::socialplan`] (a home inside `home`, English, no outside plan).
    pub fn start(home: &Path, args: &[&str]) -> Tui {
        Tui::start_with(home, args, &[])
    }

    /// Starts `socialplan ARGS` as [`Tui::start`] does, with `vars` set too.
    pub fn start_with(home: &Path, args: &[&str], vars: &[(&str, &str)]) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_socialplan"));
        cmd.args(args);
        cmd.cwd(home);
        for var in super::OUTSIDE_VARS {
            cmd.env_remove(var);
        }
        for (var, value) in super::clean_vars(home) {
            cmd.env(var, value);
        }
        cmd.env("TERM", "xterm-256color");
        for (var, value) in vars {
            cmd.env(var, value);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        // Only the child keeps the terminal open: when it ends, reading
        // the master ends too.
        drop(pair.slave);
        let shared = Arc::new(Shared {
            output: Mutex::new(Output {
                bytes: Vec::new(),
                screen: vt100::Parser::new(non_zero(ROWS), non_zero(COLS), 0),
                closed: false,
            }),
            changed: Condvar::new(),
        });
        let reader = read_into(pair.master.try_clone_reader().unwrap(), Arc::clone(&shared));
        let keyboard = pair.master.take_writer().unwrap();
        Tui {
            child,
            master: pair.master,
            keyboard,
            shared,
            reader: Some(reader),
        }
    }

    /// Types `text` (raw bytes: `"\x1b"` is Esc, `"\x03"` is Ctrl-c).
    pub fn send(&mut self, text: &str) {
        self.keyboard.write_all(text.as_bytes()).unwrap();
        self.keyboard.flush().unwrap();
    }

    /// Sends `signal` to the process.
    pub fn signal(&self, signal: Signal) {
        let pid = self.child.process_id().unwrap();
        kill(Pid::from_raw(i32::try_from(pid).unwrap()), signal).unwrap();
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.shared
            .output
            .lock()
            .unwrap()
            .screen
            .screen()
            .contents()
    }

    /// Everything the process wrote to its terminal, as text.
    pub fn output(&self) -> String {
        String::from_utf8_lossy(&self.shared.output.lock().unwrap().bytes).into_owned()
    }

    /// Waits until the screen shows `text`; returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("the screen to show {text:?}"), |screen| {
            screen.contains(text)
        })
    }

    /// Waits until `done` holds for the screen's text; returns the screen.
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        let mut output = self.shared.output.lock().unwrap();
        loop {
            let screen = output.screen.screen().contents();
            if done(&screen) {
                return screen;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if output.closed || left.is_zero() {
                let why = if output.closed {
                    "the process ended"
                } else {
                    "timed out"
                };
                let bytes = String::from_utf8_lossy(&output.bytes).into_owned();
                // Not while holding the lock: the reader needs it.
                drop(output);
                panic!(
                    "gave up waiting for {what} ({why}); the screen:\n{screen}\nthe output: {bytes:?}"
                );
            }
            output = self.shared.changed.wait_timeout(output, left).unwrap().0;
        }
    }

    /// Waits for the process to end, and for all it wrote to be read.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the process did not end; the screen:\n{}", self.screen());
            }
            thread::sleep(Duration::from_millis(20));
        };
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        status
    }

    /// The terminal's modes as the process left them.
    pub fn termios(&self) -> Termios {
        self.master.get_termios().unwrap()
    }

    /// Raw mode is off: the terminal echoes and reads whole lines again.
    pub fn is_cooked(&self) -> bool {
        let flags = self.termios().local_flags;
        flags.contains(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG)
    }

    /// Whether the screen shown now is the alternate one.
    pub fn in_alternate_screen(&self) -> bool {
        self.shared
            .output
            .lock()
            .unwrap()
            .screen
            .screen()
            .alternate_screen()
    }

    /// Whether the process left its cursor hidden.
    pub fn cursor_hidden(&self) -> bool {
        self.shared
            .output
            .lock()
            .unwrap()
            .screen
            .screen()
            .hide_cursor()
    }
}

impl Drop for Tui {
    /// A test that failed half-way leaves no process behind.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn non_zero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

/// Copies the terminal's output into `shared` until the process is gone.
fn read_into(mut from: Box<dyn Read + Send>, shared: Arc<Shared>) -> JoinHandle<()> {
    thread::spawn(move || {
        let mut chunk = [0_u8; 8192];
        loop {
            // Linux reports the end of a terminal as an error (EIO).
            let read = from.read(&mut chunk).unwrap_or(0);
            let mut output = shared.output.lock().unwrap();
            if read == 0 {
                output.closed = true;
                shared.changed.notify_all();
                return;
            }
            output.bytes.extend_from_slice(&chunk[..read]);
            output.screen.process(&chunk[..read]);
            shared.changed.notify_all();
        }
    })
}
