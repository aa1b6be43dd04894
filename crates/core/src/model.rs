//! The corpus: typed records, each carrying where it came from.
//!
//! Every number, answer and passage has a [`Provenance`] (the source file's name, a locator such
//! as a section or question number, and the line range), so that whatever shows it can cite it.
//! A value the documents do not establish is kept with `None` and an [`Unknown`] saying why,
//! never guessed and never dropped.
use serde::{Deserialize, Serialize};

pub use crate::basemap::{Basemap, MapArea, Shape};
pub use crate::data::*;

/// The whole corpus, as `govlens build` writes it and `core` loads it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// The source documents.
    pub sources: Vec<Source>,
    /// Facts about countries.
    pub facts: Vec<Fact>,
    /// Scores of the scoring frameworks.
    pub scores: Vec<Score>,
    /// Answers to questionnaires.
    pub answers: Vec<Answer>,
    /// AI strategies.
    pub ai_strategies: Vec<AiStrategy>,
    /// The documents' text by section, for search.
    pub passages: Vec<Passage>,
    /// Values the documents do not establish, each with its reason.
    pub unknowns: Vec<Unknown>,
    /// Conversion damage that was repaired, with the text before and after.
    pub repairs: Vec<Repair>,
    /// Cross-checks of a value against what a document says elsewhere.
    pub checks: Vec<Check>,
    /// The public datasets read (empty when the build had no data directory).
    pub datasets: Vec<Dataset>,
    /// The datasets' files, each with its header.
    pub data_files: Vec<DataFile>,
    /// What each dataset indicator measures.
    pub indicators: Vec<Indicator>,
    /// The countries and aggregates the datasets' values belong to.
    pub entities: Vec<Entity>,
    /// Every dataset value with its cell.
    pub observations: Vec<Observation>,
    /// Dataset cells that hold no value, each with its reason.
    pub gaps: Vec<DataGap>,
    /// How every row of every file was accounted for.
    pub tallies: Vec<RowTally>,
    /// The map's shapes, an area each (built with the datasets, which they show).
    pub basemaps: Vec<Basemap>,
}

/// A family of source documents; one parser reads each family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// UN E-Government Survey, Member States Questionnaire answers.
    UnMsq,
    /// European Commission, Digital Public Administration factsheet.
    DpaFactsheet,
    /// AI Watch, public-sector dimension of a national AI strategy.
    AiWatch,
    /// European Public Accountability Mechanisms country page.
    Europam,
}

impl Family {
    /// Every family.
    pub const ALL: [Family; 4] = [Family::UnMsq, Family::DpaFactsheet, Family::AiWatch, Family::Europam];

    /// The short name used in manifests, CLI filters and CSV.
    pub fn slug(self) -> &'static str {
        match self {
            Family::UnMsq => "un-msq",
            Family::DpaFactsheet => "dpa-factsheet",
            Family::AiWatch => "ai-watch",
            Family::Europam => "europam",
        }
    }

    /// Reads a slug (`un-msq`).
    pub fn from_slug(s: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.slug() == s)
    }

    /// The family's name for a reader: `UN questionnaire`, `DPA factsheet`, `AI Watch`, `EUROPAM`.
    pub fn label(self) -> &'static str {
        match self {
            Family::UnMsq => "UN questionnaire",
            Family::DpaFactsheet => "DPA factsheet",
            Family::AiWatch => "AI Watch",
            Family::Europam => "EUROPAM",
        }
    }
}

/// One source document and what the manifest says of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The file name, as shipped in `corpus/sources/`; every record cites it.
    pub file: String,
    /// Which parser read it.
    pub family: Family,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// The document's title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Its edition as the publisher names it (`2022`, `2020`).
    pub edition: String,
    /// The year it was published or answered.
    pub year: u16,
    /// ISO 639-1 code of the document's main language.
    pub language: String,
    /// The line after which the text appears to stop before its end (its last line ends
    /// mid-sentence, or it lacks the section its family always closes with), as the build found
    /// it; `None` for a document that ends as its family does. Its last passage is shown as
    /// possibly incomplete ([`Source::incomplete`]).
    #[serde(default)]
    pub cut_off_after: Option<u32>,
    /// The sections the document's family has and this document lacks, each with the line
    /// where it was looked for: a partial document, whose other sections were read.
    #[serde(default)]
    pub missing_sections: Vec<String>,
}

