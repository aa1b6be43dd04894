#![cfg(target_arch = "wasm32")]
//! The bindings in headless Chromium, on the real corpus (`dist/govlens.corpus`, built first by
//! `make corpus`): each API function, real values, and the JS Error for each kind of bad input.
use govlens_core::query::{Comparison, FactGroup, Series, TopicMatch};
use govlens_core::{Answer, AnswerValue, Score, SearchResults, Source};
use govlens_wasm::Govlens;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CORPUS: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../dist/govlens.corpus"));

fn govlens() -> Govlens {
    Govlens::from_bytes(CORPUS).unwrap_or_else(|_| panic!("the corpus loads"))
}

fn back<T: serde::de::DeserializeOwned>(v: Result<JsValue, JsValue>) -> T {
    let v = v.unwrap_or_else(|e| panic!("call failed: {}", message(e)));
    serde_wasm_bindgen::from_value(v).unwrap_or_else(|e| panic!("not the declared shape: {e}"))
}

/// The message of the JS Error a call threw.
fn message(e: JsValue) -> String {
    let err: js_sys::Error = e.dyn_into().unwrap_or_else(|_| panic!("a JS Error"));
    err.message().into()
}

fn fails<T>(r: Result<T, JsValue>) -> String {
    match r {
        Ok(_) => panic!("expected an Error"),
        Err(e) => message(e),
    }
}

/// The stable `code` and the message of the JS Error a call threw.
#[track_caller]
fn coded<T>(r: Result<T, JsValue>) -> (String, String) {
    match r {
        Ok(_) => panic!("expected an Error"),
        Err(e) => {
            let code = js_sys::Reflect::get(&e, &"code".into()).ok().and_then(|c| c.as_string()).unwrap_or_else(|| "(no code)".into());
            (code, message(e))
        }
    }
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or_else(|_| panic!("JSON"))
}

#[wasm_bindgen_test]
fn countries_and_sources() {
    let g = govlens();
    let v = g.countries().unwrap_or_else(|e| panic!("{}", message(e)));
    let arr: js_sys::Array = v.dyn_into().unwrap_or_else(|_| panic!("an array"));
    // The documents' two countries and every country of the datasets, by code: AD first.
    assert_eq!(arr.length(), 214);
    let first = js_sys::Reflect::get(&arr.get(0), &"name".into()).unwrap_or(JsValue::NULL);
    assert_eq!(first.as_string().as_deref(), Some("Andorra"));
    let sources: Vec<Source> = back(g.sources());
    assert_eq!(sources.len(), 5);
    assert_eq!(sources[4].file, "004_9be079b0bad659b9.txt");
}

#[wasm_bindgen_test]
fn facts_scores_series() {
    let g = govlens();
    let facts: Vec<FactGroup> = back(g.facts("LU"));
    let pop = facts.iter().find(|f| f.fact == "population").unwrap_or_else(|| panic!("population"));
    assert!(pop.sources_differ);
    assert_eq!(pop.values.iter().map(|f| f.number).collect::<Vec<_>>(), vec![Some(613894.0), Some(582972.0)]);
    let europam: Vec<Score> = back(g.scores("LU", Some("europam".into())));
    let foi = europam.iter().find(|s| s.dimension == "Freedom of Information" && s.metric.is_none()).unwrap_or_else(|| panic!("FOI headline"));
    assert_eq!((foi.value, foi.reference_value, foi.year), (Some(29.0), Some(59.0), Some(2020)));
    let bench: Vec<Score> = back(g.scores("LU", Some("egov-benchmark".into())));
    let post = bench.iter().find(|s| s.metric.as_deref() == Some("Digital post") && s.reference_value.is_some()).unwrap_or_else(|| panic!("digital post"));
    assert_eq!((post.value, post.reference_value), (Some(100.0), Some(67.3)));
    let s: Series = back(g.series("LU", "europam", "Financial Disclosure", "Ministers"));
    assert_eq!(s.points.iter().map(|p| p.value.unwrap_or(-1.0)).collect::<Vec<_>>(), vec![0.0, 53.0, 53.0, 53.0, 37.0]);
}

