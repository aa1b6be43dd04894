//! The data every element on a page shares: a corpus decoded once (the whole file, or the card
//! parts of a split folder), or for a search in a split folder its manifest, to which the index
//! shards and passage texts a query needs are added as they arrive.
use govlens_core::Corpus;
use std::rc::Rc;

pub struct Library {
    pub corpus: Corpus,
    #[cfg(feature = "search")]
    search: search::Store,
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
        Data(Rc::new(Library {
            corpus,
            #[cfg(feature = "search")]
            search: search::Store::Whole(Default::default()),
        }))
    }

    pub fn corpus(&self) -> &Corpus {
        &self.0.corpus
    }
}

/// Search over either store. The card-only build (`--no-default-features`) leaves it out, with
/// the index, the stemmers and the search component.
#[cfg(feature = "search")]
mod search {
    use super::{Data, Library};
    use govlens_core::layout::{SplitCorpus, Step};
    use govlens_core::search::{index::Index, Searcher};
    use govlens_core::{Corpus, Family, Hit, Provenance, SearchError, SearchOptions, Source};
    use std::cell::{Cell, OnceCell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};

    pub enum Store {
        /// The whole corpus: its index is built the first time a search needs it (a page of
        /// cards never pays for it).
        Whole(OnceCell<Index>),
        /// A split folder's manifest and what has been added to it. `fetch` is the loader's:
        /// it takes a path relative to the manifest and resolves to its bytes (once per file).
        Split { corpus: RefCell<SplitCorpus>, fetch: js_sys::Function, added: Cell<u32> },
    }

    impl Data {
        pub fn split(corpus: SplitCorpus, fetch: js_sys::Function) -> Data {
            let store = Store::Split { corpus: RefCell::new(corpus), fetch, added: Cell::new(0) };
            Data(Rc::new(Library { corpus: Corpus::default(), search: store }))
        }

        /// Builds the whole corpus's index now if it is not built yet.
        pub fn warm_index(&self) {
            if let Store::Whole(index) = &self.0.search {
                index.get_or_init(|| Index::build(&self.0.corpus.passages));
            }
        }

        /// The results, or in a split folder the files to fetch first (`fetch`).
        pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Step, SearchError> {
            match &self.0.search {
                Store::Whole(index) => {
                    let c = &self.0.corpus;
                    let index = index.get_or_init(|| Index::build(&c.passages));
                    Searcher::new(&c.passages, &c.sources, index).search(query, options).map(Step::Done)
                }
                Store::Split { corpus, .. } => corpus.borrow().search(query, options),
            }
        }

        /// How many files have been added to a split store: a search that waited for files
        /// runs again when it changes.
        pub fn added(&self) -> u32 {
            match &self.0.search {
                Store::Whole(_) => 0,
                Store::Split { added, .. } => added.get(),
            }
        }

        /// What the filters offer: the countries and the source families searched.
        pub fn scope(&self) -> (Vec<String>, Vec<Family>) {
            let scope = |countries: Vec<&str>, sources: &[Source]| {
                let families = Family::ALL.into_iter().filter(|f| sources.iter().any(|s| s.family == *f)).collect();
                (countries.into_iter().map(str::to_string).collect(), families)
            };
            match &self.0.search {
                Store::Whole(_) => scope(self.0.corpus.countries(), &self.0.corpus.sources),
                Store::Split { corpus, .. } => {
                    let m = &corpus.borrow().manifest;
                    scope(m.countries.iter().map(|c| c.code.as_str()).collect(), &m.sources)
                }
            }
        }

        /// A hit's document and lines, as a reader would cite it.
        pub fn cite(&self, hit: &Hit) -> String {
            let p = Provenance { source: hit.source.clone(), locator: String::new(), lines: hit.lines };
            let document = match &self.0.search {
                Store::Whole(_) => self.0.corpus.cite(&p, None).document,
                Store::Split { corpus, .. } => govlens_core::views::cite(&corpus.borrow().manifest.sources, &p, None).document,
            };
            format!("{document}, lines {}-{}", hit.lines.start, hit.lines.end)
        }

        /// Fetches the files a split search asked for and adds them. The requests all start
        /// before the first is awaited; a file another search added meanwhile is skipped. The
        /// error names the file and what went wrong with it.
        pub async fn fetch(&self, paths: &[String]) -> Result<(), String> {
            let Store::Split { corpus, fetch, added } = &self.0.search else { return Ok(()) };
            let missing: Vec<&String> = paths.iter().filter(|p| !corpus.borrow().has(p)).collect();
            let pending: Vec<(&String, Result<JsValue, JsValue>)> =
                missing.into_iter().map(|p| (p, fetch.call1(&JsValue::NULL, &JsValue::from_str(p)))).collect();
            // Every request is awaited, also after one fails: a rejection nobody awaits would
            // reach the host page as an unhandled one.
            let mut first_error = None;
            for (path, call) in pending {
                let fetched = match call.and_then(|v| v.dyn_into::<js_sys::Promise>()) {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| message(path, e)),
                    Err(e) => Err(message(path, e)),
                };
                let result = fetched.and_then(|bytes| corpus.borrow_mut().add(path, &js_sys::Uint8Array::new(&bytes).to_vec()).map_err(|e| e.to_string()));
                match result {
                    Ok(()) => added.set(added.get() + 1),
                    Err(e) => first_error = first_error.or(Some(e)),
                }
            }
            first_error.map_or(Ok(()), Err)
        }
    }

    /// A failed fetch as text: the loader's Error message (it names the URL), else the value.
    fn message(path: &str, e: JsValue) -> String {
        match e.dyn_into::<js_sys::Error>() {
            Ok(err) => String::from(err.message()),
            Err(v) => format!("{path}: {}", v.as_string().unwrap_or_else(|| "the file could not be loaded".to_string())),
        }
    }
}
