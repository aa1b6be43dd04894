//! The query engine on the real corpus: every query feature, odd input, and ranking quality.
mod common;
use common::*;
use govlens_core::{Engine, SearchError, SearchOptions};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(corpus().clone()))
}

fn ids(q: &str) -> Vec<String> {
    ids_with(q, &SearchOptions::default())
}

fn ids_with(q: &str, o: &SearchOptions) -> Vec<String> {
    engine().search(q, o).expect("search runs").hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn ranking_quality_on_the_checked_in_query_set() {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/queries.toml")).expect("query set");
    let queries = govlens_ingest::quality::parse(&text).expect("valid query set");
    assert!(queries.len() >= 40);
    let r = govlens_ingest::quality::evaluate(engine(), &queries);
    println!("{}", r.summary());
    for o in r.outcomes.iter().filter(|o| o.rank != Some(1)) {
        println!("  rank {:?}: {:<45} top {:?}", o.rank, o.q, &o.top[..o.top.len().min(3)]);
    }
    assert!(r.mrr_at_10 >= 0.8, "MRR@10 {:.3} is below 0.8", r.mrr_at_10);
}

