//! `govlens compare`: core's comparison laid out in columns, or as CSV in long format.
use govlens_core::export::{comparison_rows, to_csv};
use govlens_core::query::Comparison;
use govlens_core::views::compare::CompareReport;
use govlens_core::Corpus;
use std::fmt::Write;

/// The questionnaire's answers and the documents' scores where a country has them, then the
/// datasets' indicators (core's [`Corpus::dataset_comparison`]).
pub fn text(corpus: &Corpus, c: &Comparison) -> String {
    let r = c.report();
    let mut o = String::new();
    if !r.answers.is_empty() {
        answers(&mut o, &r);
    }
    if !r.scores.is_empty() {
        scores(&mut o, &r);
    }
    let names: Vec<String> = c.countries.iter().map(|cc| corpus.name_of(cc)).collect();
    if let Some((frame, table)) = corpus.dataset_comparison(&c.countries, &names, &names.join(", "), "", govlens_core::format::Locale::En) {
        let _ = writeln!(o, "\n{}", frame.title);
        let width = table.rows.iter().map(|r| r[0].chars().count()).max().unwrap_or(0) + 2;
        let cell = table.rows.iter().flat_map(|r| r[1..].iter().map(|c| c.chars().count())).max().unwrap_or(0) + 2;
        let _ = write!(o, "{:<width$}", "");
        for cc in &c.countries {
            let _ = write!(o, "{cc:<cell$}");
        }
        let _ = writeln!(o);
        for row in &table.rows {
            let _ = write!(o, "{:<width$}", row[0]);
            for c in &row[1..] {
                let _ = write!(o, "{c:<cell$}");
            }
            let _ = writeln!(o);
        }
        let _ = writeln!(o, "Source: {}", frame.source);
    }
    if o.is_empty() {
        let _ = writeln!(o, "no answers, scores or dataset values for {}", c.countries.join(", "));
    }
    o
}

fn answers(o: &mut String, r: &CompareReport) {
    let _ = writeln!(o, "{}", r.answers_heading);
    let _ = write!(o, "{:<8}{:<52}", "question", "");
    for cc in &r.countries {
        let _ = write!(o, "{cc:<22}");
    }
    let _ = writeln!(o);
    for (question, label, cells) in &r.answers {
        let _ = write!(o, "Q{question:<7}{label:<52}");
        for cell in cells {
            let _ = write!(o, "{cell:<22}");
        }
        let _ = writeln!(o);
    }
}

fn scores(o: &mut String, r: &CompareReport) {
    let _ = writeln!(o, "\n{}", r.scores_heading);
    for (name, cells) in &r.scores {
        let _ = write!(o, "{name:<80}");
        for cell in cells {
            let _ = write!(o, "{cell:<16}");
        }
        let _ = writeln!(o);
    }
}

/// Long format: one row per country and question (or score), with basis and source.
pub fn csv(c: &Comparison) -> String {
    to_csv(&comparison_rows(c))
}
