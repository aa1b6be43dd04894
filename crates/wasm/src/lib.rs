//! govlens in the browser: wasm-bindgen bindings over `govlens-core`, and nothing else.
//!
//! Values cross as plain JS objects and arrays (serde-wasm-bindgen, JSON-compatible: `None` is
//! `null`, maps are objects); every failure is a JS `Error` with the core's message. The query
//! logic is all in `govlens-core`.
use govlens_core::{countries, Engine, SearchOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod types;

fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&format!("could not convert a result for JavaScript: {e}")))
}

fn err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

#[derive(Serialize)]
struct Country {
    code: String,
    name: String,
}

/// A loaded corpus with its search index.
#[wasm_bindgen]
pub struct Govlens {
    engine: Engine,
}

#[wasm_bindgen]
impl Govlens {
    /// Loads a corpus artifact (`govlens.corpus`) from its bytes.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<Govlens, JsError> {
        Engine::load(bytes).map(|engine| Govlens { engine }).map_err(err)
    }

    /// The countries the corpus holds.
    #[wasm_bindgen(unchecked_return_type = "Country[]")]
    pub fn countries(&self) -> Result<JsValue, JsError> {
        let list: Vec<Country> =
            self.engine.corpus.countries().into_iter().map(|c| Country { code: c.to_string(), name: countries::name_of(c).unwrap_or(c).to_string() }).collect();
        to_js(&list)
    }

    /// The source documents, with family, publisher, edition and year.
    #[wasm_bindgen(unchecked_return_type = "Source[]")]
    pub fn sources(&self) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.sources)
    }

    /// A country's facts, grouped by fact, with `sources_differ` where sources disagree.
    #[wasm_bindgen(unchecked_return_type = "FactGroup[]")]
    pub fn facts(&self, country: &str) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.facts_of(country).map_err(err)?)
    }

    /// A country's scores, optionally of one framework (`europam`, `egov-benchmark`).
    #[wasm_bindgen(unchecked_return_type = "Score[]")]
    pub fn scores(&self, country: &str, framework: Option<String>) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.scores_of(country, framework.as_deref()).map_err(err)?)
    }

    /// One metric's values by year (`metric` empty for the dimension's headline score).
    #[wasm_bindgen(unchecked_return_type = "Series")]
    pub fn series(&self, country: &str, framework: &str, dimension: &str, metric: &str) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.series(country, framework, dimension, metric).map_err(err)?)
    }

    /// A country's answers, optionally of one questionnaire (`UN MSQ 2022`, `EUROPAM`).
    #[wasm_bindgen(unchecked_return_type = "Answer[]")]
    pub fn answers(&self, country: &str, questionnaire: Option<String>) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.answers_of(country, questionnaire.as_deref()).map_err(err)?)
    }

    /// Two or more countries side by side on the questionnaire and on scores.
    #[wasm_bindgen(unchecked_return_type = "Comparison")]
    pub fn compare(&self, countries: Vec<String>) -> Result<JsValue, JsError> {
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        to_js(&self.engine.corpus.compare(&refs).map_err(err)?)
    }

    /// The answers `yes`, `no` or `unknown` to questionnaire question N, one per country.
    #[wasm_bindgen(js_name = countriesAnswering, unchecked_return_type = "Answer[]")]
    pub fn countries_answering(&self, question: &str, answer: &str) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.countries_answering(question, answer).map_err(err)?)
    }

    /// The questionnaire questions a topic asks about, best first.
    #[wasm_bindgen(js_name = questionsAbout, unchecked_return_type = "TopicMatch[]")]
    pub fn questions_about(&self, topic: &str) -> Result<JsValue, JsError> {
        to_js(&self.engine.corpus.questions_about(topic))
    }

    /// Full-text search (rules: docs/query.md). `options` may be omitted.
    #[wasm_bindgen(unchecked_return_type = "SearchResults")]
    pub fn search(&self, query: &str, #[wasm_bindgen(unchecked_param_type = "SearchOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
        let opts: SearchOptions = if options.is_undefined() || options.is_null() {
            SearchOptions::default()
        } else {
            serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad search options: {e}")))?
        };
        to_js(&self.engine.search(query, &opts).map_err(err)?)
    }
}
