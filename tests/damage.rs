//! Each parser, fed a document of its family with a section removed or a table damaged, gives a
//! clear error or a recorded unknown: never a silent wrong value, never a panic.
mod common;
use common::*;
use govlens_core::{Outcome, ScoreKind, Source};
use govlens_ingest::doc::{Doc, Extract, ParseError};
use govlens_ingest::parse::parse;

fn run(meta: &Source, text: &str) -> Result<Extract, ParseError> {
    let doc = Doc::new(meta, text);
    parse(&doc)
}

/// The document with lines `from..=to` (1-based) removed.
fn without(text: &str, from: usize, to: usize) -> String {
    text.lines().enumerate().filter(|(i, _)| *i + 1 < from || *i + 1 > to).map(|(_, l)| l).collect::<Vec<_>>().join("\n")
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.trim() == needle || l.contains(needle)).expect(needle) + 1
}

fn err(r: Result<Extract, ParseError>) -> ParseError {
    match r {
        Err(e) => e,
        Ok(_) => panic!("expected a parse error"),
    }
}

#[test]
fn every_parser_survives_truncation_at_every_point() {
    for file in [LU_MSQ, LU_DPA, LU_AIWATCH, DK_MSQ, LU_EUROPAM] {
        let (meta, text) = source(file);
        let lines: Vec<&str> = text.lines().collect();
        let step = (lines.len() / 60).max(1);
        for cut in (0..lines.len()).step_by(step) {
            // Either outcome is fine; a panic fails the test.
            let _ = run(&meta, &lines[..cut].join("\n"));
        }
        // Halfway through a line, too.
        let _ = run(&meta, &text[..text.len() / 3]);
    }
}

#[test]
fn empty_binary_and_foreign_documents_are_refused_with_their_reason() {
    for file in [LU_MSQ, LU_DPA, LU_AIWATCH, DK_MSQ, LU_EUROPAM] {
        let (meta, _) = source(file);
        assert_eq!(err(run(&meta, "")).message, "the document is empty");
        let e = err(run(&meta, "\u{0}\u{1}PK\u{3}\u{4}binary\u{fffd}\u{fffd}"));
        assert!(e.message.starts_with("not a"), "{file}: {e}");
    }
    // A document of another family.
    let (europam, _) = source(LU_EUROPAM);
    let (_, msq_text) = source(LU_MSQ);
    assert_eq!(
        err(run(&europam, &msq_text)).message,
        "not a EUROPAM page: no 'EUROPAM' title in its first lines, no 'Country score' list and no 'Country Facts'"
    );
}

#[test]
fn europam_missing_dimension_section_leaves_the_rest_read() {
    let (meta, text) = source(LU_EUROPAM);
    let from = text.lines().position(|l| l == "Freedom of Information").unwrap() + 1;
    let to = text.lines().position(|l| l == "Public Procurement").unwrap();
    let ex = run(&meta, &without(&text, from, to)).expect("parses in part");
    let missing = &ex.sources[0].missing_sections;
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(
        missing[0].contains("Freedom of Information: the section of dimension 'Freedom of Information' is missing (its headline is on line 11)"),
        "{missing:?}"
    );
    // The five headline scores and the eight facts it had read are kept (the issue saw them
    // dropped); the headline without its table has no year.
    let headlines: Vec<_> = ex.scores.iter().filter(|s| s.kind == ScoreKind::Headline).map(|s| (s.dimension.as_str(), s.value, s.year)).collect();
    assert_eq!(headlines.len(), 5, "{headlines:?}");
    assert!(headlines.contains(&("Freedom of Information", Some(29.0), None)));
    assert!(headlines.contains(&("Public Procurement", Some(62.0), Some(2020))) || headlines.iter().any(|h| h.0 == "Public Procurement" && h.1 == Some(62.0)));
    assert_eq!(ex.facts.len(), 8);
    assert_eq!(ex.scores.iter().filter(|s| s.dimension == "Financial Disclosure" && s.kind == ScoreKind::Primary).count(), 25);
}

#[test]
fn europam_damaged_table_leaves_values_unknown_not_wrong() {
    let (meta, text) = source(LU_EUROPAM);
    // Three digits lost from a row: no reading fits five columns, nor the headline.
    let damaged = text.replace("Scope and Coverage777756", "Scope and Coverage777");
    let ex = run(&meta, &damaged).expect("parses with unknowns");
    let foi: Vec<_> = ex.scores.iter().filter(|s| s.dimension == "Freedom of Information" && s.kind == ScoreKind::Primary).collect();
    assert!(foi.is_empty(), "no FOI value is guessed: {foi:?}");
    assert!(ex.unknowns.iter().any(|u| u.what.starts_with("Freedom of Information / Scope and Coverage")));
    assert!(ex.checks.iter().any(|c| c.locator == "Freedom of Information / Primary Metric" && c.outcome == Outcome::Flagged));
    // The other dimensions are untouched.
    assert_eq!(ex.scores.iter().filter(|s| s.dimension == "Financial Disclosure" && s.kind == ScoreKind::Primary).count(), 25);
}

