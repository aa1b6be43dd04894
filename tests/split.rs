//! The split layout (issue 6) on the real corpus: a search over the shards and text it loads
//! ranks exactly as a search over the whole corpus, a card reads only its country's part, and
//! card part, rest part and text files give back every record of the country.
mod common;
use common::*;
use govlens_core::layout::{split, SplitCorpus, MANIFEST_FILE};
use govlens_core::{decode, Corpus, SearchOptions, Store};
use std::collections::BTreeMap;

fn files() -> BTreeMap<String, Vec<u8>> {
    split(corpus()).into_iter().collect()
}

fn open(files: &BTreeMap<String, Vec<u8>>) -> SplitCorpus {
    SplitCorpus::from_manifest(&files[MANIFEST_FILE]).expect("manifest loads")
}

fn queries() -> Vec<String> {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/queries.toml")).expect("query set");
    let mut qs: Vec<String> = govlens_ingest::quality::parse(&text).expect("valid query set").into_iter().map(|q| q.q).collect();
    // Every filter and operator, and the odd ones.
    qs.extend(
        [
            "section:procurement sanctions",
            "transparency source:un-msq",
            "\"public interest\" -Denmark",
            "portal country:LU source:dpa-factsheet",
            "portal source:nonsense",
            "d",
            "xy",
            "of the",
            "ybersecurity",
            "e-government",
        ]
        .map(String::from),
    );
    qs
}

#[test]
fn split_search_ranks_exactly_as_the_whole_corpus() {
    let files = files();
    let engine = Store::new(corpus().clone());
    let mut fetched_most = 0;
    for q in queries() {
        let mut split = open(&files);
        let mut fetched: Vec<String> = Vec::new();
        let got = split
            .search_fetching(&q, &SearchOptions::default(), |p| {
                fetched.push(p.to_string());
                files.get(p).cloned().ok_or_else(|| "no such file".to_string())
            })
            .map_err(|e| e.to_string());
        // Errors too: a bad filter is the same message either way.
        let want = engine.search(&q, &SearchOptions::default()).map_err(|e| e.to_string());
        assert_eq!(got, want, "{q}: split and whole results differ");
        fetched_most = fetched_most.max(fetched.len());
        // A query loads a fraction of the index, never all of it.
        let shards = fetched.iter().filter(|p| p.starts_with("index/")).count();
        let all_shards = files.keys().filter(|p| p.starts_with("index/")).count();
        assert!(shards < all_shards, "{q}: loaded all {all_shards} shards");
    }
    println!("most files fetched by one query: {fetched_most}");
}

#[test]
fn a_search_asks_for_shards_then_for_the_text_of_its_hits() {
    let files = files();
    let mut split = open(&files);
    let o = SearchOptions::default();
    let shards = split.shards_for("Offentlighedsloven", &o).expect("valid query");
    assert!(!shards.is_empty() && shards.iter().all(|p| p.starts_with("index/")), "{shards:?}");
    for p in &shards {
        split.add(p, &files[p]).expect("shard adds");
    }
    assert!(split.shards_for("Offentlighedsloven", &o).expect("valid").is_empty());
    // Then the text of its hits (all Danish) and nothing else: one text file, not all of them.
    let paths = match split.search("Offentlighedsloven", &o).expect("runs") {
        govlens_core::layout::Step::Fetch(paths) => paths,
        other => panic!("expected a fetch of text, got {other:?}"),
    };
    let texts = files.keys().filter(|p| p.starts_with("text/")).count();
    assert!(!paths.is_empty() && paths.len() < texts, "{} of {texts} text files", paths.len());
    for p in &paths {
        assert!(p.starts_with("text/"), "{p}");
        assert_eq!(decode(&files[p]).expect("text decodes").countries(), Vec::<&str>::new(), "a text file carries passages only");
        assert!(decode(&files[p]).expect("text decodes").passages.iter().all(|x| x.country == "DK"), "{p} holds other countries' passages");
        split.add(p, &files[p]).expect("text adds");
    }
    match split.search("Offentlighedsloven", &o).expect("runs") {
        govlens_core::layout::Step::Done(r) => assert_eq!(r.hits[0].id, "DK-003-0009", "the ranking set's answer"),
        other => panic!("expected results, got {other:?}"),
    }
}

