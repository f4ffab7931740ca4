//! The bytes a frame sends. People run socialplan over SSH, where every
//! byte of a keypress's frame travels (docs/PERFORMANCE.md, budget 3), so
//! the terminal gets ratatui's crossterm backend with shorter escapes for
//! what a frame writes most:
//!
//! - a style change is one `SGR` sequence with only what changed, and the
//!   16 ANSI colours in their short form (`ESC[32m`, not crossterm's
//!   `ESC[38;5;2;49m`, which also repeats the colour that did not change);
//! - a frame ends with one `ESC[0m`, and only if it left a style set
//!   (crossterm ends every frame with three resets).
//!
//! Everything else (moving the cursor, clearing, sizes) is crossterm's.
//! `tests/tui_backend.rs` draws frames through both into a terminal
//! emulator and checks that the screens are the same.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::queue;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// ratatui's crossterm backend writing shorter escapes (see the module).
pub struct Lean<W: Write> {
    inner: CrosstermBackend<W>,
}

impl<W: Write> Lean<W> {
    pub fn new(writer: W) -> Self {
        Lean {
            inner: CrosstermBackend::new(writer),
        }
    }

    pub fn writer(&self) -> &W {
        self.inner.writer()
    }

    pub fn writer_mut(&mut self) -> &mut W {
        self.inner.writer_mut()
    }
}

/// Commands written to the terminal directly (entering the alternate
/// screen, leaving it) go through as crossterm's backend writes them.
impl<W: Write> Write for Lean<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

/// What the terminal draws with: set by `SGR`, reset by `ESC[0m`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Default for Pen {
    fn default() -> Self {
        Pen {
            fg: Color::Reset,
            bg: Color::Reset,
            underline: Color::Reset,
            modifier: Modifier::empty(),
        }
    }
}

impl<W: Write> Backend for Lean<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let out = self.inner.writer_mut();
        let mut pen = Pen::default();
        let mut last: Option<(u16, u16)> = None;
        let mut params = String::new();
        for (x, y, cell) in content {
            if !matches!(last, Some((lx, ly)) if x == lx.wrapping_add(1) && y == ly) {
                queue!(out, MoveTo(x, y))?;
            }
            last = Some((x, y));
            params.clear();
            modifier_params(pen.modifier, cell.modifier, &mut params);
            if cell.fg != pen.fg {
                colour_param(cell.fg, Layer::Fore, &mut params);
            }
            if cell.bg != pen.bg {
                colour_param(cell.bg, Layer::Back, &mut params);
            }
            if cell.underline_color != pen.underline {
                colour_param(cell.underline_color, Layer::Under, &mut params);
            }
            if !params.is_empty() {
                write!(out, "\x1b[{params}m")?;
            }
            pen = Pen {
                fg: cell.fg,
                bg: cell.bg,
                underline: cell.underline_color,
                modifier: cell.modifier,
            };
            out.write_all(cell.symbol().as_bytes())?;
        }
        if pen != Pen::default() {
            out.write_all(b"\x1b[0m")?;
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// Appends `param` to an `SGR` sequence's parameters.
fn push(params: &mut String, param: &str) {
    if !params.is_empty() {
        params.push(';');
    }
    params.push_str(param);
}

/// What going from `from` to `to` sets and unsets, as crossterm's backend
/// does it (bold and dim share one reset, so the one kept is set again).
fn modifier_params(from: Modifier, to: Modifier, params: &mut String) {
    if from == to {
        return;
    }
    let removed = from - to;
    let added = to - from;
    let intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    let unset = [
        (Modifier::REVERSED, "27"),
        (Modifier::ITALIC, "23"),
        (Modifier::UNDERLINED, "24"),
        (Modifier::CROSSED_OUT, "29"),
        (Modifier::HIDDEN, "28"),
    ];
    for (modifier, param) in unset {
        if removed.contains(modifier) {
            push(params, param);
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        push(params, "25");
    }
    // After a reset of the intensity, what stays is set again.
    let set_anew = if intensity {
        push(params, "22");
        added | (to & (Modifier::BOLD | Modifier::DIM))
    } else {
        added
    };
    let set = [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ];
    for (modifier, param) in set {
        if set_anew.contains(modifier) {
            push(params, param);
        }
    }
}

#[derive(Clone, Copy)]
enum Layer {
    Fore,
    Back,
    Under,
}

/// A colour's `SGR` parameters: the 16 ANSI colours in their short form
/// for text and background (the same colours as crossterm's `38;5;0` to
/// `38;5;15`); an underline's colour has no short form.
fn colour_param(colour: Color, layer: Layer, params: &mut String) {
    let extended = match layer {
        Layer::Fore => 38,
        Layer::Back => 48,
        Layer::Under => 58,
    };
    let ansi = match colour {
        Color::Reset => {
            push(params, &(extended + 1).to_string());
            return;
        }
        Color::Indexed(i) => {
            push(params, &format!("{extended};5;{i}"));
            return;
        }
        Color::Rgb(r, g, b) => {
            push(params, &format!("{extended};2;{r};{g};{b}"));
            return;
        }
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    let code = match (layer, ansi) {
        (Layer::Under, _) => format!("{extended};5;{ansi}"),
        (Layer::Fore, 0..=7) => (30 + ansi).to_string(),
        (Layer::Fore, _) => (90 + ansi - 8).to_string(),
        (Layer::Back, 0..=7) => (40 + ansi).to_string(),
        (Layer::Back, _) => (100 + ansi - 8).to_string(),
    };
    push(params, &code);
}
