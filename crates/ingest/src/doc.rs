//! A source document being parsed, what a parser extracts from it, and how a parse fails.
use govlens_core::{Check, Lines, Outcome, Passage, Provenance, Repair, Source, Unknown};
use std::fmt;

/// A document's lines with its manifest entry. Line numbers are 1-based, as editors show them.
pub struct Doc<'a> {
    pub meta: &'a Source,
    lines: Vec<&'a str>,
    /// The sections its family has that the parser did not find, each with the line where it
    /// was looked for: the parser goes on without them ([`Doc::missing`]).
    missing: std::cell::RefCell<Vec<(usize, String)>>,
}

impl<'a> Doc<'a> {
    /// The one place every family's text is read into lines: a UTF-8 byte-order mark is not
    /// text, and a line ends at LF, CRLF or a lone CR (old conversions), so that a converter's
    /// choice changes nothing the parsers see (issue 20, finding 11).
    pub fn new(meta: &'a Source, text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Doc { meta, lines: split_lines(text), missing: Default::default() }
    }

    /// A section of the family that this document lacks (or that cannot be read): recorded as
    /// an unknown with `reason` and the line where it was looked for, and listed among the
    /// document's missing sections, so that the build reports the document as partial. The
    /// parser goes on with the rest.
    pub fn missing(&self, ex: &mut Extract, section: &str, line: usize, what: impl Into<String>, reason: impl Into<String>) {
        let reason = reason.into();
        ex.unknowns.push(self.unknown(section, line, line, what, reason.clone()));
        self.missing.borrow_mut().push((line, format!("{section}: {reason}")));
    }

    /// The missing sections recorded so far: the line where each was looked for, and what is
    /// missing.
    pub fn missing_sections(&self) -> Vec<(usize, String)> {
        self.missing.borrow().clone()
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Line `n` (1-based); empty past the end.
    pub fn line(&self, n: usize) -> &'a str {
        n.checked_sub(1).and_then(|i| self.lines.get(i)).copied().unwrap_or("")
    }

    /// Lines `start..=end` (1-based) with their numbers.
    pub fn range(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        (start.max(1)..=end.min(self.len())).map(move |n| (n, self.line(n)))
    }

    /// All lines with their numbers.
    pub fn numbered(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.range(1, self.len())
    }

    pub fn country(&self) -> &str {
        &self.meta.country
    }

    /// Checks the country a document names (on line `line`) against its manifest entry.
    /// `about` says what the document is, for the message ("page is about", "questionnaire is
    /// for"). Returns the code.
    pub fn expect_country(&self, name: &str, line: usize, about: &str) -> Result<&'static str, ParseError> {
        let name = name.trim();
        match govlens_core::countries::code_of(name) {
            Some(c) if c == self.country() => Ok(c),
            Some(c) => Err(self.error(Some(line), format!("{about} {name} ({c}) but the manifest says {}", self.country()))),
            None => Err(self.error(Some(line), format!("unknown country name '{}'", govlens_core::format::excerpt(name, 80)))),
        }
    }

    pub fn prov(&self, locator: impl Into<String>, start: usize, end: usize) -> Provenance {
        Provenance { source: self.meta.file.clone(), locator: locator.into(), lines: lines(start, end) }
    }

    pub fn error(&self, line: Option<usize>, message: impl Into<String>) -> ParseError {
        ParseError { source: self.meta.file.clone(), line, message: message.into() }
    }

    pub fn unknown(&self, locator: &str, start: usize, end: usize, what: impl Into<String>, reason: impl Into<String>) -> Unknown {
        Unknown {
            country: self.meta.country.clone(),
            source: self.meta.file.clone(),
            locator: locator.into(),
            lines: lines(start, end),
            what: what.into(),
            reason: reason.into(),
        }
    }

    pub fn check(&self, locator: &str, what: impl Into<String>, passed: bool, detail: impl Into<String>) -> Check {
        Check {
            country: self.meta.country.clone(),
            source: self.meta.file.clone(),
            locator: locator.into(),
            what: what.into(),
            outcome: if passed { Outcome::Passed } else { Outcome::Flagged },
            detail: detail.into(),
        }
    }

    /// A repair of lines `start..=end` under `locator`.
    pub fn repair(&self, locator: &str, start: usize, end: usize, fix: Fix) -> Repair {
        let Fix { what, original, repaired, method } = fix;
        Repair {
            country: self.meta.country.clone(),
            source: self.meta.file.clone(),
            locator: locator.into(),
            lines: lines(start, end),
            what,
            original,
            repaired,
            method,
        }
    }

    /// A passage for search; its id is assigned when the corpus is assembled.
    pub fn passage(&self, section: Vec<String>, text: String, start: usize, end: usize) -> Passage {
        Passage {
            id: String::new(),
            country: self.meta.country.clone(),
            source: self.meta.file.clone(),
            text,
            language: self.meta.language.clone(),
            provenance: self.prov(section.join(" > "), start, end),
            section,
            flags: vec![],
        }
    }
}

fn lines(start: usize, end: usize) -> Lines {
    Lines { start: start as u32, end: end.max(start) as u32 }
}

/// Everything a parser read from one document: a corpus without its sources, which the
/// assembly adds.
pub type Extract = govlens_core::Corpus;

/// `text`'s lines as `str::lines` gives them, a lone CR ending a line too.
fn split_lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let (mut out, mut start, mut i) = (Vec::new(), 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(&text[start..i]);
                i += 1;
                start = i;
            }
            b'\r' => {
                out.push(&text[start..i]);
                i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(&text[start..]);
    }
    out
}

/// What a repair changed and why: the parts of a [`Repair`] a parser decides.
pub struct Fix {
    /// What was repaired (`portal address without a scheme`).
    pub what: String,
    /// The text as converted.
    pub original: String,
    /// The text as repaired.
    pub repaired: String,
    /// How the repair was made and what confirmed it.
    pub method: String,
}

/// A document that cannot be read as its family: what is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub source: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.source, l, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

impl std::error::Error for ParseError {}