#[wasm_bindgen_test]
fn answers_compare_topics() {
    let g = govlens();
    let dk: Vec<Answer> = back(g.answers("DK", Some("UN MSQ 2022".into())));
    assert_eq!(dk.iter().filter(|a| a.item.is_none()).count(), 44);
    let yes9: Vec<Answer> = back(g.countries_answering("9", "yes"));
    assert_eq!(yes9.len(), 2);
    let cmp: Comparison = back(g.compare(vec!["LU".into(), "DK".into()]));
    let q21 = cmp.answers.iter().find(|r| r.question == "21" && r.item.is_none()).unwrap_or_else(|| panic!("Q21"));
    assert_eq!(q21.answers[1].1.as_ref().map(|a| a.answer.clone()), Some(AnswerValue::No));
    let topics: Vec<TopicMatch> = back(g.questions_about("freedom of information"));
    assert_eq!(topics[0].question, "9");
}

#[wasm_bindgen_test]
fn search_with_and_without_options() {
    let g = govlens();
    let r: SearchResults = back(g.search("Offentlighedsloven", None));
    assert_eq!(r.hits[0].id, "DK-003-0009");
    let range = r.hits[0].snippet.ranges_utf16[0];
    let text: js_sys::JsString = r.hits[0].snippet.text.as_str().into();
    assert_eq!(String::from(text.slice(range.start as u32, range.end as u32)), "Offentlighedsloven");
    let opts = js_sys::JSON::parse(r#"{"countries":["LU"],"limit":2}"#).unwrap_or(JsValue::NULL);
    let r: SearchResults = back(g.search("data embassy", Some(opts.unchecked_into())));
    assert_eq!(r.hits.len(), 2);
    assert!(r.hits.iter().all(|h| h.country == "LU"));
}

#[wasm_bindgen_test]
fn every_kind_of_bad_input_is_an_error() {
    assert!(fails(Govlens::from_bytes(b"<html>404</html>")).contains("not a govlens corpus file"));
    assert!(fails(Govlens::from_bytes(&CORPUS[..CORPUS.len() / 2])).contains("truncated"));
    let mut corrupted = CORPUS.to_vec();
    corrupted[CORPUS.len() / 2] ^= 0xff;
    assert!(fails(Govlens::from_bytes(&corrupted)).contains("corrupted"));
    // Issue 20, finding 13: a header claiming 0xFFFFFFFF payload bytes, read with a 32-bit usize,
    // wrapped to "... bytes where 19 were expected".
    let mut huge = CORPUS.to_vec();
    huge[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(fails(Govlens::from_bytes(&huge)), format!("corpus file is truncated: {} bytes where 4294967315 were expected", CORPUS.len()));
    let g = govlens();
    assert_eq!(fails(g.facts("XX")), "no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");
    assert_eq!(fails(g.facts("Luxembourg")), "'Luxembourg' is not an ISO 3166-1 alpha-2 country code (did you mean LU?)");
    assert_eq!(fails(g.scores("LU", Some("gdp".into()))), "unknown framework 'gdp': expected europam or egov-benchmark");
    assert!(fails(g.series("LU", "europam", "Freedom of Information", "Nope")).starts_with("no series 'Nope'"));
    assert_eq!(fails(g.compare(vec!["LU".into()])), "compare needs at least two countries");
    let bad = js_sys::JSON::parse(r#"{"limit":"ten"}"#).unwrap_or(JsValue::NULL);
    assert!(fails(g.search("eid", Some(bad.unchecked_into()))).starts_with("bad search options"));
    let zero = js_sys::JSON::parse(r#"{"limit":0}"#).unwrap_or(JsValue::NULL);
    assert_eq!(fails(g.search("eid", Some(zero.unchecked_into()))), "option limit: 0 is outside 1..=1000");
    assert_eq!(fails(g.search(&"x".repeat(3000), None)), "the query is 3000 bytes long; the limit is 2048");
}

/// Issue 19: every Error has a stable `code` besides its message.
#[wasm_bindgen_test]
fn every_error_has_its_code() {
    assert_eq!(coded(Govlens::from_bytes(b"<html>404</html>")).0, "not-a-corpus");
    assert_eq!(coded(Govlens::from_bytes(&CORPUS[..CORPUS.len() / 2])).0, "corpus-truncated");
    let g = govlens();
    assert_eq!(coded(g.facts("XX")).0, "unknown-country");
    assert_eq!(coded(g.facts("Luxembourg")).0, "bad-country-code");
    assert_eq!(coded(g.scores("LU", Some("gdp".into()))).0, "unknown-framework");
    assert_eq!(coded(g.compare(vec!["LU".into()])).0, "too-few-countries");
    assert_eq!(coded(g.search("eid", Some(options(r#"{"limit":0}"#).unchecked_into()))).0, "bad-option");
    assert_eq!(coded(g.search("eid", Some(options(r#"{"limit":"ten"}"#).unchecked_into()))).0, "bad-option");
    assert_eq!(coded(g.search(&"x".repeat(3000), None)).0, "query-too-long");
    assert_eq!(
        coded(g.card_view("XX", None, None)),
        ("unknown-country".into(), "Unknown country: no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code".into())
    );
    assert_eq!(coded(g.compare_view(vec!["LU".into()], None)).0, "missing-attribute");
    assert_eq!(
        coded(g.ranking_view("un-egdi.egdi", Some(options(r#"{"year":1999}"#).unchecked_into()))),
        (
            "unknown-year".into(),
            "Unknown year: EGDI has no values for 1999; years: 2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024".into()
        )
    );
    assert_eq!(coded(g.ranking_view("un-egdi.egdi", Some(options(r#"{"yaer":2024}"#).unchecked_into()))).0, "bad-option");
    assert_eq!(coded(g.map_view("un-egdi.egdi", Some(options(r#"{"area":"asia"}"#).unchecked_into()))).0, "unknown-area");
    assert_eq!(coded(g.trend_view("nope", vec!["DK".into()], None)).0, "unknown-indicator");
    assert_eq!(coded(Govlens::indicator_parts("ranking", "EGDI", None)).0, "unknown-indicator");
}

/// Issue 19: the indicators' views through the bindings: a ranking, a trend and a map with
/// their real values, the same from a store of the split folder's parts.
#[wasm_bindgen_test]
fn indicator_views() {
    use govlens_core::views::{MapView, RankingView, TrendView};
    let g = govlens();
    let ranking: RankingView = back(g.ranking_view("un-egdi.egdi", Some(options(r#"{"year":2024,"region":"Europe","highlight":"LU"}"#).unchecked_into())));
    assert_eq!(
        (ranking.rows[0].code.as_str(), ranking.rows.len(), ranking.highlight.as_deref()),
        ("DK", 43, Some("Luxembourg: rank 26 of 43 in Europe (0.8466)"))
    );
    let trend: TrendView = back(g.trend_view("un-egdi.egdi", vec!["DK".into(), "LU".into()], None));
    assert_eq!(trend.lines.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["Denmark", "Luxembourg"]);
    assert_eq!(trend.lines[0].points.last().map(|p| (p.year, p.value.as_str())), Some((2024, "0.9847")));
    let map: MapView = back(g.map_view("un-egdi.egdi", Some(options(r#"{"lang":"fr","highlight":"LU"}"#).unchecked_into())));
    assert_eq!((map.area.as_str(), map.countries.len(), map.legend.len()), ("world", 192, 5));
    let infos = g.indicators().unwrap_or_else(|e| panic!("{}", message(e)));
    let egdi =
        js_sys::Array::from(&infos).iter().find(|i| js_sys::Reflect::get(i, &"id".into()).ok().and_then(|v| v.as_string()).as_deref() == Some("un-egdi.egdi"));
    assert!(egdi.is_some(), "un-egdi.egdi is listed");
    // From the split folder's parts that indicatorParts names, the same map.
    let corpus = govlens_core::decode(CORPUS).unwrap_or_else(|_| panic!("the corpus decodes"));
    let files: std::collections::BTreeMap<String, Vec<u8>> = govlens_core::layout::split(&corpus).into_iter().collect();
    let paths = Govlens::indicator_parts("map", "un-egdi.egdi", None).unwrap_or_else(|e| panic!("{}", message(e)));
    assert_eq!(paths, ["tables.govlens", "indicator/un-egdi.egdi.govlens", "map/world.govlens", "map/europe.govlens"]);
    let parts: Vec<js_sys::Uint8Array> = paths.iter().map(|p| js_sys::Uint8Array::from(files[p].as_slice())).collect();
    let from_parts = Govlens::from_parts(parts).unwrap_or_else(|e| panic!("{}", message(e)));
    let split_map: MapView = back(from_parts.map_view("un-egdi.egdi", Some(options(r#"{"lang":"fr","highlight":"LU"}"#).unchecked_into())));
    assert_eq!((&split_map.countries, &split_map.legend, &split_map.frame), (&map.countries, &map.legend, &map.frame));
}

/// A step of a search as the bindings return it.
#[derive(serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum Stepped {
    Done(SearchResults),
    Fetch(Vec<String>),
}

/// The split folder through the bindings, with its files made from the real corpus in the test
/// (`layout::split`, what `govlens split` writes): views need their country's card part, a search
/// names the files it needs, and both then answer exactly as the whole file does.
#[wasm_bindgen_test]
fn a_split_folder_answers_as_the_whole_file() {
    use govlens_core::views::{CardView, CompareView};
    let corpus = govlens_core::decode(CORPUS).unwrap_or_else(|_| panic!("the corpus decodes"));
    let files: std::collections::BTreeMap<String, Vec<u8>> = govlens_core::layout::split(&corpus).into_iter().collect();
    let mut split = Govlens::from_manifest(&files["manifest.govlens"]).unwrap_or_else(|e| panic!("{}", message(e)));
    assert!(split.is_split());
    assert_eq!(
        fails(split.card_view("LU", None, None)),
        "tables.govlens, card/LU.govlens, rest/LU.govlens not loaded from the split folder: call loadCountries first"
    );
    let parts = split.parts_for(vec!["LU".into(), "DK".into()]);
    assert_eq!(parts, ["tables.govlens", "card/LU.govlens", "rest/LU.govlens", "card/DK.govlens", "rest/DK.govlens"]);
    for p in &parts {
        split.add(p, &files[p]).unwrap_or_else(|e| panic!("{}", message(e)));
    }
    assert!(split.parts_for(vec!["LU".into()]).is_empty(), "added once, not asked again");
    let whole = govlens();
    let card: CardView = back(split.card_view("LU", None, None));
    assert_eq!(card, back::<CardView>(whole.card_view("LU", None, None)));
    assert_eq!(card.footer, "21 values for Luxembourg could not be established from the documents and are not shown. 34 dataset cells hold no value (empty, marked missing, or 0 for \"not assessed\") and are not shown either.");
    // The same view in French (the element's `lang`), from the split folder as from the file.
    let fr: CardView = back(split.card_view("LU", None, Some("fr-LU".into())));
    assert_eq!(fr, back::<CardView>(whole.card_view("LU", None, Some("fr".into()))));
    assert!(fr.lang == "fr" && fr.footer.starts_with("21 valeurs pour Luxembourg n'ont pas pu être établies"), "{}", fr.footer);
    let compared: CompareView = back(split.compare_view(vec!["LU".into(), "DK".into()], None));
    assert_eq!(compared, back::<CompareView>(whole.compare_view(vec!["LU".into(), "DK".into()], None)));
    // A search asks for its shards, then the texts of its hits, then answers.
    let mut rounds = 0;
    let results = loop {
        match back::<Stepped>(split.step("Offentlighedsloven", None)) {
            Stepped::Done(r) => break r,
            Stepped::Fetch(paths) => {
                assert!(!paths.is_empty() && rounds < 3, "{paths:?}");
                for p in &paths {
                    split.add(p, &files[p]).unwrap_or_else(|e| panic!("{}", message(e)));
                }
                rounds += 1;
            }
        }
    };
    assert_eq!(rounds, 2, "shards, then texts");
    assert_eq!(results, back::<SearchResults>(whole.search("Offentlighedsloven", None)));
    assert_eq!(fails(split.add("index/9999.govlens", b"x")), "index/9999.govlens: not a file of this corpus's manifest");
    // Issue 20, finding 1: a checksum-valid shard whose posting names field 7 trapped the shared
    // instance (`unreachable`); it is refused when added, and the instance still answers.
    let mut fresh = Govlens::from_manifest(&files["manifest.govlens"]).unwrap_or_else(|e| panic!("{}", message(e)));
    let path = "index/0000.govlens";
    let mut shard: govlens_core::search::Index = govlens_core::decode_as(govlens_core::FileKind::Shard, &files[path]).unwrap_or_else(|e| panic!("{e}"));
    shard.postings[0][0].field = 7;
    let err = fails(fresh.add(path, &govlens_core::encode_as(govlens_core::FileKind::Shard, &shard)));
    assert!(
        err.starts_with("index/0000.govlens: corpus file holds an invalid record: the index's term") && err.ends_with("a posting in field 7; there are 2"),
        "{err}"
    );
    assert_eq!(back::<SearchResults>(whole.search("Offentlighedsloven", None)), results);
}
