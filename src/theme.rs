//! Every style and symbol the interface draws with, in one place.
//!
//! Colours are the 16 named ANSI colours, which follow the user's terminal
//! theme and survive SSH. Without colour (`NO_COLOR`, `--color never`) only
//! bold, reverse and underline carry meaning; with `--ascii` no box-drawing
//! or block characters are used.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use crate::domain::Colour;
use crate::domain::forecast::Verdict;
use crate::domain::progress::Progress;

/// How the interface may draw on this terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
}

const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    pub fn new(color: bool, ascii: bool) -> Self {
        Theme { color, ascii }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn border(self) -> border::Set<'static> {
        if self.ascii {
            ASCII_BORDER
        } else {
            border::PLAIN
        }
    }

    pub fn border_style(self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn focused_border_style(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn tab(self) -> Style {
        self.fg(Color::Gray)
    }

    pub fn active_tab(self) -> Style {
        self.fg(Color::Cyan)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The selected row of a list.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Secondary text: labels, hints. Plain without colour.
    pub fn dim(self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn success(self) -> Style {
        self.fg(Color::Green)
    }

    /// Needs attention but is not an error (behind, overdue soon, a filter on).
    pub fn warning(self) -> Style {
        if self.color {
            Style::new().fg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    pub fn channel(self, colour: Colour) -> Style {
        self.fg(ansi(colour))
    }

    pub fn checkbox(checked: bool) -> &'static str {
        if checked { "[x]" } else { "[ ]" }
    }

    /// Filled and empty cells of a progress bar.
    pub fn bar(self) -> (&'static str, &'static str) {
        if self.ascii {
            ("#", "-")
        } else {
            ("█", "░")
        }
    }

    /// Sparkline levels from lowest to highest.
    pub fn spark_levels(self) -> &'static [&'static str] {
        if self.ascii {
            &["_", ".", "-", "=", "#"]
        } else {
            &["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        }
    }

    /// What the progress colour says: reached, late, or neither.
    pub fn progress(self, progress: &Progress, active: bool) -> Style {
        if !active {
            self.dim()
        } else if progress.achieved() {
            self.success()
        } else if progress.days_left.is_some_and(|d| d < 0) {
            self.error()
        } else {
            Style::new()
        }
    }

    /// What a verdict looks like: achieved in the success colour, at risk
    /// as a warning, behind and overdue as errors, no data dimmed; on track
    /// plain. The word says it without colour.
    pub fn verdict(self, verdict: Verdict) -> Style {
        match verdict {
            Verdict::Achieved => self.success(),
            Verdict::OnTrack => Style::new(),
            Verdict::AtRisk => self.warning(),
            Verdict::Behind | Verdict::Overdue => self.error(),
            Verdict::NoData => self.dim(),
        }
    }
}

/// Methods of [`Theme`] for the symbols drawn as text: each gives its ASCII
/// form with `--ascii`, else its Unicode one.
macro_rules! symbols {
    ($($(#[$doc:meta])* $name:ident => $ascii:literal, $unicode:literal;)*) => {
        impl Theme {
            $(
                $(#[$doc])*
                pub fn $name(self) -> &'static str {
                    if self.ascii { $ascii } else { $unicode }
                }
            )*
        }
    };
}

symbols! {
    /// Marks a cut text. In ASCII a tilde: "..." would read as the
    /// calendar's "planned" fill, and no fill or mark is a tilde.
    ellipsis => "~", "…";
    arrow => "->", "→";
    /// Marks the selected row where reverse video may not show (and for
    /// screen readers and copies of the screen).
    pointer => ">", "▶";
    bullet => "*", "•";
    /// Between the parts of a title: "Revise — ig-followers".
    dash => " - ", " — ";
    /// Between items on one line: "Facebook · 2026-11-18".
    dot => " - ", " · ";
    /// The dot between footer hints.
    separator => " | ", " · ";
}

/// A plan colour as the terminal's named colour.
pub fn ansi(colour: Colour) -> Color {
    match colour {
        Colour::Black => Color::Black,
        Colour::Red => Color::Red,
        Colour::Green => Color::Green,
        Colour::Yellow => Color::Yellow,
        Colour::Blue => Color::Blue,
        Colour::Magenta => Color::Magenta,
        Colour::Cyan => Color::Cyan,
        Colour::Gray => Color::Gray,
        Colour::DarkGray => Color::DarkGray,
        Colour::LightRed => Color::LightRed,
        Colour::LightGreen => Color::LightGreen,
        Colour::LightYellow => Color::LightYellow,
        Colour::LightBlue => Color::LightBlue,
        Colour::LightMagenta => Color::LightMagenta,
        Colour::LightCyan => Color::LightCyan,
        Colour::White => Color::White,
    }
}

/// The HTML report's colours (its charts and its Gantt): the Okabe–Ito
/// palette, which people with any common colour blindness tell apart. Each
/// series is also told apart by a pattern, so a greyscale print reads too.
pub const REPORT_PALETTE: [&str; 8] = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
];

/// The report's `index`th colour, round the palette again after the eighth.
pub fn report_colour(index: usize) -> &'static str {
    REPORT_PALETTE[index % REPORT_PALETTE.len()]
}
