//! The split layout (issue 6) on the real corpus: a search over the shards and text it loads
//! ranks exactly as a search over the whole corpus, a card reads only its country's part, and
//! card part, rest part and text files give back every record of the country.
mod common;
use common::*;
use govlens_core::layout::{split, SplitCorpus, MANIFEST_FILE, TABLES_FILE};
use govlens_core::{decode, Coded, Corpus, SearchOptions, Store};
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
        // What a card shows is the same from the part alone (with the datasets' tables).
        let mut with_tables = decode(&files[TABLES_FILE]).expect("tables decode");
        with_tables.merge(card.clone());
        assert_eq!(with_tables.card(code).expect("card from the part"), whole.card(code).expect("card from the whole"));
        assert!(card.answers.iter().all(|a| a.is_stub()), "the card part's UN answers are without their texts");
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

/// With the datasets: every country's card part, an indicator's year part and a trend's series
/// parts give, with the shared tables, the views the whole corpus gives, within their budgets.
#[test]
fn dataset_parts_give_the_whole_corpus_views_within_budget() {
    use govlens_core::format::Locale;
    use govlens_core::layout::{indicator_part, indicator_year_part, series_part, AGGREGATES_SERIES};
    let whole = full_corpus();
    let files: BTreeMap<String, Vec<u8>> = split(whole).into_iter().collect();
    let gz = |bytes: &[u8]| {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(bytes).expect("gzip");
        e.finish().expect("gzip").len()
    };
    let parts = |paths: &[String]| {
        let mut c = Corpus::default();
        for p in std::iter::once(TABLES_FILE.to_string()).chain(paths.iter().cloned()) {
            c.merge(decode(files.get(&p).unwrap_or_else(|| panic!("{p} is written"))).unwrap_or_else(|e| panic!("{p}: {e}")));
        }
        c
    };
    let mut largest = (0, String::new());
    for code in whole.countries() {
        let path = format!("card/{code}.govlens");
        let c = parts(std::slice::from_ref(&path));
        assert_eq!(c.card_view(Some(code), None, Locale::En), whole.card_view(Some(code), None, Locale::En), "{code}: the card from its part");
        largest = largest.max((gz(&files[&path]), path));
    }
    // Luxembourg's, with its documents' facts, scores and answers, is the largest.
    assert_eq!(largest.1, "card/LU.govlens");
    let tables = gz(&files[TABLES_FILE]);
    assert!(largest.0 + tables <= 30 * 1024, "card part {} + tables {tables} bytes gzip", largest.0);

    // A ranking: the latest year's part, and any year's.
    let latest = parts(&[indicator_part("un-egdi.egdi")]);
    assert_eq!(latest.ranking_view(Some("un-egdi.egdi"), None, None, Some("DK")).map(|v| v.rows.len()), Ok(193));
    for (id, year) in [("un-egdi.egdi", 2024), ("un-egdi.egdi", 2012), ("wb-wgi.va", 2023), ("europam.FOI-Score", 2020), ("desi.desi", 2022)] {
        let part = indicator_year_part(id, year);
        let c = parts(std::slice::from_ref(&part));
        let from_part = c.ranking_view(Some(id), Some(year), Some("Europe"), Some("LU")).expect("ranking from the part");
        let from_whole = whole.ranking_view(Some(id), Some(year), Some("Europe"), Some("LU")).expect("ranking from the whole");
        // All but the year picker's list, which offers the years loaded.
        assert_eq!(
            (&from_part.rows, &from_part.frame, &from_part.note, &from_part.highlight, &from_part.regions),
            (&from_whole.rows, &from_whole.frame, &from_whole.note, &from_whole.highlight, &from_whole.regions),
            "{part}"
        );
        assert_eq!(from_part.years, vec![year]);
        assert!(gz(&files[&part]) + tables <= 30 * 1024, "{part}");
    }
    // A map: the tables, its indicator's part and its area's shapes give the whole's map.
    use govlens_core::layout::map_part;
    use govlens_core::MapArea;
    for (id, area) in [("un-egdi.egdi", MapArea::World), ("egov-benchmark.overall", MapArea::Europe)] {
        let c = parts(&[indicator_part(id), map_part(area)]);
        let from_part = c.map_view_in(Some(id), None, None, Some("LU"), Locale::Fr).expect("map from its parts");
        let from_whole = whole.map_view_in(Some(id), None, None, Some("LU"), Locale::Fr).expect("map from the whole");
        assert_eq!((&from_part.countries, &from_part.legend, &from_part.frame), (&from_whole.countries, &from_whole.legend, &from_whole.frame), "{id}");
        assert_eq!(from_part.area, area.slug());
    }
    // The shapes, gzipped: what a map page downloads beside its indicator's part.
    assert_eq!([gz(&files["map/world.govlens"]) / 1024, gz(&files["map/europe.govlens"]) / 1024], [15, 10]);
    // A trend: its countries' series parts and the dataset's aggregates.
    for (id, countries) in [("un-egdi.egdi", vec!["DK", "LU", "KE"]), ("desi.desi", vec!["DK", "LU", "EE", "KE"]), ("wb-wgi.va", vec!["DK", "LU", "BR"])] {
        let dataset = id.split('.').next().expect("dataset");
        let paths: Vec<String> = countries.iter().map(|c| series_part(dataset, c)).chain([series_part(dataset, AGGREGATES_SERIES)]).collect();
        let c = parts(&paths);
        assert_eq!(c.trend_view(Some(id), &countries, None), whole.trend_view(Some(id), &countries, None), "{id}");
        let bytes: usize = paths.iter().map(|p| gz(&files[p])).sum();
        assert!(bytes + tables <= 30 * 1024, "{id}: {bytes} + {tables}");
    }
}

