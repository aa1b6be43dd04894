//! Snippets: about 30 words around the best match, with the matches as ranges (never markup, so
//! no caller can be made to render HTML from the documents).
use super::tokens::{skip_words, tokens, Token};
use serde::{Deserialize, Serialize};

/// How many words a snippet shows at most.
pub const SNIPPET_WORDS: usize = 30;

/// A byte range `[start, end)` within the snippet text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
/// A passage's text around its matches.
pub struct Snippet {
    /// The passage's text around the match, ASCII control characters (line breaks) as spaces.
    pub text: String,
    /// Matches, as byte offsets into `text` (for Rust callers).
    pub ranges: Vec<Range>,
    /// The same matches as UTF-16 offsets (for JavaScript's `String.slice`).
    pub ranges_utf16: Vec<Range>,
    /// Whether the passage's text goes on before / after the snippet.
    pub cut_start: bool,
    /// Whether the passage's text goes on after the snippet.
    pub cut_end: bool,
}

impl Snippet {
    /// The snippet's text in runs, each marked as a match or not, in order: what a view marks
    /// (`<mark>` in the embed, `[brackets]` in the terminal). A range that does not fall on the
    /// text's character boundaries, or overlaps the one before, is left unmarked.
    ///
    /// ```
    /// use govlens_core::search::snippet::{Range, Snippet};
    /// let s = Snippet { text: "the eID card".into(), ranges: vec![Range { start: 4, end: 7 }], ..Snippet::default() };
    /// assert_eq!(s.segments(), vec![("the ", false), ("eID", true), (" card", false)]);
    /// ```
    pub fn segments(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for r in &self.ranges {
            let (Some(before), Some(hit)) = (self.text.get(at..r.start), self.text.get(r.start..r.end)) else { continue };
            out.push((before, false));
            out.push((hit, true));
            at = r.end;
        }
        out.push((self.text.get(at..).unwrap_or_default(), false));
        out
    }
}

