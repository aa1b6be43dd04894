//! What the `govlens` command prints: stats, a country's card, exports, search hits, comparisons.
pub mod card;
pub mod compare;
pub mod datasets;
pub mod export;
pub mod rank;
pub mod search;
pub mod stats;

/// Text as a terminal may safely show it (issue 20, findings 12 and 14): control characters
/// other than line breaks and tabs (NUL, ESC sequences that set the title or clear the screen,
/// DEL, C1) and the bidirectional controls (an unterminated right-to-left override reversed the
/// text after a document's value) are written as `\u{…}` escapes. Everything the command prints
/// as text passes through here; CSV and JSON keep their data as it is.
pub fn terminal(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n' && c != '\t') || govlens_core::format::is_bidi_control(c) || matches!(c, '\u{200e}' | '\u{200f}');
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(|c| if unsafe_char(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect())
}

/// An error line as the command prints it: escaped as [`terminal`], and at most 600 characters
/// (an error quoting a 100,000-character line was 100 KB).
pub fn error_line(s: &str) -> String {
    let safe = terminal(s);
    let cut: String = safe.chars().take(600).collect();
    if cut.len() < safe.len() {
        format!("{cut}… ({} characters in all)", safe.chars().count())
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(
            super::terminal("Luxembourg\u{1b}]0;pwned\u{7}\u{0} (\u{202e}released May 2019)\n"),
            "Luxembourg\\u{1b}]0;pwned\\u{7}\\u{0} (\\u{202e}released May 2019)\n"
        );
        assert_eq!(super::terminal("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(super::error_line(&"x".repeat(100_000)).chars().count(), 600 + "… (100000 characters in all)".chars().count());
    }
}
