//! The query engine on the real corpus: every query feature, odd input, and ranking quality.
mod common;
use common::*;
use govlens_core::{SearchError, SearchOptions, Store};
use std::sync::OnceLock;

fn engine() -> &'static Store {
    static E: OnceLock<Store> = OnceLock::new();
    E.get_or_init(|| Store::new(corpus().clone()))
}

fn ids(q: &str) -> Vec<String> {
    ids_with(q, &SearchOptions::default())
}

fn ids_with(q: &str, o: &SearchOptions) -> Vec<String> {
    engine().search(q, o).expect("search runs").hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn ranking_quality_on_the_checked_in_query_set() {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/queries.toml")).expect("query set");
    let queries = govlens_ingest::quality::parse(&text).expect("valid query set");
    assert!(queries.len() >= 40);
    let r = govlens_ingest::quality::evaluate(engine(), &queries);
    println!("{}", r.summary());
    for o in r.outcomes.iter().filter(|o| o.rank != Some(1)) {
        println!("  rank {:?}: {:<45} top {:?}", o.rank, o.q, &o.top[..o.top.len().min(3)]);
    }
    assert!(r.mrr_at_10 >= 0.8, "MRR@10 {:.3} is below 0.8", r.mrr_at_10);
}

fn first(q: &str) -> String {
    ids(q).into_iter().next().unwrap_or_else(|| panic!("'{q}' finds nothing"))
}

#[test]
fn folding_case_and_accents() {
    assert_eq!(first("einfach letzebuerg"), "LU-001-0010");
    assert_eq!(first("EINFACH LËTZEBUERG"), "LU-001-0010");
    let h = &engine().search("letzebuerg", &SearchOptions::default()).unwrap().hits[0];
    let marked: Vec<&str> = h.snippet.ranges.iter().map(|r| &h.snippet.text[r.start..r.end]).collect();
    assert!(marked.contains(&"Lëtzebuerg"), "{marked:?}");
    // Danish letters fold too: "indkobsservice" finds "Indkøbsservice".
    assert_eq!(first("indkobsservice"), "DK-003-0002");
}

#[test]
fn stemming_per_language() {
    // English: "regulations" finds passages that only say "regulation".
    let singular_only = ids_with("regulations", &SearchOptions { limit: 100, ..SearchOptions::default() })
        .into_iter()
        .filter(|id| {
            let t = corpus().passages.iter().find(|p| &p.id == id).unwrap().text.to_lowercase();
            t.contains("regulation") && !t.contains("regulations")
        })
        .count();
    assert!(singular_only >= 5, "{singular_only}");
    // Danish, in a Danish clause of an English answer: the stem finds the inflected law name,
    // even where prefix matching cannot help (not the last word).
    assert_eq!(first("offentlighedslov access"), "DK-003-0009");
    // French, in EUROPAM's citations: "partis politiques" finds "Partis Politiques".
    assert!(ids("financement parti politique").iter().any(|id| id.starts_with("LU-004-000")));
}

#[test]
fn prefix_for_the_last_word_only() {
    assert_eq!(first("smittest"), "DK-003-0007");
    // Not the last word: no prefix match, so "smittestop" is never what a hit matched.
    let r = engine().search("smittest covid", &SearchOptions { fuzzy: false, ..SearchOptions::default() }).unwrap();
    assert!(!r.hits.is_empty());
    for h in &r.hits {
        let marked: Vec<String> = h.snippet.ranges.iter().map(|x| h.snippet.text[x.start..x.end].to_lowercase()).collect();
        assert!(!marked.iter().any(|m| m.starts_with("smittest")), "{}: {marked:?}", h.id);
    }
    let no_prefix = SearchOptions { prefix: false, fuzzy: false, ..SearchOptions::default() };
    assert!(ids_with("smittest", &no_prefix).is_empty());
    // A trailing space means the word is complete.
    assert!(ids_with("smittest ", &SearchOptions { fuzzy: false, ..SearchOptions::default() }).is_empty());
}

#[test]
fn one_typo_in_words_of_five_letters_or_more_ranks_below_exact() {
    assert_eq!(first("cybersecurty"), first("cybersecurity"));
    assert_eq!(first("offentlighedslovn"), "DK-003-0009");
    // Four letters: no typo tolerance ("eidd" is not "eid"'s typo; "pepol" has five).
    assert!(ids_with("mitd", &SearchOptions { prefix: false, ..SearchOptions::default() }).is_empty());
    assert_eq!(first("pepol"), "LU-001-0095");
    let none = SearchOptions { fuzzy: false, prefix: false, ..SearchOptions::default() };
    assert!(ids_with("cybersecurty", &none).is_empty());
    // An exact match scores above the same passage matched through a typo.
    let exact = engine().search("transparency", &SearchOptions::default()).unwrap().hits[0].score;
    let typo = engine().search("transparancy", &SearchOptions::default()).unwrap().hits[0].score;
    assert!(exact > typo, "{exact} > {typo}");
}

#[test]
fn phrases_exclusions_and_filters() {
    let phrase = ids("\"digital by default\"");
    assert!(!phrase.is_empty());
    for id in &phrase {
        let p = corpus().passages.iter().find(|p| &p.id == id).unwrap();
        let t = p.text.to_lowercase().replace('-', " ");
        assert!(t.contains("digital by default"), "{id} holds the phrase");
    }
    // Exclusion: no passage mentioning Denmark or Danish words stemmed alike.
    for id in ids("data protection -Denmark") {
        let p = corpus().passages.iter().find(|p| p.id == id).unwrap();
        assert!(!p.text.contains("Denmark"), "{id}");
    }
    // Filters in the query and as options agree.
    let in_query = ids("digital inclusion country:DK");
    let as_option = ids_with("digital inclusion", &SearchOptions { countries: vec!["DK".into()], ..SearchOptions::default() });
    assert_eq!(in_query, as_option);
    assert!(in_query.iter().all(|id| id.starts_with("DK-")));
    assert!(ids("sanctions source:europam").iter().all(|id| id.starts_with("LU-004-")));
    assert!(ids("portal source:001_58defca00d8e36d5.txt").iter().all(|id| id.starts_with("LU-001-")));
    let sect = engine().search("sanctions section:ministers", &SearchOptions::default()).unwrap().hits;
    assert!(sect.iter().any(|h| h.id == "LU-004-0016") && sect.iter().any(|h| h.id == "LU-004-0035"));
    assert!(sect.iter().all(|h| h.section.iter().any(|s| s == "Ministers")), "{sect:?}");
}

#[test]
fn hits_carry_their_fields_and_ranges_not_markup() {
    let r = engine().search("Offentlighedsloven", &SearchOptions::default()).unwrap();
    let h = &r.hits[0];
    assert_eq!((h.id.as_str(), h.country.as_str(), h.source.as_str()), ("DK-003-0009", "DK", DK_MSQ));
    assert_eq!(h.section[0], "Legal Framework");
    let words = h.snippet.text.split_whitespace().count();
    assert!((20..=40).contains(&words), "about 30 words: {words}");
    let marked: Vec<&str> = h.snippet.ranges.iter().map(|r| &h.snippet.text[r.start..r.end]).collect();
    assert_eq!(marked, vec!["Offentlighedsloven"]);
    assert!(!h.snippet.text.contains('<') || !h.snippet.text.contains("<mark"));
    // UTF-16 ranges select the same text in JavaScript terms.
    let utf16: Vec<u16> = h.snippet.text.encode_utf16().collect();
    let r16 = h.snippet.ranges_utf16[0];
    assert_eq!(String::from_utf16(&utf16[r16.start..r16.end]).unwrap(), "Offentlighedsloven");
    assert!(h.snippet.cut_start && h.snippet.cut_end);
    // With non-ASCII text before the match the two kinds of ranges differ, and both are right.
    let h = &engine().search("Indkøbsservice", &SearchOptions::default()).unwrap().hits[0];
    let r8 = h.snippet.ranges[0];
    assert_eq!(&h.snippet.text[r8.start..r8.end], "Indkøbsservice");
}

#[test]
fn odd_queries_never_panic() {
    let o = SearchOptions::default();
    assert!(engine().search("", &o).unwrap().hits.is_empty());
    assert!(engine().search("   \t  ", &o).unwrap().hits.is_empty());
    assert!(engine().search("!!! ??? ... ,,, ;;;", &o).unwrap().hits.is_empty());
    assert!(engine().search("\u{0}\u{1}\u{7}\u{1b}\u{7f}", &o).unwrap().hits.is_empty());
    let mb = "a".repeat(1 << 20);
    assert_eq!(engine().search(&mb, &o), Err(SearchError::QueryTooLong { bytes: 1 << 20, max: 2048 }));
    let ten_mb = "digital ".repeat(10 << 17);
    assert_eq!(engine().search(&ten_mb, &o), Err(SearchError::QueryTooLong { bytes: 10 << 20, max: 2048 }));
    let binary: String = (0u8..=255).map(char::from).collect();
    assert!(engine().search(&binary[..200], &o).is_ok(), "Latin-1 and control bytes as text");
    assert!(engine().search("\u{202e}tnemnrevog\u{202c} 🇱🇺 👩‍💻 \u{200b}", &o).is_ok(), "bidi overrides, flags, ZWJ sequences, zero-width space");
    let many = "word ".repeat(40);
    assert_eq!(engine().search(&many, &o), Err(SearchError::TooManyWords { max: 32 }));
    assert!(engine().search("\"", &o).unwrap().hits.is_empty());
    assert!(engine().search("-", &o).unwrap().hits.is_empty());
    assert!(engine().search("-eid", &o).unwrap().hits.is_empty(), "only an exclusion: nothing to rank");
    assert!(engine().search("مرحبا 你好 🙂 שלום", &o).unwrap().hits.is_empty());
    assert!(matches!(engine().search("eid country:Denmark", &o), Err(SearchError::BadFilter { .. })));
    assert!(matches!(engine().search("eid source:wikipedia", &o), Err(SearchError::BadFilter { .. })));
    assert!(matches!(engine().search("eid", &SearchOptions { limit: 0, ..o.clone() }), Err(SearchError::BadOption { .. })));
    assert!(matches!(engine().search("eid", &SearchOptions { language: Some("xx".into()), ..o.clone() }), Err(SearchError::BadOption { .. })));
    // A country the corpus does not hold is a filter that matches nothing, not an error.
    assert!(engine().search("eid country:SE", &o).unwrap().hits.is_empty());
}

#[test]
fn structured_queries() {
    let c = corpus();
    let pop = c.facts_of("LU").unwrap().into_iter().find(|g| g.fact == "population").unwrap();
    assert!(pop.sources_differ);
    assert_eq!(pop.values.iter().map(|f| f.value.as_str()).collect::<Vec<_>>(), vec!["613894", "582972"]);
    let s = c.series("LU", "europam", "Financial Disclosure", "Ministers").unwrap();
    assert_eq!(s.kind, govlens_core::ScoreKind::Alternative);
    assert_eq!(
        s.points.iter().map(|p| (p.year, p.value)).collect::<Vec<_>>(),
        vec![(Some(2012), Some(0.0)), (Some(2015), Some(53.0)), (Some(2016), Some(53.0)), (Some(2017), Some(53.0)), (Some(2020), Some(37.0))]
    );
    let pp = c.series("lu", "europam", "public procurement", "evaluation").unwrap();
    assert_eq!(
        pp.points.iter().map(|p| (p.year, p.value)).collect::<Vec<_>>(),
        vec![(None, Some(100.0)), (None, Some(100.0)), (None, Some(100.0)), (Some(2020), Some(75.0))]
    );
    let head = c.series("LU", "europam", "Freedom of Information", "").unwrap();
    assert_eq!(head.points[0].value, Some(29.0));
    assert_eq!(c.scores_of("LU", Some("egov-benchmark")).unwrap().len(), 46);
    assert!(c.scores_of("DK", None).unwrap().is_empty());
    let yes9: Vec<&str> = c.countries_answering("9", "yes").unwrap().iter().map(|a| a.country.as_str()).collect();
    assert_eq!(yes9, vec!["LU", "DK"]);
    let no21: Vec<&str> = c.countries_answering("Q21", "no").unwrap().iter().map(|a| a.country.as_str()).collect();
    assert_eq!(no21, vec!["DK"]);
    let cmp = c.compare(&["LU", "DK"]).unwrap();
    let q35 = cmp.answers.iter().find(|r| r.question == "35" && r.item.is_none()).unwrap();
    let cells: Vec<(String, &str, &str)> =
        q35.answers.iter().map(|(cc, a)| (cc.clone(), a.as_ref().unwrap().answer.as_str(), a.as_ref().unwrap().basis.as_str())).collect();
    assert_eq!(cells, vec![("LU".to_string(), "yes", "ticked"), ("DK".to_string(), "yes", "inferred")]);
    assert_eq!(cmp.answers.iter().filter(|r| r.item.is_none()).count(), 44);
    let foi = cmp.scores.iter().find(|r| r.dimension == "Freedom of Information" && r.metric.is_none()).unwrap();
    assert_eq!(foi.values[0].1.as_ref().unwrap().value, Some(29.0));
    assert!(foi.values[1].1.is_none(), "DK has no EUROPAM page: '-' rather than a guess");
    // Errors say what is wrong.
    assert_eq!(c.facts_of("XX").unwrap_err().to_string(), "no country 'XX' in the corpus; it holds DK, LU");
    assert_eq!(
        c.series("LU", "europam", "Freedom of Information", "Nope").unwrap_err().to_string(),
        "no series 'Nope' in europam / Freedom of Information for LU"
    );
    assert!(c.compare(&["LU"]).is_err());
    assert!(c.countries_answering("45", "yes").is_err());
}

#[test]
fn topic_words_map_to_questions() {
    let c = corpus();
    let top = |t: &str| c.questions_about(t).first().map(|m| m.question.clone()).unwrap_or_default();
    assert_eq!(top("freedom of information"), "9");
    assert_eq!(top("FOI"), "9");
    assert_eq!(top("digital identity"), "12");
    assert_eq!(top("eID"), "12");
    assert_eq!(top("e-procurement"), "14");
    assert_eq!(top("digital signature"), "13");
    assert_eq!(top("cybersecurity"), "11");
    assert_eq!(top("open data"), "17");
    assert_eq!(top("social media"), "39");
    assert!(c.questions_about("banana").is_empty());
    assert!(c.questions_about("").is_empty());
}

#[test]
fn the_query_language_chooses_the_stopwords() {
    let en = engine().search("les marchés publics", &SearchOptions::default()).unwrap();
    assert!(en.ignored.is_empty());
    let fr = engine().search("les marchés publics", &SearchOptions { language: Some("fr".into()), ..SearchOptions::default() }).unwrap();
    assert_eq!(fr.ignored, vec!["les"]);
    // Law words stay meaningful in every language.
    let da = engine().search("lov om offentlighed", &SearchOptions { language: Some("da".into()), ..SearchOptions::default() }).unwrap();
    assert_eq!(da.ignored, vec!["om"]);
    assert!(da.hits.iter().any(|h| h.id == "DK-003-0009"));
}

#[test]
fn thousands_of_random_queries_never_panic() {
    // Operators, quotes, filters, accents, right-to-left text, emoji and control characters in
    // random order; a small deterministic generator (no dependency, same queries every run).
    let pieces = [
        "\"",
        "-",
        ":",
        "country:",
        "source:",
        "section:",
        "eid",
        "lov",
        "Lëtzebuerg",
        "é",
        "ø",
        "שלום",
        "🙂",
        "\u{0}",
        "\u{1b}",
        "\n",
        " ",
        "  ",
        "data",
        "dk",
        "x",
        "\\",
        "*",
        "(",
        ")",
        "e-",
        "100",
        "ß",
        "\u{202e}",
        "ﬁ",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let o = SearchOptions::default();
    for _ in 0..3000 {
        let len = (next() % 12) as usize;
        let q: String = (0..len).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
        // Ok or a typed error: both fine; a panic fails the test.
        let _ = engine().search(&q, &o);
    }
}

/// Issue 21: `snippets: false` ranks the same hits with the same scores and builds no snippet
/// (a search's ranking alone: the bench times it apart from the snippets).
#[test]
fn without_snippets_the_same_hits_and_no_snippets() {
    let e = engine();
    for q in ["freedom of information", "digital identity", "Offentlighedsloven", "interoperabilty", "\"public procurement\""] {
        let with = e.search(q, &SearchOptions::default()).expect("search");
        let without = e.search(q, &SearchOptions { snippets: false, ..SearchOptions::default() }).expect("search");
        let key = |r: &govlens_core::SearchResults| r.hits.iter().map(|h| (h.id.clone(), h.score)).collect::<Vec<_>>();
        assert_eq!((key(&with), with.total), (key(&without), without.total), "{q}");
        assert!(!with.hits.is_empty() && with.hits.iter().all(|h| !h.snippet.text.is_empty()), "{q}");
        assert!(without.hits.iter().all(|h| h.snippet.text.is_empty() && h.snippet.ranges.is_empty()), "{q}");
    }
}

/// A search that fails says why with its error's code, which the element's `govlens-error`
/// event carries (not `internal`).
#[test]
fn a_failed_search_view_has_its_errors_code() {
    use govlens_core::views::search::{SearchState, SearchView};
    use govlens_core::Coded;
    let err = engine().search(&"x".repeat(3000), &SearchOptions::default()).expect_err("too long");
    let message = err.to_string();
    let view = SearchView::new(SearchState::Failed(&message, err.code()), "xxx", &[], govlens_core::format::Locale::En);
    let problem = view.problem.expect("a problem");
    assert_eq!(
        (problem.title.as_str(), problem.detail.as_str(), problem.code()),
        ("The search could not run", "the query is 3000 bytes long; the limit is 2048", "query-too-long")
    );
}
