//! AI Watch pages "<Country>: Public Sector dimension of AI Strategy": highlights, the strategy
//! analysis (category -> measures, `n/a` kept), summary, the strategy's title and release date,
//! and the actions specific to the public sector.
//!
//! Two layouts of the page are read:
//! - the older one (Luxembourg's, the Netherlands'): the title line, `•` bullets, each category
//!   a line with its measures as bullets under it (a blank line between them or not), the
//!   summary as prose after the analysis, then "General Information" (the strategy's title,
//!   "Date of release", "Specific actions to public sector");
//! - the current one (Finland's): no title line ("Introduction" first), `- ` bullets, the
//!   analysis as a pipe table `Category | measures |` whose cells may be empty and may run over
//!   lines (`Learning by doing |` then `|`), and a closing "Comment" in place of the summary and
//!   the general information.
//!
//! A section that is missing is an unknown with its line, and the rest is read; a page with
//! neither highlights, analysis nor summary is refused.
use crate::doc::{Doc, Extract, ParseError};
use crate::text::{first_year, heading};
use govlens_core::{AiStrategy, StrategyCategory};

const TITLE_SUFFIX: &str = ": Public Sector dimension of AI Strategy";
/// The section headings, in the page's order.
const HEADINGS: &[&str] = &["Main highlights", "Strategy analysis", "General Information", "Comment"];

fn bullet(l: &str) -> Option<&str> {
    let t = l.trim();
    t.strip_prefix('•').or_else(|| t.strip_prefix("- ")).map(str::trim)
}

/// A paragraph of prose rather than a category name: long and ending like a sentence.
fn is_prose(l: &str) -> bool {
    let t = l.trim();
    t.split_whitespace().count() > 8 && (t.ends_with('.') || t.ends_with(':'))
}

/// A line of the pipe table: its cells before, between and after the `|`s, trimmed.
fn cells(l: &str) -> Option<Vec<&str>> {
    l.contains('|').then(|| l.split('|').map(str::trim).collect())
}

/// What one line of the strategy analysis is.
enum AnalysisLine<'a> {
    /// A category, with the measures given on its line.
    Category(&'a str, Vec<String>),
    /// Measures of the category above.
    Measures(Vec<String>),
    /// Nothing to read (a blank, the end of a table cell, a table's header or rule).
    Nothing,
    /// The summary's prose begins.
    Prose,
}

