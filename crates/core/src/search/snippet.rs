//! Snippets: about 30 words around the best match, with the matches as ranges (never markup, so
//! no caller can be made to render HTML from the documents).
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

/// Builds the snippet of `text` from the positions of its matched words, as the index found them:
/// `matched[i]` is the query word (or phrase word) that token `i` matched, if any.
pub fn build(text: &str, matched: &[(u32, usize)]) -> Snippet {
    let toks: Vec<_> = tokens(text).collect();
    if toks.is_empty() {
        return Snippet::default();
    }
    let n = toks.len();
    let mut hit: Vec<Option<usize>> = vec![None; n];
    for &(pos, word) in matched {
        if let Some(h) = hit.get_mut(pos as usize) {
            *h = Some(word);
        }
    }
    // The window of SNIPPET_WORDS words with the most distinct query words, then most matches.
    let w = SNIPPET_WORDS.min(n);
    let mut best = (0usize, 0usize, 0usize);
    // The best window starts at a match (or at the text's start when nothing matched).
    let starts: Vec<usize> = (0..n).filter(|&i| hit[i].is_some()).map(|i| i.min(n - w)).collect();
    for start in starts {
        let window = &hit[start..start + w];
        let distinct = window.iter().flatten().collect::<BTreeSet<_>>().len();
        let total = window.iter().flatten().count();
        if (distinct, total) > (best.0, best.1) {
            best = (distinct, total, start);
        }
    }
    // Start up to five words before the first match, so that it reads in context.
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
