//! `govlens card CC`: a country's fact card for the terminal. Every value carries its source
//! file and year; a fact two sources disagree on is shown with both.
use govlens_core::{countries, Corpus, Fact, Framework, Provenance, ScoreKind};
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
    let country = country.to_ascii_uppercase();
    if !c.countries().contains(&country.as_str()) {
        return None;
    }
    let mut o = String::new();
    let name = countries::name_of(&country).unwrap_or(&country);
    let rule = "═".repeat(72);
    let _ = writeln!(o, "{rule}\n {name} ({country})\n{rule}");
    let facts = |keys: &[&str]| -> Vec<&Fact> { c.facts.iter().filter(|f| f.country == country && keys.contains(&f.fact.as_str())).collect() };
    let line = |o: &mut String, label: &str, value: String, cite: String| {
        // A label wider than its column gets a line of its own, so the values stay aligned.
        if label.chars().count() > 34 {
            let _ = writeln!(o, "  {label}");
            let _ = writeln!(o, "  {:<34} {value}\n  {:<34} {cite}", "", "");
        } else {
            let _ = writeln!(o, "  {label:<34} {value}\n  {:<34} {cite}", "");
        }
    };

    let basic = [
        "population", "gdp", "gdp_per_inhabitant_pps", "gdp_growth", "inflation", "unemployment", "government_debt",
        "government_deficit", "area", "capital", "official_languages", "currency", "income_group", "gni_per_capita_ppp",
        "urban_population", "internet_users", "life_expectancy", "mean_years_schooling", "global_competitiveness_index",
    ];
    let _ = writeln!(o, "\nBasic data");
    if facts(&basic).is_empty() {
        let _ = writeln!(o, "  none in the corpus: no country profile (DPA factsheet) or EUROPAM page for {name} yet");
    }
    for key in basic {
        let fs = facts(&[key]);
        let disagree = fs.len() > 1 && fs.windows(2).any(|w| w[0].value != w[1].value);
        for f in fs {
            let label = if disagree { format!("{} (sources differ)", f.label) } else { f.label.clone() };
            line(&mut o, &label, fact_value(f), cite(c, &f.provenance, f.year));
        }
    }

    for (title, keys) in [
        ("Portals", &["portal"][..]),
        ("Bodies in charge of e-government", &["egov_body", "office_holder"][..]),
        ("Chief Information Officer", &["cio_name", "cio_title", "cio_organisation"][..]),
        ("Strategies", &["strategy"][..]),
    ] {
        let fs = facts(keys);
        if fs.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n{title}");
        for f in fs {
            let mut v = fact_value(f);
            if let Some(n) = f.note.as_ref().filter(|n| !n.is_empty() && title != "Strategies") {
                let short: String = n.chars().take(90).collect();
                v = format!("{v} — {short}{}", if n.chars().count() > 90 { "…" } else { "" });
            }
            line(&mut o, &f.label, v, cite(c, &f.provenance, f.year));
        }
    }

    for s in c.ai_strategies.iter().filter(|s| s.country == country) {
        let _ = writeln!(o, "\nAI strategy: {} (released {})", s.title, s.released.as_deref().unwrap_or("date not given"));
        for h in &s.highlights {
            let _ = writeln!(o, "  • {h}");
        }
        let _ = writeln!(o, "  {}", cite(c, &s.provenance, s.year));
    }

    let heads: Vec<_> = c.scores.iter().filter(|s| s.country == country && s.framework == Framework::Europam && s.kind == ScoreKind::Headline).collect();
    if !heads.is_empty() {
        let _ = writeln!(o, "\nEUROPAM public accountability scores (0-100; European average in brackets)");
        for s in heads {
            let v = s.value.map(|v| v.to_string()).unwrap_or_else(|| "unknown".into());
            let r = s.reference_value.map(|v| format!(" ({v})")).unwrap_or_default();
            line(&mut o, &s.dimension, format!("{v}{r}"), cite(c, &s.provenance, s.year));
        }
    }
    let bench: Vec<_> = c
        .scores
        .iter()
        .filter(|s| s.country == country && s.framework == Framework::EgovBenchmark && s.kind == ScoreKind::Indicator && s.metric.as_deref() == Some("Overall scores"))
        .collect();
    if !bench.is_empty() {
        let _ = writeln!(o, "\neGovernment Benchmark, overall scores (EU27+ average in brackets)");
        for s in bench {
            let v = s.value.map(|v| v.to_string()).unwrap_or_else(|| "unknown".into());
            let r = s.reference_value.map(|v| format!(" ({v})")).unwrap_or_default();
            let p = s.period.as_deref().map(|p| format!(", measured {p}")).unwrap_or_default();
            line(&mut o, &s.dimension, format!("{v}{r}{p}"), cite(c, &s.provenance, s.year));
        }
    }

    let msq: Vec<_> = c.answers.iter().filter(|a| a.country == country && a.questionnaire.starts_with("UN MSQ") && a.item.is_none()).collect();
    if !msq.is_empty() {
        let count = |v: &str| msq.iter().filter(|a| a.answer.as_str() == v).count();
        let _ = writeln!(o, "\nUN E-Government Survey 2022 questionnaire: {} questions, yes {}, no {}, unknown {}", msq.len(), count("yes"), count("no"), count("unknown"));
        let _ = writeln!(o, "  {}", cite(c, &msq[0].provenance, msq[0].year).replace(&format!(" · {} ·", msq[0].provenance.locator), " · Q1-Q44 ·"));
    }
    let unknown = c.unknowns.iter().filter(|u| u.country == country).count();
    let _ = writeln!(o, "\n{unknown} values for {name} could not be established from the documents: see `govlens stats`.");
    Some(o)
}
