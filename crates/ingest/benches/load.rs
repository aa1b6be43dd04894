//! Loading the corpus artifact, against the same corpus as JSON (the format a JS consumer would
//! otherwise fetch), in the same run. Prints sizes, then criterion's timings.
mod common;
use common::gzip;
use criterion::{criterion_group, criterion_main, Criterion};
use govlens_core::{decode, encode, Corpus};
use std::hint::black_box;
use std::path::PathBuf;

fn load(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let corpus = govlens_ingest::build_corpus(&dir).expect("corpus builds");
    let artifact = encode(&corpus);
    let json = serde_json::to_vec(&corpus).expect("json");
    println!("corpus artifact (postcard): {} bytes, {} gzip", artifact.len(), gzip(&artifact));
    println!("same corpus as JSON (peer):  {} bytes, {} gzip", json.len(), gzip(&json));
    let sources: u64 = std::fs::read_dir(dir.join("sources")).expect("sources").filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum();
    println!("source documents:           {sources} bytes");

    let mut g = c.benchmark_group("load corpus");
    g.bench_function("govlens artifact (postcard, CRC-checked)", |b| b.iter(|| decode(black_box(&artifact)).expect("decodes")));
    g.bench_function("peer: serde_json", |b| b.iter(|| serde_json::from_slice::<Corpus>(black_box(&json)).expect("decodes")));
    g.finish();
    c.bench_function("build corpus from the 5 sources", |b| b.iter(|| govlens_ingest::build_corpus(black_box(&dir)).expect("builds")));
}

criterion_group!(benches, load);
criterion_main!(benches);