/// Issue 20, findings 3 and 5, and non-finite numbers: a checksum-valid corpus or manifest that
/// holds what no build writes is refused when it is read, naming what is wrong, before any file
/// is written or fetched.
#[test]
fn tampered_codes_paths_and_numbers_are_refused_when_read() {
    use govlens_core::layout::{is_folder_path, Manifest};
    use govlens_core::{encode, encode_as, CorpusError, FileKind};
    // A country code that would be a path (`card/../../../x.govlens`).
    let mut c = corpus().clone();
    for s in c.sources.iter_mut().filter(|s| s.country == "LU") {
        s.country = "../../../x".into();
    }
    match decode(&encode(&c)) {
        Err(CorpusError::Invalid(m)) => assert_eq!(m, "a source has country code '../../../x', which is not two capital letters"),
        other => panic!("{other:?}"),
    }
    // A dataset value that is not a number.
    let mut c = full_corpus().clone();
    c.observations[0].value = f64::NAN;
    assert!(matches!(decode(&encode(&c)), Err(CorpusError::Invalid(m)) if m.ends_with("is not a finite number")));
    // Manifest paths: names inside the folder only.
    let files = files();
    let manifest: Manifest = govlens_core::decode_as(FileKind::Manifest, &files[MANIFEST_FILE]).expect("manifest");
    for bad in [
        "https://evil.example/x.govlens",
        "//evil.example/x.govlens",
        "../../outside/x.govlens",
        "/etc/passwd",
        "index/./0001.govlens",
        "index\\0001.govlens",
        "",
    ] {
        assert!(!is_folder_path(bad), "{bad}");
        let mut m = manifest.clone();
        m.shards[0].file.path = bad.into();
        match SplitCorpus::from_manifest(&encode_as(FileKind::Manifest, &m)) {
            Err(CorpusError::Invalid(msg)) => {
                assert_eq!(msg, format!("manifest entry shards[0]: '{}' is not a file name inside the split folder", bad.escape_debug()))
            }
            Err(e) => panic!("{bad}: {e}"),
            Ok(_) => panic!("{bad}: accepted"),
        }
    }
    // A path named twice, a country code that is a path, passages beyond the corpus.
    let mut m = manifest.clone();
    m.texts[1].file.path = m.texts[0].file.path.clone();
    assert!(matches!(SplitCorpus::from_manifest(&encode_as(FileKind::Manifest, &m)), Err(CorpusError::Invalid(msg)) if msg.ends_with("is named twice")));
    let mut m = manifest.clone();
    m.countries[0].code = "../x".into();
    assert!(
        matches!(SplitCorpus::from_manifest(&encode_as(FileKind::Manifest, &m)), Err(CorpusError::Invalid(msg)) if msg.starts_with("manifest entry countries[0]: '../x' is not a country code"))
    );
    let mut m = manifest.clone();
    m.texts[0].docs = u32::MAX;
    assert!(
        matches!(SplitCorpus::from_manifest(&encode_as(FileKind::Manifest, &m)), Err(CorpusError::Invalid(msg)) if msg.starts_with("manifest entry texts[0]: passages"))
    );
    // Every path the layout writes passes.
    assert!(split(full_corpus()).iter().all(|(p, _)| is_folder_path(p)));
}

