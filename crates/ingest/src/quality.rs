//! Ranking quality over a set of queries with known right passages: Success@1, Success@5, MRR@10.
use govlens_core::{SearchOptions, Store};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct QualityQuery {
    pub q: String,
    /// Passage ids that answer the query; empty: the query must find nothing.
    pub relevant: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    query: Vec<QualityQuery>,
}

pub fn parse(text: &str) -> Result<Vec<QualityQuery>, String> {
    toml::from_str::<File>(text).map(|f| f.query).map_err(|e| e.to_string())
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub q: String,
    /// 1-based rank of the first relevant hit (or 1 for an empty query that found nothing).
    pub rank: Option<usize>,
    pub top: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub queries: usize,
    pub success_at_1: f64,
    pub success_at_5: f64,
    pub mrr_at_10: f64,
    pub outcomes: Vec<Outcome>,
}

impl Report {
    pub fn summary(&self) -> String {
        format!("{} queries: Success@1 {:.3}, Success@5 {:.3}, MRR@10 {:.3}", self.queries, self.success_at_1, self.success_at_5, self.mrr_at_10)
    }
}

pub fn evaluate(engine: &Store, queries: &[QualityQuery]) -> Report {
    let opts = SearchOptions { limit: 10, ..SearchOptions::default() };
    let outcomes: Vec<Outcome> = queries
        .iter()
        .map(|qq| {
            let hits = engine.search(&qq.q, &opts).map(|r| r.hits).unwrap_or_default();
            let top: Vec<String> = hits.iter().map(|h| h.id.clone()).collect();
            let rank = if qq.relevant.is_empty() { top.is_empty().then_some(1) } else { top.iter().position(|id| qq.relevant.contains(id)).map(|p| p + 1) };
            Outcome { q: qq.q.clone(), rank, top }
        })
        .collect();
    let n = outcomes.len().max(1) as f64;
    let at = |k: usize| outcomes.iter().filter(|o| o.rank.is_some_and(|r| r <= k)).count() as f64 / n;
    let mrr = outcomes.iter().map(|o| o.rank.filter(|&r| r <= 10).map(|r| 1.0 / r as f64).unwrap_or(0.0)).sum::<f64>() / n;
    Report { queries: outcomes.len(), success_at_1: at(1), success_at_5: at(5), mrr_at_10: mrr, outcomes }
}
