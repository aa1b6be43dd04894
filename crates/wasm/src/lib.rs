//! govlens in the browser: wasm-bindgen bindings over `govlens-core`'s [`Store`], and nothing
//! else.
//!
//! Values cross as plain JS objects and arrays (serde-wasm-bindgen, JSON-compatible: `None` is
//! `null`, maps are objects); every failure is a JS `Error` with the core's message and its
//! stable `code` (`unknown-country`: core's `ERROR_CODES`). The store is
//! a whole corpus file or a split folder; in a split folder `step` and `partsFor` name the files
//! to fetch, `add` takes them (the package's `index.js` does this loop for the caller).
use govlens_core::format::Locale;
use govlens_core::views::compare::CompareOptions;
use govlens_core::{Coded, Problem, SearchOptions, Step, Store};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod types;

/// A JS `Error` with `message` and `code`.
fn coded(message: &str, code: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    // Setting a property of a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(&e, &JsValue::from_str("code"), &JsValue::from_str(code));
    e.into()
}

fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| coded(&format!("could not convert a result for JavaScript: {e}"), "internal"))
}

/// Core's errors as JS Errors, with their codes.
fn err(e: impl Coded + std::fmt::Display) -> JsValue {
    coded(&e.to_string(), e.code())
}

/// A view's problem as an Error: `Unknown country: no country 'XX' in the corpus; ...`.
fn problem(p: Problem) -> JsValue {
    coded(&format!("{}: {}", p.title, p.detail), p.code())
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
    pub fn from_bytes(bytes: &[u8]) -> Result<Govlens, JsValue> {
        Store::load(bytes).map(|store| Govlens { store }).map_err(err)
    }

    /// Opens a split folder from its manifest (`manifest.govlens`). Files are fetched by the
    /// caller when `partsFor` or `step` names them, and given to `add`.
    #[wasm_bindgen(js_name = fromManifest)]
    pub fn from_manifest(bytes: &[u8]) -> Result<Govlens, JsValue> {
        Store::from_manifest(bytes).map(|store| Govlens { store }).map_err(err)
    }

    /// Joins a split folder's parts without their manifest: what `indicatorParts` names, for an
    /// indicator's ranking, trend or map (a store of those parts answers the view alone).
    #[wasm_bindgen(js_name = fromParts)]
    pub fn from_parts(#[wasm_bindgen(unchecked_param_type = "Uint8Array[]")] parts: Vec<js_sys::Uint8Array>) -> Result<Govlens, JsValue> {
        let bytes: Vec<Vec<u8>> = parts.iter().map(js_sys::Uint8Array::to_vec).collect();
        Store::from_parts(bytes.iter().map(Vec::as_slice)).map(|store| Govlens { store }).map_err(|e| coded(&e, "corpus-invalid"))
    }

    /// The files of a split folder (relative to it) that an indicator's view reads: `view` is
    /// `ranking`, `trend` or `map`; `year` and `area` as the element's attributes, `countries`
    /// a trend's. The indicator by its full id (`un-egdi.egdi`).
    #[wasm_bindgen(js_name = indicatorParts)]
    pub fn indicator_parts(view: &str, indicator: &str, options: Option<IndicatorPartsJs>) -> Result<Vec<String>, JsValue> {
        let o: IndicatorPartsOptions = options_named(options.map(JsValue::from), "indicator parts options", &["year", "area", "countries"])?;
        let countries: Vec<&str> = o.countries.iter().flatten().map(String::as_str).collect();
        govlens_core::layout::indicator_parts(view, indicator, o.year, o.area.as_deref(), &countries).map_err(problem)
    }

    /// Whether this reads a split folder.
    #[wasm_bindgen(getter, js_name = isSplit)]
    pub fn is_split(&self) -> bool {
        self.store.is_split()
    }

    /// The countries the corpus holds (a split folder: every country of its manifest).
    #[wasm_bindgen(unchecked_return_type = "Country[]")]
    pub fn countries(&self) -> Result<JsValue, JsValue> {
        // The register's names (Kenya, Brazil); in a split folder, once its tables are added.
        let corpus = self.store.corpus();
        let list: Vec<Country> = self.store.countries().into_iter().map(|c| Country { code: c.to_string(), name: corpus.name_of(c) }).collect();
        to_js(&list)
    }

    /// The source documents, with family, publisher, edition and year.
    #[wasm_bindgen(unchecked_return_type = "Source[]")]
    pub fn sources(&self) -> Result<JsValue, JsValue> {
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
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), JsValue> {
        self.store.add(path, bytes).map_err(err)
    }

    /// A country's facts, grouped by fact, with `sources_differ` where sources disagree.
    #[wasm_bindgen(unchecked_return_type = "FactGroup[]")]
    pub fn facts(&self, country: &str) -> Result<JsValue, JsValue> {
        to_js(&self.store.corpus().facts_of(country).map_err(err)?)
    }

    /// A country's scores, optionally of one framework (`europam`, `egov-benchmark`).
    #[wasm_bindgen(unchecked_return_type = "Score[]")]
    pub fn scores(&self, country: &str, framework: Option<String>) -> Result<JsValue, JsValue> {
        to_js(&self.store.corpus().scores_of(country, framework.as_deref()).map_err(err)?)
    }

    /// One metric's values by year (`metric` empty for the dimension's headline score).
    #[wasm_bindgen(unchecked_return_type = "Series")]
    pub fn series(&self, country: &str, framework: &str, dimension: &str, metric: &str) -> Result<JsValue, JsValue> {
        to_js(&self.store.corpus().series(country, framework, dimension, metric).map_err(err)?)
    }

    /// A country's answers, optionally of one questionnaire (`UN MSQ 2022`, `EUROPAM`).
    #[wasm_bindgen(unchecked_return_type = "Answer[]")]
    pub fn answers(&self, country: &str, questionnaire: Option<String>) -> Result<JsValue, JsValue> {
        to_js(&self.store.corpus().answers_of(country, questionnaire.as_deref()).map_err(err)?)
    }

    /// Two or more countries side by side on the questionnaire and on scores.
    #[wasm_bindgen(unchecked_return_type = "Comparison")]
    pub fn compare(&self, countries: Vec<String>) -> Result<JsValue, JsValue> {
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        to_js(&self.store.corpus().compare(&refs).map_err(err)?)
    }

    /// The answers `yes`, `no` or `unknown` to questionnaire question N, one per country.
    #[wasm_bindgen(js_name = countriesAnswering, unchecked_return_type = "Answer[]")]
    pub fn countries_answering(&self, question: &str, answer: &str) -> Result<JsValue, JsValue> {
        to_js(&self.store.corpus().countries_answering(question, answer).map_err(err)?)
    }

    /// The questionnaire questions a topic asks about, best first.
    #[wasm_bindgen(js_name = questionsAbout, unchecked_return_type = "TopicMatch[]")]
    pub fn questions_about(&self, topic: &str) -> Result<JsValue, JsValue> {
        to_js(&self.store.corpus().questions_about(topic))
    }

    /// A country's fact card as the embed shows it: every value written, with its source.
    /// `sections` as the element's attribute (`"europam, basic"`); every block when omitted.
    /// `lang` as the element's (`fr`, `de-CH`); English when omitted or not one of the four.
    #[wasm_bindgen(js_name = cardView, unchecked_return_type = "CardView")]
    pub fn card_view(&self, country: &str, sections: Option<String>, lang: Option<String>) -> Result<JsValue, JsValue> {
        self.loaded(&[country])?;
        to_js(&self.store.corpus().card_view(Some(country), sections.as_deref(), Locale::of_attribute(lang.as_deref())).map_err(problem)?)
    }

    /// A country's EUROPAM charts as the embed shows them.
    #[wasm_bindgen(js_name = europamChart, unchecked_return_type = "EuropamChart")]
    pub fn europam_chart(&self, country: &str, lang: Option<String>) -> Result<JsValue, JsValue> {
        self.loaded(&[country])?;
        to_js(&self.store.corpus().europam_chart(Some(country), Locale::of_attribute(lang.as_deref())).map_err(problem)?)
    }

    /// A country's eGovernment Benchmark charts as the embed shows them.
    #[wasm_bindgen(js_name = benchmarkChart, unchecked_return_type = "BenchmarkChart")]
    pub fn benchmark_chart(&self, country: &str, lang: Option<String>) -> Result<JsValue, JsValue> {
        self.loaded(&[country])?;
        to_js(&self.store.corpus().benchmark_chart(Some(country), Locale::of_attribute(lang.as_deref())).map_err(problem)?)
    }

    /// Countries side by side as the embed shows them.
    #[wasm_bindgen(js_name = compareView, unchecked_return_type = "CompareView")]
    pub fn compare_view(&self, countries: Vec<String>, lang: Option<String>) -> Result<JsValue, JsValue> {
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        self.loaded(&refs)?;
        let options = CompareOptions { locale: Locale::of_attribute(lang.as_deref()), ..Default::default() };
        to_js(&self.store.corpus().compare_view(&countries, options).map_err(problem)?)
    }

    /// The datasets' indicators (in a split folder, once its tables are loaded): id, names,
    /// scale, which are ranked, and the years with values.
    #[wasm_bindgen(unchecked_return_type = "IndicatorInfo[]")]
    pub fn indicators(&self) -> Result<JsValue, JsValue> {
        let c = self.store.corpus();
        let list: Vec<IndicatorInfo> = c
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| IndicatorInfo {
                id: &ind.id,
                label: &ind.label,
                short: &ind.short,
                scale: &ind.scale,
                higher_is_better: ind.higher_is_better,
                headline: ind.headline,
                ranked: ind.ranked,
                categories: &ind.categories,
                years: c.years_of(i as u16),
            })
            .collect();
        to_js(&list)
    }

    /// One indicator's countries ranked, as `<govlens-ranking>` shows them (`year` latest,
    /// `region` every country unless given).
    #[wasm_bindgen(js_name = rankingView, unchecked_return_type = "RankingView")]
    pub fn ranking_view(&self, indicator: &str, options: Option<ViewOptionsJs>) -> Result<JsValue, JsValue> {
        let o: ViewOptions = options_named(options.map(JsValue::from), "view options", VIEW_OPTIONS)?;
        let locale = Locale::of_attribute(o.lang.as_deref());
        to_js(&self.store.corpus().ranking_view_in(Some(indicator), o.year, o.region.as_deref(), o.highlight.as_deref(), locale).map_err(problem)?)
    }

    /// One indicator over the years for `countries`, with the data's reference aggregate, as
    /// `<govlens-trend>` shows it.
    #[wasm_bindgen(js_name = trendView, unchecked_return_type = "TrendView")]
    pub fn trend_view(&self, indicator: &str, countries: Vec<String>, options: Option<ViewOptionsJs>) -> Result<JsValue, JsValue> {
        let o: ViewOptions = options_named(options.map(JsValue::from), "view options", VIEW_OPTIONS)?;
        let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        let locale = Locale::of_attribute(o.lang.as_deref());
        to_js(&self.store.corpus().trend_view_in(Some(indicator), &refs, o.reference.as_deref(), locale).map_err(problem)?)
    }

    /// One indicator's countries coloured on a map (`area` world or europe; by default Europe
    /// when every country with a value is on it), as `<govlens-map>` shows it.
    #[wasm_bindgen(js_name = mapView, unchecked_return_type = "MapView")]
    pub fn map_view(&self, indicator: &str, options: Option<ViewOptionsJs>) -> Result<JsValue, JsValue> {
        let o: ViewOptions = options_named(options.map(JsValue::from), "view options", VIEW_OPTIONS)?;
        let locale = Locale::of_attribute(o.lang.as_deref());
        to_js(&self.store.corpus().map_view_in(Some(indicator), o.year, o.area.as_deref(), o.highlight.as_deref(), locale).map_err(problem)?)
    }

    /// Full-text search (rules: docs/query.md). `options` may be omitted. In a split folder
    /// whose files are not all added, this fails naming them: use `step` (or the package's
    /// `searchAsync`) there.
    #[wasm_bindgen(unchecked_return_type = "SearchResults")]
    pub fn search(&self, query: &str, options: Option<SearchOptionsJs>) -> Result<JsValue, JsValue> {
        to_js(&self.store.search(query, &options_of(options)?).map_err(err)?)
    }

    /// One step of a search: `{ done: SearchResults }`, or `{ fetch: string[] }`, the split
    /// folder's files to fetch and `add` before stepping again.
    #[wasm_bindgen(unchecked_return_type = "SearchStep")]
    pub fn step(&self, query: &str, options: Option<SearchOptionsJs>) -> Result<JsValue, JsValue> {
        let step = match self.store.step(query, &options_of(options)?).map_err(err)? {
            Step::Done(results) => StepJs::Done(results),
            Step::Fetch(paths) => StepJs::Fetch(paths),
        };
        to_js(&step)
    }
}

