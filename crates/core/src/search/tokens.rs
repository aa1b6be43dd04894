//! Splitting text into words with their byte offsets.

/// A word of a text: its byte range and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// Longest word indexed, in bytes; longer runs (hashes, base64 in URLs) are not words.
pub const MAX_WORD: usize = 64;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text`: runs of letters and digits. Inner apostrophes and hyphens split words
/// (`e-government` gives `e` and `government`), as a reader would search either part.
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let mut it = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = it.next()?;
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = it.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            it.next();
        }
        if end - start <= MAX_WORD {
            return Some(Token { start, end, text: &text[start..end] });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_offsets() {
        let t: Vec<_> = tokens("Einfach Lëtzebuerg, e-government!").map(|t| (t.start, t.text)).collect();
        assert_eq!(t, vec![(0, "Einfach"), (8, "Lëtzebuerg"), (21, "e"), (23, "government")]);
        assert_eq!(tokens("").count(), 0);
        assert_eq!(tokens("!!! ... ???").count(), 0);
    }
}
