use proptest::prelude::*;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;

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

// Grapheme clusters: what a person sees as one character, however many
// code points it takes. Each pair is a text and a width to cut it to that
// falls inside or right after a cluster.
const FAMILY: &str = "👩\u{200d}👩\u{200d}👧";
const RAINBOW: &str = "🏳\u{fe0f}\u{200d}🌈";
const SPAIN: &str = "🇪🇸";
const THUMB: &str = "👍🏽";
const E_ACUTE: &str = "e\u{301}";

#[test]
fn truncation_keeps_grapheme_clusters_whole() {
    let cases = [
        // (text, max, expected)
        (format!("ab{FAMILY}cd"), 4, "ab…".to_string()),
        (format!("ab{FAMILY}cd"), 5, format!("ab{FAMILY}…")),
        (format!("{RAINBOW}{RAINBOW}x"), 3, format!("{RAINBOW}…")),
        (format!("{RAINBOW}{RAINBOW}x"), 2, "…".to_string()),
        (format!("{SPAIN}🇫🇷"), 3, format!("{SPAIN}…")),
        (format!("{SPAIN}🇫🇷"), 2, "…".to_string()),
        (
            format!("{THUMB}{THUMB}{THUMB}"),
            5,
            format!("{THUMB}{THUMB}…"),
        ),
        (format!("{THUMB}{THUMB}{THUMB}"), 4, format!("{THUMB}…")),
        (format!("caf{E_ACUTE}s y más"), 5, format!("caf{E_ACUTE}…")),
        (E_ACUTE.repeat(3), 2, format!("{E_ACUTE}…")),
    ];
    for (text, max, expected) in cases {
        assert_eq!(truncate(&text, max, "…"), expected, "{text:?} to {max}");
        assert_drawn_whole(&expected, max);
    }
}

#[test]
fn wide_characters_at_odd_widths_leave_a_cell_empty() {
    let kanji = "漢字かな";
    assert_eq!(truncate(kanji, 5, "…"), "漢字…");
    assert_eq!(truncate(kanji, 4, "…"), "漢…");
    assert_eq!(truncate(kanji, 3, "…"), "漢…");
    assert_eq!(truncate(kanji, 2, "…"), "…");
    assert_eq!(truncate(kanji, 1, "…"), "…");
    assert_eq!(truncate(kanji, 3, "..."), "...");
    assert_eq!(truncate(kanji, 2, "..."), "");
    for max in 0..=8 {
        assert_drawn_whole(&truncate(kanji, max, "…"), max);
    }
}

#[test]
fn widths_are_what_ratatui_draws() {
    // unicode-width calls لا a one-cell ligature; ratatui draws its two
    // clusters in a cell each.
    assert_eq!(width("لا"), 2);
    assert_eq!(truncate("لالالا", 3, "…"), "لا…");
    // A control character is never drawn; printable makes it a cell.
    assert_eq!(width("a\u{1b}b\r\n"), 2);
    assert_eq!(width(&printable("a\u{1b}b")), 3);
    assert_eq!(
        truncate(&printable("ab\u{1b}[31mcd"), 4, "…"),
        "ab\u{fffd}…"
    );
    for text in [FAMILY, RAINBOW, SPAIN, THUMB, "ｶﾞ", "لا", "漢", E_ACUTE] {
        assert_drawn_whole(text, width(text));
    }
}

#[test]
fn truncation_from_the_start_keeps_clusters_whole() {
    assert_eq!(
        truncate_start(&format!("ab{THUMB}"), 3, "…"),
        format!("…{THUMB}")
    );
    assert_eq!(truncate_start(&format!("{SPAIN}🇫🇷🇩🇪"), 5, "…"), "…🇫🇷🇩🇪");
    assert_eq!(
        truncate_start(&format!("xx{E_ACUTE}"), 2, "…"),
        format!("…{E_ACUTE}")
    );
    assert_eq!(truncate_start("/tmp/plan.json", 12, "..."), "...plan.json");
    assert_eq!(truncate_start("short", 5, "…"), "short");
}

#[test]
fn wrapping_keeps_grapheme_clusters_whole() {
    assert_eq!(
        wrap(&FAMILY.repeat(3), 4),
        [FAMILY.repeat(2), FAMILY.to_string()]
    );
    assert_eq!(wrap(&format!("{SPAIN}🇫🇷"), 3), [SPAIN, "🇫🇷"]);
    assert_eq!(wrap(&format!("{THUMB}{THUMB}"), 3), [THUMB, THUMB]);
    // A space carrying an accent is one cluster, not a place to break.
    assert_eq!(wrap("ab \u{301}cd", 3), ["ab \u{301}", "cd"]);
}

