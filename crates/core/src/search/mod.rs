//! Full-text search over the corpus's passages: BM25 over heading path and body, with folding,
//! stemming, prefix and typo tolerance, phrases, exclusions and filters. The rules are written
//! out in `docs/query.md`.
pub mod fold;
pub mod index;
pub mod lang;
pub mod query;
pub mod snippet;
pub mod tokens;

use crate::model::{Family, Passage, Source};
use fold::{fold, lower};
use index::{exact_term, stem_term, Index, N_FIELDS};
use lang::{is_query_stopword, Lang};
use query::ParsedQuery;
use serde::{Deserialize, Serialize};
pub use snippet::Snippet;
use std::collections::{BTreeMap, BTreeSet};

/// BM25 parameters and field weights.
const K1: f32 = 1.2;
const B: f32 = 0.75;
const FIELD_WEIGHT: [f32; N_FIELDS] = [2.0, 1.0];
/// How much each kind of match of a query word counts.
const W_EXACT: f32 = 1.0;
const W_STEM: f32 = 0.9;
const W_PREFIX: f32 = 0.7;
const W_FUZZY: f32 = 0.45;
/// Extra for a word matched with its accents as typed.
const ACCENT_BONUS: f32 = 0.15;
/// Extra for a phrase found as such.
const PHRASE_BONUS: f32 = 1.5;
const MAX_PREFIX_TERMS: usize = 40;
/// Typo tolerance applies to words of this many letters or more.
pub const FUZZY_MIN_LETTERS: usize = 5;
pub const DEFAULT_LIMIT: usize = 10;
pub const MAX_LIMIT: usize = 1000;

/// Options a caller passes beside the query string; they combine (AND) with filters written in
/// the query (`country:DK`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchOptions {
    /// ISO alpha-2 codes; empty: all countries.
    pub countries: Vec<String>,
    /// Family slugs (`europam`), file names or file-name prefixes; empty: all sources.
    pub sources: Vec<String>,
    /// Text the heading path must contain (folded); empty: anywhere.
    pub section: Option<String>,
    pub limit: usize,
    /// Match the last word as a prefix (as the user types).
    pub prefix: bool,
    /// Accept one typo in words of 5 letters or more.
    pub fuzzy: bool,
    /// Language of the query (`en`, `fr`, `de`, `da`), for its stopwords; default English.
    /// Stemming tries all four languages whatever this says.
    pub language: Option<String>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions { countries: vec![], sources: vec![], section: None, limit: DEFAULT_LIMIT, prefix: true, fuzzy: true, language: None }
    }
}

/// Why a search could not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SearchError {
    #[error("the query is {bytes} bytes long; the limit is {max}")]
    QueryTooLong { bytes: usize, max: usize },
    #[error("the query has more than {max} words")]
    TooManyWords { max: usize },
    #[error("filter {filter}:{value}: {reason}")]
    BadFilter { filter: String, value: String, reason: String },
    #[error("option {option}: {reason}")]
    BadOption { option: String, reason: String },
}

/// One passage found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub country: String,
    pub source: String,
    pub section: Vec<String>,
    pub score: f32,
    pub snippet: Snippet,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    /// Passages that matched before the limit.
    pub total: usize,
    /// Query words dropped as stopwords.
    pub ignored: Vec<String>,
}

/// The index terms a word stands for without expansion: its folded form and its stem in each
/// language (used by phrases and exclusions).
fn word_forms(w: &str) -> Vec<String> {
    std::iter::once(fold(w)).chain(Lang::ALL.iter().map(|&l| stem_term(l, w))).collect()
}

/// A query word's index terms, with how much a match of each counts.
struct Expansion {
    terms: Vec<(usize, f32)>,
    /// The accented form as typed, when it differs from the folded form.
    exact: Option<usize>,
}

pub struct Searcher<'a> {
    pub passages: &'a [Passage],
    pub sources: &'a [Source],
    pub index: &'a Index,
}

