//! `govlens stats`: core's inventory ([`Stats`]) in columns, then every source, unknown, repair
//! and check as the corpus holds it.
use govlens_core::views::stats::Stats;
use govlens_core::{Corpus, Outcome};
use std::fmt::Write;

pub fn render(c: &Corpus) -> String {
    let stats: Stats = c.stats();
    let mut o = String::new();
    let _ = writeln!(o, "{}", stats.summary);
    let _ = writeln!(o, "\nSources");
    for s in &c.sources {
        let _ = writeln!(o, "  {}  {:<13} {}  {} ({})", s.file, s.family.slug(), s.country, s.title, s.year);
    }
    let _ = writeln!(o, "\nCut-off and partial documents ({})", stats.incomplete.len());
    if stats.incomplete.is_empty() {
        let _ = writeln!(o, "  none: every document ends as its family does and has all its sections");
    }
    for line in &stats.incomplete {
        let _ = writeln!(o, "  {line}");
    }
    let _ = writeln!(o, "\nRecords per country, family and kind");
    let _ = writeln!(o, "  {:<8}{:<15}{:<15}{:>6}", "country", "family", "kind", "count");
    for r in &stats.counts {
        let _ = writeln!(o, "  {:<8}{:<15}{:<15}{:>6}", r.country, r.family, r.kind, r.count);
    }
    let _ = writeln!(o, "\nUN MSQ questions (44 per questionnaire)");
    for line in &stats.answers {
        let _ = writeln!(o, "  {line}");
    }
    let _ = writeln!(o, "\nScore tables");
    for t in &stats.tables {
        let rows = t.rows.map(|r| format!(" ({r} rows)")).unwrap_or_default();
        let extra = if t.without_year > 0 { format!(", {} with unknown year", t.without_year) } else { String::new() };
        let _ = writeln!(o, "  {} {:<15} {:<32} {:<20} {:>3} values{rows}{extra}", t.country, t.framework, t.dimension, t.kind, t.values);
    }
    if !stats.files.is_empty() {
        let _ = writeln!(o, "\nDataset files: every row imported, skipped with its reason, or read to check");
        for f in &stats.files {
            let _ = writeln!(
                o,
                "  {:<15} {}: {} rows: {} imported, {} checked; {} values, {} gaps",
                f.dataset, f.path, f.rows, f.imported, f.checked, f.values, f.gaps
            );
            for (reason, n, first) in &f.skipped {
                let _ = writeln!(o, "      {n} skipped (first row {first}): {reason}");
            }
        }
        let _ = writeln!(o, "\nDataset gaps ({}), by reason", c.gaps.len());
        for g in &stats.gaps {
            let _ = writeln!(o, "  {:<15} {:>5}  {}; first: {}", g.dataset, g.count, g.reason, g.first);
        }
    }
    let _ = writeln!(o, "\nUnknowns ({})", c.unknowns.len());
    for u in &c.unknowns {
        let _ = writeln!(o, "  {} {}:{}-{} [{}] {}: {}", u.country, u.source, u.lines.start, u.lines.end, u.locator, u.what, u.reason);
    }
    let _ = writeln!(o, "\nRepairs ({})", c.repairs.len());
    for r in &c.repairs {
        let _ = writeln!(
            o,
            "  {} {}:{}-{} [{}] {}\n      '{}' -> '{}'\n      because {}",
            r.country, r.source, r.lines.start, r.lines.end, r.locator, r.what, r.original, r.repaired, r.method
        );
    }
    let _ = writeln!(o, "\nChecks ({} passed, {} flagged)", stats.passed, stats.flagged);
    for k in &c.checks {
        let mark = if k.outcome == Outcome::Passed { "ok  " } else { "FLAG" };
        let _ = writeln!(o, "  {mark} {} {} [{}] {}: {}", k.country, k.source, k.locator, k.what, k.detail);
    }
    o
}
