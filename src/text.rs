//! Text as a terminal shows it: widths in display cells (an accented letter
//! is one cell, most emoji two), truncation by width, and no raw control
//! characters ever reaching the terminal.

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// Display width in terminal cells, measured as ratatui draws text: one
/// grapheme cluster at a time (a flag, a family emoji, a letter with its
/// accent), leaving out clusters with a control character, which it never
/// draws. Summing clusters, not measuring the whole string, matters where
/// `unicode-width` sees a ligature across two clusters (Arabic لا is one
/// cell for it, two as drawn).
pub fn width(text: &str) -> usize {
    if text.is_ascii() {
        // Every ASCII character is its own cluster but "\r\n", which is a
        // control cluster anyway.
        return text.bytes().filter(|b| !b.is_ascii_control()).count();
    }
    text.graphemes(true).map(cluster_width).sum()
}

/// Characters as people count them: grapheme clusters, so that an accented
/// letter written as a letter and a combining accent, a flag or a family
/// emoji is one, as the networks' counters show it.
pub fn characters(text: &str) -> usize {
    if text.is_ascii() {
        // Every ASCII character is its own cluster but "\r\n".
        return text.len() - text.matches("\r\n").count();
    }
    text.graphemes(true).count()
}

/// The cells ratatui gives one grapheme cluster.
fn cluster_width(cluster: &str) -> usize {
    if cluster.contains(char::is_control) {
        0
    } else {
        usize::from(cluster.cell_width())
    }
}

/// Characters that would change how a terminal shows what follows them:
/// control characters (cursor moves, colours), bidirectional overrides and
/// isolates (text shown in another order than stored), and the Unicode line
/// and paragraph separators. Joiners and variation selectors are fine: emoji
/// need them.
pub fn is_disruptive(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Replaces disruptive characters with a visible placeholder.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if is_disruptive(c) { '\u{fffd}' } else { c })
        .collect()
}

/// Shows disruptive characters as escapes (`\u{1b}`, `\n`) and keeps the
/// rest as it is, accents and emoji included. For text a person may need to
/// recognise or type again, such as a file's path in a message, where a
/// placeholder ([`printable`]) would hide which character is there.
pub fn escape_disruptive(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_disruptive(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// A path as messages show it: disruptive characters escaped (see
/// [`escape_disruptive`]), bytes that are not UTF-8 as U+FFFD.
pub fn shown_path(path: &std::path::Path) -> String {
    escape_disruptive(&path.to_string_lossy())
}

/// Cuts `text` to at most `max` cells, ending with `ellipsis` when cut (and
/// when the ellipsis itself fits). Cuts fall between grapheme clusters, so
/// no flag, emoji sequence or accent is ever split.
///
/// Not `unicode-truncate`: it measures clusters with `unicode-width` where
/// ratatui adds a cell for halfwidth sound marks (ｶﾞ), and its 2.x asserts
/// that the cut's whole-string width equals its clusters' sum, which panics
/// in debug builds on ligatures such as Arabic لا (its issue #40).
pub fn truncate(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let (mark, room) = ellipsis_and_room(max, ellipsis);
    let mut out = start_within(text, room).to_string();
    out.push_str(mark);
    out
}

/// Like [`truncate`], keeping the end of `text` (a path's file name
/// matters most), the ellipsis first.
pub fn truncate_start(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let (mark, room) = ellipsis_and_room(max, ellipsis);
    let mut out = mark.to_string();
    out.push_str(end_within(text, room));
    out
}

/// The ellipsis to show when cutting to `max` cells (none when it does not
/// fit either), and the cells left for the text.
fn ellipsis_and_room(max: usize, ellipsis: &str) -> (&str, usize) {
    match max.checked_sub(width(ellipsis)) {
        Some(room) => (ellipsis, room),
        None => ("", 0),
    }
}

/// The longest start of `text` within `room` cells, whole clusters only.
fn start_within(text: &str, room: usize) -> &str {
    let mut used = 0;
    for (at, cluster) in text.grapheme_indices(true) {
        used += cluster_width(cluster);
        if used > room {
            return &text[..at];
        }
    }
    text
}

/// The longest end of `text` within `room` cells, whole clusters only.
fn end_within(text: &str, room: usize) -> &str {
    let mut used = 0;
    for (at, cluster) in text.grapheme_indices(true).rev() {
        used += cluster_width(cluster);
        if used > room {
            return &text[at + cluster.len()..];
        }
    }
    text
}

/// Pads with spaces on the right to `cells` cells (never cuts).
pub fn pad_right(text: &str, cells: usize) -> String {
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(width(text))));
    out
}

/// Pads with spaces on the left to `cells` cells (never cuts).
pub fn pad_left(text: &str, cells: usize) -> String {
    let mut out: String = std::iter::repeat_n(' ', cells.saturating_sub(width(text))).collect();
    out.push_str(text);
    out
}

/// Rows of at most `max` cells: the text's own lines, broken between words,
/// and inside a word only when it is longer than a row, between grapheme
/// clusters (a single cluster wider than a row gets a row of its own).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    if max == 0 {
        return Vec::new();
    }
    text.split('\n')
        .flat_map(|line| wrap_line(&printable(line), max))
        .collect()
}

/// One line (no line breaks in it) as rows of at most `max` cells.
fn wrap_line(line: &str, max: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut row = String::new();
    let mut used = 0;
    for (i, word) in words(line).into_iter().enumerate() {
        if i > 0 {
            if used > 0 && used + 1 + width(word) > max {
                rows.push(std::mem::take(&mut row));
                used = 0;
            } else {
                row.push(' ');
                used += 1;
            }
        }
        for cluster in word.graphemes(true) {
            let cells = cluster_width(cluster);
            if used > 0 && used + cells > max {
                rows.push(std::mem::take(&mut row));
                used = 0;
            }
            row.push_str(cluster);
            used += cells;
        }
    }
    rows.push(row);
    rows
}

/// The words of a line, split at spaces that stand alone: a space carrying
/// a combining mark (" \u{301}") is one cluster, and `split(' ')` would
/// part the mark from it.
fn words(line: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (at, cluster) in line.grapheme_indices(true) {
        if cluster == " " {
            words.push(&line[start..at]);
            start = at + 1;
        }
    }
    words.push(&line[start..]);
    words
}

/// A plain decimal number: digits, an optional sign and a point. Commas are
/// refused rather than guessed (a thousands separator in English, the decimal
/// mark in Spanish); `inf` and `NaN` are not measurements. `-0` is zero,
/// kept and shown without a sign.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
    text.parse::<f64>()
        .ok()
        .filter(|v| plain && v.is_finite())
        .map(without_negative_zero)
}

/// A number as [`parse_number`] reads it back exactly, for a field to edit:
/// every digit it takes (1.7e308 has 309), no exponent, no sign on zero.
/// What a person reads is `i18n::number`, rounded: a form showing that would
/// save the rounded value (0.00345 as 0.0035), or one it cannot read (1.7e308).
pub fn editable_number(value: f64) -> String {
    // Display of an f64 is the shortest text that reads back to it, and
    // never in scientific notation.
    without_negative_zero(value).to_string()
}

/// −0.0 as 0.0 (adding a positive zero does it: −0 + 0 = +0); every other
/// number unchanged.
fn without_negative_zero(value: f64) -> f64 {
    value + 0.0
}

/// The text with its first letter in upper case: "The campaign …" at the
/// start of a line, from a sentence written to follow "error: ".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

pub mod input;

#[cfg(test)]
mod tests;
