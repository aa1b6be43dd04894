//! UN E-Government Survey Member States Questionnaire (MSQ) answers, in any conversion (the
//! Markdown one and the PDF-to-text one differ in almost every line).
//!
//! What the conversions do, and what this parser does about it:
//! - tick boxes lose their state: a tick that survives (`■`, `•`, `☒`) gives `ticked`; where it
//!   is lost, the detail written under "If yes" gives `inferred`; with neither, `unknown`/`none`.
//! - the PDF text ends each page with the page's link targets, one per line: they are taken out
//!   of the text, used to mend URLs broken across lines, and placed under their question where
//!   the page order says where they belong (otherwise recorded as unknown).
//! - reviewers' comments ("Kommenterede [ASKN1]: ...") stay in the PDF text: they are removed
//!   from the answers and recorded as repairs.
use crate::doc::{Doc, Extract, Fix, ParseError};
use crate::text::{excerpt, is_bare_url_line, join_lines, links, period, plain, re, unusable_links};
use govlens_core::{Answer, AnswerValue, Basis, Fact, Questionnaire};
use regex::Regex;

pub const QUESTIONS: u32 = 44;
const QUESTIONNAIRE: Questionnaire = Questionnaire::UN_MSQ_2022;
const CYCLE_ITEMS: &[&str] = &["Two-year", "Three-year", "Five-year", "Ten-year", "Other"];
const PORTAL_KINDS: &[&str] = &["E-services or similar", "E-participation or similar", "Open government data", "Public procurement", "Others (if any)"];
/// Lines of the form itself (not of the answer) that follow a question.
const PROMPTS: &[&str] = &[
    "If yes, please",
    "If yes, Please",
    "Please provide links and details on the above",
    "Please include any guidelines",
    "Note: This is related to SDG",
    "Note: Vulnerable groups include",
    "Please provide link and detail",
];
/// Answers that say there is nothing to say.
const EMPTY_ANSWERS: &[&str] = &["n.a.", "n.a", "n/a", "na", "-", "none", "not applicable"];

/// A content line after the conversion's debris is taken out.
#[derive(Debug, Clone)]
struct Line<'a> {
    n: usize,
    raw: &'a str,
    page: usize,
}

/// One question as found in the document.
#[derive(Debug)]
struct Question<'a> {
    number: u32,
    section: String,
    text: String,
    start: usize,
    end: usize,
    body: Vec<Line<'a>>,
}

pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    let mut ex = Extract::default();
    let head = join_lines(doc.numbered().take(12).map(|(_, l)| l));
    if !(head.contains("Member States Questionnaire") && head.contains("E-Government Survey")) {
        return Err(doc.error(Some(1), "not a UN E-Government Survey Member States Questionnaire: no such title in the first lines"));
    }
    check_country(doc, &mut ex)?;
    let (lines, footers) = clean(doc, &mut ex);
    let questions = find_questions(doc, &lines)?;

    let mut answers_by_q: Vec<(u32, usize)> = Vec::new(); // question -> index of its answer
    let mut qi = questions.iter().peekable();
    for number in 1..=QUESTIONS {
        match qi.peek() {
            Some(q) if q.number == number => {
                let q = qi.next().expect("peeked");
                let idx = ex.answers.len();
                read_question(doc, q, &mut ex);
                answers_by_q.push((number, idx));
            }
            _ => {
                let reason = "the question is not in the document (its section may be missing or damaged)";
                ex.unknowns.push(doc.unknown(&format!("Q{number}"), 1, doc.len(), format!("MSQ answer to question {number}"), reason));
                ex.answers.push(Answer {
                    country: doc.country().into(),
                    questionnaire: QUESTIONNAIRE,
                    question: number.to_string(),
                    question_text: String::new(),
                    section: vec![],
                    item: None,
                    answer: AnswerValue::Unknown,
                    basis: Basis::None,
                    reason: Some(reason.into()),
                    text: String::new(),
                    links: vec![],
                    citation: None,
                    year: Some(doc.meta.year),
                    provenance: doc.prov(format!("Q{number}"), 1, 1),
                });
            }
        }
    }
    // Text outside the questions (the form's preamble and closing) has links of its own.
    let first = questions.first().map(|q| q.start).unwrap_or(1);
    let last = questions.last().map(|q| q.end).unwrap_or(doc.len());
    let outside: String = doc.numbered().filter(|(n, _)| *n < first || *n > last).map(|(_, l)| l).collect::<Vec<_>>().join("\n");
    place_footer_links(doc, &questions, &footers, &outside, &mut ex);
    facts(doc, &questions, &mut ex);
    let lost = doc.numbered().map(|(_, l)| l.matches("](#)").count() + l.matches("<a href=\"#\">").count()).sum::<usize>();
    ex.checks.push(doc.check(
        "whole document",
        "links keep their targets",
        lost == 0,
        if lost == 0 {
            "no link lost its target".to_string()
        } else {
            format!("{lost} links lost their target in the conversion (printed as '#'); their labels are kept as text")
        },
    ));
    Ok(ex)
}

