//! govlens in the browser: wasm-bindgen bindings over `govlens-core`'s [`Store`], and nothing
//! else.
//!
//! Values cross as plain JS objects and arrays (serde-wasm-bindgen, JSON-compatible: `None` is
//! `null`, maps are objects); every failure is a JS `Error` with the core's message. The store is
//! a whole corpus file or a split folder; in a split folder `step` and `partsFor` name the files
//! to fetch, `add` takes them (the package's `index.js` does this loop for the caller).
use govlens_core::format::Locale;
use govlens_core::views::compare::CompareOptions;
use govlens_core::{Problem, SearchOptions, Step, Store};
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod types;

fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&format!("could not convert a result for JavaScript: {e}")))
}

fn err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// A view's problem as an Error: `Unknown country: no country 'XX' in the corpus; ...`.
fn problem(p: Problem) -> JsError {
    JsError::new(&format!("{}: {}", p.title, p.detail))
}

#[derive(Serialize)]
struct Country {
    code: String,
    name: String,
}

/// What a search in a split folder needs next: the results, or the files to fetch and `add`.
#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum StepJs {
    Done(govlens_core::SearchResults),
    Fetch(Vec<String>),
}

/// A loaded corpus (a whole file or a split folder) with its search.
#[wasm_bindgen]
pub struct Govlens {
    store: Store,
}

