use govlens_core::{Engine, SearchOptions};
use std::time::Instant;
fn main() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = govlens_ingest::build_corpus(&root.join("corpus")).unwrap();
    let qs = govlens_ingest::quality::parse(&std::fs::read_to_string(root.join("tests/queries.toml")).unwrap()).unwrap();
    let e = Engine::new(corpus);
    for (name, o) in [
        ("default", SearchOptions::default()),
        ("limit 1", SearchOptions { limit: 1, ..SearchOptions::default() }),
        ("no fuzzy", SearchOptions { fuzzy: false, ..SearchOptions::default() }),
        ("no fuzzy no prefix limit1", SearchOptions { fuzzy: false, prefix: false, limit: 1, ..SearchOptions::default() }),
    ] {
        let t = Instant::now();
        for _ in 0..20 { for q in &qs { let _ = e.search(&q.q, &o); } }
        println!("{name:<28} {:.1} µs/query", t.elapsed().as_secs_f64() * 1e6 / (20 * qs.len()) as f64);
    }
}
