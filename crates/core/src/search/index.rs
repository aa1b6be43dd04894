//! The inverted index over the corpus's passages: for each term, the passages and fields it
//! occurs in with its positions (for phrases), and the field lengths BM25 needs.
//!
//! Terms are namespaced in one sorted vocabulary: `word` (folded surface form), `~da:stem` (folded
//! stem in the word's language: the passage's, or a quoted clause's) and `=wörd` (lowercase with
//! accents, only where folding changed it, to rank exact-accent matches higher).
use super::fold::{fold, lower};
use super::lang::{detect, stem, token_langs, Lang};
use super::tokens::tokens;
use crate::format::excerpt;
use crate::model::Passage;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Heading path and body are scored separately; the heading weighs more.
pub const N_FIELDS: usize = 2;
pub const HEADING: usize = 0;
pub const BODY: usize = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Posting {
    pub doc: u32,
    pub field: u8,
    /// The field's length in tokens. Kept with each posting (not in a table of all documents) so
    /// that a shard of the index scores on its own: a search in the split layout never loads
    /// anything per document of the whole corpus.
    pub len: u32,
    /// Token positions within the field.
    pub positions: Vec<u32>,
}

/// A range of the sorted vocabulary a query reads: one term, or every term with a prefix. The
/// split layout loads exactly the shards these ranges touch.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TermRange {
    Term(String),
    Prefix(String),
}

impl TermRange {
    /// Whether the range holds a term that sorts at or after `lo` and before `hi` (None: the
    /// end of the vocabulary).
    pub fn overlaps(&self, lo: &str, hi: Option<&str>) -> bool {
        let (start, prefix) = match self {
            TermRange::Term(t) => (t.as_str(), false),
            TermRange::Prefix(p) => (p.as_str(), true),
        };
        // The range ends at `start` itself (a term) or at the last string with the prefix.
        let ends_after_lo = start >= lo || (prefix && lo.starts_with(start));
        let starts_before_hi = hi.is_none_or(|hi| start < hi);
        ends_after_lo && starts_before_hi
    }
}

/// How many leading letters a typo-tolerant match must share with the query word (as
/// Elasticsearch's `prefix_length`): a typo there is not corrected. It keeps the candidates of a
/// word to one stretch of the sorted vocabulary, so the split layout loads one or two shards.
pub const FUZZY_PREFIX: usize = 2;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
/// The inverted index over the passages: each term's postings.
pub struct Index {
    /// Passages indexed (for IDF).
    pub n_docs: u32,
    /// Sorted vocabulary; `postings[i]` belongs to `terms[i]`.
    pub terms: Vec<String>,
    /// Each term's postings, in term order.
    pub postings: Vec<Vec<Posting>>,
    /// Per term, how many passages contain it (for IDF).
    pub df: Vec<u32>,
    /// The average length of each field, for ranking.
    pub avg_len: [f32; N_FIELDS],
}

pub fn stem_term(lang: Lang, word: &str) -> String {
    format!("~{}:{}", lang.code(), stem(lang, word))
}

pub fn exact_term(s: &str) -> String {
    format!("={s}")
}

/// The heading path as one searchable string, led by the country's name, so that "Denmark
/// freedom of information" finds Denmark's answer.
pub fn heading_text(p: &Passage) -> String {
    let country = crate::countries::name_of(&p.country).unwrap_or(&p.country);
    format!("{country} > {}", p.section.join(" > "))
}

