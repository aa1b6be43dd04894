//! A country's fact card: which facts, in which groups and order, where sources differ, the
//! scores and the questionnaire at a glance ([`Card`], shared by the command and the embed), and
//! the card as the embed shows it, every text written ([`CardView`]).
use super::{cite, http_url, without_emails, Citation, Problem};
use crate::format::{fact_value, FactStyle, Locale};
use crate::i18n::{fill, words};
use crate::model::*;
use crate::query::QueryError;
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

/// The card's other groups: the block's name (see [`CARD_BLOCKS`]), its title and the fact keys
/// it gathers.
pub const CARD_GROUPS: &[(&str, &str, &[&str])] = &[
    ("portals", "Portals", &["portal"]),
    ("bodies", "Bodies in charge of e-government", &["egov_body", "office_holder"]),
    ("cio", "Chief Information Officer", &["cio_name", "cio_title", "cio_organisation"]),
    ("strategies", "Strategies", &["strategy"]),
];

/// The card's blocks, in the order a card shows them unless its `sections` attribute says
/// otherwise: the name that attribute uses, and what the block holds, in words for the note
/// a block asked for by name says when the country has none.
pub const CARD_BLOCKS: &[(&str, &str)] = &[
    ("datasets", "dataset values"),
    ("history", "series over the years"),
    ("basic", "basic data"),
    ("portals", "portals"),
    ("bodies", "bodies in charge of e-government"),
    ("cio", "Chief Information Officer"),
    ("strategies", "strategies"),
    ("ai", "AI strategy"),
    ("europam", "EUROPAM scores"),
    ("benchmark", "eGovernment Benchmark scores"),
    ("questionnaire", "UN questionnaire answers"),
];

