//! The terminal around the app: raw mode and the alternate screen on the way
//! in, and always restored on the way out — on quit, on error, on panic, and
//! on SIGTERM, SIGINT and SIGHUP (`ratatui::init` handles none of the
//! signals). No mouse capture. Each frame goes out in one buffered write.
//!
//! Signals and a lost terminal are watched from their own threads: after a
//! hang-up crossterm can spin inside `poll` on the dead terminal and never
//! return to the loop, so the loop alone could not notice either.

use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use super::backend::Lean;
use ratatui::Terminal;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::app::App;
use super::editor;

type Term = Terminal<Lean<BufWriter<Stdout>>>;

/// How often the plan file is checked for changes made elsewhere, and how
/// long the loop sleeps when nothing happens (an idle app uses no CPU).
const TICK: Duration = Duration::from_secs(1);

/// Large enough for a whole 200×60 frame with styles: one write per frame.
const FRAME_BUFFER: usize = 256 * 1024;

/// How long the loop gets to finish by itself after SIGTERM or SIGINT.
const GRACE: Duration = Duration::from_millis(1500);

/// How often the loop looks for the writer's replies while saves are
/// pending (keys are answered at once whatever this is).
const SAVE_POLL: Duration = Duration::from_millis(10);

/// The longest a signal or a lost terminal waits for pending saves before
/// the process ends: a save of the largest plan takes far less.
const SAVE_GRACE: Duration = Duration::from_secs(10);

/// The exit status of a process ended by SIGHUP, as a shell reports it.
pub const HANGUP_STATUS: i32 = 128 + signal_hook::consts::SIGHUP;

/// Whether the terminal is in raw mode and the alternate screen: set before
/// entering, cleared by the first `restore`, so that the loop, the signal
/// thread and the panic hook restore it once between them.
static ENTERED: AtomicBool = AtomicBool::new(false);

/// Whether the person's editor has the terminal (see `run_editor`).
static EDITING: AtomicBool = AtomicBool::new(false);

/// How the interface ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The person quit.
    Quit,
    /// SIGTERM or SIGINT (its number) asked it to stop.
    Signal(i32),
    /// Its terminal went away.
    TerminalGone,
}

impl Ended {
    /// The process's exit status: 128 + the signal, as a shell reports a
    /// process a signal ended, so scripts and service managers can tell.
    pub fn exit_status(self) -> i32 {
        match self {
            Ended::Quit => 0,
            Ended::Signal(signal) => 128 + signal,
            Ended::TerminalGone => HANGUP_STATUS,
        }
    }
}

/// The signal that asked the loop to stop; 0 until one came.
#[derive(Default)]
struct StopRequest(AtomicI32);

impl StopRequest {
    fn ask(&self, signal: i32) {
        self.0.store(signal, Ordering::Relaxed);
    }

    fn signal(&self) -> Option<i32> {
        Some(self.0.load(Ordering::Relaxed)).filter(|&signal| signal != 0)
    }
}

/// Puts the terminal back when dropped: every way out of `run` after the
/// terminal was touched (quit, an error at start-up or in the loop, an
/// unwinding panic) passes here.
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        restore();
    }
}

pub fn run(mut app: App) -> io::Result<Ended> {
    let stop = Arc::new(StopRequest::default());
    watch_signals(Arc::clone(&stop))?;
    watch_terminal();
    let _restore = RestoreOnDrop;
    let mut terminal = enter()?;
    crate::diagnostics::panic_if_asked();
    event_loop(&mut terminal, &mut app, &stop)
}

/// Raw mode, the alternate screen, a hidden cursor and a blank screen.
/// Nothing here asks the terminal anything: ratatui's `Terminal::clear`
/// queries the cursor position, which a terminal that never answers (`script`,
/// some serial consoles) turns into a failed start after a timeout; a
/// full-screen viewport has no use for the answer.
fn enter() -> io::Result<Term> {
    restore_on_panic();
    let backend = Lean::new(BufWriter::with_capacity(FRAME_BUFFER, io::stdout()));
    let mut terminal = Terminal::new(backend)?;
    take_screen(&mut terminal)?;
    Ok(terminal)
}

fn take_screen(terminal: &mut Term) -> io::Result<()> {
    ENTERED.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(
        terminal.backend_mut(),
        EnterAlternateScreen,
        Hide,
        Clear(ClearType::All)
    )
}

