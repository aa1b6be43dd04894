//! EUROPAM country pages: headline scores with the European average, country facts, per
//! dimension the score tables (primary metrics, alternative metrics per type of official), the
//! qualitative answers with their legal citations, and the legislation list.
//!
//! The page's text conversion runs each table row's cells together ("Ministers053535337");
//! [`super::split`] reads them back and every reading is recorded as a repair.
use super::split::{mean, resolve_table};
use crate::doc::{Doc, Extract, Fix, ParseError};
use crate::text::{excerpt, fmt_number, join_lines, re};
use govlens_core::{countries, Answer, AnswerValue, Basis, Fact, Framework, Questionnaire, Score, ScoreKind};
use regex::Regex;

const QUESTIONNAIRE: Questionnaire = Questionnaire::Europam;
/// The headline must equal the mean of the latest primary values within this much.
const HEADLINE_TOLERANCE: f64 = 1.0;

/// Country facts as the page labels them: (label prefix, fact, unit).
const FACT_LABELS: &[(&str, &str, Option<&str>)] = &[
    ("Income", "income_group", None),
    ("GNI per capita (2011 PPP $)", "gni_per_capita_ppp", Some("2011 PPP $")),
    ("Population, total", "population", Some("inhabitants")),
    ("Urban population (% of total)", "urban_population", Some("% of total")),
    ("Internet users (per 100 people)", "internet_users", Some("per 100 people")),
    ("Life expectancy at birth (years)", "life_expectancy", Some("years")),
    ("Mean years of schooling (years)", "mean_years_schooling", Some("years")),
    ("Global Competitiveness Index", "global_competitiveness_index", Some("index (1-7)")),
];

struct Headline {
    dimension: String,
    /// `None` where the page gives no headline score.
    value: Option<f64>,
    average: Option<f64>,
    line: usize,
}

/// The dimensions EUROPAM scores, in the order its pages give them: what a page without its
/// headline list is read for.
const DIMENSIONS: &[&str] = &["Political Financing", "Financial Disclosure", "Conflict of Interest", "Freedom of Information", "Public Procurement"];

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    let mut ex = Extract::default();
    // The banner is optional (another conversion omits it); a page has its score list or its
    // facts.
    let banner = doc.numbered().take(8).any(|(_, l)| l.trim() == "EUROPAM");
    let score_list = find(doc, 1, |l| l.starts_with("Country score"));
    let facts_at = find(doc, 1, |l| l.eq_ignore_ascii_case("Country Facts"));
    if !banner && score_list.is_none() && facts_at.is_none() {
        return Err(doc.error(Some(1), "not a EUROPAM page: no 'EUROPAM' title in its first lines, no 'Country score' list and no 'Country Facts'"));
    }
    check_country(doc)?;
    let mut headlines = parse_headlines(doc, score_list, &mut ex)?;
    parse_facts(doc, facts_at, &mut ex);

    // Each dimension's section starts at a line that is exactly its name. Without headline
    // scores, the page is read for EUROPAM's five dimensions.
    let facts_end = find(doc, facts_at.unwrap_or(1), |l| l.starts_with("Sources:")).or(facts_at).unwrap_or(1);
    if headlines.iter().all(|h| h.value.is_none()) {
        for d in DIMENSIONS {
            if !headlines.iter().any(|h| h.dimension == *d) {
                headlines.push(Headline { dimension: d.to_string(), value: None, average: None, line: score_list.unwrap_or(facts_end) });
            }
        }
    }
    let mut starts: Vec<(usize, &Headline)> = Vec::new();
    for h in &headlines {
        let Some(at) = find(doc, facts_end, |l| l.eq_ignore_ascii_case(&h.dimension)) else {
            let reason = match h.value {
                Some(_) => format!("the section of dimension '{}' is missing (its headline is on line {})", h.dimension, h.line),
                None => format!("the section of dimension '{}' is missing", h.dimension),
            };
            doc.missing(&mut ex, &h.dimension, doc.len(), format!("{} scores, answers and summary", h.dimension), reason);
            if h.value.is_some() {
                headline_score(doc, h, None, &[], &mut ex);
            }
            continue;
        };
        if let Some(again) = find(doc, at + 1, |l| l.eq_ignore_ascii_case(&h.dimension)) {
            return Err(doc.error(Some(again), format!("the section of dimension '{}' appears twice (lines {at} and {again})", h.dimension)));
        }
        starts.push((at, h));
    }
    for w in starts.windows(2) {
        if w[1].0 <= w[0].0 {
            return Err(doc.error(Some(w[1].0), "dimension sections are out of the order of the headline scores"));
        }
    }
    for (i, (start, h)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map(|s| s.0 - 1).unwrap_or(doc.len());
        parse_dimension(doc, h, *start, end, &mut ex);
    }
    if ex.scores.is_empty() && ex.facts.is_empty() && ex.passages.is_empty() {
        return Err(doc.error(score_list.or(facts_at), "nothing to read: no headline score, country fact or dimension section"));
    }
    Ok(ex)
}

