//! Digital Public Administration factsheets (European Commission): the country profile (§1.1),
//! the eGovernment Benchmark table (§1.4), strategies (ch. 3), the bodies in charge (§5.1),
//! portals (§6.1) and the text of every section.
use crate::doc::{Doc, Extract, Fix, ParseError};
use crate::text::{excerpt, fmt_number, join_lines, links, number_in, period, plain, re};
use govlens_core::{Fact, Framework, Score, ScoreKind};

/// Country profile labels (§1.1 Basic data): (label, fact). Labels not listed are kept under a
/// name made from the label, never dropped.
const PROFILE: &[(&str, &str)] = &[
    ("Population", "population"),
    ("GDP at market prices", "gdp"),
    ("GDP per inhabitant in PPS (Purchasing Power Standard EU 27=100)", "gdp_per_inhabitant_pps"),
    ("GDP growth rate", "gdp_growth"),
    ("Inflation rate", "inflation"),
    ("Unemployment rate", "unemployment"),
    ("General government gross debt (Percentage of GDP)", "government_debt"),
    ("General government deficit/surplus (Percentage of GDP)", "government_deficit"),
    ("Area", "area"),
    ("Capital city", "capital"),
    ("Official EU languages", "official_languages"),
    ("Currency", "currency"),
];

/// A Markdown heading: its line, level by numbering (or none) and text.
#[derive(Debug, Clone)]
struct Heading {
    line: usize,
    number: Option<String>,
    title: String,
}

fn headings(doc: &Doc) -> Vec<Heading> {
    let r = re!(r"^#{1,6}\s+\*?(?:(\d+(?:\.\d+)*)\s+)?(.+?)\*?\s*$");
    doc.numbered()
        .filter_map(|(n, l)| {
            let c = r.captures(l.trim_end())?;
            Some(Heading { line: n, number: c.get(1).map(|m| m.as_str().to_string()), title: plain(&c[2]) })
        })
        .collect()
}

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    // The Markdown conversion numbers its headings (`### 1.1 Basic data`); the other editions
    // and conversions are plain text.
    let hs = headings(doc);
    if hs.iter().filter(|h| h.number.is_some()).count() < 3 {
        return super::dpa_plain::parse(doc);
    }
    let mut ex = Extract::default();
    // The series' title with the country on its line or the next (every edition's, as the
    // plain-text reader finds it), the country checked.
    let (title_line, _) = super::dpa_plain::find_title(doc)?;
    let section = |num: &str| -> Result<(usize, usize), ParseError> {
        // A section counts only inside its own chapter: the conversion numbers some sections of
        // chapter 7 "1.1" and "1.2" again.
        let chapter = num.split('.').next().unwrap_or(num);
        let in_chapter = |i: usize| {
            num == chapter
                || hs[..i].iter().rev().find(|h| h.number.as_ref().is_some_and(|n| !n.contains('.'))).and_then(|h| h.number.as_deref()) == Some(chapter)
        };
        let i = (0..hs.len())
            .find(|&i| hs[i].number.as_deref() == Some(num) && in_chapter(i))
            .ok_or_else(|| doc.error(None, format!("section {num} is missing")))?;
        if let Some(j) = (i + 1..hs.len()).find(|&j| hs[j].number.as_deref() == Some(num) && in_chapter(j)) {
            return Err(doc.error(Some(hs[j].line), format!("section {num} appears twice (lines {} and {})", hs[i].line, hs[j].line)));
        }
        let depth = num.split('.').count();
        let end = hs[i + 1..].iter().find(|h| h.number.as_ref().is_some_and(|n| n.split('.').count() <= depth)).map(|h| h.line - 1).unwrap_or(doc.len());
        Ok((hs[i].line, end))
    };

    // A section printed twice is an error: which of the two is the factsheet's is not known.
    for num in ["1.1", "1.4"] {
        if let Err(e) = section(num) {
            if e.line.is_some() {
                return Err(e);
            }
        }
    }
    // Where a missing section was looked for: its chapter's heading.
    let chapter_1 = section("1").map(|(from, _)| from).unwrap_or(title_line);
    if let Err(e) = section("1.1").and_then(|s| profile(doc, s, &mut ex)) {
        doc.missing(&mut ex, "§1.1 Basic data", e.line.unwrap_or(chapter_1), "the country profile's basic data", e.message);
    }
    // Indicators the factsheet prints only as charts: their titles survive, their values do not.
    for num in ["1.2", "1.3"] {
        if let Ok((from, to)) = section(num) {
            let has_table = doc.range(from, to).any(|(_, l)| l.trim_start().starts_with('|'));
            // Each chart leaves its "Source:" line; its title is the text line above it, or, where
            // that is a paragraph, the chart is named by the paragraph's first words.
            let charts: Vec<String> = doc
                .range(from, to)
                .filter(|(_, l)| l.trim().starts_with("Source:"))
                .filter_map(|(n, _)| doc.range(from + 1, n - 1).filter(|(_, x)| !x.trim().is_empty()).last().map(|(_, x)| plain(x)))
                .map(|t| {
                    let words: Vec<&str> = t.split_whitespace().collect();
                    if words.len() > 25 {
                        format!("the chart under the paragraph '{} …'", words[..8].join(" "))
                    } else {
                        format!("the chart '{t}'")
                    }
                })
                .collect();
            if !has_table && !charts.is_empty() {
                let title = plain(doc.line(from));
                for c in charts {
                    ex.unknowns.push(doc.unknown(
                        &format!("§{title}"),
                        from,
                        to,
                        format!("values of {c}"),
                        "the factsheet shows them as a chart; the text conversion keeps only its title and source",
                    ));
                }
            }
        }
    }
    // A benchmark table that cannot be read costs its scores, not the factsheet.
    if let Err(e) = section("1.4").and_then(|s| benchmark(doc, s, &mut ex)) {
        doc.missing(&mut ex, BENCHMARK, e.line.unwrap_or(chapter_1), "eGovernment Benchmark scores", e.message);
    }
    if let Ok(ch3) = section("3") {
        strategies(doc, &hs, ch3, &mut ex);
    } else {
        doc.missing(&mut ex, "3", title_line, "strategies (chapter 3 Political Communications)", "chapter 3 is missing");
    }
    match section("5.1") {
        Ok(s) => bodies(doc, &hs, s, &mut ex),
        Err(_) => doc.missing(&mut ex, "5.1", title_line, "bodies in charge of digital public administration", "section 5.1 National is missing"),
    }
    match section("6.1") {
        Ok(s) => portals(doc, &hs, s, &mut ex),
        Err(_) => doc.missing(&mut ex, "6.1", title_line, "portals", "section 6.1 Portals is missing"),
    }
    passages(doc, &hs, &mut ex);
    Ok(ex)
}

