//! socialplan: make and run a social media plan in the terminal.
//!
//! The layout follows the architecture (see docs/ARCHITECTURE.md): a pure
//! [`domain`], a [`store`] that finds, loads, migrates and saves the plan file,
//! the [`i18n`] catalog, and the [`cli`].

pub mod calendar;
pub mod cli;
pub mod demo;
pub mod diagnostics;
pub mod domain;
pub mod formats;
pub mod generate;
pub mod i18n;
pub mod store;
pub mod text;
pub mod theme;
pub mod tui;
pub mod workspace;
