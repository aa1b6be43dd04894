//! The factsheet series in plain text: the editions before the Markdown one and the PDF-to-text
//! conversions of any edition. The series was "eGovernment in <Country>" up to 2018 (editions
//! such as "Edition 16.0, June 2014"), "Digital Government Factsheet" in 2019, and "Digital
//! Public Administration factsheet" from 2020. Their text has no Markdown: the chapters are
//! plain lines ("Country Profile", "eGovernment Actors", "4 Digital Public Administration
//! Governance"), the profile's facts `Label: value (year)` lines, and a conversion leaves a
//! table of contents with dot leaders, the publisher's running header and page numbers, and,
//! when republished by a document-sharing site, that site's own lines before the document.
//!
//! Read from it: the country profile's basic data, the strategies, the national bodies in
//! charge and the portals, and the text of every section; a chapter the edition lacks is an
//! unknown with the line where it was looked for.
use super::complete::is_toc_line;
use super::dpa::first_sentence;
use crate::doc::{Doc, Extract, ParseError};
use crate::text::{first_year, fmt_number, heading, join_lines, links, number_in, period, plain, re};
use govlens_core::Fact;

/// The series' titles, newest first: the line that starts the document.
const TITLES: &[&str] = &["Digital Public Administration factsheet", "Digital Government Factsheet", "eGovernment in "];

/// What a chapter holds, whatever its edition calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Profile,
    Strategy,
    Bodies,
    Infrastructure,
    Other,
}

/// Chapter titles of every edition (compared without case, a leading chapter number and
/// Markdown marks) and what each holds.
const CHAPTERS: &[(&str, Role)] = &[
    ("Country Profile", Role::Profile),
    ("eGovernment History", Role::Other),
    ("eGovernment Highlights", Role::Other),
    ("eGovernment State of Play", Role::Other),
    ("eGovernment Strategy", Role::Strategy),
    ("eGovernment Legal Framework", Role::Other),
    ("eGovernment Actors", Role::Bodies),
    ("eGovernment Who's Who", Role::Other),
    ("eGovernment Infrastructure", Role::Infrastructure),
    ("eGovernment Services for Citizens", Role::Other),
    ("eGovernment Services for Businesses", Role::Other),
    ("Digital Government Highlights", Role::Other),
    ("Digital Government Political Communications", Role::Strategy),
    ("Digital Government Legislation", Role::Other),
    ("Digital Government Governance", Role::Bodies),
    ("Digital Government Infrastructure", Role::Infrastructure),
    ("Digital Government Services for Citizens", Role::Other),
    ("Digital Government Services for Businesses", Role::Other),
    ("Digital Public Administration Highlights", Role::Other),
    ("Digital Public Administration Political Communications", Role::Strategy),
    ("Digital Public Administration Legislation", Role::Other),
    ("Digital Public Administration Governance", Role::Bodies),
    ("Digital Public Administration Infrastructure", Role::Infrastructure),
    ("Cross-border Digital Public Administration Services", Role::Other),
    ("Cross border Digital Public Administration Services", Role::Other),
    ("Cross-border Digital Government Services", Role::Other),
    ("Digital Public Administration Services for Citizens", Role::Other),
    ("Digital Public Administration Services for Businesses", Role::Other),
    ("The eGovernment Factsheets", Role::Other),
    ("The Digital Government Factsheets", Role::Other),
    ("The Digital Public Administration Factsheets", Role::Other),
];

/// The profile's labels across editions (prefixes, compared without case) and their facts.
const PROFILE: &[(&str, &str)] = &[
    ("Population", "population"),
    ("GDP at market prices", "gdp"),
    ("GDP per inhabitant in PPS", "gdp_per_inhabitant_pps"),
    ("GDP growth rate", "gdp_growth"),
    ("Inflation rate", "inflation"),
    ("Unemployment rate", "unemployment"),
    ("Government debt", "government_debt"),
    ("General government gross debt", "government_debt"),
    ("Public balance", "government_deficit"),
    ("General government deficit", "government_deficit"),
    ("Area", "area"),
    ("Capital city", "capital"),
    ("Official EU language", "official_languages"),
    ("Currency", "currency"),
];

/// Role headings of the bodies' chapter, in the editions' words.
const BODY_ROLES: &[&str] = &[
    "Policy/Strategy",
    "Policy",
    "Strategy",
    "Coordination",
    "Implementation",
    "Support",
    "Interoperability coordination",
    "Base registry coordination",
    "Audit/Assurance",
    "Audit",
    "Data Protection",
];