impl Govlens {
    /// In a split folder, an error naming the card parts a view needs that were not loaded.
    fn loaded(&self, countries: &[&str]) -> Result<(), JsValue> {
        let missing = self.store.parts_for(countries);
        if missing.is_empty() {
            return Ok(());
        }
        Err(coded(&format!("{} not loaded from the split folder: call loadCountries first", missing.join(", ")), "not-loaded"))
    }
}

#[wasm_bindgen]
extern "C" {
    /// The search options as the declarations name them: an `Option` of it is `options?:
    /// SearchOptions` there (the glue passes it unchecked: a wrong value gets serde's message).
    #[wasm_bindgen(typescript_type = "SearchOptions")]
    pub type SearchOptionsJs;
    /// A view's options (`ViewOptions` in the declarations).
    #[wasm_bindgen(typescript_type = "ViewOptions")]
    pub type ViewOptionsJs;
    /// `indicatorParts`'s options.
    #[wasm_bindgen(typescript_type = "IndicatorPartsOptions")]
    pub type IndicatorPartsJs;
}

const VIEW_OPTIONS: &[&str] = &["year", "region", "area", "highlight", "reference", "lang"];

/// What the indicator views take, as their elements' attributes do.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ViewOptions {
    year: Option<u16>,
    region: Option<String>,
    area: Option<String>,
    highlight: Option<String>,
    reference: Option<String>,
    lang: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct IndicatorPartsOptions {
    year: Option<u16>,
    area: Option<String>,
    countries: Option<Vec<String>>,
}

