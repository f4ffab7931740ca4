//! Text as a terminal shows it: widths in display cells (an accented letter
//! is one cell, most emoji two), truncation by width, and no raw control
//! characters ever reaching the terminal.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width in terminal cells.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
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

/// Cuts `text` to at most `max` cells, ending with `ellipsis` when cut.
pub fn truncate(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if width(ellipsis) <= max {
        out.push_str(ellipsis);
    }
    out
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
/// and inside a word only when it is longer than a row.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut rows = Vec::new();
    if max == 0 {
        return rows;
    }
    for line in text.split('\n') {
        let mut row = String::new();
        let mut used = 0;
        for (i, word) in printable(line).split(' ').enumerate() {
            if i > 0 {
                if used > 0 && used + 1 + width(word) > max {
                    rows.push(std::mem::take(&mut row));
                    used = 0;
                } else {
                    row.push(' ');
                    used += 1;
                }
            }
            for c in word.chars() {
                let cells = c.width().unwrap_or(0);
                if used > 0 && used + cells > max {
                    rows.push(std::mem::take(&mut row));
                    used = 0;
                }
                row.push(c);
                used += cells;
            }
        }
        rows.push(row);
    }
    rows
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_plain_numbers() {
        assert_eq!(parse_number("1250"), Some(1250.0));
        assert_eq!(parse_number("-3.5"), Some(-3.5));
        assert_eq!(parse_number(" 12.5 "), Some(12.5));
        for bad in ["1,250", "inf", "NaN", "1e3", "", "abc", "12 5"] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
    }

    #[test]
    #[allow(clippy::float_cmp)] // reading back exactly is the point
    fn editable_numbers_read_back_exactly() {
        for value in [
            1250.0,
            3.256,
            0.003_45,
            1e-300,
            -1.7e308,
            1.7e308,
            f64::MAX,
            5e-324,
            -0.5,
        ] {
            let text = editable_number(value);
            assert_eq!(parse_number(&text), Some(value), "{text}");
        }
        assert_eq!(editable_number(1250.0), "1250");
        assert_eq!(editable_number(3.256), "3.256");
        assert_eq!(editable_number(-0.0), "0");
    }

    #[test]
    fn negative_zero_is_read_as_zero() {
        for zero in ["-0", "-0.0", "-.0", "-0.000"] {
            let value = parse_number(zero).unwrap();
            assert!(value == 0.0 && value.is_sign_positive(), "{zero:?}");
        }
        assert!(parse_number("-0.5").unwrap().is_sign_negative());
    }

    #[test]
    fn wrapping_breaks_between_words_and_keeps_line_breaks() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("🎄🎄🎄", 4), ["🎄🎄", "🎄"]);
        assert!(wrap("text", 0).is_empty());
        for row in wrap("Campaña de otoño con ñandúes y 🎄 árboles", 6) {
            assert!(width(&row) <= 6, "{row:?}");
        }
    }

    #[test]
    fn widths_count_cells() {
        assert_eq!(width("Campaña"), 7);
        assert_eq!(width("🎄"), 2);
        assert_eq!(width("☕"), 2);
    }

    #[test]
    fn truncation_never_splits_a_wide_character() {
        assert_eq!(truncate("Navidad 🎄🎄", 10, "…"), "Navidad …");
        assert_eq!(truncate("Navidad 🎄🎄", 11, "…"), "Navidad 🎄…");
        assert_eq!(truncate("short", 10, "…"), "short");
        assert_eq!(truncate("abc", 0, "…"), "");
        assert!(width(&truncate("🎄🎄🎄", 3, "..")) <= 3);
    }

    #[test]
    fn padding_uses_display_width() {
        assert_eq!(pad_right("Campaña", 9), "Campaña  ");
        assert_eq!(pad_left("🎄", 3), " 🎄");
    }

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\u{fffd}[2Jb");
    }

    #[test]
    fn escaping_shows_which_control_character_is_there() {
        assert_eq!(
            escape_disruptive("/tmp/\u{1b}[31mred"),
            "/tmp/\\u{1b}[31mred"
        );
        assert_eq!(escape_disruptive("a\tb\nc\r"), "a\\tb\\nc\\r");
        assert_eq!(
            escape_disruptive("\u{7}\u{9b}\u{202e}"),
            "\\u{7}\\u{9b}\\u{202e}"
        );
        assert_eq!(escape_disruptive("Campaña 🎄"), "Campaña 🎄");
    }

    #[test]
    fn paths_in_messages_carry_no_escape_character() {
        let path = std::path::Path::new("/tmp/\u{1b}]0;title\u{7}.csv");
        let shown = shown_path(path);
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
            "{shown:?}"
        );
        assert_eq!(shown, "/tmp/\\u{1b}]0;title\\u{7}.csv");
    }
}
