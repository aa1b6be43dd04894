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
    /// Every document that could not be read, at once.
    Documents(Vec<ParseError>),
    /// Every problem the datasets' import found, at once.
    Data(Vec<String>),
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Manifest(e) => write!(f, "manifest: {e}"),
            BuildError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            BuildError::Documents(errors) if errors.len() == 1 => write!(f, "{}", errors[0]),
            BuildError::Documents(errors) => {
                let lines: Vec<String> = errors.iter().map(ParseError::to_string).collect();
                write!(f, "{} could not be read:\n  {}", plural(errors.len(), "document", "documents"), lines.join("\n  "))
            }
            BuildError::Data(errors) => write!(f, "{} with the datasets:\n  {}", plural(errors.len(), "problem", "problems"), errors.join("\n  ")),
        }
    }
}

impl std::error::Error for BuildError {}

/// A build that read every document it could: the corpus of the documents that parsed, and
/// the ones that did not, each with its reason and line.
#[derive(Debug)]
pub struct Built {
    pub corpus: Corpus,
    /// The documents that yielded nothing usable, in manifest order.
    pub refused: Vec<ParseError>,
    /// How many documents the manifest lists.
    pub listed: usize,
}

impl Built {
    /// Every problem as `file:line: what is wrong`: the refused documents, then each missing
    /// section of a partial one. A cut-off text is not a problem of the build (the document
    /// is what was published or converted) but a flagged check, listed by [`Built::notes`].
    pub fn problems(&self) -> Vec<String> {
        let mut out: Vec<String> = self.refused.iter().map(ParseError::to_string).collect();
        for s in &self.corpus.sources {
            for m in &s.missing_sections {
                // Stored as `line N: section: reason`.
                let (line, what) = m.strip_prefix("line ").and_then(|r| r.split_once(": ")).unwrap_or(("", m));
                out.push(format!("{}:{line}: partial: {what}; the rest of the document is read", s.file));
            }
        }
        out
    }

    /// What the reader of the corpus is told about its documents: each that appears cut off.
    pub fn notes(&self) -> Vec<String> {
        self.corpus
            .sources
            .iter()
            .filter(|s| s.cut_off_after.is_some())
            .map(|s| format!("{}: {}", s.file, self.corpus.cut_off_detail(&s.file).unwrap_or("appears cut off")))
            .collect()
    }
}

/// Reads `<dir>/manifest.toml` and `<dir>/sources/*` and builds the corpus; any document that
/// cannot be read fails the build, with every such document listed (see [`read_corpus`] for
/// a build that goes on without them).
pub fn build_corpus(dir: &Path) -> Result<Corpus, BuildError> {
    let built = read_corpus(dir)?;
    if built.refused.is_empty() {
        Ok(built.corpus)
    } else {
        Err(BuildError::Documents(built.refused))
    }
}

/// Reads every document the manifest lists, each through its family's parser (the family told
/// from the content where the manifest gives none), and builds the corpus from those that
/// parse; the others are returned with their reasons. The manifest, an unreadable file or a
/// build where no document parses is an error.
pub fn read_corpus(dir: &Path) -> Result<Built, BuildError> {
    let mpath = dir.join("manifest.toml");
    let mtext = govlens_core::files::read_text(&mpath, govlens_core::files::CONFIG).map_err(|error| BuildError::Io { path: mpath.clone(), error })?;
    let path_of = |file: &str| dir.join("sources").join(file);
    let family_of = |file: &str| -> Result<Family, String> {
        let text = govlens_core::files::read_text(&path_of(file), govlens_core::files::DOCUMENT).map_err(|e| format!("{e}"))?;
        parse::detect(&text)
            .ok_or_else(|| "no family given, and the content matches none (no questionnaire, factsheet, AI Watch or EUROPAM title or headings)".to_string())
    };
    let (sources, untold) = manifest::parse_with(&mtext, &mpath.display().to_string(), &family_of).map_err(BuildError::Manifest)?;
    let mut texts = Vec::new();
    for s in &sources {
        let p = path_of(&s.file);
        let bytes = govlens_core::files::read(&p, govlens_core::files::DOCUMENT).map_err(|error| BuildError::Io { path: p.clone(), error })?;
        texts.push(bytes);
    }
    let mut built = assemble_all(sources, &texts);
    built.listed += untold.len();
    built.refused.extend(untold);
    if built.corpus.sources.is_empty() {
        return Err(BuildError::Documents(built.refused));
    }
    Ok(built)
}

/// The documents' corpus and, with a data directory, the datasets' values checked against the
/// documents where both give the same figure. Every document must parse.
pub fn build_with_data(dir: &Path, data: Option<&Path>) -> Result<Corpus, BuildError> {
    let mut corpus = build_corpus(dir)?;
    add_datasets(&mut corpus, dir, data)?;
    Ok(corpus)
}

/// Adds the datasets in `data` (if any) to a corpus built from `dir`'s documents, and the map
/// shapes (`dir/basemaps`) their values are drawn on.
pub fn add_datasets(corpus: &mut Corpus, dir: &Path, data: Option<&Path>) -> Result<(), BuildError> {
    if let Some(data) = data {
        let datasets = crate::data::import(dir, data).map_err(BuildError::Data)?;
        corpus.merge(datasets);
        let checks = crate::data::checks::documents_against_datasets(corpus);
        corpus.checks.extend(checks);
        corpus.basemaps = crate::basemap::read_basemaps(dir).map_err(BuildError::Data)?;
    }
    Ok(())
}

/// Parses each text as its manifest entry says and assembles the corpus; the first document
/// that cannot be read is the error (see [`assemble_all`] for every one).
pub fn assemble(sources: Vec<Source>, texts: &[String]) -> Result<Corpus, ParseError> {
    let built = assemble_all(sources, texts);
    match built.refused.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(built.corpus),
    }
}

/// Parses every document and assembles the corpus from those that parse. Passage ids keep
/// the document's place in the manifest (`LU-002-0001`), so that a refused document does not
/// renumber the others'.
pub fn assemble_all<T: AsRef<[u8]>>(sources: Vec<Source>, texts: &[T]) -> Built {
    let mut corpus = Corpus::default();
    let mut refused = Vec::new();
    let mut read = Vec::new();
    let listed = sources.len();
    for (i, (meta, bytes)) in sources.iter().zip(texts).enumerate() {
        let text = match std::str::from_utf8(bytes.as_ref()) {
            Ok(t) => t,
            Err(e) => {
                refused.push(ParseError {
                    source: meta.file.clone(),
                    line: None,
                    message: format!("not UTF-8 text (invalid byte at offset {})", e.valid_up_to()),
                });
                continue;
            }
        };
        let doc = Doc::new(meta, text);
        let mut extract: Extract = match parse::parse(&doc) {
            Ok(x) => x,
            Err(e) => {
                refused.push(e);
                continue;
            }
        };
        for (k, p) in extract.passages.iter_mut().enumerate() {
            p.id = format!("{}-{i:03}-{:04}", meta.country, k + 1);
        }
        read.extend(std::mem::take(&mut extract.sources));
        corpus.merge(extract);
    }
    corpus.sources = read;
    cross_checks(&mut corpus);
    Built { corpus, refused, listed }
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
