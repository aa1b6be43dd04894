//! Snippets: about 30 words around the best match, with the matches as ranges (never markup, so
//! no caller can be made to render HTML from the documents).
use super::fold::fold;
use super::lang::{stem, token_langs, Lang};
use super::tokens::tokens;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const SNIPPET_WORDS: usize = 30;

/// A byte range `[start, end)` within the snippet text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Snippet {
    /// The passage's text around the match, ASCII control characters (line breaks) as spaces.
    pub text: String,
    /// Matches, as byte offsets into `text` (for Rust callers).
    pub ranges: Vec<Range>,
    /// The same matches as UTF-16 offsets (for JavaScript's `String.slice`).
    pub ranges_utf16: Vec<Range>,
    /// Whether the passage's text goes on before / after the snippet.
    pub cut_start: bool,
    pub cut_end: bool,
}

/// Recognises the words of a passage that match the query, by the same rules as the index.
pub struct Matcher {
    /// Index terms the query words expanded to (prefix and typo matches among them).
    surface: BTreeSet<String>,
    /// Per query word: its folded form and its stem in each language.
    words: Vec<(String, [String; 4])>,
}

impl Matcher {
    pub fn new(query_words: &[&str], expanded_terms: &[String]) -> Matcher {
        let surface = expanded_terms.iter().filter(|t| !t.starts_with('=') && !t.starts_with('~')).cloned().collect();
        let words = query_words.iter().map(|w| (fold(w), Lang::ALL.map(|l| stem(l, w)))).collect();
        Matcher { surface, words }
    }

    /// Which query word (index) a token matches, if any (`usize::MAX`: a prefix or typo match).
    fn matches(&self, token: &str, lang: Lang) -> Option<usize> {
        let f = fold(token);
        let li = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        let s = stem(lang, token);
        self.words.iter().position(|(w, stems)| *w == f || stems[li] == s).or_else(|| self.surface.contains(&f).then_some(usize::MAX))
    }

    pub fn snippet(&self, text: &str, lang: Lang) -> Snippet {
        let toks: Vec<_> = tokens(text).collect();
        if toks.is_empty() {
            return Snippet::default();
        }
        let langs = token_langs(text, lang);
        let hit: Vec<Option<usize>> = toks.iter().zip(langs).map(|(t, l)| self.matches(t.text, l)).collect();
        // The window of SNIPPET_WORDS words with the most distinct query words, then most matches.
        let n = toks.len();
        let w = SNIPPET_WORDS.min(n);
        let mut best = (0usize, 0usize, 0usize);
        for start in 0..=(n - w) {
            let window = &hit[start..start + w];
            let distinct = window.iter().flatten().collect::<BTreeSet<_>>().len();
            let total = window.iter().flatten().count();
            if (distinct, total) > (best.0, best.1) {
                best = (distinct, total, start);
            }
        }
        // Start a few words before the first match, so it reads in context.
        let first_match = (best.2..best.2 + w).find(|&i| hit[i].is_some()).unwrap_or(best.2);
        let start = first_match.saturating_sub(5).min(n - w);
        let end_tok = (start + w).min(n);
        let (from, to) = (toks[start].start, toks[end_tok - 1].end);
        let snippet_text: String = text[from..to].chars().map(|c| if c.is_ascii_control() { ' ' } else { c }).collect();
        let mut ranges = Vec::new();
        let mut ranges_utf16 = Vec::new();
        for i in start..end_tok {
            if hit[i].is_some() {
                let (s, e) = (toks[i].start - from, toks[i].end - from);
                ranges.push(Range { start: s, end: e });
                let u = |b: usize| snippet_text[..b].encode_utf16().count();
                ranges_utf16.push(Range { start: u(s), end: u(e) });
            }
        }
        Snippet { text: snippet_text, ranges, ranges_utf16, cut_start: from > 0, cut_end: to < text.len() }
    }
}