impl Source {
    /// Whether lines `lines` of this document may be incomplete: the document appears cut off
    /// and they reach the line where it stops.
    pub fn incomplete(&self, lines: Lines) -> bool {
        self.cut_off_after.is_some_and(|n| lines.end >= n)
    }
}

/// A 1-based, inclusive range of lines in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lines {
    /// The first line.
    pub start: u32,
    /// The last line.
    pub end: u32,
}

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The source file's name.
    pub source: String,
    /// Section, question or table the record was read from, as a reader would look for it.
    pub locator: String,
    /// The lines it spans.
    pub lines: Lines,
}

/// A fact about a country: a profile number, a portal, a body, a strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Machine name of the fact (`population`, `portal`, `egov_body`, ...).
    pub fact: String,
    /// The label the document gives it.
    pub label: String,
    /// The value as text (numbers normalised: `613894`, `2.3`).
    pub value: String,
    /// The value as a number, where it is one.
    pub number: Option<f64>,
    /// The unit (`inhabitants`, `million Euros`).
    pub unit: Option<String>,
    /// The year the value refers to, where the document gives one.
    pub year: Option<u16>,
    /// A period such as `2021-2025`, for strategies.
    pub period: Option<String>,
    /// A portal's or a body's address.
    pub url: Option<String>,
    /// Further detail: a portal's purpose, a body's role.
    pub note: Option<String>,
    /// Where it was read.
    pub provenance: Provenance,
}

/// Which scoring framework a score belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Framework {
    /// EUROPAM public accountability scores (0-100).
    Europam,
    /// The eGovernment Benchmark table of the DPA factsheet.
    EgovBenchmark,
}

impl Framework {
    /// The short name used in attributes, CLI filters and CSV: `europam`, `egov-benchmark`.
    pub fn slug(self) -> &'static str {
        match self {
            Framework::Europam => "europam",
            Framework::EgovBenchmark => "egov-benchmark",
        }
    }

    /// Reads a slug.
    pub fn from_slug(s: &str) -> Option<Framework> {
        [Framework::Europam, Framework::EgovBenchmark].into_iter().find(|f| f.slug() == s)
    }
}

/// What a score is within its framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScoreKind {
    /// A dimension's headline score.
    Headline,
    /// A primary sub-metric of a dimension, by year.
    Primary,
    /// An alternative metric (per type of official), by year.
    Alternative,
    /// A benchmark indicator's value.
    Indicator,
    /// A benchmark indicator's change since the previous measurement.
    Growth,
}

impl ScoreKind {
    /// The kind's name in exports: `headline`, `primary`, `alternative`, `indicator`, `growth`.
    pub fn slug(self) -> &'static str {
        match self {
            ScoreKind::Headline => "headline",
            ScoreKind::Primary => "primary",
            ScoreKind::Alternative => "alternative",
            ScoreKind::Indicator => "indicator",
            ScoreKind::Growth => "growth",
        }
    }
}

/// Whether a score of this framework, kind and metric is one of its framework's headlines: a
/// EUROPAM dimension's score, or an eGovernment Benchmark group's overall score. The card and
/// the comparison show these.
pub fn is_headline(framework: Framework, kind: ScoreKind, metric: Option<&str>) -> bool {
    match framework {
        Framework::Europam => kind == ScoreKind::Headline,
        Framework::EgovBenchmark => kind == ScoreKind::Indicator && metric == Some("Overall scores"),
    }
}

/// One number of a scoring framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// ISO code.
    pub country: String,
    /// The framework.
    pub framework: Framework,
    /// The dimension (EUROPAM) or group (benchmark).
    pub dimension: String,
    /// Empty for a dimension's headline score.
    pub metric: Option<String>,
    /// What the number is.
    pub kind: ScoreKind,
    /// `None` when the document does not establish the year (see `year_candidates`).
    pub year: Option<u16>,
    /// The years this value may belong to when `year` is unknown.
    pub year_candidates: Vec<u16>,
    /// The measurement period as the document prints it, e.g. `2018-2019`.
    pub period: Option<String>,
    /// `None` when the value could not be established (see the corpus's unknowns).
    pub value: Option<f64>,
    /// The comparison value the document gives beside it (European or EU27+ average).
    pub reference_value: Option<f64>,
    /// What the reference value is (`European average`, `EU27+ average`).
    pub reference_label: Option<String>,
    /// Where it was read.
    pub provenance: Provenance,
}