/// Issue 20, finding 1: a checksum-valid shard that would index out of bounds (a field that does
/// not exist, a passage beyond the corpus, terms out of order, positions beyond the field, a
/// term of the next shard's stretch) is refused when added, naming the file and the term, and
/// the search goes on with the good files. Before, the first made the search panic.
#[test]
fn tampered_shards_are_refused_when_added() {
    use govlens_core::search::Index;
    use govlens_core::{encode_as, FileKind};
    let files = files();
    let path = "index/0000.govlens";
    let good: Index = govlens_core::decode_as(FileKind::Shard, &files[path]).expect("a shard");
    let next_term = {
        let second: Index = govlens_core::decode_as(FileKind::Shard, &files["index/0001.govlens"]).expect("a shard");
        second.terms[0].clone()
    };
    type Tamper = Box<dyn Fn(&mut Index)>;
    let cases: Vec<(Tamper, &str)> = vec![
        (Box::new(|i| i.postings[0][0].field = 7), "a posting in field 7; there are 2"),
        (Box::new(|i| i.postings[0][0].doc = i.n_docs + 5), "a posting of passage"),
        (Box::new(|i| i.terms.swap(0, 1)), "the index's terms are not in order"),
        (Box::new(|i| i.postings[0][0].positions.push(u32::MAX)), "out of order or beyond the field's"),
        (Box::new(|i| i.df.pop().map(drop).unwrap_or(())), "document counts"),
        (Box::new(|i| i.avg_len[0] = f32::NAN), "average field lengths are not finite"),
        // Issue 20, finding 13: this read "a shard starting at 'x' where the manifest expects one starting at 'x'".
        (Box::new(|i| i.n_docs += 1), "holds a shard of an index over 259 passages where the manifest expects one over 258"),
        (
            Box::new(move |i| {
                let at = i.terms.partition_point(|t| *t < next_term);
                i.terms.insert(at, next_term.clone());
                i.postings.insert(at, vec![]);
                i.df.insert(at, 0);
            }),
            "holds the term",
        ),
    ];
    for (tamper, want) in cases {
        let mut shard = good.clone();
        tamper(&mut shard);
        let mut split = open(&files);
        let err = split.add(path, &encode_as(FileKind::Shard, &shard)).expect_err(want).to_string();
        assert!(err.starts_with("index/0000.govlens: ") && err.contains(want), "{want}: {err}");
    }
    // The untampered shard is still taken, and a search over good files answers.
    let mut split = open(&files);
    split.add(path, &files[path]).expect("the good shard");
    let r = split.search_fetching("transparency", &SearchOptions::default(), |p| Ok(files[p].clone())).expect("search");
    assert!(!r.hits.is_empty());
}

/// Issue 20, finding 9: a manifest whose texts are missing, whose runs overlap or skip, or whose
/// passage count is huge left a search on "Searching..." forever (CLI: "the search still needs
/// [] after they were added"); it is refused when opened, saying what is wrong.
#[test]
fn inconsistent_manifests_are_refused_when_opened() {
    use govlens_core::layout::Manifest;
    use govlens_core::{encode_as, CorpusError, FileKind};
    let files = files();
    let manifest: Manifest = govlens_core::decode_as(FileKind::Manifest, &files[MANIFEST_FILE]).expect("manifest");
    type Tamper = Box<dyn Fn(&mut Manifest)>;
    let cases: Vec<(Tamper, &str)> = vec![
        (Box::new(|m| m.texts.clear()), "manifest: the text files hold passages up to 0, the corpus has"),
        (Box::new(|m| m.n_docs = 4_000_000_000), "manifest: the text files hold passages up to"),
        (Box::new(|m| m.texts.remove(1).docs.to_string().clear()), "manifest entry texts[1]: passages"),
        (Box::new(|m| m.texts[1].first_doc -= 1), "manifest entry texts[1]: passages"),
        (Box::new(|m| m.countries.swap(0, 1)), "overlap the previous country's"),
        (Box::new(|m| m.shards.swap(0, 1)), "manifest entry shards[1]: its first term does not sort after"),
    ];
    for (tamper, want) in cases {
        let mut m = manifest.clone();
        tamper(&mut m);
        match SplitCorpus::from_manifest(&encode_as(FileKind::Manifest, &m)) {
            Err(CorpusError::Invalid(msg)) => assert!(msg.starts_with(want) || msg.contains(want), "{want}: {msg}"),
            Err(e) => panic!("{want}: {e}"),
            Ok(_) => panic!("{want}: accepted"),
        }
    }
}

