//! The split layout: the corpus cut so that a page downloads only what it shows, whatever the
//! number of countries (issue 6).
//!
//! - `tables.govlens`: the datasets' shared tables (datasets, files with the header names their
//!   values cite, indicators, every country and aggregate with its names and region), which
//!   every value refers to by index. Every element that shows dataset values reads it once.
//! - `card/<CC>.govlens`: one country's card data (facts, scores, its UN MSQ answers without
//!   their texts, AI strategies, unknowns, its dataset values and gaps, and its sources). A
//!   card or a score chart reads only these and the tables, so a card's download does not grow
//!   with the corpus.
//! - `rest/<CC>.govlens`: the rest of that country's records but its passages (the UN MSQ
//!   answers in full, EUROPAM answers, repairs, checks), for comparisons and the API's answer
//!   queries.
//! - `indicator/<id>.govlens`: every country's and aggregate's values of one indicator in its
//!   latest year (a ranking), and `indicator/<id>/<year>.govlens` for each year.
//! - `series/<dataset>/<CC>.govlens`: one country's values of one dataset over the years (a
//!   trend; empty for a country outside the dataset), and `series/<dataset>/aggregates.govlens` the dataset's aggregates (the trend's
//!   reference line).
//! - `map/<area>.govlens`: one map's shapes (`map/world.govlens`, `map/europe.govlens`), which
//!   a map reads with the tables and its indicator's part.
//! - `text/<NNNN>.govlens`: passages, a run of consecutive ones per file, so a search result
//!   fetches the text around it and not its country's whole text. Card, rest and the country's
//!   text files together are exactly the country's part of the whole corpus.
//! - `index/<NNNN>.govlens`: the search index cut into stretches, as Pagefind does; a query loads
//!   the stretches its words, prefixes and typo candidates fall in. The stretches follow
//!   [`shard_key`], which puts a word's surface form, stems and accented form side by side.
//! - `manifest.govlens`: every source, each country's files and passage numbers, each shard's
//!   first key, and the corpus-wide numbers BM25 needs (passages, average field lengths), so
//!   that a search over loaded shards ranks exactly as a search over the whole corpus.
//!
//! Passages are numbered in id order (country, source, section), so a document's country and
//! source follow from the manifest's ranges, and equal scores fall in id order without the text.
use crate::codec::{decode_as, encode_as, CorpusError, FileKind};
use crate::model::{Corpus, Passage, Source};
use crate::search::index::{Index, TermRange, N_FIELDS};
use crate::search::{Docs, Found, SearchError, SearchOptions, SearchResults, Searcher};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The manifest's name in a split folder.
pub const MANIFEST_FILE: &str = "manifest.govlens";
/// A shard is closed when its postcard payload reaches this many bytes (about 8 KB gzip on the
/// bundled corpus: small enough that a query's few shards weigh less than a whole index, large
/// enough that a page does not make hundreds of requests).
pub const SHARD_BYTES: usize = 24 * 1024;
/// A text file is closed when its passages reach this many bytes (about 5 KB gzip).
pub const TEXT_BYTES: usize = 16 * 1024;

/// Where a term sorts for sharding: its word first, then its namespace, so that `transparency`,
/// `~en:transpar` and `~da:transparen` fall in the same stretch (by plain term order the four
/// languages' stems are four distant stretches, and every query word would load five shards).
pub fn shard_key(term: &str) -> String {
    let (namespace, word) = if let Some(rest) = term.strip_prefix('~') {
        rest.split_once(':').map_or(("~", rest), |(lang, w)| (&term[..lang.len() + 2], w))
    } else if let Some(w) = term.strip_prefix('=') {
        ("=", w)
    } else {
        ("", term)
    };
    format!("{word}\u{0}{namespace}")
}

fn key_range(r: &TermRange) -> TermRange {
    match r {
        TermRange::Term(t) => TermRange::Term(shard_key(t)),
        // Prefixes are of surface words; every key of a term that starts with them does too.
        TermRange::Prefix(p) => TermRange::Prefix(p.clone()),
    }
}

/// Where a country's card part is in a split folder: `card/LU.govlens`.
pub fn card_part(code: &str) -> String {
    format!("card/{code}.govlens")
}

