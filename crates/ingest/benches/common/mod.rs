//! What the benchmarks share: gzip sizes, latency percentiles, and the naive-scan peer (so that
//! every bench compares against the same peer).
#![allow(dead_code)] // each bench uses its own part of this
use govlens_core::search::fold::fold;
use govlens_core::search::tokens::tokens;
use govlens_core::Passage;
use govlens_ingest::quality::QualityQuery;
use std::time::{Duration, Instant};

/// Bytes after gzip -9.
pub fn gzip(bytes: &[u8]) -> usize {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut e, bytes).expect("in memory");
    e.finish().expect("in memory").len()
}

/// Each passage's id with its folded heading and text, what the naive scan reads.
pub fn folded(passages: &[Passage]) -> Vec<(String, String)> {
    passages.iter().map(|p| (p.id.clone(), fold(&format!("{} {}", p.section.join(" "), p.text)))).collect()
}

/// The peer: scan every passage, score by how many query words it contains, top 10.
pub fn naive(folded_passages: &[(String, String)], q: &str) -> Vec<String> {
    let words: Vec<String> = tokens(q).map(|t| fold(t.text)).collect();
    let mut scored: Vec<(usize, &String)> =
        folded_passages.iter().map(|(id, text)| (words.iter().filter(|w| text.contains(w.as_str())).count(), id)).filter(|(n, _)| *n > 0).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().take(10).map(|(_, id)| id.clone()).collect()
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// p50 and p99 of `f` over every query, `rounds` times.
pub fn latencies(mut f: impl FnMut(&str), queries: &[QualityQuery], rounds: usize) -> (Duration, Duration) {
    let mut all = Vec::with_capacity(queries.len() * rounds);
    for _ in 0..rounds {
        for q in queries {
            let t = Instant::now();
            f(&q.q);
            all.push(t.elapsed());
        }
    }
    all.sort_unstable();
    (percentile(&all, 0.5), percentile(&all, 0.99))
}