/// The first line from `from` on that `pred` accepts, given without Markdown heading marks
/// (another conversion writes `## Political Financing`).
fn find(doc: &Doc, from: usize, pred: impl Fn(&str) -> bool) -> Option<usize> {
    doc.range(from, doc.len()).find(|(_, l)| pred(l.trim().trim_start_matches('#').trim())).map(|(n, _)| n)
}

/// The page's country: the line after the banner's "European Public Accountability
/// Mechanisms", or, in a conversion without the banner, its first line that is a country's or
/// an entity's name. A page that names none stands under its manifest entry.
fn check_country(doc: &Doc) -> Result<(), ParseError> {
    if let Some(banner) = find(doc, 1, |l| l.eq_ignore_ascii_case("European Public Accountability Mechanisms")) {
        let (n, name) = doc
            .range(banner + 1, doc.len())
            .find(|(_, l)| !l.trim().is_empty())
            .ok_or_else(|| doc.error(Some(banner), "no country name after 'European Public Accountability Mechanisms'"))?;
        return doc.expect_country(name, n, "page is about").map(drop);
    }
    let named = doc.numbered().take(10).find(|(_, l)| countries::code_of(l.trim()).is_some());
    match named {
        Some((n, name)) => doc.expect_country(name, n, "page is about").map(drop),
        None => Ok(()),
    }
}

fn parse_headlines(doc: &Doc, at: Option<usize>, ex: &mut Extract) -> Result<Vec<Headline>, ParseError> {
    let r = re!(r"^\s*[•*-]?\s*(\d{1,3})\s*\((\d{1,3})\)\s*(\S.*?)\s*$");
    let Some(at) = at else {
        return Ok(vec![]);
    };
    let mut out = Vec::new();
    for (n, l) in doc.range(at + 1, doc.len()) {
        let t = l.trim();
        if (t.is_empty() && !out.is_empty()) || t == "Country Facts" {
            break;
        }
        if t.is_empty() {
            continue;
        }
        if let Some(c) = r.captures(l) {
            let value: f64 = c[1].parse().unwrap_or(f64::NAN);
            let average: f64 = c[2].parse().unwrap_or(f64::NAN);
            if !(0.0..=100.0).contains(&value) || !(0.0..=100.0).contains(&average) {
                ex.unknowns.push(doc.unknown("Country score", n, n, format!("headline score '{}'", excerpt(t, 80)), "out of 0..100"));
                continue;
            }
            out.push(Headline { dimension: c[3].to_string(), value: Some(value), average: Some(average), line: n });
        } else if t.starts_with('*') {
            // The list's footnote (`*European average of ...`): no score.
        } else {
            ex.unknowns.push(doc.unknown(
                "Country score",
                n,
                n,
                format!("headline score line '{}'", excerpt(t, 80)),
                "unreadable: expected '• 56(66) Dimension' (the score, the European average in brackets, the dimension)",
            ));
        }
    }
    if out.is_empty() {
        ex.unknowns.push(doc.unknown(
            "Country score",
            at,
            at,
            "the headline scores of every dimension",
            "the page gives the 'Country score (European Average*)' heading and no score under it",
        ));
    }
    Ok(out)
}

