//! Countries side by side as the `<govlens-compare>` element shows them: the UN questionnaire's
//! questions with each country's answer, how it was established and where it is written, which
//! questions the countries answer differently, the counts, and the headline scores.
use super::{Frame, Problem, Table};
use crate::export::{answer_rows, answer_text, indicator_rows, score_rows, to_csv};
use crate::format::{number_or_unknown, Locale};
use crate::i18n::{fill, words};
use crate::model::*;
use crate::query::{AnswerRow, Comparison, ScoreRow};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// An answer in a word and a symbol (`✓ yes`), so that it never rests on colour, and its state
/// for styling (`yes`, `no`, `unknown`, `other`, `missing`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chip {
    /// The country's code.
    pub country: String,
    /// `✓ yes`, `✗ no`, `? unknown`, a stated value, or `— not in corpus`.
    pub label: String,
    /// `yes`, `no`, `unknown`, `other` or `missing`.
    pub state: String,
}

/// One country's answer to a question, opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerText {
    /// `Denmark (DK): ✓ yes`.
    pub head: String,
    /// ` — ticked `: how the answer was established; empty without an answer.
    pub basis: String,
    /// Why the answer is what it is, when it is not a plain tick.
    pub reason: Option<String>,
    /// The answer's text with its legal citation, when there is any.
    pub text: Option<String>,
    /// Where it is written: the citation's line, and everything for a tooltip.
    pub cite: Option<(String, String)>,
    /// The multi-choice items, each with the country's answer.
    pub items: Vec<(Chip, String)>,
}

/// One question of the questionnaire across the countries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionText {
    /// `Q9`.
    pub number: String,
    /// The question's own words, without its "Please provide ..." instruction.
    pub asked: String,
    /// The countries' answers differ.
    pub differs: bool,
    /// One chip per country, in the order asked.
    pub chips: Vec<Chip>,
    /// Each country's answer in full.
    pub answers: Vec<AnswerText>,
}

/// The `<govlens-compare>` element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    /// ISO codes, in the order asked.
    pub countries: Vec<String>,
    /// Their names.
    pub names: Vec<String>,
    /// Title, description, sources and CSV of the questionnaire's comparison.
    pub frame: Frame,
    /// Every question and item as a table.
    pub table: Table,
    /// `Luxembourg: 30 yes, 2 no, 12 unknown · Denmark: ...`.
    pub counts: String,
    /// The filter's label: `Only questions answered differently (12 of 44)`.
    pub only_differing: String,
    /// The way past the list for the keyboard: `Skip the questions`.
    #[serde(default)]
    pub skip: String,
    /// Where it lands, read by screen readers: `End of the questions`.
    #[serde(default)]
    pub end_of_list: String,
    /// The filter starts on (the `differences-only` attribute).
    pub differences_only: bool,
    /// How many questions show before "Show all" (the `limit` attribute); `None`: all.
    pub limit: Option<usize>,
    /// The blocks to show, in order: `questions`, `scores`, `datasets` (the `sections`
    /// attribute; all three by default); a block without content is not shown.
    #[serde(default)]
    pub blocks: Vec<String>,
    /// The questions (items are inside their question).
    pub questions: Vec<QuestionText>,
    /// The headline scores: their frame and table; `None` where no country has any.
    pub scores: Option<(Frame, Table)>,
    /// The datasets' indicators side by side (see [`Corpus::dataset_comparison`]); `None`
    /// where no country has a dataset value.
    pub datasets: Option<(Frame, Table)>,
    /// The locale it is written in.
    #[serde(skip)]
    pub locale: Locale,
    /// The language of the questionnaire's and the answers' own words where it is not the
    /// element's (`en` in a French comparison).
    #[serde(default)]
    pub source_lang: Option<String>,
}

/// `✓ yes`: a symbol and a word.
fn chip(country: &str, a: Option<&Answer>, locale: Locale) -> Chip {
    let w = words(locale);
    let (label, state) = match a.map(|a| &a.answer) {
        Some(AnswerValue::Yes) => (format!("✓ {}", w.yes), "yes"),
        Some(AnswerValue::No) => (format!("✗ {}", w.no), "no"),
        Some(AnswerValue::Unknown) => (format!("? {}", w.unknown), "unknown"),
        Some(AnswerValue::Other(s)) => (s.clone(), "other"),
        None => (format!("— {}", w.not_in_corpus), "missing"),
    };
    Chip { country: country.to_string(), label, state: state.into() }
}

