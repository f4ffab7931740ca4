//! Texts the item files share: multi-line texts in one-line form fields,
//! lists of places, labelled texts in a detail pane, cells cut to a column.

use ratatui::text::Line;

use super::field;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;

/// The largest follower or reach count a form takes (a trillion: no typo
/// of a real figure is refused, and a slip of the finger on a number key is).
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// `text` cut to fit column `i`.
pub fn fit(text: &str, cells: &[usize], i: usize, theme: Theme) -> String {
    truncate(
        &printable(text),
        cells.get(i).copied().unwrap_or(0),
        theme.ellipsis(),
    )
}

/// A label and a text that may have several lines, the later ones indented
/// under the first.
pub fn text_field(label: &str, value: &str, theme: Theme) -> Vec<Line<'static>> {
    let mut parts = value.split('\n');
    let mut lines = vec![field(label, parts.next().unwrap_or(""), theme)];
    let indent = " ".repeat(width(label) + 2);
    lines.extend(parts.map(|part| Line::raw(format!("{indent}{}", printable(part)))));
    lines
}

// Form fields are one line, but notes, interests and what works or fails
// may have several. In a form a line break shows as " ¶ " and a "¶" typed
// there becomes a line break: the text round-trips exactly (unless it had
// a "¶" of its own), and a person can still start a new line without a
// multi-line editor. The form's note says so.
const BREAK: &str = "¶";

pub fn to_line(text: &str) -> String {
    text.replace('\n', &format!(" {BREAK} "))
}

pub fn from_line(line: &str) -> String {
    let parts: Vec<&str> = line.split(BREAK).collect();
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let part = if i > 0 {
                part.strip_prefix(' ').unwrap_or(part)
            } else {
                part
            };
            if i < last {
                part.strip_suffix(' ').unwrap_or(part)
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `Instagram, School gate` → `Instagram` and `School gate`.
pub fn places(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_round_trip_through_a_one_line_field() {
        for text in ["", "one", "a\nb", "first line\n\nthird", " x \n y "] {
            assert_eq!(from_line(&to_line(text)), text, "{text:?}");
        }
        assert_eq!(from_line("a¶b"), "a\nb");
    }

    #[test]
    fn places_are_split_on_commas_and_trimmed() {
        assert_eq!(
            places(" Instagram,School gate ,, "),
            ["Instagram", "School gate"]
        );
        assert!(places("").is_empty());
    }
}
