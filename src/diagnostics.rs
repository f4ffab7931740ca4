//! What socialplan writes down when something goes wrong: a crash report
//! on a panic, and, when asked for with `SOCIALPLAN_LOG`, a debug log. Both
//! go to the data directory (see [`crate::store::path::data_dir`]).

mod crash;
mod debug_log;

pub use crash::{install as report_panics, panic_if_asked};
pub use debug_log::{error_chain, start as start_log};
