//! The split layout: the corpus cut so that a page downloads only what it shows, whatever the
//! number of countries (issue 6).
//!
//! - `card/<CC>.govlens`: one country's card data (facts, scores, UN MSQ answers, AI strategies,
//!   unknowns, repairs, checks and its sources). A card, a score chart or a comparison reads only
//!   these, so a card's download does not grow with the corpus.
//! - `text/<CC>.govlens`: the rest of that country (passages, EUROPAM answers). Card and text
//!   together are exactly the country's part of the whole corpus.
//! - `index/<NNNN>.govlens`: the search index cut into stretches of the sorted vocabulary, as
//!   Pagefind does; a query loads the stretches its words, prefixes and typo candidates fall in.
//! - `manifest.govlens`: every source, each country's files and passage numbers, each shard's
//!   first term, and the corpus-wide numbers BM25 needs (passages, average field lengths), so
//!   that a search over loaded shards ranks exactly as a search over the whole corpus.
//!
//! Passages are numbered in id order (country, source, section), so a document's country and
//! source follow from the manifest's ranges, and equal scores fall in id order without the text.
use crate::codec::{decode_as, encode_as, CorpusError, Kind};
use crate::model::{Corpus, Passage, Source};
use crate::search::index::{Index, TermRange, N_FIELDS};
use crate::search::{Docs, Found, SearchError, SearchOptions, SearchResults, Searcher};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

pub const MANIFEST_FILE: &str = "manifest.govlens";
/// A shard is closed when its postcard payload reaches this many bytes (about 8 KB gzip on the
/// bundled corpus: small enough that a query's few shards weigh less than a whole index, large
/// enough that a page does not make hundreds of requests).
pub const SHARD_BYTES: usize = 24 * 1024;

/// A file of the layout, with its size (so that a loader can report what it will download).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Relative to the manifest's folder.
    pub path: String,
    pub bytes: u32,
}

/// One country in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryEntry {
    pub code: String,
    pub card: FileEntry,
    pub text: FileEntry,
    /// Its passages are numbers `first_doc .. first_doc + docs`.
    pub first_doc: u32,
    pub docs: u32,
    /// Each of its source files with the number of its first passage, in passage order.
    pub source_docs: Vec<(String, u32)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardEntry {
    /// The shard holds the terms from this one up to the next shard's first term.
    pub first: String,
    pub file: FileEntry,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub sources: Vec<Source>,
    /// Sorted by code.
    pub countries: Vec<CountryEntry>,
    pub shards: Vec<ShardEntry>,
    pub n_docs: u32,
    pub avg_len: [f32; N_FIELDS],
}

/// The split layout's files, manifest first: (path, bytes).
pub fn split(corpus: &Corpus) -> Vec<(String, Vec<u8>)> {
    let mut passages: Vec<Passage> = corpus.passages.clone();
    passages.sort_by(|a, b| a.id.cmp(&b.id));
    let index = Index::build(&passages);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();

    let mut countries = Vec::new();
    let mut first_doc = 0u32;
    for code in corpus.countries() {
        let (card, text) = country_parts(corpus, code, &passages);
        let docs = text.passages.len() as u32;
        let mut source_docs: Vec<(String, u32)> = Vec::new();
        for (k, p) in text.passages.iter().enumerate() {
            if source_docs.last().is_none_or(|(s, _)| *s != p.source) {
                source_docs.push((p.source.clone(), first_doc + k as u32));
            }
        }
        let card_file = push(&mut files, format!("card/{code}.govlens"), encode_as(Kind::Corpus, &card));
        let text_file = push(&mut files, format!("text/{code}.govlens"), encode_as(Kind::Corpus, &text));
        countries.push(CountryEntry { code: code.to_string(), card: card_file, text: text_file, first_doc, docs, source_docs });
        first_doc += docs;
    }

    let mut shards = Vec::new();
    for (n, shard) in cut_into_shards(&index).into_iter().enumerate() {
        let first = shard.terms.first().cloned().unwrap_or_default();
        let file = push(&mut files, format!("index/{n:04}.govlens"), encode_as(Kind::Shard, &shard));
        shards.push(ShardEntry { first, file });
    }
    let manifest = Manifest { sources: corpus.sources.clone(), countries, shards, n_docs: index.n_docs, avg_len: index.avg_len };
    files.insert(0, (MANIFEST_FILE.to_string(), encode_as(Kind::Manifest, &manifest)));
    files
}

