//! Structured queries: a country's facts, scores, one metric's series, answers, comparisons,
//! "which countries answer yes", and topic words mapped to the questions that ask about them.
use crate::model::*;
use crate::search::fold::fold;
use crate::search::lang::{stem, Lang, QUERY_STOPWORDS};
use crate::search::tokens::tokens;
use serde::{Deserialize, Serialize};

/// Why a structured query could not be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum QueryError {
    #[error("'{given}' is not an ISO 3166-1 alpha-2 country code{}", suggestion.as_ref().map(|c| format!(" (did you mean {c}?)")).unwrap_or_default())]
    /// Not a two-letter code; a country name that maps to one is suggested.
    BadCountryCode {
        /// The argument as given.
        given: String,
        /// The code of a country name that was given instead.
        suggestion: Option<String>,
    },
    #[error("no country '{code}' in the corpus; it holds {available}")]
    /// A well-formed code the corpus does not hold.
    UnknownCountry {
        /// The code.
        code: String,
        /// The countries the corpus holds.
        available: String,
    },
    #[error("unknown framework '{0}': expected europam or egov-benchmark")]
    /// A framework other than `europam` and `egov-benchmark`.
    UnknownFramework(String),
    #[error("no series '{metric}' in {framework} / {dimension} for {country}")]
    /// No such metric for the country.
    UnknownSeries {
        /// The country.
        country: String,
        /// The framework.
        framework: String,
        /// The dimension.
        dimension: String,
        /// The metric.
        metric: String,
    },
    #[error("no question '{0}' in the questionnaires (expected 1-44)")]
    /// No such questionnaire question.
    UnknownQuestion(String),
    #[error("unknown answer '{0}': expected yes, no or unknown")]
    /// An answer other than yes, no or unknown.
    BadAnswer(String),
    #[error("compare needs at least two countries")]
    /// A comparison of fewer than two countries.
    TooFewCountries,
}

/// All values of one fact for a country, with whether their sources disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactGroup {
    /// The fact's machine name.
    pub fact: String,
    /// Every value, each with its source.
    pub values: Vec<Fact>,
    /// Two sources give different values.
    pub sources_differ: bool,
}

/// One point of a series; `year` is `None` where the document does not establish it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// The year; `None` where the document does not establish it.
    pub year: Option<u16>,
    /// The years the value may belong to when the year is unknown.
    pub year_candidates: Vec<u16>,
    /// The value; `None` where not established.
    pub value: Option<f64>,
    /// The source file's name.
    pub source: String,
    /// Where in it.
    pub locator: String,
}

impl SeriesPoint {
    /// The point a score makes in its series.
    pub fn of(s: &Score) -> SeriesPoint {
        SeriesPoint {
            year: s.year,
            year_candidates: s.year_candidates.clone(),
            value: s.value,
            source: s.provenance.source.clone(),
            locator: s.provenance.locator.clone(),
        }
    }

    /// The points of scores in reading order: known years ascending, values of unknown year
    /// first in their document order.
    pub fn of_all<'a>(scores: impl IntoIterator<Item = &'a Score>) -> Vec<SeriesPoint> {
        let mut points: Vec<SeriesPoint> = scores.into_iter().map(SeriesPoint::of).collect();
        points.sort_by_key(|p| p.year.map(|y| (1, y)).unwrap_or((0, 0)));
        points
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// One metric's values over the years.
pub struct Series {
    /// ISO code.
    pub country: String,
    /// The framework.
    pub framework: Framework,
    /// The dimension.
    pub dimension: String,
    /// The metric (empty for the headline).
    pub metric: String,
    /// Primary, alternative or headline.
    pub kind: ScoreKind,
    /// Known years ascending; values of unknown year first.
    pub points: Vec<SeriesPoint>,
}

/// One question across countries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRow {
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// The question's number.
    pub question: String,
    /// The question as asked.
    pub question_text: String,
    /// The multi-choice item, or `None` for the question itself.
    pub item: Option<String>,
    /// Per country in the order asked; `None` where the country has no such answer.
    pub answers: Vec<(String, Option<Answer>)>,
}

