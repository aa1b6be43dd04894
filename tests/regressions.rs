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
