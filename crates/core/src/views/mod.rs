//! What the embed's elements and the command show, decided here once: which rows, in which
//! order, with which labels, counts, flags, numbers and citations. The widget's components and
//! the command's reports lay these views out and decide nothing of their own.
//!
//! - [`card`]: a country's fact card ([`Card`], and [`CardView`] as the embed shows it).
//! - [`europam`]: EUROPAM's headline scores and each dimension's series ([`EuropamChart`]).
//! - [`benchmark`]: the eGovernment Benchmark ([`BenchmarkChart`]).
//! - [`compare`]: countries side by side ([`CompareView`]).
//! - [`search`]: a search's status line, hits and snippet segments ([`SearchView`]).
//! - [`ranking`] and [`map`]: one indicator's countries ranked ([`RankingView`]) and coloured
//!   on a map ([`MapView`]).
//!
//! Every element's view is built in a [`Locale`] (its words, numbers and country names),
//! and fails with a [`Problem`]: the title and the sentence its error box shows.
use crate::format::Locale;
use crate::i18n::{fill, words};
use crate::model::{Family, Provenance, Source};
use serde::{Deserialize, Serialize};

pub mod benchmark;
pub mod card;
pub mod compare;
pub mod europam;
pub mod indicators;
pub mod map;
pub mod permalink;
pub mod ranking;
pub mod search;
pub mod stats;
pub mod trend;

pub use benchmark::{BenchmarkChart, BenchmarkGroup, BenchmarkIndicator, BenchmarkView};
pub use card::{Card, CardFact, CardGroup, CardView, MsqSummary, BASIC_FACTS, CARD_GROUPS};
pub use compare::CompareView;
pub use europam::{DimensionChart, DimensionView, EuropamChart, EuropamView};
pub use map::{MapClass, MapCountry, MapView};
pub use ranking::{RankingRow, RankingView};
pub use search::SearchView;
pub use trend::{TrendLine, TrendView};

/// Why an element shows a message instead of its content: a title and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// `Unknown country`.
    pub title: String,
    /// `no country 'XX' in the corpus; it holds DK, LU`.
    pub detail: String,
    /// Its stable code (`unknown-country`, [`crate::ERROR_CODES`]), for callers that branch on it.
    #[serde(default)]
    pub code: String,
}

impl Problem {
    /// The title as a reader of `locale` sees it, with the `lang` to mark it with where it stays
    /// English (a title the locale has no words for): `("Pays inconnu", None)`.
    pub fn title_in(&self, locale: Locale) -> (String, Option<String>) {
        match words(locale).problem(&self.title) {
            Some(t) => (t, None),
            None => (self.title.clone(), locale.source_lang()),
        }
    }

    /// A problem with its title and detail.
    pub fn new(title: impl Into<String>, detail: impl Into<String>) -> Problem {
        let title = title.into();
        let code = crate::codes::code_of_title(&title).to_string();
        Problem { title, detail: detail.into(), code }
    }

    /// A problem whose code is not its title's: the error it reports has its own.
    pub fn with_code(title: impl Into<String>, detail: impl Into<String>, code: &str) -> Problem {
        Problem { code: code.to_string(), ..Problem::new(title, detail) }
    }

    /// An element that shows one country and was given none.
    pub fn needs_country(tag: &str) -> Problem {
        Problem::new(format!("{tag} needs a country"), "Add a country attribute with an ISO code, e.g. country=\"LU\".")
    }

    /// A `framework` other than `europam` and `egov-benchmark`.
    pub fn unknown_framework(given: &str) -> Problem {
        Problem::new("Unknown framework", crate::query::QueryError::UnknownFramework(given.to_string()).to_string())
    }

    /// A country argument the corpus does not hold, or that is no ISO code.
    pub fn unknown_country(e: crate::query::QueryError) -> Problem {
        Problem::with_code("Unknown country", e.to_string(), crate::Coded::code(&e))
    }
}

/// What a chart owes its reader besides the chart: a title that says what it shows, a
/// description for screen readers, the source line, and its numbers as CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// `Public accountability in Luxembourg: EUROPAM scores`.
    pub title: String,
    /// The chart in words, every number included.
    pub description: String,
    /// Documents, publishers and years the numbers come from.
    pub source: String,
    /// The chart's numbers with the export's columns.
    pub csv: String,
    /// The CSV's download name: `govlens-lu-europam.csv`.
    pub filename: String,
}