/// Facts an embed leaves out: a person's name is not needed to say who is in charge, and the
/// documents print personal e-mail addresses beside it.
const PERSONAL_FACTS: &[&str] = &["cio_name"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// A fact on the card.
pub struct CardFact {
    /// The fact.
    pub fact: Fact,
    /// Another source gives a different value for the same fact; both are shown.
    pub sources_differ: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// A group of the card's facts.
pub struct CardGroup {
    /// Its name among [`CARD_BLOCKS`]: `basic`, `portals`, ...
    pub block: String,
    /// `Basic data`, `Portals`, ...
    pub title: String,
    /// Its facts.
    pub facts: Vec<CardFact>,
}

/// The UN questionnaire at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MsqSummary {
    /// How many questions it has.
    pub questions: usize,
    /// How many are answered yes.
    pub yes: usize,
    /// How many no.
    pub no: usize,
    /// How many are unknown.
    pub unknown: usize,
    /// Which questionnaire.
    pub questionnaire: Questionnaire,
    /// The source file's name.
    pub source: String,
    /// The questions' span in the document (`Q1-Q44`, first to last line).
    pub provenance: Provenance,
    /// The year the answers refer to.
    pub year: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// A country's card: which facts in which groups, where sources differ, the scores at a glance.
pub struct Card {
    /// ISO code.
    pub country: String,
    /// The country's name.
    pub name: String,
    /// Basic data first, then portals, bodies, CIO, strategies; empty groups left out.
    pub basic: CardGroup,
    /// Portals, bodies, CIO, strategies (empty groups left out).
    pub groups: Vec<CardGroup>,
    /// The AI strategies.
    pub ai_strategies: Vec<AiStrategy>,
    /// EUROPAM's headline scores.
    pub europam: Vec<Score>,
    /// eGovernment Benchmark overall score of each group.
    pub benchmark: Vec<Score>,
    /// The UN questionnaire at a glance.
    pub msq: Option<MsqSummary>,
    /// How many values of this country the documents do not establish.
    pub unknowns: usize,
    /// What each dataset says of the country.
    pub datasets: Vec<super::indicators::DatasetBlock>,
    /// The datasets that do not cover it, with how many countries they do.
    pub not_covered: Vec<String>,
    /// How many of its dataset cells hold no value (empty, `..`, a 0 meaning "not assessed").
    pub gaps: usize,
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
    fn card_group(&self, cc: &str, block: &str, title: &str, keys: &[&str], key_by_key: bool) -> CardGroup {
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
        CardGroup { block: block.to_string(), title: title.to_string(), facts }
    }

    /// A country's fact card.
    pub fn card(&self, country: &str) -> Result<Card, QueryError> {
        self.card_in(country, Locale::En)
    }

    /// A country's fact card with its names and group titles in `locale`.
    pub fn card_in(&self, country: &str, locale: Locale) -> Result<Card, QueryError> {
        let cc = self.country(country)?;
        let w = words(locale);
        let name = self.name_in(&cc, locale);
        let basic = self.card_group(&cc, "basic", w.basic_data, BASIC_FACTS, true);
        let title = |block: &str, t: &'static str| w.groups.iter().find(|(b, _, _)| *b == block).map_or(t, |(_, title, _)| *title);
        let groups =
            CARD_GROUPS.iter().map(|(block, t, keys)| self.card_group(&cc, block, title(block, t), keys, false)).filter(|g| !g.facts.is_empty()).collect();
        let ai_strategies = self.ai_strategies.iter().filter(|s| s.country == cc).cloned().collect();
        let headlines = |framework: Framework| -> Vec<Score> {
            self.scores
                .iter()
                .filter(|s| s.country == cc && s.framework == framework && is_headline(s.framework, s.kind, s.metric.as_deref()))
                .cloned()
                .collect()
        };
        let (europam, benchmark) = (headlines(Framework::Europam), headlines(Framework::EgovBenchmark));
        let msq: Vec<&Answer> = self.answers.iter().filter(|a| a.country == cc && a.questionnaire.is_un_msq() && a.item.is_none()).collect();
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
        let datasets = self.dataset_blocks(&cc, locale);
        let not_covered = if self.datasets.is_empty() { Vec::new() } else { self.not_covering(&cc, locale) };
        let gaps = self.gaps.iter().filter(|g| g.entity == cc).count();
        Ok(Card { country: cc, name, basic, groups, ai_strategies, europam, benchmark, msq, unknowns, datasets, not_covered, gaps })
    }
}

/// How many entries a list of the card shows before "Show all".
const SHORT_LIST: usize = 3;
/// A dataset's values shown together; a dataset with more shows its headlines first.
const DATASET_LIST: usize = 8;
/// Basic data (population, GDP and the like) shown before "Show all".
const BASIC_LIST: usize = 6;

/// A value's source as a card shows it: a short line, the whole citation on hover.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CiteText {
    /// `DPA factsheet 2020, §1.1, for 2019`.
    pub short: String,
    /// `DPA factsheet 2020, §1.1 Basic data; figure for 2019. <title> (<publisher>), <file> (lines 37-37)`.
    pub full: String,
}

impl CiteText {
    /// A citation's two forms in `locale`.
    pub fn of(c: &Citation, locale: Locale) -> CiteText {
        CiteText { short: c.short_in(locale), full: c.full_in(locale) }
    }
}

/// A fact's value as the card shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueText {
    /// Text: `613,894 inhabitants`.
    Text(String),
    /// A portal: its name, a link only where the address is http(s).
    Link {
        /// The portal's name.
        label: String,
        /// The address to link to; `None` shows the name as text.
        href: Option<String>,
    },
}

/// One row of a card section: a label, its value and its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardRow {
    /// `Population`.
    pub label: String,
    /// The value as written.
    pub value: ValueText,
    /// Another source gives a different value: the row is marked with `badge`.
    pub sources_differ: bool,
    /// `sources differ`, where they do.
    pub badge: Option<String>,
    /// Where the value comes from.
    pub cite: CiteText,
    /// A component of the row above (a sub-index under its index): set in from it.
    #[serde(default)]
    pub component: bool,
    /// What a check found about the value, said under it (see [`super::value_flag`]).
    #[serde(default)]
    pub flag: Option<String>,
    /// The language of the label where it is not the card's: an indicator's name from an
    /// English dataset in a French card (`en`); `None` where it is the card's.
    #[serde(default)]
    pub label_lang: Option<String>,
    /// The same for the value: a document's words (a capital, a currency, a portal's name).
    #[serde(default)]
    pub value_lang: Option<String>,
}