/// A normalised answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnswerValue {
    /// Yes.
    Yes,
    /// No.
    No,
    /// The document does not establish it.
    Unknown,
    /// A non-binary answer stated in the document (`EUR 1`, `General`).
    Other(String),
}

impl AnswerValue {
    /// `yes`, `no`, `unknown`, or the stated value.
    pub fn as_str(&self) -> &str {
        match self {
            AnswerValue::Yes => "yes",
            AnswerValue::No => "no",
            AnswerValue::Unknown => "unknown",
            AnswerValue::Other(s) => s,
        }
    }
}

/// Which questionnaire an answer belongs to. Stored and exported as its name (`UN MSQ 2022`,
/// `EUROPAM`), so the artifact's bytes and the JSON and CSV columns are those of the string field
/// it replaced: a typed field for the code, no format change for the files.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Questionnaire {
    /// The UN E-Government Survey's Member States Questionnaire of the edition (year) given.
    UnMsq(u16),
    /// EUROPAM's qualitative assessment.
    Europam,
}

impl Questionnaire {
    /// The UN E-Government Survey 2022's questionnaire, which the bundled documents answer.
    pub const UN_MSQ_2022: Questionnaire = Questionnaire::UnMsq(2022);

    /// Whether this is a UN Member States Questionnaire (of any edition).
    pub fn is_un_msq(&self) -> bool {
        matches!(self, Questionnaire::UnMsq(_))
    }

    /// Reads a questionnaire's name: `UN MSQ 2022` or `EUROPAM` (case-insensitive).
    pub fn parse(name: &str) -> Option<Questionnaire> {
        let t = name.trim();
        if t.eq_ignore_ascii_case("EUROPAM") {
            return Some(Questionnaire::Europam);
        }
        let edition = t.get(..7).filter(|p| p.eq_ignore_ascii_case("UN MSQ ")).and_then(|_| t[7..].parse().ok())?;
        Some(Questionnaire::UnMsq(edition))
    }
}

impl std::fmt::Display for Questionnaire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Questionnaire::UnMsq(edition) => write!(f, "UN MSQ {edition}"),
            Questionnaire::Europam => f.write_str("EUROPAM"),
        }
    }
}

impl From<Questionnaire> for String {
    fn from(q: Questionnaire) -> String {
        q.to_string()
    }
}

impl TryFrom<String> for Questionnaire {
    type Error = String;
    fn try_from(name: String) -> Result<Questionnaire, String> {
        Questionnaire::parse(&name).ok_or_else(|| format!("unknown questionnaire '{name}': expected 'UN MSQ <year>' or 'EUROPAM'"))
    }
}

/// How an answer was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The document shows the tick.
    Ticked,
    /// The document states the answer in words ("Yes.", "No.").
    Stated,
    /// Only the detail given implies it.
    Inferred,
    /// Nothing in the document establishes it.
    None,
}

impl Basis {
    /// `ticked`, `stated`, `inferred` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Ticked => "ticked",
            Basis::Stated => "stated",
            Basis::Inferred => "inferred",
            Basis::None => "none",
        }
    }
}

/// One answer of a questionnaire (UN MSQ) or assessment (EUROPAM).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// ISO code.
    pub country: String,
    /// The UN questionnaire of a Survey edition, or EUROPAM's assessment.
    pub questionnaire: Questionnaire,
    /// The question's number (MSQ) or its text (EUROPAM).
    pub question: String,
    /// The question as the document asks it.
    pub question_text: String,
    /// Heading path in the document (section; for EUROPAM dimension, official, sub-metric, group).
    pub section: Vec<String>,
    /// One item of a multi-choice question, or the type of official (EUROPAM).
    pub item: Option<String>,
    /// The answer.
    pub answer: AnswerValue,
    /// How the answer was established.
    pub basis: Basis,
    /// Why the answer is what it is, when it is not plain (inferred or unknown).
    pub reason: Option<String>,
    /// The answer's text (detail, contact, explanation).
    pub text: String,
    /// The links given with the answer.
    pub links: Vec<String>,
    /// The legal citation given with the answer (EUROPAM).
    pub citation: Option<String>,
    /// The year the answer refers to.
    pub year: Option<u16>,
    /// Where it was read.
    pub provenance: Provenance,
}

