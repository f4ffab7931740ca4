//! Texts the item files share: lists of places, labelled texts in a detail pane, cells cut to a column.

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
    fn places_are_split_on_commas_and_trimmed() {
        assert_eq!(
            places(" Instagram,School gate ,, "),
            ["Instagram", "School gate"]
        );
        assert!(places("").is_empty());
    }
}
