//! The TUI's backend (`tui::backend::Lean`) writes shorter escapes than
//! ratatui's crossterm backend, and a terminal shows the same: frames of
//! every colour, background and modifier drawn through both, fed to a
//! terminal emulator (vt100), leave the same screen, cell by cell.
#![allow(clippy::unwrap_used)]

use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::{Terminal, TerminalOptions, Viewport};
use socialplan::tui::backend::Lean;

const WIDTH: u16 = 40;
const HEIGHT: u16 = 10;

/// A small deterministic generator (xorshift), so a failure repeats.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % sides as u64).unwrap()
    }

    fn byte(&mut self) -> u8 {
        u8::try_from(self.roll(256)).unwrap()
    }

    fn colour(&mut self) -> Color {
        let named = [
            Color::Reset,
            Color::Black,
            Color::Red,
            Color::Green,
            Color::Yellow,
            Color::Blue,
            Color::Magenta,
            Color::Cyan,
            Color::Gray,
            Color::DarkGray,
            Color::LightRed,
            Color::LightGreen,
            Color::LightYellow,
            Color::LightBlue,
            Color::LightMagenta,
            Color::LightCyan,
            Color::White,
        ];
        match self.roll(20) {
            17 => Color::Indexed(self.byte()),
            18 => Color::Rgb(self.byte(), 7, self.byte()),
            19 => Color::Reset,
            i => named[i],
        }
    }

    fn modifier(&mut self) -> Modifier {
        let all = [
            Modifier::BOLD,
            Modifier::DIM,
            Modifier::ITALIC,
            Modifier::UNDERLINED,
            Modifier::REVERSED,
            Modifier::CROSSED_OUT,
            Modifier::HIDDEN,
        ];
        let mut modifier = Modifier::empty();
        for m in all {
            if self.roll(4) == 0 {
                modifier |= m;
            }
        }
        modifier
    }
}

/// A frame: runs of text in one style, some rows left as they were.
fn frame(dice: &mut Dice, buffer: &mut Buffer) {
    for y in 0..HEIGHT {
        if dice.roll(3) == 0 {
            continue;
        }
        let mut x = 0;
        while x < WIDTH {
            let run = (1 + u16::try_from(dice.roll(8)).unwrap()).min(WIDTH - x);
            let style = Style::new()
                .fg(dice.colour())
                .bg(dice.colour())
                .add_modifier(dice.modifier());
            let text: String = (0..run)
                .map(|_| ['a', 'Z', ' ', 'ñ', '·', '7'][dice.roll(6)])
                .collect();
            buffer.set_string(x, y, text, style);
            x += run;
        }
    }
}

fn terminal<B: ratatui::backend::Backend>(backend: B) -> Terminal<B> {
    let area = Rect::new(0, 0, WIDTH, HEIGHT);
    Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )
    .unwrap()
}

fn non_zero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

/// What a terminal shows of a cell.
fn seen(screen: &vt100::Screen, row: u16, col: u16) -> String {
    let cell = screen.cell(row, col).unwrap();
    format!(
        "{:?} fg {:?} bg {:?} bold {} dim {} italic {} underline {} inverse {}",
        cell.contents(),
        cell.fgcolor(),
        cell.bgcolor(),
        cell.bold(),
        cell.dim(),
        cell.italic(),
        cell.underline(),
        cell.inverse(),
    )
}

#[test]
fn the_lean_backend_leaves_the_screen_crossterms_leaves_in_fewer_bytes() {
    let mut dice = Dice(0x5eed_1234_abcd_0001);
    let mut lean = terminal(Lean::new(Vec::new()));
    let mut crossterm = terminal(CrosstermBackend::new(Vec::new()));
    let mut lean_screen = vt100::Parser::new(non_zero(HEIGHT), non_zero(WIDTH), 0);
    let mut crossterm_screen = vt100::Parser::new(non_zero(HEIGHT), non_zero(WIDTH), 0);
    let mut buffer = Buffer::empty(Rect::new(0, 0, WIDTH, HEIGHT));
    let (mut lean_bytes, mut crossterm_bytes) = (0, 0);
    for i in 0..200 {
        frame(&mut dice, &mut buffer);
        lean.draw(|f| f.buffer_mut().merge(&buffer)).unwrap();
        crossterm.draw(|f| f.buffer_mut().merge(&buffer)).unwrap();
        let sent = std::mem::take(lean.backend_mut().writer_mut());
        lean_bytes += sent.len();
        lean_screen.process(&sent);
        let sent = std::mem::take(crossterm.backend_mut().writer_mut());
        crossterm_bytes += sent.len();
        crossterm_screen.process(&sent);
        for row in 0..HEIGHT {
            for col in 0..WIDTH {
                assert_eq!(
                    seen(lean_screen.screen(), row, col),
                    seen(crossterm_screen.screen(), row, col),
                    "frame {i}, row {row}, column {col}"
                );
            }
        }
    }
    assert!(
        lean_bytes * 10 < crossterm_bytes * 8,
        "{lean_bytes} bytes against crossterm's {crossterm_bytes}"
    );
}
