//! Full-text search over the corpus's passages: BM25 over heading path and body, with folding,
//! stemming, prefix and typo tolerance, phrases, exclusions and filters. The rules are written
//! out in `docs/query.md`.
pub mod fold;
pub(crate) mod index;
pub(crate) mod lang;
pub mod snippet;
pub(crate) mod syntax;
pub mod tokens;

use crate::model::{Family, Lines, Passage, Source};
use fold::{fold, lower};
pub use index::Index;
use index::{exact_term, fuzzy_stem, stem_term, TermRange, N_FIELDS};
use lang::{is_query_stopword, Lang};
use serde::{Deserialize, Serialize};
pub use snippet::Snippet;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use syntax::ParsedQuery;

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
/// How many hits a search returns unless asked for more.
pub const DEFAULT_LIMIT: usize = 10;
/// The most hits a search returns.
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
    /// How many hits to return: 1 to [`MAX_LIMIT`].
    pub limit: usize,
    /// Match the last word as a prefix (as the user types).
    pub prefix: bool,
    /// Accept one typo in words of 5 letters or more.
    pub fuzzy: bool,
    /// Language of the query (`en`, `fr`, `de`, `da`), for its stopwords; default English.
    /// Stemming tries all four languages whatever this says.
    pub language: Option<String>,
    /// Build each hit's snippet (default); without, a hit's snippet is empty and the search
    /// costs its ranking alone (ids and scores for a count, a typeahead, a caller's own text).
    pub snippets: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions { countries: vec![], sources: vec![], section: None, limit: DEFAULT_LIMIT, prefix: true, fuzzy: true, language: None, snippets: true }
    }
}

/// Why a search could not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SearchError {
    #[error("the query is {bytes} bytes long; the limit is {max}")]
    /// The query is longer than the engine reads.
    QueryTooLong {
        /// The query's length in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    #[error("the query has more than {max} words")]
    /// The query has more words than the engine ranks.
    TooManyWords {
        /// The limit.
        max: usize,
    },
    #[error("filter {filter}:{value}: {reason}")]
    /// A `country:`, `source:` or `section:` filter that cannot match.
    BadFilter {
        /// The filter (`country`, `source`, `section`).
        filter: String,
        /// Its value.
        value: String,
        /// Why.
        reason: String,
    },
    #[error("option {option}: {reason}")]
    /// An option out of its range.
    BadOption {
        /// The option.
        option: String,
        /// Why.
        reason: String,
    },
    #[error("the passages of {} are not loaded yet", countries.join(", "))]
    /// A split folder's passage texts are needed to show the hits.
    TextNotLoaded {
        /// The countries whose texts are missing.
        countries: Vec<String>,
    },
    #[error("the split folder needs {} first: fetch and add them, then search again", paths.join(", "))]
    /// A split folder needs these files before it can answer.
    NotLoaded {
        /// The files, relative to the manifest.
        paths: Vec<String>,
    },
}

/// One passage found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The passage's id (`LU-001-0012`).
    pub id: String,
    /// ISO code.
    pub country: String,
    /// The source file's name.
    pub source: String,
    /// The passage's heading path, outermost first.
    pub section: Vec<String>,
    /// The passage's lines in its source file, so that a hit can be cited without the passage.
    pub lines: Lines,
    /// BM25 score: higher ranks first.
    pub score: f32,
    /// What the checks flagged in the passage (see [`Passage::flags`]).
    #[serde(default)]
    pub flags: Vec<String>,
    /// The passage's language (ISO 639-1), what a page marks its snippet with.
    #[serde(default)]
    pub language: String,
    /// The passage's text around the matches.
    pub snippet: Snippet,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