#[test]
fn europam_headline_that_disagrees_with_its_table_is_flagged() {
    let (meta, text) = source(LU_EUROPAM);
    let damaged = text.replace("• 29(59) Freedom of Information", "• 92(59) Freedom of Information");
    let ex = run(&meta, &damaged).expect("parses");
    let head = ex.scores.iter().find(|s| s.dimension == "Freedom of Information" && s.kind == ScoreKind::Headline).unwrap();
    assert_eq!(head.year, None, "a headline its table does not confirm gets no year");
    assert!(ex.unknowns.iter().any(|u| u.what == "year of the Freedom of Information headline score"));
    assert!(ex.checks.iter().any(|c| c.locator == "Freedom of Information / Primary Metric" && c.outcome == Outcome::Flagged));
}

#[test]
fn europam_unreadable_headline_line_is_an_error_with_its_line() {
    let (meta, text) = source(LU_EUROPAM);
    let damaged = text.replace("• 34(37) Conflict of Interest", "• 34 (thirty-seven) Conflict of Interest");
    // The line is an unknown naming it; the other headlines and the dimension's tables are read.
    let ex = run(&meta, &damaged).expect("parses in part");
    let at = line_of(&text, "34(37) Conflict of Interest") as u32;
    let u = ex.unknowns.iter().find(|u| u.lines.start == at).expect("an unknown on the headline's line");
    assert!(u.what.starts_with("headline score line '• 34 (thirty-seven)") && u.reason.starts_with("unreadable: expected '• 56(66) Dimension'"), "{u:?}");
    let headlines: Vec<_> = ex.scores.iter().filter(|s| s.kind == ScoreKind::Headline).map(|s| (s.dimension.as_str(), s.value)).collect();
    assert_eq!(
        headlines,
        [("Political Financing", Some(56.0)), ("Financial Disclosure", Some(32.0)), ("Freedom of Information", Some(29.0)), ("Public Procurement", Some(62.0))]
    );
}

#[test]
fn dpa_missing_sections_and_broken_benchmark_table() {
    let (meta, text) = source(LU_DPA);
    // The profile's heading gone: the profile is an unknown and the document partial; the
    // benchmark, strategies, bodies and portals are still read.
    let basic = line_of(&text, "## 1.1 Basic data");
    let ex = run(&meta, &without(&text, basic, basic)).expect("parses in part");
    assert!(ex.unknowns.iter().any(|u| u.what == "the country profile's basic data" && u.reason == "section 1.1 is missing"));
    assert_eq!(ex.sources[0].missing_sections, ["line 33: §1.1 Basic data: section 1.1 is missing"]);
    assert!(ex.checks.iter().any(|k| k.what == govlens_core::CHECK_SECTIONS_PRESENT && k.outcome == Outcome::Flagged));
    assert!(ex.facts.iter().any(|f| f.fact == "portal") && ex.scores.len() > 20, "{}", ex.scores.len());

    // One profile line gone: recorded as unknown, the rest still read.
    let pop = line_of(&text, "**Population:**");
    let ex = run(&meta, &without(&text, pop, pop)).expect("parses");
    assert!(ex.unknowns.iter().any(|u| u.what == "country profile: Population"));
    assert!(!ex.facts.iter().any(|f| f.fact == "population"));
    assert!(ex.facts.iter().any(|f| f.fact == "gdp"));

    // A group label lost entirely: the rows cannot be placed, so the table is refused.
    let damaged = text.replacen("| USER CENTRICITY                                  | Overall scores", "|  | Overall scores", 1);
    // Each damage to the table costs the table (a missing section, named with its line), not
    // the factsheet.
    let missing = |t: &str| run(&meta, t).expect("parses in part").sources[0].missing_sections.join("\n");
    let m = missing(&damaged);
    assert!(m.contains("'Overall scores' row has no group label"), "{m}");

    // The table removed.
    let t0 = line_of(&text, "| eGovernment performance across policy priorities");
    let t1 = line_of(&text, "| Digital post");
    let m = missing(&without(&text, t0, t1));
    assert!(m.contains("no eGovernment Benchmark table"), "{m}");

    // A value outside 0..100, on its own line.
    let damaged = text.replace("| 97 (+32) •", "| 970 (+32) •");
    let m = missing(&damaged);
    assert!(m.starts_with(&format!("line {}: ", line_of(&text, "| 97 (+32) •"))) && m.contains("970 is outside 0..100"), "{m}");
}