/// The country facts, as the page's conversion runs label and value together
/// (`Population, total582972.00`) or as `Label | value |` rows; numbers read as the
/// document's language writes them (`18,202,441` in English).
fn parse_facts(doc: &Doc, at: Option<usize>, ex: &mut Extract) {
    let Some(at) = at else {
        doc.missing(ex, "Country Facts", 1, "the country facts (income, GNI, population, ...)", "the page has no 'Country Facts' section");
        return;
    };
    // The facts end at their "Sources:" line, or, in a conversion without it, before the first
    // dimension's section.
    let sources_line = find(doc, at, |l| l.starts_with("Sources:"));
    let end = sources_line.unwrap_or_else(|| find(doc, at + 1, |l| DIMENSIONS.contains(&l)).map(|n| n - 1).unwrap_or(doc.len()));
    let sources = sources_line.map(|n| doc.line(n).trim().trim_start_matches("Sources:").trim().trim_end_matches('.').to_string());
    let last_fact = if sources_line.is_some() { end - 1 } else { end };
    for (n, l) in doc.range(at + 1, last_fact) {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        let Some((label, fact, unit)) = FACT_LABELS.iter().find(|(p, _, _)| l.starts_with(p)) else {
            ex.unknowns.push(doc.unknown("Country Facts", n, n, format!("country fact '{l}'"), "label not recognised as a EUROPAM country fact"));
            continue;
        };
        // `Label582972.00`, `Label | 582972.00 |` or `Label: 582972.00`.
        let raw = l[label.len()..].trim().trim_start_matches(['|', ':']).trim_end_matches('|').trim();
        let num = crate::text::number_in(raw, &doc.meta.language);
        if unit.is_some() {
            if let Err(why) = &num {
                ex.unknowns.push(doc.unknown("Country Facts", n, n, label.to_string(), format!("value {why}")));
                continue;
            }
        }
        let num = num.ok();
        ex.facts.push(Fact {
            country: doc.country().into(),
            fact: (*fact).into(),
            label: (*label).into(),
            value: num.map(fmt_number).unwrap_or_else(|| raw.to_string()),
            number: num,
            unit: unit.map(Into::into),
            year: None,
            period: None,
            url: None,
            note: sources.as_ref().map(|s| format!("Sources: {s}")),
            provenance: doc.prov("Country Facts", n, n),
        });
    }
    let reason = match &sources {
        Some(s) => format!("the page does not say which year its figures ({s}) refer to"),
        None => "the page does not say which year its figures refer to, nor their sources".to_string(),
    };
    ex.unknowns.push(doc.unknown("Country Facts", at, end, "year of the country facts", reason));
    let text = join_lines(doc.range(at + 1, end).map(|(_, l)| l));
    ex.passages.push(doc.passage(vec!["Country Facts".into()], text, at, end));
}

/// A score table: its year columns and rows of (line, label, digits).
struct Table {
    header: usize,
    years: Vec<u16>,
    rows: Vec<(usize, String, String)>,
    /// Each row's values where the conversion keeps the cells apart (`Label | 67 | 67 |`):
    /// read as they are, with nothing to repair.
    cells: Option<Vec<Vec<u32>>>,
}

fn parse_table(doc: &Doc, title_line: usize, end: usize) -> Result<Table, ParseError> {
    let header_re = re!(r"^((?:(?:19|20)\d{2})+)\s*(?:Trend)?$");
    let row_re = re!(r"^(.*\D)(\d+)$");
    let (header, years_text) = doc
        .range(title_line + 1, end)
        .find(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| (n, l.trim()))
        .ok_or_else(|| doc.error(Some(title_line), "score table has no header"))?;
    if years_text.contains('|') {
        return parse_pipe_table(doc, header, years_text, end);
    }
    let caps = header_re
        .captures(years_text)
        .ok_or_else(|| doc.error(Some(header), format!("score table header '{}' is not a run of years", excerpt(years_text, 80))))?;
    let years: Vec<u16> = caps[1].as_bytes().chunks(4).filter_map(|c| std::str::from_utf8(c).ok()?.parse().ok()).collect();
    let mut rows = Vec::new();
    for (n, l) in doc.range(header + 1, end) {
        let l = l.trim();
        if l.is_empty() {
            break;
        }
        let c = row_re.captures(l).ok_or_else(|| doc.error(Some(n), format!("score table row '{}' has no values", excerpt(l, 80))))?;
        rows.push((n, c[1].trim().to_string(), c[2].to_string()));
    }
    if rows.is_empty() {
        return Err(doc.error(Some(header), "score table has no rows"));
    }
    Ok(Table { header, years, rows, cells: None })
}