fn check_country(doc: &Doc, ex: &mut Extract) -> Result<(), ParseError> {
    let Some((n, line)) = doc.numbered().find(|(_, l)| plain(l).to_uppercase().starts_with("COUNTRY NAME")) else {
        return Err(doc.error(None, "no 'COUNTRY NAME' field"));
    };
    let name = plain(line).splitn(3, ' ').nth(2).unwrap_or("").trim_start_matches('*').trim().to_string();
    if name.is_empty() {
        ex.checks.push(doc.check(
            "COUNTRY NAME",
            "the questionnaire names its country",
            false,
            format!("line {n}: the COUNTRY NAME field is empty in this conversion; the country comes from the manifest ({})", doc.country()),
        ));
        return Ok(());
    }
    let c = doc.expect_country(&name, n, "questionnaire is for")?;
    ex.checks.push(doc.check("COUNTRY NAME", "the questionnaire names its country", true, format!("'{name}' = {c}")));
    Ok(())
}

/// Takes out footer link runs and reviewers' comments; returns the content lines and the footer
/// links of each page (page k ends with footer run k).
fn clean<'a>(doc: &Doc<'a>, ex: &mut Extract) -> (Vec<Line<'a>>, Vec<Vec<(usize, String)>>) {
    let comment = re!(r"^\s*(?:Kommenterede|Commented|Kommentiert|Commenté|Kommentar)\s*\[[^\]]+\]:");
    let mut lines = Vec::new();
    let mut footers: Vec<Vec<(usize, String)>> = vec![vec![]];
    let mut in_comment: Option<(usize, Vec<&str>)> = None;
    for (n, raw) in doc.numbered() {
        if let Some((start, text)) = in_comment.as_mut() {
            if raw.trim().is_empty() {
                let original = text.join(" ");
                ex.repairs.push(doc.repair(
                    "reviewer comment",
                    *start,
                    n - 1,
                    Fix {
                        what: "reviewer's comment left in the answer text".into(),
                        original,
                        repaired: "".into(),
                        method: "removed from the answer: a 'Kommenterede/Commented [..]:' block is a reviewer's note, not the respondent's answer".into(),
                    },
                ));
                in_comment = None;
            } else {
                text.push(raw.trim());
            }
            continue;
        }
        if comment.is_match(raw) {
            in_comment = Some((n, vec![raw.trim()]));
            continue;
        }
        if is_bare_url_line(raw) && (is_bare_url_line(doc.line(n + 1)) || is_bare_url_line(doc.line(n.saturating_sub(1)))) {
            footers.last_mut().expect("one page at least").push((n, raw.trim().to_string()));
            if !is_bare_url_line(doc.line(n + 1)) {
                footers.push(vec![]);
            }
            continue;
        }
        if raw.trim().is_empty() {
            continue;
        }
        lines.push(Line { n, raw, page: footers.len() - 1 });
    }
    (lines, footers)
}

fn section_heading(l: &str) -> Option<(char, String)> {
    let r = re!(r"^\s*(?:#+\s*)?(?:\*\*)?([A-H])\.\s+([A-Z][^?]*?)(?:\*\*)?\s*$");
    r.captures(l).map(|c| (c[1].chars().next().unwrap_or('?'), plain(&c[2])))
}

