//! The Gantt calendar: campaigns by channel on a timeline. `timeline` maps
//! dates to columns, `layout` puts campaigns in lanes and rows, `gantt`
//! draws that as a ratatui widget — the same one for the TUI's Calendar tab
//! and for `socialplan calendar` — and `svg` draws the same layout as SVG
//! for the HTML report.

pub mod gantt;
pub mod layout;
pub mod svg;
pub mod timeline;
