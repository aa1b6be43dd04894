//! The eGovernment Benchmark of a country's DPA factsheet: each group's indicators with their
//! growth ([`BenchmarkView`]), and the bar charts the embed draws of them ([`BenchmarkChart`]).
use super::{Bar, Bars, Frame, Problem, Table};
use crate::export::{score_rows, to_csv};
use crate::format::Locale;
use crate::i18n::{fill, words};
use crate::model::*;
use crate::query::QueryError;
use serde::{Deserialize, Serialize};

/// One indicator with its growth since the previous measurement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkIndicator {
    /// `Online availability`.
    pub indicator: String,
    /// The country's value, with the EU27+ average as its reference.
    pub score: Score,
    /// The change since the previous measurement, where the document gives it.
    pub growth: Option<Score>,
}

/// A group of the benchmark (`Citizen mobility`) and its indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkGroup {
    /// The group's name.
    pub group: String,
    /// Its indicators, in the document's order.
    pub indicators: Vec<BenchmarkIndicator>,
}

/// A country's eGovernment Benchmark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkView {
    /// ISO code.
    pub country: String,
    /// The groups, in the document's order.
    pub groups: Vec<BenchmarkGroup>,
}

/// The `<govlens-benchmark>` element: a bar chart per group, its table and its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkChart {
    /// ISO code.
    pub country: String,
    /// The country's name.
    pub name: String,
    /// Title, description, source and CSV.
    pub frame: Frame,
    /// Every indicator as a table.
    pub table: Table,
    /// Each group's name and bars.
    pub groups: Vec<(String, Bars)>,
    /// What the `+11` beside a bar's numbers is, for the legend; `None` where no bar has one.
    #[serde(default)]
    pub badges: Option<String>,
    /// The locale it is written in.
    #[serde(default)]
    pub lang: String,
    /// The language of the factsheet's own names (groups, indicators) where it is not `lang`.
    #[serde(default)]
    pub source_lang: Option<String>,
}

/// What a growth figure is measured since: `2016-2017` from its period `change since 2016-2017`.
fn since(growth: &Score) -> &str {
    growth.period.as_deref().and_then(|p| p.strip_prefix("change since ")).unwrap_or("the previous measurement")
}

impl Corpus {
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

    /// The `<govlens-benchmark>` element's charts of a country (see [`BenchmarkChart`]), in
    /// `locale`: the factsheet's own names (groups, indicators) stay in English.
    pub fn benchmark_chart(&self, country: Option<&str>, locale: Locale) -> Result<BenchmarkChart, Problem> {
        let w = words(locale);
        let n = |v: Option<f64>| locale.number(v);
        let country = country.ok_or_else(|| Problem::needs_country("govlens-benchmark"))?;
        let view = self.benchmark(country).map_err(Problem::unknown_country)?;
        let Some(first) = view.groups.first().and_then(|g| g.indicators.first()).map(|i| &i.score) else {
            return Err(Problem::new("No eGovernment Benchmark", format!("The corpus has no DPA factsheet with a benchmark for {}.", view.country)));
        };
        let name = self.name_in(&view.country, locale);
        let cite = self.cite(&first.provenance, first.year);
        // The factsheet's section, as the locator names it (`§1.4 eGovernment State of Play / ...`).
        let section = first.provenance.locator.split(" / ").next().unwrap_or_default();
        let period = first.period.clone().map(|p| fill(w.benchmark_measured, &[("period", &p)])).unwrap_or_default();
        let all: Vec<&Score> = view.groups.iter().flat_map(|g| g.indicators.iter().flat_map(|i| std::iter::once(&i.score).chain(i.growth.as_ref()))).collect();
        let description: Vec<String> = view
            .groups
            .iter()
            .map(|g| {
                let items: Vec<String> =
                    g.indicators.iter().map(|i| format!("{} {} (EU27+ {})", i.indicator, n(i.score.value), n(i.score.reference_value))).collect();
                format!("{}: {}", g.group, items.join(", "))
            })
            .collect();
        let frame = Frame {
            title: fill(w.benchmark_title, &[("name", &name)]),
            description: fill(w.benchmark_description, &[("name", &name), ("parts", &description.join("; "))]),
            source: format!("{} ({}), {section}, {}{period}", cite.title, cite.publisher, cite.document),
            csv: to_csv(&score_rows(all.iter().copied())),
            filename: format!("govlens-{}-egov-benchmark.csv", view.country.to_ascii_lowercase()),
        };
        let growth_cell = |i: &BenchmarkIndicator| {
            i.growth.as_ref().map(|gr| format!("{} ({})", locale.signed(gr.value), gr.period.as_deref().unwrap_or(w.change))).unwrap_or_else(|| "—".into())
        };
        let table = Table {
            caption: fill(w.benchmark_caption, &[("name", &name)]),
            head: vec![w.group.into(), w.indicator.into(), name.clone(), w.eu_average.into(), w.growth.into(), w.measured.into()],
            rows: view
                .groups
                .iter()
                .flat_map(|g| {
                    g.indicators.iter().map(move |i| {
                        vec![
                            g.group.clone(),
                            i.indicator.clone(),
                            n(i.score.value),
                            n(i.score.reference_value),
                            growth_cell(i),
                            i.score.period.clone().unwrap_or_default(),
                        ]
                    })
                })
                .collect(),
            row_header: 1,
        };
        let groups: Vec<(String, Bars)> = view
            .groups
            .iter()
            .map(|g| {
                let bars = g
                    .indicators
                    .iter()
                    .map(|i| Bar {
                        key: i.indicator.clone(),
                        label: i.indicator.clone(),
                        value: i.score.value,
                        reference: i.score.reference_value,
                        note: i.growth.as_ref().map(|gr| fill(w.since, &[("change", &locale.signed(gr.value)), ("period", since(gr))])),
                        badge: i.growth.as_ref().map(|gr| locale.signed(gr.value)),
                        source: self.cite(&i.score.provenance, i.score.year).line_in(locale),
                        flag: self.score_flag(&i.score, locale),
                        locale,
                    })
                    .collect();
                let label = fill(w.benchmark_bars, &[("group", &g.group), ("name", &name)]);
                (g.group.clone(), Bars { bars, subject: name.clone(), reference: w.eu_average.into(), label })
            })
            .collect();
        // The periods the growth figures are measured over, for the legend of their badges.
        let periods: std::collections::BTreeSet<&str> =
            view.groups.iter().flat_map(|g| g.indicators.iter().filter_map(|i| i.growth.as_ref())).map(since).collect();
        // Its first badge as the example (`+11`), so the legend shows what the chart shows.
        let example = groups.iter().flat_map(|(_, b)| &b.bars).find_map(|b| b.badge.clone());
        let badges = example.filter(|_| !periods.is_empty()).map(|e| {
            let periods = periods.into_iter().collect::<Vec<_>>().join(&format!(" {} ", w.or));
            fill(w.badges, &[("example", &e), ("periods", &periods)])
        });
        Ok(BenchmarkChart { country: view.country.clone(), name, frame, table, groups, badges, lang: locale.tag().into(), source_lang: locale.source_lang() })
    }
}