fn find_questions<'a>(doc: &Doc, lines: &[Line<'a>]) -> Result<Vec<Question<'a>>, ParseError> {
    let qre = re!(r"^\s*(?:#+\s*)?(\d{1,2})\.\s+(\S.*)$");
    let mut starts: Vec<(usize, u32)> = Vec::new(); // (index into lines, number)
    let mut sections: Vec<(usize, String)> = Vec::new();
    let mut end_at = lines.len();
    for (i, l) in lines.iter().enumerate() {
        let p = plain(l.raw);
        if p.starts_with("I/We authorize") || p.starts_with("THANK YOU") || p.contains("Consent to publish") {
            end_at = i;
            break;
        }
        if let Some((_, title)) = section_heading(l.raw) {
            sections.push((i, title));
            continue;
        }
        let Some(c) = qre.captures(l.raw) else { continue };
        let number: u32 = c[1].parse().unwrap_or(0);
        if number == 0 || number > QUESTIONS {
            continue;
        }
        // A question asks something: '?' or "Please provide" within its first lines.
        let lead = lines[i..lines.len().min(i + 4)].iter().map(|l| l.raw).collect::<Vec<_>>().join(" ");
        if !(lead.contains('?') || c[2].trim_start().starts_with("Please")) {
            continue;
        }
        if let Some(&(_, last)) = starts.last() {
            if number == last {
                return Err(doc.error(Some(l.n), format!("question {number} appears twice (also at line {})", lines[starts.last().expect("last").0].n)));
            }
            if number < last {
                return Err(doc.error(Some(l.n), format!("question {number} comes after question {last}: the questions are out of order")));
            }
        }
        starts.push((i, number));
    }
    let mut out = Vec::new();
    for (k, &(i, number)) in starts.iter().enumerate() {
        let next = starts.get(k + 1).map(|s| s.0).unwrap_or(end_at);
        // The block ends early at a section heading.
        let next = sections.iter().map(|(s, _)| *s).find(|&s| s > i && s < next).unwrap_or(next);
        let sec = sections.iter().rev().find(|(s, _)| *s < i).map(|(_, t)| t.clone()).unwrap_or_default();
        // The question's own text runs until it ends like a question or an instruction.
        let mut j = i;
        let mut text = String::new();
        loop {
            let p = plain(lines[j].raw);
            let p = if j == i { p.split_once(". ").map(|x| x.1).unwrap_or("").to_string() } else { p };
            text = join_lines([text.as_str(), p.as_str()]);
            let t = text.trim_end_matches([' ', '*']);
            let starred = lines[j].raw.trim_end().ends_with('*');
            let open = t.matches('(').count() > t.matches(')').count();
            j += 1;
            let ended = !open && (starred || t.ends_with(['?', '.', ':', ';']));
            if j >= next || j - i >= 4 || ended {
                break;
            }
        }
        let text = text.trim_end_matches([' ', '*', ';']).trim().to_string();
        out.push(Question {
            number,
            section: sec,
            text,
            start: lines[i].n,
            end: lines[next.saturating_sub(1).max(i)].n,
            body: lines[j.min(next)..next].to_vec(),
        });
    }
    if out.is_empty() {
        return Err(doc.error(None, "no numbered questions found"));
    }
    Ok(out)
}

/// A tick box at the start of `s`, as the conversions render one: ticked (`■`, `•`, `☒`, `☑`,
/// `✓`, `✔`, `[x]`, `(x)`, `X`), empty (`☐`, `□`, `[ ]`, `( )`, `○`), or none (the tick is
/// lost); and the text after it.
fn tick(s: &str) -> (Option<bool>, &str) {
    const TICKED: &[&str] = &["[x]", "[X]", "(x)", "(X)", "☒", "☑", "✓", "✔", "■", "•", "●", "◉", "⊠"];
    const EMPTY: &[&str] = &["[ ]", "[]", "[_]", "( )", "☐", "□", "○", "◯"];
    let t = s.trim_start();
    if let Some(m) = TICKED.iter().find(|m| t.starts_with(**m)) {
        return (Some(true), t[m.len()..].trim_start());
    }
    if let Some(m) = EMPTY.iter().find(|m| t.starts_with(**m)) {
        return (Some(false), t[m.len()..].trim_start());
    }
    // A capital X standing alone before a label (`X Yes`).
    if let Some(rest) = t.strip_prefix("X ") {
        return (Some(true), rest.trim_start());
    }
    (None, t)
}

/// A tick-box line `[mark] Yes [mark] No` or `Yes [mark] No [mark]`, the marks in any of the
/// renderings [`tick`] reads: (yes ticked, no ticked).
fn yes_no(l: &str) -> Option<(bool, bool)> {
    let r = re!(r"^\s*(\S*?)\s*Yes\s*(\S*?)\s*No\s*(\S*?)\s*$");
    // An empty box written with a space inside is one mark.
    let l = l.replace("[ ]", "☐").replace("( )", "☐");
    let c = r.captures(&l)?;
    // Marks as found before Yes, between Yes and No, after No: each a known box or nothing.
    // `other`: whether a mark that is no known box counts as a tick (before a label, where the
    // conversions leave bullets of other fonts; not after "No", where it is punctuation).
    let mark = |m: &str, other: bool| -> Option<Option<bool>> {
        if m.is_empty() {
            return Some(None);
        }
        match tick(&format!("{m} ")) {
            (Some(v), "") => Some(Some(v)),
            _ if other && !m.chars().any(|ch| ch.is_alphanumeric() || ch == '\\' || ch == '-') => Some(Some(true)),
            _ => None,
        }
    };
    let (before, between, after) = (mark(&c[1], true)?, mark(&c[2], true)?, mark(&c[3], false)?);
    Some(match (before, between, after) {
        // `Yes ☑ No ☐`: each mark after its label.
        (None, yes, Some(no)) => (yes == Some(true), no),
        // `☒ Yes ☐ No`, `■ Yes  No`, `Yes  No`.
        (yes, no, None) => (yes == Some(true), no == Some(true)),
        // Marks on both sides of a label: not a rendering any conversion makes.
        _ => return None,
    })
}