impl Answer {
    /// The answer without its texts (question, detail, links, citation): what a card counts and
    /// cites. A split folder's card part holds these; its rest part the answers in full.
    pub fn stub(&self) -> Answer {
        Answer { question_text: String::new(), section: Vec::new(), reason: None, text: String::new(), links: Vec::new(), citation: None, ..self.clone() }
    }

    /// Whether this is a [`stub`](Answer::stub): a full answer always has its question's text.
    pub fn is_stub(&self) -> bool {
        self.question_text.is_empty()
    }

    fn key(&self) -> (&str, &Questionnaire, &str, Option<&str>) {
        (&self.country, &self.questionnaire, &self.question, self.item.as_deref())
    }
}

/// A category of an AI strategy analysis with its measures (`n/a` kept as the document has it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StrategyCategory {
    /// The category's name.
    pub category: String,
    /// Its measures.
    pub measures: Vec<String>,
}

/// The public-sector dimension of a national AI strategy (AI Watch).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AiStrategy {
    /// ISO code.
    pub country: String,
    /// The strategy's title.
    pub title: String,
    /// The release date as printed (`May 2019`).
    pub released: Option<String>,
    /// The year it refers to.
    pub year: Option<u16>,
    /// Its highlights for the public sector.
    pub highlights: Vec<String>,
    /// The strategy analysis.
    pub analysis: Vec<StrategyCategory>,
    /// The page's summary.
    pub summary: Vec<String>,
    /// The actions for the public sector.
    pub public_sector_actions: Vec<String>,
    /// Where it was read.
    pub provenance: Provenance,
}

/// A section of a document's text, for search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable id: country, source ordinal and section ordinal (`LU-000-0012`).
    pub id: String,
    /// ISO code.
    pub country: String,
    /// The source file's name.
    pub source: String,
    /// Heading path, outermost first.
    pub section: Vec<String>,
    /// The section's text.
    pub text: String,
    /// ISO 639-1 code of its language (chooses the stemmer).
    pub language: String,
    /// Where it was read.
    pub provenance: Provenance,
    /// What the checks flagged in this passage's text, each as the check's detail says it (a
    /// EUROPAM summary that names another country): shown beside the passage wherever it
    /// appears, so that a reader is not misled by a top hit.
    #[serde(default)]
    pub flags: Vec<String>,
}

/// A value a document does not establish, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unknown {
    /// ISO code.
    pub country: String,
    /// The source file's name.
    pub source: String,
    /// Section, question or table.
    pub locator: String,
    /// The lines concerned.
    pub lines: Lines,
    /// What is unknown (`EUROPAM Public Procurement / Scope: years of 3 values`).
    pub what: String,
    /// Why the documents do not establish it.
    pub reason: String,
}

/// Conversion damage that was repaired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// ISO code.
    pub country: String,
    /// The source file's name.
    pub source: String,
    /// Section, question or table.
    pub locator: String,
    /// The lines repaired.
    pub lines: Lines,
    /// What was repaired.
    pub what: String,
    /// The text as converted.
    pub original: String,
    /// The text as repaired.
    pub repaired: String,
    /// How the repair was made and what confirmed it.
    pub method: String,
}

/// Outcome of a cross-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The value agrees.
    Passed,
    /// The check found something a reader should know (kept, not corrected).
    Flagged,
}

/// The check every document that appears cut off carries (flagged; its detail says after
/// which line and why).
pub const CHECK_NOT_CUT_OFF: &str = "the document is not cut off";
/// The check every partial document carries (flagged; its detail lists the missing sections).
pub const CHECK_SECTIONS_PRESENT: &str = "every section of the document's family is present";

/// A value checked against what a document says elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// ISO code.
    pub country: String,
    /// The source file's name.
    pub source: String,
    /// Section, question or table.
    pub locator: String,
    /// What was checked.
    pub what: String,
    /// Passed or flagged.
    pub outcome: Outcome,
    /// What the check found.
    pub detail: String,
}