/// A line as compared with a title: Markdown marks, emphasis and a chapter number taken off,
/// the typographic apostrophe made plain.
fn bare(l: &str) -> String {
    let t = l.trim().trim_start_matches('#').trim().trim_matches('*').trim();
    let t = re!(r"^\d{1,2}(?:\.\d+)*\.?\s+").replace(t, "");
    t.replace('’', "'")
}

/// The chapter a line opens: its title exactly, or a short line that starts with it (an edition
/// that adds words: "Cross-border Digital Public Administration Services for Citizens and
/// Businesses").
fn chapter_of(l: &str) -> Option<(&'static str, Role)> {
    let b = bare(l);
    let short = b.split_whitespace().count() <= 12 && !b.ends_with('.');
    let lower = b.to_lowercase();
    CHAPTERS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(&b))
        .or_else(|| CHAPTERS.iter().find(|(t, _)| short && lower.starts_with(&t.to_lowercase())))
        .map(|(t, r)| (*t, *r))
}

/// Whether a line is a sentence's end (or a heading's, which ends a block too).
fn ends_sentence(l: &str) -> bool {
    l.trim_end().ends_with(['.', ':', '!', '?', ')', '"', '”'])
}

/// A heading inside a chapter: a short line that is not a sentence, after a line that ended one
/// (so that a PDF line broken mid-sentence is not taken for one).
fn is_subheading(l: &str, previous: Option<&str>) -> bool {
    let t = l.trim();
    // `eID and Trust Services`, `eGovernment Actors`: a heading may start in lower case.
    is_subheading_shape(t)
        && t.starts_with(|c: char| c.is_alphabetic() || c.is_ascii_digit())
        && !t.contains("://")
        && !t.contains(": ")
        && previous.is_none_or(|p| ends_sentence(p) || is_subheading_shape(p))
}

/// The shape of a heading without the look back: short and not a sentence.
fn is_subheading_shape(l: &str) -> bool {
    let t = l.trim();
    let words = t.split_whitespace().count();
    (1..=12).contains(&words) && !t.ends_with(['.', ',', ';', ':'])
}

/// A chapter: its title line, title, role and last line.
struct Chapter {
    line: usize,
    title: &'static str,
    role: Role,
    end: usize,
}

/// A block of a chapter: its heading (line and text, `None` for the text before the first)
/// and its text lines.
struct Block<'a> {
    line: usize,
    heading: Option<String>,
    /// The heading is a numbered section's (`3.1 Specific Political Communications`), not a
    /// named item's.
    numbered: bool,
    lines: Vec<(usize, &'a str)>,
}

