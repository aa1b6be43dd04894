//! `corpus/manifest.toml`: what each source file is.
use crate::doc::ParseError;
use govlens_core::{countries, Family, Source};
use serde::Deserialize;
use std::fmt;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    source: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    /// Optional: where it is not given, the family is told from the document's content.
    family: Option<String>,
    country: String,
    title: String,
    publisher: String,
    edition: String,
    year: u16,
    language: String,
    #[allow(dead_code)]
    year_note: Option<String>,
}

#[derive(Debug)]
pub struct ManifestError(pub String);

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses and validates a manifest whose entries all name their family: known families, known
/// country codes, unique files.
pub fn parse(text: &str, path: &str) -> Result<Vec<Source>, ManifestError> {
    let (sources, untold) = parse_with(text, path, &|_| Err("no family given".into()))?;
    match untold.into_iter().next() {
        Some(e) => Err(ManifestError(format!("{path}: {e}"))),
        None => Ok(sources),
    }
}

/// As [`parse`], with `family_of(file)` telling the family of an entry that gives none (from
/// the document's content), or why it cannot: such a document is returned apart, as one that
/// cannot be read, and the others stand.
pub fn parse_with(text: &str, path: &str, family_of: &dyn Fn(&str) -> Result<Family, String>) -> Result<(Vec<Source>, Vec<ParseError>), ManifestError> {
    let mut untold = Vec::new();
    let m: ManifestFile = toml::from_str(text).map_err(|e| ManifestError(crate::text::toml_error(path, text, &e)))?;
    let mut out: Vec<Source> = Vec::new();
    for (i, e) in m.source.into_iter().enumerate() {
        let at = format!("{path}: source #{} ({})", i + 1, e.file);
        if e.file.contains('/') || e.file.contains('\\') {
            return Err(ManifestError(format!("{at}: file must be a bare name inside the sources folder")));
        }
        let family = match &e.family {
            Some(f) => Family::from_slug(f)
                .ok_or_else(|| ManifestError(format!("{at}: unknown family '{f}' (expected un-msq, dpa-factsheet, ai-watch or europam)")))?,
            None => match family_of(&e.file) {
                Ok(f) => f,
                Err(why) => {
                    untold.push(ParseError { source: e.file.clone(), line: None, message: why });
                    continue;
                }
            },
        };
        // A country's ISO 3166-1 alpha-2 code, or an entity's code from the register (XC for
        // the European Commission, EU for the European Union).
        if !countries::is_known(&e.country) || e.country.len() != 2 || e.country != e.country.to_ascii_uppercase() {
            return Err(ManifestError(format!(
                "{at}: '{}' is not a known ISO 3166-1 alpha-2 code nor an entity's code (XC European Commission, EU European Union)",
                e.country
            )));
        }
        // A year no edition of these families has (`year = 0`, a typo such as 20202) would cite
        // every value wrongly; a language the search cannot read would be stemmed as another.
        if !(1990..=2100).contains(&e.year) {
            return Err(ManifestError(format!("{at}: year {} is not a publication year (1990 to 2100)", e.year)));
        }
        if !matches!(e.language.as_str(), "en" | "fr" | "de" | "da") {
            return Err(ManifestError(format!("{at}: language '{}' is not one govlens reads (en, fr, de or da)", e.language.escape_debug())));
        }
        if out.iter().any(|s| s.file == e.file) {
            return Err(ManifestError(format!("{at}: file listed twice")));
        }
        out.push(Source {
            file: e.file,
            family,
            country: e.country,
            title: e.title,
            publisher: e.publisher,
            edition: e.edition,
            year: e.year,
            language: e.language,
            cut_off_after: None,
            missing_sections: vec![],
        });
    }
    if out.is_empty() && untold.is_empty() {
        return Err(ManifestError(format!("{path}: lists no source")));
    }
    Ok((out, untold))
}