/// A multi-choice item line: `[mark] Label; link/detail: text` or `[mark] Label text`.
fn item_line(l: &str, labels: &[&str]) -> Option<(bool, String, String)> {
    let l = l.trim_start();
    let l = l.strip_prefix("- ").unwrap_or(l);
    let (mark, rest) = match tick(l) {
        (Some(m), rest) => (m, rest),
        (None, rest) => {
            // Another surviving mark (not a word, a bullet `-` or `*`, or an opening bracket).
            let r = re!(r"^([^\w\s\\(-]*)\s*(.*)$");
            let c = r.captures(rest)?;
            let m = !c[1].is_empty() && !c[1].starts_with('-') && !c[1].starts_with('*');
            (m, c.get(2)?.as_str())
        }
    };
    if let Some((label, detail)) = rest.split_once("; link/detail:") {
        return Some((mark, label.trim().to_string(), clean_detail(detail)));
    }
    labels.iter().find(|lab| rest.starts_with(**lab)).map(|lab| (mark, (*lab).to_string(), clean_detail(&rest[lab.len()..])))
}

fn clean_detail(s: &str) -> String {
    plain(&s.replace("\\_", "_")).trim_matches(|c: char| c == '_' || c.is_whitespace()).to_string()
}

/// A contact form field (`Your name* ...`, `Title*`, `Organization*`, `Email*`).
fn contact_field() -> &'static Regex {
    re!(r"^\s*(Your name|Title|Organization|Email)\*\s*(.*)$")
}

fn is_prompt(p: &str) -> bool {
    PROMPTS.iter().any(|x| p.starts_with(x))
}

fn is_empty_answer(t: &str) -> bool {
    let t = t.trim().to_lowercase();
    t.is_empty() || EMPTY_ANSWERS.contains(&t.as_str())
}

/// Reads an answer's first sentence for a plain no ("Denmark does not have ..."), a qualified
/// answer ("... is not explicitly ... However ..."), or neither.
fn negation(text: &str) -> Option<&'static str> {
    let neg = re!(r"(?i)^(no\b|.*\b(?:does not|do not|is not|are not|has not|have not|there is no|there are no)\b)");
    let but = re!(r"(?i)\b(however|though|but)\b");
    let first = text.split(". ").next().unwrap_or("");
    if !neg.is_match(first) {
        return None;
    }
    Some(if but.is_match(text) { "qualified" } else { "no" })
}

/// A question's answer as read from its lines: the Yes/No marks, the text, its links, and the
/// multi-choice items (mark, label, detail, line).
struct Body {
    ticks: Option<(bool, bool)>,
    text: String,
    links: Vec<String>,
    items: Vec<(bool, String, String, usize)>,
}

/// An answer, how it was established, and why when it is not a plain tick.
type Judged = (AnswerValue, Basis, Option<String>);

fn read_question(doc: &Doc, q: &Question, ex: &mut Extract) {
    let body = scan(q);
    let asks_yes_no = q.text.split_whitespace().next().is_some_and(|w| ["Is", "Does", "Are", "Has", "Do"].contains(&w));
    let (answer, basis, reason) = if body.items.is_empty() { judge(body.ticks, &body.text, asks_yes_no) } else { read_items(doc, q, &body.items, ex) };
    if answer == AnswerValue::Unknown {
        let locator = format!("Q{}", q.number);
        ex.unknowns.push(doc.unknown(&locator, q.start, q.end, format!("MSQ answer to question {}", q.number), reason.clone().unwrap_or_default()));
    }
    let full_text = if body.items.is_empty() {
        body.text.clone()
    } else {
        let mut parts: Vec<String> = body
            .items
            .iter()
            .filter(|(m, _, d, _)| *m || !is_empty_answer(d))
            .map(|(_, l, d, _)| if d.is_empty() { l.clone() } else { format!("{l}: {d}") })
            .collect();
        if !body.text.is_empty() {
            parts.push(body.text.clone());
        }
        parts.join(" | ")
    };
    let reading = Reading { answer, basis, reason, text: full_text.clone(), links: body.links };
    ex.answers.push(answer_record(doc, q, None, reading, q.start, q.end));
    let passage = if full_text.is_empty() { "(no answer given)".to_string() } else { full_text };
    ex.passages.push(doc.passage(vec![q.section.clone(), format!("{}. {}", q.number, q.text)], passage, q.start, q.end));
}