/// The words around every chart: its source line's lead, the table toggle, the download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameLabels {
    /// Before the source line: `Source: `.
    pub source: String,
    /// The toggle while the chart shows.
    pub show_table: String,
    /// The toggle while the table shows.
    pub show_chart: String,
    /// The CSV link.
    pub download: String,
    /// The chart as an SVG image, with its title and source line.
    #[serde(default)]
    pub download_svg: String,
    /// The same as a PNG image.
    #[serde(default)]
    pub download_png: String,
}

impl Default for FrameLabels {
    fn default() -> FrameLabels {
        FrameLabels::of(Locale::En)
    }
}

impl FrameLabels {
    /// The words in `locale`.
    pub fn of(locale: Locale) -> FrameLabels {
        let w = words(locale);
        FrameLabels {
            source: w.source_lead.into(),
            show_table: w.show_table.into(),
            show_chart: w.show_chart.into(),
            download: w.download_csv.into(),
            download_svg: w.download_svg.into(),
            download_png: w.download_png.into(),
        }
    }
}

/// A table as text: its caption for screen readers, the header row, then rows whose first cell
/// names the row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// Read by screen readers only.
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// One row per line; `row_header` says which cell names it.
    pub rows: Vec<Vec<String>>,
    /// The index of the cell that heads each row (`th scope=row`).
    pub row_header: usize,
}

/// One bar of a 0-100 bar chart, with its reference value (an average) as a tick.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    /// Stable key (`Political Financing`), what choosing the bar selects.
    pub key: String,
    /// The bar's label.
    pub label: String,
    /// The value; `None` where the document does not establish it.
    pub value: Option<f64>,
    /// The average the document gives beside it.
    pub reference: Option<f64>,
    /// Extra text after the numbers for screen readers and the focus line (`+11 since 2016-2017`).
    pub note: Option<String>,
    /// The same, short, shown beside the numbers (`+11`).
    pub badge: Option<String>,
    /// The source line shown when the bar has focus.
    pub source: String,
    /// What a check found about the value, for the reader (see [`value_flag`]); the chart
    /// marks the bar and says it under the bars.
    pub flag: Option<String>,
    /// The locale its numbers are written in.
    #[serde(skip)]
    pub locale: Locale,
}

/// What a reader is told of a value a check flagged, from the check's detail: the reasoning
/// kept, the dataset's listing of values left out (`Check this value: the page's 56 is the
/// dataset's value of 2012, 2015, 2016, 2017 rounded, not of 2020; the page mixes years.`).
///
/// The check's reasoning is the corpus's, in English: in another locale only the lead is
/// translated; the rest stays English (not yet marked apart from the lead).
pub fn value_flag(detail: &str, locale: Locale) -> String {
    let detail = detail.split(" (dataset:").next().unwrap_or(detail).trim().trim_end_matches('.');
    fill(words(locale).check_value, &[("detail", &detail.replacen(": ", "; ", 1))])
}

impl crate::model::Corpus {
    /// The reader's note for a score: the flagged checks on that score of that document (the
    /// EUROPAM page's score against the EUROPAM dataset, ...), joined; `None` where there are
    /// none. A check's locator is the score's (`Country score / Political Financing`), with
    /// what it was compared with in brackets, and its source the document, alone or with the
    /// dataset it was checked against (`004_….txt + europam/datahub.db`).
    pub fn score_flag(&self, s: &crate::model::Score, locale: Locale) -> Option<String> {
        let notes: Vec<String> = self.checks.iter().filter(|c| flags_score(c, s)).map(|c| value_flag(&c.detail, locale)).collect();
        (!notes.is_empty()).then(|| notes.join(" "))
    }
}

/// A flagged check on this score of this document (see [`Corpus::score_flag`]); the split
/// layout keeps these in the card part, so that a card from its part alone says them too.
///
/// [`Corpus::score_flag`]: crate::model::Corpus::score_flag
pub fn flags_score(c: &crate::model::Check, s: &crate::model::Score) -> bool {
    let at = s.provenance.locator.as_str();
    c.outcome == crate::model::Outcome::Flagged
        && c.country == s.country
        && c.source.split(" + ").any(|f| f == s.provenance.source)
        && (c.locator == at || c.locator.strip_prefix(at).is_some_and(|rest| rest.starts_with(" (")))
}

