//! The runtime store every front end reads: a whole corpus file, or a split folder loaded part
//! by part. It serves search and every view; a split folder says which files it needs next
//! ([`Step::Fetch`]) and the caller fetches and `add`s them, so that core does no I/O. The split
//! folder is the `split` feature (on by default): the embed's card-only build leaves it out.
use crate::codec::{decode, CorpusError};
use crate::layout::Step;
#[cfg(feature = "split")]
use crate::layout::{card_part, AddError, FetchSearchError, SplitCorpus};
use crate::model::{Corpus, Source};
use crate::search::index::Index;
use crate::search::{SearchError, SearchOptions, SearchResults, Searcher};
use crate::views::search::SearchScope;
use std::sync::OnceLock;

/// A corpus as a page, the npm package or the command holds it.
///
/// ```
/// use govlens_core::{SearchOptions, Store};
/// let store = Store::new(govlens_core::Corpus::default());
/// let results = store.search("eID", &SearchOptions::default()).unwrap();
/// assert_eq!(results.total, 0);
/// ```
pub struct Store {
    layout: Layout,
}

// One store per page or process: the variants' sizes (a few hundred bytes each) do not matter.
#[allow(clippy::large_enum_variant)]
enum Layout {
    /// The whole corpus; its index is built the first time a search needs it (a page of cards
    /// never pays for it).
    Whole { corpus: Corpus, index: OnceLock<Index> },
    /// A split folder's manifest and the files added to it so far.
    #[cfg(feature = "split")]
    Split(SplitCorpus),
}

impl Store {
    /// Loads a corpus artifact (`govlens.corpus`).
    pub fn load(bytes: &[u8]) -> Result<Store, CorpusError> {
        Ok(Store::new(decode(bytes)?))
    }

    /// A store over a corpus in memory.
    pub fn new(corpus: Corpus) -> Store {
        Store { layout: Layout::Whole { corpus, index: OnceLock::new() } }
    }

    /// Joins corpus parts (a split folder's card parts of the countries a page shows) without
    /// their manifest. The error of a part that fails names it by position (`part 2: ...`).
    pub fn from_parts<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> Result<Store, String> {
        let mut corpus = Corpus::default();
        for (i, part) in parts.into_iter().enumerate() {
            corpus.merge(decode(part).map_err(|e| format!("part {}: {e}", i + 1))?);
        }
        Ok(Store::new(corpus))
    }

    /// A split folder, from its manifest (`manifest.govlens`): files are added as they arrive.
    #[cfg(feature = "split")]
    pub fn from_manifest(bytes: &[u8]) -> Result<Store, CorpusError> {
        Ok(Store { layout: Layout::Split(SplitCorpus::from_manifest(bytes)?) })
    }

    /// Whether this store reads a split folder.
    #[cfg(feature = "split")]
    pub fn is_split(&self) -> bool {
        matches!(self.layout, Layout::Split(_))
    }

    /// The records the views read: the whole corpus, or a split folder's parts added so far.
    pub fn corpus(&self) -> &Corpus {
        match &self.layout {
            Layout::Whole { corpus, .. } => corpus,
            #[cfg(feature = "split")]
            Layout::Split(split) => &split.records,
        }
    }

    /// The sources hits are cited from: the corpus's, or the split manifest's (all of them,
    /// whatever has been added).
    pub fn sources(&self) -> &[Source] {
        match &self.layout {
            Layout::Whole { corpus, .. } => &corpus.sources,
            #[cfg(feature = "split")]
            Layout::Split(split) => &split.manifest.sources,
        }
    }

    /// The countries the store holds (a split folder: every country of its manifest).
    pub fn countries(&self) -> Vec<&str> {
        match &self.layout {
            Layout::Whole { corpus, .. } => corpus.countries(),
            #[cfg(feature = "split")]
            Layout::Split(split) => split.manifest.countries.iter().map(|c| c.code.as_str()).collect(),
        }
    }