impl Index {
    /// Indexes passages: their heading paths and text, folded and stemmed by language.
    pub fn build(passages: &[Passage]) -> Index {
        // Terms are interned as numbers while indexing, and each distinct word is folded and
        // stemmed once, not at every occurrence.
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut lists: Vec<Vec<Posting>> = Vec::new();
        let mut intern = |term: String, lists: &mut Vec<Vec<Posting>>| -> u32 {
            let next = ids.len() as u32;
            let id = *ids.entry(term).or_insert(next);
            if id as usize == lists.len() {
                lists.push(Vec::new());
            }
            id
        };
        let mut forms: HashMap<(Lang, &str), [Option<u32>; 3]> = HashMap::new();
        let headings: Vec<String> = passages.iter().map(heading_text).collect();
        // Total tokens per field, for the average field length.
        let mut lens = [0u64; N_FIELDS];
        for (d, p) in passages.iter().enumerate() {
            let default = Lang::from_code(&p.language).unwrap_or(Lang::En);
            let lang = detect(&p.text, default);
            for (field, text) in [(HEADING, headings[d].as_str()), (BODY, p.text.as_str())] {
                let mut len = 0u32;
                let mut local: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
                let langs = token_langs(text, lang);
                for ((pos, t), word_lang) in tokens(text).enumerate().zip(langs) {
                    let terms = *forms.entry((word_lang, t.text)).or_insert_with(|| {
                        let folded = fold(t.text);
                        let lowered = lower(t.text);
                        let exact = (lowered != folded).then(|| intern(exact_term(&lowered), &mut lists));
                        [Some(intern(folded, &mut lists)), exact, Some(intern(stem_term(word_lang, t.text), &mut lists))]
                    });
                    for id in terms.into_iter().flatten() {
                        local.entry(id).or_default().push(pos as u32);
                    }
                    len = pos as u32 + 1;
                }
                lens[field] += u64::from(len);
                for (id, positions) in local {
                    lists[id as usize].push(Posting { doc: d as u32, field: field as u8, len, positions });
                }
            }
        }
        let n = passages.len().max(1) as f32;
        let avg_len = lens.map(|total| (total as f32 / n).max(1.0));
        // The vocabulary sorted, for binary search and prefix ranges.
        let mut named: Vec<(String, u32)> = ids.into_iter().collect();
        named.sort_unstable();
        let mut lists: Vec<Option<Vec<Posting>>> = lists.into_iter().map(Some).collect();
        let (terms, postings): (Vec<String>, Vec<Vec<Posting>>) = named.into_iter().map(|(t, id)| (t, lists[id as usize].take().unwrap_or_default())).unzip();
        // Postings are in document order, so distinct documents are counted by changes.
        let df = postings.iter().map(|ps| ps.windows(2).filter(|w| w[0].doc != w[1].doc).count() as u32 + u32::from(!ps.is_empty())).collect();
        Index { n_docs: passages.len() as u32, terms, postings, df, avg_len }
    }

