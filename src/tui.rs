//! The interactive interface: six tabs over one plan, edited entirely from
//! the keyboard.
//!
//! `app` holds the state and the one update path; `keymap` turns keys into
//! `action`s and generates the footer and help; each tab is a module under
//! `tabs`; `form`, `overlay`, `checkin` and `widgets` are shared pieces;
//! `theme` holds every style; `terminal` sets the terminal up and restores it.

pub mod action;
mod app;
mod checkin;
mod findings;
mod form;
pub mod keymap;
mod overlay;
pub mod tab;
mod tabs;
mod terminal;
pub mod theme;
mod view;
mod widgets;

pub use app::{App, MIN_HEIGHT, MIN_WIDTH};
pub use terminal::{Ended, run};
pub use theme::Theme;