impl Bar {
    /// The numbers as shown beside the label: `56 · avg 66`, `97 · avg 76.3 · +32`, and `⚑`
    /// where a check flagged the value (said under the chart, [`Bars::flag_notes`]).
    pub fn numbers(&self) -> String {
        let l = self.locale;
        let n = match (self.value, self.reference) {
            (Some(v), Some(r)) => format!("{} · {} {}", l.number(Some(v)), words(l).avg, l.number(Some(r))),
            (v, _) => l.number(v),
        };
        let n = match &self.badge {
            Some(badge) => format!("{n} · {badge}"),
            None => n,
        };
        if self.flag.is_some() {
            format!("{n} · {FLAG_MARK}")
        } else {
            n
        }
    }

    /// The bar's accessible name: the visible text first (so that speech input can use it), then
    /// what the numbers are.
    pub fn describe(&self, subject: &str, reference: &str) -> String {
        let n = self.note.as_ref().map(|n| format!("; {n}")).unwrap_or_default();
        let f = self.flag.as_ref().map(|f| format!(". {f}")).unwrap_or_default();
        let text =
            fill(words(self.locale).bar_describe, &[("label", &self.label), ("numbers", &self.numbers()), ("subject", subject), ("reference", reference)]);
        format!("{text}{n}{f}")
    }

    /// The line shown while the bar has focus: its description and its source.
    pub fn detail(&self, subject: &str, reference: &str) -> String {
        format!("{} — {}", self.describe(subject, reference), self.source)
    }
}

/// The mark of a flagged value in a chart, explained under it.
pub const FLAG_MARK: &str = "⚑";

impl Bars {
    /// Under the chart, one line per flagged bar: `⚑ Political Financing: Check this value: …`.
    pub fn flag_notes(&self) -> Vec<String> {
        self.bars.iter().filter_map(|b| b.flag.as_ref().map(|f| format!("{FLAG_MARK} {}: {f}", b.label))).collect()
    }
}

/// A set of bars with its legend: whose values, against which average.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bars {
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
    /// `Luxembourg`: the legend's first mark.
    pub subject: String,
    /// `European average`: the legend's second mark.
    pub reference: String,
    /// The chart's accessible name.
    pub label: String,
}

/// Where a shown value comes from, in words a reader can look up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// The document in a few words with its year: `DPA factsheet 2020`.
    pub document: String,
    /// The document's full title.
    pub title: String,
    /// The document's publisher.
    pub publisher: String,
    /// Section, question or table, and the lines of the source file.
    pub locator: String,
    /// The source file with the lines: `001_58defca00d8e36d5.txt (lines 37-37)`.
    pub file: String,
    /// The year the value refers to, when the document gives one.
    pub year: Option<u16>,
}

impl Citation {
    /// `DPA factsheet 2020, §1.1 Basic data; figure for 2019`.
    pub fn line(&self) -> String {
        self.line_in(Locale::En)
    }

    /// The same in `locale`: the document's name and section as the document gives them, the
    /// year's words translated (`…; chiffre de 2019`).
    pub fn line_in(&self, locale: Locale) -> String {
        let cite = format!("{}, {}", self.document, self.locator);
        match self.year {
            Some(y) => fill(words(locale).figure_for, &[("cite", &cite), ("year", &y.to_string())]),
            None => cite,
        }
    }

    /// One short line for a card: `DPA factsheet 2020, §1.1, for 2019`; the section's number
    /// (or the first part of its path) instead of its whole heading.
    pub fn short(&self) -> String {
        self.short_in(Locale::En)
    }

    /// The same in `locale`.
    pub fn short_in(&self, locale: Locale) -> String {
        let first = self.locator.split(" / ").next().unwrap_or(&self.locator);
        let loc = if first.starts_with('§') { first.split(' ').next().unwrap_or(first) } else { first };
        let cite = format!("{}, {loc}", self.document);
        match self.year {
            Some(y) => fill(words(locale).cite_for, &[("cite", &cite), ("year", &y.to_string())]),
            None => cite,
        }
    }

    /// Everything, for a tooltip: the line, the title and publisher, the file and lines.
    pub fn full(&self) -> String {
        self.full_in(Locale::En)
    }

    /// The same in `locale`.
    pub fn full_in(&self, locale: Locale) -> String {
        format!("{}. {} ({}), {}", self.line_in(locale), self.title, self.publisher, self.file)
    }
}

/// The link target to render for a URL from a document: only `http(s)`, so that a `javascript:`
/// or `data:` address in a document is never made clickable.
pub fn http_url(url: &str) -> Option<&str> {
    let t = url.trim();
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(t)
}

