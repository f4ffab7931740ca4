//! The interactive interface: six tabs over one plan, edited entirely from
//! the keyboard.
//!
//! `app` holds the state and the one update path; `keymap` turns keys into
//! `action`s and generates the footer and help; each tab is a module under
//! `tabs`; `form`, `overlay`, `checkin` and `widgets` are shared pieces;
//! styles come from `crate::theme`; `terminal` sets the terminal up and restores it.

pub mod action;
mod app;
pub mod backend;
pub mod editor;
mod findings;
mod items;
pub mod keymap;
mod overlay;
mod session;
pub mod tab;
mod tabs;
mod terminal;
mod view;
mod views;
mod widgets;

pub use app::{App, MIN_HEIGHT, MIN_WIDTH};
pub use terminal::{Ended, run};

/// Runs the interface over what the CLI opened; returns the exit status.
///
/// # Errors
/// When the terminal cannot be set up or drawn to.
pub fn start(launch: crate::cli::Launch) -> std::io::Result<i32> {
    let mut app = App::new_check_later(launch.workspace, launch.lang, launch.theme);
    if let Some(problem) = launch.problem {
        app = app.with_problem(problem);
    }
    // Saves go to a writer thread: a key never waits for the disk. It
    // starts once the first frame is drawn, not before.
    app.save_in_background_after_first_frame();
    run(app).map(Ended::exit_status)
}