/// The question's own words, without the "Please provide ..." instruction.
pub fn asked(text: &str) -> &str {
    match text.split("Please provide").next().map(str::trim) {
        Some(q) if !q.is_empty() => q,
        _ => text.trim(),
    }
}

/// The countries do not all give the same answer.
fn differs(r: &AnswerRow) -> bool {
    r.answers.windows(2).any(|w| w[0].1.as_ref().map(|a| &a.answer) != w[1].1.as_ref().map(|a| &a.answer))
}

/// The comparison's blocks, in the order it shows them unless its `sections` attribute says
/// otherwise, and what each holds.
pub const COMPARE_BLOCKS: &[(&str, &str)] =
    &[("questions", "the UN questionnaire's questions"), ("scores", "the documents' headline scores"), ("datasets", "the datasets' indicators")];

/// How a comparison starts, from the element's attributes: only the questions answered
/// differently (`differences-only`), at most `limit` of them before "Show all", and which of
/// its blocks in which order (`sections`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareOptions {
    /// The "only questions answered differently" filter starts on.
    pub differences_only: bool,
    /// At most this many questions show until the reader asks for all.
    pub limit: Option<usize>,
    /// The blocks shown, in order ([`COMPARE_BLOCKS`]'s names); `None`: all of them.
    pub sections: Option<Vec<&'static str>>,
    /// The locale it is written in (the element's `lang`).
    pub locale: Locale,
}

impl CompareOptions {
    /// From the attributes' values, `None` where one is absent: `differences-only` is on when
    /// present (as an HTML boolean attribute, `differences-only=""` included) unless it says
    /// `false`; `limit` is a whole number of 1 or more.
    ///
    /// ```
    /// use govlens_core::views::compare::CompareOptions;
    /// let o = CompareOptions::from_attributes(Some(""), Some(" 10 ")).unwrap();
    /// assert_eq!((o.differences_only, o.limit), (true, Some(10)));
    /// assert_eq!(CompareOptions::from_attributes(Some("false"), None).unwrap(), CompareOptions::default());
    /// let p = CompareOptions::from_attributes(None, Some("ten")).unwrap_err();
    /// assert_eq!(p.detail, "limit=\"ten\": give how many questions to show before \"Show all\", a whole number of 1 or more (limit=\"10\").");
    /// ```
    pub fn from_attributes(differences_only: Option<&str>, limit: Option<&str>) -> Result<CompareOptions, Problem> {
        Self::from_attributes_with(differences_only, limit, None)
    }

    /// The same with the `sections` attribute (`"scores, datasets"`: those blocks, in that
    /// order; an unknown name is an error listing [`COMPARE_BLOCKS`]).
    ///
    /// ```
    /// use govlens_core::views::compare::CompareOptions;
    /// let o = CompareOptions::from_attributes_with(None, None, Some("datasets scores")).unwrap();
    /// assert_eq!(o.sections, Some(vec!["datasets", "scores"]));
    /// let p = CompareOptions::from_attributes_with(None, None, Some("answers")).unwrap_err();
    /// assert_eq!(p.detail, "sections=\"answers\": no section 'answers'; the comparison has questions, scores, datasets.");
    /// ```
    pub fn from_attributes_with(differences_only: Option<&str>, limit: Option<&str>, sections: Option<&str>) -> Result<CompareOptions, Problem> {
        let sections = super::sections_asked(sections, COMPARE_BLOCKS, "comparison")?;
        let limit = match limit.map(str::trim).filter(|l| !l.is_empty()) {
            None => None,
            Some(l) => Some(l.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                Problem::new(
                    "Unusable limit",
                    format!("limit=\"{l}\": give how many questions to show before \"Show all\", a whole number of 1 or more (limit=\"10\")."),
                )
            })?),
        };
        Ok(CompareOptions { differences_only: differences_only.is_some_and(|v| !v.trim().eq_ignore_ascii_case("false")), limit, sections, locale: Locale::En })
    }
}