impl Block<'_> {
    /// The block's last line: its last text line, or its heading's.
    fn end(&self) -> usize {
        self.lines.last().map(|(n, _)| *n).unwrap_or(self.line)
    }

    /// The block's text as one paragraph.
    fn text(&self) -> String {
        join_lines(self.lines.iter().map(|(_, l)| *l))
    }
}

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    let mut ex = Extract::default();
    let (title_line, title) = find_title(doc)?;
    // The running header and footer (the title again, or any short line repeated on three
    // pages or more that is no chapter or role heading), page numbers, `[1]` markers and
    // month-year lines.
    let mut repeated: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (_, l) in doc.numbered() {
        *repeated.entry(l.trim()).or_default() += 1;
    }
    let is_running = |t: &str| {
        repeated.get(t).is_some_and(|&k| k >= 3)
            && (1..=8).contains(&t.split_whitespace().count())
            && chapter_of(t).is_none()
            && !BODY_ROLES.iter().any(|r| r.eq_ignore_ascii_case(&bare(t)))
    };
    let page_number = re!(r"^\[?\d{1,3}\]?$");
    let month_year = re!(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d{2}$");
    let furniture = |l: &str| {
        let t = l.trim();
        t == title || is_running(t) || page_number.is_match(t) || month_year.is_match(t)
    };
    // Chapters start after the table of contents, which lists the same titles.
    let toc_end = doc.numbered().filter(|(_, l)| is_toc_line(l)).map(|(n, _)| n).last().unwrap_or(title_line);
    let mut chapters: Vec<Chapter> = Vec::new();
    for (n, l) in doc.range(toc_end + 1, doc.len()) {
        if let Some((t, role)) = chapter_of(l) {
            if chapters.iter().any(|c| c.title == t) {
                continue; // a running header that repeats the chapter's name
            }
            chapters.push(Chapter { line: n, title: t, role, end: doc.len() });
        }
    }
    for i in 1..chapters.len() {
        chapters[i - 1].end = chapters[i].line - 1;
    }
    if chapters.is_empty() {
        return Err(doc.error(
            Some(toc_end + 1),
            format!("'{title}' has none of its series' chapters after line {toc_end} (expected 'Country Profile', 'eGovernment Strategy', 'Digital Government Governance' or the like)"),
        ));
    }
    let text_lines = |c: &Chapter| -> Vec<(usize, &str)> {
        doc.range(c.line + 1, c.end).filter(|(_, l)| !l.trim().is_empty() && !furniture(l) && !is_toc_line(l)).collect()
    };
    let section_number = re!(r"^\s*#*\s*\d{1,2}(?:\.\d+)+\.?\s");
    let blocks = |c: &Chapter| -> Vec<Block> {
        let mut out = vec![Block { line: c.line, heading: None, numbered: false, lines: vec![] }];
        let mut previous: Option<&str> = None;
        for (n, l) in text_lines(c) {
            // A heading's Markdown marks and section number are not its name (`6.1 Portals`).
            let b = bare(l);
            if is_subheading(&b, previous) {
                let numbered = section_number.is_match(l);
                out.push(Block { line: n, heading: Some(plain(&b)), numbered, lines: vec![] });
            } else if let Some(b) = out.last_mut() {
                b.lines.push((n, l));
            }
            previous = Some(l);
        }
        out
    };
    let chapter = |role: Role| chapters.iter().find(|c| c.role == role);
    let after_title = chapters.first().map(|c| c.line).unwrap_or(title_line);

    match chapter(Role::Profile) {
        Some(c) => profile(doc, c, &text_lines(c), &mut ex),
        None => doc.missing(&mut ex, "Country Profile", after_title, "the country profile's basic data", "the factsheet has no 'Country Profile' chapter"),
    }
    // The chapters read for facts: what each is called in the message where an edition lacks it.
    type Reader = fn(&Doc, &Chapter, &[Block], &mut Extract);
    let readers: [(Role, &str, &str, &str, Reader); 3] = [
        (
            Role::Strategy,
            "Strategy",
            "strategies",
            "the factsheet has no chapter on strategies ('eGovernment Strategy' or 'Political Communications')",
            strategies,
        ),
        (
            Role::Bodies,
            "Actors",
            "bodies in charge of digital public administration",
            "the factsheet has no chapter on its actors ('eGovernment Actors' or 'Governance')",
            bodies,
        ),
        (Role::Infrastructure, "Infrastructure", "portals", "the factsheet has no chapter on infrastructure", portals),
    ];
    for (role, section, what, reason, read) in readers {
        match chapter(role) {
            Some(c) => read(doc, c, &blocks(c), &mut ex),
            None => doc.missing(&mut ex, section, after_title, what, reason),
        }
    }
    for c in &chapters {
        for b in blocks(c) {
            let text = plain(&b.text());
            if text.split_whitespace().count() < 3 {
                continue;
            }
            let mut section = vec![c.title.to_string()];
            section.extend(b.heading.clone());
            let end = b.end();
            ex.passages.push(doc.passage(section, text, b.line, end));
        }
    }
    Ok(ex)
}

/// The document's title line (`eGovernment in Portugal`, `Digital Government Factsheet 2019:
/// Portugal`, or the series' name with the country on the next line), its country checked.
pub(super) fn find_title<'a>(doc: &Doc<'a>) -> Result<(usize, &'a str), ParseError> {
    let edition_year = re!(r"^(?:(?:19|20)\d{2})?\s*[:\-–]?\s*");
    let year_line = re!(r"^(?:19|20)\d{2}$");
    for (n, l) in doc.numbered() {
        let t = l.trim().trim_start_matches('#').trim();
        let Some(series) = TITLES.iter().find(|s| t.starts_with(**s)) else { continue };
        // The country after the series' name and an edition year, or on the next line.
        let rest = t[series.len()..].trim();
        let rest = edition_year.replace(rest, "");
        let rest = rest.trim();
        if !rest.is_empty() {
            if govlens_core::countries::code_of(rest).is_some() {
                doc.expect_country(rest, n, "factsheet is about")?;
                return Ok((n, l.trim()));
            }
            // A line that runs the title together with other text (a sharing site's header).
            continue;
        }
        if let Some((m, next)) = doc.range(n + 1, doc.len()).find(|(_, x)| !x.trim().is_empty()) {
            if year_line.is_match(next.trim()) {
                // `Digital Government Factsheet` / `2019` / `Portugal`.
                if let Some((k, country)) = doc.range(m + 1, doc.len()).find(|(_, x)| !x.trim().is_empty()) {
                    doc.expect_country(heading(country), k, "factsheet is about")?;
                    return Ok((n, l.trim()));
                }
            }
            doc.expect_country(heading(next), m, "factsheet is about")?;
            return Ok((n, l.trim()));
        }
    }
    Err(doc
        .error(None, "not a DPA factsheet: no 'Digital Public Administration factsheet', 'Digital Government Factsheet' or 'eGovernment in <Country>' title"))
}

