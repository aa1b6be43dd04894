//! Stable error codes: a short name for each kind of failure, the same in every front end (the
//! npm package's `Error.code`, the elements' `govlens-error` event), so that a caller can branch
//! on what went wrong without matching a message, whose words may change. A code names a kind,
//! not a sentence: once published it is not renamed.
use crate::codec::CorpusError;
use crate::layout::AddError;
use crate::query::QueryError;
use crate::search::SearchError;
use crate::views::Problem;

/// An error with a stable code.
pub trait Coded {
    /// The code, one of [`ERROR_CODES`].
    fn code(&self) -> &str;
}

/// Every code, with what it means: the list the README and the TypeScript `ErrorCode` type give.
pub const ERROR_CODES: &[(&str, &str)] = &[
    ("bad-country-code", "a country argument that is not an ISO 3166-1 alpha-2 code"),
    ("unknown-country", "a country code the corpus does not hold"),
    ("unknown-framework", "a framework other than europam and egov-benchmark"),
    ("unknown-series", "no such metric for the country"),
    ("unknown-question", "no such questionnaire question"),
    ("bad-answer", "an answer other than yes, no or unknown"),
    ("too-few-countries", "a comparison of fewer than two countries"),
    ("query-too-long", "a search query longer than the engine reads"),
    ("too-many-words", "a search query with more words than the engine ranks"),
    ("bad-filter", "a country:, source: or section: filter that cannot match"),
    ("bad-option", "an option out of its range or of the wrong type"),
    ("not-loaded", "a split folder's files a query or view needs are not loaded yet"),
    ("not-a-corpus", "a file that is not a govlens file (an HTML error page, another format)"),
    ("corpus-truncated", "a corpus file shorter than its header says"),
    ("corpus-version", "a corpus file written by another version of govlens"),
    ("corpus-corrupted", "a corpus file whose checksum does not match"),
    ("wrong-file-kind", "another kind of govlens file than was asked for"),
    ("corpus-invalid", "a corpus file that cannot be decoded or holds what no build writes"),
    ("not-in-manifest", "a file the split folder's manifest does not list"),
    ("manifest-mismatch", "a split folder's file that holds something else than its manifest says"),
    ("missing-attribute", "a view asked for without what it needs (a country, an indicator)"),
    ("unknown-section", "a sections value naming a section the view does not have"),
    ("unknown-dimension", "a EUROPAM dimension the chart does not have"),
    ("unknown-indicator", "an indicator the datasets do not have"),
    ("unknown-year", "a year the indicator has no values for, or no year"),
    ("unknown-region", "a region none of the ranking's countries is in"),
    ("unknown-reference", "a trend's reference aggregate the data does not have"),
    ("unknown-area", "a map area other than world and europe"),
    ("not-ranked", "an indicator that is a rank or a category already"),
    ("not-a-number", "an indicator that is a category, with no trend"),
    ("no-data", "the corpus has nothing of this kind for the country or indicator"),
    ("no-map-shapes", "a corpus built without the map's shapes"),
    ("not-in-build", "an element the loaded build of the embed does not have"),
    ("fetch-failed", "a file could not be fetched or read"),
    ("wasm-blocked", "the page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval')"),
    ("not-split", "a split folder's operation on a whole corpus file"),
    ("internal", "a failure that is govlens's own fault: please report it"),
];

impl Coded for QueryError {
    /// This error\'s stable code.
    fn code(&self) -> &str {
        match self {
            QueryError::BadCountryCode { .. } => "bad-country-code",
            QueryError::UnknownCountry { .. } => "unknown-country",
            QueryError::UnknownFramework(_) => "unknown-framework",
            QueryError::UnknownSeries { .. } => "unknown-series",
            QueryError::UnknownQuestion(_) => "unknown-question",
            QueryError::BadAnswer(_) => "bad-answer",
            QueryError::TooFewCountries => "too-few-countries",
        }
    }
}

impl Coded for SearchError {
    /// This error\'s stable code.
    fn code(&self) -> &str {
        match self {
            SearchError::QueryTooLong { .. } => "query-too-long",
            SearchError::TooManyWords { .. } => "too-many-words",
            SearchError::BadFilter { .. } => "bad-filter",
            SearchError::BadOption { .. } => "bad-option",
            SearchError::TextNotLoaded { .. } | SearchError::NotLoaded { .. } => "not-loaded",
        }
    }
}

impl Coded for CorpusError {
    /// This error\'s stable code.
    fn code(&self) -> &str {
        match self {
            CorpusError::Foreign => "not-a-corpus",
            CorpusError::Truncated { .. } => "corpus-truncated",
            CorpusError::Version { .. } => "corpus-version",
            CorpusError::Corrupted { .. } => "corpus-corrupted",
            CorpusError::WrongKind { .. } => "wrong-file-kind",
            CorpusError::Trailing(_) | CorpusError::Decode(_) | CorpusError::Invalid(_) => "corpus-invalid",
        }
    }
}