/// A group of facts that starts short and opens on request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardSection {
    /// `Basic data`, `Portals`.
    pub title: String,
    /// Every row; the first `short` show until the reader asks for all.
    pub rows: Vec<CardRow>,
    /// How many rows show before "Show all".
    pub short: usize,
    /// The button that opens the rest: `Show all 19 basic facts`.
    pub show_all: String,
    /// The button that closes it again.
    pub show_fewer: String,
    /// Said instead of rows when there are none (basic data only).
    pub empty: Option<String>,
    /// The language of the title where it is not the card's (a dataset's name).
    #[serde(default)]
    pub title_lang: Option<String>,
}

/// An AI strategy on the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StrategyText {
    /// `AI strategy`.
    pub heading: String,
    /// The title with its release: `... (released May 2019)`.
    pub title: String,
    /// The highlights; the first `short` show until asked for all.
    pub highlights: Vec<String>,
    /// How many highlights show before "Show all".
    pub short: usize,
    /// `Show all 9 highlights`.
    pub show_all: String,
    /// The button that closes the list again.
    pub show_fewer: String,
    /// Where the strategy comes from.
    pub cite: CiteText,
    /// Said under the strategy where the page it comes from appears cut off.
    pub incomplete: Option<String>,
    /// The language of the title and highlights (the page's) where it is not the card's.
    #[serde(default)]
    pub lang: Option<String>,
}

/// The card of a country as the embed shows it: no personal names or e-mail addresses, every
/// value written in the locale with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardView {
    /// ISO code.
    pub country: String,
    /// The country's name.
    pub name: String,
    /// The card's accessible name: `Luxembourg: digital government facts`.
    pub label: String,
    /// `Digital government and public accountability, from 4 source documents`.
    pub subtitle: String,
    /// What the card shows, top to bottom: by default every block the country has, in the
    /// order of [`CARD_BLOCKS`] (the datasets first: for most countries they are all there is).
    pub blocks: Vec<CardBlock>,
    /// How many values could not be established, and that they are not shown.
    pub footer: String,
    /// The locale it is written in (the element's `lang`).
    #[serde(default = "default_lang")]
    pub lang: String,
}

fn default_lang() -> String {
    "en".into()
}

impl CardView {
    /// The lists of values of one block (`basic`, `datasets`, `europam`, ...), in order.
    pub fn sections<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a CardSection> + 'a {
        self.blocks.iter().filter_map(move |b| match b {
            CardBlock::Values { block, section } if block == name => Some(section),
            _ => None,
        })
    }

    /// The AI strategies.
    pub fn strategies(&self) -> impl Iterator<Item = &StrategyText> {
        self.blocks.iter().filter_map(|b| match b {
            CardBlock::Strategy { strategy, .. } => Some(strategy),
            _ => None,
        })
    }

    /// The note of a block (`datasets`: which datasets do not cover the country).
    pub fn note(&self, name: &str) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            CardBlock::Note { block, text } if block == name => Some(text.as_str()),
            _ => None,
        })
    }
}

/// One block of a card; `block` is its name among [`CARD_BLOCKS`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CardBlock {
    /// Rows of values: basic data, a dataset's indicators, a series over the years (the EGDI,
    /// 2003-2024, newest first), portals, bodies, EUROPAM's or the benchmark's headline scores
    /// against their average.
    Values {
        /// The block's name.
        block: String,
        /// Its rows.
        section: CardSection,
    },
    /// An AI strategy with its highlights.
    Strategy {
        /// `ai`.
        block: String,
        /// The strategy.
        strategy: StrategyText,
    },
    /// The questionnaire at a glance.
    Questionnaire {
        /// `questionnaire`.
        block: String,
        /// `UN E-Government Survey questionnaire`.
        heading: String,
        /// `44 questions: 42 yes, 0 no, 2 unknown`.
        counts: String,
        /// Its source.
        cite: CiteText,
    },
    /// A sentence in place of values.
    Note {
        /// The block's name.
        block: String,
        /// `Not covered by: EUROPAM (34 countries), …` after the datasets, or that a block asked
        /// for by name holds nothing for the country.
        text: String,
    },
}

impl CardBlock {
    /// Its name among [`CARD_BLOCKS`].
    pub fn name(&self) -> &str {
        match self {
            CardBlock::Values { block, .. } | CardBlock::Strategy { block, .. } | CardBlock::Questionnaire { block, .. } | CardBlock::Note { block, .. } => {
                block
            }
        }
    }
}

fn show_all(locale: Locale, n: usize, what: &str) -> String {
    fill(words(locale).show_all, &[("n", &n.to_string()), ("what", what)])
}