/// A search's results.
pub struct SearchResults {
    /// The best hits, best first.
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

/// What a search needs to know of the passages, by document number. The whole corpus has every
/// passage at hand; the split layout knows each document's country and source from its manifest
/// and has the text of only the countries loaded so far.
pub(crate) trait Docs {
    fn country(&self, doc: u32) -> &str;
    fn source(&self, doc: u32) -> &str;
    /// The passage, when its text is loaded.
    fn passage(&self, doc: u32) -> Option<&Passage>;
    /// The order of equal scores: by passage id.
    fn id_order(&self, a: u32, b: u32) -> Ordering;
}

impl Docs for Vec<Passage> {
    fn country(&self, doc: u32) -> &str {
        &self[doc as usize].country
    }
    fn source(&self, doc: u32) -> &str {
        &self[doc as usize].source
    }
    fn passage(&self, doc: u32) -> Option<&Passage> {
        self.get(doc as usize)
    }
    fn id_order(&self, a: u32, b: u32) -> Ordering {
        self[a as usize].id.cmp(&self[b as usize].id)
    }
}

/// A search's outcome when some passages' text is not loaded (the split layout): the documents
/// whose text the results need.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Found {
    Results(SearchResults),
    NeedText(Vec<u32>),
}

pub(crate) struct Searcher<'a> {
    docs: &'a dyn Docs,
    sources: &'a [Source],
    index: &'a Index,
    /// When set, every stretch of the vocabulary the search reads is written down (the split
    /// layout asks which shards a query needs by running it against an empty index).
    pub record: Option<&'a RefCell<Vec<TermRange>>>,
}

