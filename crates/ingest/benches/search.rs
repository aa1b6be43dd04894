//! Search: load (decode + index), index size, and query latency p50/p99 over the ranking set,
//! beside a peer in the same run: a naive scan (fold every passage, count query words), which is
//! what a page would do without an index. Also the ranking quality of both on the same set.
mod common;
use common::{folded, gzip, latencies, naive};
use criterion::{criterion_group, criterion_main, Criterion};
use govlens_core::search::Index;
use govlens_core::{decode, encode, SearchOptions, Store};
use govlens_ingest::quality;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn bench(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = govlens_ingest::build_corpus(&root.join("corpus")).expect("corpus builds");
    let artifact = encode(&corpus);
    let queries = quality::parse(&std::fs::read_to_string(root.join("tests/queries.toml")).expect("queries")).expect("valid");
    let engine = Store::new(corpus.clone());
    let index_bytes = postcard::to_allocvec(engine.index().expect("a whole corpus")).expect("index encodes");
    let index_gzip = gzip(&index_bytes);
    println!(
        "index: {} terms, {} bytes as postcard ({} gzip), ~{} bytes in memory",
        engine.index().expect("a whole corpus").terms.len(),
        index_bytes.len(),
        index_gzip,
        engine.index().expect("a whole corpus").heap_bytes()
    );

    // Load: decode + build the index, against decoding a prebuilt index.
    let t = Instant::now();
    for _ in 0..20 {
        // The index is built when a search first needs it: build it here, as the load figure counts it.
        black_box(Store::load(&artifact).expect("loads").index().map(|i| i.terms.len()));
    }
    let load = t.elapsed() / 20;
    let t = Instant::now();
    for _ in 0..20 {
        black_box(decode(&artifact).expect("decodes"));
    }
    let decode_only = t.elapsed() / 20;
    let t = Instant::now();
    for _ in 0..20 {
        black_box(postcard::from_bytes::<Index>(&index_bytes).expect("index decodes"));
    }
    let index_decode = t.elapsed() / 20;
    println!(
        "load: decode + build index {} (decode {}, so the build is {}); decoding a prebuilt index instead: {}",
        us(load),
        us(decode_only),
        us(load - decode_only),
        us(index_decode)
    );

    let opts = SearchOptions::default();
    let folded = folded(&corpus.passages);
    let (g50, g99) = latencies(|q| drop(black_box(engine.search(q, &opts))), &queries, 30);
    let (n50, n99) = latencies(|q| drop(black_box(naive(&folded, q))), &queries, 30);
    println!("query latency over {} queries x 30 rounds:", queries.len());
    println!("  govlens    p50 {:>10}  p99 {:>10}", us(g50), us(g99));
    println!("  naive scan p50 {:>10}  p99 {:>10}", us(n50), us(n99));
    println!("  ratio govlens/naive: p50 {:.2}, p99 {:.2}", g50.as_secs_f64() / n50.as_secs_f64(), g99.as_secs_f64() / n99.as_secs_f64());
    let gq = quality::evaluate(&engine, &queries);
    let n = queries.len() as f64;
    let ranks: Vec<Option<usize>> = queries
        .iter()
        .map(|q| {
            let top = naive(&folded, &q.q);
            if q.relevant.is_empty() {
                top.is_empty().then_some(1)
            } else {
                top.iter().position(|id| q.relevant.contains(id)).map(|p| p + 1)
            }
        })
        .collect();
    let at = |k: usize| ranks.iter().filter(|r| r.is_some_and(|r| r <= k)).count() as f64 / n;
    let mrr = ranks.iter().map(|r| r.map(|r| 1.0 / r as f64).unwrap_or(0.0)).sum::<f64>() / n;
    println!("quality: govlens    {}", gq.summary());
    println!("quality: naive scan {} queries: Success@1 {:.3}, Success@5 {:.3}, MRR@10 {:.3}", queries.len(), at(1), at(5), mrr);

    let mut g = c.benchmark_group("search, whole query set");
    g.bench_function("govlens", |b| b.iter(|| queries.iter().for_each(|q| drop(black_box(engine.search(&q.q, &opts))))));
    g.bench_function("peer: naive scan", |b| b.iter(|| queries.iter().for_each(|q| drop(black_box(naive(&folded, &q.q))))));
    g.finish();
    c.bench_function("load: decode artifact + build index", |b| b.iter(|| Store::load(black_box(&artifact)).expect("loads").index().map(|i| i.terms.len())));
}

criterion_group!(benches, bench);
criterion_main!(benches);
