//! Entry points for the fuzzers (`fuzz/`) and their regression tests (`tests/regressions.rs`):
//! each takes arbitrary bytes and must return, whatever they are, without panicking. What they
//! return is not the point; that they return is.
use crate::doc::{Doc, Extract, ParseError};
use govlens_core::{Family, SearchOptions, Source, Store};

/// The manifest entry a fuzzed document stands under: its family's parser, Luxembourg.
pub fn fuzz_source(family: Family) -> Source {
    Source {
        file: format!("fuzz-{}.txt", family.slug()),
        family,
        country: "LU".into(),
        title: "fuzzed document".into(),
        publisher: "fuzzer".into(),
        edition: "fuzz".into(),
        year: 2020,
        language: "en".into(),
        cut_off_after: None,
        missing_sections: vec![],
    }
}

/// Parses bytes (as lossy UTF-8, the way a converted document could arrive) as a document of
/// `family`.
pub fn parse_bytes(family: Family, bytes: &[u8]) -> Result<Extract, ParseError> {
    let text = String::from_utf8_lossy(bytes);
    let meta = fuzz_source(family);
    crate::parse::parse(&Doc::new(&meta, &text))
}

/// Loads bytes as a corpus artifact.
pub fn decode_bytes(bytes: &[u8]) -> bool {
    govlens_core::decode(bytes).is_ok()
}

/// Runs bytes as a search query (and, split at the first NUL, a country filter) on an engine.
pub fn search_bytes(engine: &Store, bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let (query, filter) = text.split_once('\0').unwrap_or((&text, ""));
    let options = SearchOptions { countries: if filter.is_empty() { vec![] } else { vec![filter.to_string()] }, ..SearchOptions::default() };
    let mut found = engine.search(query, &options).map(|r| r.hits.len()).unwrap_or(0);
    // The structured queries take the same text as a country, a topic or a question.
    found += engine.corpus().questions_about(query).len();
    found += engine.corpus().card(query).map(|c| c.groups.len()).unwrap_or(0);
    found += engine.corpus().countries_answering(query, "yes").map(|a| a.len()).unwrap_or(0);
    found
}

/// The kinds of split-layout file [`split_bytes`] fuzzes, by the input's first byte.
const SPLIT_KINDS: [&str; 4] = ["manifest", "shard", "text", "part"];

/// A split-layout file made of fuzzed bytes with a correct header and checksum (so that the
/// decoder's structure checks, not the checksum, are what is exercised; issue 20): the first
/// byte picks the kind (manifest, index shard, text run, card part), the rest is the payload.
/// The file takes its real place in `files` (a split of a real corpus, `layout::split`), and a
/// search and a card then run over the folder, fetching the other files as they are. Returns
/// how many hits and cards came back: it must return, whatever the bytes.
pub fn split_bytes(files: &std::collections::BTreeMap<String, Vec<u8>>, bytes: &[u8]) -> usize {
    use govlens_core::layout::{SplitCorpus, MANIFEST_FILE};
    use govlens_core::FileKind;
    let Some((&pick, payload)) = bytes.split_first() else { return 0 };
    let kind = SPLIT_KINDS[usize::from(pick) % SPLIT_KINDS.len()];
    let (path, file_kind) = match kind {
        "manifest" => (MANIFEST_FILE.to_string(), FileKind::Manifest),
        "shard" => (files.keys().find(|p| p.starts_with("index/")).cloned().unwrap_or_default(), FileKind::Shard),
        "text" => (files.keys().find(|p| p.starts_with("text/")).cloned().unwrap_or_default(), FileKind::Corpus),
        _ => ("card/LU.govlens".to_string(), FileKind::Corpus),
    };
    let file = govlens_core::framed(file_kind, payload);
    let manifest = if kind == "manifest" { &file } else { &files[MANIFEST_FILE] };
    let Ok(mut split) = SplitCorpus::from_manifest(manifest) else { return 0 };
    let fetch = |p: &str| if p == path { Ok(file.clone()) } else { files.get(p).cloned().ok_or_else(|| format!("{p}: no such file")) };
    let mut found = 0;
    for q in ["digital identity", "transparency", "Offentlighedsloven", "portal country:LU"] {
        found += split.search_fetching(q, &SearchOptions::default(), fetch).map(|r| r.hits.len()).unwrap_or(0);
    }
    for code in ["LU", "DK"] {
        if let Some((card, rest)) = split.parts_of(code).map(|(c, r)| (c.to_string(), r.to_string())) {
            let added = [govlens_core::layout::TABLES_FILE.to_string(), card, rest].iter().all(|p| fetch(p).is_ok_and(|b| split.add(p, &b).is_ok()));
            if added {
                found += split.records.card_view(Some(code), None, govlens_core::format::Locale::En).map(|c| c.blocks.len()).unwrap_or(0);
            }
        }
    }
    found
}