/// A score table whose cells the conversion keeps apart: `| 2012 | 2015 | Trend |` (or without
/// the outer bars), then `Label | 67 | 67 |` rows.
fn parse_pipe_table(doc: &Doc, header: usize, header_text: &str, end: usize) -> Result<Table, ParseError> {
    let years: Vec<u16> = header_text.split('|').map(str::trim).filter_map(|c| c.parse().ok()).filter(|y| (1990..=2100).contains(y)).collect();
    if years.is_empty() {
        return Err(doc.error(Some(header), format!("score table header '{}' names no year", excerpt(header_text, 80))));
    }
    let (mut rows, mut cells) = (Vec::new(), Vec::new());
    for (n, l) in doc.range(header + 1, end) {
        let l = l.trim();
        if l.is_empty() || !l.contains('|') {
            break;
        }
        let cs: Vec<&str> = l.split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
        if cs.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':'))) {
            continue; // a Markdown rule
        }
        let Some((label, values)) = cs.split_first() else { continue };
        let values: Result<Vec<u32>, _> = values.iter().map(|v| v.parse::<u32>()).collect();
        match values {
            Ok(v) if !v.is_empty() && v.len() <= years.len() && v.iter().all(|x| *x <= 100) => {
                rows.push((n, label.to_string(), v.iter().map(u32::to_string).collect::<Vec<_>>().join(" | ")));
                cells.push(v);
            }
            _ => return Err(doc.error(Some(n), format!("score table row '{}' is not a label and up to {} values in 0..100", excerpt(l, 80), years.len()))),
        }
    }
    if rows.is_empty() {
        return Err(doc.error(Some(header), "score table has no rows"));
    }
    Ok(Table { header, years, rows, cells: Some(cells) })
}

fn parse_dimension(doc: &Doc, h: &Headline, start: usize, end: usize, ex: &mut Extract) {
    let dim = h.dimension.as_str();
    let find_in = |pred: &dyn Fn(&str) -> bool, from: usize| doc.range(from, end).find(|(_, l)| pred(l.trim().trim_start_matches('#').trim())).map(|(n, _)| n);
    let quant = find_in(&|l| l.eq_ignore_ascii_case("Quantitative Data"), start);
    let qual = find_in(&|l| l.eq_ignore_ascii_case("Qualitative Data"), quant.unwrap_or(start)).unwrap_or(end);
    let legislation = find_in(&|l| l.eq_ignore_ascii_case("Legislation"), qual).unwrap_or(end);
    let update_line = find_in(&|l| l.starts_with("*Last update:") || l.starts_with("Last update:"), qual);
    let updated: Option<u16> = update_line.and_then(|n| crate::text::first_year(doc.line(n)));

    summary(doc, dim, (start + 1, quant.unwrap_or(qual.min(legislation)) - 1), ex);

    // Score tables: a dimension without them keeps its summary and answers.
    let tables = quant
        .ok_or_else(|| (start, format!("dimension '{dim}' has no 'Quantitative Data'")))
        .and_then(|quant| {
            find_in(&|l| l.eq_ignore_ascii_case("Primary Metric"), quant)
                .filter(|&n| n < qual)
                .ok_or_else(|| (quant, format!("dimension '{dim}' has no 'Primary Metric' table")))
        })
        .and_then(|title| parse_table(doc, title, qual).map_err(|e| (e.line.unwrap_or(title), e.message)));
    let (primary, alternative) = match tables {
        Ok(primary) => {
            let alt_title = find_in(&|l| l.eq_ignore_ascii_case("Alternative Metric"), primary.header).filter(|&n| n < qual);
            let alternative = match alt_title.map(|t| parse_table(doc, t, qual)).transpose() {
                Ok(a) => a,
                Err(e) => {
                    let line = e.line.unwrap_or(primary.header);
                    ex.unknowns.push(doc.unknown(&format!("{dim} / Alternative Metric"), line, line, format!("{dim} alternative metric scores"), e.message));
                    None
                }
            };
            (Some(primary), alternative)
        }
        Err((line, why)) => {
            doc.missing(ex, &format!("{dim} / Quantitative Data"), line, format!("{dim} scores"), why);
            (None, None)
        }
    };
    let headline_year = primary.as_ref().and_then(|p| read_table(doc, dim, p, ScoreKind::Primary, Some(h), ex));
    if let Some(alt) = &alternative {
        read_table(doc, dim, alt, ScoreKind::Alternative, None, ex);
    }
    headline_score(doc, h, headline_year, primary.as_ref().map(|p| p.years.as_slice()).unwrap_or(&[]), ex);
    if let (Some(u), Some(y), Some(n)) = (updated, headline_year, update_line) {
        ex.checks.push(doc.check(
            &format!("{dim} / Last update"),
            "the page's 'Last update' agrees with the year of its scores",
            u >= y,
            if u >= y {
                format!("last update {u}, scores of {y}")
            } else {
                format!("line {n} says 'Last update: {u}' but the headline matches the {y} column; read as the date of the qualitative data, which is dated {u} here")
            },
        ));
    }

    // Qualitative answers.
    let officials: Vec<String> = alternative.as_ref().map(|t| t.rows.iter().map(|r| r.1.clone()).collect()).unwrap_or_default();
    let metrics: Vec<String> = primary.as_ref().map(|p| p.rows.iter().map(|r| r.1.clone()).collect()).unwrap_or_default();
    if qual < end {
        parse_answers(doc, dim, &officials, &metrics, (qual + 1, legislation.saturating_sub(1)), updated, ex);
    }
    if legislation < end {
        let stop = update_line.unwrap_or(end);
        let laws: Vec<&str> = doc.range(legislation + 1, stop - 1).map(|(_, l)| l.trim()).filter(|l| !l.is_empty()).collect();
        if !laws.is_empty() {
            ex.passages.push(doc.passage(vec![dim.into(), "Legislation".into()], laws.join("\n"), legislation, stop - 1));
        }
    }
}