/// Reads a question's lines: marks, prompts (skipped), contact fields (read into facts
/// elsewhere), multi-choice items with their details, and the answer's text and links.
fn scan(q: &Question) -> Body {
    let field = contact_field();
    let mut body = Body { ticks: None, text: String::new(), links: Vec::new(), items: Vec::new() };
    let mut text_lines: Vec<String> = Vec::new();
    let mut seen_links: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut in_prompt = false;
    let item_labels: &[&str] = if q.number == 20 { CYCLE_ITEMS } else { &[] };
    let mut skip_next = false;
    for (i, l) in q.body.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let p = plain(l.raw);
        if in_prompt && p.chars().next().is_some_and(|c| c.is_lowercase()) {
            continue;
        }
        in_prompt = false;
        if let Some(t) = yes_no(l.raw) {
            body.ticks = Some(t);
            continue;
        }
        // A conversion that puts each box on its own line: `☒ Yes` then `☐ No`.
        // Only with a box on them: "Yes" and "No" as bare lines are text.
        let pair = q.body.get(i + 1).map(|next| format!("{} {}", l.raw.trim(), next.raw.trim()));
        let boxed = pair.as_deref().is_some_and(|p| p.chars().any(|c| !c.is_alphanumeric() && !c.is_whitespace()) || p.contains("X "));
        if let Some(t) = pair.as_deref().filter(|_| boxed).and_then(yes_no) {
            if l.raw.trim().ends_with("Yes") || l.raw.trim().starts_with("Yes") {
                body.ticks = Some(t);
                skip_next = true;
                continue;
            }
        }
        if is_prompt(&p) {
            in_prompt = true;
            continue;
        }
        if field.is_match(l.raw) {
            continue; // contact fields are read into facts (without e-mail addresses)
        }
        let is_item_question = q.number == 20 || q.text.contains("link/detail") || l.raw.contains("; link/detail:");
        if is_item_question {
            if let Some((mark, label, detail)) = item_line(l.raw, item_labels) {
                body.items.push((mark, label, detail, l.n));
                continue;
            }
            if let Some(last) = body.items.last_mut() {
                last.2 = join_lines([last.2.as_str(), clean_detail(l.raw).as_str()]);
                continue;
            }
        }
        // Deduplicated through a set: a linear scan of the links so far made a questionnaire of
        // many links quadratic (issue 20, finding 10: 4 MB of links took 31 s).
        for u in links(l.raw) {
            if seen_links.insert(u.clone()) {
                body.links.push(u);
            }
        }
        text_lines.push(p);
    }
    body.text = join_lines(text_lines.iter().map(String::as_str));
    body
}

/// A multi-choice question: each item its own answer (recorded here); the question is yes when
/// any item is.
fn read_items(doc: &Doc, q: &Question, items: &[(bool, String, String, usize)], ex: &mut Extract) -> Judged {
    let single_choice = q.number == 20;
    let chosen = items.iter().filter(|(m, _, d, _)| *m || !is_empty_answer(d)).count();
    for (mark, label, detail, n) in items {
        let (a, b, r) = if *mark {
            (AnswerValue::Yes, Basis::Ticked, None)
        } else if !is_empty_answer(detail) {
            (AnswerValue::Yes, Basis::Inferred, Some("no tick survives in the conversion; the detail given for this item implies it".to_string()))
        } else if single_choice && chosen == 1 {
            (AnswerValue::No, Basis::Inferred, Some("a single-choice question whose chosen option is another one".to_string()))
        } else {
            (AnswerValue::Unknown, Basis::None, Some("no tick survives in the conversion and no detail is given".to_string()))
        };
        if a == AnswerValue::Unknown {
            let what = format!("MSQ answer to question {}, item '{label}'", q.number);
            ex.unknowns.push(doc.unknown(&format!("Q{}", q.number), *n, *n, what, r.clone().unwrap_or_default()));
        }
        let reading = Reading { answer: a, basis: b, reason: r, text: detail.clone(), links: links(detail) };
        ex.answers.push(answer_record(doc, q, Some(label.clone()), reading, *n, *n));
    }
    if items.iter().any(|(m, ..)| *m) {
        (AnswerValue::Yes, Basis::Ticked, None)
    } else if chosen > 0 {
        (AnswerValue::Yes, Basis::Inferred, Some("no tick survives; the detail given for an item implies it".into()))
    } else {
        (AnswerValue::Unknown, Basis::None, Some("no item is ticked or detailed".into()))
    }
}