/// A country's code as every record holds it: ISO 3166-1 alpha-2 (or a code the register assigns,
/// such as XK), two capital letters. It names files of a split folder (`card/LU.govlens`), so
/// nothing else may pass.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// An entity's code: a country's, or an aggregate's (`EU27`, `EU27+`), at most 8 capitals,
/// digits and `+`.
pub fn is_entity_code(code: &str) -> bool {
    !code.is_empty() && code.len() <= 8 && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+')
}

impl Corpus {
    /// What a decoded corpus must hold to be used: country and entity codes of their shape
    /// (they become file names), finite numbers. The first problem, named.
    pub fn validate(&self) -> Result<(), String> {
        let bad_country = |what: &str, code: &str| format!("{what} has country code '{}', which is not two capital letters", code.escape_debug());
        let countries = self
            .sources
            .iter()
            .map(|r| ("a source", &r.country))
            .chain(self.facts.iter().map(|r| ("a fact", &r.country)))
            .chain(self.scores.iter().map(|r| ("a score", &r.country)))
            .chain(self.answers.iter().map(|r| ("an answer", &r.country)))
            .chain(self.ai_strategies.iter().map(|r| ("an AI strategy", &r.country)))
            .chain(self.passages.iter().map(|r| ("a passage", &r.country)))
            .chain(self.unknowns.iter().map(|r| ("an unknown", &r.country)))
            .chain(self.repairs.iter().map(|r| ("a repair", &r.country)));
        for (what, code) in countries {
            if !is_country_code(code) {
                return Err(bad_country(what, code));
            }
        }
        // A dataset check belongs to no country: its code is empty.
        if let Some(k) = self.checks.iter().find(|k| !k.country.is_empty() && !is_country_code(&k.country)) {
            return Err(bad_country("a check", &k.country));
        }
        let entities = self.entities.iter().map(|e| &e.code).chain(self.observations.iter().map(|o| &o.entity)).chain(self.gaps.iter().map(|g| &g.entity));
        for code in entities {
            if !is_entity_code(code) {
                return Err(format!("a dataset record has entity code '{}', which is not a country's or an aggregate's", code.escape_debug()));
            }
        }
        if let Some(o) = self.observations.iter().find(|o| !o.value.is_finite()) {
            return Err(format!("a value of {} {} is not a finite number", o.entity, o.year));
        }
        if let Some(f) = self.facts.iter().find(|f| f.number.is_some_and(|v| !v.is_finite())) {
            return Err(format!("a fact of {} ({}) is not a finite number", f.country, f.fact));
        }
        if let Some(s) = self.scores.iter().find(|s| s.value.is_some_and(|v| !v.is_finite())) {
            return Err(format!("a score of {} ({}) is not a finite number", s.country, s.dimension));
        }
        Ok(())
    }

    /// Moves every record of `other` into this corpus (sources included). Both must come from
    /// one build where both hold datasets: the dataset tables are taken from the first.
    pub fn merge(&mut self, mut other: Corpus) {
        self.sources.append(&mut other.sources);
        self.facts.append(&mut other.facts);
        self.scores.append(&mut other.scores);
        // A split folder's card part holds answers without their texts and its rest part the
        // same answers in full: the full one is kept, whichever part comes first.
        let full: std::collections::HashSet<_> = other.answers.iter().filter(|a| !a.is_stub()).map(|a| a.key()).collect();
        let have: std::collections::HashSet<_> = self.answers.iter().map(|a| a.key()).collect();
        let other_answers: Vec<Answer> = other.answers.iter().filter(|a| !(a.is_stub() && have.contains(&a.key()))).cloned().collect();
        self.answers.retain(|a| !(a.is_stub() && full.contains(&a.key())));
        let mut other_answers = other_answers;
        self.answers.append(&mut other_answers);
        self.ai_strategies.append(&mut other.ai_strategies);
        self.passages.append(&mut other.passages);
        self.unknowns.append(&mut other.unknowns);
        self.repairs.append(&mut other.repairs);
        self.checks.append(&mut other.checks);
        // The dataset tables are shared by every part of one build (records refer to them by
        // index): the first part's are kept, a later part's copies dropped, except the column
        // names it cites that the first part left out (see `with_cited_files`).
        if self.datasets.is_empty() {
            self.datasets = other.datasets;
            self.data_files = other.data_files;
            self.indicators = other.indicators;
        } else {
            for (mine, theirs) in self.data_files.iter_mut().zip(&other.data_files) {
                for (m, t) in mine.columns.iter_mut().zip(&theirs.columns) {
                    if m.is_empty() && !t.is_empty() {
                        m.clone_from(t);
                    }
                }
            }
        }
        self.entities.append(&mut other.entities);
        self.observations.append(&mut other.observations);
        self.gaps.append(&mut other.gaps);
        self.tallies.append(&mut other.tallies);
        self.basemaps.append(&mut other.basemaps);
    }

