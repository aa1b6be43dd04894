//! `govlens export`: scores, facts, answers or passages as CSV (columns fixed and documented in
//! the README) or JSON (the full records).
use govlens_core::{Corpus, ScoreKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Scores,
    Facts,
    Answers,
    Passages,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "scores" => Kind::Scores,
            "facts" => Kind::Facts,
            "answers" => Kind::Answers,
            "passages" => Kind::Passages,
            _ => return None,
        })
    }
}

pub const SCORE_COLUMNS: &[&str] = &["country", "framework", "dimension", "metric", "year", "value", "reference_value", "reference_label", "source", "locator"];
pub const FACT_COLUMNS: &[&str] = &["country", "fact", "value", "unit", "year", "source", "locator"];
pub const ANSWER_COLUMNS: &[&str] = &["country", "questionnaire", "question", "item", "answer", "basis", "text", "source", "locator"];
pub const PASSAGE_COLUMNS: &[&str] = &["id", "country", "source", "section", "text"];

fn num(v: Option<f64>) -> String {
    v.map(crate::text::fmt_number).unwrap_or_default()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// The rows of an export, header first.
pub fn rows(c: &Corpus, kind: Kind, country: Option<&str>) -> Vec<Vec<String>> {
    let keep = |cc: &str| country.is_none_or(|want| want.eq_ignore_ascii_case(cc));
    let mut out: Vec<Vec<String>> = Vec::new();
    match kind {
        Kind::Scores => {
            out.push(SCORE_COLUMNS.iter().map(|s| s.to_string()).collect());
            for s in c.scores.iter().filter(|s| keep(&s.country)) {
                // A growth figure is its own row: the metric says what it measures.
                let metric = match (&s.metric, s.kind) {
                    (Some(m), ScoreKind::Growth) => format!("{m} ({})", s.period.as_deref().unwrap_or("change")),
                    (Some(m), _) => m.clone(),
                    (None, _) => String::new(),
                };
                out.push(vec![
                    s.country.clone(),
                    s.framework.slug().into(),
                    s.dimension.clone(),
                    metric,
                    opt(s.year),
                    num(s.value),
                    num(s.reference_value),
                    s.reference_label.clone().unwrap_or_default(),
                    s.provenance.source.clone(),
                    format!("{} (lines {}-{})", s.provenance.locator, s.provenance.lines.start, s.provenance.lines.end),
                ]);
            }
        }
        Kind::Facts => {
            out.push(FACT_COLUMNS.iter().map(|s| s.to_string()).collect());
            for f in c.facts.iter().filter(|f| keep(&f.country)) {
                let value = match (&f.url, &f.period) {
                    (Some(u), _) if f.fact == "portal" => format!("{} <{u}>", f.value),
                    (_, Some(p)) => format!("{} ({p})", f.value),
                    _ => f.value.clone(),
                };
                out.push(vec![
                    f.country.clone(),
                    f.fact.clone(),
                    value,
                    f.unit.clone().unwrap_or_default(),
                    opt(f.year),
                    f.provenance.source.clone(),
                    format!("{} (lines {}-{})", f.provenance.locator, f.provenance.lines.start, f.provenance.lines.end),
                ]);
            }
        }
        Kind::Answers => {
            out.push(ANSWER_COLUMNS.iter().map(|s| s.to_string()).collect());
            for a in c.answers.iter().filter(|a| keep(&a.country)) {
                out.push(vec![
                    a.country.clone(),
                    a.questionnaire.clone(),
                    a.question.clone(),
                    a.item.clone().unwrap_or_default(),
                    a.answer.as_str().to_string(),
                    a.basis.as_str().to_string(),
                    // The CSV has no citation column: the citation follows the text, as printed.
                    match &a.citation {
                        Some(c) if a.text.is_empty() => format!("({c})"),
                        Some(c) => format!("{} ({c})", a.text),
                        None => a.text.clone(),
                    },
                    a.provenance.source.clone(),
                    format!("{} (lines {}-{})", a.provenance.locator, a.provenance.lines.start, a.provenance.lines.end),
                ]);
            }
        }
        Kind::Passages => {
            out.push(PASSAGE_COLUMNS.iter().map(|s| s.to_string()).collect());
            for p in c.passages.iter().filter(|p| keep(&p.country)) {
                out.push(vec![p.id.clone(), p.country.clone(), p.source.clone(), p.section.join(" > "), p.text.clone()]);
            }
        }
    }
    out
}

pub fn csv(c: &Corpus, kind: Kind, country: Option<&str>) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    for r in rows(c, kind, country) {
        // Writing to memory cannot fail.
        let _ = w.write_record(&r);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

pub fn json(c: &Corpus, kind: Kind, country: Option<&str>) -> String {
    let keep = |cc: &str| country.is_none_or(|want| want.eq_ignore_ascii_case(cc));
    let v = match kind {
        Kind::Scores => serde_json::to_value(c.scores.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        Kind::Facts => serde_json::to_value(c.facts.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        Kind::Answers => serde_json::to_value(c.answers.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
        Kind::Passages => serde_json::to_value(c.passages.iter().filter(|r| keep(&r.country)).collect::<Vec<_>>()),
    };
    v.and_then(|v| serde_json::to_string_pretty(&v)).unwrap_or_default()
}