impl<'a> Searcher<'a> {
    pub fn new(docs: &'a dyn Docs, sources: &'a [Source], index: &'a Index) -> Searcher<'a> {
        Searcher { docs, sources, index, record: None }
    }

    /// Records a range when recording; built only then, so a search pays nothing for it.
    fn note(&self, range: impl FnOnce() -> TermRange) {
        if let Some(r) = self.record {
            r.borrow_mut().push(range());
        }
    }

    fn find(&self, term: &str) -> Option<usize> {
        self.note(|| TermRange::Term(term.to_string()));
        self.index.find(term)
    }

    fn idf(&self, term: usize) -> f32 {
        let n = self.index.n_docs as f32;
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
            let len = p.len as f32;
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
        push(self.find(&folded), W_EXACT);
        // A passage word matches when both stem alike in the passage word's language, so the
        // query word is stemmed in each language.
        for l in Lang::ALL {
            push(self.find(&stem_term(l, word)), W_STEM);
        }
        if prefix && folded.chars().count() >= 2 {
            self.note(|| TermRange::Prefix(folded.clone()));
            for t in self.index.with_prefix(&folded, MAX_PREFIX_TERMS) {
                push(Some(t), W_PREFIX);
            }
        }
        if fuzzy && folded.chars().count() >= FUZZY_MIN_LETTERS {
            self.note(|| TermRange::Prefix(fuzzy_stem(&folded).to_string()));
            for t in self.index.within_one_edit(&folded) {
                push(Some(t), W_FUZZY);
            }
        }
        let lowered = lower(word);
        let exact = (lowered != folded).then(|| self.find(&exact_term(&lowered))).flatten();
        Expansion { terms, exact }
    }

    /// Per document the word occurs in, the best-weighted score of any of its terms. Sparse, so
    /// that a search costs what its words' postings cost, whatever the size of the corpus.
    fn word_scores(&self, e: &Expansion) -> BTreeMap<u32, f32> {
        let mut best: BTreeMap<u32, f32> = BTreeMap::new();
        for &(t, w) in &e.terms {
            for (d, s) in self.term_scores(t) {
                let v = best.entry(d).or_insert(0.0);
                *v = v.max(w * s);
            }
        }
        if let Some(t) = e.exact {
            for (d, s) in self.term_scores(t) {
                if let Some(v) = best.get_mut(&d).filter(|v| **v > 0.0) {
                    *v += ACCENT_BONUS * s;
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
                    if let Some(t) = self.find(&term) {
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
    /// The body positions of `terms` in `doc`, each with its query word, and the body's length
    /// in words (0 when none of the terms is in the body).
    fn body_positions(&self, doc: u32, terms: &[(usize, usize)]) -> (Vec<(u32, usize)>, usize) {
        let mut out = Vec::new();
        let mut len = 0;
        for &(t, word) in terms {
            let ps = &self.index.postings[t];
            let at = ps.partition_point(|p| (p.doc, p.field) < (doc, index::BODY as u8));
            if let Some(p) = ps.get(at).filter(|p| p.doc == doc && p.field == index::BODY as u8) {
                out.extend(p.positions.iter().map(|&pos| (pos, word)));
                len = p.len as usize;
            }
        }
        (out, len)
    }

    /// Documents containing any of `terms`, for exclusions.
    fn docs_with(&self, terms: &[String]) -> Vec<u32> {
        for t in terms {
            self.note(|| TermRange::Term(t.clone()));
        }
        self.index.docs_with(terms)
    }

    fn source_matches(&self, file: &str, wanted: &[String]) -> bool {
        let family = self.sources.iter().find(|s| s.file == file).map(|s| s.family);
        wanted.iter().any(|w| {
            let w = w.to_ascii_lowercase();
            family.is_some_and(|f| f.slug() == w) || file.eq_ignore_ascii_case(&w) || (w.len() >= 3 && file.to_ascii_lowercase().starts_with(&w))
        })
    }

    /// Searches a corpus whose passages are all at hand.
    pub fn search(&self, q: &str, opts: &SearchOptions) -> Result<SearchResults, SearchError> {
        match self.find_passages(q, opts)? {
            Found::Results(r) => Ok(r),
            // Only a `Docs` that lacks text (the split layout) gets here.
            Found::NeedText(docs) => {
                let mut countries: Vec<String> = docs.iter().map(|&d| self.docs.country(d).to_string()).collect();
                countries.dedup();
                Err(SearchError::TextNotLoaded { countries })
            }
        }
    }

    /// Searches; when passages the results need are not loaded, says which.
    pub fn find_passages(&self, q: &str, opts: &SearchOptions) -> Result<Found, SearchError> {
        let parsed = syntax::parse(q)?;
        self.run(&parsed, opts)
    }

    /// The stretches of the vocabulary a query reads (its words' forms, prefixes and typo
    /// candidates), whatever the index holds.
    pub fn ranges(docs: &dyn Docs, sources: &[Source], q: &str, opts: &SearchOptions) -> Result<Vec<TermRange>, SearchError> {
        let empty = Index::default();
        let record = RefCell::new(Vec::new());
        let s = Searcher { docs, sources, index: &empty, record: Some(&record) };
        s.find_passages(q, opts)?;
        let mut out = record.into_inner();
        out.sort();
        out.dedup();
        Ok(out)
    }

    fn validate(&self, parsed: &ParsedQuery, opts: &SearchOptions) -> Result<(Vec<String>, Vec<String>, Lang), SearchError> {
        if opts.limit == 0 || opts.limit > MAX_LIMIT {
            return Err(SearchError::BadOption { option: "limit".into(), reason: format!("{} is outside 1..={MAX_LIMIT}", opts.limit) });
        }
        let lang = match &opts.language {
            None => Lang::En,
            Some(l) => {
                Lang::from_code(l).ok_or_else(|| SearchError::BadOption { option: "language".into(), reason: format!("'{l}' is not one of en, fr, de, da") })?
            }
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
            let known = Family::from_slug(&s.to_ascii_lowercase()).is_some()
                || self.sources.iter().any(|x| x.file.to_ascii_lowercase().starts_with(&s.to_ascii_lowercase()));
            if !known {
                return Err(SearchError::BadFilter {
                    filter: "source".into(),
                    value: s.clone(),
                    reason: "neither a family (un-msq, dpa-factsheet, ai-watch, europam) nor a source file".into(),
                });
            }
        }
        Ok((countries, sources, lang))
    }

    pub fn run(&self, parsed: &ParsedQuery, opts: &SearchOptions) -> Result<Found, SearchError> {
        let (countries, sources, lang) = self.validate(parsed, opts)?;
        if parsed.is_empty() {
            return Ok(Found::Results(SearchResults::default()));
        }
        // Stopwords rank nothing; drop them unless nothing else is left.
        let (kept, ignored): (Vec<&String>, Vec<&String>) = parsed.words.iter().partition(|w| !is_query_stopword(lang, w));
        let (words, ignored) = if kept.is_empty() && parsed.phrases.is_empty() { (parsed.words.iter().collect::<Vec<_>>(), vec![]) } else { (kept, ignored) };
        let last = parsed.words.last();
        let expansions: Vec<Expansion> = words.iter().map(|w| self.expand(w, opts.prefix && parsed.last_is_prefix && Some(*w) == last, opts.fuzzy)).collect();
        let units = words.len() + parsed.phrases.len();

        // Scores per document: sum over query words and phrases, then scaled by coverage.
        let mut score = self.word_matches(&expansions);
        let required = self.phrase_matches(&parsed.phrases, &mut score);
        let excluded = self.excluded(&parsed.excluded);
        let section_filters: Vec<String> = opts.section.iter().chain(&parsed.sections).map(|s| fold(s)).collect();

        // The section filter reads the heading path, which is with the passage's text.
        let mut need_text: BTreeSet<u32> = BTreeSet::new();
        let mut ranked: Vec<(u32, f32)> = score
            .into_iter()
            .filter(|(_, (s, matched))| *matched > 0 && *s > 0.0)
            .filter(|(d, _)| required.as_ref().is_none_or(|r| r.contains(d)) && !excluded.contains(d))
            .filter(|(d, _)| {
                (countries.is_empty() || countries.iter().any(|c| c == self.docs.country(*d)))
                    && (sources.is_empty() || self.source_matches(self.docs.source(*d), &sources))
            })
            .filter(|(d, _)| {
                if section_filters.is_empty() {
                    return true;
                }
                let Some(p) = self.docs.passage(*d) else {
                    need_text.insert(*d);
                    return false;
                };
                section_filters.iter().all(|s| fold(&index::heading_text(p)).contains(s.as_str()))
            })
            .map(|(d, (s, matched))| {
                let coverage = matched.min(units) as f32 / units.max(1) as f32;
                (d, s * (0.25 + 0.75 * coverage * coverage))
            })
            .collect();
        if !need_text.is_empty() {
            return Ok(Found::NeedText(need_text.into_iter().collect()));
        }
        // Best first, ties in id order: a total order, so selecting the best `limit` first and
        // sorting only those gives the same hits as sorting every match (a broad word matches
        // hundreds of passages, of which ten are shown).
        let best_first = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then_with(|| self.docs.id_order(a.0, b.0));
        let total = ranked.len();
        if ranked.len() > opts.limit {
            ranked.select_nth_unstable_by(opts.limit - 1, best_first);
            ranked.truncate(opts.limit);
        }
        ranked.sort_by(best_first);
        let missing: Vec<u32> = ranked.iter().map(|(d, _)| *d).filter(|d| self.docs.passage(*d).is_none()).collect();
        if !missing.is_empty() {
            return Ok(Found::NeedText(missing));
        }

        let hits = self.hits(ranked, &expansions, &parsed.phrases, opts.snippets);
        Ok(Found::Results(SearchResults { hits, total, ignored: ignored.into_iter().cloned().collect() }))
    }

    /// Each passage a query word matches: its summed score and how many words matched it.
    fn word_matches(&self, expansions: &[Expansion]) -> BTreeMap<u32, (f32, usize)> {
        let mut score: BTreeMap<u32, (f32, usize)> = BTreeMap::new();
        for e in expansions {
            for (d, s) in self.word_scores(e) {
                if s > 0.0 {
                    let v = score.entry(d).or_insert((0.0, 0));
                    v.0 += s;
                    v.1 += 1;
                }
            }
        }
        score
    }

    /// Adds each quoted phrase's bonus to the passages that hold it, and returns the passages
    /// that hold every phrase (`None` without phrases).
    fn phrase_matches(&self, phrases: &[Vec<String>], score: &mut BTreeMap<u32, (f32, usize)>) -> Option<BTreeSet<u32>> {
        let mut required: Option<BTreeSet<u32>> = None;
        for ph in phrases {
            let docs = self.phrase_docs(ph);
            let mut ph_score: BTreeMap<u32, f32> = BTreeMap::new();
            for w in ph {
                for (d, s) in self.word_scores(&self.expand(w, false, false)) {
                    *ph_score.entry(d).or_insert(0.0) += s;
                }
            }
            for &d in &docs {
                let v = score.entry(d).or_insert((0.0, 0));
                v.0 += PHRASE_BONUS * ph_score.get(&d).copied().unwrap_or(0.0);
                v.1 += 1;
            }
            required = Some(match required {
                None => docs,
                Some(r) => r.intersection(&docs).copied().collect(),
            });
        }
        required
    }

    /// The passages an excluded word (any of its forms) or phrase rules out.
    fn excluded(&self, excluded: &[Vec<String>]) -> BTreeSet<u32> {
        let mut out: BTreeSet<u32> = BTreeSet::new();
        for ex in excluded {
            if ex.len() == 1 {
                out.extend(self.docs_with(&word_forms(&ex[0])));
            } else {
                out.extend(self.phrase_docs(ex));
            }
        }
        out
    }

    /// The ranked passages as hits, each with its snippet.
    fn hits(&self, ranked: Vec<(u32, f32)>, expansions: &[Expansion], phrases: &[Vec<String>], snippets: bool) -> Vec<Hit> {
        // Every term a query word or phrase word matched, with the word it stands for: the
        // snippet marks their positions in the body.
        // None without snippets.
        let mut marked: Vec<(usize, usize)> = Vec::new();
        if snippets {
            for (i, e) in expansions.iter().enumerate() {
                marked.extend(e.terms.iter().map(|(t, _)| (*t, i)));
            }
            for (k, w) in phrases.iter().flatten().enumerate() {
                marked.extend(self.expand(w, false, false).terms.iter().map(|(t, _)| (*t, expansions.len() + k)));
            }
        }
        ranked
            .into_iter()
            .filter_map(|(d, s)| {
                let p = self.docs.passage(d)?;
                Some(Hit {
                    id: p.id.clone(),
                    country: p.country.clone(),
                    source: p.source.clone(),
                    section: p.section.clone(),
                    lines: p.provenance.lines,
                    score: s,
                    flags: p.flags.clone(),
                    language: p.language.clone(),
                    snippet: if snippets {
                        let (positions, words) = self.body_positions(d, &marked);
                        snippet::build(&p.text, &positions, words)
                    } else {
                        Snippet::default()
                    },
                })
            })
            .collect()
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
            flags: vec![],
        }
    }

    /// The bundled documents never spell a word both with and without its accents, so this
    /// feature is checked on two constructed passages.
    #[test]
    fn folding_finds_both_and_the_exact_accent_ranks_first() {
        let corpus = Corpus { passages: vec![passage("A", "The Zurich office opened."), passage("B", "The Zürich office opened.")], ..Corpus::default() };
        let e = crate::Store::new(corpus);
        let ids = |q: &str| e.search(q, &SearchOptions::default()).unwrap().hits.into_iter().map(|h| h.id).collect::<Vec<_>>();
        assert_eq!(ids("Zürich"), vec!["B", "A"]);
        assert_eq!(ids("Zurich").len(), 2, "Zurich finds Zürich too");
    }
}