fn push(files: &mut Vec<(String, Vec<u8>)>, path: String, bytes: Vec<u8>) -> FileEntry {
    let entry = FileEntry { path: path.clone(), bytes: bytes.len() as u32 };
    files.push((path, bytes));
    entry
}

/// One country's card part and text part; `passages` sorted by id.
fn country_parts(corpus: &Corpus, code: &str, passages: &[Passage]) -> (Corpus, Corpus) {
    let mine = |c: &str| c == code;
    let (msq, other): (Vec<_>, Vec<_>) = corpus.answers.iter().filter(|a| mine(&a.country)).cloned().partition(|a| a.questionnaire.starts_with("UN MSQ"));
    let card = Corpus {
        sources: corpus.sources.iter().filter(|s| mine(&s.country)).cloned().collect(),
        facts: corpus.facts.iter().filter(|f| mine(&f.country)).cloned().collect(),
        scores: corpus.scores.iter().filter(|s| mine(&s.country)).cloned().collect(),
        answers: msq,
        ai_strategies: corpus.ai_strategies.iter().filter(|s| mine(&s.country)).cloned().collect(),
        passages: vec![],
        unknowns: corpus.unknowns.iter().filter(|u| mine(&u.country)).cloned().collect(),
        repairs: corpus.repairs.iter().filter(|r| mine(&r.country)).cloned().collect(),
        checks: corpus.checks.iter().filter(|c| mine(&c.country)).cloned().collect(),
    };
    let text = Corpus { answers: other, passages: passages.iter().filter(|p| mine(&p.country)).cloned().collect(), ..Corpus::default() };
    (card, text)
}

/// Cuts the index into stretches of the sorted vocabulary of about `SHARD_BYTES` each.
fn cut_into_shards(index: &Index) -> Vec<Index> {
    let empty = || Index { n_docs: index.n_docs, avg_len: index.avg_len, ..Index::default() };
    let mut shards = vec![empty()];
    let mut size = 0usize;
    for ((term, postings), df) in index.terms.iter().zip(&index.postings).zip(&index.df) {
        // Postcard's varints: about 2 bytes per number on this corpus.
        let cost = term.len() + postings.iter().map(|p| 8 + 2 * p.positions.len()).sum::<usize>();
        if size > 0 && size + cost > SHARD_BYTES {
            shards.push(empty());
            size = 0;
        }
        size += cost;
        let s = shards.last_mut().expect("never empty");
        s.terms.push(term.clone());
        s.postings.push(postings.clone());
        s.df.push(*df);
    }
    shards
}

/// What a search in the split layout needs next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Done(SearchResults),
    /// Fetch these files (paths relative to the manifest), `add` them, and search again.
    Fetch(Vec<String>),
}

/// A split corpus as a page loads it: the manifest, then shards and parts as they arrive.
pub struct SplitCorpus {
    pub manifest: Manifest,
    /// The shards loaded so far, merged into one index.
    index: Index,
    loaded_shards: Vec<bool>,
    /// Text parts loaded so far, by position in `manifest.countries`.
    texts: BTreeMap<usize, Vec<Passage>>,
    /// The card parts loaded so far, merged (what cards, charts and comparisons read).
    pub cards: Corpus,
    loaded_cards: Vec<bool>,
}

/// Why a file could not be added to a split corpus.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AddError {
    #[error("{path}: not a file of this corpus's manifest")]
    Unknown { path: String },
    #[error("{path}: {error}")]
    File { path: String, error: CorpusError },
    #[error("{path}: holds {found} where the manifest expects {expected}")]
    Mismatch { path: String, found: String, expected: String },
}