#[test]
fn ai_watch_missing_section() {
    let (meta, text) = source(LU_AIWATCH);
    // The analysis's heading gone: its lines fall under the highlights, which keep their items;
    // the analysis is a missing section, the summary and general information are read.
    let at = line_of(&text, "Strategy analysis");
    let ex = run(&meta, &without(&text, at, at)).expect("parses in part");
    assert_eq!(
        ex.sources[0].missing_sections,
        [format!("line {}: Strategy analysis: the page has no 'Strategy analysis' section", line_of(&text, "General Information") - 2)]
    );
    let s = &ex.ai_strategies[0];
    assert!(s.analysis.is_empty() && s.highlights.len() >= 5 && s.released.is_some(), "{s:?}");
    // General Information gone: the older layout then lacks its closing section.
    let g = line_of(&text, "General Information");
    let ex = run(&meta, &without(&text, g, g)).expect("parses in part");
    assert!(ex.sources[0].missing_sections[0].contains("General Information: the page has neither 'General Information' nor a closing 'Comment'"));
    assert!(ex.unknowns.iter().any(|u| u.what == "title and release date of the AI strategy"));
    let e = err(run(&meta, &text.replace("Luxembourg: Public Sector", "Atlantis: Public Sector")));
    assert_eq!(e.message, "unknown country name 'Atlantis'");
}

#[test]
fn msq_missing_duplicated_and_reordered_questions() {
    let (meta, text) = source(DK_MSQ);
    // Question 12's heading removed: its answer is recorded as unknown with the reason.
    let q12 = line_of(&text, "12. Is there any legislation, law or regulation on digital identity?");
    let ex = run(&meta, &without(&text, q12, q12)).expect("parses");
    let a = ex.answers.iter().find(|a| a.question == "12" && a.item.is_none()).expect("Q12 accounted for");
    assert_eq!(a.answer, govlens_core::AnswerValue::Unknown);
    assert!(a.reason.as_deref().unwrap_or("").contains("not in the document"));
    assert_eq!(ex.answers.iter().filter(|a| a.item.is_none()).count(), 44);

    // A question twice.
    let dup = text.replace(
        "13. Is there any legislation, law or regulation on digital signature?",
        "12. Is there any legislation, law or regulation on digital signature?",
    );
    let e = err(run(&meta, &dup));
    assert!(e.message.contains("question 12 appears twice"), "{e}");

    // Questions out of order.
    let swapped =
        text.replace("14. Is there any legislation, law or regulation on e-procurement?", "10. Is there any legislation, law or regulation on e-procurement?");
    let e = err(run(&meta, &swapped));
    assert!(e.message.contains("question 10 comes after question 13"), "{e}");

    // The wrong country.
    let e = err(run(&meta, &text.replace("COUNTRY NAME* Denmark", "COUNTRY NAME* Sweden")));
    assert_eq!(e.message, "questionnaire is for Sweden (SE) but the manifest says DK");
}

#[test]
fn msq_markdown_conversion_with_a_section_removed() {
    let (meta, text) = source(LU_MSQ);
    let from = line_of(&text, "## C. Legal Framework");
    let to = line_of(&text, "## D. Strategy and Implementation") - 1;
    let ex = run(&meta, &without(&text, from, to)).expect("parses");
    let missing: Vec<_> = ex.unknowns.iter().filter(|u| u.reason.contains("not in the document")).map(|u| u.locator.clone()).collect();
    assert_eq!(missing, (9..=18).map(|n| format!("Q{n}")).collect::<Vec<_>>());
    assert_eq!(ex.answers.iter().filter(|a| a.item.is_none()).count(), 44);
}

