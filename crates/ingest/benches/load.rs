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

/// Issue 20, finding 10: each family's document grown to 1 and 4 MB (links and text lines added
/// mid-document, the shape that was quadratic in the questionnaire), parsed once each: linear
/// parsing takes about 4x as long at 4 MB. The floor beside it is splitting the same bytes into
/// lines (`Doc::new`).
fn large_documents() {
    // The bundled documents, then the fixtures of the other layouts (issue 17).
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut documents = Vec::new();
    for dir in [root.join("corpus"), root.join("tests/fixtures/layouts")] {
        let family_of = |f: &str| {
            let text = std::fs::read_to_string(dir.join("sources").join(f)).map_err(|e| e.to_string())?;
            govlens_ingest::parse::detect(&text).ok_or_else(|| "no family".to_string())
        };
        let manifest = std::fs::read_to_string(dir.join("manifest.toml")).expect("manifest");
        let (sources, _) = govlens_ingest::manifest::parse_with(&manifest, "manifest.toml", &family_of).expect("manifest");
        documents.extend(sources.into_iter().map(|s| (dir.clone(), s)));
    }
    println!("\nlarge documents (one parse each; linear: 4 MB takes about 4x the 1 MB time)");
    println!("  {:<28} {:>10} {:>10} {:>7} {:>16}", "document", "1 MB ms", "4 MB ms", "ratio", "floor 4 MB ms");
    for (dir, meta) in &documents {
        let text = std::fs::read_to_string(dir.join("sources").join(&meta.file)).expect("source");
        let at = text[..text.len() / 2].rfind('\n').unwrap_or(0);
        let grown = |mb: usize| {
            let fill: String = (0..mb * 1_000_000 / 80).map(|i| format!("See https://example.org/page{i} for the service.\nThe portal offers it.\n")).collect();
            format!("{}\n{fill}{}", &text[..at], &text[at..])
        };
        let time = |big: &str| {
            let t = std::time::Instant::now();
            let doc = govlens_ingest::doc::Doc::new(meta, big);
            let _ = black_box(govlens_ingest::parse::parse(&doc));
            t.elapsed().as_secs_f64() * 1000.0
        };
        let (one, four) = (grown(1), grown(4));
        let (t1, t4) = (time(&one), time(&four));
        let t = std::time::Instant::now();
        black_box(govlens_ingest::doc::Doc::new(meta, &four));
        let floor = t.elapsed().as_secs_f64() * 1000.0;
        println!("  {:<28} {t1:>10.1} {t4:>10.1} {:>7.2} {floor:>16.1}", meta.file, t4 / t1);
    }
}

fn benches_all(c: &mut Criterion) {
    large_documents();
    load(c);
}

criterion_group!(benches, benches_all);
criterion_main!(benches);
