//! EUROPAM for one country: the five headline scores against the European average and each
//! dimension's sub-metrics over the years ([`EuropamView`]), and the charts the embed draws of
//! them, every text written ([`EuropamChart`]).
use super::{Bar, Bars, Frame, Problem, Table};
use crate::export::{score_rows, to_csv};
use crate::format::Locale;
use crate::i18n::{fill, words};
use crate::model::*;
use crate::query::{QueryError, Series, SeriesPoint};
use serde::{Deserialize, Serialize};

/// One dimension of EUROPAM: its headline and its sub-metrics over the years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionView {
    /// `Political Financing`.
    pub dimension: String,
    /// The dimension's headline score.
    pub headline: Option<Score>,
    /// The primary sub-metrics, one series each.
    pub primary: Vec<Series>,
    /// The alternative metrics, one per type of official.
    pub alternative: Vec<Series>,
    /// Every score of the dimension, for the table and the CSV.
    pub scores: Vec<Score>,
}

/// A country's EUROPAM scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EuropamView {
    /// ISO code.
    pub country: String,
    /// The headline score of each dimension.
    pub headlines: Vec<Score>,
    /// Each dimension with its series.
    pub dimensions: Vec<DimensionView>,
    /// The years the series cover, ascending.
    pub years: Vec<u16>,
}

impl Corpus {
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
                let points = SeriesPoint::of_all(in_dim.iter().copied().filter(|s| s.kind == kind && s.metric.as_deref() == Some(m)));
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

    /// The `<govlens-scores>` element's charts of a country (see [`EuropamChart`]), in
    /// `locale`: EUROPAM's own names (its dimensions and metrics) stay in English.
    pub fn europam_chart(&self, country: Option<&str>, locale: Locale) -> Result<EuropamChart, Problem> {
        let w = words(locale);
        let country = country.ok_or_else(|| Problem::needs_country("govlens-scores"))?;
        let view = self.europam(country).map_err(Problem::unknown_country)?;
        if view.headlines.is_empty() {
            return Err(Problem::new("No EUROPAM scores", format!("The corpus has no EUROPAM page for {}.", view.country)));
        }
        let name = self.name_in(&view.country, locale);
        let n = |v: Option<f64>| locale.number(v);
        let source = match view.headlines.first() {
            Some(s) => {
                let cite = self.cite(&s.provenance, s.year);
                let years: Vec<String> = view.years.iter().map(|y| y.to_string()).collect();
                fill(w.europam_source, &[("title", &cite.title), ("publisher", &cite.publisher), ("document", &cite.document), ("years", &years.join(", "))])
            }
            None => "EUROPAM".into(),
        };
        let parts: Vec<String> =
            view.headlines.iter().map(|s| format!("{} {} ({} {})", s.dimension, n(s.value), w.europe_average_in, n(s.reference_value))).collect();
        let frame = Frame {
            title: fill(w.europam_title, &[("name", &name)]),
            description: fill(w.europam_description, &[("name", &name), ("parts", &parts.join("; "))]),
            source,
            csv: to_csv(&score_rows(&view.headlines)),
            filename: format!("govlens-{}-europam.csv", view.country.to_ascii_lowercase()),
        };
        let table = Table {
            caption: fill(w.europam_caption, &[("name", &name)]),
            head: vec![w.dimension.into(), name.clone(), w.europe_average.into(), w.year.into()],
            rows: view
                .headlines
                .iter()
                .map(|s| {
                    let year = s.year.map(|y| y.to_string()).unwrap_or_else(|| w.not_given.into());
                    vec![s.dimension.clone(), n(s.value), n(s.reference_value), year]
                })
                .collect(),
            row_header: 0,
        };
        let bars = Bars {
            bars: view
                .headlines
                .iter()
                .map(|s| Bar {
                    key: s.dimension.clone(),
                    label: s.dimension.clone(),
                    value: s.value,
                    reference: s.reference_value,
                    note: None,
                    badge: None,
                    source: self.cite(&s.provenance, s.year).line_in(locale),
                    flag: self.score_flag(s, locale),
                    locale,
                })
                .collect(),
            subject: name.clone(),
            reference: w.europe_average.into(),
            label: fill(w.europam_bars, &[("name", &name)]),
        };
        let dimensions = view.dimensions.iter().map(|d| self.dimension_chart(&view, d, &name, locale)).collect();
        Ok(EuropamChart {
            country: view.country.clone(),
            name,
            frame,
            table,
            bars,
            dimensions,
            choose: w.choose.into(),
            none: w.choose_none.into(),
            lang: locale.tag().into(),
            source_lang: locale.source_lang(),
        })
    }

