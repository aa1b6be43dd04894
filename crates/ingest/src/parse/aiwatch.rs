//! AI Watch pages "<Country>: Public Sector dimension of AI Strategy": highlights, the strategy
//! analysis (category -> measures, `n/a` kept), summary, the strategy's title and release date,
//! and the actions specific to the public sector.
use crate::doc::{Doc, Extract, ParseError};
use crate::text::first_year;
use govlens_core::{AiStrategy, StrategyCategory};

const TITLE_SUFFIX: &str = ": Public Sector dimension of AI Strategy";

fn bullet(l: &str) -> Option<&str> {
    let t = l.trim();
    t.strip_prefix('•').or_else(|| t.strip_prefix("- ")).map(str::trim)
}

/// A paragraph of prose rather than a category name: long and ending like a sentence.
fn is_prose(l: &str) -> bool {
    let t = l.trim();
    t.split_whitespace().count() > 8 && (t.ends_with('.') || t.ends_with(':'))
}

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    let mut ex = Extract::default();
    let (title_line, name) = doc
        .numbered()
        .find_map(|(n, l)| l.trim().strip_suffix(TITLE_SUFFIX).map(|c| (n, c.trim())))
        .ok_or_else(|| doc.error(None, format!("not an AI Watch strategy page: no '<Country>{TITLE_SUFFIX}' title")))?;
    doc.expect_country(name, title_line, "page is about")?;
    let find = |label: &str| doc.numbered().find(|(_, l)| l.trim() == label).map(|(n, _)| n);
    let need = |label: &str| {
        let at = find(label).ok_or_else(|| doc.error(None, format!("section '{label}' is missing")))?;
        match doc.range(at + 1, doc.len()).find(|(_, l)| l.trim() == label) {
            Some((again, _)) => Err(doc.error(Some(again), format!("section '{label}' appears twice (lines {at} and {again})"))),
            None => Ok(at),
        }
    };
    let highlights_at = need("Main highlights")?;
    let analysis_at = need("Strategy analysis")?;
    let general_at = need("General Information")?;
    if !(highlights_at < analysis_at && analysis_at < general_at) {
        return Err(doc.error(Some(analysis_at), "sections are out of order (expected Main highlights, Strategy analysis, General Information)"));
    }

    let highlights: Vec<String> = doc.range(highlights_at + 1, analysis_at - 1).filter_map(|(_, l)| bullet(l)).map(str::to_string).collect();
    if highlights.is_empty() {
        return Err(doc.error(Some(highlights_at), "'Main highlights' has no items"));
    }

    let mut analysis: Vec<StrategyCategory> = Vec::new();
    let mut summary: Vec<String> = Vec::new();
    let mut summary_start = None;
    for (n, l) in doc.range(analysis_at + 1, general_at - 1) {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        if !summary.is_empty() || (bullet(t).is_none() && is_prose(t)) {
            summary_start.get_or_insert(n);
            summary.push(t.to_string());
        } else if let Some(m) = bullet(t) {
            match analysis.last_mut() {
                Some(c) => c.measures.push(m.to_string()),
                None => return Err(doc.error(Some(n), "a measure comes before any category in 'Strategy analysis'")),
            }
        } else {
            analysis.push(StrategyCategory { category: t.to_string(), measures: vec![] });
        }
    }
    if analysis.is_empty() {
        return Err(doc.error(Some(analysis_at), "'Strategy analysis' has no categories"));
    }
    for c in &analysis {
        if c.measures.is_empty() {
            return Err(doc.error(Some(analysis_at), format!("category '{}' has no measures (not even 'n/a')", c.category)));
        }
        if c.measures.iter().any(|m| m == "n/a") {
            ex.unknowns.push(doc.unknown(
                "Strategy analysis",
                analysis_at,
                general_at - 1,
                format!("AI strategy measures for '{}'", c.category),
                "the page gives 'n/a': no measure identified in this category",
            ));
        }
    }

    // General Information: the strategy's title, then "Data of release" and its date.
    let rest: Vec<(usize, &str)> = doc.range(general_at + 1, doc.len()).filter(|(_, l)| !l.trim().is_empty()).collect();
    let title = rest.first().map(|(_, l)| l.trim().to_string()).ok_or_else(|| doc.error(Some(general_at), "'General Information' gives no strategy title"))?;
    let release_at = rest.iter().position(|(_, l)| l.trim().eq_ignore_ascii_case("Data of release") || l.trim().eq_ignore_ascii_case("Date of release"));
    let released = release_at.and_then(|i| rest.get(i + 1)).map(|(_, l)| l.trim().to_string());
    if released.is_none() {
        ex.unknowns.push(doc.unknown(
            "General Information",
            general_at,
            doc.len(),
            "release date of the AI strategy",
            "the page has no 'Date of release' entry",
        ));
    }
    let actions_at = rest.iter().position(|(_, l)| l.trim() == "Specific actions to public sector");
    let actions: Vec<String> = actions_at.map(|i| rest[i + 1..].iter().map(|(_, l)| l.trim().to_string()).collect()).unwrap_or_default();

    let para = |v: &[String]| v.join("\n");
    ex.passages.push(doc.passage(vec!["Main highlights".into()], para(&highlights), highlights_at, analysis_at - 1));
    let analysis_text = analysis.iter().map(|c| format!("{}: {}", c.category, c.measures.join("; "))).collect::<Vec<_>>();
    ex.passages.push(doc.passage(vec!["Strategy analysis".into()], para(&analysis_text), analysis_at, summary_start.unwrap_or(general_at) - 1));
    if let Some(s) = summary_start {
        ex.passages.push(doc.passage(vec!["Strategy analysis".into(), "Summary".into()], para(&summary), s, general_at - 1));
    }
    let mut general = vec![title.clone()];
    // The label as the page prints it ("Data of release" on Luxembourg's), not corrected.
    let release_label = release_at.and_then(|i| rest.get(i)).map(|(_, l)| l.trim()).unwrap_or("Date of release");
    general.extend(released.iter().map(|r| format!("{release_label}: {r}")));
    general.extend(actions.iter().cloned());
    ex.passages.push(doc.passage(vec!["General Information".into()], para(&general), general_at, doc.len()));

    ex.ai_strategies.push(AiStrategy {
        country: doc.country().into(),
        year: released.as_deref().and_then(first_year),
        title,
        released,
        highlights,
        analysis,
        summary,
        public_sector_actions: actions,
        provenance: doc.prov("General Information", title_line, doc.len()),
    });
    Ok(ex)
}
