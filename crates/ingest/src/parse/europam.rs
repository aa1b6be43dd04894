//! EUROPAM country pages: headline scores with the European average, country facts, per
//! dimension the score tables (primary metrics, alternative metrics per type of official), the
//! qualitative answers with their legal citations, and the legislation list.
//!
//! The page's text conversion runs each table row's cells together ("Ministers053535337");
//! [`super::split`] reads them back and every reading is recorded as a repair.
use super::split::{mean, resolve_table};
use crate::doc::{Doc, Extract, Fix, ParseError};
use crate::text::{excerpt, fmt_number, join_lines, number, re};
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
    value: f64,
    average: f64,
    line: usize,
}

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    let mut ex = Extract::default();
    let first_lines: Vec<&str> = doc.numbered().take(8).map(|(_, l)| l.trim()).collect();
    if !first_lines.contains(&"EUROPAM") {
        return Err(doc.error(Some(1), "not a EUROPAM page: no 'EUROPAM' title in its first lines"));
    }
    check_country(doc)?;
    let headlines = parse_headlines(doc)?;
    parse_facts(doc, &mut ex)?;

    // Each dimension's section starts at a line that is exactly its name.
    let mut starts = Vec::new();
    let facts_end = find(doc, 1, |l| l.starts_with("Sources:")).unwrap_or(1);
    for h in &headlines {
        let at = find(doc, facts_end, |l| l == h.dimension)
            .ok_or_else(|| doc.error(None, format!("the section of dimension '{}' is missing (its headline is on line {})", h.dimension, h.line)))?;
        if let Some(again) = find(doc, at + 1, |l| l == h.dimension) {
            return Err(doc.error(Some(again), format!("the section of dimension '{}' appears twice (lines {at} and {again})", h.dimension)));
        }
        starts.push(at);
    }
    for w in starts.windows(2) {
        if w[1] <= w[0] {
            return Err(doc.error(Some(w[1]), "dimension sections are out of the order of the headline scores"));
        }
    }
    for (i, h) in headlines.iter().enumerate() {
        let end = starts.get(i + 1).map(|s| s - 1).unwrap_or(doc.len());
        parse_dimension(doc, h, starts[i], end, &mut ex)?;
    }
    Ok(ex)
}

fn find(doc: &Doc, from: usize, pred: impl Fn(&str) -> bool) -> Option<usize> {
    doc.range(from, doc.len()).find(|(_, l)| pred(l.trim())).map(|(n, _)| n)
}

fn check_country(doc: &Doc) -> Result<(), ParseError> {
    let (n, name) = doc
        .numbered()
        .skip_while(|(_, l)| l.trim() != "European Public Accountability Mechanisms")
        .skip(1)
        .find(|(_, l)| !l.trim().is_empty())
        .ok_or_else(|| doc.error(None, "no country name after 'European Public Accountability Mechanisms'"))?;
    doc.expect_country(name, n, "page is about").map(drop)
}

fn parse_headlines(doc: &Doc) -> Result<Vec<Headline>, ParseError> {
    let r = re!(r"^\s*•\s*(\d{1,3})\s*\((\d{1,3})\)\s*(\S.*?)\s*$");
    let at = find(doc, 1, |l| l.starts_with("Country score")).ok_or_else(|| doc.error(None, "no 'Country score (European Average*)' list"))?;
    let mut out = Vec::new();
    for (n, l) in doc.range(at + 1, doc.len()) {
        if l.trim().is_empty() && !out.is_empty() {
            break;
        }
        if let Some(c) = r.captures(l) {
            let value: f64 = c[1].parse().unwrap_or(f64::NAN);
            let average: f64 = c[2].parse().unwrap_or(f64::NAN);
            if !(0.0..=100.0).contains(&value) || !(0.0..=100.0).contains(&average) {
                return Err(doc.error(Some(n), format!("headline score out of 0..100: '{}'", excerpt(l.trim(), 80))));
            }
            out.push(Headline { dimension: c[3].to_string(), value, average, line: n });
        } else if !l.trim().is_empty() {
            return Err(doc.error(Some(n), format!("unreadable headline score line '{}' (expected '• 56(66) Dimension')", excerpt(l.trim(), 80))));
        }
    }
    if out.is_empty() {
        return Err(doc.error(Some(at), "the 'Country score' list has no scores"));
    }
    Ok(out)
}

fn parse_facts(doc: &Doc, ex: &mut Extract) -> Result<(), ParseError> {
    let at = find(doc, 1, |l| l == "Country Facts").ok_or_else(|| doc.error(None, "no 'Country Facts' section"))?;
    let end = find(doc, at, |l| l.starts_with("Sources:")).ok_or_else(|| doc.error(Some(at), "the 'Country Facts' section has no 'Sources:' line"))?;
    let sources = doc.line(end).trim().trim_start_matches("Sources:").trim().trim_end_matches('.').to_string();
    for (n, l) in doc.range(at + 1, end - 1) {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        let Some((label, fact, unit)) = FACT_LABELS.iter().find(|(p, _, _)| l.starts_with(p)) else {
            ex.unknowns.push(doc.unknown("Country Facts", n, n, format!("country fact '{l}'"), "label not recognised as a EUROPAM country fact"));
            continue;
        };
        let raw = l[label.len()..].trim();
        let num = number(raw);
        if unit.is_some() && num.is_none() {
            ex.unknowns.push(doc.unknown("Country Facts", n, n, label.to_string(), format!("value '{raw}' is not a number")));
            continue;
        }
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
            note: Some(format!("Sources: {sources}")),
            provenance: doc.prov("Country Facts", n, n),
        });
    }
    ex.unknowns.push(doc.unknown(
        "Country Facts",
        at,
        end,
        "year of the country facts",
        format!("the page does not say which year its figures ({sources}) refer to"),
    ));
    let text = join_lines(doc.range(at + 1, end).map(|(_, l)| l));
    ex.passages.push(doc.passage(vec!["Country Facts".into()], text, at, end));
    Ok(())
}

