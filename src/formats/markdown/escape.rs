//! The plan's texts as literal text wherever the report is rendered.
//!
//! One rule for every text from the plan: each ASCII character that
//! CommonMark, GitHub's tables and the common extensions read as markup is
//! escaped wherever it stands, so no text can open emphasis, a link, a
//! heading, a list, a table column or an HTML tag. Escaping only where a
//! character would act (line starts, before `(`) would read better in the
//! source, but it depends on what surrounds the text; the report is meant to
//! be rendered, and a rule with no context cannot be wrong in a new place.

/// One line of the plan's text, escaped. `<`, `>` and `&` become the
/// entities an HTML reader takes as those characters, since a renderer may
/// pass HTML through; the other characters get a backslash, which CommonMark
/// takes as "this character, literally" for any ASCII punctuation (and which
/// GitHub's tables take for `|` before splitting a row into cells).
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in crate::text::printable(line).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '+' | '-' | '.' | '!' | '|' | '{' | '}'
            | '(' | ')' | '~' | '=' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A one-line text (a name, a title, a table cell): a line break in it
/// would end the row or the paragraph, so lines are joined by spaces.
pub fn text(text: &str) -> String {
    escape_line(&text.lines().map(str::trim).collect::<Vec<_>>().join(" "))
}

/// A text that may run over several lines, kept as written: lines end in a
/// hard break (a backslash, which editors keep, unlike two trailing spaces)
/// and a blank line starts a new paragraph. Lines after the first start with
/// `indent`, so that a text inside a list item stays in it. Leading spaces
/// are dropped: four of them at a paragraph's start would make it code.
pub fn lines(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut in_paragraph = false;
    for line in text.trim().lines().map(str::trim) {
        if line.is_empty() {
            if in_paragraph {
                out.push_str("\n\n");
            }
            in_paragraph = false;
            continue;
        }
        if in_paragraph {
            out.push_str("\\\n");
        }
        if !out.is_empty() {
            out.push_str(indent);
        }
        out.push_str(&escape_line(line));
        in_paragraph = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_html_are_escaped() {
        assert_eq!(text("A *b* <b>"), "A \\*b\\* &lt;b&gt;");
        assert_eq!(text("[x](y) | z & w"), "\\[x\\]\\(y\\) \\| z &amp; w");
    }

    #[test]
    fn a_one_line_text_joins_its_lines() {
        assert_eq!(text("one\ntwo\r\n three"), "one two three");
    }

    #[test]
    fn lines_keep_breaks_and_paragraphs_under_an_indent() {
        assert_eq!(
            lines("\nfirst\n  second\n\n\nthird\n", "  "),
            "first\\\n  second\n\n  third"
        );
    }
}