impl Corpus {
    /// A country's card as the embed shows it (see [`CardView`]).
    ///
    /// ```
    /// # let corpus = govlens_core::Corpus::default();
    /// use govlens_core::format::Locale;
    /// // An empty corpus holds no country: the error box's title and sentence.
    /// let problem = corpus.card_view(Some("LU"), None, Locale::En).unwrap_err();
    /// assert_eq!(problem.title, "Unknown country");
    /// assert_eq!(corpus.card_view(None, None, Locale::En).unwrap_err().title, "govlens-card needs a country");
    /// ```
    ///
    /// `sections` is the element's attribute of that name (see [`super::sections_asked`]): the
    /// blocks it names among [`CARD_BLOCKS`], in its order, a note in place of one the country
    /// has nothing for.
    pub fn card_view(&self, country: Option<&str>, sections: Option<&str>, locale: Locale) -> Result<CardView, Problem> {
        let w = words(locale);
        let source_lang = locale.source_lang();
        let country = country.ok_or_else(|| Problem::needs_country("govlens-card"))?;
        let asked = super::sections_asked(sections, CARD_BLOCKS, "card")?;
        let card = self.card_in(country, locale).map_err(Problem::unknown_country)?.for_embed();
        let cite_of = |p: &Provenance, year: Option<u16>| CiteText::of(&self.cite(p, year), locale);
        let row = |cf: &CardFact| {
            let f = &cf.fact;
            let value = if f.fact == "portal" {
                ValueText::Link { label: crate::format::isolated(&f.value).into_owned(), href: f.url.as_deref().and_then(http_url).map(str::to_string) }
            } else {
                // The unit in the locale's words where it is one the documents share (`habitants`).
                let mut shown = f.clone();
                shown.unit = f.unit.as_deref().map(|u| w.unit(u).to_string());
                ValueText::Text(fact_value(&shown, FactStyle::card(locale)))
            };
            let badge = cf.sources_differ.then(|| w.sources_differ.to_string());
            // A basic fact's label is the product's (translated); another is the document's.
            let label = if locale == Locale::En { None } else { w.fact(&f.fact) };
            CardRow {
                label_lang: if label.is_some() { None } else { source_lang.clone() },
                label: label.map(str::to_string).unwrap_or_else(|| crate::format::isolated(&f.label).into_owned()),
                value_lang: if f.number.is_some() { None } else { source_lang.clone() },
                value,
                sources_differ: cf.sources_differ,
                badge,
                cite: cite_of(&f.provenance, f.year),
                component: false,
                flag: None,
            }
        };
        let section = |g: &CardGroup, short: usize, what: &str| CardSection {
            title: g.title.clone(),
            rows: g.facts.iter().map(row).collect(),
            short,
            show_all: show_all(locale, g.facts.len(), what),
            show_fewer: w.show_fewer.into(),
            empty: None,
            title_lang: None,
        };
        let mut basic = section(&card.basic, BASIC_LIST, w.basic_what);
        if basic.rows.is_empty() {
            basic.empty = Some(fill(w.basic_empty, &[("name", &card.name)]));
        }
        let mut built: Vec<CardBlock> = vec![CardBlock::Values { block: card.basic.block.clone(), section: basic }];
        let what_of = |block: &str| w.groups.iter().find(|(b, _, _)| *b == block).map_or("", |(_, _, what)| *what);
        built.extend(card.groups.iter().map(|g| CardBlock::Values { block: g.block.clone(), section: section(g, SHORT_LIST, what_of(&g.block)) }));
        let strategies = card
            .ai_strategies
            .iter()
            .map(|s| StrategyText {
                heading: w.ai_heading.into(),
                title: format!(
                    "{}{}",
                    if s.title.is_empty() { w.ai_untitled.into() } else { crate::format::isolated(&s.title) },
                    s.released.as_ref().map(|r| fill(w.released, &[("when", &w.month_year(&crate::format::isolated(r)))])).unwrap_or_default()
                ),
                highlights: s.highlights.iter().map(|h| crate::format::isolated(h).into_owned()).collect(),
                short: SHORT_LIST,
                show_all: show_all(locale, s.highlights.len(), w.highlights_what),
                show_fewer: w.show_fewer.into(),
                cite: cite_of(&s.provenance, s.year),
                incomplete: super::search::incomplete_note_of(&self.sources, &s.provenance.source, s.provenance.lines, locale),
                lang: source_lang.clone(),
            })
            .map(|strategy| CardBlock::Strategy { block: "ai".into(), strategy });
        built.extend(strategies);
        let score_section = |title: &str, average: &str, scores: &[Score]| CardSection {
            title: title.into(),
            rows: scores
                .iter()
                .map(|s| CardRow {
                    label: s.dimension.clone(),
                    label_lang: source_lang.clone(),
                    value: ValueText::Text(format!("{} ({average} {})", locale.number(s.value), locale.number(s.reference_value))),
                    value_lang: None,
                    sources_differ: false,
                    badge: None,
                    cite: cite_of(&s.provenance, s.year),
                    component: false,
                    flag: self.score_flag(s, locale),
                })
                .collect(),
            // Scores all show: no "show all".
            short: scores.len(),
            show_all: String::new(),
            show_fewer: String::new(),
            empty: None,
            title_lang: None,
        };
        let scores = [
            ("europam", score_section(w.europam_section, w.europe_average_in, &card.europam)),
            ("benchmark", score_section(w.benchmark_section, w.eu_average_in, &card.benchmark)),
        ];
        built.extend(scores.into_iter().filter(|(_, s)| !s.rows.is_empty()).map(|(block, section)| CardBlock::Values { block: block.into(), section }));
        built.extend(card.msq.as_ref().map(|m| CardBlock::Questionnaire {
            block: "questionnaire".into(),
            heading: w.msq_heading.to_string(),
            counts: fill(
                w.msq_counts,
                &[("n", &m.questions.to_string()), ("yes", &m.yes.to_string()), ("no", &m.no.to_string()), ("unknown", &m.unknown.to_string())],
            ),
            cite: cite_of(&m.provenance, m.year),
        }));
        let documents = self.sources.iter().filter(|s| s.country == card.country).count();
        // A dataset with many sub-scores (EUROPAM's 21) shows its headlines, the sub-scores
        // behind "Show all"; one whose headlines and first-level components fit (DESI's index
        // and four dimensions) shows those, the deeper indicators behind "Show all"; a short one
        // shows each headline with its components under it.
        let ordered = |b: &super::indicators::DatasetBlock| -> (Vec<super::indicators::IndicatorLine>, usize) {
            if b.lines.len() <= DATASET_LIST {
                return (b.lines.clone(), b.lines.len());
            }
            let upper = b.lines.iter().filter(|l| l.depth <= 1).count();
            let shown_depth = if upper <= DATASET_LIST { 1 } else { 0 };
            let (h, c): (Vec<_>, Vec<_>) = b.lines.iter().cloned().partition(|l| l.depth <= shown_depth);
            let short = h.len();
            (h.into_iter().chain(c).collect(), short)
        };
        let datasets = card.datasets.iter().map(|b| (b, ordered(b))).map(|(b, (lines, short))| CardSection {
            title: b.title.clone(),
            title_lang: source_lang.clone(),
            rows: lines
                .iter()
                .map(|l| CardRow {
                    label: l.label.clone(),
                    label_lang: source_lang.clone(),
                    value: ValueText::Text(match &l.rank {
                        Some(r) => format!("{} ({}; {r})", l.value, l.year),
                        None => format!("{} ({})", l.value, l.year),
                    }),
                    value_lang: None,
                    sources_differ: false,
                    badge: None,
                    cite: CiteText { short: l.cite_short.clone(), full: l.cite_full.clone() },
                    component: l.component,
                    flag: None,
                })
                .collect(),
            short,
            show_all: show_all(locale, lines.len(), w.values_what),
            show_fewer: w.show_fewer.into(),
            empty: None,
        });
        built.extend(datasets.map(|section| CardBlock::Values { block: "datasets".into(), section }));
        let history = card.datasets.iter().find(|b| b.history.len() > 1).map(|b| {
            let short = b.lines.first().map(|l| l.label.clone()).unwrap_or_default();
            let (first, last) = (&b.history[0], &b.history[b.history.len() - 1]);
            CardSection {
                title: format!("{short}, {}-{}", first.year, last.year),
                title_lang: source_lang.clone(),
                rows: b
                    .history
                    .iter()
                    .rev()
                    .map(|p| CardRow {
                        label: p.year.to_string(),
                        label_lang: None,
                        value: ValueText::Text(p.value.clone()),
                        value_lang: None,
                        sources_differ: false,
                        badge: None,
                        cite: CiteText { short: p.cite_short.clone(), full: p.cite_full.clone() },
                        component: false,
                        flag: None,
                    })
                    .collect(),
                short: SHORT_LIST,
                show_all: show_all(locale, b.history.len(), w.years_what),
                show_fewer: w.show_fewer.into(),
                empty: None,
            }
        });
        built.extend(history.map(|section| CardBlock::Values { block: "history".into(), section }));
        if !card.not_covered.is_empty() {
            built.push(CardBlock::Note { block: "datasets".into(), text: fill(w.not_covered, &[("list", &card.not_covered.join(", "))]) });
        }
        // The blocks in the order asked; one asked for by name and empty says so.
        let by_name = asked.is_some();
        let mut blocks = Vec::new();
        for name in asked.unwrap_or_else(|| CARD_BLOCKS.iter().map(|(k, _)| *k).collect()) {
            let before = blocks.len();
            blocks.extend(built.iter().filter(|b| b.name() == name).cloned());
            if by_name && blocks.len() == before {
                let what = w.blocks.iter().find(|(k, _)| *k == name).map_or(name, |(_, w)| *w);
                blocks.push(CardBlock::Note { block: name.into(), text: fill(w.block_missing, &[("what", what), ("name", &card.name)]) });
            }
        }
        let n_datasets = card.datasets.len();
        let count = |n: usize, forms: crate::i18n::Plural| format!("{n} {}", forms.of(n, locale));
        let parts = match (documents, n_datasets) {
            (d, 0) => count(d, w.documents),
            (0, n) => count(n, w.datasets),
            (d, n) => format!("{} {} {}", count(d, w.documents), w.and, count(n, w.datasets)),
        };
        let subtitle = fill(w.card_from, &[("lead", w.card_lead), ("parts", &parts)]);
        let mut footer = fill(w.footer, &[("n", &card.unknowns.to_string()), ("name", &card.name)]);
        if card.gaps > 0 {
            footer.push_str(&fill(w.footer_gaps, &[("n", &card.gaps.to_string())]));
        }
        Ok(CardView {
            label: fill(w.card_label, &[("name", &card.name)]),
            subtitle,
            footer,
            country: card.country,
            name: card.name,
            blocks,
            lang: locale.tag().into(),
        })
    }
}