/// The datasets' shared tables in a split folder.
pub const TABLES_FILE: &str = "tables.govlens";

/// Where an indicator's latest year is in a split folder: `indicator/un-egdi.egdi.govlens`
/// (every country's and aggregate's values of that year, for a ranking).
pub fn indicator_part(id: &str) -> String {
    format!("indicator/{id}.govlens")
}

/// Where one year of an indicator is: `indicator/un-egdi.egdi/2018.govlens`.
pub fn indicator_year_part(id: &str, year: u16) -> String {
    format!("indicator/{id}/{year}.govlens")
}

/// Where one country's values of a dataset are: `series/un-egdi/KE.govlens`; the dataset's
/// aggregates are together in `series/un-egdi/aggregates.govlens`.
pub fn series_part(dataset: &str, code: &str) -> String {
    format!("series/{dataset}/{code}.govlens")
}

/// Where one area's map shapes are: `map/world.govlens`.
pub fn map_part(area: crate::MapArea) -> String {
    format!("map/{}.govlens", area.slug())
}

/// What an indicator's view reads from a split folder: a store of these parts alone
/// ([`crate::Store::from_parts`]) answers it, as the whole corpus would. The datasets' tables;
/// for a `ranking` or a `map` one year's values of every country (the latest year's file
/// unless `year` is given); a map's shapes (its `area`'s, or both where the view picks the area
/// from the values); for a `trend` the `countries`' values of the indicator's dataset over the
/// years and the dataset's aggregates. The indicator is named by its full id (`un-egdi.egdi`):
/// the id names the files. The embed's loader (web/embed/govlens.js) fetches the same files.
pub fn indicator_parts(view: &str, indicator: &str, year: Option<u16>, area: Option<&str>, countries: &[&str]) -> Result<Vec<String>, crate::Problem> {
    let id = indicator.trim();
    let full_id = id.split_once('.').is_some_and(|(d, own)| {
        !d.is_empty()
            && !own.is_empty()
            && d.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && own.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if !full_id {
        return Err(crate::Problem::new(
            "Unknown indicator",
            format!("indicator=\"{id}\" is not an indicator id such as un-egdi.egdi (in a split folder, the full id names its file)"),
        ));
    }
    let mut parts = vec![TABLES_FILE.to_string()];
    match view {
        "ranking" | "map" => {
            parts.push(year.map_or_else(|| indicator_part(id), |y| indicator_year_part(id, y)));
            if view == "map" {
                let asked = crate::views::map::area_attribute(area)?;
                parts.extend(crate::MapArea::ALL.into_iter().filter(|a| asked.is_none_or(|x| x == *a)).map(map_part));
            }
        }
        "trend" => {
            let dataset = &id[..id.find('.').unwrap_or(id.len())];
            for code in countries.iter().map(|c| c.trim().to_ascii_uppercase()).filter(|c| crate::model::is_country_code(c)) {
                parts.push(series_part(dataset, &code));
            }
            parts.push(series_part(dataset, AGGREGATES_SERIES));
        }
        other => {
            return Err(crate::Problem::with_code("Unknown view", format!("'{other}' is not an indicator's view; views: ranking, trend, map"), "bad-option"));
        }
    }
    Ok(parts)
}

/// The name of a dataset's aggregates' series part.
pub const AGGREGATES_SERIES: &str = "aggregates";

/// The shared tables: datasets, files (each with the header names some value cites), indicators
/// and every entity.
pub fn tables_corpus(corpus: &Corpus) -> Corpus {
    let cited = Corpus { observations: corpus.observations.clone(), gaps: corpus.gaps.clone(), ..Corpus::default() }.with_cited_files(&corpus.data_files);
    Corpus {
        datasets: corpus.datasets.clone(),
        data_files: cited.data_files,
        indicators: corpus.indicators.clone(),
        entities: corpus.entities.clone(),
        ..Corpus::default()
    }
}

/// Values only, for a part that the tables accompany: those `keep` selects.
fn values_where(corpus: &Corpus, keep: impl Fn(&crate::Observation) -> bool) -> Corpus {
    Corpus { observations: corpus.observations.iter().filter(|o| keep(o)).cloned().collect(), ..Corpus::default() }
}

/// A file of the layout, with its size (so that a loader can report what it will download).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Relative to the manifest's folder.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u32,
}

/// One country in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryEntry {
    /// ISO code.
    pub code: String,
    /// Its card part: facts, scores, UN answers, AI strategies, unknowns and sources.
    pub card: FileEntry,
    /// Its rest part: EUROPAM answers, repairs and checks.
    pub rest: FileEntry,
    /// Its passages are numbers `first_doc .. first_doc + docs`.
    pub first_doc: u32,
    /// How many passages it has.
    pub docs: u32,
    /// Each of its source files with the number of its first passage, in passage order.
    pub source_docs: Vec<(String, u32)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// One stretch of the search index's vocabulary.
pub struct ShardEntry {
    /// The shard holds the terms whose [`shard_key`] is from this one up to the next shard's.
    pub first: String,
    /// Where the shard is.
    pub file: FileEntry,
}

/// A run of passages: numbers `first_doc .. first_doc + docs`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextEntry {
    /// The run's first passage.
    pub first_doc: u32,
    /// How many passages it holds.
    pub docs: u32,
    /// Where the run is.
    pub file: FileEntry,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// What a split folder holds and where: a page fetches it first, then only what it needs.
pub struct Manifest {
    /// Every source document, for citing hits.
    pub sources: Vec<Source>,
    /// Sorted by code.
    pub countries: Vec<CountryEntry>,
    /// The runs of passages' text.
    pub texts: Vec<TextEntry>,
    /// The index shards, in key order.
    pub shards: Vec<ShardEntry>,
    /// The datasets' shared tables (`tables.govlens`), which every card part's values cite.
    pub tables: FileEntry,
    /// How many passages the whole corpus has (for ranking as over the whole).
    pub n_docs: u32,
    /// The average length of each field over the whole corpus (for ranking).
    pub avg_len: [f32; N_FIELDS],
}

/// The split layout's files, manifest first: (path, bytes).
pub fn split(corpus: &Corpus) -> Vec<(String, Vec<u8>)> {
    let mut passages: Vec<Passage> = corpus.passages.clone();
    passages.sort_by(|a, b| a.id.cmp(&b.id));
    let index = Index::build(&passages);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();

    let mut countries = Vec::new();
    for code in corpus.countries() {
        let (card, rest) = country_parts(corpus, code);
        let first_doc = passages.partition_point(|p| p.country.as_str() < code) as u32;
        let mut source_docs: Vec<(String, u32)> = Vec::new();
        let mut docs = 0;
        for (k, p) in passages.iter().enumerate().skip(first_doc as usize).take_while(|(_, p)| p.country == code) {
            if source_docs.last().is_none_or(|(s, _)| *s != p.source) {
                source_docs.push((p.source.clone(), k as u32));
            }
            docs += 1;
        }
        let card_file = push(&mut files, card_part(code), encode_as(FileKind::Corpus, &card));
        let rest_file = push(&mut files, format!("rest/{code}.govlens"), encode_as(FileKind::Corpus, &rest));
        countries.push(CountryEntry { code: code.to_string(), card: card_file, rest: rest_file, first_doc, docs, source_docs });
    }

    let mut texts = Vec::new();
    let mut first_doc = 0usize;
    while first_doc < passages.len() {
        // A run stays within one country, so a text file's records are of one country.
        let country = &passages[first_doc].country;
        let (mut end, mut size) = (first_doc, 0);
        while end < passages.len() && &passages[end].country == country && (end == first_doc || size + passages[end].text.len() <= TEXT_BYTES) {
            size += passages[end].text.len();
            end += 1;
        }
        let run = Corpus { passages: passages[first_doc..end].to_vec(), ..Corpus::default() };
        let file = push(&mut files, format!("text/{:04}.govlens", texts.len()), encode_as(FileKind::Corpus, &run));
        texts.push(TextEntry { first_doc: first_doc as u32, docs: (end - first_doc) as u32, file });
        first_doc = end;
    }

    let mut shards = Vec::new();
    for (n, (first, shard)) in cut_into_shards(&index).into_iter().enumerate() {
        let file = push(&mut files, format!("index/{n:04}.govlens"), encode_as(FileKind::Shard, &shard));
        shards.push(ShardEntry { first, file });
    }
    let tables = push(&mut files, TABLES_FILE.to_string(), encode_as(FileKind::Corpus, &tables_corpus(corpus)));
    let manifest = Manifest { sources: corpus.sources.clone(), countries, texts, shards, tables, n_docs: index.n_docs, avg_len: index.avg_len };
    // The indicators' and series' parts (the manifest does not list them: a ranking or trend
    // names its files by the indicator's id, its year and its countries' codes).
    for (i, ind) in corpus.indicators.iter().enumerate() {
        let years = corpus.years_of(i as u16);
        for &year in &years {
            let part = encode_as(FileKind::Corpus, &values_where(corpus, |o| o.indicator as usize == i && o.year == year));
            if Some(&year) == years.last() {
                push(&mut files, indicator_part(&ind.id), part.clone());
            }
            push(&mut files, indicator_year_part(&ind.id, year), part);
        }
    }
    for (d, ds) in corpus.datasets.iter().enumerate() {
        let of_dataset = |o: &crate::Observation| corpus.indicators[o.indicator as usize].dataset as usize == d;
        let aggregate = |code: &str| corpus.entity(code).is_some_and(|e| e.kind == crate::EntityKind::Aggregate);
        // One for every country, with or without values of this dataset: a trend asks for its
        // countries' series by name, and a country outside the dataset is a line with no values,
        // not a failed request.
        for code in corpus.countries() {
            push(&mut files, series_part(&ds.id, code), encode_as(FileKind::Corpus, &values_where(corpus, |o| of_dataset(o) && o.entity == code)));
        }
        push(&mut files, series_part(&ds.id, AGGREGATES_SERIES), encode_as(FileKind::Corpus, &values_where(corpus, |o| of_dataset(o) && aggregate(&o.entity))));
    }
    for map in &corpus.basemaps {
        push(&mut files, map_part(map.area), encode_as(FileKind::Corpus, &Corpus { basemaps: vec![map.clone()], ..Corpus::default() }));
    }
    files.insert(0, (MANIFEST_FILE.to_string(), encode_as(FileKind::Manifest, &manifest)));
    files
}

fn push(files: &mut Vec<(String, Vec<u8>)>, path: String, bytes: Vec<u8>) -> FileEntry {
    let entry = FileEntry { path: path.clone(), bytes: bytes.len() as u32 };
    files.push((path, bytes));
    entry
}

/// One country's card part and the rest of its records but its passages.
fn country_parts(corpus: &Corpus, code: &str) -> (Corpus, Corpus) {
    let all = corpus.of_country(code);
    // The card counts the UN answers (yes, no, unknown) and cites their lines; their texts are
    // for a comparison, which reads the rest part too, where they are in full.
    let stubs = all.answers.iter().filter(|a| a.questionnaire.is_un_msq()).map(crate::Answer::stub).collect();
    // The checks a card says beside its scores go with it; the others are for the rest.
    let (shown, checks): (Vec<_>, Vec<_>) = all.checks.into_iter().partition(|c| all.scores.iter().any(|s| crate::views::flags_score(c, s)));
    // The dataset tables are in the shared tables file, not in every card part.
    let card = Corpus {
        checks: shown,
        sources: all.sources,
        facts: all.facts,
        scores: all.scores,
        answers: stubs,
        ai_strategies: all.ai_strategies,
        unknowns: all.unknowns,
        observations: all.observations,
        gaps: all.gaps,
        ..Corpus::default()
    };
    let rest = Corpus { answers: all.answers, repairs: all.repairs, checks, ..Corpus::default() };
    (card, rest)
}

/// Cuts the index into stretches of about `SHARD_BYTES` each, in [`shard_key`] order; each
/// shard's terms stay sorted, as an index's must.
fn cut_into_shards(index: &Index) -> Vec<(String, Index)> {
    let mut order: Vec<(String, usize)> = index.terms.iter().enumerate().map(|(i, t)| (shard_key(t), i)).collect();
    order.sort();
    // (first key, term numbers) per shard.
    let mut shards: Vec<(String, Vec<usize>)> = Vec::new();
    let mut size = 0usize;
    for (key, i) in order {
        // Postcard's varints: about 2 bytes per number on this corpus.
        let cost = index.terms[i].len() + index.postings[i].iter().map(|p| 8 + 2 * p.positions.len()).sum::<usize>();
        match shards.last_mut() {
            Some((_, terms)) if size + cost <= SHARD_BYTES => terms.push(i),
            _ => {
                shards.push((key, vec![i]));
                size = 0;
            }
        }
        size += cost;
    }
    shards
        .into_iter()
        .map(|(first, mut terms)| {
            // In term order, as an index's vocabulary must be.
            terms.sort_unstable();
            (first, index.subset(&terms))
        })
        .collect()
}

/// What a search in the split layout needs next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The results.
    Done(SearchResults),
    /// Fetch these files (paths relative to the manifest), `add` them, and search again.
    Fetch(Vec<String>),
}