/// One score across countries (the latest year each country has).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreRow {
    /// The framework.
    pub framework: Framework,
    /// The dimension.
    pub dimension: String,
    /// The metric (`None` for a headline).
    pub metric: Option<String>,
    /// What the number is.
    pub kind: ScoreKind,
    /// Per country in the order asked; `None` where the country has none.
    pub values: Vec<(String, Option<Score>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// Countries side by side.
pub struct Comparison {
    /// ISO codes in the order asked.
    pub countries: Vec<String>,
    /// Every UN questionnaire question and item.
    pub answers: Vec<AnswerRow>,
    /// Every score.
    pub scores: Vec<ScoreRow>,
}

/// A question a topic maps to, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicMatch {
    /// The question's number.
    pub question: String,
    /// The question as asked.
    pub question_text: String,
    /// The share of the topic's words the question has (0-1).
    pub score: f32,
}

/// Words readers use for a topic that the questions word differently.
const TOPIC_SYNONYMS: &[(&str, &str)] = &[
    ("foi", "access to information freedom of information"),
    ("foia", "access to information freedom of information"),
    ("transparency", "access to information"),
    ("eid", "digital identity"),
    ("e-id", "digital identity"),
    ("identification", "digital identity"),
    ("esignature", "digital signature"),
    ("e-signature", "digital signature"),
    ("e-procurement", "e-procurement procurement"),
    ("eprocurement", "e-procurement procurement"),
    ("tendering", "e-procurement procurement"),
    ("privacy", "data privacy protection"),
    ("gdpr", "data privacy protection"),
    ("cyber", "cybersecurity"),
    ("ai", "artificial intelligence"),
    ("open data", "open government data"),
    ("budget", "government expenditure"),
    ("spending", "government expenditure"),
    ("participation", "e-participation"),
    ("inclusion", "digital inclusion"),
    ("accessibility", "digital inclusion vulnerable groups"),
    ("chief information officer", "cio"),
    ("covid", "covid-19"),
    ("pandemic", "covid-19"),
];

/// The countries a corpus holds as an error says them: a short list in full, the datasets' two
/// hundred by count and range, and an empty corpus as such (it read "it holds " before).
pub fn held_countries(all: &[&str]) -> String {
    match all {
        [] => "no country at all (the corpus is empty)".to_string(),
        [first, .., last] if all.len() > 12 => format!("{} countries, {first} to {last}, by ISO 3166-1 alpha-2 code", all.len()),
        _ => all.join(", "),
    }
}

