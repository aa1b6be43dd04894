//! The corpus every element on a page shares: decoded once, searched through an index that is
//! built the first time a search needs it (a page of cards never pays for it).
use govlens_core::search::index::Index;
use govlens_core::search::Searcher;
use govlens_core::{Corpus, SearchError, SearchOptions, SearchResults};
use std::cell::OnceCell;
use std::rc::Rc;

pub struct Library {
    pub corpus: Corpus,
    index: OnceCell<Index>,
}

/// A handle to the shared corpus; equal when it is the same corpus (props compare cheaply).
#[derive(Clone)]
pub struct Data(pub Rc<Library>);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Data {
    pub fn new(corpus: Corpus) -> Data {
        Data(Rc::new(Library { corpus, index: OnceCell::new() }))
    }

    pub fn corpus(&self) -> &Corpus {
        &self.0.corpus
    }

    /// Builds the search index now if it is not built yet.
    pub fn warm_index(&self) {
        self.index();
    }

    fn index(&self) -> &Index {
        self.0.index.get_or_init(|| Index::build(&self.0.corpus.passages))
    }

    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<SearchResults, SearchError> {
        let c = &self.0.corpus;
        Searcher::new(&c.passages, &c.sources, self.index()).search(query, options)
    }
}
