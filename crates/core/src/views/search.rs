//! A search as the `<govlens-search>` element shows it: the status line, each hit's head,
//! snippet and citation, and the filters' choices. The results come from the store (whole file
//! or split folder), which also gives the sources a hit is cited from.
use super::{cite, country_name_in, Problem};
use crate::format::Locale;
use crate::i18n::{fill, words};
use crate::model::{Family, Provenance, Source};
use crate::search::{Hit, SearchOptions, SearchResults};
use serde::{Deserialize, Serialize};

/// The element's fixed words: its default title, the fields' labels and choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchLabels {
    /// The title when the page gives none.
    pub title: String,
    /// The search box's label and placeholder.
    pub query: String,
    /// The search box's example.
    pub placeholder: String,
    /// The country filter's label and its "every country" choice.
    pub country: String,
    /// The choice of every country.
    pub all_countries: String,
    /// The source filter's label.
    pub source: String,
    /// The choice of every source.
    pub all_sources: String,
}

impl Default for SearchLabels {
    fn default() -> SearchLabels {
        SearchLabels::of(Locale::En)
    }
}

impl SearchLabels {
    /// The words in `locale`.
    pub fn of(locale: Locale) -> SearchLabels {
        let w = words(locale);
        SearchLabels {
            title: w.search_title.into(),
            query: w.search_query.into(),
            placeholder: w.search_placeholder.into(),
            country: w.country.into(),
            all_countries: w.all_countries.into(),
            source: w.source.into(),
            all_sources: w.all_sources.into(),
        }
    }
}

/// What the filters offer: the countries and the source families the store searches.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SearchScope {
    /// Code and name of each country.
    pub countries: Vec<(String, String)>,
    /// Slug and label of each family.
    pub families: Vec<(String, String)>,
}

impl SearchScope {
    /// The choices for a store holding these countries and sources.
    pub fn of(countries: &[&str], sources: &[Source], locale: Locale) -> SearchScope {
        SearchScope {
            countries: countries.iter().map(|cc| (cc.to_string(), country_name_in(cc, locale))).collect(),
            families: Family::ALL
                .into_iter()
                .filter(|f| sources.iter().any(|s| s.family == *f))
                .map(|f| (f.slug().to_string(), f.label().to_string()))
                .collect(),
        }
    }
}

/// One hit as shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HitText {
    /// The passage's id.
    pub id: String,
    /// The country's name.
    pub country: String,
    /// The heading path: `2 Digital Government Policy › 2.1 Strategy`.
    pub section: String,
    /// The snippet in runs, each marked as a match or not.
    pub snippet: Vec<(String, bool)>,
    /// The passage's text goes on before the snippet.
    pub cut_start: bool,
    /// The passage's text goes on after it.
    pub cut_end: bool,
    /// `DPA factsheet 2020, lines 120-131`.
    pub cite: String,
    /// Said beside the hit for each check that flagged the passage (`Check this passage: it
    /// names Malta and not Luxembourg: ...`).
    pub flags: Vec<String>,
    /// Said beside the hit where its document appears cut off and the passage reaches the
    /// line where it stops: the reader is told the text may be incomplete.
    pub incomplete: Option<String>,
    /// The language of the heading and snippet where it is not the element's (the passage's).
    #[serde(default)]
    pub lang: Option<String>,
}

/// Where a search is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SearchState<'a> {
    /// Nothing typed.
    Idle,
    /// Waiting for files (a split folder's shards): the last results stay on screen.
    Loading(Option<&'a SearchResults>),
    /// Results.
    Done(&'a SearchResults),
    /// The search failed: the message says why, the code is its error's
    /// ([`crate::ERROR_CODES`]: `query-too-long`, `fetch-failed`).
    Failed(&'a str, &'a str),
}

/// The search element's state in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchView {
    /// `3 passages match.`, `Searching…`.
    pub status: String,
    /// ` Ignored: the, of.`: the query's words that were left out, when any.
    pub ignored: String,
    /// The hits to list (the last ones while files arrive); `None` lists nothing.
    pub hits: Option<Vec<HitText>>,
    /// Why the search could not run.
    pub problem: Option<Problem>,
    /// Where the query names a country the corpus has no documents for (Kenya): that its card
    /// and rankings hold the datasets' values, since no passage can match.
    pub about: Option<String>,
}

impl SearchView {
    /// How many hits the element lists: its `limit` attribute within 1-50, else 10.
    pub fn limit(attr: Option<&str>) -> usize {
        attr.and_then(|l| l.parse().ok()).filter(|l| (1..=50).contains(l)).unwrap_or(10)
    }

    /// What the element searches for: the query and the options its filters set (`country` and
    /// `source` empty for all); `None` while nothing is typed.
    pub fn options(query: &str, country: &str, source: &str, limit: usize) -> Option<(String, SearchOptions)> {
        if query.trim().is_empty() {
            return None;
        }
        let options = SearchOptions {
            countries: if country.is_empty() { vec![] } else { vec![country.to_string()] },
            sources: if source.is_empty() { vec![] } else { vec![source.to_string()] },
            limit,
            ..SearchOptions::default()
        };
        Some((query.to_string(), options))
    }