/// The questions a comparison shows in a state of its controls, and what its button says.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownQuestions<'a> {
    /// The questions to lay out, in the questionnaire's order.
    pub questions: Vec<&'a QuestionText>,
    /// The "Show all 44 questions" / "Show fewer" button's label; `None` where every question
    /// the filter keeps already shows.
    pub toggle: Option<String>,
    /// Said in place of the list when the filter keeps no question.
    pub empty: Option<String>,
}

impl CompareView {
    /// The questions shown with the filter `only_differing` and the list `expanded` or not.
    ///
    /// ```
    /// # use govlens_core::views::compare::*;
    /// # let q = |n: &str, differs| QuestionText { number: n.into(), asked: String::new(), differs, chips: vec![], answers: vec![] };
    /// # let view = CompareView { countries: vec![], names: vec![], frame: govlens_core::views::Frame { title: String::new(), description: String::new(), source: String::new(), csv: String::new(), filename: String::new() },
    /// #     table: govlens_core::views::Table { caption: String::new(), head: vec![], rows: vec![], row_header: 0 }, counts: String::new(), only_differing: String::new(),
    /// #     skip: String::new(), end_of_list: String::new(), blocks: vec![], differences_only: false, limit: Some(2), questions: vec![q("Q1", true), q("Q2", false), q("Q3", true)], scores: None, datasets: None,
    /// #     locale: Default::default(), source_lang: None };
    /// let shown = view.shown(false, false);
    /// assert_eq!((shown.questions.len(), shown.toggle.as_deref()), (2, Some("Show all 3 questions")));
    /// assert_eq!(view.shown(false, true).toggle.as_deref(), Some("Show fewer"));
    /// // Two answered differently: within the limit, no button.
    /// assert_eq!((view.shown(true, false).questions.len(), view.shown(true, false).toggle), (2, None));
    /// ```
    pub fn shown(&self, only_differing: bool, expanded: bool) -> ShownQuestions<'_> {
        let w = words(self.locale);
        let kept: Vec<&QuestionText> = self.questions.iter().filter(|q| !only_differing || q.differs).collect();
        let over = self.limit.filter(|l| kept.len() > *l);
        let toggle = over.map(|_| {
            if expanded {
                w.show_fewer.to_string()
            } else if only_differing {
                fill(w.show_all_differing, &[("n", &kept.len().to_string())])
            } else {
                fill(w.show_all_questions, &[("n", &kept.len().to_string())])
            }
        });
        let empty = kept.is_empty().then(|| fill(w.all_alike, &[("n", &self.questions.len().to_string())]));
        let questions = match over {
            Some(l) if !expanded => kept.into_iter().take(l).collect(),
            _ => kept,
        };
        ShownQuestions { questions, toggle, empty }
    }
}

impl Corpus {
    /// Countries side by side (`countries` as the element's attribute lists them), starting as
    /// `options` say.
    pub fn compare_view(&self, countries: &[String], options: CompareOptions) -> Result<CompareView, Problem> {
        if countries.len() < 2 {
            return Err(Problem::new("govlens-compare needs two or more countries", "Add a countries attribute with ISO codes, e.g. countries=\"LU,DK\"."));
        }
        let codes: Vec<&str> = countries.iter().map(String::as_str).collect();
        let cmp = self.compare(&codes).map_err(|e| Problem::with_code("Cannot compare", e.to_string(), crate::Coded::code(&e)))?;
        Ok(self.compare_view_of(&cmp, options))
    }