/// A dimension's summary paragraphs (lines `from..=to`): searchable text, and a check that they
/// speak of this page's country.
fn summary(doc: &Doc, dim: &str, (from, to): (usize, usize), ex: &mut Extract) {
    let summary_lines: Vec<(usize, &str)> = doc.range(from, to).filter(|(_, l)| !l.trim().is_empty()).collect();
    if let (Some(first), Some(last)) = (summary_lines.first(), summary_lines.last()) {
        let text = summary_lines.iter().map(|(_, l)| l.trim()).collect::<Vec<_>>().join("\n");
        ex.passages.push(doc.passage(vec![dim.into(), "Summary".into()], text.clone(), first.0, last.0));
        let own = countries::name_of(doc.country()).unwrap_or("");
        let others: Vec<&str> = countries::all_names()
            .filter(|(c, n)| *c != doc.country() && Regex::new(&format!(r"\b{}\b", regex::escape(n))).is_ok_and(|r| r.is_match(&text)))
            .map(|(_, n)| n)
            .collect();
        let mentions_own = text.contains(own);
        ex.checks.push(doc.check(
            &format!("{dim} / summary"),
            "the dimension's summary is about the page's country",
            others.is_empty() || mentions_own,
            if others.is_empty() {
                "names no other country".to_string()
            } else {
                format!("names {} and not {own}: the summary text may belong to another country's page; kept as published", others.join(", "))
            },
        ));
    }
}

/// The dimension's headline score, tied to the year of the column its table agrees with; where
/// none does, its year is unknown and the table's years are its candidates.
fn headline_score(doc: &Doc, h: &Headline, year: Option<u16>, table_years: &[u16], ex: &mut Extract) {
    let dim = h.dimension.as_str();
    let Some(value) = h.value else {
        ex.unknowns.push(doc.unknown(
            &format!("Country score / {dim}"),
            h.line,
            h.line,
            format!("the {dim} headline score"),
            "the page's 'Country score (European Average*)' list gives no value for it",
        ));
        return;
    };
    ex.scores.push(Score {
        country: doc.country().into(),
        framework: Framework::Europam,
        dimension: dim.into(),
        metric: None,
        kind: ScoreKind::Headline,
        year,
        year_candidates: if year.is_some() { vec![] } else { table_years.to_vec() },
        period: None,
        value: Some(value),
        reference_value: h.average,
        reference_label: Some("European average".into()),
        provenance: doc.prov(format!("Country score / {dim}"), h.line, h.line),
    });
    if year.is_none() {
        ex.unknowns.push(doc.unknown(
            &format!("Country score / {dim}"),
            h.line,
            h.line,
            format!("year of the {dim} headline score"),
            if table_years.is_empty() {
                "the page has no score table for the dimension to tie the headline to a year"
            } else {
                "the headline does not match the latest values of its table, so its year cannot be tied to a column"
            },
        ));
    }
}