/// A score table: its year columns and rows of (line, label, digits).
struct Table {
    header: usize,
    years: Vec<u16>,
    rows: Vec<(usize, String, String)>,
}

fn parse_table(doc: &Doc, title_line: usize, end: usize) -> Result<Table, ParseError> {
    let header_re = re!(r"^((?:(?:19|20)\d{2})+)\s*(?:Trend)?$");
    let row_re = re!(r"^(.*\D)(\d+)$");
    let (header, years_text) = doc
        .range(title_line + 1, end)
        .find(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| (n, l.trim()))
        .ok_or_else(|| doc.error(Some(title_line), "score table has no header"))?;
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
    Ok(Table { header, years, rows })
}

fn parse_dimension(doc: &Doc, h: &Headline, start: usize, end: usize, ex: &mut Extract) -> Result<(), ParseError> {
    let dim = h.dimension.as_str();
    let find_in = |pred: &dyn Fn(&str) -> bool, from: usize| doc.range(from, end).find(|(_, l)| pred(l.trim())).map(|(n, _)| n);
    let quant = find_in(&|l| l == "Quantitative Data", start).ok_or_else(|| doc.error(Some(start), format!("dimension '{dim}' has no 'Quantitative Data'")))?;
    let qual = find_in(&|l| l == "Qualitative Data", quant).unwrap_or(end);
    let legislation = find_in(&|l| l == "Legislation", qual).unwrap_or(end);
    let update_line = find_in(&|l| l.starts_with("*Last update:"), qual);
    let updated: Option<u16> = update_line.and_then(|n| crate::text::first_year(doc.line(n)));

    summary(doc, dim, (start + 1, quant - 1), ex);

    // Score tables.
    let primary_title = find_in(&|l| l == "Primary Metric", quant)
        .filter(|&n| n < qual)
        .ok_or_else(|| doc.error(Some(quant), format!("dimension '{dim}' has no 'Primary Metric' table")))?;
    let primary = parse_table(doc, primary_title, qual)?;
    let alt_title = find_in(&|l| l == "Alternative Metric", primary.header).filter(|&n| n < qual);
    let alternative = alt_title.map(|t| parse_table(doc, t, qual)).transpose()?;

    let headline_year = read_table(doc, dim, &primary, ScoreKind::Primary, Some(h), ex);
    if let Some(alt) = &alternative {
        read_table(doc, dim, alt, ScoreKind::Alternative, None, ex);
    }
    headline_score(doc, h, headline_year, &primary.years, ex);
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
    let metrics: Vec<String> = primary.rows.iter().map(|r| r.1.clone()).collect();
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
    Ok(())
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
    ex.scores.push(Score {
        country: doc.country().into(),
        framework: Framework::Europam,
        dimension: dim.into(),
        metric: None,
        kind: ScoreKind::Headline,
        year,
        year_candidates: if year.is_some() { vec![] } else { table_years.to_vec() },
        period: None,
        value: Some(h.value),
        reference_value: Some(h.average),
        reference_label: Some("European average".into()),
        provenance: doc.prov(format!("Country score / {dim}"), h.line, h.line),
    });
    if year.is_none() {
        ex.unknowns.push(doc.unknown(
            &format!("Country score / {dim}"),
            h.line,
            h.line,
            format!("year of the {dim} headline score"),
            "the headline does not match the latest values of its table, so its year cannot be tied to a column",
        ));
    }
}

/// Reads a table's rows into scores; returns the year of the headline when the check ties it to
/// the last column.
fn read_table(doc: &Doc, dim: &str, t: &Table, kind: ScoreKind, headline: Option<&Headline>, ex: &mut Extract) -> Option<u16> {
    let table_name = if kind == ScoreKind::Primary { "Primary Metric" } else { "Alternative Metric" };
    let locator = format!("{dim} / {table_name}");
    let digits: Vec<&str> = t.rows.iter().map(|r| r.2.as_str()).collect();
    let res = resolve_table(&digits, t.years.len(), headline.map(|h| h.value), HEADLINE_TOLERANCE);
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
        if let Some(h) = headline {
            ex.checks.push(doc.check(
                &locator,
                "headline equals the mean of the latest primary values (within 1)",
                false,
                format!("no reading of the table fits the headline {}", h.value),
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
    let h = headline?;
    let all_rows = latest.len() == t.rows.len();
    let m = if latest.is_empty() { f64::NAN } else { mean(&latest) };
    let passed = all_rows && (m - h.value).abs() <= HEADLINE_TOLERANCE;
    ex.checks.push(doc.check(
        &locator,
        "headline equals the mean of the latest primary values (within 1)",
        passed,
        format!("headline {} vs mean {:.2} of the {last_year} values of {} of {} rows", h.value, m, latest.len(), t.rows.len()),
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