/// The profile's basic data: `Label: value (year)` lines from the chapter's start (or its
/// "Basic data" heading) to its "Basic indicators" or "Political Structure" part.
fn profile(doc: &Doc, c: &Chapter, lines: &[(usize, &str)], ex: &mut Extract) {
    let item = re!(r"^(?:Basic [Dd]ata\s+)?([A-Z][^:]{1,90}?):\s*(\S.*)$");
    // The number, then a unit that starts with neither a digit nor a separator, then a year.
    let value_re = re!(r"^([+\-−]?\d[\d\s.,\u{a0}\u{202f}]*?)\s*([^\d(\s.,][^()]*?)?\s*(?:\(((?:19|20)\d{2})\))?$");
    let stop = |l: &str| {
        let b = bare(l).to_lowercase();
        b.starts_with("basic indicators") || b.starts_with("political structure")
    };
    let mut found: Vec<String> = Vec::new();
    let mut pending: Vec<usize> = Vec::new(); // facts waiting for their "Source:" line
                                              // A label whose value the conversion wrapped onto the next line (`GDP per inhabitant in PPS
                                              // (...):` then `76.0 (2012)`): the two read as one.
    let mut carried: Option<String> = None;
    for (n, l) in lines.iter().copied().take_while(|(_, l)| !stop(l)) {
        let t = plain(l.trim());
        let t = match carried.take() {
            Some(label) => format!("{label} {t}"),
            None => t,
        };
        if t.ends_with(':') && item.is_match(&format!("{t} x")) && !t.starts_with("Source") {
            carried = Some(t);
            continue;
        }
        if let Some(src) = t.strip_prefix("Source:") {
            for &i in &pending {
                ex.facts[i].note = Some(format!("Source: {}", src.trim()));
            }
            pending.clear();
            continue;
        }
        let Some(cap) = item.captures(&t) else { continue };
        let label = cap[1].trim().to_string();
        let raw = cap[2].trim().to_string();
        let known = PROFILE.iter().find(|(p, _)| label.to_lowercase().starts_with(&p.to_lowercase())).map(|(_, f)| (*f).to_string());
        let fact =
            known.unwrap_or_else(|| label.to_lowercase().split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_"));
        let thousands = label.contains("(1 000)") || label.contains("(1000)");
        let (value, number, unit, year) = match value_re.captures(&raw) {
            Some(v) => match number_in(v[1].trim(), &doc.meta.language) {
                Ok(x) => {
                    let unit = v.get(2).map(|u| u.as_str().trim().replace("km2", "km²")).filter(|u| !u.is_empty());
                    let unit = if thousands { Some(format!("thousand {}", unit.unwrap_or_default()).trim().to_string()) } else { unit };
                    (fmt_number(x), Some(x), unit, v.get(3).and_then(|y| y.as_str().parse().ok()))
                }
                Err(why) => {
                    ex.unknowns.push(doc.unknown(&format!("{} / Basic data", c.title), n, n, format!("country profile: {label}"), format!("value {why}")));
                    continue;
                }
            },
            None => (raw.clone(), None, None, raw.strip_suffix(')').and_then(|r| r.rsplit_once('(')).and_then(|(_, y)| first_year(y))),
        };
        found.push(fact.clone());
        pending.push(ex.facts.len());
        ex.facts.push(Fact {
            country: doc.country().into(),
            fact,
            label,
            value,
            number,
            unit,
            year,
            period: None,
            url: None,
            note: None,
            provenance: doc.prov(format!("{} / Basic data", c.title), n, n),
        });
    }
    if found.is_empty() {
        doc.missing(ex, &format!("{} / Basic data", c.title), c.line, "the country profile's basic data", "the chapter has no 'Label: value' items");
        return;
    }
    for f in ["population", "gdp", "area", "capital", "currency"] {
        if !found.iter().any(|x| x == f) {
            let label = PROFILE.iter().find(|(_, x)| *x == f).map(|(l, _)| *l).unwrap_or(f);
            ex.unknowns.push(doc.unknown(
                &format!("{} / Basic data", c.title),
                c.line,
                c.end,
                format!("country profile: {label}"),
                "not given in the profile's basic data",
            ));
        }
    }
}

/// Strategies: the chapter's headings that name one (strategy, plan, agenda, programme).
fn strategies(doc: &Doc, c: &Chapter, blocks: &[Block], ex: &mut Extract) {
    for b in blocks {
        let Some(h) = &b.heading else { continue };
        let lower = h.to_lowercase();
        let names_one = ["strateg", "plan", "agenda", "programme", "program", "compass", "roadmap", "vision", "action"].iter().any(|w| lower.contains(w));
        if b.numbered || !names_one || lower.starts_with("upcoming") {
            continue;
        }
        let text = plain(&b.text());
        let end = b.end();
        ex.facts.push(Fact {
            country: doc.country().into(),
            fact: "strategy".into(),
            label: "Strategy".into(),
            value: h.clone(),
            number: None,
            unit: None,
            year: Some(doc.meta.year),
            period: period(h).or_else(|| period(&text)),
            url: links(&b.lines.iter().map(|(_, l)| *l).collect::<Vec<_>>().join(" ")).into_iter().next(),
            note: (!text.is_empty()).then(|| first_sentence(&text)),
            provenance: doc.prov(format!("{} / {h}", c.title), b.line, end),
        });
    }
}

/// The national bodies: under each role heading ("Policy/Strategy", "Coordination", ...), the
/// headings that follow are the bodies with that role, until the regional part.
fn bodies(doc: &Doc, c: &Chapter, blocks: &[Block], ex: &mut Extract) {
    let mut role: Option<&str> = None;
    let mut found: Vec<(String, Vec<String>, usize, usize)> = Vec::new();
    // Each body's place in `found` by its name without case: a scan per heading was quadratic.
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for b in blocks {
        let Some(h) = &b.heading else { continue };
        if h.to_lowercase().starts_with("regional") || h.to_lowercase().starts_with("subnational") {
            break;
        }
        if let Some(r) = BODY_ROLES.iter().find(|r| r.eq_ignore_ascii_case(h)) {
            role = Some(r);
            continue;
        }
        let Some(r) = role else { continue };
        let end = b.end();
        match index.get(&h.to_lowercase()).map(|&k| &mut found[k]) {
            Some(f) if !f.1.iter().any(|x| x == r) => f.1.push(r.to_string()),
            Some(_) => {}
            None => {
                index.insert(h.to_lowercase(), found.len());
                found.push((h.clone(), vec![r.to_string()], b.line, end));
            }
        }
    }
    if found.is_empty() {
        doc.missing(
            ex,
            c.title,
            c.line,
            "bodies in charge of digital public administration",
            "the chapter names no body under a role heading ('Policy/Strategy', 'Coordination', 'Implementation', 'Support')",
        );
    }
    for (name, roles, from, to) in found {
        ex.facts.push(super::dpa::national_body(doc, name, &roles, doc.prov(format!("{} / National", c.title), from, to)));
    }
}

/// Portals: the infrastructure chapter's headings that name a portal, with the first web
/// address their text gives.
fn portals(doc: &Doc, c: &Chapter, blocks: &[Block], ex: &mut Extract) {
    let mut any = false;
    for b in blocks {
        let Some(h) = &b.heading else { continue };
        let text = b.text();
        let is_portal = h.to_lowercase().contains("portal") && !h.eq_ignore_ascii_case("portals") && !h.eq_ignore_ascii_case("portal");
        if !is_portal {
            continue;
        }
        any = true;
        let url = links(&text).into_iter().next().map(|u| if u.starts_with("www.") { format!("https://{u}") } else { u });
        let end = b.end();
        if url.is_none() {
            ex.unknowns.push(doc.unknown(
                &format!("{} / {h}", c.title),
                b.line,
                end,
                format!("web address of portal '{h}'"),
                "the factsheet's text about it gives no address",
            ));
        }
        ex.facts.push(Fact {
            country: doc.country().into(),
            fact: "portal".into(),
            label: "Portal (national)".into(),
            value: h.clone(),
            number: None,
            unit: None,
            year: Some(doc.meta.year),
            period: None,
            url,
            note: Some(first_sentence(&plain(&text))),
            provenance: doc.prov(format!("{} / {h}", c.title), b.line, end),
        });
    }
    if !any {
        doc.missing(ex, c.title, c.line, "portals", "the chapter names no portal");
    }
}
