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
/// Walks bytes, decoding a character only where a byte is not ASCII: the index tokenizes every
/// passage, a snippet its window on every hit of every query, and most of the text is ASCII.
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || loop {
        // Up to the next word character.
        loop {
            let (word, len) = class(text, at)?;
            if word {
                break;
            }
            at += len;
        }
        let start = at;
        while let Some((true, len)) = class(text, at) {
            at += len;
        }
        if at - start <= MAX_WORD {
            // `start` and `at` are character boundaries: `class` steps whole characters.
            return Some(Token { start, end: at, text: text.get(start..at).unwrap_or_default() });
        }
    })
}

/// Whether the character at byte `at` is a word character, and its length; `None` at the end.
/// One comparison chain per ASCII byte; other characters decoded.
#[inline]
fn class(text: &str, at: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(at)?;
    Some(if b < 0x80 { ((b | 0x20).wrapping_sub(b'a') < 26 || b.wrapping_sub(b'0') < 10, 1) } else { non_ascii(text, at) })
}

/// The byte where the search for word `n` of `text` (0-based) starts: the end of word `n - 1`,
/// 0 for the first, the text's length when it has fewer words; `tokens(&text[at..])` then starts
/// with word `n`. Counts words as [`tokens`] does without making them (no `Token`, no slice): a
/// snippet skips the words before its window on every hit of every query, and that walk was a
/// quarter of a search's time in the browser (issue 21).
pub fn skip_words(text: &str, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let bytes = text.as_bytes();
    // One pass, one branch per ASCII byte: `start` is where the current word began (usize::MAX
    // between words).
    let (mut at, mut start, mut count) = (0, usize::MAX, 0);
    while at < bytes.len() {
        let Some((word, len)) = class(text, at) else { break };
        if word {
            if start == usize::MAX {
                start = at;
            }
        } else if start != usize::MAX {
            count += usize::from(at - start <= MAX_WORD);
            if count == n {
                return at;
            }
            start = usize::MAX;
        }
        at += len;
    }
    if start != usize::MAX && at - start <= MAX_WORD && count + 1 == n {
        return at;
    }
    bytes.len()
}

/// Whether the character at byte `at` (not ASCII) is a word character, and its length.
fn non_ascii(text: &str, at: usize) -> (bool, usize) {
    text.get(at..).and_then(|t| t.chars().next()).map_or((false, 1), |c| (is_word_char(c), c.len_utf8()))
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

    /// Skipping `n` words lands where the tokens' `n`-th word is found, on every `n` of texts with
    /// accents, other scripts, long runs and control characters.
    #[test]
    fn skipping_words_lands_on_the_next_word() {
        let long = format!("a {} b ṡ {} c", "x".repeat(70), "é".repeat(40));
        for text in [
            "Einfach Lëtzebuerg, e-government!",
            "Ørsted — København's «digitale» løsning: 42 %",
            "日本語のテキスト と 中文 text",
            long.as_str(),
            "tab\tnew\nline\r\u{a0}nbsp",
            "  lead and trail  ",
            "",
        ] {
            let all: Vec<_> = tokens(text).collect();
            for n in 0..=all.len() + 1 {
                let at = skip_words(text, n);
                let next = tokens(&text[at..]).next().map(|t| (t.start + at, t.end + at));
                assert_eq!(next, all.get(n).map(|t| (t.start, t.end)), "{n} in {text:?}");
            }
        }
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
