//! A country's card rendered ahead of time, natively, by the same component the browser mounts
//! (Yew's server renderer): `govlens-prerender` writes it beside the card's part in a split
//! folder, and the loader shows it while the wasm downloads and starts, then mounts the live
//! card in its place. Same data, same component: the two are the same markup (held in
//! tests/npm/e2e.mjs).
//!
//! The same renderer writes embed code with the element's content inside it ([`snippet`],
//! `govlens snippet`): a page that pastes it shows the figure from its own HTML, with no script
//! at all, and the element takes it over in place once govlens.js runs.
use crate::{Attrs, Data, Kind, Widget, WidgetProps};

/// The card of `country` from `corpus` (a split folder's card part), as the HTML the
/// element's root holds once the component has rendered.
pub fn card_html(corpus: govlens_core::Corpus, country: &str) -> String {
    element_html(govlens_core::Store::new(corpus), Kind::Card, vec!["country".into(), country.to_string()])
}

/// Any element as the HTML its root holds once the component has rendered, from its attributes
/// (`[name, value, ...]` as the custom element passes them).
fn element_html(store: govlens_core::Store, kind: Kind, attrs: Vec<String>) -> String {
    let renderer = yew::ServerRenderer::<Widget>::with_props(move || WidgetProps {
        kind,
        data: Data::new(store),
        attrs: Attrs::from_pairs(attrs),
        parked: false,
        generation: 0,
    })
    // No hydration markers: the loader does not hydrate it, it swaps in the live content.
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// The attributes an element reads (govlens.js's `ATTRIBUTES`, and frame.js's; tests/cli.rs
/// holds the three lists equal).
pub const ATTRIBUTES: &[&str] = &[
    "country",
    "countries",
    "framework",
    "dimension",
    "query",
    "source",
    "limit",
    "title",
    "theme",
    "corpus",
    "indicator",
    "year",
    "region",
    "highlight",
    "reference",
    "heading-level",
    "sections",
    "differences-only",
    "lang",
    "area",
];

/// The attribute that tells the loader (and govlens.css) an element holds its prerendered
/// content: no "Loading…", no reserved height, the content kept until the live one replaces it.
pub const PRERENDERED: &str = "prerendered";

/// A folder's URL as given, ending with `/` so that a file name can follow (empty stays empty:
/// relative to the page).
fn folder(base: &str) -> String {
    if base.is_empty() || base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    }
}

/// Markup without its tags: the text of what the renderer wrote (escaped as it is).
fn strip_tags(markup: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// How a snippet's content gets its style sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnippetStyle {
    /// A link to govlens-widget.css beside govlens.js: fetched once for every snippet of the
    /// page, and allowed by a `style-src 'self'` policy.
    Link,
    /// The style sheet itself in a `<style>`: no round trip before the first paint (12 KB raw,
    /// about 3 KB gzip, per snippet), where the policy allows inline styles.
    Inline,
}

/// The embed code for `element` (`card`, `govlens-scores`, ...) with `attrs`, its content
/// rendered from `store` inside a declarative shadow root (so that, as the live element, it is
/// styled by govlens-widget.css alone and the host page's styles cannot reach it). `base` is
/// the URL of the folder that holds govlens.js and govlens-widget.css, as the page will see it.
///
/// Refused, saying why: an element that is not govlens's, search (it answers as the reader
/// types: it has no static form), an attribute no element reads, and whatever the element
/// itself would show as an error (an unknown country, a comparison of one country).
pub fn snippet(store: govlens_core::Store, element: &str, attrs: &[(String, String)], base: &str, style: SnippetStyle) -> Result<String, String> {
    let kind = snippet_kind(element, attrs)?;
    let flat: Vec<String> = attrs.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect();
    wrap(kind, attrs, &element_html(store, kind, flat), base, style)
}

/// The element a snippet is asked for, if it can have one with these attributes.
fn snippet_kind(element: &str, attrs: &[(String, String)]) -> Result<Kind, String> {
    let kind = Kind::from_tag(element).ok_or_else(|| {
        let known: Vec<&str> = Kind::ALL.iter().map(|k| k.tag()).collect();
        format!("no element '{element}': govlens has {}", known.join(", "))
    })?;
    if kind == Kind::Search {
        return Err("govlens-search answers as the reader types: it has no static form; embed the element itself".into());
    }
    for (name, _) in attrs {
        if !ATTRIBUTES.contains(&name.to_ascii_lowercase().as_str()) {
            return Err(format!("{}: no attribute '{name}'; the elements read {}", kind.tag(), ATTRIBUTES.join(", ")));
        }
    }
    Ok(kind)
}

