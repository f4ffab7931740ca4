//! The report's blocks: tables (GitHub's kind: a header, a separator and a
//! row per item) and list items.

use std::fmt::Write as _;

/// A table with a row for each of `items`; nothing when there are none.
pub fn table_of<I>(
    out: &mut String,
    header: &[&str],
    items: &[I],
    row: impl Fn(&I) -> Vec<String>,
) {
    if !items.is_empty() {
        let rows: Vec<Vec<String>> = items.iter().map(row).collect();
        table(out, header, &rows);
    }
}

/// The cells must be escaped already ([`super::escape::text`]): a row is
/// one line and its cells are split at every unescaped `|`.
pub fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(
        out,
        "|{}|",
        header.iter().map(|_| "---").collect::<Vec<_>>().join("|")
    );
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

/// A list item: `head` (escaped already), then `notes` from the plan on the
/// lines below it, inside the item, as written.
pub fn item(out: &mut String, head: &str, notes: &str) {
    let _ = write!(out, "- {head}");
    let notes = super::escape::lines(notes, "  ");
    if !notes.is_empty() {
        let _ = write!(out, "\\\n  {notes}");
    }
    out.push('\n');
}

/// A list item: a label in bold, then a text from the plan as written.
pub fn labelled(out: &mut String, label: &str, text: &str) {
    fact(out, label, &super::escape::lines(text, "  "));
}

/// A list item: a label in bold, then `value`, escaped already (or made of
/// the report's own texts and numbers).
pub fn fact(out: &mut String, label: &str, value: &str) {
    let _ = writeln!(out, "- **{label}:** {value}");
}
