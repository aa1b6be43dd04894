//! Nothing invented: every value `govlens export` gives (facts, scores, answers, passages) is
//! found in the lines of its source document that its provenance names, or is a documented
//! repair of those lines. Nothing lost: the counts `govlens stats` reports match what the
//! documents hold.
mod common;
use common::*;
use govlens_core::{Corpus, Lines, Provenance};
use std::collections::HashMap;

/// Letters and digits only, lowercased: what survives any conversion's spacing, line breaks,
/// Markdown, thousands separators and hyphenation.
fn skeleton(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

struct Sources {
    lines: HashMap<String, Vec<String>>,
}

impl Sources {
    fn load(c: &Corpus) -> Sources {
        let lines = c.sources.iter().map(|s| (s.file.clone(), source(&s.file).1.lines().map(str::to_string).collect())).collect();
        Sources { lines }
    }

    /// The skeletons of lines `start..=end` of a file: as written, and as read (Markdown link
    /// targets and HTML tags taken out, the way a reader sees the text).
    fn span(&self, file: &str, l: Lines) -> (String, String) {
        let all = &self.lines[file];
        let (a, b) = ((l.start as usize).max(1), (l.end as usize).min(all.len()));
        let raw = all[a - 1..b.max(a - 1)].join("\n");
        let read = regex::Regex::new(r"\]\([^)]*\)|<[^>]*>").map(|re| re.replace_all(&raw, "").to_string()).unwrap_or_default();
        (skeleton(&raw), skeleton(&read))
    }
}

/// Whether a repair covers these lines of this file.
fn repaired(c: &Corpus, p: &Provenance) -> bool {
    c.repairs.iter().any(|r| r.source == p.source && r.lines.start <= p.lines.end && p.lines.start <= r.lines.end)
}

/// The shortest piece of a value that must be found as it is. A value the parser put together
/// from parts of its lines (an item's label and its detail, a text and the address it links to)
/// is traced piece by piece, each piece at least this long.
const MIN_PIECE: usize = 8;

/// Whether `value` is made of pieces of the lines, in order within the value, each piece found
/// in the lines as written or as read.
fn covered(value: &str, spans: &[&str]) -> bool {
    let v: Vec<char> = value.chars().collect();
    let found = |a: usize, b: usize| {
        let piece: String = v[a..b].iter().collect();
        spans.iter().any(|s| s.contains(&piece))
    };
    let mut i = 0;
    while i < v.len() {
        // The longest piece from i that the lines contain (containment shrinks with length).
        let (mut lo, mut hi) = (0, v.len() - i);
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if found(i, i + mid) {
                lo = mid
            } else {
                hi = mid - 1
            }
        }
        if lo == 0 || (lo < MIN_PIECE && i + lo < v.len()) {
            return false;
        }
        i += lo;
    }
    true
}

/// The marker a questionnaire passage carries when the document answers nothing; allowed only
/// where the answer's text is empty too.
const NO_ANSWER: &str = "(no answer given)";

fn check(c: &Corpus, src: &Sources, what: &str, value: &str, p: &Provenance, misses: &mut Vec<String>) {
    let v = skeleton(value);
    let (raw, read) = src.span(&p.source, p.lines);
    if v.is_empty() || covered(&v, &[&raw, &read]) || repaired(c, p) {
        return;
    }
    if value == NO_ANSWER && c.answers.iter().any(|a| a.provenance.source == p.source && a.provenance.lines == p.lines && a.text.is_empty()) {
        return;
    }
    misses.push(format!("{what} '{value}' not in {} lines {}-{} ({})", p.source, p.lines.start, p.lines.end, p.locator));
}