/// A card for the terminal (`govlens card`): every value with its source file, locator and
/// year; notes shown, names kept (the command's reader is the corpus's maintainer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardReport {
    /// `Luxembourg (LU)`.
    pub title: String,
    /// The card, top to bottom.
    pub blocks: Vec<ReportBlock>,
}

/// One piece of a terminal report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportBlock {
    /// A heading, after a blank line.
    Heading(String),
    /// A labelled value with its citation under it.
    Row {
        /// `Population (sources differ)`.
        label: String,
        /// The value as written.
        value: String,
        /// `[dpa-factsheet 001_….txt · §1.1 Basic data · 2019]`.
        cite: String,
    },
    /// A line of its own (a highlight, a citation, a note that nothing is there).
    Line(String),
}

/// How much of a note (a portal's purpose, a body's role) the terminal card shows.
const NOTE_PREVIEW: usize = 90;

impl Corpus {
    /// `[family file · locator · year]`, the citation the terminal prints under every value.
    pub fn cite_bracketed(&self, p: &Provenance, year: Option<u16>) -> String {
        let family = self.source(&p.source).map(|s| s.family.slug()).unwrap_or("?");
        let year = year.map(|y| y.to_string()).unwrap_or_else(|| "year not given".into());
        format!("[{family} {} · {} · {year}]", p.source, p.locator)
    }

