//! Splitting text into words with their byte offsets.

/// A word of a text: its byte range and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Its first byte in the text.
    pub start: usize,
    /// The byte after its last.
    pub end: usize,
    /// The word.
    pub text: &'a str,
}

/// Longest word indexed, in bytes; longer runs (hashes, base64 in URLs) are not words.
pub const MAX_WORD: usize = 64;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text`: runs of letters and digits. Inner apostrophes and hyphens split words
/// (`e-government` gives `e` and `government`), as a reader would search either part.
///
/// Walks bytes, decoding a character only where a byte is not ASCII: a snippet tokenizes its
/// passage up to the window on every hit of every query, and most of the text is ASCII.
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let bytes = text.as_bytes();
    let mut at = 0;
    // The character at byte `i` and its length, when it is a word character.
    let word_char = move |i: usize| -> Option<usize> {
        let b = bytes[i];
        if b.is_ascii() {
            return b.is_ascii_alphanumeric().then_some(1);
        }
        let c = text[i..].chars().next()?;
        is_word_char(c).then(|| c.len_utf8())
    };
    // The length of the (non-word) character at byte `i`.
    let char_len = move |i: usize| -> usize { text[i..].chars().next().map_or(1, char::len_utf8) };
    std::iter::from_fn(move || loop {
        if at >= bytes.len() {
            return None;
        }
        let Some(first) = word_char(at) else {
            at += char_len(at);
            continue;
        };
        let start = at;
        at += first;
        while at < bytes.len() {
            match word_char(at) {
                Some(n) => at += n,
                None => break,
            }
        }
        if at - start <= MAX_WORD {
            return Some(Token { start, end: at, text: &text[start..at] });
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

    /// The byte walk finds the same words as a walk over `char_indices` with
    /// `char::is_alphanumeric`, on ASCII, accents, other scripts, digits, symbols and long runs.
    #[test]
    fn byte_walk_matches_the_char_walk() {
        fn by_chars(text: &str) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
                match (c.is_alphanumeric() && i < text.len(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        if i - s <= MAX_WORD {
                            out.push((s, i));
                        }
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        }
        let long = "x".repeat(70);
        let texts = [
            "Einfach Lëtzebuerg, e-government!",
            "Ørsted — København's «digitale» løsning: 42 %",
            "日本語のテキスト と 中文 text",
            "naïve café ½ ² ٣ Ⅻ",
            long.as_str(),
            "tab\tnew\nline\r\u{a0}nbsp",
            "emoji 👩‍💻 mixed𝔸𝔹 words",
            "",
        ];
        for t in texts {
            let got: Vec<(usize, usize)> = tokens(t).map(|k| (k.start, k.end)).collect();
            assert_eq!(got, by_chars(t), "{t}");
        }
    }
}