    fn compare_view_of(&self, cmp: &Comparison, options: CompareOptions) -> CompareView {
        let locale = options.locale;
        let w = words(locale);
        // The register's names (Kenya, Brazil), not only the documents' two.
        let names: Vec<String> = cmp.countries.iter().map(|cc| self.name_in(cc, locale)).collect();
        let questions: Vec<&AnswerRow> = cmp.answers.iter().filter(|r| r.item.is_none()).collect();
        let counts: Vec<String> = cmp
            .countries
            .iter()
            .zip(&names)
            .map(|(cc, n)| {
                let of =
                    |v: AnswerValue| questions.iter().filter(|r| r.answers.iter().any(|(c2, a)| c2 == cc && a.as_ref().is_some_and(|a| a.answer == v))).count();
                fill(
                    w.compare_counts,
                    &[
                        ("name", n),
                        ("yes", &of(AnswerValue::Yes).to_string()),
                        ("no", &of(AnswerValue::No).to_string()),
                        ("unknown", &of(AnswerValue::Unknown).to_string()),
                    ],
                )
            })
            .collect();
        let all_answers: Vec<&Answer> = cmp.answers.iter().flat_map(|r| r.answers.iter().filter_map(|(_, a)| a.as_ref())).collect();
        let sources: Vec<String> = all_answers.iter().map(|a| self.cite(&a.provenance, None).document).collect::<BTreeSet<_>>().into_iter().collect();
        let slug = cmp.countries.join("-").to_ascii_lowercase();
        let title = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} {} {last}", rest.join(", "), w.and),
            _ => names.join(""),
        };
        let frame = Frame {
            title: fill(w.compare_title, &[("names", &title)]),
            description: fill(w.compare_description, &[("n", &questions.len().to_string()), ("counts", &counts.join("; "))]),
            source: sources.join("; "),
            csv: to_csv(&answer_rows(all_answers.iter().copied())),
            filename: format!("govlens-compare-{slug}.csv"),
        };
        let table = answers_table(cmp, &names, locale);
        let differing = questions.iter().filter(|r| differs(r)).count();
        let scores = headline_scores(cmp, &names, &title, &slug, locale);
        let datasets = self.dataset_comparison(&cmp.countries, &names, &title, &slug, locale);
        CompareView {
            datasets,
            countries: cmp.countries.clone(),
            frame,
            table,
            counts: counts.join(" · "),
            only_differing: fill(w.only_differing, &[("n", &differing.to_string()), ("of", &questions.len().to_string())]),
            differences_only: options.differences_only,
            limit: options.limit,
            blocks: options.sections.clone().unwrap_or_else(|| COMPARE_BLOCKS.iter().map(|(k, _)| *k).collect()).into_iter().map(str::to_string).collect(),
            skip: w.skip_questions.into(),
            end_of_list: w.end_of_questions.into(),
            questions: questions.iter().map(|r| self.question_text(cmp, r, &names, locale)).collect(),
            scores,
            names,
            locale,
            source_lang: locale.source_lang(),
        }
    }
}

/// How many lines a dataset may bring to a comparison with its components (EGDI's five); one
/// with more (EUROPAM's 28) brings its headlines only.
const COMPARE_LINES: usize = 8;