#[test]
fn card_rest_and_text_give_back_every_record_of_their_country() {
    let files = files();
    let whole = corpus();
    for code in whole.countries() {
        let card = decode(&files[&format!("card/{code}.govlens")]).expect("card part decodes");
        let rest = decode(&files[&format!("rest/{code}.govlens")]).expect("rest part decodes");
        assert_eq!(card.countries(), vec![code]);
        assert!(card.passages.is_empty(), "a card part carries no passages");
        let mut both = card.clone();
        both.merge(rest);
        for (p, bytes) in files.iter().filter(|(p, _)| p.starts_with("text/")) {
            let mut text = decode(bytes).unwrap_or_else(|e| panic!("{p}: {e}"));
            text.passages.retain(|x| x.country == code);
            both.merge(text);
        }
        let of = |c: &Corpus| {
            let mut answers: Vec<_> = c.answers.iter().filter(|a| a.country == code).map(|a| format!("{a:?}")).collect();
            answers.sort();
            let mut passages: Vec<_> = c.passages.iter().filter(|p| p.country == code).map(|p| format!("{p:?}")).collect();
            passages.sort();
            let facts: Vec<_> = c.facts.iter().filter(|f| f.country == code).cloned().collect();
            let scores: Vec<_> = c.scores.iter().filter(|s| s.country == code).cloned().collect();
            let unknowns: Vec<_> = c.unknowns.iter().filter(|u| u.country == code).cloned().collect();
            let repairs: Vec<_> = c.repairs.iter().filter(|r| r.country == code).cloned().collect();
            let checks: Vec<_> = c.checks.iter().filter(|x| x.country == code).cloned().collect();
            let strategies: Vec<_> = c.ai_strategies.iter().filter(|x| x.country == code).cloned().collect();
            (
                answers,
                passages,
                facts,
                scores,
                unknowns,
                repairs,
                checks,
                strategies,
                c.sources.iter().filter(|s| s.country == code).cloned().collect::<Vec<_>>(),
            )
        };
        assert_eq!(of(&both), of(whole), "{code}: parts differ from the whole corpus");
        // What a card shows is the same from the part alone.
        assert_eq!(card.card(code).expect("card from the part"), whole.card(code).expect("card from the whole"));
        assert_eq!(card.europam(code).expect("europam from the part"), whole.europam(code).expect("from the whole"));
    }
}

#[test]
fn wrong_and_damaged_files_are_refused_with_their_path() {
    let files = files();
    let mut split = open(&files);
    let err = split.add("index/9999.govlens", b"whatever").unwrap_err().to_string();
    assert_eq!(err, "index/9999.govlens: not a file of this corpus's manifest");
    let err = split.add("card/LU.govlens", &files["card/DK.govlens"]).unwrap_err().to_string();
    assert_eq!(err, "card/LU.govlens: holds records of DK where the manifest expects only LU");
    let err = split.add("index/0001.govlens", &files["index/0000.govlens"]).unwrap_err().to_string();
    assert!(err.starts_with("index/0001.govlens: holds a shard starting at"), "{err}");
    let mut cut = files["text/0000.govlens"].clone();
    cut.truncate(100);
    let err = split.add("text/0000.govlens", &cut).unwrap_err().to_string();
    assert!(err.starts_with("text/0000.govlens: corpus file is truncated"), "{err}");
    let err = split.add("text/0000.govlens", &files["text/0001.govlens"]).unwrap_err().to_string();
    assert!(err.starts_with("text/0000.govlens: holds ") && err.contains("passages where the manifest expects"), "{err}");
    let err = SplitCorpus::from_manifest(&files["card/LU.govlens"]).err().expect("a card part is not a manifest").to_string();
    assert_eq!(err, "this govlens file is a corpus, where a split-layout manifest was expected");
}
