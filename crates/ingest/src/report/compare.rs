//! `govlens compare`: countries side by side on the MSQ answers and on scores.
use govlens_core::query::Comparison;
use std::fmt::Write;

fn cell(a: &Option<govlens_core::Answer>) -> String {
    match a {
        Some(a) => format!("{} ({})", a.answer.as_str(), a.basis.as_str()),
        None => "-".into(),
    }
}

pub fn text(c: &Comparison) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "UN MSQ 2022 answers (answer (basis))");
    let _ = write!(o, "{:<8}{:<52}", "question", "");
    for cc in &c.countries {
        let _ = write!(o, "{cc:<22}");
    }
    let _ = writeln!(o);
    for r in &c.answers {
        let label: String = match &r.item {
            Some(i) => format!("  - {i}"),
            None => r.question_text.chars().take(50).collect(),
        };
        let _ = write!(o, "Q{:<7}{:<52}", r.question, label);
        for (_, a) in &r.answers {
            let _ = write!(o, "{:<22}", cell(a));
        }
        let _ = writeln!(o);
    }
    let _ = writeln!(o, "\nScores (latest year each country has; '-' where a country has none)");
    for r in &c.scores {
        let name = format!("{} / {} / {}", r.framework.slug(), r.dimension, r.metric.as_deref().unwrap_or("headline"));
        let _ = write!(o, "{name:<80}");
        for (_, s) in &r.values {
            let v = s
                .as_ref()
                .map(|s| {
                    format!(
                        "{} ({})",
                        s.value.map(|v| v.to_string()).unwrap_or("unknown".into()),
                        s.year.map(|y| y.to_string()).unwrap_or("year unknown".into())
                    )
                })
                .unwrap_or("-".into());
            let _ = write!(o, "{v:<16}");
        }
        let _ = writeln!(o);
    }
    o
}

/// Long format: one row per country and question (or score), with basis and source.
pub fn csv(c: &Comparison) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["kind", "question_or_metric", "item", "country", "answer_or_value", "basis_or_year", "source", "locator"]);
    for r in &c.answers {
        for (cc, a) in &r.answers {
            let (ans, basis, src, loc) = match a {
                Some(a) => (a.answer.as_str().to_string(), a.basis.as_str().to_string(), a.provenance.source.clone(), a.provenance.locator.clone()),
                None => (String::new(), String::new(), String::new(), String::new()),
            };
            let _ = w.write_record([
                format!("answer:{}", r.questionnaire),
                r.question.clone(),
                r.item.clone().unwrap_or_default(),
                cc.clone(),
                ans,
                basis,
                src,
                loc,
            ]);
        }
    }
    for r in &c.scores {
        for (cc, s) in &r.values {
            let metric = format!("{} / {} / {}", r.framework.slug(), r.dimension, r.metric.as_deref().unwrap_or("headline"));
            let (v, y, src, loc) = match s {
                Some(s) => (
                    s.value.map(crate::text::fmt_number).unwrap_or_default(),
                    s.year.map(|y| y.to_string()).unwrap_or_default(),
                    s.provenance.source.clone(),
                    s.provenance.locator.clone(),
                ),
                None => Default::default(),
            };
            let kind = format!("score:{:?}", r.kind).to_lowercase();
            let _ = w.write_record([kind, metric, String::new(), cc.clone(), v, y, src, loc]);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
