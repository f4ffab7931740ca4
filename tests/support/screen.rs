//! The TUI drawn through a real `CrosstermBackend` that counts the bytes
//! it writes: shared by tests/perf_budgets.rs and benches/perf.rs.
#![allow(dead_code, clippy::unwrap_used)]

use std::cell::Cell;
use std::io;
use std::rc::Rc;

use chrono::NaiveDate;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use socialplan::domain::Plan;
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// Counts what is written to the "terminal".
#[derive(Clone, Default)]
struct Wire(Rc<Cell<usize>>);

impl io::Write for Wire {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + bytes.len());
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

pub fn today() -> NaiveDate {
    "2027-03-01".parse().unwrap()
}

/// The TUI on `plan`, on the tab a digit names, on a terminal `w`×`h`.
pub struct Screen {
    app: App,
    terminal: Terminal<CrosstermBackend<Wire>>,
    wire: Wire,
    _dir: tempfile::TempDir,
}

impl Screen {
    pub fn new(plan: &Plan, tab: char, (w, h): (u16, u16)) -> Screen {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        std::fs::write(&path, socialplan::store::to_json(plan)).unwrap();
        let workspace = Workspace::open(&path, false, today()).unwrap();
        let mut app = App::new(workspace, Lang::En, Theme::new(true, false));
        app.handle_key(KeyEvent::new(KeyCode::Char(tab), KeyModifiers::NONE));
        let wire = Wire::default();
        let options = TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        };
        let terminal =
            Terminal::with_options(CrosstermBackend::new(wire.clone()), options).unwrap();
        Screen {
            app,
            terminal,
            wire,
            _dir: dir,
        }
    }

    /// Bytes written to draw the next frame.
    pub fn draw(&mut self) -> usize {
        let before = self.wire.0.get();
        let app = &self.app;
        self.terminal
            .draw(|f| f.render_widget(app, f.area()))
            .unwrap();
        self.wire.0.get() - before
    }

    /// Bytes written to answer a key.
    pub fn press(&mut self, code: KeyCode) -> usize {
        self.app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        self.draw()
    }
}