/// A split corpus as a page loads it: the manifest, then shards and parts as they arrive.
pub struct SplitCorpus {
    /// The manifest the folder was opened with.
    pub manifest: Manifest,
    /// The shards loaded so far, merged into one index.
    index: Index,
    loaded_shards: Vec<bool>,
    /// Text files loaded so far, by position in `manifest.texts`.
    texts: BTreeMap<usize, Vec<Passage>>,
    /// The card and rest parts loaded so far, merged: what cards, charts, comparisons and
    /// answer queries read.
    pub records: Corpus,
    /// Per country: card part loaded, rest part loaded.
    loaded_parts: Vec<[bool; 2]>,
    /// The datasets' tables loaded.
    loaded_tables: bool,
}

/// Why a file could not be added to a split corpus.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AddError {
    #[error("{path}: not a file of this corpus's manifest")]
    /// The manifest lists no such file.
    Unknown {
        /// The file, relative to the manifest.
        path: String,
    },
    #[error("{path}: {error}")]
    /// The file could not be decoded.
    File {
        /// The file, relative to the manifest.
        path: String,
        /// Why it could not be decoded.
        error: CorpusError,
    },
    #[error("{path}: holds {found} where the manifest expects {expected}")]
    /// The file holds something other than what the manifest says.
    Mismatch {
        /// The file, relative to the manifest.
        path: String,
        /// What the file has.
        found: String,
        /// What was expected.
        expected: String,
    },
}