#[test]
fn manifest_errors_say_what_and_where() {
    let e = govlens_ingest::manifest::parse(
        "[[source]]\nfile='a.txt'\nfamily='blog'\ncountry='LU'\ntitle='t'\npublisher='p'\nedition='e'\nyear=2020\nlanguage='en'\n",
        "m.toml",
    )
    .unwrap_err();
    assert_eq!(e.0, "m.toml: source #1 (a.txt): unknown family 'blog' (expected un-msq, dpa-factsheet, ai-watch or europam)");
    let e = govlens_ingest::manifest::parse(
        "[[source]]\nfile='a.txt'\nfamily='europam'\ncountry='Luxembourg'\ntitle='t'\npublisher='p'\nedition='e'\nyear=2020\nlanguage='en'\n",
        "m.toml",
    )
    .unwrap_err();
    assert!(e.0.contains("'Luxembourg' is not a known ISO 3166-1 alpha-2 code"), "{}", e.0);
    // Issue 20: `year = 0` and `language = "xx"` were accepted.
    let entry = |year: &str, language: &str| {
        format!("[[source]]\nfile='a.txt'\nfamily='europam'\ncountry='LU'\ntitle='t'\npublisher='p'\nedition='e'\nyear={year}\nlanguage='{language}'\n")
    };
    let e = govlens_ingest::manifest::parse(&entry("0", "en"), "m.toml").unwrap_err();
    assert_eq!(e.0, "m.toml: source #1 (a.txt): year 0 is not a publication year (1990 to 2100)");
    let e = govlens_ingest::manifest::parse(&entry("2020", "xx"), "m.toml").unwrap_err();
    assert_eq!(e.0, "m.toml: source #1 (a.txt): language 'xx' is not one govlens reads (en, fr, de or da)");
    assert!(govlens_ingest::manifest::parse(&entry("2020", "da"), "m.toml").is_ok());
    // Issue 20, finding 12: a TOML error took five or six lines.
    let e = govlens_ingest::manifest::parse(&entry("2020", "da").replace("year=2020", "year='twenty'"), "m.toml").unwrap_err();
    assert_eq!(e.0, "m.toml: line 8, column 6: invalid type: string \"twenty\", expected u16");
}

#[test]
fn parsers_are_written_for_the_family_not_for_a_country() {
    // No parser's code names a country of the bundled documents (comments aside): another
    // country's document of the same family goes through the same code.
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/parse");
    for entry in std::fs::read_dir(&dir).expect("parse dir") {
        let path = entry.expect("entry").path();
        let code: String = std::fs::read_to_string(&path).expect("source").lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for name in ["Luxembourg", "Denmark", "Danish", "Lëtzebuerg", "\"LU\"", "\"DK\""] {
            assert!(!code.contains(name), "{} names {name}", path.display());
        }
    }
}

#[test]
fn another_countrys_document_of_the_same_family_parses() {
    // The Luxembourg EUROPAM page relabelled as another country's: same family, same code path.
    let (mut meta, text) = source(LU_EUROPAM);
    meta.country = "BE".into();
    let ex = run(&meta, &text.replace("\nLuxembourg\n", "\nBelgium\n")).expect("parses");
    assert_eq!(ex.scores.iter().filter(|s| s.kind == ScoreKind::Headline).count(), 5);
    assert!(ex.scores.iter().all(|s| s.country == "BE"));
    // The manifest and the page must agree on the country.
    let e = err(run(&meta, &text));
    assert_eq!(e.message, "page is about Luxembourg (LU) but the manifest says BE");
}

/// The document with lines `from..=to` copied again before line `at`, or moved to the end.
fn duplicated(text: &str, from: usize, to: usize, at: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<&str> = lines[..at - 1].to_vec();
    out.extend(&lines[from - 1..to]);
    out.extend(&lines[at - 1..]);
    out.join("\n")
}

fn moved_to_end(text: &str, from: usize, to: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<&str> = lines[..from - 1].to_vec();
    out.extend(&lines[to..]);
    out.extend(&lines[from - 1..to]);
    out.join("\n")
}

#[test]
fn duplicated_and_reordered_sections_in_every_family() {
    // (file, first and last line of a section, where to copy it, the errors expected)
    let cases = [
        (
            LU_DPA,
            "## 1.1 Basic data",
            "## 1.2 Digital Public Administration Indicators",
            "001_58defca00d8e36d5.txt:64: section 1.1 appears twice (lines 35 and 64)",
            // Moved to the end, the profile is outside chapter 1: a missing section, not an error.
            "",
        ),
        (
            LU_EUROPAM,
            "Political Financing",
            "Quantitative Data",
            "004_9be079b0bad659b9.txt:39: the section of dimension 'Political Financing' appears twice (lines 26 and 39)",
            "004_9be079b0bad659b9.txt:193: dimension sections are out of the order of the headline scores",
        ),
        (
            LU_AIWATCH,
            "Main highlights",
            "Strategy analysis",
            "002_64b588f5f71a6838.txt:19: section 'Main highlights' appears twice (lines 10 and 19)",
            "002_64b588f5f71a6838.txt:10: section 'Strategy analysis' comes before 'Main highlights' (expected Main highlights, Strategy analysis, then General Information or Comment)",
        ),
    ];
    for (file, start, next, twice, reordered) in cases {
        let (meta, text) = source(file);
        // The section: its heading line (the first line that is exactly it) to the line before
        // the next section's.
        let from = text.lines().position(|l| l.trim() == start).expect(start) + 1;
        let at = text.lines().enumerate().skip(from).find(|(_, l)| l.trim() == next).map(|(i, _)| i + 1).expect(next);
        assert_eq!(err(run(&meta, &duplicated(&text, from, at - 1, at))).to_string(), twice, "{file}");
        let moved = run(&meta, &moved_to_end(&text, from, at - 1));
        if reordered.is_empty() {
            let m = moved.expect("parses in part").sources[0].missing_sections.clone();
            assert_eq!(m, ["line 33: §1.1 Basic data: section 1.1 is missing"], "{file}");
        } else {
            assert_eq!(err(moved).to_string(), reordered, "{file}");
        }
    }
}