/// Builds the snippet of `text` from the positions of its matched words, as the index found them:
/// `matched` pairs a token position with the query word (or phrase word) it matched, and
/// `n_tokens` is the number of words in `text` (the index's field length; read only when
/// something matched). The window is chosen from the positions alone, and only the words up to
/// its end are tokenized: tokenizing every hit's whole passage was most of a query's time.
pub fn build(text: &str, matched: &[(u32, usize)], n_tokens: usize) -> Snippet {
    // (position, word) in position order, one per position, the last pair for a position
    // winning (as the index lists them). A sorted list and counters, not maps and sets: this
    // runs for every hit of every query, and was most of a search's time (issue 21).
    let mut hit: Vec<(usize, usize)> = matched.iter().filter(|&&(pos, _)| (pos as usize) < n_tokens).map(|&(pos, word)| (pos as usize, word)).collect();
    hit.reverse();
    hit.sort_by_key(|&(pos, _)| pos);
    hit.dedup_by_key(|&mut (pos, _)| pos);
    let (start, end_tok) = if hit.is_empty() {
        (0, SNIPPET_WORDS)
    } else {
        let n = n_tokens;
        let w = SNIPPET_WORDS.min(n);
        // The window of SNIPPET_WORDS words with the most distinct query words, then most
        // matches; it starts at a match, the earliest of equals. The windows' starts only grow,
        // so one pass slides both ends.
        let mut per_word = vec![0u32; hit.iter().map(|&(_, word)| word + 1).max().unwrap_or(0)];
        let (mut lo, mut hi, mut distinct) = (0usize, 0usize, 0usize);
        let mut best = (0usize, 0usize, 0usize);
        for k in 0..hit.len() {
            let s = hit[k].0.min(n - w);
            while hi < hit.len() && hit[hi].0 < s + w {
                let c = &mut per_word[hit[hi].1];
                distinct += usize::from(*c == 0);
                *c += 1;
                hi += 1;
            }
            while lo < hi && hit[lo].0 < s {
                let c = &mut per_word[hit[lo].1];
                *c -= 1;
                distinct -= usize::from(*c == 0);
                lo += 1;
            }
            if (distinct, hi - lo) > (best.0, best.1) {
                best = (distinct, hi - lo, s);
            }
        }
        // Start up to five words before the first match, so that it reads in context.
        let first_match = hit.iter().map(|&(p, _)| p).find(|&p| p >= best.2 && p < best.2 + w).unwrap_or(best.2);
        let start = first_match.saturating_sub(5).min(n - w);
        (start, (start + w).min(n))
    };
    // The words before the window are counted, not made; the window's are tokens.
    let skipped = skip_words(text, start);
    // `skip_words` lands on a character boundary; `get` keeps a mistake there from panicking.
    let toks: Vec<_> =
        tokens(text.get(skipped..).unwrap_or_default()).take(end_tok - start).map(|t| Token { start: t.start + skipped, end: t.end + skipped, ..t }).collect();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return Snippet::default();
    };
    if !hit.is_empty() && toks.len() < end_tok - start {
        // Fewer words than the index counted: the text is not the one indexed. Count them.
        return build(text, matched, tokens(text).count());
    }
    let (from, to) = (first.start, last.end);
    // Copied whole, control characters (ASCII, one byte each) replaced: not char by char.
    let snippet_text = text[from..to].replace(|c: char| c.is_ascii_control(), " ");
    let mut ranges = Vec::new();
    let mut ranges_utf16 = Vec::new();
    // UTF-16 offsets counted on from the previous range's end, not from the start each time.
    let (mut byte_at, mut unit_at) = (0usize, 0usize);
    let mut units = |b: usize| {
        unit_at += snippet_text[byte_at..b].encode_utf16().count();
        byte_at = b;
        unit_at
    };
    for &(i, _) in hit.iter().filter(|&&(p, _)| p >= start && p < end_tok) {
        let t = &toks[i - start];
        let (s, e) = (t.start - from, t.end - from);
        ranges.push(Range { start: s, end: e });
        let (us, ue) = (units(s), units(e));
        ranges_utf16.push(Range { start: us, end: ue });
    }
    Snippet { text: snippet_text, ranges, ranges_utf16, cut_start: from > 0, cut_end: to < text.len() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The earlier snippet builder, which tokenized the whole text: the reference the windowed
    /// one must match.
    fn build_whole(text: &str, matched: &[(u32, usize)]) -> Snippet {
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

    /// Every window the index can ask for, on texts with accents, long words, control
    /// characters and a text shorter than the window: the same snippet as the reference.
    #[test]
    fn windowed_snippets_are_the_whole_texts_snippets() {
        let long: String = (0..400).map(|i| format!("wörd{i} ")).collect();
        let texts = [
            long.as_str(),
            "Einfach Lëtzebuerg, e-government!\nThe portal guichet.lu serves citizens; MyGuichet too.",
            "short text",
            "",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ii jj kk ll mm",
        ];
        for text in texts {
            let n = tokens(text).count();
            let mut cases: Vec<Vec<(u32, usize)>> = vec![vec![]];
            for step in [1usize, 3, 7, 29, 31, 97] {
                cases.push((0..n).step_by(step).map(|p| (p as u32, p % 3)).collect());
                cases.push((0..n).rev().step_by(step).map(|p| (p as u32, p % 2)).collect());
            }
            for p in [0, 1, n / 2, n.saturating_sub(1), n.saturating_sub(3)] {
                cases.push(vec![(p as u32, 0), (p as u32 + 2, 1), (p as u32, 1)]);
            }
            cases.push(vec![(n as u32 + 5, 0)]);
            for matched in cases {
                assert_eq!(build(text, &matched, n), build_whole(text, &matched), "{matched:?} in {:.40}", text);
            }
        }
        // A stale word count (more than the text has) is recounted.
        assert_eq!(build("one two three", &[(1, 0)], 50), build_whole("one two three", &[(1, 0)]));
    }
}