    /// A country's card for the terminal (see [`CardReport`]).
    pub fn card_report(&self, country: &str) -> Result<CardReport, QueryError> {
        use crate::format::{number_or_unknown, FactStyle};
        let card = self.card(country)?;
        let name = &card.name;
        let mut blocks = Vec::new();
        for b in &card.datasets {
            blocks.push(ReportBlock::Heading(b.title.clone()));
            for l in &b.lines {
                let label = format!("{}{}", "  ".repeat(l.depth as usize), l.label);
                let value = match &l.rank {
                    Some(r) => format!("{} ({r})", l.value),
                    None => l.value.clone(),
                };
                blocks.push(ReportBlock::Row { label, value, cite: l.cite_bracketed.clone() });
            }
            if b.history.len() > 1 {
                let line = b.history.iter().map(|p| format!("{} {}", p.year, p.value)).collect::<Vec<_>>().join(" · ");
                blocks.push(ReportBlock::Line(format!("over the years: {line}")));
            }
        }
        if !card.not_covered.is_empty() {
            blocks.push(ReportBlock::Heading(format!("Not covered by: {}", card.not_covered.join(", "))));
        }
        blocks.push(ReportBlock::Heading("Basic data".into()));
        if card.basic.facts.is_empty() {
            blocks.push(ReportBlock::Line(format!("none in the corpus: no country profile (DPA factsheet) or EUROPAM page for {name} yet")));
        }
        for cf in &card.basic.facts {
            let f = &cf.fact;
            let label = if cf.sources_differ { format!("{} (sources differ)", f.label) } else { f.label.clone() };
            blocks.push(ReportBlock::Row { label, value: fact_value(f, FactStyle::TERMINAL), cite: self.cite_bracketed(&f.provenance, f.year) });
        }
        for g in &card.groups {
            blocks.push(ReportBlock::Heading(g.title.clone()));
            for f in g.facts.iter().map(|cf| &cf.fact) {
                let mut value = fact_value(f, FactStyle::TERMINAL);
                // A strategy's note repeats its title; other notes say what a portal or body is for.
                if let Some(n) = f.note.as_ref().filter(|n| !n.is_empty() && g.title != "Strategies") {
                    let short: String = n.chars().take(NOTE_PREVIEW).collect();
                    value = format!("{value} — {short}{}", if n.chars().count() > NOTE_PREVIEW { "…" } else { "" });
                }
                blocks.push(ReportBlock::Row { label: f.label.clone(), value, cite: self.cite_bracketed(&f.provenance, f.year) });
            }
        }
        for s in &card.ai_strategies {
            blocks.push(ReportBlock::Heading(format!("AI strategy: {} (released {})", s.title, s.released.as_deref().unwrap_or("date not given"))));
            blocks.extend(s.highlights.iter().map(|h| ReportBlock::Line(format!("• {h}"))));
            blocks.push(ReportBlock::Line(self.cite_bracketed(&s.provenance, s.year)));
        }
        let scores = |heading: &str, scores: &[Score], blocks: &mut Vec<ReportBlock>| {
            if scores.is_empty() {
                return;
            }
            blocks.push(ReportBlock::Heading(heading.into()));
            for s in scores {
                let reference = s.reference_value.map(|v| format!(" ({})", crate::format::number(v))).unwrap_or_default();
                let period = s.period.as_deref().filter(|_| s.framework == Framework::EgovBenchmark).map(|p| format!(", measured {p}")).unwrap_or_default();
                let value = format!("{}{reference}{period}", number_or_unknown(s.value));
                blocks.push(ReportBlock::Row { label: s.dimension.clone(), value, cite: self.cite_bracketed(&s.provenance, s.year) });
            }
        };
        scores("EUROPAM public accountability scores (0-100; European average in brackets)", &card.europam, &mut blocks);
        scores("eGovernment Benchmark, overall scores (EU27+ average in brackets)", &card.benchmark, &mut blocks);
        if let Some(m) = &card.msq {
            let survey = match &m.questionnaire {
                Questionnaire::UnMsq(edition) => format!("UN E-Government Survey {edition} questionnaire"),
                other => other.to_string(),
            };
            blocks.push(ReportBlock::Heading(format!("{survey}: {} questions, yes {}, no {}, unknown {}", m.questions, m.yes, m.no, m.unknown)));
            blocks.push(ReportBlock::Line(self.cite_bracketed(&m.provenance, m.year)));
        }
        blocks.push(ReportBlock::Heading(format!("{} values for {name} could not be established from the documents: see `govlens stats`.", card.unknowns)));
        if card.gaps > 0 {
            blocks.push(ReportBlock::Line(format!("{} dataset cells for {name} hold no value: see `govlens stats`.", card.gaps)));
        }
        Ok(CardReport { title: format!("{name} ({})", card.country), blocks })
    }
}