impl Coded for AddError {
    /// This error\'s stable code: a damaged file's is the file's own.
    fn code(&self) -> &str {
        match self {
            AddError::Unknown { .. } => "not-in-manifest",
            AddError::File { error, .. } => error.code(),
            AddError::Mismatch { .. } => "manifest-mismatch",
        }
    }
}

/// The code of a [`Problem`] made with [`Problem::new`], from its (English, fixed) title.
pub(crate) fn code_of_title(title: &str) -> &'static str {
    match title {
        t if t.ends_with(" needs a country")
            || t.ends_with(" needs an indicator")
            || t.ends_with(" needs countries")
            || t.ends_with(" needs two or more countries") =>
        {
            "missing-attribute"
        }
        t if t.starts_with("Unknown ") && t.ends_with(" section") => "unknown-section",
        t if t.ends_with(" is not in this build") => "not-in-build",
        "Unknown country" => "unknown-country",
        "Unknown framework" => "unknown-framework",
        "Unknown dimension" => "unknown-dimension",
        "Unknown indicator" => "unknown-indicator",
        "Unknown year" => "unknown-year",
        "Unknown region" => "unknown-region",
        "Unknown reference" => "unknown-reference",
        "Unknown map area" => "unknown-area",
        "Unusable limit" => "bad-option",
        "Not ranked" => "not-ranked",
        "Not a number" => "not-a-number",
        "No values" | "No datasets" | "No EUROPAM scores" | "No eGovernment Benchmark" => "no-data",
        "No map shapes" => "no-map-shapes",
        _ => "internal",
    }
}

impl Coded for Problem {
    fn code(&self) -> &str {
        &self.code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(code: &str) -> bool {
        ERROR_CODES.iter().any(|(c, _)| *c == code)
    }

    #[test]
    fn every_code_is_listed() {
        let query = [
            QueryError::BadCountryCode { given: "x".into(), suggestion: None },
            QueryError::UnknownCountry { code: "XX".into(), available: String::new() },
            QueryError::UnknownFramework(String::new()),
            QueryError::UnknownSeries { country: String::new(), framework: String::new(), dimension: String::new(), metric: String::new() },
            QueryError::UnknownQuestion(String::new()),
            QueryError::BadAnswer(String::new()),
            QueryError::TooFewCountries,
        ];
        let search = [
            SearchError::QueryTooLong { bytes: 0, max: 0 },
            SearchError::TooManyWords { max: 0 },
            SearchError::BadFilter { filter: String::new(), value: String::new(), reason: String::new() },
            SearchError::BadOption { option: String::new(), reason: String::new() },
            SearchError::NotLoaded { paths: vec![] },
        ];
        let corpus = [
            CorpusError::Foreign,
            CorpusError::Truncated { expected: 1, found: 0 },
            CorpusError::Version { found: 1, expected: 2 },
            CorpusError::Corrupted { expected: 1, found: 2 },
            CorpusError::WrongKind { found: String::new(), expected: "corpus" },
            CorpusError::Invalid(String::new()),
        ];
        let codes: Vec<&str> =
            query.iter().map(QueryError::code).chain(search.iter().map(SearchError::code)).chain(corpus.iter().map(CorpusError::code)).collect();
        for code in codes {
            assert!(listed(code), "{code} is not in ERROR_CODES");
        }
        assert!(listed(AddError::Unknown { path: String::new() }.code()));
        assert!(listed(AddError::Mismatch { path: String::new(), found: String::new(), expected: String::new() }.code()));
    }

    #[test]
    fn problems_have_the_codes_of_their_titles() {
        for (title, code) in [
            ("govlens-card needs a country", "missing-attribute"),
            ("govlens-compare needs two or more countries", "missing-attribute"),
            ("Unknown comparison section", "unknown-section"),
            ("Unknown map area", "unknown-area"),
            ("No EUROPAM scores", "no-data"),
            ("govlens-search is not in this build", "not-in-build"),
        ] {
            assert_eq!(Problem::new(title, "").code(), code, "{title}");
            assert!(listed(code));
        }
        let wrapped = Problem::unknown_country(QueryError::BadCountryCode { given: "Luxembourg".into(), suggestion: Some("LU".into()) });
        assert_eq!((wrapped.title.as_str(), wrapped.code()), ("Unknown country", "bad-country-code"));
    }

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for (code, _) in ERROR_CODES {
            assert!(seen.insert(code), "{code} twice");
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{code}");
        }
    }
}
