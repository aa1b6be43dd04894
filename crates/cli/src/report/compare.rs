//! `govlens compare`: core's comparison laid out in columns, or as CSV in long format.
use govlens_core::export::{comparison_rows, to_csv};
use govlens_core::query::Comparison;
use std::fmt::Write;

pub fn text(c: &Comparison) -> String {
    let r = c.report();
    let mut o = String::new();
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
    let _ = writeln!(o, "\n{}", r.scores_heading);
    for (name, cells) in &r.scores {
        let _ = write!(o, "{name:<80}");
        for cell in cells {
            let _ = write!(o, "{cell:<16}");
        }
        let _ = writeln!(o);
    }
    o
}

/// Long format: one row per country and question (or score), with basis and source.
pub fn csv(c: &Comparison) -> String {
    to_csv(&comparison_rows(c))
}
