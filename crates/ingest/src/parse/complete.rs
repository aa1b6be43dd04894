//! Whether a document ends as its family's documents do. A conversion that stopped early (a
//! page saved before it finished loading, an excerpt, a PDF cut at a page) leaves a text whose
//! last line ends mid-sentence, or that lacks the section its family always closes with; such a
//! document is flagged, and its last passage is shown as possibly incomplete.
use crate::doc::Doc;
use crate::text::{excerpt, heading as heading_text};
use govlens_core::Family;

/// Where a document appears to stop, and why it seems so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutOff {
    /// The last line with text.
    pub line: usize,
    /// `appears cut off after line 74: its last line ends mid-sentence (…)`.
    pub detail: String,
}

/// The headings one of which every complete document of the family has, after its table of
/// contents.
fn closings(family: Family) -> &'static [&'static str] {
    match family {
        Family::UnMsq => &["THANK YOU"],
        Family::AiWatch => &["General Information", "Comment"],
        // The factsheets close with a page about the series (its name changed with the series),
        // the editions before 2016 with their chapter on services for businesses.
        Family::DpaFactsheet => &[
            "The Digital Public Administration Factsheets",
            "The Digital Government Factsheets",
            "The eGovernment Factsheets",
            "eGovernment Services for Businesses",
        ],
        // The last dimension's section, which ends with its "Last update" line.
        Family::Europam => &["Public Procurement"],
    }
}

/// A table of contents entry: a title, dot leaders and a page number.
pub fn is_toc_line(l: &str) -> bool {
    crate::text::re!(r"\S\s*(?:(?:\.\s*){3,}|…+\s*)\d+\s*$").is_match(l.trim())
}

/// Whether a line of prose stops mid-sentence: six words or more, ending in a word or a comma
/// rather than a full stop, a closing bracket, a link or a number.
fn ends_mid_sentence(l: &str) -> bool {
    let t = l.trim().trim_start_matches(['-', '•', '*', '#']).trim();
    let words = t.split_whitespace().count();
    let last_word = t.split_whitespace().last().unwrap_or("");
    let is_link = last_word.contains("://") || last_word.starts_with("www.") || last_word.ends_with(')') || last_word.ends_with('>');
    words >= 6 && !is_link && t.ends_with(|c: char| c.is_alphabetic() || matches!(c, ',' | ';' | '-' | '(' | '–'))
}

/// Where the document appears cut off, if it does.
pub fn cut_off(doc: &Doc) -> Option<CutOff> {
    let (last, text) = doc.numbered().filter(|(_, l)| !l.trim().is_empty()).last()?;
    // A short last line that a converter broke off a sentence ("...the framework of" / "the")
    // is read with the line before it, when that line is prose that did not end.
    let before = doc.line(last.saturating_sub(1)).trim();
    let is_item = |l: &str| l.starts_with(['-', '•', '*', '|', '#']);
    let joined = if last > 1 && !before.is_empty() && !is_item(before) && !is_item(text.trim()) && !before.ends_with(['.', ':', '!', '?', ')']) {
        format!("{before} {}", text.trim())
    } else {
        text.to_string()
    };
    if ends_mid_sentence(&joined) {
        let tail: String = {
            let chars: Vec<char> = text.trim().chars().collect();
            chars[chars.len().saturating_sub(40)..].iter().collect()
        };
        return Some(CutOff {
            line: last, detail: format!("appears cut off after line {last}: its last line ends mid-sentence ('…{}')", excerpt(&tail, 60))
        });
    }
    let family = doc.meta.family;
    let after_toc = doc.numbered().filter(|(_, l)| is_toc_line(l)).map(|(n, _)| n).last().unwrap_or(0);
    let closes = doc.range(after_toc + 1, doc.len()).any(|(_, l)| closings(family).iter().any(|c| c.eq_ignore_ascii_case(heading_text(l))));
    let closes = closes && (family != Family::Europam || europam_last_update(doc));
    if !closes {
        let wanted = closings(family).iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(" or ");
        return Some(CutOff {
            line: last,
            detail: format!("appears cut off after line {last}: it has no {wanted}, the section every {} closes with", family.label()),
        });
    }
    None
}

/// A EUROPAM page's last dimension ends with its "Last update" line.
fn europam_last_update(doc: &Doc) -> bool {
    let Some(last_dim) = doc.numbered().filter(|(_, l)| heading_text(l).eq_ignore_ascii_case("Public Procurement")).map(|(n, _)| n).last() else {
        return false;
    };
    doc.range(last_dim + 1, doc.len()).any(|(_, l)| l.trim().trim_start_matches('*').starts_with("Last update"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mid_sentence_endings() {
        assert!(ends_mid_sentence("disseminating results and questions to the Public"));
        assert!(ends_mid_sentence("Parties are required to keep accounts which must include details in relat"));
        assert!(!ends_mid_sentence("more effective public-private AI development."));
        assert!(!ends_mid_sentence("*Last update: 2017"));
        assert!(!ends_mid_sentence("Please complete this OPTIONAL Respondent Satisfaction Survey: https://forms.office.com/r/x"));
        assert!(is_toc_line("Country Profile ......................................................... 1"));
        assert!(is_toc_line("7 Cross-border Services for Citizens and Businesses ... 40"));
        assert!(is_toc_line("Legal Framework …… 21"));
        assert!(!is_toc_line("Country Profile"));
        assert!(!is_toc_line("The population grew by 2.3% in 2019."));
    }
}