fn analysis_line(l: &str) -> AnalysisLine<'_> {
    let t = l.trim();
    if t.is_empty() {
        return AnalysisLine::Nothing;
    }
    if let Some(cs) = cells(t) {
        let measures = |cs: &[&str]| {
            cs.iter().flat_map(|c| c.split("<br>")).map(str::trim).filter(|m| !m.is_empty()).map(|m| m.trim_start_matches("- ").to_string()).collect()
        };
        let rule = cs.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
        let header = cs.iter().find(|c| !c.is_empty()).is_some_and(|c| ["category", "dimension", "area"].contains(&c.to_lowercase().as_str()));
        if rule || header {
            return AnalysisLine::Nothing;
        }
        let filled: Vec<&str> = cs.iter().copied().filter(|c| !c.is_empty()).collect();
        return match (cs[0].is_empty(), filled.len()) {
            // `Category | measures |`, the category first on its line.
            (false, _) => AnalysisLine::Category(cs[0], measures(&cs[1..])),
            // `| Category | measures |`: a Markdown row.
            (true, n) if n >= 2 => AnalysisLine::Category(filled[0], measures(&filled[1..])),
            // `| measures |` or a lone `|`: the cell of the category above, or its end.
            (true, _) => AnalysisLine::Measures(measures(&cs)),
        };
    }
    if let Some(m) = bullet(t) {
        return AnalysisLine::Measures(vec![m.to_string()]);
    }
    if is_prose(t) {
        return AnalysisLine::Prose;
    }
    AnalysisLine::Category(t, vec![])
}

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    let mut ex = Extract::default();
    // The older layout's title names the country; the current one has none, and the manifest's
    // country stands.
    let title_at = doc.numbered().find_map(|(n, l)| heading(l).strip_suffix(TITLE_SUFFIX).map(|c| (n, c.trim())));
    if let Some((n, name)) = title_at {
        doc.expect_country(name, n, "page is about")?;
    }
    let title_line = title_at.map(|(n, _)| n).unwrap_or(1);
    let mut at: Vec<Option<usize>> = Vec::new();
    for label in HEADINGS {
        let mut found = doc.numbered().filter(|(_, l)| heading(l).eq_ignore_ascii_case(label)).map(|(n, _)| n);
        let first = found.next();
        if let (Some(a), Some(again)) = (first, found.next()) {
            return Err(doc.error(Some(again), format!("section '{label}' appears twice (lines {a} and {again})")));
        }
        at.push(first);
    }
    let (highlights_at, analysis_at, general_at, comment_at) = (at[0], at[1], at[2], at[3]);
    if highlights_at.is_none() && analysis_at.is_none() {
        return Err(doc.error(
            None,
            format!("not an AI Watch strategy page: neither 'Main highlights' nor 'Strategy analysis' (and no '<Country>{TITLE_SUFFIX}' title)"),
        ));
    }
    let present: Vec<(usize, &str)> = at.iter().zip(HEADINGS).filter_map(|(a, h)| a.map(|a| (a, *h))).collect();
    if let Some(w) = present.windows(2).find(|w| w[1].0 < w[0].0) {
        return Err(doc.error(
            Some(w[1].0),
            format!("section '{}' comes before '{}' (expected Main highlights, Strategy analysis, then General Information or Comment)", w[1].1, w[0].1),
        ));
    }
    // Each section ends where the next present one starts.
    let end_of = |start: usize| present.iter().map(|(a, _)| *a).find(|&a| a > start).map(|a| a - 1).unwrap_or(doc.len());

    let mut highlights: Vec<String> = Vec::new();
    match highlights_at {
        Some(h) => {
            highlights = doc.range(h + 1, end_of(h)).filter_map(|(_, l)| bullet(l)).map(str::to_string).collect();
            if highlights.is_empty() {
                doc.missing(&mut ex, "Main highlights", h, "highlights of the AI strategy", "'Main highlights' has no items");
            }
        }
        None => doc.missing(&mut ex, "Main highlights", title_line, "highlights of the AI strategy", "the page has no 'Main highlights' section"),
    }

    let mut analysis: Vec<(usize, StrategyCategory)> = Vec::new();
    let mut summary: Vec<String> = Vec::new();
    let mut summary_start = None;
    let analysis_end = analysis_at.map(end_of).unwrap_or(0);
    if let Some(a) = analysis_at {
        for (n, l) in doc.range(a + 1, analysis_end) {
            if !summary.is_empty() {
                if !l.trim().is_empty() {
                    summary.push(l.trim().to_string());
                }
                continue;
            }
            match analysis_line(l) {
                AnalysisLine::Nothing => {}
                AnalysisLine::Prose => {
                    summary_start = Some(n);
                    summary.push(l.trim().to_string());
                }
                AnalysisLine::Measures(ms) => match analysis.last_mut() {
                    Some((_, c)) => c.measures.extend(ms),
                    None if ms.is_empty() => {}
                    None => return Err(doc.error(Some(n), "a measure comes before any category in 'Strategy analysis'")),
                },
                AnalysisLine::Category(name, ms) => analysis.push((n, StrategyCategory { category: name.to_string(), measures: ms })),
            }
        }
        if analysis.is_empty() {
            doc.missing(&mut ex, "Strategy analysis", a, "the AI strategy's categories and measures", "'Strategy analysis' has no categories");
        }
    } else {
        let line = highlights_at.map(end_of).unwrap_or(title_line);
        doc.missing(&mut ex, "Strategy analysis", line, "the AI strategy's categories and measures", "the page has no 'Strategy analysis' section");
    }
    let analysis_locator_end = summary_start.map(|s| s - 1).unwrap_or(analysis_end);
    for (n, c) in &analysis {
        if c.measures.is_empty() {
            ex.unknowns.push(doc.unknown(
                "Strategy analysis",
                *n,
                *n,
                format!("AI strategy measures for '{}'", c.category),
                "the page names the category and gives no measure under it (its table cell is empty)",
            ));
        } else if c.measures.iter().any(|m| m == "n/a") {
            ex.unknowns.push(doc.unknown(
                "Strategy analysis",
                analysis_at.unwrap_or(*n),
                general_at.map(|g| g - 1).unwrap_or(analysis_locator_end),
                format!("AI strategy measures for '{}'", c.category),
                "the page gives 'n/a': no measure identified in this category",
            ));
        }
    }

    // The current layout's "Comment" is its summary.
    let mut comment_range = None;
    if let Some(c) = comment_at {
        let lines: Vec<(usize, &str)> = doc.range(c + 1, end_of(c)).filter(|(_, l)| !l.trim().is_empty()).collect();
        if let (Some(first), Some(last)) = (lines.first(), lines.last()) {
            comment_range = Some((first.0, last.0));
            summary.extend(lines.iter().map(|(_, l)| l.trim().to_string()));
        }
    }

    // General Information: the strategy's title, then "Data of release" and its date.
    let (mut title, mut released, mut actions, mut release_label) = (String::new(), None, Vec::new(), "Date of release".to_string());
    match general_at {
        Some(g) => {
            let rest: Vec<(usize, &str)> = doc.range(g + 1, end_of(g)).filter(|(_, l)| !l.trim().is_empty()).collect();
            match rest.first() {
                Some((_, l)) => title = l.trim().to_string(),
                None => ex.unknowns.push(doc.unknown("General Information", g, g, "title of the AI strategy", "'General Information' gives no strategy title")),
            }
            let release_at =
                rest.iter().position(|(_, l)| l.trim().eq_ignore_ascii_case("Data of release") || l.trim().eq_ignore_ascii_case("Date of release"));
            released = release_at.and_then(|i| rest.get(i + 1)).map(|(_, l)| l.trim().to_string());
            if released.is_none() {
                ex.unknowns.push(doc.unknown(
                    "General Information",
                    g,
                    doc.len(),
                    "release date of the AI strategy",
                    "the page has no 'Date of release' entry",
                ));
            }
            // The label as the page prints it ("Data of release" on Luxembourg's), not corrected.
            if let Some(l) = release_at.and_then(|i| rest.get(i)) {
                release_label = l.1.trim().to_string();
            }
            let actions_at = rest.iter().position(|(_, l)| heading(l).eq_ignore_ascii_case("Specific actions to public sector"));
            actions = actions_at.map(|i| rest[i + 1..].iter().map(|(_, l)| l.trim().to_string()).collect()).unwrap_or_default();
        }
        None if comment_at.is_some() => {
            let line = comment_at.unwrap_or(1);
            let reason = "the page's layout (a closing 'Comment', no 'General Information') does not give it";
            ex.unknowns.push(doc.unknown("Comment", line, line, "title of the AI strategy", reason));
            ex.unknowns.push(doc.unknown("Comment", line, line, "release date of the AI strategy", reason));
        }
        None => doc.missing(
            &mut ex,
            "General Information",
            doc.len(),
            "title and release date of the AI strategy",
            "the page has neither 'General Information' nor a closing 'Comment'",
        ),
    }
    if highlights.is_empty() && analysis.is_empty() && summary.is_empty() {
        return Err(doc.error(
            analysis_at.or(highlights_at),
            "nothing to read: 'Main highlights' has no items, 'Strategy analysis' no categories, and there is no summary",
        ));
    }

    let para = |v: &[String]| v.join("\n");
    if let (Some(h), false) = (highlights_at, highlights.is_empty()) {
        ex.passages.push(doc.passage(vec!["Main highlights".into()], para(&highlights), h, end_of(h)));
    }
    let analysis: Vec<StrategyCategory> = analysis.into_iter().map(|(_, c)| c).collect();
    if let (Some(a), false) = (analysis_at, analysis.is_empty()) {
        let text = analysis
            .iter()
            .map(|c| if c.measures.is_empty() { format!("{}: (no measure given)", c.category) } else { format!("{}: {}", c.category, c.measures.join("; ")) })
            .collect::<Vec<_>>();
        ex.passages.push(doc.passage(vec!["Strategy analysis".into()], para(&text), a, analysis_locator_end));
    }
    if let Some(s) = summary_start {
        let prose_end = comment_at.map(|c| c - 1).unwrap_or(analysis_end);
        let prose: Vec<String> = doc.range(s, prose_end).map(|(_, l)| l.trim()).filter(|l| !l.is_empty()).map(str::to_string).collect();
        ex.passages.push(doc.passage(vec!["Strategy analysis".into(), "Summary".into()], para(&prose), s, prose_end));
    }
    if let (Some(c), Some((first, last))) = (comment_at, comment_range) {
        let text: Vec<String> = doc.range(first, last).map(|(_, l)| l.trim()).filter(|l| !l.is_empty()).map(str::to_string).collect();
        ex.passages.push(doc.passage(vec!["Comment".into()], para(&text), c, last));
    }
    if let Some(g) = general_at {
        let mut general = vec![title.clone()];
        general.extend(released.iter().map(|r| format!("{release_label}: {r}")));
        general.extend(actions.iter().cloned());
        ex.passages.push(doc.passage(vec!["General Information".into()], para(&general), g, end_of(g)));
    }

    let locator = if general_at.is_some() { "General Information" } else { "Strategy analysis" };
    ex.ai_strategies.push(AiStrategy {
        country: doc.country().into(),
        year: released.as_deref().and_then(first_year),
        title: std::mem::take(&mut title),
        released,
        highlights,
        analysis,
        summary,
        public_sector_actions: std::mem::take(&mut actions),
        provenance: doc.prov(locator, title_line, doc.len()),
    });
    Ok(ex)
}