#[derive(Serialize)]
struct IndicatorInfo<'a> {
    id: &'a str,
    label: &'a str,
    short: &'a str,
    scale: &'a str,
    higher_is_better: bool,
    headline: bool,
    ranked: bool,
    categories: &'a [String],
    years: Vec<u16>,
}

/// Options from JS: absent, `undefined` or `null` are the defaults; a wrong value is an Error
/// with serde's reason (`bad search options: invalid type ...`).
fn options_from<T: serde::de::DeserializeOwned + Default>(v: Option<JsValue>, what: &str) -> Result<T, JsValue> {
    match v {
        None => Ok(T::default()),
        Some(v) if v.is_undefined() || v.is_null() => Ok(T::default()),
        Some(v) => serde_wasm_bindgen::from_value(v).map_err(|e| coded(&format!("bad {what}: {e}"), "bad-option")),
    }
}

/// The same, where a name that is none of `names` (a typo: `yaer`) is an Error too:
/// serde-wasm-bindgen reads only the names it knows.
fn options_named<T: serde::de::DeserializeOwned + Default>(v: Option<JsValue>, what: &str, names: &[&str]) -> Result<T, JsValue> {
    if let Some(object) = v.as_ref().filter(|v| v.is_object()) {
        let keys = js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>());
        if let Some(k) = keys.iter().filter_map(|k| k.as_string()).find(|k| !names.contains(&k.as_str())) {
            return Err(coded(&format!("bad {what}: no option '{k}'; options: {}", names.join(", ")), "bad-option"));
        }
    }
    options_from(v, what)
}

fn options_of(options: Option<SearchOptionsJs>) -> Result<SearchOptions, JsValue> {
    options_from(options.map(JsValue::from), "search options")
}
