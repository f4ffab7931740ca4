//! Pieces several tabs draw with.

pub mod gauge;
pub mod popup;
pub mod scroll;
