//! `govlens stats`: counts per country, family and kind, then every unknown, repair and check.
use govlens_core::{AnswerValue, Basis, Corpus, Family, Framework, Outcome, ScoreKind};
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn render(c: &Corpus) -> String {
    let mut o = String::new();
    let family_of = |file: &str| c.source(file).map(|s| s.family.slug()).unwrap_or("?");
    let _ = writeln!(o, "govlens corpus: {} sources, {} countries ({})", c.sources.len(), c.countries().len(), c.countries().join(", "));
    let _ = writeln!(o, "\nSources");
    for s in &c.sources {
        let _ = writeln!(o, "  {}  {:<13} {}  {} ({})", s.file, s.family.slug(), s.country, s.title, s.year);
    }

    let mut counts: BTreeMap<(String, &str, &str), usize> = BTreeMap::new();
    let mut add = |country: &str, file: &str, kind: &'static str| *counts.entry((country.to_string(), family_of(file), kind)).or_default() += 1;
    c.facts.iter().for_each(|r| add(&r.country, &r.provenance.source, "facts"));
    c.scores.iter().for_each(|r| add(&r.country, &r.provenance.source, "scores"));
    c.answers.iter().for_each(|r| add(&r.country, &r.provenance.source, "answers"));
    c.ai_strategies.iter().for_each(|r| add(&r.country, &r.provenance.source, "ai strategies"));
    c.passages.iter().for_each(|r| add(&r.country, &r.source, "passages"));
    c.unknowns.iter().for_each(|r| add(&r.country, &r.source, "unknowns"));
    c.repairs.iter().for_each(|r| add(&r.country, &r.source, "repairs"));
    let _ = writeln!(o, "\nRecords per country, family and kind");
    let _ = writeln!(o, "  {:<8}{:<15}{:<15}{:>6}", "country", "family", "kind", "count");
    for ((country, fam, kind), n) in &counts {
        let _ = writeln!(o, "  {country:<8}{fam:<15}{kind:<15}{n:>6}");
    }

    // Questionnaires: every question accounted for.
    let _ = writeln!(o, "\nUN MSQ questions (44 per questionnaire)");
    for s in c.sources.iter().filter(|s| s.family == Family::UnMsq) {
        let qs: Vec<_> = c.answers.iter().filter(|a| a.provenance.source == s.file && a.item.is_none()).collect();
        let items = c.answers.iter().filter(|a| a.provenance.source == s.file && a.item.is_some()).count();
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for a in &qs {
            *by.entry(format!("{}/{}", a.answer.as_str(), a.basis.as_str())).or_default() += 1;
        }
        let parts: Vec<String> = by.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(o, "  {} {}: {} questions, {} multi-choice items; {}", s.country, s.file, qs.len(), items, parts.join(", "));
    }
    for s in c.sources.iter().filter(|s| s.family == Family::Europam) {
        let qs: Vec<_> = c.answers.iter().filter(|a| a.provenance.source == s.file).collect();
        let yes = qs.iter().filter(|a| a.answer == AnswerValue::Yes).count();
        let no = qs.iter().filter(|a| a.answer == AnswerValue::No).count();
        let unk = qs.iter().filter(|a| a.basis == Basis::None).count();
        let _ = writeln!(
            o,
            "  {} {}: {} EUROPAM qualitative answers: yes {yes}, no {no}, other {}, unknown {unk}",
            s.country,
            s.file,
            qs.len(),
            qs.len() - yes - no - unk
        );
    }

    // Score tables: every table and benchmark row accounted for.
    let _ = writeln!(o, "\nScore tables");
    let mut tables: BTreeMap<(String, &str, String, &str), (usize, usize)> = BTreeMap::new();
    for s in &c.scores {
        let kind = kind_name(s.kind);
        let e = tables.entry((s.country.clone(), s.framework.slug(), s.dimension.clone(), kind)).or_default();
        e.0 += 1;
        if s.year.is_none() {
            e.1 += 1;
        }
    }
    for ((country, fw, dim, kind), (n, no_year)) in &tables {
        let rows = c
            .scores
            .iter()
            .filter(|s| &s.country == country && s.framework.slug() == *fw && &s.dimension == dim && kind_name(s.kind) == *kind)
            .filter_map(|s| s.metric.as_deref())
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let extra = if *no_year > 0 { format!(", {no_year} with unknown year") } else { String::new() };
        let rows = if *fw == Framework::EgovBenchmark.slug() || *kind != "headline" { format!(" ({rows} rows)") } else { String::new() };
        let _ = writeln!(o, "  {country} {fw:<15} {dim:<32} {kind:<20} {n:>3} values{rows}{extra}");
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
    let flagged = c.checks.iter().filter(|k| k.outcome == Outcome::Flagged).count();
    let _ = writeln!(o, "\nChecks ({} passed, {flagged} flagged)", c.checks.len() - flagged);
    for k in &c.checks {
        let mark = if k.outcome == Outcome::Passed { "ok  " } else { "FLAG" };
        let _ = writeln!(o, "  {mark} {} {} [{}] {}: {}", k.country, k.source, k.locator, k.what, k.detail);
    }
    o
}

fn kind_name(k: ScoreKind) -> &'static str {
    match k {
        ScoreKind::Headline => "headline",
        ScoreKind::Primary => "primary metrics",
        ScoreKind::Alternative => "alternative metrics",
        ScoreKind::Indicator => "indicators",
        ScoreKind::Growth => "growth",
    }
}