    /// A term's number in the vocabulary.
    pub fn find(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// Plain (surface) terms starting with `prefix`, most frequent first, at most `max`.
    pub fn with_prefix(&self, prefix: &str, max: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.prefixed(prefix).collect();
        out.sort_by_key(|&i| std::cmp::Reverse(self.postings[i].len()));
        out.truncate(max);
        out
    }

    /// Plain terms one edit (insertion, deletion, substitution or transposition) from `word` that
    /// share its first `FUZZY_PREFIX` letters.
    pub fn within_one_edit(&self, word: &str) -> Vec<usize> {
        let w: Vec<char> = word.chars().collect();
        let ascii = word.is_ascii();
        self.prefixed(fuzzy_stem(word))
            .filter(|&i| {
                let t = &self.terms[i];
                if t == word {
                    return false;
                }
                // Most folded terms are ASCII: compare bytes, without collecting characters.
                if ascii && t.is_ascii() {
                    return one_edit_in(word.as_bytes(), t.as_bytes());
                }
                // One edit changes the length by one character, at most four bytes.
                t.len().abs_diff(word.len()) <= 4 && one_edit(&w, t)
            })
            .collect()
    }

    /// Documents containing any form of a folded word (surface or stem), for exclusions.
    pub fn docs_with(&self, terms: &[String]) -> Vec<u32> {
        let mut out: Vec<u32> = terms.iter().filter_map(|t| self.find(t)).flat_map(|i| self.postings[i].iter().map(|p| p.doc)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The terms starting with `prefix`: one stretch of the sorted vocabulary.
    fn prefixed<'s>(&'s self, prefix: &'s str) -> impl Iterator<Item = usize> + 's {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        (start..self.terms.len()).take_while(move |&i| self.terms[i].starts_with(prefix))
    }

    /// The index restricted to some of its terms (`terms` ascending, so the vocabulary stays
    /// sorted): a shard of the split layout.
    pub fn subset(&self, terms: &[usize]) -> Index {
        Index {
            n_docs: self.n_docs,
            terms: terms.iter().map(|&i| self.terms[i].clone()).collect(),
            postings: terms.iter().map(|&i| self.postings[i].clone()).collect(),
            df: terms.iter().map(|&i| self.df[i]).collect(),
            avg_len: self.avg_len,
        }
    }

    /// Adds the terms of `other` (a shard: a stretch of the vocabulary no term of which is here
    /// yet), keeping the vocabulary sorted.
    pub fn absorb(&mut self, other: Index) {
        let mut merged: Vec<(String, Vec<Posting>, u32)> = Vec::with_capacity(self.terms.len() + other.terms.len());
        let mine = std::mem::take(&mut self.terms).into_iter().zip(std::mem::take(&mut self.postings)).zip(std::mem::take(&mut self.df));
        let theirs = other.terms.into_iter().zip(other.postings).zip(other.df);
        merged.extend(mine.chain(theirs).map(|((t, p), df)| (t, p, df)));
        merged.sort_by(|a, b| a.0.cmp(&b.0));
        merged.dedup_by(|a, b| a.0 == b.0);
        for (t, p, df) in merged {
            self.terms.push(t);
            self.postings.push(p);
            self.df.push(df);
        }
    }

    /// What a decoded index (a split folder's shard) must hold to be searched: one postings list
    /// and one document count per term, the vocabulary strictly ascending, every posting in a
    /// field that exists, of a document below the passage count, in document order, with its
    /// positions ascending within the field's length, and finite field averages. A shard that
    /// passes cannot make a search index out of bounds (issue 20, finding 1); the first problem,
    /// naming the term.
    pub fn validate(&self) -> Result<(), String> {
        if self.postings.len() != self.terms.len() || self.df.len() != self.terms.len() {
            return Err(format!("the index has {} terms but {} postings lists and {} document counts", self.terms.len(), self.postings.len(), self.df.len()));
        }
        if let Some(w) = self.terms.windows(2).find(|w| w[0] >= w[1]) {
            return Err(format!("the index's terms are not in order: '{}' before '{}'", excerpt(&w[0], 40), excerpt(&w[1], 40)));
        }
        if !self.avg_len.iter().all(|a| a.is_finite() && *a >= 0.0) {
            return Err("the index's average field lengths are not finite numbers".into());
        }
        for (t, ps) in self.terms.iter().zip(&self.postings) {
            let bad = |what: String| Err(format!("the index's term '{}': {what}", excerpt(t, 40)));
            for (k, p) in ps.iter().enumerate() {
                if usize::from(p.field) >= N_FIELDS {
                    return bad(format!("a posting in field {}; there are {N_FIELDS}", p.field));
                }
                if p.doc >= self.n_docs {
                    return bad(format!("a posting of passage {}; the corpus has {}", p.doc, self.n_docs));
                }
                if k > 0 && ps[k - 1].doc > p.doc {
                    return bad("postings out of passage order".into());
                }
                if p.positions.windows(2).any(|w| w[0] >= w[1]) || p.positions.last().is_some_and(|&last| last >= p.len) {
                    return bad(format!("positions of passage {} out of order or beyond the field's {} words", p.doc, p.len));
                }
            }
        }
        if let Some((t, _)) = self.terms.iter().zip(&self.df).find(|(_, &df)| df > self.n_docs) {
            return Err(format!("the index's term '{}': in more passages than the corpus has", excerpt(t, 40)));
        }
        Ok(())
    }

    /// Approximate heap size, for the benchmark's report.
    pub fn heap_bytes(&self) -> usize {
        let terms: usize = self.terms.iter().map(|t| t.len() + 24).sum();
        let postings: usize = self.postings.iter().flatten().map(|p| 36 + 4 * p.positions.len()).sum::<usize>() + 24 * self.postings.len();
        terms + postings
    }
}

/// The first [`FUZZY_PREFIX`] letters of a folded word: its typo candidates start with them.
pub fn fuzzy_stem(word: &str) -> &str {
    let end = word.char_indices().nth(FUZZY_PREFIX).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// Whether `t` is exactly one edit away from `w` (Damerau: a swap of neighbours counts one).
fn one_edit(w: &[char], t: &str) -> bool {
    let t: Vec<char> = t.chars().collect();
    one_edit_in(w, &t)
}

fn one_edit_in<T: PartialEq>(w: &[T], t: &[T]) -> bool {
    let (n, m) = (w.len(), t.len());
    if n.abs_diff(m) > 1 {
        return false;
    }
    let prefix = w.iter().zip(t.iter()).take_while(|(a, b)| a == b).count();
    if n == m {
        if prefix == n {
            return false;
        }
        let rest_equal = |k: usize| w[k..] == t[k..];
        // Substitution at `prefix`, or transposition of prefix and prefix + 1.
        rest_equal(prefix + 1) || (prefix + 1 < n && w[prefix] == t[prefix + 1] && w[prefix + 1] == t[prefix] && rest_equal(prefix + 2))
    } else if n > m {
        w[prefix + 1..] == t[prefix..]
    } else {
        w[prefix..] == t[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit;

    #[test]
    fn edits() {
        assert!(super::one_edit_in(b"cybersecurty", b"cybersecurity"));
        assert!(!super::one_edit_in(b"cybersecurty", b"cybersecurities"));
        let w: Vec<char> = "transparency".chars().collect();
        assert!(one_edit(&w, "transparancy"));
        assert!(one_edit(&w, "transparenc"));
        assert!(one_edit(&w, "tarnsparency"));
        assert!(one_edit(&w, "transparencyy"));
        assert!(!one_edit(&w, "transparency"));
        assert!(!one_edit(&w, "trasnparancy"));
    }
}