impl SplitCorpus {
    pub fn from_manifest(bytes: &[u8]) -> Result<SplitCorpus, CorpusError> {
        let manifest: Manifest = decode_as(Kind::Manifest, bytes)?;
        let index = Index { n_docs: manifest.n_docs, avg_len: manifest.avg_len, ..Index::default() };
        Ok(SplitCorpus {
            loaded_shards: vec![false; manifest.shards.len()],
            loaded_cards: vec![false; manifest.countries.len()],
            manifest,
            index,
            texts: BTreeMap::new(),
            cards: Corpus::default(),
        })
    }

    fn country_at(&self, code: &str) -> Option<usize> {
        self.manifest.countries.iter().position(|c| c.code.eq_ignore_ascii_case(code))
    }

    /// The card part's path for a country; `None` when the manifest has no such country.
    pub fn card_path(&self, code: &str) -> Option<&str> {
        self.country_at(code).map(|i| self.manifest.countries[i].card.path.as_str())
    }

    /// Whether a file of the manifest is loaded already.
    pub fn has(&self, path: &str) -> bool {
        if let Some(i) = self.manifest.shards.iter().position(|s| s.file.path == path) {
            return self.loaded_shards[i];
        }
        self.manifest.countries.iter().enumerate().any(|(i, c)| (c.card.path == path && self.loaded_cards[i]) || (c.text.path == path && self.texts.contains_key(&i)))
    }

    /// Adds a fetched file (a shard, a card part or a text part) under its manifest path.
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), AddError> {
        let file_err = |error| AddError::File { path: path.to_string(), error };
        if let Some(i) = self.manifest.shards.iter().position(|s| s.file.path == path) {
            if self.loaded_shards[i] {
                return Ok(());
            }
            let shard: Index = decode_as(Kind::Shard, bytes).map_err(file_err)?;
            let first = shard.terms.first().cloned().unwrap_or_default();
            if first != self.manifest.shards[i].first || shard.n_docs != self.manifest.n_docs {
                return Err(AddError::Mismatch { path: path.into(), found: format!("a shard starting at '{first}'"), expected: format!("one starting at '{}'", self.manifest.shards[i].first) });
            }
            self.index.absorb(shard);
            self.loaded_shards[i] = true;
            return Ok(());
        }
        for (i, c) in self.manifest.countries.iter().enumerate() {
            if c.card.path == path {
                if !self.loaded_cards[i] {
                    let part = decode_as::<Corpus>(Kind::Corpus, bytes).map_err(file_err)?;
                    check_country(path, &part, &c.code)?;
                    self.cards.merge(part);
                    self.loaded_cards[i] = true;
                }
                return Ok(());
            }
            if c.text.path == path {
                let part = decode_as::<Corpus>(Kind::Corpus, bytes).map_err(file_err)?;
                check_country(path, &part, &c.code)?;
                if part.passages.len() as u32 != c.docs {
                    return Err(AddError::Mismatch { path: path.into(), found: format!("{} passages", part.passages.len()), expected: format!("{}", c.docs) });
                }
                self.texts.insert(i, part.passages);
                return Ok(());
            }
        }
        Err(AddError::Unknown { path: path.to_string() })
    }

    /// The shards a query reads that are not loaded yet.
    pub fn shards_for(&self, query: &str, options: &SearchOptions) -> Result<Vec<String>, SearchError> {
        let ranges = Searcher::ranges(&self.docs(), &self.manifest.sources, query, options)?;
        Ok(self.shards_of(&ranges).into_iter().filter(|&i| !self.loaded_shards[i]).map(|i| self.manifest.shards[i].file.path.clone()).collect())
    }

    fn shards_of(&self, ranges: &[TermRange]) -> Vec<usize> {
        let shards = &self.manifest.shards;
        (0..shards.len())
            .filter(|&i| {
                // The first shard also holds whatever sorts before its first term.
                let lo = if i == 0 { "" } else { shards[i].first.as_str() };
                let hi = shards.get(i + 1).map(|s| s.first.as_str());
                ranges.iter().any(|r| r.overlaps(lo, hi))
            })
            .collect()
    }

    /// Searches; says which files to fetch first when shards or passages are missing.
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Step, SearchError> {
        let shards = self.shards_for(query, options)?;
        if !shards.is_empty() {
            return Ok(Step::Fetch(shards));
        }
        let docs = self.docs();
        match Searcher::new(&docs, &self.manifest.sources, &self.index).find_passages(query, options)? {
            Found::Results(r) => Ok(Step::Done(r)),
            Found::NeedText(missing) => {
                let mut paths: Vec<String> = missing.iter().filter_map(|&d| docs.country_of(d)).map(|i| self.manifest.countries[i].text.path.clone()).collect();
                paths.sort();
                paths.dedup();
                Ok(Step::Fetch(paths))
            }
        }
    }

    fn docs(&self) -> SplitDocs<'_> {
        SplitDocs { manifest: &self.manifest, texts: &self.texts }
    }
}