/// Issue 20, finding 11: a byte-order mark and the converters' line endings (CRLF, a lone CR)
/// change nothing a parser reads, in every family: the same records, with the same lines.
#[test]
fn a_byte_order_mark_and_any_line_ending_read_the_same() {
    for file in [LU_MSQ, LU_DPA, LU_AIWATCH, DK_MSQ, LU_EUROPAM] {
        let (meta, text) = source(file);
        let plain = run(&meta, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (what, variant) in [
            ("a BOM", format!("\u{feff}{text}")),
            ("CRLF line endings", text.replace('\n', "\r\n")),
            ("CR line endings", text.replace('\n', "\r")),
            ("a BOM and CR line endings", format!("\u{feff}{}", text.replace('\n', "\r"))),
        ] {
            let read = run(&meta, &variant).unwrap_or_else(|e| panic!("{file} with {what}: {e}"));
            assert_eq!(read, plain, "{file} with {what}");
        }
    }
}

/// Issue 20, finding 6: the questionnaire's portals with a `javascript:`, `data:` or `//host`
/// address vanished with nothing recorded (Luxembourg's questionnaire facts went from 11 to 7).
/// Each such address is now an unknown naming its question and line, and a named portal is kept
/// without the address, as the factsheet parser does.
#[test]
fn questionnaire_addresses_that_are_not_web_addresses_are_unknowns() {
    let (meta, text) = source(LU_MSQ);
    let good = run(&meta, &text).expect("parses");
    let damaged = text
        .replace("[Guichet.lu portal](https://guichet.public.lu/en.html)", "[Guichet.lu portal](javascript:alert(document.domain))")
        .replace("<http://www.vosidees.lu/>", "<data:text/html,hello>")
        .replace("<https://data.public.lu/en/>", "[Open data](//evil.example/data)");
    let ex = run(&meta, &damaged).expect("parses");
    let portals = |e: &Extract| e.facts.iter().filter(|f| f.fact == "portal").map(|f| (f.value.clone(), f.url.clone())).collect::<Vec<_>>();
    assert_eq!(portals(&good).len(), 5, "{:?}", portals(&good));
    let p = portals(&ex);
    assert!(p.contains(&("Guichet.lu portal".into(), None)), "the named portal kept without its address: {p:?}");
    assert!(!p.iter().any(|(_, u)| u.as_deref().is_some_and(|u| !u.starts_with("http"))), "{p:?}");
    let new: Vec<_> = ex.unknowns.iter().filter(|u| !good.unknowns.contains(u)).collect();
    let said: Vec<(String, u32, String)> = new.iter().map(|u| (u.what.clone(), u.lines.start, u.reason.clone())).collect();
    assert_eq!(new.len(), 3, "{said:#?}");
    let line = |needle: &str| line_of(&damaged, needle) as u32;
    assert!(
        said.contains(&(
            "web address of the national e-government portal".into(),
            line("javascript:alert"),
            "the questionnaire links it to 'javascript:alert(document.domain', which is not a usable address (only http:// and https:// addresses are kept)"
                .into()
        )),
        "{said:#?}"
    );
    assert!(
        said.iter().any(|(w, n, r)| w == "web address of the portal for e-participation or similar"
            && *n == line("<data:text/html")
            && r.contains("'data:text/html,hello'")),
        "{said:#?}"
    );
    assert!(
        said.iter()
            .any(|(w, n, r)| w == "web address of the portal for open government data" && *n == line("//evil.example") && r.contains("'//evil.example/data'")),
        "{said:#?}"
    );
}
