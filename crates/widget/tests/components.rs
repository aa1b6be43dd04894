#![cfg(target_arch = "wasm32")]
//! The components in headless Chromium, on the real corpus (`dist/govlens.corpus`), mounted the
//! way the custom elements mount them (`Library::fromBytes`, `mount`); Yew's scheduler is flushed
//! before each look at the DOM.
use govlens_widget::{mount, Library, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const CORPUS: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../dist/govlens.corpus"));

fn root() -> Element {
    let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
    let el = doc.create_element("div").expect("a div");
    doc.body().expect("a body").append_child(&el).expect("appended");
    el
}

fn pairs(attrs: &[(&str, &str)]) -> Vec<String> {
    attrs.iter().flat_map(|(k, v)| [k.to_string(), v.to_string()]).collect()
}

async fn mounted(kind: &str, attrs: &[(&str, &str)]) -> (Element, Mounted) {
    let lib = Library::from_bytes(CORPUS).unwrap_or_else(|_| panic!("the corpus loads"));
    let el = root();
    let m = mount(kind, el.clone(), &lib, pairs(attrs)).unwrap_or_else(|_| panic!("{kind} mounts"));
    yew::scheduler::flush().await;
    (el, m)
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn all(el: &Element, selector: &str) -> Vec<Element> {
    let list = el.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn one(el: &Element, selector: &str) -> Element {
    el.query_selector(selector).expect("a valid selector").unwrap_or_else(|| panic!("no {selector} in: {}", text(el)))
}

/// A click that bubbles, as a reader's does (also on SVG elements, which have no `click()`).
fn click(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let e = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("an event");
    el.dispatch_event(&e).expect("dispatched");
}

/// The CSV behind a chart's "Download CSV" link.
async fn csv_of(el: &Element) -> String {
    let link = all(el, "a[download]").into_iter().next().expect("a Download CSV link");
    let href = link.get_attribute("href").expect("an href");
    assert!(href.starts_with("blob:"), "the CSV is a blob URL: {href}");
    let window = web_sys::window().expect("a window");
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(&href)).await.expect("fetched").dyn_into().expect("a Response");
    JsFuture::from(resp.text().expect("text")).await.expect("read").as_string().expect("a string")
}

#[wasm_bindgen_test]
async fn card_shows_values_with_sources_and_both_populations() {
    let (el, _m) = mounted("govlens-card", &[("country", "LU")]).await;
    let t = text(&el);
    assert!(t.contains("Luxembourg"), "{t}");
    // The two populations disagree: both are shown, each with its document and year.
    assert!(t.contains("613,894 inhabitants"), "{t}");
    assert!(t.contains("582,972 inhabitants"), "{t}");
    assert_eq!(all(&el, ".gl-fact.is-differ").len(), 2);
    assert!(t.contains("DPA factsheet 2020, §1.1, for 2019"), "{t}");
    assert!(t.contains("EUROPAM 2020, Country Facts"), "{t}");
    // The CIO by title and organisation, without the person's name.
    assert!(t.contains("Government IT Center"), "{t}");
    assert!(!t.contains("Patrick Houtsch"), "no personal names in an embed");
    assert!(!t.contains('@'), "no e-mail addresses in an embed");
    // Portals are links, opened safely.
    let guichet =
        all(&el, "a").into_iter().find(|a| a.get_attribute("href").as_deref() == Some("https://guichet.public.lu/en.html")).expect("the Guichet.lu link");
    assert_eq!(guichet.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert!(t.contains("Artificial Intelligence: a strategic vision for Luxembourg"), "{t}");
    assert!(t.contains("56 (European average 66)"), "{t}");
    assert!(t.contains("44 questions: 42 yes, 0 no, 2 unknown"), "{t}");
}

#[wasm_bindgen_test]
async fn card_lists_open_on_request() {
    let (el, _m) = mounted("govlens-card", &[("country", "LU")]).await;
    let before = all(&el, ".gl-fact").len();
    let more = all(&el, "button.gl-more").into_iter().find(|b| text(b).contains("portals")).expect("a show-all button for portals");
    assert_eq!(text(&more), "Show all 19 portals");
    click(&more);
    yew::scheduler::flush().await;
    assert_eq!(all(&el, ".gl-fact").len(), before + 16);
    assert!(text(&el).contains("geoportail.lu"));
}

#[wasm_bindgen_test]
async fn card_for_a_country_with_only_a_questionnaire() {
    let (el, _m) = mounted("govlens-card", &[("country", "dk")]).await;
    let t = text(&el);
    assert!(t.contains("Denmark"), "{t}");
    assert!(t.contains("None in the corpus: no DPA factsheet or EUROPAM page for Denmark yet."), "{t}");
    assert!(t.contains("Agency for Digitisation, Ministry of Finance"), "{t}");
    assert!(!t.contains("Tanja Franck"));
}

#[wasm_bindgen_test]
async fn unknown_or_missing_country_is_a_message_in_the_element() {
    let (el, _m) = mounted("govlens-card", &[("country", "XX")]).await;
    let alert = one(&el, "[role=alert]");
    assert_eq!(text(&alert), "Unknown countryno country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");
    let (el, _m) = mounted("govlens-card", &[("country", "Luxembourg")]).await;
    assert!(text(&el).contains("'Luxembourg' is not an ISO 3166-1 alpha-2 country code (did you mean LU?)"), "{}", text(&el));
    let (el, _m) = mounted("govlens-scores", &[]).await;
    assert!(text(&one(&el, "[role=alert]")).contains("needs a country"));
    let (el, _m) = mounted("govlens-compare", &[("countries", "LU")]).await;
    assert!(text(&one(&el, "[role=alert]")).contains("two or more countries"));
    let (el, _m) = mounted("govlens-scores", &[("country", "DK")]).await;
    assert!(text(&one(&el, "[role=alert]")).contains("no EUROPAM page for DK"));
}

#[wasm_bindgen_test]
async fn scores_chart_table_and_csv() {
    let (el, _m) = mounted("govlens-scores", &[("country", "LU")]).await;
    let bars = all(&el, "g.gl-bar");
    assert_eq!(bars.len(), 5);
    // A value a check flagged is marked, and its name says what the check found (issue 18, item 4).
    assert_eq!(
        bars[0].get_attribute("aria-label").as_deref(),
        Some("Political Financing 56 · avg 66 · ⚑, Luxembourg against the European average. Check this value: the page's 56 is the dataset's value of 2012, 2015, 2016, 2017 rounded, not of 2020; the page mixes years.")
    );
    assert_eq!(all(&el, ".gl-flag").len(), 2, "Political Financing and Conflict of Interest, under the chart");
    assert_eq!(bars[3].get_attribute("aria-label").as_deref(), Some("Freedom of Information 29 · avg 59, Luxembourg against the European average"));
    // One Tab stop for the chart (issue 18, item 5): the first bar; the arrow keys reach the others.
    let stops: Vec<Option<String>> = bars.iter().map(|b| b.get_attribute("tabindex")).collect();
    assert_eq!(stops, [Some("0"), Some("-1"), Some("-1"), Some("-1"), Some("-1")].map(|s| s.map(String::from)));
    let t = text(&el);
    assert!(t.contains("Source: EUROPAM country page: Luxembourg, European Public Accountability Mechanisms (EUROPAM) (EUROPAM 2020)"), "{t}");
    // A screen reader gets the whole chart in words.
    assert!(text(&one(&el, "figcaption .gl-sr")).contains("Public Procurement 62 (European average 62)"));

    let csv = csv_of(&el).await;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "country,framework,dimension,metric,year,value,reference_value,reference_label,source,locator");
    assert_eq!(
        lines[1],
        "LU,europam,Political Financing,,2020,56,66,European average,004_9be079b0bad659b9.txt,Country score / Political Financing (lines 8-8)"
    );
    assert_eq!(lines.len(), 6);

    let toggle = all(&el, "button").into_iter().find(|b| text(b) == "Show as table").expect("a table toggle");
    click(&toggle);
    yew::scheduler::flush().await;
    assert!(all(&el, "g.gl-bar").is_empty(), "the table replaces the chart");
    let rows: Vec<String> = all(&el, "table tbody tr").iter().map(text).collect();
    assert_eq!(rows[3], "Freedom of Information29592020");
    assert_eq!(text(&toggle), "Show as chart");
}

#[wasm_bindgen_test]
async fn choosing_a_dimension_shows_its_series() {
    let (el, mut m) = mounted("govlens-scores", &[("country", "LU")]).await;
    assert!(all(&el, ".gl-multiple").is_empty());
    click(&all(&el, "g.gl-bar")[1]);
    yew::scheduler::flush().await;
    let t = text(&el);
    assert!(t.contains("Financial Disclosure: sub-metrics, 2012–2020"), "{t}");
    assert!(t.contains("By type of official (alternative metrics)"), "{t}");
    let points: Vec<String> = all(&el, "g.gl-point").iter().filter_map(|g| g.get_attribute("aria-label")).collect();
    assert!(points.contains(&"Head of State, 2012: 0".to_string()), "{points:?}");
    // The attribute chooses too; Public Procurement's undated values are listed, not plotted.
    m.update(pairs(&[("country", "LU"), ("dimension", "public procurement")]));
    yew::scheduler::flush().await;
    let t = text(&el);
    assert!(t.contains("Public Procurement: sub-metrics"), "{t}");
    assert!(t.contains("(year not established: "), "{t}");
    m.update(pairs(&[("country", "LU"), ("dimension", "Nope")]));
    yew::scheduler::flush().await;
    assert!(text(&el).contains("There is no EUROPAM dimension 'Nope'"));
}

#[wasm_bindgen_test]
async fn benchmark_against_the_eu_average_with_growth() {
    let (el, _m) = mounted("govlens-benchmark", &[("country", "LU")]).await;
    let labels: Vec<String> = all(&el, "g.gl-bar").iter().filter_map(|g| g.get_attribute("aria-label")).collect();
    assert_eq!(labels.len(), 23);
    assert!(labels.contains(&"Mobile friendliness 97 · avg 76.3 · +32, Luxembourg against the EU27+ average; +32 since 2016-2017".to_string()), "{labels:?}");
    assert!(text(&el).contains("measured 2018-2019"));
    let csv = csv_of(&el).await;
    assert!(csv.contains("LU,egov-benchmark,User Centricity,Mobile friendliness (change since 2016-2017),2019,32,,,001_58defca00d8e36d5.txt"), "{csv}");
}

#[wasm_bindgen_test]
async fn scores_framework_attribute() {
    let (el, _m) = mounted("govlens-scores", &[("country", "LU"), ("framework", "egov-benchmark")]).await;
    assert!(text(&el).contains("Luxembourg in the eGovernment Benchmark"));
    let (el, _m) = mounted("govlens-scores", &[("country", "LU"), ("framework", "oecd")]).await;
    assert_eq!(text(&one(&el, "[role=alert]")), "Unknown frameworkunknown framework 'oecd': expected europam or egov-benchmark");
}

#[wasm_bindgen_test]
async fn compare_two_countries_question_by_question() {
    let (el, _m) = mounted("govlens-compare", &[("countries", "LU, DK")]).await;
    assert_eq!(all(&el, "details.gl-question").len(), 44);
    let t = text(&el);
    assert!(t.contains("Luxembourg: 42 yes, 0 no, 2 unknown · Denmark: 38 yes, 1 no, 5 unknown"), "{t}");
    // Only the differences.
    let only = one(&el, "#gl-only-diff");
    click(&only);
    yew::scheduler::flush().await;
    assert_eq!(all(&el, "details.gl-question").len(), 6);
    // An answer's text and source on expand.
    let q = &all(&el, "details.gl-question")[0];
    q.set_attribute("open", "").expect("opened");
    assert!(text(q).contains("UN E-Government Survey 2022 questionnaire (2021)"), "{}", text(q));
    let csv = csv_of(&el).await;
    assert!(csv.starts_with("country,questionnaire,question,item,answer,basis,text,source,locator\n"));
    // 44 questions and their items, LU's and DK's answers in both.
    assert_eq!(csv.lines().filter(|l| l.starts_with("LU,UN MSQ")).count(), 55);
    assert_eq!(csv.lines().filter(|l| l.starts_with("DK,UN MSQ")).count(), 55);
    let toggle = all(&el, "button").into_iter().find(|b| text(b) == "Show as table").expect("a table toggle");
    click(&toggle);
    yew::scheduler::flush().await;
    let rows: Vec<String> = all(&el, "table tbody tr").iter().map(text).collect();
    assert!(rows.len() >= 55, "{} rows", rows.len());
    assert!(rows[0].starts_with("Q1 What is the official e-government portal at the national level?"), "{}", rows[0]);
    assert!(text(&el).contains("— not in corpus"), "DK has no EUROPAM scores");
}

#[wasm_bindgen_test]
async fn search_marks_matches_as_text() {
    let (el, mut m) = mounted("govlens-search", &[("query", "digital identity")]).await;
    let hits = all(&el, "li.gl-hit-item");
    assert!(!hits.is_empty() && hits.len() <= 10);
    let marks: Vec<String> = all(&el, "mark").iter().map(|m| text(m).to_lowercase()).collect();
    assert!(marks.iter().any(|m| m.starts_with("ident")), "{marks:?}");
    // A filter from the attributes, and markup in a query stays text.
    m.update(pairs(&[("query", "<img src=x onerror=alert(1)> portal"), ("country", "DK")]));
    yew::scheduler::flush().await;
    assert!(all(&el, "img").is_empty());
    let countries: Vec<String> = all(&el, ".gl-hit-country").iter().map(text).collect();
    assert!(!countries.is_empty() && countries.iter().all(|c| c == "Denmark"), "{countries:?}");
    m.update(pairs(&[("query", "public procurement"), ("source", "europam")]));
    yew::scheduler::flush().await;
    let cites: Vec<String> = all(&el, ".gl-hit-item .gl-cite").iter().map(text).collect();
    assert!(!cites.is_empty() && cites.iter().all(|c| c.starts_with("EUROPAM 2020, lines ")), "{cites:?}");
    m.update(pairs(&[("query", "zzzqqq")]));
    yew::scheduler::flush().await;
    assert!(text(&el).contains("No passage matches “zzzqqq”."));
}

#[wasm_bindgen_test]
async fn attribute_change_and_destroy() {
    let (el, mut m) = mounted("govlens-card", &[("country", "LU")]).await;
    m.update(pairs(&[("country", "DK")]));
    yew::scheduler::flush().await;
    assert!(text(&one(&el, "h3")).starts_with("Denmark"));
    m.destroy();
    yew::scheduler::flush().await;
    assert_eq!(el.child_element_count(), 0, "destroy empties the element");
}

#[wasm_bindgen_test]
async fn a_parked_root_renders_nothing_then_a_fresh_component() {
    let (el, mut m) = mounted("govlens-compare", &[("countries", "LU,DK")]).await;
    click(&one(&el, "#gl-only-diff"));
    yew::scheduler::flush().await;
    assert_eq!(all(&el, "details.gl-question").len(), 6);
    m.park();
    yew::scheduler::flush().await;
    assert_eq!(el.child_element_count(), 0, "parked: nothing rendered, the component destroyed");
    m.update(pairs(&[("countries", "LU,DK")]));
    yew::scheduler::flush().await;
    assert_eq!(all(&el, "details.gl-question").len(), 44, "the next element starts with its own state");
}

#[wasm_bindgen_test]
fn bad_corpus_and_unknown_element_are_errors() {
    assert!(Library::from_bytes(b"<!doctype html><title>404</title>").is_err());
    assert!(Library::from_bytes(&CORPUS[..CORPUS.len() / 2]).is_err());
    let lib = Library::from_bytes(CORPUS).unwrap_or_else(|_| panic!("loads"));
    assert!(mount("govlens-chart", root(), &lib, vec![]).is_err());
}

#[wasm_bindgen_test]
async fn map_colours_each_country_and_moves_by_the_arrow_keys() {
    let (el, _m) = mounted("govlens-map", &[("indicator", "un-egdi.egdi"), ("highlight", "LU"), ("area", "europe")]).await;
    let t = text(&el);
    assert!(t.contains("E-Government Development Index (EGDI), 2024: Luxembourg ranks 26 of 43 in Europe"), "{t}");
    assert_eq!(all(&el, "g.gl-country").len(), 43, "Europe's 43 countries with a value");
    assert_eq!(all(&el, "g.gl-country[tabindex=\"0\"]").len(), 1, "one Tab stop");
    let lu = one(&el, "g.gl-country[tabindex=\"0\"]");
    assert_eq!(lu.get_attribute("aria-label").as_deref(), Some("Luxembourg: rank 26 of 43 in Europe (0.8466)"));
    assert_eq!(all(&el, "g.gl-map-highlight").len(), 1);
    // The table view: the ranking's rows.
    click(&all(&el, "button").into_iter().find(|b| b.text_content().unwrap_or_default() == "Show as table").expect("the table toggle"));
    yew::scheduler::flush().await;
    assert_eq!(all(&el, "tbody tr").len(), 43);
}

/// A corpus whose text and links carry markup, script URLs and a 5,000-letter word.
fn hostile_corpus() -> Vec<u8> {
    use govlens_core::*;
    let script = "<script>document.body.dataset.pwned = 1</script>";
    let img = "\"><img src=x onerror=\"document.body.dataset.pwned=1\">";
    let long = "a".repeat(5000);
    let prov = |locator: &str| Provenance { source: "x.txt".into(), locator: locator.into(), lines: Lines { start: 1, end: 2 } };
    let source = |country: &str, family: Family| Source {
        file: "x.txt".into(),
        family,
        country: country.into(),
        title: format!("Title {script}"),
        publisher: img.into(),
        edition: "1".into(),
        year: 2020,
        language: "en".into(),
        cut_off_after: None,
        missing_sections: vec![],
    };
    let fact = |fact: &str, value: &str, url: Option<&str>| Fact {
        country: "LU".into(),
        fact: fact.into(),
        label: format!("Label {img}"),
        value: value.into(),
        number: None,
        unit: Some(script.into()),
        year: Some(2020),
        period: None,
        url: url.map(str::to_string),
        note: Some(img.into()),
        provenance: prov(script),
    };
    let answer = |country: &str, text: &str| Answer {
        country: country.into(),
        questionnaire: govlens_core::Questionnaire::UN_MSQ_2022,
        question: "1".into(),
        question_text: format!("Is there {script}?"),
        section: vec![img.into()],
        item: None,
        answer: AnswerValue::Other(img.into()),
        basis: Basis::Stated,
        reason: Some(script.into()),
        text: text.into(),
        links: vec!["javascript:alert(1)".into()],
        citation: None,
        year: Some(2021),
        provenance: prov("Q1"),
    };
    let corpus = Corpus {
        sources: vec![source("LU", Family::UnMsq), source("DK", Family::UnMsq)],
        facts: vec![
            fact("portal", &format!("portal {img}"), Some("javascript:document.body.dataset.pwned=1")),
            fact("portal", "data portal", Some("data:text/html,<script>alert(1)</script>")),
            fact("portal", "real portal", Some("https://guichet.lu/")),
            fact("population", &long, None),
            fact("capital", script, None),
        ],
        answers: vec![answer("LU", &format!("{script} {long}")), answer("DK", img)],
        passages: vec![Passage {
            id: "LU-000-0001".into(),
            country: "LU".into(),
            source: "x.txt".into(),
            section: vec![script.into()],
            text: format!("portal {script} {img} {long} portal"),
            language: "en".into(),
            provenance: prov("§1"),
            // A flag as hostile as the text: shown as text, never markup.
            flags: vec![format!("names {script} {img}")],
        }],
        ..Corpus::default()
    };
    encode(&corpus)
}

#[wasm_bindgen_test]
async fn hostile_data_is_shown_as_text_and_only_http_is_linked() {
    let lib = Library::from_bytes(&hostile_corpus()).unwrap_or_else(|_| panic!("the hostile corpus loads"));
    let body = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()).expect("a body");
    for (kind, attrs) in [
        ("govlens-card", pairs(&[("country", "LU")])),
        ("govlens-search", pairs(&[("query", "portal")])),
        ("govlens-compare", pairs(&[("countries", "LU,DK")])),
    ] {
        // The element's own style sheet, as the custom element adopts it, and a narrow box.
        let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
        let style = doc.create_element("style").expect("a style");
        style.set_text_content(Some(&govlens_widget::styles()));
        doc.head().expect("a head").append_child(&style).expect("appended");
        let el = root();
        el.set_attribute("class", "gl-root is-light").expect("classed");
        el.set_attribute("style", "width: 400px").expect("styled");
        let _m = mount(kind, el.clone(), &lib, attrs).unwrap_or_else(|_| panic!("{kind} mounts"));
        yew::scheduler::flush().await;
        for d in all(&el, "details") {
            d.set_attribute("open", "").expect("opened");
        }
        let t = text(&el);
        assert!(all(&el, "script, img, iframe, object").is_empty(), "{kind}: no element made from data");
        assert!(t.contains("<script>") || t.contains("<img"), "{kind}: the markup is shown as text: {}", &t[..t.len().min(300)]);
        for a in all(&el, "a[href]") {
            let href = a.get_attribute("href").unwrap_or_default();
            assert!(href.starts_with("https://") || href.starts_with("http://") || href.starts_with("blob:"), "{kind}: link to {href}");
        }
        assert!(el.scroll_width() <= el.client_width() + 1, "{kind}: a 5,000-letter word wraps ({} > {})", el.scroll_width(), el.client_width());
        assert!(body.get_attribute("data-pwned").is_none(), "{kind}: no script ran");
    }
}
