//! The HTML report: one self-contained page a client reads in a browser
//! and prints. Its charts are in `charts`.

pub mod charts;