/// Issue 19: `layout::indicator_parts` names the files an indicator's view reads (the npm
/// package fetches them), and a store of those parts alone gives the whole corpus's view.
#[test]
fn indicator_parts_name_what_each_view_reads() {
    use govlens_core::format::Locale;
    use govlens_core::layout::indicator_parts;
    let whole = full_corpus();
    let files: BTreeMap<String, Vec<u8>> = split(whole).into_iter().collect();
    let store_of =
        |paths: &[String]| Store::from_parts(paths.iter().map(|p| files.get(p).unwrap_or_else(|| panic!("{p} is written")).as_slice())).expect("parts join");
    let map = indicator_parts("map", "un-egdi.egdi", None, None, &[]).expect("map parts");
    assert_eq!(map, ["tables.govlens", "indicator/un-egdi.egdi.govlens", "map/world.govlens", "map/europe.govlens"]);
    let s = store_of(&map);
    let (a, b) = (
        s.corpus().map_view_in(Some("un-egdi.egdi"), None, Some("europe"), Some("DK"), Locale::De),
        whole.map_view_in(Some("un-egdi.egdi"), None, Some("europe"), Some("DK"), Locale::De),
    );
    assert_eq!(a.map(|v| (v.countries, v.legend)), b.map(|v| (v.countries, v.legend)));
    let ranking = indicator_parts("ranking", "wb-wgi.va", Some(2012), None, &[]).expect("ranking parts");
    assert_eq!(ranking, ["tables.govlens", "indicator/wb-wgi.va/2012.govlens"]);
    let r = store_of(&ranking).corpus().ranking_view(Some("wb-wgi.va"), Some(2012), None, Some("LU")).expect("ranking");
    let w = whole.ranking_view(Some("wb-wgi.va"), Some(2012), None, Some("LU")).expect("whole");
    assert_eq!((&r.rows, &r.highlight, &r.frame), (&w.rows, &w.highlight, &w.frame));
    let trend = indicator_parts("trend", "desi.desi", None, None, &["dk", " LU", "Luxembourg"]).expect("trend parts");
    assert_eq!(trend, ["tables.govlens", "series/desi/DK.govlens", "series/desi/LU.govlens", "series/desi/aggregates.govlens"]);
    assert_eq!(store_of(&trend).corpus().trend_view(Some("desi.desi"), &["DK", "LU"], None), whole.trend_view(Some("desi.desi"), &["DK", "LU"], None));
    // What cannot name a file says so, with its code.
    let short = indicator_parts("ranking", "EGDI", None, None, &[]).expect_err("a short name names no file");
    assert_eq!(
        (short.code(), short.detail.as_str()),
        ("unknown-indicator", "indicator=\"EGDI\" is not an indicator id such as un-egdi.egdi (in a split folder, the full id names its file)")
    );
    assert_eq!(indicator_parts("map", "un-egdi.egdi", None, Some("asia"), &[]).map_err(|p| p.code().to_string()), Err("unknown-area".to_string()));
    assert_eq!(indicator_parts("chart", "un-egdi.egdi", None, None, &[]).map_err(|p| p.code().to_string()), Err("bad-option".to_string()));
}

/// Every error code core gives is in the npm package's `ErrorCode` type, with its meaning.
#[test]
fn every_error_code_is_declared_for_typescript() {
    let types = include_str!("../crates/wasm/src/types.rs");
    for (code, meaning) in govlens_core::ERROR_CODES {
        assert!(types.contains(&format!("/** {meaning} */\n  | \"{code}\"")), "{code} is not declared in crates/wasm/src/types.rs");
    }
}
