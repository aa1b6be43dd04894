//! Assembles the corpus: manifest -> each source through its family's parser -> checks across
//! documents -> one `Corpus`.
use crate::doc::{Doc, Extract, ParseError};
use crate::manifest::{self, ManifestError};
use crate::parse;
use govlens_core::{Check, Corpus, Family, Outcome, Source};
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum BuildError {
    Manifest(ManifestError),
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Parse(ParseError),
    /// Every problem the datasets' import found, at once.
    Data(Vec<String>),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Manifest(e) => write!(f, "manifest: {e}"),
            BuildError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            BuildError::Parse(e) => write!(f, "{e}"),
            BuildError::Data(errors) => {
                write!(f, "{} problem{} with the datasets:\n  {}", errors.len(), if errors.len() == 1 { "" } else { "s" }, errors.join("\n  "))
            }
        }
    }
}

impl std::error::Error for BuildError {}

/// Reads `<dir>/manifest.toml` and `<dir>/sources/*` and builds the corpus.
pub fn build_corpus(dir: &Path) -> Result<Corpus, BuildError> {
    let mpath = dir.join("manifest.toml");
    let mtext = govlens_core::files::read_text(&mpath, govlens_core::files::CONFIG).map_err(|error| BuildError::Io { path: mpath.clone(), error })?;
    let sources = manifest::parse(&mtext, &mpath.display().to_string()).map_err(BuildError::Manifest)?;
    let mut texts = Vec::new();
    for s in &sources {
        let p = dir.join("sources").join(&s.file);
        let bytes = govlens_core::files::read(&p, govlens_core::files::DOCUMENT).map_err(|error| BuildError::Io { path: p.clone(), error })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            BuildError::Parse(ParseError {
                source: s.file.clone(),
                line: None,
                message: format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
            })
        })?;
        texts.push(text);
    }
    assemble(sources, &texts).map_err(BuildError::Parse)
}

/// The documents' corpus and, with a data directory, the datasets' values checked against the
/// documents where both give the same figure.
pub fn build_with_data(dir: &Path, data: Option<&Path>) -> Result<Corpus, BuildError> {
    let mut corpus = build_corpus(dir)?;
    if let Some(data) = data {
        let datasets = crate::data::import(dir, data).map_err(BuildError::Data)?;
        corpus.merge(datasets);
        let checks = crate::data::checks::documents_against_datasets(&corpus);
        corpus.checks.extend(checks);
    }
    Ok(corpus)
}

/// Parses each text as its manifest entry says and assembles the corpus.
pub fn assemble(sources: Vec<Source>, texts: &[String]) -> Result<Corpus, ParseError> {
    let mut corpus = Corpus::default();
    for (i, (meta, text)) in sources.iter().zip(texts).enumerate() {
        let doc = Doc::new(meta, text);
        let mut extract: Extract = parse::parse(&doc)?;
        for (k, p) in extract.passages.iter_mut().enumerate() {
            p.id = format!("{}-{i:03}-{:04}", meta.country, k + 1);
        }
        corpus.merge(extract);
    }
    corpus.sources = sources;
    cross_checks(&mut corpus);
    Ok(corpus)
}

/// Checks that need more than one document.
fn cross_checks(c: &mut Corpus) {
    let mut out: Vec<Check> = Vec::new();
    // The same fact from several sources: both values stay; the check says they differ.
    for country in c.countries().into_iter().map(str::to_string).collect::<Vec<_>>() {
        for key in ["population"] {
            let vals: Vec<_> = c.facts.iter().filter(|f| f.country == country && f.fact == key).collect();
            if vals.len() < 2 {
                continue;
            }
            let same = vals.windows(2).all(|w| w[0].value == w[1].value);
            let detail = vals
                .iter()
                .map(|f| format!("{} ({}, {})", f.value, f.provenance.source, f.year.map(|y| y.to_string()).unwrap_or_else(|| "year not given".into())))
                .collect::<Vec<_>>()
                .join(" vs ");
            out.push(Check {
                country: country.clone(),
                source: vals.iter().map(|f| f.provenance.source.as_str()).collect::<Vec<_>>().join(" + "),
                locator: key.into(),
                what: format!("sources agree on {key}"),
                outcome: if same { Outcome::Passed } else { Outcome::Flagged },
                detail: if same { detail } else { format!("{detail}: both values are kept, each with its source") },
            });
        }
    }
    // The same questionnaire in several conversions: the questions must be the same ones.
    let msq: Vec<&Source> = c.sources.iter().filter(|s| s.family == Family::UnMsq).collect();
    if msq.len() >= 2 {
        let words = |t: &str| -> Vec<String> { t.to_lowercase().split(|ch: char| !ch.is_alphanumeric()).filter(|w| w.len() > 2).map(String::from).collect() };
        let mut differing = Vec::new();
        for q in 1..=crate::parse::msq::QUESTIONS {
            let texts: Vec<Vec<String>> = msq
                .iter()
                .filter_map(|s| c.answers.iter().find(|a| a.provenance.source == s.file && a.question == q.to_string() && a.item.is_none()))
                .map(|a| words(&a.question_text))
                .filter(|w| !w.is_empty())
                .collect();
            for w in texts.windows(2) {
                let common = w[0].iter().filter(|x| w[1].contains(x)).count();
                let ratio = common as f64 / w[0].len().max(w[1].len()) as f64;
                if ratio < 0.6 {
                    differing.push(format!("Q{q} ({:.0}% words shared)", ratio * 100.0));
                }
            }
        }
        out.push(Check {
            country: String::new(),
            source: msq.iter().map(|s| s.file.as_str()).collect::<Vec<_>>().join(" + "),
            locator: "questions 1-44".into(),
            what: "the MSQ conversions ask the same questions under the same numbers".into(),
            outcome: if differing.is_empty() { Outcome::Passed } else { Outcome::Flagged },
            detail: if differing.is_empty() {
                "every question's text matches across conversions (60% of words or more)".into()
            } else {
                format!("differ: {}", differing.join(", "))
            },
        });
    }
    c.checks.extend(out);
}
