//! Scale (issue 6): bytes and latency at 2, 20 and 200 countries, the 20 and 200 being SYNTHETIC
//! corpora (`govlens_ingest::synth`: the real records copied as made-up countries, marked as
//! such, numbers and a tenth of the words varied). Each row sets the split layout beside the
//! single-file layout and a naive scan, in the same run:
//! - a card's download: its country's card part against the whole corpus file;
//! - a query's download: the manifest plus the shards and text parts it fetches;
//! - latency: the split search (cold: a fresh page fetching and decoding what it needs; warm: all
//!   loaded), the whole-corpus store, and the naive scan.
mod common;
use common::{folded, gzip, latencies, naive, percentile};
use govlens_core::layout::{split, SplitCorpus, MANIFEST_FILE};
use govlens_core::{encode, Corpus, SearchOptions, Store};
use govlens_ingest::quality;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn us(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

fn kb(b: usize) -> String {
    format!("{:.1} KB", b as f64 / 1000.0)
}

struct Row {
    countries: usize,
    corpus_gz: usize,
    card_gz: usize,
    manifest_gz: usize,
    query_gz_p50: usize,
    query_gz_max: usize,
    files_p50: usize,
    cold: (Duration, Duration),
    warm: (Duration, Duration),
    whole: (Duration, Duration),
    naive: (Duration, Duration),
    engine_load: Duration,
    manifest_load: Duration,
}

fn measure(corpus: &Corpus, queries: &[quality::QualityQuery]) -> Row {
    let opts = SearchOptions::default();
    let whole_file = encode(corpus);
    let files: BTreeMap<String, Vec<u8>> = split(corpus).into_iter().collect();
    let gz: BTreeMap<&str, usize> = files.iter().map(|(p, b)| (p.as_str(), gzip(b))).collect();
    let manifest = &files[MANIFEST_FILE];

    let (mut cold, mut per_query_gz, mut per_query_files) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        for q in queries {
            let t = Instant::now();
            let mut s = SplitCorpus::from_manifest(manifest).expect("manifest");
            let mut fetched = Vec::new();
            black_box(s.search_fetching(&q.q, &opts, |p| {
                fetched.push(p.to_string());
                files.get(p).cloned().ok_or_else(|| "missing".into())
            }))
            .ok();
            cold.push(t.elapsed());
            per_query_gz.push(gz[MANIFEST_FILE] + fetched.iter().map(|p| gz[p.as_str()]).sum::<usize>());
            per_query_files.push(1 + fetched.len());
        }
    }
    // Warm: one page that has already fetched what every query needs.
    let mut page = SplitCorpus::from_manifest(manifest).expect("manifest");
    for q in queries {
        page.search_fetching(&q.q, &opts, |p| files.get(p).cloned().ok_or_else(|| "missing".into())).ok();
    }
    let t = Instant::now();
    let engine = Store::load(&whole_file).expect("loads");
    black_box(engine.index());
    let engine_load = t.elapsed();
    let t = Instant::now();
    black_box(SplitCorpus::from_manifest(manifest).expect("manifest"));
    let manifest_load = t.elapsed();
    let folded = folded(&corpus.passages);
    let warm = latencies(|q| drop(black_box(page.search(q, &opts))), queries, 10);
    let whole = latencies(|q| drop(black_box(engine.search(q, &opts))), queries, 10);
    let naive = latencies(|q| drop(black_box(naive(&folded, q))), queries, 10);
    cold.sort_unstable();
    per_query_gz.sort_unstable();
    per_query_files.sort_unstable();
    Row {
        countries: corpus.countries().len(),
        corpus_gz: gzip(&whole_file),
        card_gz: gz["card/LU.govlens"],
        manifest_gz: gz[MANIFEST_FILE],
        query_gz_p50: per_query_gz[per_query_gz.len() / 2],
        query_gz_max: *per_query_gz.last().unwrap_or(&0),
        files_p50: per_query_files[per_query_files.len() / 2],
        cold: (percentile(&cold, 0.5), percentile(&cold, 0.99)),
        warm,
        whole,
        naive,
        engine_load,
        manifest_load,
    }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let real = govlens_ingest::build_corpus(&root.join("corpus")).expect("corpus builds");
    let queries = quality::parse(&std::fs::read_to_string(root.join("tests/queries.toml")).expect("queries")).expect("valid");
    let mut rows = Vec::new();
    for n in [2, 20, 200] {
        let corpus = govlens_ingest::synth::synthesize(&real, n);
        eprintln!("measuring {n} countries ({} passages)...", corpus.passages.len());
        rows.push(measure(&corpus, &queries));
    }
    println!("\nScale: the split layout at 2 (real), 20 and 200 (SYNTHETIC) countries; {} queries; gzip -9 bytes", queries.len());
    println!("| countries | whole corpus file | card: LU card part | ratio card/whole | manifest | first-search download p50 (max) | files p50 | split search cold p50 / p99 | split warm p50 / p99 | whole-corpus store p50 / p99 | naive scan p50 / p99 | engine load (decode + index) | manifest load |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for r in &rows {
        println!(
            "| {} | {} | {} | {:.3} | {} | {} ({}) | {} | {} / {} | {} / {} | {} / {} | {} / {} | {} | {} |",
            r.countries,
            kb(r.corpus_gz),
            kb(r.card_gz),
            r.card_gz as f64 / r.corpus_gz as f64,
            kb(r.manifest_gz),
            kb(r.query_gz_p50),
            kb(r.query_gz_max),
            r.files_p50,
            us(r.cold.0),
            us(r.cold.1),
            us(r.warm.0),
            us(r.warm.1),
            us(r.whole.0),
            us(r.whole.1),
            us(r.naive.0),
            us(r.naive.1),
            us(r.engine_load),
            us(r.manifest_load)
        );
    }
    let (a, b) = (&rows[0], &rows[rows.len() - 1]);
    let g = |x: Duration, y: Duration| y.as_secs_f64() / x.as_secs_f64();
    println!(
        "\ngrowth from {} to {} countries: corpus x{:.0}; card download x{:.2}; first-search download x{:.1}; split warm p50 x{:.1}; split cold p50 x{:.1}; whole engine p50 x{:.1}; naive p50 x{:.1}",
        a.countries,
        b.countries,
        b.corpus_gz as f64 / a.corpus_gz as f64,
        b.card_gz as f64 / a.card_gz as f64,
        b.query_gz_p50 as f64 / a.query_gz_p50 as f64,
        g(a.warm.0, b.warm.0),
        g(a.cold.0, b.cold.0),
        g(a.whole.0, b.whole.0),
        g(a.naive.0, b.naive.0)
    );
}
