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
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::app::App;

type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// How often the plan file is checked for changes made elsewhere, and how
/// long the loop sleeps when nothing happens (an idle app uses no CPU).
const TICK: Duration = Duration::from_secs(1);

/// Large enough for a whole 200×60 frame with styles: one write per frame.
const FRAME_BUFFER: usize = 256 * 1024;

/// How long the loop gets to finish by itself after SIGTERM or SIGINT.
const GRACE: Duration = Duration::from_millis(1500);

pub fn run(mut app: App) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&stop))?;
    watch_terminal();
    let mut terminal = enter()?;
    let result = event_loop(&mut terminal, &mut app, &stop);
    restore();
    result
}

fn enter() -> io::Result<Term> {
    restore_on_panic();
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    if let Err(error) = execute!(stdout, EnterAlternateScreen) {
        restore();
        return Err(error);
    }
    let backend = CrosstermBackend::new(BufWriter::with_capacity(FRAME_BUFFER, io::stdout()));
    let mut terminal = Terminal::new(backend)?;
    terminal.hide_cursor()?;
    terminal.clear()?;
    Ok(terminal)
}

/// Puts the terminal back as it was. Errors are ignored: the terminal may
/// already be gone (a dropped SSH connection).
fn restore() {
    let _ = disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(stdout, LeaveAlternateScreen, Show);
    let _ = stdout.flush();
}

fn restore_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// SIGTERM and SIGINT ask the loop to stop, then end the process with the
/// terminal restored if the loop did not; SIGHUP (the connection dropped)
/// ends it at once.
fn watch_signals(stop: Arc<AtomicBool>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop.store(true, Ordering::Relaxed);
                if signal != SIGHUP {
                    thread::sleep(GRACE);
                }
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
                std::process::exit(129);
            }
        }
    });
    // Without the thread the loop's own check still ends a clean hang-up.
    drop(spawned);
}

/// Draws only when something changed; waits for keys with a timeout so that
/// changes on disk and signals are noticed within a second.
fn event_loop(terminal: &mut Term, app: &mut App, stop: &AtomicBool) -> io::Result<()> {
    let mut redraw = true;
    let mut last_check = Instant::now();
    loop {
        if stop.load(Ordering::Relaxed) || app.should_quit() || terminal_gone() {
            return Ok(());
        }
        if redraw {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
            redraw = false;
        }
        // Read errors are fatal: after a hang-up crossterm could otherwise
        // spin on a dead terminal.
        if event::poll(TICK)? {
            redraw |= app.handle_event(&event::read()?);
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