/// A file of the manifest, by what it holds.
enum Entry {
    Shard(usize),
    Text(usize),
    /// A country's card part (0) or rest part (1).
    Part(usize, usize),
    /// The datasets' shared tables.
    Tables,
}

/// Whether `path` is what a split folder's manifest may name: a relative name inside the folder
/// (`card/LU.govlens`, `index/0003.govlens`), nothing else: no scheme or host
/// (`https://…`, `//host/…`), no absolute path, no `.` or `..` segment, only letters, digits,
/// `.`, `_`, `-`, `+` and `/` between segments.
pub fn is_folder_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 200
        && path.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+' | b'/'))
        && path.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != "..")
}

impl Manifest {
    /// What a manifest must hold to be used: every path inside the folder, country codes of
    /// their shape, passage runs within the passage count. The first problem, naming its entry.
    pub fn validate(&self) -> Result<(), String> {
        let mut paths: Vec<(String, &str)> = vec![("tables".into(), self.tables.path.as_str())];
        for (i, c) in self.countries.iter().enumerate() {
            if !crate::model::is_country_code(&c.code) {
                return Err(format!("manifest entry countries[{i}]: '{}' is not a country code (two capital letters)", c.code.escape_debug()));
            }
            paths.push((format!("countries[{i}] ({}) card", c.code), &c.card.path));
            paths.push((format!("countries[{i}] ({}) rest", c.code), &c.rest.path));
            if c.first_doc.checked_add(c.docs).is_none_or(|end| end > self.n_docs) {
                return Err(format!("manifest entry countries[{i}] ({}): passages {}+{} beyond the corpus's {}", c.code, c.first_doc, c.docs, self.n_docs));
            }
        }
        for (i, t) in self.texts.iter().enumerate() {
            paths.push((format!("texts[{i}]"), &t.file.path));
            if t.first_doc.checked_add(t.docs).is_none_or(|end| end > self.n_docs) {
                return Err(format!("manifest entry texts[{i}]: passages {}+{} beyond the corpus's {}", t.first_doc, t.docs, self.n_docs));
            }
        }
        paths.extend(self.shards.iter().enumerate().map(|(i, s)| (format!("shards[{i}]"), s.file.path.as_str())));
        for (entry, path) in &paths {
            if !is_folder_path(path) {
                return Err(format!("manifest entry {entry}: '{}' is not a file name inside the split folder", path.escape_debug()));
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        if let Some((entry, path)) = paths.iter().find(|(_, p)| !seen.insert(*p)) {
            return Err(format!("manifest entry {entry}: '{path}' is named twice"));
        }
        self.validate_runs()
    }

    /// The passage runs a search looks documents up in (issue 20, finding 9): the text files'
    /// runs cover every passage once, in order, so every hit's text has a file; the countries'
    /// runs are in order and do not overlap, each country's sources within its run; the shards'
    /// first keys ascend.
    fn validate_runs(&self) -> Result<(), String> {
        let mut next = 0u32;
        for (i, t) in self.texts.iter().enumerate() {
            if t.first_doc != next || t.docs == 0 {
                return Err(format!("manifest entry texts[{i}]: passages {}+{} where the run from {next} was expected", t.first_doc, t.docs));
            }
            next = t.first_doc + t.docs;
        }
        if next != self.n_docs {
            return Err(format!("manifest: the text files hold passages up to {next}, the corpus has {}", self.n_docs));
        }
        let mut next = 0u32;
        for (i, c) in self.countries.iter().enumerate() {
            if c.first_doc < next && c.docs > 0 {
                return Err(format!("manifest entry countries[{i}] ({}): passages from {} overlap the previous country's, up to {next}", c.code, c.first_doc));
            }
            let end = c.first_doc + c.docs;
            if c.source_docs.iter().any(|(_, first)| !(c.first_doc..end.max(c.first_doc + 1)).contains(first))
                || c.source_docs.windows(2).any(|w| w[0].1 > w[1].1)
            {
                return Err(format!("manifest entry countries[{i}] ({}): its sources' first passages are not in order within its run", c.code));
            }
            next = next.max(end);
        }
        if let Some(i) = self.shards.windows(2).position(|w| w[0].first >= w[1].first) {
            return Err(format!("manifest entry shards[{}]: its first term does not sort after the previous shard's", i + 1));
        }
        if self.n_docs > 0 && self.shards.is_empty() {
            return Err("manifest: passages but no index shards".into());
        }
        if !self.avg_len.iter().all(|a| a.is_finite() && *a >= 0.0) {
            return Err("manifest: the average field lengths are not finite numbers".into());
        }
        Ok(())
    }
}

impl SplitCorpus {
    /// Opens a split folder from its manifest's bytes.
    pub fn from_manifest(bytes: &[u8]) -> Result<SplitCorpus, CorpusError> {
        let manifest: Manifest = decode_as(FileKind::Manifest, bytes)?;
        manifest.validate().map_err(CorpusError::Invalid)?;
        let index = Index { n_docs: manifest.n_docs, avg_len: manifest.avg_len, ..Index::default() };
        Ok(SplitCorpus {
            loaded_shards: vec![false; manifest.shards.len()],
            loaded_parts: vec![[false; 2]; manifest.countries.len()],
            loaded_tables: false,
            manifest,
            index,
            texts: BTreeMap::new(),
            records: Corpus::default(),
        })
    }

    /// A country's card and rest parts' paths; `None` when the manifest has no such country.
    pub fn parts_of(&self, code: &str) -> Option<(&str, &str)> {
        self.manifest.countries.iter().find(|c| c.code.eq_ignore_ascii_case(code)).map(|c| (c.card.path.as_str(), c.rest.path.as_str()))
    }

    /// The card part's path for a country; `None` when the manifest has no such country.
    pub fn card_path(&self, code: &str) -> Option<&str> {
        self.manifest.countries.iter().find(|c| c.code.eq_ignore_ascii_case(code)).map(|c| c.card.path.as_str())
    }

    fn entry(&self, path: &str) -> Option<Entry> {
        let m = &self.manifest;
        (m.shards.iter().position(|s| s.file.path == path).map(Entry::Shard))
            .or_else(|| m.texts.iter().position(|t| t.file.path == path).map(Entry::Text))
            .or_else(|| m.countries.iter().position(|c| c.card.path == path).map(|i| Entry::Part(i, 0)))
            .or_else(|| m.countries.iter().position(|c| c.rest.path == path).map(|i| Entry::Part(i, 1)))
            .or_else(|| (m.tables.path == path).then_some(Entry::Tables))
    }

    /// Whether a file of the manifest is loaded already.
    pub fn has(&self, path: &str) -> bool {
        self.entry(path).is_some_and(|e| self.loaded(&e))
    }

    fn loaded(&self, entry: &Entry) -> bool {
        match *entry {
            Entry::Shard(i) => self.loaded_shards[i],
            Entry::Text(i) => self.texts.contains_key(&i),
            Entry::Part(i, k) => self.loaded_parts[i][k],
            Entry::Tables => self.loaded_tables,
        }
    }

    /// Adds a fetched file (a shard, a text file, a card or rest part) under its manifest path.
    /// Adding a file twice is harmless.
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), AddError> {
        let file_err = |error| AddError::File { path: path.to_string(), error };
        let mismatch = |found: String, expected: String| AddError::Mismatch { path: path.to_string(), found, expected };
        let entry = self.entry(path).ok_or_else(|| AddError::Unknown { path: path.to_string() })?;
        if self.loaded(&entry) {
            return Ok(());
        }
        match entry {
            Entry::Shard(i) => {
                let shard: Index = decode_as(FileKind::Shard, bytes).map_err(file_err)?;
                shard.validate().map_err(|m| file_err(CorpusError::Invalid(m)))?;
                let first = shard.terms.iter().map(|t| shard_key(t)).min().unwrap_or_default();
                let want = &self.manifest.shards[i].first;
                // Each difference said on its own: a wrong passage count had read "a shard
                // starting at 'x' where the manifest expects one starting at 'x'".
                if shard.n_docs != self.manifest.n_docs {
                    return Err(mismatch(format!("a shard of an index over {} passages", shard.n_docs), format!("one over {}", self.manifest.n_docs)));
                }
                if first != *want {
                    return Err(mismatch(
                        format!("a shard starting at '{}'", first.replace('\0', " ").escape_debug()),
                        format!("one starting at '{}'", want.replace('\0', " ").escape_debug()),
                    ));
                }
                // Its terms stay in its stretch: a term of another shard would be taken twice.
                if let Some(next) = self.manifest.shards.get(i + 1).map(|s| s.first.as_str()) {
                    if let Some(t) = shard.terms.iter().find(|t| shard_key(t).as_str() >= next) {
                        return Err(mismatch(format!("the term '{}'", t.escape_debug()), format!("terms before '{}'", next.replace('\0', " ").escape_debug())));
                    }
                }
                self.index.absorb(shard);
                self.loaded_shards[i] = true;
            }
            Entry::Text(i) => {
                let part = decode_as::<Corpus>(FileKind::Corpus, bytes).map_err(file_err)?;
                let want = self.manifest.texts[i].docs;
                if part.passages.len() as u32 != want {
                    return Err(mismatch(format!("{} passages", part.passages.len()), format!("{want} passages")));
                }
                self.texts.insert(i, part.passages);
            }
            Entry::Part(i, k) => {
                let part = crate::codec::decode(bytes).map_err(file_err)?;
                let code = &self.manifest.countries[i].code;
                if let Some(other) = part.countries().into_iter().chain(part.answers.iter().map(|a| a.country.as_str())).find(|c| c != code) {
                    return Err(mismatch(format!("records of {other}"), format!("only {code}")));
                }
                self.records.merge(part);
                self.loaded_parts[i][k] = true;
            }
            Entry::Tables => {
                let part = crate::codec::decode(bytes).map_err(file_err)?;
                if !part.observations.is_empty() || !part.sources.is_empty() {
                    return Err(mismatch("records of countries".into(), "the datasets' tables only".into()));
                }
                self.records.merge(part);
                self.loaded_tables = true;
            }
        }
        Ok(())
    }

    /// The shards a query reads that are not loaded yet.
    pub fn shards_for(&self, query: &str, options: &SearchOptions) -> Result<Vec<String>, SearchError> {
        let ranges: Vec<TermRange> = Searcher::ranges(&self.docs(), &self.manifest.sources, query, options)?.iter().map(key_range).collect();
        let shards = &self.manifest.shards;
        Ok((0..shards.len())
            .filter(|&i| {
                // The first shard also holds whatever sorts before its first key.
                let lo = if i == 0 { "" } else { shards[i].first.as_str() };
                let hi = shards.get(i + 1).map(|s| s.first.as_str());
                !self.loaded_shards[i] && ranges.iter().any(|r| r.overlaps(lo, hi))
            })
            .map(|i| shards[i].file.path.clone())
            .collect())
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
                let mut paths: Vec<String> = missing.iter().filter_map(|&d| docs.text_of(d)).map(|i| self.manifest.texts[i].file.path.clone()).collect();
                paths.dedup();
                Ok(Step::Fetch(paths))
            }
        }
    }

    fn docs(&self) -> SplitDocs<'_> {
        SplitDocs { manifest: &self.manifest, texts: &self.texts }
    }
}

