//! Every input the fuzzers (`make fuzz`) ever crashed on, kept in `tests/regressions/<target>/`,
//! and the checked-in seeds in `fuzz/seeds/<target>/`, run through the same entry points as the
//! fuzzers: each must return without a panic. A fixed crash stays fixed.
mod common;
use govlens_core::{Family, Store};
use govlens_ingest::targets::{decode_bytes, parse_bytes, search_bytes};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files of `tests/regressions/<target>` and `fuzz/seeds/<target>`.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in [root().join("tests/regressions").join(target), root().join("fuzz/seeds").join(target)] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect();
        paths.sort();
        for p in paths {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            out.push((p, bytes));
        }
    }
    out
}

fn name(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn parser_inputs_return() {
    let mut n = 0;
    for (target, family) in
        [("parse_msq", Family::UnMsq), ("parse_dpa", Family::DpaFactsheet), ("parse_aiwatch", Family::AiWatch), ("parse_europam", Family::Europam)]
    {
        for (path, bytes) in inputs(target) {
            // A panic here names the input through the test's failure; print it first.
            eprintln!("{}", name(&path));
            let _ = parse_bytes(family, &bytes);
            n += 1;
        }
    }
    assert!(n >= 4, "the seeds are there ({n} inputs)");
}

#[test]
fn corpus_loader_inputs_return() {
    let all = inputs("load_corpus");
    assert!(!all.is_empty(), "the seeds are there");
    for (path, bytes) in all {
        eprintln!("{}", name(&path));
        assert!(!decode_bytes(&bytes), "{} is not a valid corpus", name(&path));
    }
}

#[test]
fn query_inputs_return() {
    let engine = Store::new(common::corpus().clone());
    let all = inputs("search_query");
    assert!(!all.is_empty(), "the seeds are there");
    for (path, bytes) in all {
        eprintln!("{}", name(&path));
        let _ = search_bytes(&engine, &bytes);
    }
}

/// The split-layout files with fuzzed payloads behind a correct checksum (`make fuzz`'s
/// `split_parts`), plus each real file of a split with one byte changed in its payload and the
/// tampered shard of issue 20 (a posting in field 7): each must return without a panic.
#[test]
fn split_part_inputs_return() {
    use govlens_ingest::targets::split_bytes;
    let files: std::collections::BTreeMap<String, Vec<u8>> = govlens_core::layout::split(common::corpus()).into_iter().collect();
    let mut all: Vec<(String, Vec<u8>)> = inputs("split_parts").into_iter().map(|(p, b)| (name(&p), b)).collect();
    assert!(!all.is_empty(), "the seeds are there");
    // Real payloads, each kind, with bytes flipped through the payload.
    let real = |kind: u8, path: &str| -> Vec<u8> { [vec![kind], files[path][20..].to_vec()].concat() };
    let shard = files.keys().find(|p| p.starts_with("index/")).expect("a shard").clone();
    let text = files.keys().find(|p| p.starts_with("text/")).expect("a text").clone();
    for (kind, path) in [(0u8, "manifest.govlens"), (1, shard.as_str()), (2, text.as_str()), (3, "card/LU.govlens")] {
        let payload = real(kind, path);
        assert!(split_bytes(&files, &payload) > 0, "{path} untouched: hits and cards");
        for at in (1..payload.len()).step_by((payload.len() / 40).max(1)) {
            let mut p = payload.clone();
            p[at] ^= 0x5a;
            all.push((format!("{path} with byte {at} changed"), p));
        }
    }
    let mut index: govlens_core::search::Index = govlens_core::decode_as(govlens_core::FileKind::Shard, &files[&shard]).expect("shard");
    index.postings[0][0].field = 7;
    all.push(("field 7".into(), [vec![1u8], govlens_core::encode_as(govlens_core::FileKind::Shard, &index)[20..].to_vec()].concat()));
    for (name, bytes) in all {
        eprintln!("{name}");
        let _ = split_bytes(&files, &bytes);
    }
}
