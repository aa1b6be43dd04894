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