/// The passages as the manifest describes them, with the text of the runs loaded.
struct SplitDocs<'a> {
    manifest: &'a Manifest,
    texts: &'a BTreeMap<usize, Vec<Passage>>,
}

/// The entry of a sorted list of runs that holds `doc`.
fn run_of<T>(runs: &[T], doc: u32, range: impl Fn(&T) -> (u32, u32)) -> Option<usize> {
    let i = runs.partition_point(|r| range(r).0 <= doc).checked_sub(1)?;
    let (first, len) = range(&runs[i]);
    (doc < first + len).then_some(i)
}

impl SplitDocs<'_> {
    fn country_of(&self, doc: u32) -> Option<&CountryEntry> {
        run_of(&self.manifest.countries, doc, |c| (c.first_doc, c.docs)).map(|i| &self.manifest.countries[i])
    }

    fn text_of(&self, doc: u32) -> Option<usize> {
        run_of(&self.manifest.texts, doc, |t| (t.first_doc, t.docs))
    }
}

impl Docs for SplitDocs<'_> {
    fn country(&self, doc: u32) -> &str {
        self.country_of(doc).map_or("", |c| c.code.as_str())
    }

    fn source(&self, doc: u32) -> &str {
        let Some(c) = self.country_of(doc) else { return "" };
        let k = c.source_docs.partition_point(|(_, first)| *first <= doc);
        k.checked_sub(1).map_or("", |k| c.source_docs[k].0.as_str())
    }

    fn passage(&self, doc: u32) -> Option<&Passage> {
        let i = self.text_of(doc)?;
        self.texts.get(&i)?.get((doc - self.manifest.texts[i].first_doc) as usize)
    }

    fn id_order(&self, a: u32, b: u32) -> Ordering {
        a.cmp(&b)
    }
}

/// Why a search that fetches its own files failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchSearchError {
    #[error(transparent)]
    /// The query could not run.
    Search(#[from] SearchError),
    #[error(transparent)]
    /// A fetched file could not be added.
    Add(#[from] AddError),
    #[error("{path}: {reason}")]
    /// A file could not be fetched.
    Fetch {
        /// The file, relative to the manifest.
        path: String,
        /// Why.
        reason: String,
    },
    #[error("the search still needs {0:?} after they were added")]
    /// The manifest and the files disagree: a search still needs files after they were added.
    Stuck(Vec<String>),
}

impl SplitCorpus {
    /// Searches, fetching what the search needs with `fetch` (synchronous callers: the command,
    /// tests and benchmarks; a page runs the same steps with `search` and `add`).
    pub fn search_fetching(
        &mut self,
        query: &str,
        options: &SearchOptions,
        mut fetch: impl FnMut(&str) -> Result<Vec<u8>, String>,
    ) -> Result<SearchResults, FetchSearchError> {
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