impl Corpus {
    /// Every dataset that covers one of `countries`, its headline indicators (and their
    /// components, for a short dataset) in the latest year any of them has a value, one column
    /// per country: `0.9717 (rank 1 of 193)`, `—` where a country has no value that year.
    pub fn dataset_comparison(&self, countries: &[String], names: &[String], title: &str, slug: &str, locale: Locale) -> Option<(Frame, Table)> {
        let w = words(locale);
        let mut rows = Vec::new();
        let mut used: Vec<&Observation> = Vec::new();
        let mut sources: Vec<String> = Vec::new();
        for (d, ds) in self.datasets.iter().enumerate() {
            let of_dataset: Vec<(usize, &Indicator)> = self.indicators.iter().enumerate().filter(|(_, i)| i.dataset as usize == d).collect();
            let headlines: Vec<&(usize, &Indicator)> = of_dataset.iter().filter(|(_, i)| i.headline).collect();
            let mut lines: Vec<(usize, bool)> = Vec::new();
            for (h, ind) in &headlines {
                lines.push((*h, false));
                lines.extend(of_dataset.iter().filter(|(_, c)| c.parent.as_deref() == Some(ind.id.as_str())).map(|(k, _)| (*k, true)));
            }
            if lines.len() > COMPARE_LINES {
                lines.retain(|(_, component)| !component);
            }
            let mut any = false;
            for (i, component) in lines {
                let ind = &self.indicators[i];
                let values: Vec<Option<&Observation>> =
                    countries.iter().map(|c| self.observations.iter().filter(|o| o.indicator as usize == i && o.entity == *c).max_by_key(|o| o.year)).collect();
                let Some(year) = values.iter().flatten().map(|o| o.year).max() else { continue };
                any = true;
                let cells = countries.iter().map(|c| match self.observations.iter().find(|o| o.indicator as usize == i && o.entity == *c && o.year == year) {
                    Some(o) => {
                        used.push(o);
                        let rank = if ind.ranked {
                            self.rank_in(c, o.indicator, year).map(|r| format!(" ({})", super::indicators::rank_text(&r, locale)))
                        } else {
                            None
                        };
                        format!("{}{}", locale.text(&super::indicators::value_text(ind, o.value)), rank.unwrap_or_default())
                    }
                    None => fill(w.no_value_for, &[("year", &year.to_string())]),
                });
                let label = format!("{}{} ({}), {year}", if component { "  " } else { "" }, ind.short, ds.cite);
                rows.push(std::iter::once(label).chain(cells).collect());
            }
            if any {
                sources.push(format!("{} ({})", ds.cite, ds.publisher));
            }
        }
        if rows.is_empty() {
            return None;
        }
        let frame = Frame {
            title: fill(w.datasets_title, &[("names", title)]),
            description: fill(w.datasets_description, &[("n", &rows.len().to_string()), ("datasets", &sources.len().to_string())]),
            source: sources.join("; "),
            csv: to_csv(&indicator_rows(self, used.iter().copied(), crate::format::number)),
            filename: format!("govlens-compare-{slug}-datasets.csv"),
        };
        let table = Table {
            caption: w.datasets_caption.into(),
            head: std::iter::once(w.indicator.to_string()).chain(names.iter().cloned()).collect(),
            rows,
            row_header: 0,
        };
        Some((frame, table))
    }
}

/// Every question and item as a table, one column per country: `✓ yes ticked`.
fn answers_table(cmp: &Comparison, names: &[String], locale: Locale) -> Table {
    let w = words(locale);
    let basis = |a: Option<&Answer>| a.map(|a| a.basis.as_str().to_string()).unwrap_or_default();
    Table {
        caption: w.answers_caption.into(),
        head: std::iter::once(w.question.to_string()).chain(names.iter().cloned()).collect(),
        rows: cmp
            .answers
            .iter()
            .map(|r| {
                let label = r.item.as_deref().map(|i| format!("— {i}")).unwrap_or_else(|| asked(&r.question_text).to_string());
                std::iter::once(format!("Q{} {label}", r.question))
                    .chain(r.answers.iter().map(|(cc, a)| format!("{} {}", chip(cc, a.as_ref(), locale).label, basis(a.as_ref()))))
                    .collect()
            })
            .collect(),
        row_header: 0,
    }
}

/// The headline scores side by side, with their frame; `None` where no country has any.
fn headline_scores(cmp: &Comparison, names: &[String], title: &str, slug: &str, locale: Locale) -> Option<(Frame, Table)> {
    let w = words(locale);
    let head_scores: Vec<&ScoreRow> = cmp.scores.iter().filter(|r| is_headline(r.framework, r.kind, r.metric.as_deref())).collect();
    (!head_scores.is_empty()).then(|| {
        let frame = Frame {
            title: fill(w.scores_title, &[("names", title)]),
            description: w.scores_description.into(),
            source: w.scores_source.into(),
            csv: to_csv(&score_rows(head_scores.iter().flat_map(|r| r.values.iter().filter_map(|(_, s)| s.as_ref())))),
            filename: format!("govlens-compare-{slug}-scores.csv"),
        };
        let table = Table {
            caption: w.scores_caption.into(),
            head: std::iter::once(w.score.to_string()).chain(names.iter().cloned()).collect(),
            rows: head_scores
                .iter()
                .map(|r| {
                    let framework = if r.framework == Framework::Europam { "EUROPAM" } else { "eGovernment Benchmark" };
                    std::iter::once(format!("{framework} — {}", r.dimension))
                        .chain(r.values.iter().map(|(_, s)| match s {
                            Some(s) => format!("{}{}", locale.number(s.value), s.year.map(|y| format!(" ({y})")).unwrap_or_default()),
                            None => format!("— {}", w.not_in_corpus),
                        }))
                        .collect()
                })
                .collect(),
            row_header: 0,
        };
        (frame, table)
    })
}

