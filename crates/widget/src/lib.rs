//! govlens widget: Yew components for country cards, score charts, comparison and search, and
//! the entry points the custom elements (`web/govlens.js`) call to mount them in their shadow
//! roots. Every value comes from a `govlens-core` query; the components only lay it out.
#![forbid(unsafe_code)]

mod attrs;
#[cfg(feature = "charts")]
mod bars;
#[cfg(feature = "charts")]
mod benchmark;
#[cfg(feature = "card")]
mod card;
mod common;
#[cfg(feature = "compare")]
mod compare;
mod data;
#[cfg(any(feature = "charts", feature = "compare"))]
mod frame;
#[cfg(feature = "charts")]
mod map;
#[cfg(all(feature = "ssr", feature = "card"))]
pub mod prerender;
#[cfg(feature = "charts")]
mod ranking;
#[cfg(feature = "charts")]
mod scores;
#[cfg(feature = "search")]
mod search;
#[cfg(feature = "charts")]
mod series;
#[cfg(feature = "charts")]
mod trend;

pub use attrs::Attrs;
pub use data::Data;

#[cfg(feature = "charts")]
use govlens_core::Framework;
use govlens_core::{Problem, Store};
use wasm_bindgen::prelude::*;
use yew::prelude::*;
use yew::AppHandle;

/// The elements govlens defines, by what they show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Card,
    Scores,
    Benchmark,
    Compare,
    Search,
    Ranking,
    Trend,
    Map,
}

impl Kind {
    pub const ALL: [Kind; 8] = [Kind::Card, Kind::Scores, Kind::Benchmark, Kind::Compare, Kind::Search, Kind::Ranking, Kind::Trend, Kind::Map];

    pub fn tag(self) -> &'static str {
        match self {
            Kind::Card => "govlens-card",
            Kind::Scores => "govlens-scores",
            Kind::Benchmark => "govlens-benchmark",
            Kind::Compare => "govlens-compare",
            Kind::Search => "govlens-search",
            Kind::Ranking => "govlens-ranking",
            Kind::Trend => "govlens-trend",
            Kind::Map => "govlens-map",
        }
    }

    /// `govlens-card` or `card`.
    pub fn from_tag(tag: &str) -> Option<Kind> {
        let t = tag.to_ascii_lowercase();
        Kind::ALL.into_iter().find(|k| k.tag() == t || k.tag().strip_prefix("govlens-") == Some(t.as_str()))
    }
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub kind: Kind,
    pub data: Data,
    pub attrs: Attrs,
    /// Parked: the element was removed and its root waits for the next element of its kind.
    #[prop_or_default]
    pub parked: bool,
    /// Bumped at each parking, so that the next element gets a fresh component, not the state
    /// of the last one.
    #[prop_or_default]
    pub generation: u32,
}

/// The root of every mounted element: the component its kind names (none while parked).
#[function_component(Widget)]
pub fn widget(p: &WidgetProps) -> Html {
    if p.parked {
        return html! {};
    }
    let (data, attrs) = (p.data.clone(), p.attrs.clone());
    let headings = common::Headings(govlens_core::views::heading_level(p.attrs.get("heading-level")));
    // The loader passes the element's `lang`, or the nearest ancestor's (issue 18, item 2).
    let locale = govlens_core::format::Locale::of_attribute(p.attrs.get("lang"));
    html! {
        <ContextProvider<common::Headings> context={headings}>
        <ContextProvider<govlens_core::format::Locale> context={locale}>
        <div class="gl-widget" key={p.generation} lang={locale.tag()}>
            { match p.kind {
                #[cfg(feature = "card")]
                Kind::Card => html! { <card::Card {data} {attrs} /> },
                // `framework` picks the scores: EUROPAM (the default) or the eGovernment Benchmark.
                #[cfg(feature = "charts")]
                Kind::Scores => match p.attrs.get("framework").map(Framework::from_slug) {
                    None | Some(Some(Framework::Europam)) => html! { <scores::Scores {data} {attrs} /> },
                    Some(Some(Framework::EgovBenchmark)) => html! { <benchmark::Benchmark {data} {attrs} /> },
                    Some(None) => common::error_box(&Problem::unknown_framework(p.attrs.get("framework").unwrap_or_default()), locale),
                },
                #[cfg(feature = "charts")]
                Kind::Benchmark => html! { <benchmark::Benchmark {data} {attrs} /> },
                #[cfg(feature = "compare")]
                Kind::Compare => html! { <compare::Compare {data} {attrs} /> },
                #[cfg(feature = "search")]
                Kind::Search => html! { <search::Search {data} {attrs} /> },
                #[cfg(feature = "charts")]
                Kind::Ranking => html! { <ranking::Ranking {data} {attrs} /> },
                #[cfg(feature = "charts")]
                Kind::Trend => html! { <trend::Trend {data} {attrs} /> },
                #[cfg(feature = "charts")]
                Kind::Map => html! { <map::Map {data} {attrs} /> },
                // A smaller build of the embed without this element (the loader never mounts one
                // there; a page that imports a build by hand would).
                #[allow(unreachable_patterns)]
                other => common::error_box(&Problem::new(format!("{} is not in this build", other.tag()), "govlens_widget.js has every element; govlens_card.js only the card, govlens_cards.js all but search, govlens_search.js only search"), locale),
            } }
        </div>
        </ContextProvider<govlens_core::format::Locale>>
        </ContextProvider<common::Headings>>
    }
}