#[test]
fn every_exported_value_is_in_its_source_lines_or_a_documented_repair() {
    let c = corpus();
    let src = Sources::load(c);
    let mut misses = Vec::new();
    let mut checked = 0;
    for f in &c.facts {
        check(c, &src, &format!("fact {}", f.fact), &f.value, &f.provenance, &mut misses);
        if let Some(u) = &f.url {
            check(c, &src, &format!("fact {} url", f.fact), u, &f.provenance, &mut misses);
        }
        checked += 1;
    }
    for s in &c.scores {
        if let Some(v) = s.value {
            check(c, &src, &format!("score {} / {:?}", s.dimension, s.metric), &govlens_core::format::number(v), &s.provenance, &mut misses);
        }
        if let Some(r) = s.reference_value {
            check(c, &src, &format!("reference of {} / {:?}", s.dimension, s.metric), &govlens_core::format::number(r), &s.provenance, &mut misses);
        }
        checked += 1;
    }
    for a in &c.answers {
        check(c, &src, &format!("answer text {} {}", a.questionnaire, a.question), &a.text, &a.provenance, &mut misses);
        for l in &a.links {
            check(c, &src, &format!("answer link {} {}", a.questionnaire, a.question), l, &a.provenance, &mut misses);
        }
        checked += 1;
    }
    for p in &c.passages {
        check(c, &src, &format!("passage {}", p.id), &p.text, &p.provenance, &mut misses);
        checked += 1;
    }
    assert!(checked > 900, "{checked} records checked");
    assert!(misses.is_empty(), "{} of {checked} values not traced to their lines:\n{}", misses.len(), misses.join("\n"));
}

#[test]
fn the_check_catches_an_invented_value() {
    let c = corpus();
    let src = Sources::load(c);
    let pop = c.facts.iter().find(|f| f.fact == "population" && f.value == "613894").expect("the DPA population");
    let mut misses = Vec::new();
    check(c, &src, "population", "613895", &pop.provenance, &mut misses);
    check(c, &src, "population", "613894", &pop.provenance, &mut misses);
    assert_eq!(misses.len(), 1, "{misses:?}");
}

/// Counts read straight from the documents' text, without the parsers, against the corpus and
/// what `govlens stats` reports.
#[test]
fn stats_counts_match_the_documents() {
    let c = corpus();
    let count_lines = |file: &str, re: &str| {
        let re = regex::Regex::new(re).expect("a valid pattern");
        source(file).1.lines().filter(|l| re.is_match(l)).count()
    };
    let stats = c.stats();
    // The questionnaires: a numbered question heading per question, one question-level answer each.
    for (cc, file) in [("LU", LU_MSQ), ("DK", DK_MSQ)] {
        let headings = count_lines(file, r"^\s*\**\s*[0-9]{1,2}\.\s");
        let answered = c.answers.iter().filter(|a| a.country == cc && a.questionnaire.is_un_msq() && a.item.is_none()).count();
        assert_eq!((headings, answered), (44, 44), "{cc}");
        assert!(stats.answers.iter().any(|l| l.starts_with(&format!("{cc} {file}: {headings} questions"))), "{:?}", stats.answers);
    }
    // EUROPAM: one bullet per headline score.
    let bullets = count_lines(LU_EUROPAM, r"^\s*•\s*[0-9]+\([0-9]+\)\s+\S");
    let headlines = c.scores.iter().filter(|s| s.framework == govlens_core::Framework::Europam && s.kind == govlens_core::ScoreKind::Headline).count();
    assert_eq!((bullets, headlines), (5, 5));
    // The DPA benchmark: one table row per indicator, each giving an EU27+ average and a growth.
    let rows = count_lines(LU_DPA, r"^\|.*\|\s*[0-9.]+\s*\|\s*[0-9]+\s*\([+-]?[0-9]+\)");
    let indicators = c.scores.iter().filter(|s| s.kind == govlens_core::ScoreKind::Indicator).count();
    let growths = c.scores.iter().filter(|s| s.kind == govlens_core::ScoreKind::Growth).count();
    assert_eq!((rows, indicators, growths), (23, 23, 23));
    let read = c.checks.iter().find(|k| k.what == "benchmark table rows read").map(|k| k.detail.as_str());
    assert_eq!(read, Some(format!("{rows} rows in 5 groups").as_str()));
    // The inventory's benchmark tables hold the same rows, one value each.
    let tables: Vec<_> = stats.tables.iter().filter(|t| t.framework == "egov-benchmark" && t.kind == "indicators").collect();
    assert_eq!(tables.len(), 5);
    assert_eq!(tables.iter().map(|t| t.values).sum::<usize>(), rows);
    assert_eq!(tables.iter().map(|t| t.rows.unwrap_or(0)).sum::<usize>(), rows);
}