impl Corpus {
    /// One question across the countries, its items inside it.
    fn question_text(&self, cmp: &Comparison, row: &AnswerRow, names: &[String], locale: Locale) -> QuestionText {
        let items: Vec<&AnswerRow> = cmp.answers.iter().filter(|i| i.item.is_some() && i.question == row.question).collect();
        let answers = row
            .answers
            .iter()
            .zip(names)
            .map(|((cc, a), name)| {
                let a = a.as_ref();
                let text = a.map(answer_text).filter(|t| !t.is_empty());
                AnswerText {
                    head: format!("{name} ({cc}): {}", chip(cc, a, locale).label),
                    basis: a.map(|a| format!(" — {} ", a.basis.as_str())).unwrap_or_default(),
                    reason: a.and_then(|a| a.reason.clone()),
                    text,
                    cite: a.map(|a| {
                        let c = self.cite(&a.provenance, a.year);
                        (c.line_in(locale), c.full_in(locale))
                    }),
                    items: items
                        .iter()
                        .map(|it| {
                            let ia = it.answers.iter().find(|(c2, _)| c2 == cc).and_then(|(_, a)| a.as_ref());
                            (chip(cc, ia, locale), it.item.clone().unwrap_or_default())
                        })
                        .collect(),
                }
            })
            .collect();
        QuestionText {
            number: format!("Q{}", row.question),
            asked: asked(&row.question_text).to_string(),
            differs: differs(row),
            chips: row.answers.iter().map(|(cc, a)| chip(cc, a.as_ref(), locale)).collect(),
            answers,
        }
    }
}

/// A comparison for the terminal (`govlens compare`): each row's label and cells as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareReport {
    /// ISO codes, the columns.
    pub countries: Vec<String>,
    /// The heading over the answers.
    pub answers_heading: String,
    /// `(question number, label, one cell per country)`: `yes (ticked)`, `-` where none.
    pub answers: Vec<(String, String, Vec<String>)>,
    /// The heading over the scores.
    pub scores_heading: String,
    /// `(framework / dimension / metric, one cell per country)`: `53 (2020)`, `-` where none.
    pub scores: Vec<(String, Vec<String>)>,
}

/// How much of a question's text the terminal shows beside its number.
const QUESTION_PREVIEW: usize = 50;

impl Comparison {
    /// The comparison for the terminal (see [`CompareReport`]).
    pub fn report(&self) -> CompareReport {
        let answers = self
            .answers
            .iter()
            .map(|r| {
                let label = match &r.item {
                    Some(i) => format!("  - {i}"),
                    None => r.question_text.chars().take(QUESTION_PREVIEW).collect(),
                };
                let cells =
                    r.answers.iter().map(|(_, a)| a.as_ref().map(|a| format!("{} ({})", a.answer.as_str(), a.basis.as_str())).unwrap_or("-".into())).collect();
                (r.question.clone(), label, cells)
            })
            .collect();
        let scores = self
            .scores
            .iter()
            .map(|r| {
                let cells = r
                    .values
                    .iter()
                    .map(|(_, s)| {
                        s.as_ref()
                            .map(|s| format!("{} ({})", number_or_unknown(s.value), s.year.map(|y| y.to_string()).unwrap_or("year unknown".into())))
                            .unwrap_or("-".into())
                    })
                    .collect();
                (r.name(), cells)
            })
            .collect();
        let questionnaire = self.answers.first().map(|r| r.questionnaire.to_string()).unwrap_or_else(|| Questionnaire::UN_MSQ_2022.to_string());
        CompareReport {
            countries: self.countries.clone(),
            answers_heading: format!("{questionnaire} answers (answer (basis))"),
            answers,
            scores_heading: "Scores (latest year each country has; '-' where a country has none)".into(),
            scores,
        }
    }
}

impl ScoreRow {
    /// `europam / Political Financing / headline`: framework, dimension and metric.
    pub fn name(&self) -> String {
        format!("{} / {} / {}", self.framework.slug(), self.dimension, self.metric.as_deref().unwrap_or("headline"))
    }
}