/// Runs the person's editor on a form's text: the screen is given back
/// (cooked mode, the normal screen, the cursor shown) while it runs, then
/// taken again and drawn whole on the next frame. Ctrl-c belongs to the
/// editor meanwhile (the signal thread ignores SIGINT, as git does); SIGTERM
/// is passed on to it, and the loop then stops.
fn run_editor(
    terminal: &mut Term,
    app: &mut App,
    text: &str,
    stop: &StopRequest,
) -> io::Result<()> {
    restore();
    EDITING.store(true, Ordering::SeqCst);
    let result = editor::edit(text, &editor::command(), &|| stop.signal().is_some());
    EDITING.store(false, Ordering::SeqCst);
    take_screen(terminal)?;
    // Both buffers blank, as after ratatui's `Terminal::clear` but without
    // its cursor-position query: the next draw writes every cell again.
    terminal.swap_buffers();
    app.editor_returned(result);
    Ok(())
}

/// Puts the terminal back as it was, once, whoever calls it first. Errors
/// are ignored: the terminal may already be gone (a dropped SSH connection).
/// The cursor is shown before leaving the alternate screen, so leaving it is
/// the last thing written.
fn restore() {
    if !ENTERED.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(stdout, Show, LeaveAlternateScreen);
    let _ = stdout.flush();
}

fn restore_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// SIGTERM and SIGINT ask the loop to stop (it restores the terminal and
/// the CLI exits with 128 + the signal), then end the process with the
/// terminal restored if the loop did not in time; SIGHUP (the connection
/// dropped) ends it at once.
fn watch_signals(stop: Arc<StopRequest>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            // Ctrl-c in the editor reaches this process too: it is the editor's.
            let mut signals = signals
                .forever()
                .filter(|&signal| signal != SIGINT || !EDITING.load(Ordering::SeqCst));
            if let Some(signal) = signals.next() {
                stop.ask(signal);
                if signal != SIGHUP {
                    thread::sleep(GRACE);
                }
                // What the screen showed as being saved gets written.
                crate::workspace::wait_for_saves(SAVE_GRACE);
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// The watchdog: a process whose terminal went away while SIGHUP was
/// ignored or blocked ends instead of spinning.
fn watch_terminal() {
    let spawned = thread::Builder::new().name("watchdog".into()).spawn(|| {
        loop {
            thread::sleep(Duration::from_millis(500));
            if terminal_gone() {
                crate::workspace::wait_for_saves(SAVE_GRACE);
                std::process::exit(HANGUP_STATUS);
            }
        }
    });
    // Without the thread the loop's own check still ends a clean hang-up.
    drop(spawned);
}

/// Draws only when something changed; waits for keys with a timeout so that
/// changes on disk and signals are noticed within a second, the writer's
/// replies within [`SAVE_POLL`] while saves are pending, and the end of a
/// pause in the keys when a detail pane waits to follow the selection. Quitting,
/// and a signal, wait for pending saves.
fn event_loop(terminal: &mut Term, app: &mut App, stop: &StopRequest) -> io::Result<Ended> {
    let mut redraw = true;
    let mut last_check = Instant::now();
    loop {
        if let Some(signal) = stop.signal() {
            app.finish_saves();
            return Ok(Ended::Signal(signal));
        }
        // A conflict or a failure found on the way out keeps the app open.
        if app.should_quit() {
            if app.finish_saves() {
                return Ok(Ended::Quit);
            }
            redraw = true;
        }
        if terminal_gone() {
            app.finish_saves();
            return Ok(Ended::TerminalGone);
        }
        if redraw {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
            redraw = false;
            app.frame_drawn()?;
        }
        // Read errors are fatal: after a hang-up crossterm could otherwise
        // spin on a dead terminal.
        let mut wait = if app.waiting() { SAVE_POLL } else { TICK };
        // Woken when the keys have paused for the detail pane to follow.
        if let Some(due) = app.pause_ends() {
            wait = wait.min(due.saturating_duration_since(Instant::now()));
        }
        // Views not shown that are behind the plan catch up, one at a
        // time, while no key waits.
        if app.behind() {
            wait = Duration::ZERO;
        }
        if event::poll(wait)? {
            redraw |= app.handle_event(&event::read()?, Instant::now());
        } else if app.behind() {
            redraw |= app.catch_up();
        }
        redraw |= app.panes_follow(Instant::now());
        redraw |= app.poll_saves();
        if let Some(text) = app.editor_request() {
            run_editor(terminal, app, &text, stop)?;
            redraw = true;
        }
        if last_check.elapsed() >= TICK {
            redraw |= app.tick();
            last_check = Instant::now();
        }
    }
}

/// The watchdog: an orphaned process (its terminal closed while SIGHUP was
/// ignored) ends instead of spinning.
fn terminal_gone() -> bool {
    !io::stdin().is_terminal() || !io::stdout().is_terminal()
}
