//! The engine the bindings and the command use: a loaded corpus with its search index.
use crate::codec::{decode, CorpusError};
use crate::model::Corpus;
use crate::search::index::Index;
use crate::search::{SearchError, SearchOptions, SearchResults, Searcher};

pub struct Engine {
    pub corpus: Corpus,
    pub index: Index,
}

impl Engine {
    /// Loads a corpus artifact and indexes its passages.
    pub fn load(bytes: &[u8]) -> Result<Engine, CorpusError> {
        Ok(Engine::new(decode(bytes)?))
    }

    pub fn new(corpus: Corpus) -> Engine {
        let index = Index::build(&corpus.passages);
        Engine { corpus, index }
    }

    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<SearchResults, SearchError> {
        Searcher::new(&self.corpus.passages, &self.corpus.sources, &self.index).search(query, options)
    }
}
