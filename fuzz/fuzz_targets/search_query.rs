#![no_main]
//! Queries on the real corpus (`dist/govlens.corpus`, built by `make corpus`): the query parser,
//! the search, the structured queries that take a reader's text; never a panic.
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<govlens_core::Store> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(|| govlens_core::Store::load(include_bytes!("../../dist/govlens.corpus")).expect("the built corpus loads"));
    let _ = govlens_ingest::targets::search_bytes(engine, data);
});