impl<'a> Searcher<'a> {
    fn idf(&self, term: usize) -> f32 {
        let n = self.index.docs.len() as f32;
        let df = self.index.df[term] as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25F contribution of one term, per document: (document, score) in document order.
    fn term_scores(&self, term: usize) -> Vec<(u32, f32)> {
        let idf = self.idf(term);
        let mut out: Vec<(u32, f32)> = Vec::with_capacity(self.index.postings[term].len());
        for p in &self.index.postings[term] {
            let f = p.field as usize;
            let tf = p.positions.len() as f32;
            let len = self.index.docs[p.doc as usize].lens[f] as f32;
            let norm = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.index.avg_len[f]));
            let s = idf * FIELD_WEIGHT[f] * norm;
            match out.last_mut() {
                Some((d, acc)) if *d == p.doc => *acc += s,
                _ => out.push((p.doc, s)),
            }
        }
        out
    }

    fn expand(&self, word: &str, prefix: bool, fuzzy: bool) -> Expansion {
        let folded = fold(word);
        let mut terms: Vec<(usize, f32)> = Vec::new();
        let mut push = |t: Option<usize>, w: f32| {
            if let Some(t) = t {
                if !terms.iter().any(|(x, _)| *x == t) {
                    terms.push((t, w));
                }
            }
        };
        push(self.index.find(&folded), W_EXACT);
        // A passage word matches when both stem alike in the passage word's language, so the
        // query word is stemmed in each language.
        for l in Lang::ALL {
            push(self.index.find(&stem_term(l, word)), W_STEM);
        }
        if prefix && folded.chars().count() >= 2 {
            for t in self.index.with_prefix(&folded, MAX_PREFIX_TERMS) {
                push(Some(t), W_PREFIX);
            }
        }
        if fuzzy && folded.chars().count() >= FUZZY_MIN_LETTERS {
            for t in self.index.within_one_edit(&folded) {
                push(Some(t), W_FUZZY);
            }
        }
        let lowered = lower(word);
        let exact = (lowered != folded).then(|| self.index.find(&exact_term(&lowered))).flatten();
        Expansion { terms, exact }
    }

    /// Per document (dense, by document number), the best-weighted score of any of the word's
    /// terms; 0 where it does not occur.
    fn word_scores(&self, e: &Expansion) -> Vec<f32> {
        let mut best = vec![0f32; self.index.docs.len()];
        for &(t, w) in &e.terms {
            for (d, s) in self.term_scores(t) {
                let v = &mut best[d as usize];
                *v = v.max(w * s);
            }
        }
        if let Some(t) = e.exact {
            for (d, s) in self.term_scores(t) {
                if best[d as usize] > 0.0 {
                    best[d as usize] += ACCENT_BONUS * s;
                }
            }
        }
        best
    }

    /// Documents where the phrase's words stand next to each other in one field, by exact or
    /// stem match.
    fn phrase_docs(&self, words: &[String]) -> BTreeSet<u32> {
        // For each word: (doc, field) -> positions.
        let per_word: Vec<BTreeMap<(u32, u8), BTreeSet<u32>>> = words
            .iter()
            .map(|w| {
                let mut m: BTreeMap<(u32, u8), BTreeSet<u32>> = BTreeMap::new();
                for term in word_forms(w) {
                    if let Some(t) = self.index.find(&term) {
                        for p in &self.index.postings[t] {
                            m.entry((p.doc, p.field)).or_default().extend(p.positions.iter().copied());
                        }
                    }
                }
                m
            })
            .collect();
        let mut out = BTreeSet::new();
        let Some(first) = per_word.first() else { return out };
        for (key, starts) in first {
            let found = starts.iter().any(|&s| per_word[1..].iter().enumerate().all(|(i, m)| m.get(key).is_some_and(|ps| ps.contains(&(s + i as u32 + 1)))));
            if found {
                out.insert(key.0);
            }
        }
        out
    }

    /// Positions in document `doc`'s body of the given terms, with their query word.
    fn body_positions(&self, doc: u32, terms: &[(usize, usize)]) -> Vec<(u32, usize)> {
        let mut out = Vec::new();
        for &(t, word) in terms {
            let ps = &self.index.postings[t];
            let at = ps.partition_point(|p| (p.doc, p.field) < (doc, index::BODY as u8));
            if let Some(p) = ps.get(at).filter(|p| p.doc == doc && p.field == index::BODY as u8) {
                out.extend(p.positions.iter().map(|&pos| (pos, word)));
            }
        }
        out
    }

    fn source_matches(&self, file: &str, wanted: &[String]) -> bool {
        let family = self.sources.iter().find(|s| s.file == file).map(|s| s.family);
        wanted.iter().any(|w| {
            let w = w.to_ascii_lowercase();
            family.is_some_and(|f| f.slug() == w) || file.eq_ignore_ascii_case(&w) || (w.len() >= 3 && file.to_ascii_lowercase().starts_with(&w))
        })
    }

    pub fn search(&self, q: &str, opts: &SearchOptions) -> Result<SearchResults, SearchError> {
        let parsed = query::parse(q)?;
        self.run(&parsed, opts)
    }

    fn validate(&self, parsed: &ParsedQuery, opts: &SearchOptions) -> Result<(Vec<String>, Vec<String>, Lang), SearchError> {
        if opts.limit == 0 || opts.limit > MAX_LIMIT {
            return Err(SearchError::BadOption { option: "limit".into(), reason: format!("{} is outside 1..={MAX_LIMIT}", opts.limit) });
        }
        let lang = match &opts.language {
            None => Lang::En,
            Some(l) => Lang::from_code(l).ok_or_else(|| SearchError::BadOption { option: "language".into(), reason: format!("'{l}' is not one of en, fr, de, da") })?,
        };
        let mut countries: Vec<String> = Vec::new();
        for c in opts.countries.iter().chain(&parsed.countries) {
            let code = c.trim().to_ascii_uppercase();
            if code.len() != 2 || !code.chars().all(|ch| ch.is_ascii_alphabetic()) {
                return Err(SearchError::BadFilter { filter: "country".into(), value: c.clone(), reason: "not an ISO 3166-1 alpha-2 code".into() });
            }
            countries.push(code);
        }
        let sources: Vec<String> = opts.sources.iter().chain(&parsed.sources).cloned().collect();
        for s in &sources {
            let known = Family::from_slug(&s.to_ascii_lowercase()).is_some() || self.sources.iter().any(|x| x.file.to_ascii_lowercase().starts_with(&s.to_ascii_lowercase()));
            if !known {
                return Err(SearchError::BadFilter { filter: "source".into(), value: s.clone(), reason: "neither a family (un-msq, dpa-factsheet, ai-watch, europam) nor a source file".into() });
            }
        }
        Ok((countries, sources, lang))
    }

    pub fn run(&self, parsed: &ParsedQuery, opts: &SearchOptions) -> Result<SearchResults, SearchError> {
        let (countries, sources, lang) = self.validate(parsed, opts)?;
        if parsed.is_empty() {
            return Ok(SearchResults::default());
        }
        // Stopwords rank nothing; drop them unless nothing else is left.
        let (kept, ignored): (Vec<&String>, Vec<&String>) = parsed.words.iter().partition(|w| !is_query_stopword(lang, w));
        let (words, ignored) = if kept.is_empty() && parsed.phrases.is_empty() { (parsed.words.iter().collect::<Vec<_>>(), vec![]) } else { (kept, ignored) };
        let last = parsed.words.last();
        let expansions: Vec<Expansion> = words
            .iter()
            .map(|w| self.expand(w, opts.prefix && parsed.last_is_prefix && Some(*w) == last, opts.fuzzy))
            .collect();
        let units = words.len() + parsed.phrases.len();

        // Scores per document: sum over query words and phrases, then scaled by coverage.
        let mut score: Vec<(f32, usize)> = vec![(0.0, 0); self.index.docs.len()];
        for e in &expansions {
            for (v, s) in score.iter_mut().zip(self.word_scores(e)) {
                if s > 0.0 {
                    v.0 += s;
                    v.1 += 1;
                }
            }
        }
        let mut required: Option<BTreeSet<u32>> = None;
        for ph in &parsed.phrases {
            let docs = self.phrase_docs(ph);
            let mut ph_score = vec![0f32; self.index.docs.len()];
            for w in ph {
                for (acc, s) in ph_score.iter_mut().zip(self.word_scores(&self.expand(w, false, false))) {
                    *acc += s;
                }
            }
            for &d in &docs {
                let v = &mut score[d as usize];
                v.0 += PHRASE_BONUS * ph_score[d as usize];
                v.1 += 1;
            }
            required = Some(match required {
                None => docs,
                Some(r) => r.intersection(&docs).copied().collect(),
            });
        }
        let mut excluded: BTreeSet<u32> = BTreeSet::new();
        for ex in &parsed.excluded {
            if ex.len() == 1 {
                let w = &ex[0];
                excluded.extend(self.index.docs_with(&word_forms(w)));
            } else {
                excluded.extend(self.phrase_docs(ex));
            }
        }
        let section_filters: Vec<String> = opts.section.iter().chain(&parsed.sections).map(|s| fold(s)).collect();

        let mut ranked: Vec<(u32, f32)> = score
            .into_iter()
            .enumerate()
            .filter(|(_, (s, matched))| *matched > 0 && *s > 0.0)
            .map(|(d, v)| (d as u32, v))
            .filter(|(d, _)| required.as_ref().is_none_or(|r| r.contains(d)) && !excluded.contains(d))
            .filter(|(d, _)| {
                let p = &self.passages[*d as usize];
                (countries.is_empty() || countries.contains(&p.country))
                    && (sources.is_empty() || self.source_matches(&p.source, &sources))
                    && section_filters.iter().all(|s| fold(&index::heading_text(p)).contains(s.as_str()))
            })
            .map(|(d, (s, matched))| {
                let coverage = matched.min(units) as f32 / units.max(1) as f32;
                (d, s * (0.25 + 0.75 * coverage * coverage))
            })
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| self.passages[a.0 as usize].id.cmp(&self.passages[b.0 as usize].id)));
        let total = ranked.len();
        ranked.truncate(opts.limit);

        // Every term a query word or phrase word matched, with the word it stands for: the
        // snippet marks their positions in the body.
        let mut marked: Vec<(usize, usize)> = Vec::new();
        for (i, e) in expansions.iter().enumerate() {
            marked.extend(e.terms.iter().map(|(t, _)| (*t, i)));
        }
        for (k, w) in parsed.phrases.iter().flatten().enumerate() {
            marked.extend(self.expand(w, false, false).terms.iter().map(|(t, _)| (*t, expansions.len() + k)));
        }
        let hits = ranked
            .into_iter()
            .map(|(d, s)| {
                let p = &self.passages[d as usize];
                Hit {
                    id: p.id.clone(),
                    country: p.country.clone(),
                    source: p.source.clone(),
                    section: p.section.clone(),
                    score: s,
                    snippet: snippet::build(&p.text, &self.body_positions(d, &marked)),
                }
            })
            .collect();
        Ok(SearchResults { hits, total, ignored: ignored.into_iter().cloned().collect() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Lines, Provenance};

    fn passage(id: &str, text: &str) -> Passage {
        Passage {
            id: id.into(),
            country: "CH".into(),
            source: "x.txt".into(),
            section: vec!["Offices".into()],
            text: text.into(),
            language: "en".into(),
            provenance: Provenance { source: "x.txt".into(), locator: "x".into(), lines: Lines { start: 1, end: 1 } },
        }
    }

    /// The bundled documents never spell a word both with and without its accents, so this
    /// feature is checked on two constructed passages.
    #[test]
    fn folding_finds_both_and_the_exact_accent_ranks_first() {
        let corpus = Corpus { passages: vec![passage("A", "The Zurich office opened."), passage("B", "The Zürich office opened.")], ..Corpus::default() };
        let e = crate::Engine::new(corpus);
        let ids = |q: &str| e.search(q, &SearchOptions::default()).unwrap().hits.into_iter().map(|h| h.id).collect::<Vec<_>>();
        assert_eq!(ids("Zürich"), vec!["B", "A"]);
        assert_eq!(ids("Zurich").len(), 2, "Zurich finds Zürich too");
    }
}