/// Reads a table's rows into scores; returns the year of the headline when the check ties it to
/// the last column.
fn read_table(doc: &Doc, dim: &str, t: &Table, kind: ScoreKind, headline: Option<&Headline>, ex: &mut Extract) -> Option<u16> {
    let table_name = if kind == ScoreKind::Primary { "Primary Metric" } else { "Alternative Metric" };
    let locator = format!("{dim} / {table_name}");
    let digits: Vec<&str> = t.rows.iter().map(|r| r.2.as_str()).collect();
    let headline = headline.and_then(|h| h.value.map(|v| (h, v)));
    let res = match &t.cells {
        Some(cells) => Some(super::split::Resolution {
            count: cells.iter().map(Vec::len).max().unwrap_or(0),
            rows: cells.iter().cloned().map(Some).collect(),
            readings: 1,
            reason: "the conversion keeps the cells apart".into(),
        }),
        None => resolve_table(&digits, t.years.len(), headline.map(|(_, v)| v), HEADLINE_TOLERANCE),
    };
    let Some(res) = res else {
        for (n, label, d) in &t.rows {
            ex.unknowns.push(doc.unknown(
                &locator,
                *n,
                *n,
                format!("{dim} / {label}: values '{d}'"),
                format!("no reading of the digits gives {} or fewer values in 0..100 consistent with the table", t.years.len()),
            ));
        }
        if let Some((_, v)) = headline {
            ex.checks.push(doc.check(
                &locator,
                "headline equals the mean of the latest primary values (within 1)",
                false,
                format!("no reading of the table fits the headline {v}"),
            ));
        }
        return None;
    };
    let full = res.count == t.years.len();
    let last_year = *t.years.last()?;
    let mut latest = Vec::new();
    for ((n, label, d), values) in t.rows.iter().zip(&res.rows) {
        let Some(values) = values else {
            ex.unknowns.push(doc.unknown(
                &locator,
                *n,
                *n,
                format!("{dim} / {label}: values '{d}'"),
                format!("the digits have several readings and nothing in the page decides between them ({})", res.reason),
            ));
            continue;
        };
        latest.push(*values.last()? as f64);
        let shown: Vec<String> = values.iter().map(u32::to_string).collect();
        if t.cells.is_none() {
            ex.repairs.push(doc.repair(
                &locator,
                *n,
                *n,
                Fix {
                    what: format!("{dim} / {label}: cells run together"),
                    original: format!("{label}{d}"),
                    repaired: format!("{label}: {}", shown.join(", ")),
                    method: res.reason.clone(),
                },
            ));
        }
        for (i, v) in values.iter().enumerate() {
            let is_last = i + 1 == values.len();
            let (year, candidates) = if full {
                (Some(t.years[i]), vec![])
            } else if is_last {
                (Some(last_year), vec![])
            } else {
                (None, t.years[..t.years.len() - 1].to_vec())
            };
            ex.scores.push(Score {
                country: doc.country().into(),
                framework: Framework::Europam,
                dimension: dim.into(),
                metric: Some(label.clone()),
                kind,
                year,
                year_candidates: candidates,
                period: None,
                value: Some(*v as f64),
                reference_value: None,
                reference_label: None,
                provenance: doc.prov(format!("{locator} / {label}"), *n, *n),
            });
        }
        if !full {
            let earlier: Vec<String> = values[..values.len() - 1].iter().map(u32::to_string).collect();
            ex.unknowns.push(doc.unknown(
                &locator,
                *n,
                *n,
                format!("{dim} / {label}: years of the values {}", earlier.join(", ")),
                format!(
                    "the row has {} values for {} year columns ({}); the last is {last_year} (the headline matches it), the page does not say which of the earlier columns the others fill",
                    values.len(),
                    t.years.len(),
                    t.years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    let (_, h_value) = headline?;
    let all_rows = latest.len() == t.rows.len();
    let m = if latest.is_empty() { f64::NAN } else { mean(&latest) };
    let passed = all_rows && (m - h_value).abs() <= HEADLINE_TOLERANCE;
    ex.checks.push(doc.check(
        &locator,
        "headline equals the mean of the latest primary values (within 1)",
        passed,
        format!("headline {h_value} vs mean {m:.2} of the {last_year} values of {} of {} rows", latest.len(), t.rows.len()),
    ));
    passed.then_some(last_year)
}

/// The qualitative answers of a dimension in lines `from..=to`.
fn parse_answers(doc: &Doc, dim: &str, officials: &[String], metrics: &[String], (from, to): (usize, usize), year: Option<u16>, ex: &mut Extract) {
    let answer_re = re!(r"^(.*?[?)\w.]\s*?)\s+(Yes|No|N/S|General|EUR\s?[\d.,]+)\s?\.(?:\s+(.*))?$");
    let citation_re = re!(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\)*\s*$");
    let mut official: Option<String> = None;
    let mut metric: Option<String> = None;
    let mut group: Option<String> = None;
    let mut section_start = from;
    let mut section_text: Vec<String> = Vec::new();
    let flush = |ex: &mut Extract, official: &Option<String>, metric: &Option<String>, text: &mut Vec<String>, s: usize, e: usize| {
        if !text.is_empty() {
            let mut path = vec![dim.to_string()];
            path.extend(official.iter().cloned());
            path.extend(metric.iter().cloned());
            ex.passages.push(doc.passage(path, text.join("\n"), s, e));
            text.clear();
        }
    };
    for (n, raw) in doc.range(from, to) {
        let l = raw.trim();
        if l.is_empty() || l.starts_with("We are frequently reviewing") {
            continue;
        }
        if let Some(o) = officials.iter().find(|o| o.as_str() == l) {
            flush(ex, &official, &metric, &mut section_text, section_start, n - 1);
            section_start = n;
            official = Some(o.clone());
            metric = None;
            group = None;
            continue;
        }
        if let Some(m) = metrics.iter().find(|m| m.as_str() == l) {
            flush(ex, &official, &metric, &mut section_text, section_start, n - 1);
            section_start = n;
            metric = Some(m.clone());
            group = None;
            continue;
        }
        section_text.push(l.to_string());
        let mut path = vec![dim.to_string()];
        path.extend(official.iter().cloned());
        path.extend(metric.iter().cloned());
        path.extend(group.iter().cloned());
        let locator = path.join(" / ");
        let base = |question: String, answer: AnswerValue, basis: Basis, reason: Option<String>, text: String, citation: Option<String>| Answer {
            country: doc.country().into(),
            questionnaire: QUESTIONNAIRE,
            question: question.clone(),
            question_text: question,
            section: path.clone(),
            item: official.clone(),
            answer,
            basis,
            reason,
            text,
            links: crate::text::links(l),
            citation,
            year,
            provenance: doc.prov(locator.clone(), n, n),
        };
        if let Some(c) = answer_re.captures(l) {
            let question = c[1].trim().to_string();
            let token = c[2].to_string();
            let rest = c.get(3).map(|m| m.as_str().trim()).unwrap_or("").to_string();
            let found = citation_re.captures(&rest);
            let citation = found.as_ref().map(|cc| cc[1].trim().to_string()).filter(|s| !s.is_empty());
            // The citation has its own field; the text keeps the explanation before it.
            let rest = match found.and_then(|cc| cc.get(0)) {
                Some(m) if citation.is_some() => rest[..m.start()].trim().to_string(),
                _ => rest,
            };
            let answer = match token.as_str() {
                "Yes" => AnswerValue::Yes,
                "No" => AnswerValue::No,
                other => AnswerValue::Other(other.to_string()),
            };
            ex.answers.push(base(question, answer, Basis::Stated, None, rest, citation));
        } else if l.ends_with('?') || (!l.contains('?') && !l.contains(". ") && l.len() <= 120 && !l.contains(':')) {
            // A heading or a sub-question that introduces the items below it.
            group = Some(l.to_string());
        } else {
            let reason = "the page gives no Yes/No answer for this question";
            ex.unknowns.push(doc.unknown(&locator, n, n, format!("{dim} answer: {}", truncate(l, 90)), reason));
            ex.answers.push(base(l.to_string(), AnswerValue::Unknown, Basis::None, Some(reason.into()), String::new(), None));
        }
    }
    flush(ex, &official, &metric, &mut section_text, section_start, to);
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}
