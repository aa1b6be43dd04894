//! What a country card and the score charts show, chosen here once so that the `govlens card`
//! command and the embeddable widget show the same values with the same citations.
use crate::model::*;
use crate::query::{QueryError, Series};
use serde::{Deserialize, Serialize};

/// Fact keys of the card's basic data, in the order a reader expects them.
pub const BASIC_FACTS: &[&str] = &[
    "population",
    "gdp",
    "gdp_per_inhabitant_pps",
    "gdp_growth",
    "inflation",
    "unemployment",
    "government_debt",
    "government_deficit",
    "area",
    "capital",
    "official_languages",
    "currency",
    "income_group",
    "gni_per_capita_ppp",
    "urban_population",
    "internet_users",
    "life_expectancy",
    "mean_years_schooling",
    "global_competitiveness_index",
];

/// The card's other groups: title and the fact keys it gathers.
pub const CARD_GROUPS: &[(&str, &[&str])] = &[
    ("Portals", &["portal"]),
    ("Bodies in charge of e-government", &["egov_body", "office_holder"]),
    ("Chief Information Officer", &["cio_name", "cio_title", "cio_organisation"]),
    ("Strategies", &["strategy"]),
];

/// Facts an embed leaves out: a person's name is not needed to say who is in charge, and the
/// documents print personal e-mail addresses beside it.
const PERSONAL_FACTS: &[&str] = &["cio_name"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardFact {
    pub fact: Fact,
    /// Another source gives a different value for the same fact; both are shown.
    pub sources_differ: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardGroup {
    pub title: String,
    pub facts: Vec<CardFact>,
}

/// The UN questionnaire at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MsqSummary {
    pub questions: usize,
    pub yes: usize,
    pub no: usize,
    pub unknown: usize,
    pub questionnaire: String,
    pub source: String,
    /// The questions' span in the document (`Q1-Q44`, first to last line).
    pub provenance: Provenance,
    pub year: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub country: String,
    pub name: String,
    /// Basic data first, then portals, bodies, CIO, strategies; empty groups left out.
    pub basic: CardGroup,
    pub groups: Vec<CardGroup>,
    pub ai_strategies: Vec<AiStrategy>,
    pub europam: Vec<Score>,
    /// eGovernment Benchmark overall score of each group.
    pub benchmark: Vec<Score>,
    pub msq: Option<MsqSummary>,
    /// How many values of this country the documents do not establish.
    pub unknowns: usize,
}

/// One dimension of EUROPAM: its headline and its sub-metrics over the years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionView {
    pub dimension: String,
    pub headline: Option<Score>,
    pub primary: Vec<Series>,
    /// The alternative metrics, one per type of official.
    pub alternative: Vec<Series>,
    /// Every score of the dimension, for the table and the CSV.
    pub scores: Vec<Score>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EuropamView {
    pub country: String,
    pub headlines: Vec<Score>,
    pub dimensions: Vec<DimensionView>,
    /// The years the series cover, ascending.
    pub years: Vec<u16>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkIndicator {
    pub indicator: String,
    pub score: Score,
    pub growth: Option<Score>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkGroup {
    pub group: String,
    pub indicators: Vec<BenchmarkIndicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkView {
    pub country: String,
    pub groups: Vec<BenchmarkGroup>,
}

/// Where a shown value comes from, in words a reader can look up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// The document in a few words with its year: `DPA factsheet 2020`.
    pub document: String,
    /// The document's full title and publisher.
    pub title: String,
    pub publisher: String,
    /// Section, question or table, and the lines of the source file.
    pub locator: String,
    pub file: String,
    /// The year the value refers to, when the document gives one.
    pub year: Option<u16>,
}

impl Citation {
    /// `DPA factsheet 2020, §1.1 Basic data; figure for 2019`.
    pub fn line(&self) -> String {
        match self.year {
            Some(y) => format!("{}, {}; figure for {y}", self.document, self.locator),
            None => format!("{}, {}", self.document, self.locator),
        }
    }

    /// One short line for a card: `DPA factsheet 2020, §1.1, for 2019`; the section's number
    /// (or the first part of its path) instead of its whole heading.
    pub fn short(&self) -> String {
        let first = self.locator.split(" / ").next().unwrap_or(&self.locator);
        let loc = if first.starts_with('§') { first.split(' ').next().unwrap_or(first) } else { first };
        match self.year {
            Some(y) => format!("{}, {loc}, for {y}", self.document),
            None => format!("{}, {loc}", self.document),
        }
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

impl Card {
    /// The card as an embed shows it: no personal names or e-mail addresses.
    pub fn for_embed(mut self) -> Card {
        for g in std::iter::once(&mut self.basic).chain(self.groups.iter_mut()) {
            g.facts.retain(|f| !PERSONAL_FACTS.contains(&f.fact.fact.as_str()));
            for f in &mut g.facts {
                f.fact.value = without_emails(&f.fact.value);
                f.fact.note = f.fact.note.as_deref().map(without_emails);
            }
        }
        self.groups.retain(|g| !g.facts.is_empty());
        self
    }
}

impl Corpus {
    /// The citation of a record: its document in short, section and the value's year.
    pub fn cite(&self, p: &Provenance, year: Option<u16>) -> Citation {
        cite(&self.sources, p, year)
    }

    /// Basic data is listed key by key, a value two sources disagree on marked as such; the
    /// other groups keep the documents' order.
    fn card_group(&self, cc: &str, title: &str, keys: &[&str], key_by_key: bool) -> CardGroup {
        let of = |key: &str| -> Vec<&Fact> { self.facts.iter().filter(|f| f.country == cc && f.fact == key).collect() };
        let facts = if key_by_key {
            keys.iter()
                .flat_map(|k| {
                    let fs = of(k);
                    let differ = fs.len() > 1 && fs.windows(2).any(|w| w[0].value != w[1].value);
                    fs.into_iter().map(move |f| CardFact { fact: f.clone(), sources_differ: differ })
                })
                .collect()
        } else {
            self.facts
                .iter()
                .filter(|f| f.country == cc && keys.contains(&f.fact.as_str()))
                .map(|f| CardFact { fact: f.clone(), sources_differ: false })
                .collect()
        };
        CardGroup { title: title.to_string(), facts }
    }

    /// A country's fact card.
    pub fn card(&self, country: &str) -> Result<Card, QueryError> {
        let cc = self.country(country)?;
        let name = crate::countries::name_of(&cc).unwrap_or(&cc).to_string();
        let basic = self.card_group(&cc, "Basic data", BASIC_FACTS, true);
        let groups = CARD_GROUPS.iter().map(|(t, keys)| self.card_group(&cc, t, keys, false)).filter(|g| !g.facts.is_empty()).collect();
        let ai_strategies = self.ai_strategies.iter().filter(|s| s.country == cc).cloned().collect();
        let europam = self.scores.iter().filter(|s| s.country == cc && s.framework == Framework::Europam && s.kind == ScoreKind::Headline).cloned().collect();
        let benchmark = self
            .scores
            .iter()
            .filter(|s| {
                s.country == cc && s.framework == Framework::EgovBenchmark && s.kind == ScoreKind::Indicator && s.metric.as_deref() == Some("Overall scores")
            })
            .cloned()
            .collect();
        let msq: Vec<&Answer> = self.answers.iter().filter(|a| a.country == cc && a.questionnaire.starts_with("UN MSQ") && a.item.is_none()).collect();
        let msq = msq.first().map(|first| {
            let count = |v: &AnswerValue| msq.iter().filter(|a| a.answer == *v).count();
            MsqSummary {
                questions: msq.len(),
                yes: count(&AnswerValue::Yes),
                no: count(&AnswerValue::No),
                unknown: count(&AnswerValue::Unknown),
                questionnaire: first.questionnaire.clone(),
                source: first.provenance.source.clone(),
                provenance: Provenance {
                    source: first.provenance.source.clone(),
                    locator: "Q1-Q44".into(),
                    lines: Lines {
                        start: msq.iter().map(|a| a.provenance.lines.start).min().unwrap_or(0),
                        end: msq.iter().map(|a| a.provenance.lines.end).max().unwrap_or(0),
                    },
                },
                year: first.year,
            }
        });
        let unknowns = self.unknowns.iter().filter(|u| u.country == cc).count();
        Ok(Card { country: cc, name, basic, groups, ai_strategies, europam, benchmark, msq, unknowns })
    }

    /// EUROPAM for one country: the five headline scores and each dimension's series.
    pub fn europam(&self, country: &str) -> Result<EuropamView, QueryError> {
        let cc = self.country(country)?;
        let of_country: Vec<&Score> = self.scores.iter().filter(|s| s.country == cc && s.framework == Framework::Europam).collect();
        let headlines: Vec<Score> = of_country.iter().filter(|s| s.kind == ScoreKind::Headline).map(|s| (*s).clone()).collect();
        let mut dims: Vec<String> = headlines.iter().map(|s| s.dimension.clone()).collect();
        for s in &of_country {
            if !dims.contains(&s.dimension) {
                dims.push(s.dimension.clone());
            }
        }
        let mut years: Vec<u16> = of_country.iter().filter_map(|s| s.year).collect();
        years.sort_unstable();
        years.dedup();
        let mut dimensions = Vec::new();
        for d in dims {
            let in_dim: Vec<&Score> = of_country.iter().copied().filter(|s| s.dimension == d).collect();
            let mut primary = Vec::new();
            let mut alternative = Vec::new();
            let mut seen: Vec<(ScoreKind, String)> = Vec::new();
            for s in &in_dim {
                let (Some(m), kind @ (ScoreKind::Primary | ScoreKind::Alternative)) = (&s.metric, s.kind) else { continue };
                if seen.contains(&(kind, m.clone())) {
                    continue;
                }
                seen.push((kind, m.clone()));
                let points = self.series_points(&in_dim, kind, m);
                let series = Series { country: cc.clone(), framework: Framework::Europam, dimension: d.clone(), metric: m.clone(), kind, points };
                if kind == ScoreKind::Primary {
                    primary.push(series)
                } else {
                    alternative.push(series)
                }
            }
            let headline = in_dim.iter().find(|s| s.kind == ScoreKind::Headline).map(|s| (*s).clone());
            dimensions.push(DimensionView { dimension: d, headline, primary, alternative, scores: in_dim.into_iter().cloned().collect() });
        }
        Ok(EuropamView { country: cc, headlines, dimensions, years })
    }

    fn series_points(&self, scores: &[&Score], kind: ScoreKind, metric: &str) -> Vec<crate::query::SeriesPoint> {
        let mut points: Vec<_> = scores
            .iter()
            .filter(|s| s.kind == kind && s.metric.as_deref() == Some(metric))
            .map(|s| crate::query::SeriesPoint {
                year: s.year,
                year_candidates: s.year_candidates.clone(),
                value: s.value,
                source: s.provenance.source.clone(),
                locator: s.provenance.locator.clone(),
            })
            .collect();
        points.sort_by_key(|p| p.year.map(|y| (1, y)).unwrap_or((0, 0)));
        points
    }

    /// The eGovernment Benchmark for one country: each group's indicators with their growth.
    pub fn benchmark(&self, country: &str) -> Result<BenchmarkView, QueryError> {
        let cc = self.country(country)?;
        let mut groups: Vec<BenchmarkGroup> = Vec::new();
        let of_country: Vec<&Score> = self.scores.iter().filter(|s| s.country == cc && s.framework == Framework::EgovBenchmark).collect();
        for s in of_country.iter().filter(|s| s.kind == ScoreKind::Indicator) {
            let Some(indicator) = s.metric.clone() else { continue };
            let growth = of_country.iter().find(|g| g.kind == ScoreKind::Growth && g.dimension == s.dimension && g.metric == s.metric).map(|g| (*g).clone());
            let item = BenchmarkIndicator { indicator, score: (*s).clone(), growth };
            match groups.iter_mut().find(|g| g.group == s.dimension) {
                Some(g) => g.indicators.push(item),
                None => groups.push(BenchmarkGroup { group: s.dimension.clone(), indicators: vec![item] }),
            }
        }
        Ok(BenchmarkView { country: cc, groups })
    }
}

/// The citation of a record from a list of sources: the whole corpus's, or a split layout's
/// manifest's (a search there has no corpus).
pub fn cite(sources: &[Source], p: &Provenance, year: Option<u16>) -> Citation {
    let src = sources.iter().find(|s| s.file == p.source);
    let document = match src {
        Some(s) => match s.family {
            Family::UnMsq => format!("UN {} questionnaire ({})", s.edition, s.year),
            Family::DpaFactsheet => format!("DPA factsheet {}", s.year),
            Family::AiWatch => format!("AI Watch {}", s.year),
            Family::Europam => format!("EUROPAM {}", s.year),
        },
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