/// A corpus loaded once per page and shared by every element on it.
#[wasm_bindgen]
pub struct Library {
    data: Data,
}

#[wasm_bindgen]
impl Library {
    /// Decodes a corpus artifact (`govlens.corpus`).
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<Library, JsError> {
        Store::load(bytes).map(|s| Library { data: Data::new(s) }).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Decodes and joins corpus parts: the split layout's card parts of the countries a
    /// comparison shows. The message of a part that fails says which it is (its position).
    #[wasm_bindgen(js_name = fromParts)]
    pub fn from_parts(parts: Vec<js_sys::Uint8Array>) -> Result<Library, JsError> {
        let parts: Vec<Vec<u8>> = parts.iter().map(|p| p.to_vec()).collect();
        Store::from_parts(parts.iter().map(Vec::as_slice)).map(|s| Library { data: Data::new(s) }).map_err(|e| JsError::new(&e))
    }

    /// A split folder's manifest (`manifest.govlens`), for search: `fetch(path)` is called with
    /// a path relative to the manifest and resolves to that file's bytes. A query fetches only
    /// the index shards its words need and the passages it shows.
    #[cfg(feature = "search")]
    #[wasm_bindgen(js_name = fromManifest)]
    pub fn from_manifest(bytes: &[u8], fetch: js_sys::Function) -> Result<Library, JsError> {
        Store::from_manifest(bytes).map(|s| Library { data: Data::split(s, fetch) }).map_err(|e| JsError::new(&e.to_string()))
    }
}

/// One element's mounted component.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<AppHandle<Widget>>,
    kind: Kind,
    data: Data,
    generation: u32,
}

#[wasm_bindgen]
impl Mounted {
    /// New attributes, as `[name, value, ...]`: the component re-renders with them (a parked
    /// root starts a fresh component).
    pub fn update(&mut self, attrs: Vec<String>) {
        if let Some(app) = self.app.as_mut() {
            app.update(WidgetProps { kind: self.kind, data: self.data.clone(), attrs: Attrs::from_pairs(attrs), parked: false, generation: self.generation });
        }
    }

    /// Destroys the component and everything it holds, but keeps the app's root for the next
    /// element of the same kind. Yew never frees an app root's event handlers (they are
    /// `forget`-ten closures holding the root), so a page that creates and removes elements
    /// reuses roots instead of leaking one per element.
    pub fn park(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if let Some(app) = self.app.as_mut() {
            app.update(WidgetProps { kind: self.kind, data: self.data.clone(), attrs: Attrs::default(), parked: true, generation: self.generation });
        }
    }

    /// Unmounts the component and frees what it holds (the element was removed).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts the component for `kind` (`govlens-card`, ...) into `root`, with the element's
/// attributes as `[name, value, ...]`.
#[wasm_bindgen]
pub fn mount(kind: &str, root: web_sys::Element, library: &Library, attrs: Vec<String>) -> Result<Mounted, JsError> {
    let k = Kind::from_tag(kind).ok_or_else(|| JsError::new(&format!("unknown govlens element '{kind}'")))?;
    let props = WidgetProps { kind: k, data: library.data.clone(), attrs: Attrs::from_pairs(attrs), parked: false, generation: 0 };
    let app = yew::Renderer::<Widget>::with_root_and_props(root, props).render();
    Ok(Mounted { app: Some(app), kind: k, data: library.data.clone(), generation: 0 })
}

/// The language file an element in `lang` needs before it mounts (`fr`, for `lang="fr-LU"`), or
/// `undefined` when this build has its words (English, or every language in a build with core's
/// `locales` feature, or one added before). The loader fetches `lang-<tag>.govlens` and adds it.
#[wasm_bindgen(js_name = wordsNeeded)]
pub fn words_needed(lang: &str) -> Option<String> {
    let locale = govlens_core::format::Locale::of_attribute(Some(lang));
    (!govlens_core::i18n::has(locale)).then(|| locale.tag().to_string())
}

/// Adds a language file (`lang-fr.govlens`); its message says what is wrong with a damaged one.
#[wasm_bindgen(js_name = addWords)]
pub fn add_words(bytes: &[u8]) -> Result<String, JsError> {
    govlens_core::i18n::add_pack(bytes).map(|l| l.tag().to_string()).map_err(|e| JsError::new(&format!("language file: {e}")))
}

/// The components' style sheet, adopted by every shadow root as a constructable stylesheet.
#[wasm_bindgen]
pub fn styles() -> String {
    include_str!("style.css").to_string()
}