fn locator(hs: &[Heading], line: usize) -> String {
    let numbered = hs.iter().rev().find(|h| h.line <= line && h.number.is_some());
    numbered.map(|h| format!("§{} {}", h.number.as_deref().unwrap_or(""), h.title)).unwrap_or_default()
}

fn profile(doc: &Doc, (start, end): (usize, usize), ex: &mut Extract) -> Result<(), ParseError> {
    let item = re!(r"^\*\*(.+?):\*\*\s*(.*)$");
    // The number as the factsheet's language writes it (a sign, groups, a decimal mark), a unit
    // that starts with neither a digit nor a separator, then a year.
    let value_re = re!(r"^([+\-−]?\d[\d\s.,\u{a0}\u{202f}]*?)\s*([^\d(\s.,][^()]*?)?\s*(?:\((\d{4})\))?$");
    let source_line = doc.range(start, end).find(|(_, l)| l.trim().starts_with("Source:")).map(|(_, l)| plain(l.trim()));
    let mut found = Vec::new();
    for (n, l) in doc.range(start, end) {
        let Some(c) = item.captures(l.trim()) else { continue };
        let label = plain(&c[1]);
        let raw = plain(&c[2]);
        let fact = PROFILE
            .iter()
            .find(|(p, _)| *p == label)
            .map(|(_, f)| (*f).to_string())
            .unwrap_or_else(|| label.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_"));
        let (value, num, unit, year) = match value_re.captures(&raw) {
            Some(v) if number_in(v[1].trim(), &doc.meta.language).is_ok() => {
                let num = number_in(v[1].trim(), &doc.meta.language).ok();
                let unit = v.get(2).map_or("", |u| u.as_str()).trim().to_string();
                (num.map(fmt_number).unwrap_or_default(), num, (!unit.is_empty()).then_some(unit), v.get(3).and_then(|y| y.as_str().parse().ok()))
            }
            found_value => {
                // A figure the language does not read that way is kept as printed, with its number
                // an unknown (never a guess).
                if let Some(Err(why)) = found_value.map(|v| number_in(v[1].trim(), &doc.meta.language)) {
                    ex.unknowns.push(doc.unknown("§1.1 Basic data", n, n, format!("country profile: {label}: the number"), format!("value {why}")));
                }
                let year = raw.strip_suffix(')').and_then(|r| r.rsplit_once('(')).and_then(|(_, y)| y.parse().ok());
                (raw.clone(), None, None, year)
            }
        };
        let unit = unit.map(|u| u.replace("km2", "km²"));
        found.push(fact.clone());
        ex.facts.push(Fact {
            country: doc.country().into(),
            fact,
            label,
            value,
            number: num,
            unit,
            year,
            period: None,
            url: None,
            note: source_line.clone(),
            provenance: doc.prov("§1.1 Basic data", n, n),
        });
    }
    if found.is_empty() {
        return Err(doc.error(Some(start), "§1.1 Basic data has no '**Label:** value' items"));
    }
    for (label, fact) in PROFILE {
        if !found.iter().any(|f| f == fact) {
            ex.unknowns.push(doc.unknown("§1.1 Basic data", start, end, format!("country profile: {label}"), "not given in §1.1 Basic data"));
        }
    }
    Ok(())
}

/// Title-cases a group name printed in capitals (`USER CENTRICITY` -> `User Centricity`).
fn group_name(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            cs.next().map(|f| f.to_uppercase().collect::<String>() + cs.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The benchmark's section, the locator of everything the table gives.
const BENCHMARK: &str = "§1.4 eGovernment State of Play";

/// What the benchmark table's header says of its columns and years.
struct BenchmarkHeader {
    line: usize,
    avg_col: usize,
    country_col: usize,
    /// `EU27+ average`.
    reference_label: String,
    /// The measurement, `2018-2019`, and its last year.
    period: Option<String>,
    year: Option<u16>,
    /// The measurement growth is counted from, `2016-2017`.
    since: Option<String>,
}

fn benchmark(doc: &Doc, (start, end): (usize, usize), ex: &mut Extract) -> Result<(), ParseError> {
    let rows: Vec<(usize, Vec<String>)> = doc
        .range(start, end)
        .filter(|(_, l)| l.trim_start().starts_with('|'))
        .map(|(n, l)| (n, l.trim().trim_matches('|').split('|').map(|c| c.trim().to_string()).collect()))
        .collect();
    let header = benchmark_header(doc, &rows, start, ex)?;
    let mut groups = Groups::default();
    let mut count = 0;
    for (n, cells) in rows.iter().filter(|(n, _)| *n > header.line) {
        if cells.len() <= header.country_col.max(header.avg_col).max(1) || cells.iter().all(|c| c.is_empty() || c.starts_with('-')) {
            continue;
        }
        let g = groups.of_row(doc, *n, cells, ex)?;
        benchmark_row(doc, &header, &g, (*n, cells), ex)?;
        count += 1;
    }
    if count == 0 {
        return Err(doc.error(Some(header.line), "the eGovernment Benchmark table has no rows"));
    }
    if let Some((n, g)) = groups.pending {
        return Err(doc.error(Some(n), format!("group label '{}' is never followed by an 'Overall scores' row", excerpt(&g, 80))));
    }
    // The text above the table names the top-level benchmarks; every group should be one of them.
    let intro = join_lines(doc.range(start, header.line).map(|(_, l)| l)).to_lowercase();
    for g in &groups.seen {
        let key = g.to_lowercase().replace("citizen ", "").replace("business ", "").replace("cross border", "cross-border");
        ex.checks.push(doc.check(
            BENCHMARK,
            format!("benchmark group '{g}' is one the text describes"),
            intro.contains(&key),
            format!("looked for '{key}' in the text above the table"),
        ));
    }
    ex.checks.push(doc.check(BENCHMARK, "benchmark table rows read", true, format!("{count} rows in {} groups", groups.seen.len())));
    Ok(())
}

/// The table's header row: which columns hold the EU average and the country, and the years.
fn benchmark_header(doc: &Doc, rows: &[(usize, Vec<String>)], start: usize, ex: &mut Extract) -> Result<BenchmarkHeader, ParseError> {
    let years = re!(r"((?:19|20)\d{2})\s+((?:19|20)\d{2})");
    let (line, cells) = rows
        .iter()
        .find(|(_, c)| c.iter().any(|x| x.contains("EU27") || x.contains("EU28")))
        .ok_or_else(|| doc.error(Some(start), "§1.4 has no eGovernment Benchmark table with an EU average column"))?;
    let avg_col = cells.iter().position(|x| x.contains("average") && x.contains("EU")).unwrap_or(2);
    let country_col = cells.iter().position(|x| x.starts_with("Country")).unwrap_or(3);
    // A header with fewer cells than the columns it names is a damaged table, not an index to
    // read past (found by the fuzzer: tests/regressions/parse_dpa/).
    let (Some(avg_head), Some(country_head)) = (cells.get(avg_col), cells.get(country_col)) else {
        return Err(doc.error(
            Some(*line),
            format!("the eGovernment Benchmark table header has {} cells; it needs an EU average column and a country column", cells.len()),
        ));
    };
    let reference_label = avg_head.split('[').next().unwrap_or("EU average").trim().to_string();
    let measured = years.captures(country_head).map(|c| (c[1].to_string(), c[2].to_string()));
    let (period, year) = match &measured {
        Some((a, b)) => (Some(format!("{a}-{b}")), b.parse().ok()),
        None => {
            ex.unknowns.push(doc.unknown(BENCHMARK, *line, *line, "measurement years of the eGovernment Benchmark", "the table header gives no years"));
            (None, None)
        }
    };
    let since = country_head.split("growth since").nth(1).and_then(|s| years.captures(s)).map(|c| format!("{}-{}", &c[1], &c[2]));
    Ok(BenchmarkHeader { line: *line, avg_col, country_col, reference_label, period, year, since })
}

/// The group each row belongs to. Each group opens with its "Overall scores" row. The
/// conversion moved some group labels one row up; a label on any other row is held until the
/// next "Overall scores" row.
#[derive(Default)]
struct Groups {
    current: Option<String>,
    /// A label seen on a row that is not an "Overall scores" row, and that row.
    pending: Option<(usize, String)>,
    seen: Vec<String>,
}

impl Groups {
    /// The group of row `n`; a row whose label stood one row too high is recorded as a repair.
    fn of_row(&mut self, doc: &Doc, n: usize, cells: &[String], ex: &mut Extract) -> Result<String, ParseError> {
        let label = cells[0].trim();
        let indicator = cells[1].trim();
        let is_overall = indicator.eq_ignore_ascii_case("Overall scores");
        if !label.is_empty() {
            if is_overall {
                self.current = Some(group_name(label));
            } else {
                self.pending = Some((n, group_name(label)));
            }
        } else if is_overall {
            match self.pending.take() {
                Some((_, g)) => self.current = Some(g),
                None => return Err(doc.error(Some(n), "an 'Overall scores' row has no group label, here or on an earlier row")),
            }
        }
        if let (true, Some(g)) = (is_overall, &self.current) {
            if self.seen.contains(g) {
                return Err(doc.error(Some(n), format!("group '{}' appears twice in the benchmark table", excerpt(g, 80))));
            }
            self.seen.push(g.clone());
        }
        let Some(g) = self.current.clone() else {
            return Err(doc.error(Some(n), format!("benchmark row '{}' comes before any group's 'Overall scores' row", excerpt(indicator, 80))));
        };
        if let Some((pn, pg)) = &self.pending {
            if *pn == n {
                let fix = Fix {
                    what: format!("eGovernment Benchmark: group of '{indicator}'"),
                    original: format!("{pg} / {indicator}"),
                    repaired: format!("{g} / {indicator}"),
                    method:
                        "every group opens with its 'Overall scores' row; this label stands one row above that row, so this row belongs to the group before"
                            .into(),
                };
                ex.repairs.push(doc.repair(BENCHMARK, n, n, fix));
            }
        }
        Ok(g)
    }
}

/// One indicator's row: its value and growth against the EU average, checked and recorded.
fn benchmark_row(doc: &Doc, h: &BenchmarkHeader, g: &str, (n, cells): (usize, &[String]), ex: &mut Extract) -> Result<(), ParseError> {
    // `97 (+32)`, or `97,5 (+3,2)` in a French, German or Danish factsheet.
    let country_cell = re!(r"^(\d+(?:[.,]\d+)?)\s*\(([+-]?\d+(?:[.,]\d+)?)\)");
    let number = |s: &str| number_in(s, &doc.meta.language).ok();
    let indicator = cells[1].trim().to_string();
    let reference = number(&cells[h.avg_col]);
    let (value, growth) = match country_cell.captures(&cells[h.country_col]) {
        Some(c) => (number(&c[1]), number(&c[2])),
        None => (None, None),
    };
    let what = format!("eGovernment Benchmark {g} / {indicator}");
    if value.is_none() || reference.is_none() {
        let reason = format!("cells '{}' and '{}' do not read as numbers", cells[h.avg_col], cells[h.country_col]);
        ex.unknowns.push(doc.unknown(BENCHMARK, n, n, what.clone(), reason));
    }
    for v in [value, reference].into_iter().flatten() {
        if !(0.0..=100.0).contains(&v) {
            return Err(doc.error(Some(n), format!("{what}: {v} is outside 0..100")));
        }
    }
    if let (Some(v), Some(gr)) = (value, growth) {
        let before = v - gr;
        ex.checks.push(doc.check(
            BENCHMARK,
            format!("{what}: value minus growth is a score of {}", h.since.as_deref().unwrap_or("the previous measurement")),
            (0.0..=100.0).contains(&before),
            format!("{v} - ({gr:+}) = {before}"),
        ));
    }
    let prov = doc.prov(format!("{BENCHMARK} / {g} / {indicator}"), n, n);
    let score = |kind, value, reference_value: Option<f64>, period: Option<String>| Score {
        country: doc.country().into(),
        framework: Framework::EgovBenchmark,
        dimension: g.to_string(),
        metric: Some(indicator.clone()),
        kind,
        year: h.year,
        year_candidates: vec![],
        period,
        value,
        reference_value,
        reference_label: reference_value.map(|_| h.reference_label.clone()),
        provenance: prov.clone(),
    };
    ex.scores.push(score(ScoreKind::Indicator, value, reference, h.period.clone()));
    if growth.is_some() {
        ex.scores.push(score(ScoreKind::Growth, growth, None, h.since.as_ref().map(|s| format!("change since {s}"))));
    }
    Ok(())
}

/// The text under a heading, without sub-headings, as plain text.
fn section_text(doc: &Doc, from: usize, to: usize) -> String {
    plain(&join_lines(doc.range(from, to).map(|(_, l)| l).filter(|l| !l.trim_start().starts_with('#'))))
}

/// The line where the text under heading `i` ends.
fn heading_end(hs: &[Heading], i: usize, limit: usize) -> usize {
    hs.get(i + 1).map(|h| h.line - 1).unwrap_or(limit).min(limit)
}

fn strategies(doc: &Doc, hs: &[Heading], (start, end): (usize, usize), ex: &mut Extract) {
    for (i, h) in hs.iter().enumerate().filter(|(_, h)| h.line > start && h.line <= end) {
        let t = h.title.to_lowercase();
        if !t.contains("strateg") || t.starts_with("upcoming") {
            continue;
        }
        let to = heading_end(hs, i, end);
        let text = section_text(doc, h.line + 1, to);
        let per = period(&h.title).or_else(|| period(&text));
        ex.facts.push(Fact {
            country: doc.country().into(),
            fact: "strategy".into(),
            label: "Strategy".into(),
            value: h.title.clone(),
            number: None,
            unit: None,
            year: Some(doc.meta.year),
            period: per,
            url: links(&doc.range(h.line, to).map(|(_, l)| l).collect::<Vec<_>>().join(" ")).into_iter().next(),
            note: Some(first_sentence(&text)),
            provenance: doc.prov(format!("{} / {}", locator(hs, h.line), h.title), h.line, to),
        });
    }
}

/// A text's first sentence: up to its first ". ".
pub(super) fn first_sentence(s: &str) -> String {
    let end = s.find(". ").map(|i| i + 1).unwrap_or(s.len());
    s[..end].trim().to_string()
}

fn bodies(doc: &Doc, hs: &[Heading], (start, end): (usize, usize), ex: &mut Extract) {
    // Unnumbered headings under 5.1.x are the bodies; the 5.1.x title is their role.
    let mut found: Vec<(String, Vec<String>, usize, usize)> = Vec::new();
    // Each body's place in `found` by its key: a scan per heading was quadratic in the bodies.
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut role = String::new();
    for (i, h) in hs.iter().enumerate().filter(|(_, h)| h.line > start && h.line <= end) {
        if h.number.is_some() {
            role = h.title.clone();
            continue;
        }
        let name = h.title.trim().to_string();
        let key = name.to_lowercase().replace("(ctie)", "").replace("centre", "center").trim().to_string();
        let to = heading_end(hs, i, end);
        match index.get(&key).map(|&k| &mut found[k]) {
            Some(b) => {
                if !b.1.contains(&role) {
                    b.1.push(role.clone());
                }
            }
            None => {
                index.insert(key, found.len());
                found.push((name, vec![role.clone()], h.line, to));
            }
        }
    }
    for (name, roles, from, to) in found {
        ex.facts.push(national_body(doc, name, &roles, doc.prov("§5.1 National", from, to)));
    }
    // Office holders printed as a bold name followed by a title line.
    let name_re = re!(r"^\*\*([^*]+)\*\*\s*$");
    for (n, l) in doc.range(start, end) {
        if let Some(c) = name_re.captures(l.trim()) {
            let title = plain(doc.line(n + 1));
            if c[1].trim().ends_with(':') || title.is_empty() || title.starts_with("Contact") {
                continue;
            }
            ex.facts.push(Fact {
                country: doc.country().into(),
                fact: "office_holder".into(),
                label: "Political responsibility".into(),
                value: c[1].trim().to_string(),
                number: None,
                unit: None,
                year: Some(doc.meta.year),
                period: None,
                url: None,
                note: Some(title),
                provenance: doc.prov(locator(hs, n), n, n + 1),
            });
        }
    }
}

/// A body in charge of digital public administration at national level, with its roles, as
/// every edition's factsheet names it; dated by the factsheet.
pub(super) fn national_body(doc: &Doc, name: String, roles: &[String], provenance: govlens_core::Provenance) -> Fact {
    Fact {
        country: doc.country().into(),
        fact: "egov_body".into(),
        label: "Body in charge (national)".into(),
        value: name,
        number: None,
        unit: None,
        year: Some(doc.meta.year),
        period: None,
        url: None,
        note: Some(format!("role: {}", roles.join(", "))),
        provenance,
    }
}

/// A usable web address: a scheme and a host with a dot.
fn valid_url(u: &str) -> bool {
    let host = u.split("://").nth(1).unwrap_or("").split('/').next().unwrap_or("");
    (u.starts_with("http://") || u.starts_with("https://")) && host.contains('.') && !host.ends_with('.')
}

fn portals(doc: &Doc, hs: &[Heading], (start, end): (usize, usize), ex: &mut Extract) {
    let link = re!(r"\[([^\]]+)\]\(([^)]+)\)");
    let mut scope = "national";
    for (i, h) in hs.iter().enumerate().filter(|(_, h)| h.line > start && h.line <= end) {
        if let Some(num) = &h.number {
            if num.starts_with("6.1") {
                scope = if h.title.to_lowercase().contains("subnational") { "subnational" } else { "national" };
            }
            continue;
        }
        let raw = doc.line(h.line);
        let to = heading_end(hs, i, end);
        let purpose = first_sentence(&section_text(doc, h.line + 1, to));
        for c in link.captures_iter(raw) {
            let url = c[2].to_string();
            let ok = valid_url(&url);
            if !ok {
                ex.unknowns.push(doc.unknown(
                    &format!("§6.1 Portals / {}", &c[1]),
                    h.line,
                    h.line,
                    format!("web address of portal '{}'", &c[1]),
                    format!("the factsheet links it to '{url}', which is not a usable address"),
                ));
            }
            ex.facts.push(Fact {
                country: doc.country().into(),
                fact: "portal".into(),
                label: format!("Portal ({scope})"),
                value: c[1].to_string(),
                number: None,
                unit: None,
                year: Some(doc.meta.year),
                period: None,
                url: ok.then_some(url),
                note: Some(purpose.clone()),
                provenance: doc.prov(format!("§6.1 Portals / {}", &c[1]), h.line, to),
            });
        }
    }
}

fn passages(doc: &Doc, hs: &[Heading], ex: &mut Extract) {
    let mut path: Vec<(usize, String)> = Vec::new(); // (depth, title); unnumbered headings get depth 9
    for (i, h) in hs.iter().enumerate() {
        let depth = h.number.as_ref().map(|n| n.split('.').count()).unwrap_or(9);
        while path.last().is_some_and(|(d, _)| *d >= depth) {
            path.pop();
        }
        let label = match &h.number {
            Some(n) => format!("{n} {}", h.title),
            None => h.title.clone(),
        };
        path.push((depth, label));
        let to = heading_end(hs, i, doc.len());
        let text = join_lines(doc.range(h.line + 1, to).map(|(_, l)| l).filter(|l| !l.trim().is_empty()));
        let text = plain(&text);
        if text.split_whitespace().count() >= 3 {
            ex.passages.push(doc.passage(path.iter().map(|(_, t)| t.clone()).collect(), text, h.line, to));
        }
    }
}