    fn dimension_chart(&self, view: &EuropamView, d: &DimensionView, name: &str, locale: Locale) -> DimensionChart {
        let w = words(locale);
        let n = |v: Option<f64>| locale.number(v);
        let first = view.years.first().copied().unwrap_or_default();
        let last = view.years.last().copied().unwrap_or_default();
        let (first_s, last_s) = (first.to_string(), last.to_string());
        let source = d
            .scores
            .first()
            .map(|s| {
                let cite = self.cite(&s.provenance, None);
                fill(
                    w.sub_source,
                    &[
                        ("title", &cite.title),
                        ("publisher", &cite.publisher),
                        ("document", &cite.document),
                        ("dimension", &d.dimension),
                        ("first", &first_s),
                        ("last", &last_s),
                    ],
                )
            })
            .unwrap_or_default();
        let summary: Vec<String> = d
            .primary
            .iter()
            .chain(&d.alternative)
            .map(|s| {
                let pts: Vec<String> = s.points.iter().filter_map(|p| Some(format!("{} {}", p.year?, n(p.value)))).collect();
                format!("{}: {}", s.metric, pts.join(", "))
            })
            .collect();
        let rows = d.primary.iter().map(|s| (w.primary, s)).chain(d.alternative.iter().map(|s| (w.by_official, s)));
        let table = Table {
            caption: fill(w.sub_caption, &[("dimension", &d.dimension)]),
            head: [w.metric.to_string(), w.kind.into()]
                .into_iter()
                .chain(view.years.iter().map(|y| y.to_string()))
                .chain([w.year_not_established.into()])
                .collect(),
            rows: rows
                .map(|(kind, s)| {
                    let at = |y: u16| s.points.iter().find(|p| p.year == Some(y)).map(|p| n(p.value)).unwrap_or_else(|| "—".into());
                    let undated: Vec<String> = s.points.iter().filter(|p| p.year.is_none()).map(|p| n(p.value)).collect();
                    [s.metric.clone(), kind.into()].into_iter().chain(view.years.iter().map(|&y| at(y))).chain([undated.join(", ")]).collect()
                })
                .collect(),
            row_header: 0,
        };
        let frame = Frame {
            title: fill(w.sub_title, &[("dimension", &d.dimension), ("first", &first_s), ("last", &last_s)]),
            description: fill(
                w.sub_description,
                &[("name", name), ("dimension", &d.dimension), ("first", &first_s), ("last", &last_s), ("summary", &summary.join("; "))],
            ),
            csv: to_csv(&score_rows(&d.scores)),
            filename: format!("govlens-{}-europam-{}.csv", view.country.to_ascii_lowercase(), d.dimension.to_ascii_lowercase().replace(' ', "-")),
            source: source.clone(),
        };
        let series = |s: &Series| SeriesChart::new(s, &source, locale);
        DimensionChart {
            dimension: d.dimension.clone(),
            frame,
            table,
            primary: d.primary.iter().map(series).collect(),
            alternative: d.alternative.iter().map(series).collect(),
            alternative_heading: w.alternative_heading.into(),
            years: view.years.clone(),
        }
    }
}