/// A yes/no question's answer from its surviving marks, else from what its text says.
fn judge(ticks: Option<(bool, bool)>, text: &str, asks_yes_no: bool) -> Judged {
    match ticks {
        Some((true, false)) => (AnswerValue::Yes, Basis::Ticked, None),
        Some((false, true)) => (AnswerValue::No, Basis::Ticked, None),
        Some((true, true)) => (AnswerValue::Unknown, Basis::None, Some("both Yes and No carry a mark".into())),
        Some((false, false)) if is_empty_answer(text) => {
            (AnswerValue::Unknown, Basis::None, Some("the tick is lost in the conversion and no detail is given".into()))
        }
        Some((false, false)) => match negation(text) {
            Some("no") => (AnswerValue::No, Basis::Inferred, Some("the tick is lost; the detail given says no".into())),
            Some(_) => (
                AnswerValue::Unknown,
                Basis::Inferred,
                Some("the tick is lost; the detail given is qualified (a 'not' then a 'however'), so it is not normalised".into()),
            ),
            None => (AnswerValue::Yes, Basis::Inferred, Some("the tick is lost in the conversion; the detail given under 'If yes' implies yes".into())),
        },
        None if is_empty_answer(text) => (AnswerValue::Unknown, Basis::None, Some("no answer is given".into())),
        None if asks_yes_no => match negation(text) {
            Some("no") => (AnswerValue::No, Basis::Inferred, Some("the answer's first sentence says no".into())),
            Some(_) => (AnswerValue::Unknown, Basis::Inferred, Some("the answer is qualified (a 'not' then a 'however'), so it is not normalised".into())),
            None => (AnswerValue::Yes, Basis::Inferred, Some("the detail given implies yes".into())),
        },
        None => (AnswerValue::Yes, Basis::Inferred, Some("the question asks for details, and details are given".into())),
    }
}

/// What was read of one answer: the answer, how it was established, why, its text and links.
struct Reading {
    answer: AnswerValue,
    basis: Basis,
    reason: Option<String>,
    text: String,
    links: Vec<String>,
}

/// The answer to question `q` (or to its `item`), read from lines `start..=end`.
fn answer_record(doc: &Doc, q: &Question, item: Option<String>, reading: Reading, start: usize, end: usize) -> Answer {
    let Reading { answer, basis, reason, text, links } = reading;
    Answer {
        country: doc.country().into(),
        questionnaire: QUESTIONNAIRE,
        question: q.number.to_string(),
        question_text: q.text.clone(),
        section: vec![q.section.clone()],
        item,
        answer,
        basis,
        reason,
        text,
        links,
        citation: None,
        year: Some(doc.meta.year),
        provenance: doc.prov(format!("Q{}", q.number), start, end),
    }
}

/// Mends URLs broken across lines with the page's footer list, and places footer links that the
/// text only points to ("read more here;") under the question their neighbours belong to.
fn place_footer_links(doc: &Doc, questions: &[Question], footers: &[Vec<(usize, String)>], outside: &str, ex: &mut Extract) {
    // Broken URLs already mended, per answer: the same cut prefix can stand for several URLs.
    let mut mended: Vec<(usize, String)> = Vec::new();
    // Question-level answers only (items carry their own links).
    let q_index = |ex: &Extract, number: u32| ex.answers.iter().position(|a| a.question == number.to_string() && a.item.is_none());
    for (page, run) in footers.iter().enumerate() {
        if run.is_empty() {
            continue;
        }
        let on_page: Vec<&Question> = questions.iter().filter(|q| q.body.iter().any(|l| l.page == page) || q.body.is_empty()).collect();
        let mut owner: Vec<Option<u32>> = Vec::with_capacity(run.len());
        for (n, url) in run {
            let mut found = None;
            for q in &on_page {
                let Some(ai) = q_index(ex, q.number) else { continue };
                let a = &mut ex.answers[ai];
                if a.links.iter().any(|l| l == url) {
                    found = Some(q.number);
                    break;
                }
                // A URL cut at a line end is a prefix of the footer's full URL.
                let cut = a.links.iter().position(|l| l.len() >= 12 && url.starts_with(l.as_str()) && l != url);
                let again = mended.iter().find(|(i, p)| *i == ai && url.starts_with(p.as_str())).map(|(_, p)| p.clone());
                if let Some(broken) = cut.map(|pos| a.links[pos].clone()).or(again) {
                    let how = "completed from the page's list of link targets";
                    match cut {
                        Some(pos) => a.links[pos] = url.clone(),
                        None => a.links.push(url.clone()),
                    }
                    mended.push((ai, broken.clone()));
                    ex.repairs.push(doc.repair(
                        &format!("Q{}", q.number),
                        q.start,
                        *n,
                        Fix { what: "URL broken across lines".into(), original: broken, repaired: url.clone(), method: how.into() },
                    ));
                    found = Some(q.number);
                    break;
                }
            }
            owner.push(found);
        }
        for (i, (n, url)) in run.iter().enumerate() {
            if owner[i].is_some() || outside.contains(url.trim_start_matches("mailto:")) {
                continue;
            }
            let before = owner[..i].iter().rev().flatten().next().copied();
            let after = owner[i + 1..].iter().flatten().next().copied();
            let place = match (before, after) {
                (Some(b), Some(a)) if a == b => Some(b),
                (Some(b), None) if on_page.last().map(|q| q.number) == Some(b) => Some(b),
                (None, Some(a)) if on_page.first().map(|q| q.number) == Some(a) => Some(a),
                _ => None,
            };
            match place.and_then(|p| q_index(ex, p).map(|ai| (p, ai))) {
                Some((_, ai)) => {
                    if !ex.answers[ai].links.contains(url) {
                        ex.answers[ai].links.push(url.clone());
                    }
                }
                None => ex.unknowns.push(doc.unknown(
                    "page links",
                    *n,
                    *n,
                    format!("question of the link {url}"),
                    "the link is in the page's list of link targets but not in the text, and the links around it belong to different questions",
                )),
            }
        }
    }
}

