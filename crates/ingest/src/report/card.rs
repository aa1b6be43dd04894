//! `govlens card CC`: a country's fact card for the terminal. Every value carries its source
//! file and year; a fact two sources disagree on is shown with both.
use govlens_core::{Corpus, Fact, Provenance};
use std::fmt::Write;

/// `[file · locator · year]`, the citation printed under every value.
fn cite(c: &Corpus, p: &Provenance, year: Option<u16>) -> String {
    let family = c.source(&p.source).map(|s| s.family.slug()).unwrap_or("?");
    let year = year.map(|y| y.to_string()).unwrap_or_else(|| "year not given".into());
    format!("[{family} {} · {} · {year}]", p.source, p.locator)
}

/// `613894` -> `613 894`, as the documents print large numbers.
fn grouped(v: &str) -> String {
    let (int, frac) = v.split_once('.').map(|(i, f)| (i, Some(f))).unwrap_or((v, None));
    if int.len() < 5 || !int.chars().all(|c| c.is_ascii_digit()) {
        return v.to_string();
    }
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(ch);
    }
    frac.map(|f| format!("{out}.{f}")).unwrap_or(out)
}

fn fact_value(f: &Fact) -> String {
    let mut v = if f.number.is_some() { grouped(&f.value) } else { f.value.clone() };
    if let Some(u) = &f.unit {
        v = format!("{v} {u}");
    }
    if let Some(p) = &f.period {
        v = format!("{v} ({p})");
    }
    if let Some(u) = &f.url {
        v = format!("{v} <{u}>");
    }
    v
}

pub fn render(c: &Corpus, country: &str) -> Option<String> {
    let card = c.card(country).ok()?;
    let mut o = String::new();
    let (name, country) = (&card.name, &card.country);
    let rule = "═".repeat(72);
    let _ = writeln!(o, "{rule}\n {name} ({country})\n{rule}");
    let line = |o: &mut String, label: &str, value: String, cite: String| {
        // A label wider than its column gets a line of its own, so the values stay aligned.
        if label.chars().count() > 34 {
            let _ = writeln!(o, "  {label}");
            let _ = writeln!(o, "  {:<34} {value}\n  {:<34} {cite}", "", "");
        } else {
            let _ = writeln!(o, "  {label:<34} {value}\n  {:<34} {cite}", "");
        }
    };

    let _ = writeln!(o, "\nBasic data");
    if card.basic.facts.is_empty() {
        let _ = writeln!(o, "  none in the corpus: no country profile (DPA factsheet) or EUROPAM page for {name} yet");
    }
    for cf in &card.basic.facts {
        let f = &cf.fact;
        let label = if cf.sources_differ { format!("{} (sources differ)", f.label) } else { f.label.clone() };
        line(&mut o, &label, fact_value(f), cite(c, &f.provenance, f.year));
    }

    for g in &card.groups {
        let _ = writeln!(o, "\n{}", g.title);
        for f in g.facts.iter().map(|cf| &cf.fact) {
            let mut v = fact_value(f);
            if let Some(n) = f.note.as_ref().filter(|n| !n.is_empty() && g.title != "Strategies") {
                let short: String = n.chars().take(90).collect();
                v = format!("{v} — {short}{}", if n.chars().count() > 90 { "…" } else { "" });
            }
            line(&mut o, &f.label, v, cite(c, &f.provenance, f.year));
        }
    }

    for s in &card.ai_strategies {
        let _ = writeln!(o, "\nAI strategy: {} (released {})", s.title, s.released.as_deref().unwrap_or("date not given"));
        for h in &s.highlights {
            let _ = writeln!(o, "  • {h}");
        }
        let _ = writeln!(o, "  {}", cite(c, &s.provenance, s.year));
    }

    if !card.europam.is_empty() {
        let _ = writeln!(o, "\nEUROPAM public accountability scores (0-100; European average in brackets)");
        for s in &card.europam {
            let v = s.value.map(|v| v.to_string()).unwrap_or_else(|| "unknown".into());
            let r = s.reference_value.map(|v| format!(" ({v})")).unwrap_or_default();
            line(&mut o, &s.dimension, format!("{v}{r}"), cite(c, &s.provenance, s.year));
        }
    }
    if !card.benchmark.is_empty() {
        let _ = writeln!(o, "\neGovernment Benchmark, overall scores (EU27+ average in brackets)");
        for s in &card.benchmark {
            let v = s.value.map(|v| v.to_string()).unwrap_or_else(|| "unknown".into());
            let r = s.reference_value.map(|v| format!(" ({v})")).unwrap_or_default();
            let p = s.period.as_deref().map(|p| format!(", measured {p}")).unwrap_or_default();
            line(&mut o, &s.dimension, format!("{v}{r}{p}"), cite(c, &s.provenance, s.year));
        }
    }

    if let Some(m) = &card.msq {
        let _ = writeln!(o, "\nUN E-Government Survey 2022 questionnaire: {} questions, yes {}, no {}, unknown {}", m.questions, m.yes, m.no, m.unknown);
        let family = c.source(&m.source).map(|s| s.family.slug()).unwrap_or("?");
        let year = m.year.map(|y| y.to_string()).unwrap_or_else(|| "year not given".into());
        let _ = writeln!(o, "  [{family} {} · Q1-Q44 · {year}]", m.source);
    }
    let _ = writeln!(o, "\n{} values for {name} could not be established from the documents: see `govlens stats`.", card.unknowns);
    Some(o)
}