/// The element's rendered `html` as embed code (or, where it is an error box, that error).
fn wrap(kind: Kind, attrs: &[(String, String)], html: &str, base: &str, style: SnippetStyle) -> Result<String, String> {
    // What the element would show as its error box is the snippet's error.
    if let Some(at) = html.find("class=\"gl-error-title\"") {
        // After the tag's end (it may carry a `lang`).
        let rest = &html[at..];
        let rest = &rest[rest.find('>').map_or(0, |i| i + 1)..];
        // Its paragraphs' text (without their tags and their `lang`s), joined by a colon.
        let text = rest.split("</div>").next().unwrap_or(rest).split("</p>").map(strip_tags).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(": ");
        let text =
            [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")].iter().fold(text, |t, (e, c)| t.replace(e, c));
        return Err(format!("{}: {text}", kind.tag()));
    }
    // The theme's class, as govlens.js gives its root.
    let theme = match attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case("theme")).map(|(_, v)| v.trim().to_ascii_lowercase()) {
        Some(t) if t == "dark" || t == "auto" => t,
        _ => "light".into(),
    };
    let base = folder(base);
    let attributes: String = attrs.iter().map(|(k, v)| format!(" {}=\"{}\"", k.to_ascii_lowercase(), escape(v))).collect();
    Ok(format!(
        "<govlens-{kind}{attributes} {PRERENDERED}><template shadowrootmode=\"open\">{css}<div class=\"gl-root is-{theme} gl-static\">{html}</div></template></govlens-{kind}>",
        kind = kind.tag().trim_start_matches("govlens-"),
        css = match style {
            SnippetStyle::Link => format!("<link rel=\"stylesheet\" href=\"{}\">", escape(&format!("{base}govlens-widget.css"))),
            SnippetStyle::Inline => format!("<style>{}</style>", crate::styles()),
        },
    ))
}

/// The script tag a page with snippets needs once (the element's code, which takes the
/// snippets over).
pub fn script_tag(base: &str) -> String {
    let base = folder(base);
    format!("<script type=\"module\" src=\"{}\"></script>", escape(&format!("{base}govlens.js")))
}

/// `govlens snippet` in WebAssembly, for the npm package's build-time `snippet()` (Node): a
/// corpus decoded once, then any number of snippets from it, each the same markup the command
/// writes (tests/npm/run.mjs holds the two equal).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct Snippets {
    data: Data,
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
impl Snippets {
    /// Decodes a corpus artifact (`govlens.corpus`).
    #[wasm_bindgen::prelude::wasm_bindgen(constructor)]
    pub fn new(corpus: &[u8]) -> Result<Snippets, wasm_bindgen::JsError> {
        govlens_core::Store::load(corpus).map(|s| Snippets { data: Data::new(s) }).map_err(|e| wasm_bindgen::JsError::new(&e.to_string()))
    }

    /// The embed code of `element` with `attrs` (`[name, value, ...]`), its style sheet linked
    /// from `base` or, with `inline`, inside it: a promise of the markup, rejected with what
    /// `govlens snippet` would say.
    pub fn render(&self, element: String, attrs: Vec<String>, base: String, inline: bool) -> js_sys::Promise {
        let data = self.data.clone();
        wasm_bindgen_futures::future_to_promise(async move {
            let pairs: Vec<(String, String)> = attrs.chunks(2).map(|p| (p[0].clone(), p.get(1).cloned().unwrap_or_default())).collect();
            let kind = snippet_kind(&element, &pairs).map_err(|e| wasm_bindgen::JsValue::from(js_sys::Error::new(&e)))?;
            let props = WidgetProps { kind, data, attrs: Attrs::from_pairs(attrs), parked: false, generation: 0 };
            let html = yew::LocalServerRenderer::<Widget>::with_props(props).hydratable(false).render().await;
            let style = if inline { SnippetStyle::Inline } else { SnippetStyle::Link };
            wrap(kind, &pairs, &html, &base, style).map(|s| wasm_bindgen::JsValue::from_str(&s)).map_err(|e| js_sys::Error::new(&e).into())
        })
    }

    /// The script tag a page with snippets needs once.
    #[wasm_bindgen::prelude::wasm_bindgen(js_name = scriptTag)]
    pub fn script_tag(base: &str) -> String {
        script_tag(base)
    }
}