#[wasm_bindgen]
impl Govlens {
    /// Loads a corpus artifact (`govlens.corpus`) from its bytes.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<Govlens, JsError> {
        Store::load(bytes).map(|store| Govlens { store }).map_err(err)
    }

    /// Opens a split folder from its manifest (`manifest.govlens`). Files are fetched by the
    /// caller when `partsFor` or `step` names them, and given to `add`.
    #[wasm_bindgen(js_name = fromManifest)]
    pub fn from_manifest(bytes: &[u8]) -> Result<Govlens, JsError> {
        Store::from_manifest(bytes).map(|store| Govlens { store }).map_err(err)
    }

    /// Whether this reads a split folder.
    #[wasm_bindgen(getter, js_name = isSplit)]
    pub fn is_split(&self) -> bool {
        self.store.is_split()
    }

    /// The countries the corpus holds (a split folder: every country of its manifest).
    #[wasm_bindgen(unchecked_return_type = "Country[]")]
    pub fn countries(&self) -> Result<JsValue, JsError> {
        // The register's names (Kenya, Brazil); in a split folder, once its tables are added.
        let corpus = self.store.corpus();
        let list: Vec<Country> = self.store.countries().into_iter().map(|c| Country { code: c.to_string(), name: corpus.name_of(c) }).collect();
        to_js(&list)
    }

    /// The source documents, with family, publisher, edition and year.
    #[wasm_bindgen(unchecked_return_type = "Source[]")]
    pub fn sources(&self) -> Result<JsValue, JsError> {
        to_js(self.store.sources())
    }

    /// In a split folder, the card parts the views of these countries need that are not added
    /// yet (paths relative to the manifest); always empty for a whole file.
    #[wasm_bindgen(js_name = partsFor)]
    pub fn parts_for(&self, countries: Vec<String>) -> Vec<String> {
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        self.store.parts_for(&refs)
    }

    /// Adds a fetched file of a split folder under its path relative to the manifest.
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), JsError> {
        self.store.add(path, bytes).map_err(err)
    }

    /// A country's facts, grouped by fact, with `sources_differ` where sources disagree.
    #[wasm_bindgen(unchecked_return_type = "FactGroup[]")]
    pub fn facts(&self, country: &str) -> Result<JsValue, JsError> {
        to_js(&self.store.corpus().facts_of(country).map_err(err)?)
    }

    /// A country's scores, optionally of one framework (`europam`, `egov-benchmark`).
    #[wasm_bindgen(unchecked_return_type = "Score[]")]
    pub fn scores(&self, country: &str, framework: Option<String>) -> Result<JsValue, JsError> {
        to_js(&self.store.corpus().scores_of(country, framework.as_deref()).map_err(err)?)
    }

    /// One metric's values by year (`metric` empty for the dimension's headline score).
    #[wasm_bindgen(unchecked_return_type = "Series")]
    pub fn series(&self, country: &str, framework: &str, dimension: &str, metric: &str) -> Result<JsValue, JsError> {
        to_js(&self.store.corpus().series(country, framework, dimension, metric).map_err(err)?)
    }

    /// A country's answers, optionally of one questionnaire (`UN MSQ 2022`, `EUROPAM`).
    #[wasm_bindgen(unchecked_return_type = "Answer[]")]
    pub fn answers(&self, country: &str, questionnaire: Option<String>) -> Result<JsValue, JsError> {
        to_js(&self.store.corpus().answers_of(country, questionnaire.as_deref()).map_err(err)?)
    }

    /// Two or more countries side by side on the questionnaire and on scores.
    #[wasm_bindgen(unchecked_return_type = "Comparison")]
    pub fn compare(&self, countries: Vec<String>) -> Result<JsValue, JsError> {
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        to_js(&self.store.corpus().compare(&refs).map_err(err)?)
    }

    /// The answers `yes`, `no` or `unknown` to questionnaire question N, one per country.
    #[wasm_bindgen(js_name = countriesAnswering, unchecked_return_type = "Answer[]")]
    pub fn countries_answering(&self, question: &str, answer: &str) -> Result<JsValue, JsError> {
        to_js(&self.store.corpus().countries_answering(question, answer).map_err(err)?)
    }

    /// The questionnaire questions a topic asks about, best first.
    #[wasm_bindgen(js_name = questionsAbout, unchecked_return_type = "TopicMatch[]")]
    pub fn questions_about(&self, topic: &str) -> Result<JsValue, JsError> {
        to_js(&self.store.corpus().questions_about(topic))
    }

    /// A country's fact card as the embed shows it: every value written, with its source.
    /// `sections` as the element's attribute (`"europam, basic"`); every block when omitted.
    /// `lang` as the element's (`fr`, `de-CH`); English when omitted or not one of the four.
    #[wasm_bindgen(js_name = cardView, unchecked_return_type = "CardView")]
    pub fn card_view(&self, country: &str, sections: Option<String>, lang: Option<String>) -> Result<JsValue, JsError> {
        self.loaded(&[country])?;
        to_js(&self.store.corpus().card_view(Some(country), sections.as_deref(), Locale::of_attribute(lang.as_deref())).map_err(problem)?)
    }

    /// A country's EUROPAM charts as the embed shows them.
    #[wasm_bindgen(js_name = europamChart, unchecked_return_type = "EuropamChart")]
    pub fn europam_chart(&self, country: &str, lang: Option<String>) -> Result<JsValue, JsError> {
        self.loaded(&[country])?;
        to_js(&self.store.corpus().europam_chart(Some(country), Locale::of_attribute(lang.as_deref())).map_err(problem)?)
    }

    /// A country's eGovernment Benchmark charts as the embed shows them.
    #[wasm_bindgen(js_name = benchmarkChart, unchecked_return_type = "BenchmarkChart")]
    pub fn benchmark_chart(&self, country: &str, lang: Option<String>) -> Result<JsValue, JsError> {
        self.loaded(&[country])?;
        to_js(&self.store.corpus().benchmark_chart(Some(country), Locale::of_attribute(lang.as_deref())).map_err(problem)?)
    }

    /// Countries side by side as the embed shows them.
    #[wasm_bindgen(js_name = compareView, unchecked_return_type = "CompareView")]
    pub fn compare_view(&self, countries: Vec<String>, lang: Option<String>) -> Result<JsValue, JsError> {
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        self.loaded(&refs)?;
        let options = CompareOptions { locale: Locale::of_attribute(lang.as_deref()), ..Default::default() };
        to_js(&self.store.corpus().compare_view(&countries, options).map_err(problem)?)
    }

    /// Full-text search (rules: docs/query.md). `options` may be omitted. In a split folder
    /// whose files are not all added, this fails naming them: use `step` (or the package's
    /// `searchAsync`) there.
    #[wasm_bindgen(unchecked_return_type = "SearchResults")]
    pub fn search(&self, query: &str, options: Option<SearchOptionsJs>) -> Result<JsValue, JsError> {
        to_js(&self.store.search(query, &options_of(options)?).map_err(err)?)
    }

    /// One step of a search: `{ done: SearchResults }`, or `{ fetch: string[] }`, the split
    /// folder's files to fetch and `add` before stepping again.
    #[wasm_bindgen(unchecked_return_type = "SearchStep")]
    pub fn step(&self, query: &str, options: Option<SearchOptionsJs>) -> Result<JsValue, JsError> {
        let step = match self.store.step(query, &options_of(options)?).map_err(err)? {
            Step::Done(results) => StepJs::Done(results),
            Step::Fetch(paths) => StepJs::Fetch(paths),
        };
        to_js(&step)
    }
}

impl Govlens {
    /// In a split folder, an error naming the card parts a view needs that were not loaded.
    fn loaded(&self, countries: &[&str]) -> Result<(), JsError> {
        let missing = self.store.parts_for(countries);
        if missing.is_empty() {
            return Ok(());
        }
        Err(JsError::new(&format!("{} not loaded from the split folder: call loadCountries first", missing.join(", "))))
    }
}

#[wasm_bindgen]
extern "C" {
    /// The search options as the declarations name them: an `Option` of it is `options?:
    /// SearchOptions` there (the glue passes it unchecked: a wrong value gets serde's message).
    #[wasm_bindgen(typescript_type = "SearchOptions")]
    pub type SearchOptionsJs;
}

fn options_of(options: Option<SearchOptionsJs>) -> Result<SearchOptions, JsError> {
    match options.map(JsValue::from) {
        None => Ok(SearchOptions::default()),
        Some(v) if v.is_undefined() || v.is_null() => Ok(SearchOptions::default()),
        Some(v) => serde_wasm_bindgen::from_value(v).map_err(|e| JsError::new(&format!("bad search options: {e}"))),
    }
}
