//! `govlens export`: scores, facts, answers or passages as CSV (the columns are core's
//! `export` module, fixed and documented in the README) or JSON (the full records).
use govlens_core::export::{answer_rows, country_rows, fact_rows, indicator_rows, passage_rows, score_rows, to_csv, Rows};
use govlens_core::Corpus;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Records {
    Scores,
    Facts,
    Answers,
    Passages,
    /// The datasets' values with their cells.
    Indicators,
    /// Every country with its codes, names and region.
    Countries,
}

impl Records {
    pub fn parse(s: &str) -> Option<Records> {
        Some(match s {
            "scores" => Records::Scores,
            "facts" => Records::Facts,
            "answers" => Records::Answers,
            "passages" => Records::Passages,
            "indicators" => Records::Indicators,
            "countries" => Records::Countries,
            _ => return None,
        })
    }
}

/// The rows of an export, header first.
pub fn rows(c: &Corpus, kind: Records, country: Option<&str>) -> Rows {
    let keep = |cc: &str| country.is_none_or(|want| want.eq_ignore_ascii_case(cc));
    match kind {
        Records::Scores => score_rows(c.scores.iter().filter(|r| keep(&r.country))),
        Records::Facts => fact_rows(c.facts.iter().filter(|r| keep(&r.country))),
        Records::Answers => answer_rows(c.answers.iter().filter(|r| keep(&r.country))),
        Records::Passages => passage_rows(c.passages.iter().filter(|r| keep(&r.country))),
        // Every digit the cell holds: Rust's shortest form that reads back as the same number.
        Records::Indicators => indicator_rows(c, c.observations.iter().filter(|o| keep(&o.entity)), |v: f64| v.to_string()),
        Records::Countries => {
            let mut rows = country_rows(c);
            rows.retain(|r| r[0] == "country" || keep(&r[0]));
            rows
        }
    }
}

pub fn csv(c: &Corpus, kind: Records, country: Option<&str>) -> String {
    to_csv(&rows(c, kind, country))
}

pub fn json(c: &Corpus, kind: Records, country: Option<&str>) -> String {
    let keep = |cc: &str| country.is_none_or(|want| want.eq_ignore_ascii_case(cc));
    let v = match kind {
        Records::Scores => serde_json::to_value(c.scores.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        Records::Facts => serde_json::to_value(c.facts.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        Records::Answers => serde_json::to_value(c.answers.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        Records::Passages => serde_json::to_value(c.passages.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        // The CSV's columns as the keys of one object per value.
        Records::Indicators | Records::Countries => {
            let rows = rows(c, kind, country);
            let objects: Vec<serde_json::Map<String, serde_json::Value>> =
                rows[1..].iter().map(|r| rows[0].iter().zip(r).map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect()).collect();
            serde_json::to_value(objects)
        }
    };
    v.and_then(|v| serde_json::to_string_pretty(&v)).unwrap_or_default()
}