/// Where a fact was read: the question and its lines.
struct Where<'a> {
    locator: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Where<'a> {
    /// One line of a question.
    fn line(locator: &'a str, n: usize) -> Where<'a> {
        Where { locator, start: n, end: n }
    }
}

fn fact(doc: &Doc, at: Where, fact: &str, label: &str, value: String, url: Option<String>, note: Option<String>) -> Fact {
    let Where { locator, start, end } = at;
    Fact {
        country: doc.country().into(),
        fact: fact.into(),
        label: label.into(),
        value,
        number: None,
        unit: None,
        year: Some(doc.meta.year),
        period: None,
        url,
        note,
        provenance: doc.prov(locator, start, end),
    }
}

fn host(url: &str) -> String {
    url.split("://").last().unwrap_or(url).trim_start_matches("www.").trim_end_matches('/').to_string()
}

/// Portals (Q1, Q2), bodies in charge (Q3), the CIO (Q4) and the national strategy (Q19, Q20).
fn facts(doc: &Doc, qs: &[Question], ex: &mut Extract) {
    let mdlink = re!(r"\[([^\]]+)\]\((https?://[^)]+)\)");
    let field = contact_field();
    let quoted = re!(r"['‘“]([^'’”]{6,80}?)['’”]\s+strategy");
    let subject = re!(r"^(?:In addition, )?(?:The |the )?([A-Z][\w'’ ]+?) (?:is|are) the ");
    let q = |n: u32| qs.iter().find(|q| q.number == n);

    if let Some(q1) = q(1) {
        for l in &q1.body {
            let named: Vec<(String, String)> = mdlink.captures_iter(l.raw).map(|c| (c[1].to_string(), c[2].to_string())).collect();
            let found: Vec<(String, String)> =
                if named.is_empty() { links(l.raw).into_iter().filter(|u| !u.starts_with("mailto:")).map(|u| (host(&u), u)).collect() } else { named };
            for (name, url) in found {
                let p = plain(l.raw);
                let note = p.split_once(" - ").map(|(_, d)| d.to_string()).unwrap_or_else(|| p.split(". ").next().unwrap_or("").to_string());
                // A bare `www.` address gets the scheme a browser would give it, recorded as a repair.
                let url = if url.starts_with("www.") {
                    let with_scheme = format!("https://{url}");
                    ex.repairs.push(doc.repair(
                        "Q1",
                        l.n,
                        l.n,
                        Fix {
                            what: "portal address without a scheme".into(),
                            original: url,
                            repaired: with_scheme.clone(),
                            method: "https:// assumed for a bare www. address, as a browser does; the document gives no scheme".into(),
                        },
                    ));
                    with_scheme
                } else {
                    url
                };
                ex.facts.push(fact(doc, Where::line("Q1", l.n), "portal", "National e-government portal", name, Some(url), Some(note)));
            }
            // A named portal whose address is not one: kept without it, the address an unknown.
            for (name, target) in unusable_links(l.raw) {
                if !name.is_empty() {
                    let note = plain(l.raw).split(". ").next().unwrap_or("").to_string();
                    ex.facts.push(fact(doc, Where::line("Q1", l.n), "portal", "National e-government portal", name, None, Some(note)));
                }
                unusable(doc, ex, "Q1", l.n, "web address of the national e-government portal", &target);
            }
        }
    }
    if let Some(q2) = q(2) {
        let mut kind: Option<&str> = None;
        for l in &q2.body {
            let p = plain(l.raw);
            if let Some(k) = PORTAL_KINDS.iter().find(|k| p.starts_with(**k)) {
                kind = Some(k);
            }
            let Some(k) = kind else { continue };
            for u in links(l.raw).into_iter().filter(|u| u.starts_with("http") || u.starts_with("www.")) {
                ex.facts.push(fact(doc, Where::line("Q2", l.n), "portal", &format!("Portal: {k}"), host(&u), Some(u), Some(k.to_string())));
            }
            for (_, target) in unusable_links(l.raw) {
                unusable(doc, ex, "Q2", l.n, &format!("web address of the portal for {}", k.to_lowercase()), &target);
            }
        }
    }
    if let Some(q3) = q(3) {
        let mut current: Option<usize> = None;
        for l in &q3.body {
            let p = plain(l.raw);
            let name = mdlink_label(l.raw).or_else(|| subject.captures(&p).map(|c| c[1].trim().to_string()));
            if let Some(name) = name {
                let sentence = p.split(". ").next().unwrap_or("").to_string();
                ex.facts.push(fact(doc, Where::line("Q3", l.n), "egov_body", "Body in charge of e-government", name, None, Some(sentence)));
                current = Some(ex.facts.len() - 1);
            }
            for (_, target) in unusable_links(l.raw) {
                unusable(doc, ex, "Q3", l.n, "web address of the body in charge of e-government", &target);
            }
            if let Some(i) = current {
                if ex.facts[i].url.is_none() {
                    ex.facts[i].url = links(l.raw).into_iter().find(|u| u.starts_with("http"));
                    // The body's lines run to the line its address was read from.
                    if ex.facts[i].url.is_some() {
                        ex.facts[i].provenance.lines.end = l.n as u32;
                    }
                }
            }
        }
    }
    if let Some(q4) = q(4) {
        // The CIO's contact fields; the e-mail address is deliberately not kept.
        let mut fields: Vec<(String, String, usize)> = Vec::new();
        for (i, l) in q4.body.iter().enumerate() {
            if let Some(c) = field.captures(l.raw) {
                fields.push((c[1].to_string(), plain(&c[2]), l.n));
            } else if let (Some(last), Some(next)) = (fields.last_mut(), q4.body.get(i + 1)) {
                if last.0 != "Email" && field.is_match(next.raw) && !is_prompt(&plain(l.raw)) {
                    last.1 = join_lines([last.1.as_str(), plain(l.raw).as_str()]);
                }
            }
        }
        for (f, key, label) in [
            ("Your name", "cio_name", "Chief Information Officer"),
            ("Title", "cio_title", "CIO's title"),
            ("Organization", "cio_organisation", "CIO's organisation"),
        ] {
            match fields.iter().find(|(k, v, _)| k == f && !v.is_empty()) {
                Some((_, v, n)) => ex.facts.push(fact(doc, Where::line("Q4", *n), key, label, v.clone(), None, None)),
                None => ex.unknowns.push(doc.unknown("Q4", q4.start, q4.end, label.to_string(), "the CIO contact field is empty or missing")),
            }
        }
    }
    if let Some(q19) = q(19) {
        let text = join_lines(q19.body.iter().map(|l| l.raw));
        let title = quoted.captures(&plain(&text)).map(|c| c[1].trim().to_string());
        let cycle = q(20).map(|q| join_lines(q.body.iter().map(|l| l.raw))).unwrap_or_default();
        let per = title.as_deref().and_then(period).or_else(|| period(&plain(&text))).or_else(|| period(&plain(&cycle)));
        let value = title.unwrap_or_else(|| "National e-government strategy".to_string());
        let mut f = fact(
            doc,
            Where { locator: "Q19", start: q19.start, end: q19.end },
            "strategy",
            "National e-government strategy",
            value,
            links(&text).into_iter().find(|u| u.starts_with("http")),
            Some(plain(&text).split(". ").next().unwrap_or("").to_string()),
        );
        if per.is_none() {
            ex.unknowns.push(doc.unknown(
                "Q19",
                q19.start,
                q19.end,
                "period of the national e-government strategy",
                "neither question 19 nor question 20 gives the strategy's years",
            ));
        }
        f.period = per;
        ex.facts.push(f);
        for l in &q19.body {
            for (_, target) in unusable_links(l.raw) {
                unusable(doc, ex, "Q19", l.n, "web address of the national e-government strategy", &target);
            }
        }
    }
}

/// An address the questionnaire gives that is not a web address (`javascript:`, `data:`,
/// `//host`): not kept, and recorded as an unknown, as the factsheet parser does.
fn unusable(doc: &Doc, ex: &mut Extract, question: &str, line: usize, what: &str, target: &str) {
    let reason =
        format!("the questionnaire links it to '{}', which is not a usable address (only http:// and https:// addresses are kept)", excerpt(target, 80));
    ex.unknowns.push(doc.unknown(question, line, line, what.to_string(), reason));
}

fn mdlink_label(raw: &str) -> Option<String> {
    let r = re!(r#"\[([^\]]+)\]\([^)]*\)|<a href="[^"]*">([^<]+)</a>"#);
    r.captures(raw).and_then(|c| c.get(1).or(c.get(2))).map(|m| plain(m.as_str()))
}