    /// The view of a search for `query` in `state`; hits are cited from `sources`.
    pub fn new(state: SearchState, query: &str, sources: &[Source], locale: Locale) -> SearchView {
        let w = words(locale);
        let status = match state {
            SearchState::Loading(_) => w.searching.to_string(),
            SearchState::Idle => w.search_idle.to_string(),
            SearchState::Done(r) if r.hits.is_empty() => fill(w.no_match, &[("query", query.trim())]),
            SearchState::Done(r) if r.total > r.hits.len() => fill(w.best_shown, &[("n", &r.total.to_string()), ("shown", &r.hits.len().to_string())]),
            SearchState::Done(r) => fill(w.matches.of(r.total, locale), &[("n", &r.total.to_string())]),
            SearchState::Failed(..) => String::new(),
        };
        let ignored = match state {
            SearchState::Done(r) if !r.ignored.is_empty() => fill(w.ignored, &[("words", &r.ignored.join(", "))]),
            _ => String::new(),
        };
        let hits = match state {
            SearchState::Done(r) | SearchState::Loading(Some(r)) => Some(r.hits.iter().map(|h| hit_text(h, sources, locale)).collect()),
            _ => None,
        };
        let problem = match state {
            SearchState::Failed(e, code) => Some(Problem::with_code("The search could not run", e, code)),
            _ => None,
        };
        SearchView { status, ignored, hits, problem, about: None }
    }

    /// The view with `about` set for `query` from `corpus` (see [`crate::Corpus::search_about`]).
    pub fn about(mut self, corpus: &crate::Corpus, query: &str, locale: Locale) -> SearchView {
        self.about = corpus.search_about(query, locale);
        self
    }
}

impl crate::Corpus {
    /// Where `query` is a country's name (in English, French, German or Danish) or code and the
    /// corpus has no document of it: the search covers documents only, so say where its values
    /// are. `None` otherwise, and where the register is not loaded (a split folder's search).
    pub fn search_about(&self, query: &str, locale: Locale) -> Option<String> {
        let q = query.trim();
        if q.is_empty() {
            return None;
        }
        let e = self
            .entities
            .iter()
            .filter(|e| e.kind == crate::EntityKind::Country)
            .find(|e| (q.len() == 2 && e.code.eq_ignore_ascii_case(q)) || e.names.iter().any(|n| n.to_lowercase() == q.to_lowercase()))?;
        if self.sources.iter().any(|s| s.country == e.code) {
            return None;
        }
        let datasets = self
            .datasets
            .iter()
            .enumerate()
            .filter(|(d, _)| self.values_of(&e.code).any(|o| self.indicators[o.indicator as usize].dataset as usize == *d))
            .count();
        let w = words(locale);
        Some(fill(
            w.no_document,
            &[("name", &self.name_in(&e.code, locale)), ("n", &datasets.to_string()), ("datasets", w.datasets.of(datasets, locale)), ("code", &e.code)],
        ))
    }
}

/// A hit's document and lines, as a reader would cite it.
fn hit_text(h: &Hit, sources: &[Source], locale: Locale) -> HitText {
    let p = Provenance { source: h.source.clone(), locator: String::new(), lines: h.lines };
    let document = cite(sources, &p, None).document;
    let language = if h.language.is_empty() { "en" } else { h.language.as_str() };
    HitText {
        lang: (language != locale.tag()).then(|| language.to_string()),
        id: h.id.clone(),
        country: country_name_in(&h.country, locale),
        section: h.section.join(" › "),
        snippet: h.snippet.segments().into_iter().map(|(t, m)| (t.to_string(), m)).collect(),
        cut_start: h.snippet.cut_start,
        cut_end: h.snippet.cut_end,
        cite: fill(words(locale).lines, &[("document", &document), ("start", &h.lines.start.to_string()), ("end", &h.lines.end.to_string())]),
        flags: h.flags.iter().map(|f| flag_note(f, locale)).collect(),
        incomplete: incomplete_note_of(sources, &h.source, h.lines, locale),
    }
}

/// What a reader is told of a passage a check flagged, from the check's detail.
pub fn flag_note(detail: &str, locale: Locale) -> String {
    let detail = detail.trim().trim_end_matches('.');
    let detail = detail.strip_prefix("names ").map(|d| format!("it names {d}")).unwrap_or_else(|| detail.to_string());
    fill(words(locale).check_passage, &[("detail", &detail)])
}

/// What a reader is told of a passage at the end of a document that appears cut off.
pub fn incomplete_note(line: u32, locale: Locale) -> String {
    fill(words(locale).incomplete, &[("line", &line.to_string())])
}

/// The note for lines `lines` of `file`, when its document appears cut off and they reach the
/// line where it stops (a search hit, the card's AI strategy).
pub(crate) fn incomplete_note_of(sources: &[Source], file: &str, lines: crate::model::Lines, locale: Locale) -> Option<String> {
    sources.iter().find(|s| s.file == file).filter(|s| s.incomplete(lines)).and_then(|s| s.cut_off_after).map(|line| incomplete_note(line, locale))
}
