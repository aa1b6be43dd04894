//! The inverted index over the corpus's passages: for each term, the passages and fields it
//! occurs in with its positions (for phrases), and the field lengths BM25 needs.
//!
//! Terms are namespaced in one sorted vocabulary: `word` (folded surface form), `~da:stem` (folded
//! stem in the word's language: the passage's, or a quoted clause's) and `=wörd` (lowercase with
//! accents, only where folding changed it, to rank exact-accent matches higher).
use super::fold::{fold, lower};
use super::lang::{detect, stem, token_langs, Lang};
use super::tokens::tokens;
use crate::model::Passage;
use std::collections::BTreeMap;

/// Heading path and body are scored separately; the heading weighs more.
pub const FIELDS: usize = 2;
pub const HEADING: usize = 0;
pub const BODY: usize = 1;

#[derive(Debug, Clone, PartialEq)]
pub struct Posting {
    pub doc: u32,
    pub field: u8,
    /// Token positions within the field.
    pub positions: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocInfo {
    pub lens: [u32; FIELDS],
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    pub docs: Vec<DocInfo>,
    /// Sorted vocabulary; `postings[i]` belongs to `terms[i]`.
    pub terms: Vec<String>,
    pub postings: Vec<Vec<Posting>>,
    pub avg_len: [f32; FIELDS],
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
    pub fn build(passages: &[Passage]) -> Index {
        let mut map: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
        let mut docs = Vec::with_capacity(passages.len());
        for (d, p) in passages.iter().enumerate() {
            let default = Lang::from_code(&p.language).unwrap_or(Lang::En);
            let lang = detect(&p.text, default);
            let mut lens = [0u32; FIELDS];
            for (field, text) in [(HEADING, heading_text(p)), (BODY, p.text.clone())] {
                let mut local: BTreeMap<String, Vec<u32>> = BTreeMap::new();
                let langs = token_langs(&text, lang);
                for ((pos, t), word_lang) in tokens(&text).enumerate().zip(langs) {
                    let folded = fold(t.text);
                    let lowered = lower(t.text);
                    local.entry(stem_term(word_lang, t.text)).or_default().push(pos as u32);
                    if lowered != folded {
                        local.entry(exact_term(&lowered)).or_default().push(pos as u32);
                    }
                    local.entry(folded).or_default().push(pos as u32);
                    lens[field] = pos as u32 + 1;
                }
                for (term, positions) in local {
                    map.entry(term).or_default().push(Posting { doc: d as u32, field: field as u8, positions });
                }
            }
            docs.push(DocInfo { lens, lang });
        }
        let n = docs.len().max(1) as f32;
        let mut avg_len = [0f32; FIELDS];
        for (f, avg) in avg_len.iter_mut().enumerate() {
            *avg = (docs.iter().map(|d| d.lens[f] as f32).sum::<f32>() / n).max(1.0);
        }
        let (terms, postings) = map.into_iter().unzip();
        Index { docs, terms, postings, avg_len }
    }

    pub fn find(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// Plain (surface) terms starting with `prefix`, most frequent first, at most `max`.
    pub fn with_prefix(&self, prefix: &str, max: usize) -> Vec<usize> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        let mut out: Vec<usize> = (start..self.terms.len()).take_while(|&i| self.terms[i].starts_with(prefix)).collect();
        out.sort_by_key(|&i| std::cmp::Reverse(self.postings[i].len()));
        out.truncate(max);
        out
    }

    /// Plain terms one edit (insertion, deletion, substitution or transposition) from `word`.
    pub fn within_one_edit(&self, word: &str) -> Vec<usize> {
        let w: Vec<char> = word.chars().collect();
        (0..self.terms.len())
            .filter(|&i| {
                let t = &self.terms[i];
                !t.starts_with('~') && !t.starts_with('=') && t != word && one_edit(&w, t)
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

    /// Approximate heap size, for the benchmark's report.
    pub fn heap_bytes(&self) -> usize {
        let terms: usize = self.terms.iter().map(|t| t.len() + 24).sum();
        let postings: usize = self.postings.iter().flatten().map(|p| 32 + 4 * p.positions.len()).sum::<usize>() + 24 * self.postings.len();
        terms + postings + self.docs.len() * 16
    }
}

/// Whether `t` is exactly one edit away from `w` (Damerau: a swap of neighbours counts one).
fn one_edit(w: &[char], t: &str) -> bool {
    let t: Vec<char> = t.chars().collect();
    let (n, m) = (w.len(), t.len());
    if n.abs_diff(m) > 1 {
        return false;
    }
    let prefix = w.iter().zip(&t).take_while(|(a, b)| a == b).count();
    if n == m {
        if prefix == n {
            return false;
        }
        let rest_equal = |k: usize| w[k..] == t[k..];
        // Substitution at `prefix`, or transposition of prefix and prefix + 1.
        rest_equal(prefix + 1)
            || (prefix + 1 < n && w[prefix] == t[prefix + 1] && w[prefix + 1] == t[prefix] && rest_equal(prefix + 2))
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
        let w: Vec<char> = "transparency".chars().collect();
        assert!(one_edit(&w, "transparancy"));
        assert!(one_edit(&w, "transparenc"));
        assert!(one_edit(&w, "tarnsparency"));
        assert!(one_edit(&w, "transparencyy"));
        assert!(!one_edit(&w, "transparency"));
        assert!(!one_edit(&w, "trasnparancy"));
    }
}