/// Draws `text` into a ratatui buffer exactly `cells` wide and asserts that
/// every cluster it would draw in a wider one is there.
fn assert_drawn_whole(text: &str, cells: usize) {
    let area = Rect::new(0, 0, u16::try_from(cells).unwrap(), 1);
    let mut buffer = Buffer::empty(area);
    let (end, _) = buffer.set_stringn(0, 0, text, usize::MAX, Style::default());
    let mut drawn = Vec::new();
    let mut x = 0;
    while x < end {
        let symbol = buffer[(x, 0)].symbol();
        drawn.push(symbol.to_string());
        x += symbol.cell_width().max(1);
    }
    let visible: Vec<&str> = text
        .graphemes(true)
        .filter(|cluster| cluster_width(cluster) > 0)
        .collect();
    assert_eq!(drawn, visible, "{text:?} in {cells} cells");
    assert_eq!(usize::from(end), width(text), "{text:?}");
}

/// Pieces that make or break clusters when put side by side: a lone
/// regional indicator pairs with the next, a combining mark or joiner
/// joins what came before, controls are never drawn.
const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    " ",
    "ñ",
    E_ACUTE,
    "\u{301}",
    "漢",
    "字",
    FAMILY,
    RAINBOW,
    "🇪",
    "🇸",
    SPAIN,
    THUMB,
    "👍",
    "🏽",
    "❤\u{fe0f}",
    "1\u{fe0f}\u{20e3}",
    "لا",
    "ل",
    "ا",
    "ｶﾞ",
    "\u{ff9f}",
    "\u{200b}",
    "\u{200d}",
    "\u{fffd}",
    "\u{1b}",
    "\t",
    "\r\n",
    "\u{202e}",
    "…",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..16).prop_map(|p| p.concat())
}

/// Where clusters of `text` start, and its end.
fn boundaries(text: &str) -> Vec<usize> {
    let mut at: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
    at.push(text.len());
    at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn truncation_fits_cuts_between_clusters_and_draws_whole(
        text in pieces(),
        max in 0usize..24,
        ellipsis in prop::sample::select(&["…", "...", ""][..]),
    ) {
        let cut = truncate(&text, max, ellipsis);
        prop_assert!(width(&cut) <= max, "{cut:?} wider than {max}");
        if width(&text) <= max {
            prop_assert_eq!(&cut, &text);
        } else {
            let kept = cut.strip_suffix(ellipsis).unwrap_or(&cut);
            prop_assert!(text.starts_with(kept), "{kept:?} not a start of {text:?}");
            prop_assert!(boundaries(&text).contains(&kept.len()), "{kept:?} splits a cluster");
            // No more is cut than needed: the next cluster would not fit
            // (in what the ellipsis leaves, or in nothing when it does not
            // fit either).
            let room = max.saturating_sub(width(ellipsis));
            let next = text[kept.len()..].graphemes(true).next().unwrap_or_default();
            prop_assert!(width(kept) + width(next) > room, "{cut:?} could keep {next:?}");
        }
        assert_drawn_whole(&cut, max);
    }

    #[test]
    fn truncation_from_the_start_fits_and_cuts_between_clusters(
        text in pieces(),
        max in 0usize..24,
    ) {
        let cut = truncate_start(&text, max, "…");
        prop_assert!(width(&cut) <= max, "{cut:?} wider than {max}");
        let kept = cut.strip_prefix('…').filter(|_| width(&text) > max).unwrap_or(&cut);
        prop_assert!(text.ends_with(kept), "{kept:?} not an end of {text:?}");
        prop_assert!(boundaries(&text).contains(&(text.len() - kept.len())), "{kept:?} splits a cluster");
        assert_drawn_whole(&cut, max);
    }

    #[test]
    fn wrapped_rows_fit_and_keep_clusters_in_order(text in pieces(), max in 1usize..12) {
        // One line: its own line breaks are tested above.
        let text = text.replace('\n', "");
        let line = printable(&text);
        let rows = wrap(&text, max);
        let mut clusters = line.graphemes(true).peekable();
        for (k, row) in rows.iter().enumerate() {
            // A cluster wider than a row gets one of its own (with any
            // zero-width ones before it).
            let visible = row.graphemes(true).filter(|c| width(c) > 0).count();
            prop_assert!(width(row) <= max || visible == 1, "{row:?} wider than {max}");
            assert_drawn_whole(row, width(row).max(max));
            // The rows are the line's clusters in order, but for the space
            // between words where a row breaks.
            if k > 0 && clusters.peek() == Some(&" ") {
                clusters.next();
            }
            for cluster in row.graphemes(true) {
                prop_assert_eq!(clusters.next(), Some(cluster), "{:?} in {:?}", row, rows);
            }
        }
        prop_assert_eq!(clusters.next(), None, "{:?} lost text of {:?}", rows, line);
    }
}

#[test]
fn characters_are_counted_as_people_see_them() {
    assert_eq!(characters(""), 0);
    assert_eq!(characters("pan"), 3);
    assert_eq!(characters("a\r\nb"), 3, "a Windows line break is one");
    // "é" precomposed, and as "e" with a combining acute accent.
    assert_eq!(characters("caf\u{e9}"), 4);
    assert_eq!(characters("cafe\u{301}"), 4);
    assert_eq!(characters("🇪🇸"), 1, "a flag is two code points");
    assert_eq!(characters("👨‍👩‍👧"), 1, "a family joins three emoji");
    assert_eq!(characters("❤️ pan"), 5, "with its variation selector");
}