    /// The whole corpus's search index, built now if it is not yet; `None` for a split folder,
    /// whose index arrives in shards.
    pub fn index(&self) -> Option<&Index> {
        match &self.layout {
            Layout::Whole { corpus, index } => Some(whole_index(corpus, index)),
            #[cfg(feature = "split")]
            Layout::Split(_) => None,
        }
    }

    /// What the search filters offer: the countries and the source families searched.
    pub fn scope(&self, locale: crate::format::Locale) -> SearchScope {
        // Only documents are searched: a country known from the datasets alone has no text.
        let mut countries: Vec<&str> = self.sources().iter().map(|s| s.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        SearchScope::of(&countries, self.sources(), locale)
    }

    /// The results, or in a split folder the files to fetch and [`add`](Store::add) first.
    pub fn step(&self, query: &str, options: &SearchOptions) -> Result<Step, SearchError> {
        match &self.layout {
            Layout::Whole { corpus, index } => {
                Searcher::new(&corpus.passages, &corpus.sources, whole_index(corpus, index)).search(query, options).map(Step::Done)
            }
            #[cfg(feature = "split")]
            Layout::Split(split) => split.search(query, options),
        }
    }

    /// Full-text search (the rules: docs/query.md). A split folder that still needs files says
    /// which ([`SearchError::NotLoaded`]): use [`step`](Store::step) or
    /// [`search_fetching`](Store::search_fetching) there.
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<SearchResults, SearchError> {
        match self.step(query, options)? {
            Step::Done(results) => Ok(results),
            Step::Fetch(paths) => Err(SearchError::NotLoaded { paths }),
        }
    }

    /// Searches, fetching what a split folder needs with `fetch` (a path relative to the
    /// manifest -> its bytes) until the results are there.
    #[cfg(feature = "split")]
    pub fn search_fetching(
        &mut self,
        query: &str,
        options: &SearchOptions,
        fetch: impl FnMut(&str) -> Result<Vec<u8>, String>,
    ) -> Result<SearchResults, FetchSearchError> {
        match &mut self.layout {
            Layout::Whole { .. } => self.search(query, options).map_err(FetchSearchError::Search),
            Layout::Split(split) => split.search_fetching(query, options, fetch),
        }
    }

    /// The files a view of these countries needs that are not added yet (always none for a
    /// whole corpus): the datasets' tables, and each country's card and rest parts. A country the manifest does not hold is named as its would-be path
    /// (`card/XX.govlens`), so that fetching it fails with a message that says which.
    #[cfg(feature = "split")]
    pub fn parts_for(&self, countries: &[&str]) -> Vec<String> {
        let Layout::Split(split) = &self.layout else { return vec![] };
        // The card parts' values cite the datasets' shared tables; a comparison reads the UN
        // answers in full, which are in the rest parts.
        let parts = countries.iter().flat_map(|cc| match split.parts_of(cc) {
            Some((card, rest)) => vec![card.to_string(), rest.to_string()],
            None => vec![card_part(&cc.trim().to_ascii_uppercase())],
        });
        std::iter::once(crate::layout::TABLES_FILE.to_string()).chain(parts).filter(|p| !split.has(p)).collect()
    }

    /// Whether a split folder's file is added already (a whole corpus has every file).
    #[cfg(feature = "split")]
    pub fn has(&self, path: &str) -> bool {
        match &self.layout {
            Layout::Whole { .. } => true,
            Layout::Split(split) => split.has(path),
        }
    }

    /// Adds a fetched file of a split folder (a shard, a text file, a card or rest part) under
    /// its manifest path; adding one twice is harmless.
    #[cfg(feature = "split")]
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), AddError> {
        match &mut self.layout {
            Layout::Whole { .. } => Err(AddError::Unknown { path: path.to_string() }),
            Layout::Split(split) => split.add(path, bytes),
        }
    }
}

/// A whole corpus's index, built the first time it is asked for.
fn whole_index<'a>(corpus: &Corpus, index: &'a OnceLock<Index>) -> &'a Index {
    index.get_or_init(|| Index::build(&corpus.passages))
}