impl Corpus {
    /// Checks a country argument: a well-formed code that the corpus holds.
    pub fn country(&self, code: &str) -> Result<String, QueryError> {
        let c = code.trim().to_ascii_uppercase();
        if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            let suggestion = crate::countries::code_of(code).map(str::to_string);
            return Err(QueryError::BadCountryCode { given: code.to_string(), suggestion });
        }
        if !self.countries().contains(&c.as_str()) {
            return Err(QueryError::UnknownCountry { code: c, available: held_countries(&self.countries()) });
        }
        Ok(c)
    }

    /// A country's facts grouped by fact, in corpus order.
    pub fn facts_of(&self, country: &str) -> Result<Vec<FactGroup>, QueryError> {
        let cc = self.country(country)?;
        let mut groups: Vec<FactGroup> = Vec::new();
        for f in self.facts.iter().filter(|f| f.country == cc) {
            match groups.iter_mut().find(|g| g.fact == f.fact) {
                Some(g) => g.values.push(f.clone()),
                None => groups.push(FactGroup { fact: f.fact.clone(), values: vec![f.clone()], sources_differ: false }),
            }
        }
        for g in &mut groups {
            let distinct_sources = g.values.iter().map(|v| &v.provenance.source).collect::<std::collections::BTreeSet<_>>().len();
            g.sources_differ = distinct_sources > 1 && g.values.windows(2).any(|w| w[0].value != w[1].value);
        }
        Ok(groups)
    }

    /// A country's scores, optionally of one framework (`europam`, `egov-benchmark`).
    pub fn scores_of(&self, country: &str, framework: Option<&str>) -> Result<Vec<&Score>, QueryError> {
        let cc = self.country(country)?;
        let fw = framework.map(|f| Framework::from_slug(f).ok_or_else(|| QueryError::UnknownFramework(f.to_string()))).transpose()?;
        Ok(self.scores.iter().filter(|s| s.country == cc && fw.is_none_or(|f| s.framework == f)).collect())
    }

    /// One metric's values over the years (`metric` empty or "headline" for the headline score).
    pub fn series(&self, country: &str, framework: &str, dimension: &str, metric: &str) -> Result<Series, QueryError> {
        let cc = self.country(country)?;
        let fw = Framework::from_slug(framework).ok_or_else(|| QueryError::UnknownFramework(framework.to_string()))?;
        let want_headline = metric.is_empty() || metric.eq_ignore_ascii_case("headline");
        let matching: Vec<&Score> = self
            .scores
            .iter()
            .filter(|s| s.country == cc && s.framework == fw && s.dimension.eq_ignore_ascii_case(dimension))
            .filter(|s| {
                if want_headline {
                    s.metric.is_none()
                } else {
                    s.metric.as_deref().is_some_and(|m| m.eq_ignore_ascii_case(metric)) && s.kind != ScoreKind::Growth
                }
            })
            .collect();
        let Some(first) = matching.first() else {
            return Err(QueryError::UnknownSeries { country: cc, framework: framework.into(), dimension: dimension.into(), metric: metric.into() });
        };
        // Alternative and primary metrics can share a name (`Sanctions`): keep the first kind.
        let kind = first.kind;
        let points = SeriesPoint::of_all(matching.iter().copied().filter(|s| s.kind == kind));
        Ok(Series { country: cc, framework: fw, dimension: first.dimension.clone(), metric: first.metric.clone().unwrap_or_default(), kind, points })
    }

    /// A country's answers, optionally of one questionnaire (`UN MSQ 2022`, `EUROPAM`).
    pub fn answers_of(&self, country: &str, questionnaire: Option<&str>) -> Result<Vec<&Answer>, QueryError> {
        let cc = self.country(country)?;
        Ok(self
            .answers
            .iter()
            .filter(|a| a.country == cc && questionnaire.is_none_or(|q| Questionnaire::parse(q).is_some_and(|q| a.questionnaire == q)))
            .collect())
    }

    /// The countries whose answer to MSQ question `question` (question level) is `answer`.
    pub fn countries_answering(&self, question: &str, answer: &str) -> Result<Vec<&Answer>, QueryError> {
        let n: u32 = question.trim().trim_start_matches(['Q', 'q']).parse().map_err(|_| QueryError::UnknownQuestion(question.into()))?;
        if !(1..=44).contains(&n) {
            return Err(QueryError::UnknownQuestion(question.into()));
        }
        let want = match answer.to_ascii_lowercase().as_str() {
            "yes" => AnswerValue::Yes,
            "no" => AnswerValue::No,
            "unknown" => AnswerValue::Unknown,
            other => return Err(QueryError::BadAnswer(other.into())),
        };
        Ok(self.answers.iter().filter(|a| a.questionnaire.is_un_msq() && a.item.is_none() && a.question == n.to_string() && a.answer == want).collect())
    }

    /// Two or more countries side by side: every MSQ question and item, and every score.
    pub fn compare(&self, countries: &[&str]) -> Result<Comparison, QueryError> {
        if countries.len() < 2 {
            return Err(QueryError::TooFewCountries);
        }
        let ccs: Vec<String> = countries.iter().map(|c| self.country(c)).collect::<Result<_, _>>()?;
        let mut answers: Vec<AnswerRow> = Vec::new();
        for a in self.answers.iter().filter(|a| a.questionnaire.is_un_msq() && ccs.contains(&a.country)) {
            let row = match answers.iter_mut().find(|r| r.question == a.question && r.item == a.item && r.questionnaire == a.questionnaire) {
                Some(r) => r,
                None => {
                    answers.push(AnswerRow {
                        questionnaire: a.questionnaire.clone(),
                        question: a.question.clone(),
                        question_text: a.question_text.clone(),
                        item: a.item.clone(),
                        answers: ccs.iter().map(|c| (c.clone(), None)).collect(),
                    });
                    answers.last_mut().expect("pushed")
                }
            };
            if let Some(slot) = row.answers.iter_mut().find(|(c, _)| *c == a.country) {
                slot.1 = Some(a.clone());
            }
        }
        answers.sort_by_key(|r| (r.question.parse::<u32>().unwrap_or(0), r.item.is_some()));
        let mut scores: Vec<ScoreRow> = Vec::new();
        for s in self.scores.iter().filter(|s| ccs.contains(&s.country)) {
            let row = match scores.iter_mut().find(|r| r.framework == s.framework && r.dimension == s.dimension && r.metric == s.metric && r.kind == s.kind) {
                Some(r) => r,
                None => {
                    scores.push(ScoreRow {
                        framework: s.framework,
                        dimension: s.dimension.clone(),
                        metric: s.metric.clone(),
                        kind: s.kind,
                        values: ccs.iter().map(|c| (c.clone(), None)).collect(),
                    });
                    scores.last_mut().expect("pushed")
                }
            };
            if let Some(slot) = row.values.iter_mut().find(|(c, _)| *c == s.country) {
                let newer = slot.1.as_ref().is_none_or(|old| s.year.unwrap_or(0) >= old.year.unwrap_or(0));
                if newer {
                    slot.1 = Some(s.clone());
                }
            }
        }
        Ok(Comparison { countries: ccs, answers, scores })
    }

    /// MSQ questions that ask about a topic ("freedom of information", "eID"), best first.
    pub fn questions_about(&self, topic: &str) -> Vec<TopicMatch> {
        let mut text = fold(topic);
        for (k, v) in TOPIC_SYNONYMS {
            let hit = if k.contains(' ') || k.contains('-') { text.contains(k) } else { tokens(&text.clone()).any(|t| t.text == *k) };
            if hit {
                text.push(' ');
                text.push_str(v);
            }
        }
        let stems: Vec<String> = tokens(&text)
            .map(|t| t.text.to_string())
            .filter(|w| !QUERY_STOPWORDS.contains(&w.as_str()))
            .map(|w| stem(Lang::En, &w))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if stems.is_empty() {
            return vec![];
        }
        let mut seen: Vec<String> = Vec::new();
        let mut out: Vec<TopicMatch> = Vec::new();
        for a in self.answers.iter().filter(|a| a.questionnaire.is_un_msq() && a.item.is_none()) {
            if seen.contains(&a.question) || a.question_text.is_empty() {
                continue;
            }
            seen.push(a.question.clone());
            // The question's own words, before its "Please provide link and detail" instruction.
            let asked = a.question_text.split("Please provide").next().unwrap_or(&a.question_text);
            let q: std::collections::BTreeSet<String> = tokens(asked).map(|t| stem(Lang::En, t.text)).collect();
            let hits = stems.iter().filter(|s| q.contains(*s)).count();
            if hits > 0 {
                out.push(TopicMatch { question: a.question.clone(), question_text: a.question_text.clone(), score: hits as f32 / stems.len() as f32 });
            }
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.question.parse::<u32>().unwrap_or(0).cmp(&b.question.parse::<u32>().unwrap_or(0))));
        out
    }
}
