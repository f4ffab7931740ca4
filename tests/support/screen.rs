//! The TUI drawn through the backend the terminal uses (`tui::backend::Lean`,
//! crossterm's with shorter escapes) that counts the bytes
//! it writes: shared by tests/perf_budgets.rs and benches/perf.rs.
#![allow(dead_code, clippy::unwrap_used)]

use std::cell::Cell;
use std::io;
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use ratatui::{Terminal, TerminalOptions, Viewport};
use socialplan::domain::Plan;
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::tui::backend::Lean;
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
    terminal: Terminal<Lean<Wire>>,
    wire: Wire,
    /// The time of the next key: moved by hand, never slept.
    now: Instant,
    _dir: tempfile::TempDir,
}

/// How far apart quick moves come: a held key repeats about this fast.
pub const QUICK: Duration = Duration::from_millis(30);

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
        let terminal = Terminal::with_options(Lean::new(wire.clone()), options).unwrap();
        Screen {
            app,
            terminal,
            wire,
            now: Instant::now(),
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

    /// Bytes written for `n` quick moves ([`QUICK`] apart), each drawn as
    /// it comes, then a pause and the frame drawn when the detail pane
    /// follows: what a run of moves through a list sends.
    pub fn moves(&mut self, code: KeyCode, n: usize) -> usize {
        let (moves, pause) = self.run(code, n);
        moves + pause
    }

    /// [`Screen::moves`] in two: the bytes of the `n` moves, and those of
    /// the frame after the pause.
    pub fn run(&mut self, code: KeyCode, n: usize) -> (usize, usize) {
        let mut bytes = 0;
        for _ in 0..n {
            bytes += self.quick(code);
            self.now += QUICK;
        }
        (bytes, self.pause())
    }

    /// Bytes written to answer a key that comes while keys are moving.
    pub fn quick(&mut self, code: KeyCode) -> usize {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        self.app.handle_key_at(key, self.now);
        self.draw()
    }

    /// The keys pause: bytes written when the detail pane follows.
    pub fn pause(&mut self) -> usize {
        self.now += Duration::from_secs(1);
        if self.app.panes_follow(self.now) {
            self.draw()
        } else {
            0
        }
    }

    /// The screen as the app draws it now.
    pub fn buffer(&mut self) -> Buffer {
        let area = self.terminal.get_frame().area();
        let mut buf = Buffer::empty(area);
        (&self.app).render(area, &mut buf);
        buf
    }

    /// The text of the screen as the app draws it now, row by row.
    pub fn text(&mut self) -> String {
        let buf = self.buffer();
        let area = buf.area;
        (0..area.height)
            .map(|y| {
                let row: String = (0..area.width).map(|x| buf[(x, y)].symbol()).collect();
                row + "\n"
            })
            .collect()
    }

    /// Bytes written to answer a key (and the pause after it).
    pub fn press(&mut self, code: KeyCode) -> usize {
        self.app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        self.draw()
    }
}