/// Replaces e-mail addresses in text with a note that one was left out.
pub fn without_emails(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let is_email = core.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.starts_with('.'));
        if is_email {
            out.push_str("[e-mail address left out]");
        } else {
            out.push_str(word);
        }
    }
    out
}

/// The blocks an element's `sections` attribute asks for, in its order (comma- or
/// space-separated, any case), among `blocks` (name, what it holds); `None` where the attribute
/// is absent or blank (the element shows every block). A name twice counts once; a name
/// `blocks` lacks is an error that lists them (`element`: `card`, `comparison`).
///
/// ```
/// use govlens_core::views::{card::CARD_BLOCKS, sections_asked};
/// assert_eq!(sections_asked(Some("EUROPAM, basic europam"), CARD_BLOCKS, "card").unwrap(), Some(vec!["europam", "basic"]));
/// assert_eq!(sections_asked(Some(" "), CARD_BLOCKS, "card").unwrap(), None);
/// let p = sections_asked(Some("basic, score"), CARD_BLOCKS, "card").unwrap_err();
/// assert_eq!(p.title, "Unknown card section");
/// assert!(p.detail.starts_with("sections=\"basic, score\": no section 'score'; the card has datasets, history, basic,"));
/// ```
pub fn sections_asked(sections: Option<&str>, blocks: &[(&'static str, &str)], element: &str) -> Result<Option<Vec<&'static str>>, Problem> {
    let Some(given) = sections.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let mut out: Vec<&'static str> = Vec::new();
    for name in given.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()) {
        let Some((key, _)) = blocks.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)) else {
            let known: Vec<&str> = blocks.iter().map(|(k, _)| *k).collect();
            return Err(Problem::new(
                format!("Unknown {element} section"),
                format!("sections=\"{given}\": no section '{name}'; the {element} has {}.", known.join(", ")),
            ));
        };
        if !out.contains(key) {
            out.push(key);
        }
    }
    Ok(Some(out))
}

/// The level of an element's title heading, from its `heading-level` attribute: 1 to 5, so that
/// its sub-headings (one level below) stay within h6; anything else keeps 3, the level the
/// elements have always had (a section under an article's h1 and h2).
///
/// ```
/// use govlens_core::views::heading_level;
/// assert_eq!((heading_level(Some("2")), heading_level(None), heading_level(Some("6")), heading_level(Some("x"))), (2, 3, 3, 3));
/// ```
pub fn heading_level(attr: Option<&str>) -> u8 {
    attr.and_then(|v| v.trim().parse::<u8>().ok()).filter(|l| (1..=5).contains(l)).unwrap_or(3)
}

/// A country's name from its code (the code itself for one the country table does not know).
pub fn country_name(code: &str) -> String {
    crate::countries::name_of(code).unwrap_or(code).to_string()
}

/// A country's name in `locale` (see [`crate::countries::name_in`]), else in English.
pub fn country_name_in(code: &str, locale: Locale) -> String {
    crate::countries::name_in(code, locale).map(str::to_string).unwrap_or_else(|| country_name(code))
}

/// The citation of a record from a list of sources: the whole corpus's, or a split layout's
/// manifest's (a search there has no corpus).
pub fn cite(sources: &[Source], p: &Provenance, year: Option<u16>) -> Citation {
    let src = sources.iter().find(|s| s.file == p.source);
    let document = match src {
        Some(s) if s.family == Family::UnMsq => format!("UN {} questionnaire ({})", s.edition, s.year),
        Some(s) => format!("{} {}", s.family.label(), s.year),
        None => p.source.clone(),
    };
    Citation {
        document,
        title: src.map(|s| s.title.clone()).unwrap_or_default(),
        publisher: src.map(|s| s.publisher.clone()).unwrap_or_default(),
        locator: p.locator.clone(),
        file: format!("{} (lines {}-{})", p.source, p.lines.start, p.lines.end),
        year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_left_out() {
        assert_eq!(without_emails("Write to (jane.doe@ctie.etat.lu) today"), "Write to [e-mail address left out] today");
        assert_eq!(without_emails("guichet.public.lu and @handle"), "guichet.public.lu and @handle");
    }

    #[test]
    fn only_http_links() {
        assert_eq!(http_url(" https://guichet.lu "), Some("https://guichet.lu"));
        assert_eq!(http_url("HTTP://x.lu"), Some("HTTP://x.lu"));
        assert_eq!(http_url("javascript:alert(1)"), None);
        assert_eq!(http_url("data:text/html,<script>"), None);
        assert_eq!(http_url("guichet.lu"), None);
    }
}
