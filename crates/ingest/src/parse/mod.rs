//! One parser per source family, the family told from the content where the manifest does not
//! say, and what every family's document is checked for after it is read: sections missing
//! (a partial document) and a text that stops before its end (a cut-off one).
pub mod aiwatch;
pub mod complete;
pub mod dpa;
pub mod dpa_plain;
pub mod europam;
pub mod msq;
pub mod split;

use crate::doc::{Doc, Extract, ParseError};
use govlens_core::Family;

/// Parses a document with its family's parser. The extract's one source is the manifest's
/// entry with what the parse found of the document as a whole: the line it appears cut off
/// after, and the sections it lacks.
pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    if doc.is_empty() || doc.numbered().all(|(_, l)| l.trim().is_empty()) {
        return Err(doc.error(None, "the document is empty"));
    }
    let mut ex = match doc.meta.family {
        Family::UnMsq => msq::parse(doc),
        Family::DpaFactsheet => dpa::parse(doc),
        Family::AiWatch => aiwatch::parse(doc),
        Family::Europam => europam::parse(doc),
    }?;
    flag_passages(&mut ex);
    let mut source = doc.meta.clone();
    source.missing_sections = doc.missing_sections().into_iter().map(|(line, what)| format!("line {line}: {what}")).collect();
    if let Some(cut) = complete::cut_off(doc) {
        source.cut_off_after = Some(cut.line as u32);
        ex.checks.push(doc.check("document", govlens_core::CHECK_NOT_CUT_OFF, false, cut.detail));
    }
    if !source.missing_sections.is_empty() {
        ex.checks.push(doc.check(
            "document",
            govlens_core::CHECK_SECTIONS_PRESENT,
            false,
            format!("partial: read without {}", source.missing_sections.join("; ")),
        ));
    }
    ex.sources = vec![source];
    Ok(ex)
}

/// Gives each passage the details of the flagged checks about it: a check whose locator is the
/// passage's heading path (`Freedom of Information / summary` for the passage `Freedom of
/// Information > Summary`), compared without case.
fn flag_passages(ex: &mut Extract) {
    let key = |s: &str| s.to_lowercase().replace(" > ", " / ");
    for k in ex.checks.iter().filter(|k| k.outcome == govlens_core::Outcome::Flagged) {
        let locator = key(&k.locator);
        for p in ex.passages.iter_mut().filter(|p| key(&p.section.join(" / ")) == locator) {
            p.flags.push(k.detail.clone());
        }
    }
}

/// The family a document's content belongs to, from the titles and headings each family
/// always has; `None` where none matches.
pub fn detect(text: &str) -> Option<Family> {
    let head: String = text.lines().take(80).collect::<Vec<_>>().join("\n");
    let has_line = |s: &str| text.lines().any(|l| l.trim().trim_start_matches('#').trim() == s);
    if head.contains("Member States Questionnaire") && head.contains("E-Government Survey") {
        Some(Family::UnMsq)
    } else if head.contains("Public Sector dimension of AI Strategy") || (has_line("Main highlights") && has_line("Strategy analysis")) {
        Some(Family::AiWatch)
    } else if head.contains("European Public Accountability Mechanisms") || (head.contains("Country score (European Average") && has_line("Country Facts")) {
        Some(Family::Europam)
    } else if head.contains("Digital Public Administration factsheet") || head.contains("Digital Government Factsheet") || head.contains("eGovernment in ") {
        Some(Family::DpaFactsheet)
    } else {
        None
    }
}