fn check_country(path: &str, part: &Corpus, code: &str) -> Result<(), AddError> {
    match part.countries().into_iter().find(|c| *c != code) {
        Some(other) => Err(AddError::Mismatch { path: path.into(), found: format!("records of {other}"), expected: format!("only {code}") }),
        None => Ok(()),
    }
}

/// The passages as the manifest describes them, with the text of the countries loaded.
struct SplitDocs<'a> {
    manifest: &'a Manifest,
    texts: &'a BTreeMap<usize, Vec<Passage>>,
}

impl SplitDocs<'_> {
    fn country_of(&self, doc: u32) -> Option<usize> {
        let cs = &self.manifest.countries;
        let i = cs.partition_point(|c| c.first_doc <= doc).checked_sub(1)?;
        (doc < cs[i].first_doc + cs[i].docs).then_some(i)
    }
}

impl Docs for SplitDocs<'_> {
    fn country(&self, doc: u32) -> &str {
        self.country_of(doc).map_or("", |i| self.manifest.countries[i].code.as_str())
    }

    fn source(&self, doc: u32) -> &str {
        let Some(c) = self.country_of(doc).map(|i| &self.manifest.countries[i]) else { return "" };
        let k = c.source_docs.partition_point(|(_, first)| *first <= doc);
        k.checked_sub(1).map_or("", |k| c.source_docs[k].0.as_str())
    }

    fn passage(&self, doc: u32) -> Option<&Passage> {
        let i = self.country_of(doc)?;
        self.texts.get(&i)?.get((doc - self.manifest.countries[i].first_doc) as usize)
    }

    fn id_order(&self, a: u32, b: u32) -> Ordering {
        a.cmp(&b)
    }
}

/// Why a search that fetches its own files failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchSearchError {
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error(transparent)]
    Add(#[from] AddError),
    #[error("{path}: {reason}")]
    Fetch { path: String, reason: String },
    #[error("the search still needs {0:?} after they were added")]
    Stuck(Vec<String>),
}

impl SplitCorpus {
    /// Searches, fetching what the search needs with `fetch` (synchronous callers: the command,
    /// tests and benchmarks; a page runs the same steps with `search` and `add`).
    pub fn search_fetching(&mut self, query: &str, options: &SearchOptions, mut fetch: impl FnMut(&str) -> Result<Vec<u8>, String>) -> Result<SearchResults, FetchSearchError> {
        // Shards first, then the text of the results' countries: two rounds; a third finding
        // more to fetch would mean the manifest and the files disagree.
        for _ in 0..3 {
            match self.search(query, options)? {
                Step::Done(r) => return Ok(r),
                Step::Fetch(paths) => {
                    if paths.iter().all(|p| self.has(p)) {
                        return Err(FetchSearchError::Stuck(paths));
                    }
                    for p in &paths {
                        let bytes = fetch(p).map_err(|reason| FetchSearchError::Fetch { path: p.clone(), reason })?;
                        self.add(p, &bytes)?;
                    }
                }
            }
        }
        match self.search(query, options)? {
            Step::Done(r) => Ok(r),
            Step::Fetch(paths) => Err(FetchSearchError::Stuck(paths)),
        }
    }
}
