#![no_main]
//! The split layout's files (manifest, index shards, text runs, card parts) with fuzzed payloads
//! behind a correct header and checksum, in a split of the real corpus (`dist/govlens.corpus`,
//! built by `make corpus`): opened, searched and shown as a card; never a panic (issue 20).
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::sync::OnceLock;

static FILES: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let files = FILES.get_or_init(|| {
        let corpus = govlens_core::decode(include_bytes!("../../dist/govlens.corpus")).expect("the built corpus loads");
        govlens_core::layout::split(&corpus).into_iter().collect()
    });
    let _ = govlens_ingest::targets::split_bytes(files, data);
});