    /// Every record of one country, its sources included (the split layout's parts and the
    /// synthetic corpora start from it).
    pub fn of_country(&self, code: &str) -> Corpus {
        fn mine<T: Clone>(v: &[T], country: impl Fn(&T) -> &str, code: &str) -> Vec<T> {
            v.iter().filter(|r| country(r) == code).cloned().collect()
        }
        Corpus {
            sources: mine(&self.sources, |r| &r.country, code),
            facts: mine(&self.facts, |r| &r.country, code),
            scores: mine(&self.scores, |r| &r.country, code),
            answers: mine(&self.answers, |r| &r.country, code),
            ai_strategies: mine(&self.ai_strategies, |r| &r.country, code),
            passages: mine(&self.passages, |r| &r.country, code),
            unknowns: mine(&self.unknowns, |r| &r.country, code),
            repairs: mine(&self.repairs, |r| &r.country, code),
            checks: mine(&self.checks, |r| &r.country, code),
            // The dataset tables are small and every part needs them to cite its values.
            datasets: self.datasets.clone(),
            data_files: Vec::new(),
            indicators: self.indicators.clone(),
            entities: mine(&self.entities, |r| &r.code, code),
            observations: mine(&self.observations, |r| &r.entity, code),
            gaps: mine(&self.gaps, |r| &r.entity, code),
            tallies: Vec::new(),
            basemaps: Vec::new(),
        }
        .with_cited_files(&self.data_files)
    }

    /// `files` with only the columns this corpus's values and gaps cite named: a part keeps
    /// every file (a cell names its file by index) but not the headers of columns it never cites
    /// (the GovTech file's 392), which would be most of a small country's card part.
    pub fn with_cited_files(mut self, files: &[DataFile]) -> Corpus {
        let mut cited: Vec<Vec<bool>> = files.iter().map(|f| vec![false; f.columns.len()]).collect();
        let cells =
            self.observations.iter().flat_map(|o| std::iter::once(&o.cell).chain(o.rank.as_ref().map(|(_, c)| c))).chain(self.gaps.iter().map(|g| &g.cell));
        for c in cells {
            if let Some(slot) = cited.get_mut(c.file as usize).and_then(|f| f.get_mut(c.column as usize)) {
                *slot = true;
            }
        }
        self.data_files = files
            .iter()
            .zip(cited)
            .map(|(f, keep)| DataFile { columns: f.columns.iter().zip(keep).map(|(c, k)| if k { c.clone() } else { String::new() }).collect(), ..f.clone() })
            .collect();
        self
    }

    /// The countries the corpus holds, sorted: those of the documents and every country
    /// (not aggregate) that a dataset has a value for.
    pub fn countries(&self) -> Vec<&str> {
        // One pass over the values, not one per entity: every card query asks this.
        let valued: std::collections::BTreeSet<&str> = self.observations.iter().map(|o| o.entity.as_str()).collect();
        let with_values = self.entities.iter().filter(|e| e.kind == EntityKind::Country && valued.contains(e.code.as_str())).map(|e| e.code.as_str());
        let mut v: Vec<&str> = self.sources.iter().map(|s| s.country.as_str()).chain(with_values).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// What the check on a document that appears cut off found (`appears cut off after line 74:
    /// ...`), for `file`; `None` for a document that ends as its family does.
    pub fn cut_off_detail(&self, file: &str) -> Option<&str> {
        self.checks.iter().find(|k| k.source == file && k.what == CHECK_NOT_CUT_OFF).map(|k| k.detail.as_str())
    }

    /// The countries that have source documents, sorted (search's country filter).
    pub fn document_countries(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.sources.iter().map(|s| s.country.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// A register entry by its code.
    pub fn entity(&self, code: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.code == code)
    }

    /// A source document by its file name.
    pub fn source(&self, file: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.file == file)
    }
}