/// The `<govlens-scores>` element: the headline bars, their table, and a chart per dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EuropamChart {
    /// ISO code.
    pub country: String,
    /// The country's name.
    pub name: String,
    /// Title, description, source and CSV of the headline chart.
    pub frame: Frame,
    /// The headline scores as a table.
    pub table: Table,
    /// The headline bars.
    pub bars: Bars,
    /// Each dimension's sub-metrics.
    pub dimensions: Vec<DimensionChart>,
    /// The label of the dimension chooser: `Sub-metrics of `.
    pub choose: String,
    /// The chooser's empty choice: `choose a dimension`.
    pub none: String,
    /// The locale it is written in.
    #[serde(default)]
    pub lang: String,
    /// The language of EUROPAM's own names (dimensions, metrics) where it is not `lang`.
    #[serde(default)]
    pub source_lang: Option<String>,
}

impl EuropamChart {
    /// The dimension a reader or the `dimension` attribute asks for (case-insensitive): none
    /// asked, one found, or a problem naming the dimensions there are.
    pub fn chosen(&self, want: Option<&str>) -> Result<Option<&DimensionChart>, Problem> {
        let Some(want) = want else { return Ok(None) };
        match self.dimensions.iter().find(|d| d.dimension.eq_ignore_ascii_case(want)) {
            Some(d) => Ok(Some(d)),
            None => {
                let names: Vec<&str> = self.dimensions.iter().map(|d| d.dimension.as_str()).collect();
                Err(Problem::new("Unknown dimension", format!("There is no EUROPAM dimension '{want}'; choose one of {}.", names.join(", "))))
            }
        }
    }
}

/// One EUROPAM dimension's sub-metrics over the years, a small chart per metric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionChart {
    /// `Political Financing`.
    pub dimension: String,
    /// Title, description, source and CSV.
    pub frame: Frame,
    /// The sub-metrics by year as a table.
    pub table: Table,
    /// The primary metrics.
    pub primary: Vec<SeriesChart>,
    /// The alternative metrics, per type of official.
    pub alternative: Vec<SeriesChart>,
    /// The heading above the alternative metrics.
    pub alternative_heading: String,
    /// The x axis: the years of all the dimension's series.
    pub years: Vec<u16>,
}

/// One point of a series chart, with what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PointText {
    /// `None` where the document does not establish it: listed under the chart, not plotted.
    pub year: Option<u16>,
    /// The value; `None` where not established.
    pub value: Option<f64>,
    /// The value as written above its dot.
    pub text: String,
    /// The dot's accessible name: `Ministers, 2020: 53`.
    pub label: String,
    /// The line shown when the dot has focus, with the source.
    pub detail: String,
}

/// One metric over the years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesChart {
    /// The metric's name, the chart's title.
    pub metric: String,
    /// The chart's accessible name: `Ministers by year`.
    pub label: String,
    /// Every point, in reading order.
    pub points: Vec<PointText>,
    /// The values whose year is not established, with their candidate years.
    pub undated: Vec<String>,
}

impl SeriesChart {
    fn new(s: &Series, source: &str, locale: Locale) -> SeriesChart {
        let w = words(locale);
        let metric = &s.metric;
        let points = s
            .points
            .iter()
            .map(|p| {
                let year = p.year.map(|y| y.to_string()).unwrap_or_default();
                let text = locale.number(p.value);
                PointText {
                    year: p.year,
                    value: p.value,
                    label: format!("{metric}, {year}: {text}"),
                    detail: format!("{metric}, {year}: {text} — {source}"),
                    text,
                }
            })
            .collect();
        let undated = s
            .points
            .iter()
            .filter(|p| p.year.is_none())
            .map(|p| {
                let years: Vec<String> = p.year_candidates.iter().map(|y| y.to_string()).collect();
                fill(w.undated, &[("value", &locale.number(p.value)), ("years", &years.join(", "))])
            })
            .collect();
        SeriesChart { metric: metric.clone(), label: fill(w.by_year, &[("metric", metric)]), points, undated }
    }
}
