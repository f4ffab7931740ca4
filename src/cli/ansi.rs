//! A drawn buffer as lines of text for stdout: colours and attributes as ANSI
//! escapes only when allowed, trailing spaces trimmed, wide characters once.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Color as AnsiColour, Effects};
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::style::{Color, Modifier, Style};

/// The buffer's lines; with `colour`, styled with ANSI escapes.
pub fn to_text(buffer: &Buffer, colour: bool) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        // Cells up to the last one that shows something (a reversed blank
        // shows only in colour: without, it is a trailing space).
        let cells: Vec<(&str, Style, u16)> = (area.left()..area.right())
            .map(|x| {
                let cell = &buffer[(x, y)];
                (cell.symbol(), cell.style(), cell.cell_width())
            })
            .collect();
        let end = cells
            .iter()
            .rposition(|(symbol, style, _)| {
                !symbol.trim().is_empty() || (colour && shows_without_text(*style))
            })
            .map_or(0, |i| i + 1);
        let mut current = anstyle::Style::new();
        let mut skip = 0;
        for (symbol, style, cells) in &cells[..end] {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if colour {
                let wanted = ansi(*style);
                if wanted != current {
                    let _ = write!(out, "{}{}", current.render_reset(), wanted.render());
                    current = wanted;
                }
            }
            out.push_str(symbol);
            // A wide character covers the next cell, which holds nothing
            // (its width as the buffer counted it when it was drawn).
            skip = cells.saturating_sub(1);
        }
        if colour {
            let _ = write!(out, "{}", current.render_reset());
        }
        out.push('\n');
    }
    out
}

/// A space still shows when it is reversed or has a background.
fn shows_without_text(style: Style) -> bool {
    style.add_modifier.contains(Modifier::REVERSED) || style.bg.is_some_and(|bg| bg != Color::Reset)
}

fn ansi(style: Style) -> anstyle::Style {
    let mut effects = Effects::new();
    let modifiers = style.add_modifier;
    for (modifier, effect) in [
        (Modifier::BOLD, Effects::BOLD),
        (Modifier::DIM, Effects::DIMMED),
        (Modifier::ITALIC, Effects::ITALIC),
        (Modifier::UNDERLINED, Effects::UNDERLINE),
        (Modifier::REVERSED, Effects::INVERT),
        (Modifier::CROSSED_OUT, Effects::STRIKETHROUGH),
    ] {
        if modifiers.contains(modifier) {
            effects |= effect;
        }
    }
    anstyle::Style::new()
        .fg_color(style.fg.and_then(colour))
        .bg_color(style.bg.and_then(colour))
        .effects(effects)
}

/// The 16 named colours (the only ones the interface uses).
fn colour(colour: Color) -> Option<AnsiColour> {
    let named = match colour {
        Color::Black => AnsiColor::Black,
        Color::Red => AnsiColor::Red,
        Color::Green => AnsiColor::Green,
        Color::Yellow => AnsiColor::Yellow,
        Color::Blue => AnsiColor::Blue,
        Color::Magenta => AnsiColor::Magenta,
        Color::Cyan => AnsiColor::Cyan,
        Color::Gray => AnsiColor::White,
        Color::DarkGray => AnsiColor::BrightBlack,
        Color::LightRed => AnsiColor::BrightRed,
        Color::LightGreen => AnsiColor::BrightGreen,
        Color::LightYellow => AnsiColor::BrightYellow,
        Color::LightBlue => AnsiColor::BrightBlue,
        Color::LightMagenta => AnsiColor::BrightMagenta,
        Color::LightCyan => AnsiColor::BrightCyan,
        Color::White => AnsiColor::BrightWhite,
        _ => return None,
    };
    Some(AnsiColour::Ansi(named))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn plain_text_is_trimmed_and_wide_characters_printed_once() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, 2));
        buffer.set_string(0, 0, "a🥐b", Style::new().fg(Color::Red));
        assert_eq!(to_text(&buffer, false), "a🥐b\n\n");
    }

    #[test]
    fn colours_become_escapes_only_when_allowed() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 4, 1));
        buffer.set_string(0, 0, "ab", Style::new().fg(Color::Red));
        let coloured = to_text(&buffer, true);
        assert!(coloured.contains("\u{1b}[31m"), "{coloured:?}");
        assert!(coloured.ends_with("\u{1b}[0m\n"), "{coloured:?}");
        assert!(!to_text(&buffer, false).contains('\u{1b}'));
    }

    #[test]
    fn a_reversed_blank_is_kept_in_colour_and_trimmed_without() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
        buffer.set_string(0, 0, "ab", Style::new());
        buffer.set_string(3, 0, " ", Style::new().add_modifier(Modifier::REVERSED));
        assert_eq!(to_text(&buffer, false), "ab\n");
        let coloured = to_text(&buffer, true);
        assert!(coloured.contains("\u{1b}[7m \u{1b}[0m"), "{coloured:?}");
    }
}
