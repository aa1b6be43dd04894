//! `<govlens-trend>`: one indicator over the years for one or more countries, as a line chart in
//! the manner of Our World in Data's (lines labelled at their end, the EU average or another
//! aggregate from the data as a dashed reference line), with its table, source line and CSV.
//! The geometry is decided here, in a fixed view box that the element scales.
use super::indicators::value_text;
use super::{Frame, Problem, Table};
use crate::export::{indicator_rows, to_csv};
use crate::format::{fixed, length, number, Locale};
use crate::i18n::{fill, words};
use crate::model::*;
use serde::{Deserialize, Serialize};

/// The view box: width and height.
pub const TREND_BOX: (f64, f64) = (640.0, 320.0);
const LEFT: f64 = 52.0;
const RIGHT: f64 = 150.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 30.0;

/// One point of a line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendPoint {
    /// The year.
    pub year: u16,
    /// The value written.
    pub value: String,
    /// Position in the view box.
    pub x: f64,
    /// Position in the view box.
    pub y: f64,
    /// `Denmark, 2022: 0.9717 (UN E-Government Survey 2022)`: the point's title.
    pub label: String,
}

/// One country's (or the reference's) line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendLine {
    /// ISO code or aggregate id.
    pub code: String,
    /// `Denmark`, `EU27 average`.
    pub name: String,
    /// An aggregate drawn as a dashed reference line.
    pub reference: bool,
    /// Which of the palette's colours (0-5), stable per position.
    pub colour: u8,
    /// The SVG path.
    pub path: String,
    /// The points.
    pub points: Vec<TrendPoint>,
    /// Where the end label goes, and what it says: `Denmark 0.98`.
    pub end: (f64, f64, String),
}

/// The trend chart as the element shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendView {
    /// The indicator's id.
    pub indicator: String,
    /// Title, description, source line, CSV.
    pub frame: Frame,
    /// The lines, countries first, the reference last.
    pub lines: Vec<TrendLine>,
    /// Year ticks: x and label.
    pub x_ticks: Vec<(f64, String)>,
    /// Value ticks: y and label.
    pub y_ticks: Vec<(f64, String)>,
    /// The chart's numbers as a table (a row per year, a column per line).
    pub table: Table,
    /// `Scale 0-1, higher is better.` and what is missing.
    pub note: String,
    /// The language of the dataset's own words (the indicator, an aggregate's name) where it is
    /// not the element's.
    #[serde(default)]
    pub source_lang: Option<String>,
}

/// Ticks at 1, 2 or 5 times a power of ten, about `n` of them, covering `lo..hi` (a map's class
/// breaks too).
pub(crate) fn nice_ticks(lo: f64, hi: f64, n: usize) -> (f64, f64, Vec<f64>) {
    let span = (hi - lo).max(1e-9);
    let raw = span / n as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * mag).find(|s| span / s <= n as f64).unwrap_or(10.0 * mag);
    let (a, b) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let ticks = (0..=((b - a) / step).round() as usize).map(|k| a + k as f64 * step).collect();
    (a, b, ticks)
}

/// How many decimals a tick of `step` needs to be written exactly (`0.2` one, `25` none).
pub(crate) fn decimals_of(step: f64) -> u32 {
    let mut d = 0;
    // Within a millionth of a whole number either way: a step found as a difference of ticks
    // (0.7 - 0.6) is a hair under 0.1.
    while d < 4 && {
        let x = step * 10f64.powi(d as i32);
        (x - x.round()).abs() > 1e-6
    } {
        d += 1;
    }
    d
}

impl Corpus {
    /// The trend of one indicator for `countries` (every year the data has), with the data's
    /// aggregate for it as a reference line where it has one (`reference` names it, else the
    /// first the data has; `none` leaves it out).
    pub fn trend_view(&self, indicator: Option<&str>, countries: &[&str], reference: Option<&str>) -> Result<TrendView, Problem> {
        self.trend_view_in(indicator, countries, reference, Locale::En)
    }

    /// The same in `locale`: the dataset's own words (the indicator's name, an aggregate's)
    /// stay in English.
    pub fn trend_view_in(&self, indicator: Option<&str>, countries: &[&str], reference: Option<&str>, locale: Locale) -> Result<TrendView, Problem> {
        let say = words(locale);
        let indicator =
            indicator.ok_or_else(|| Problem::new("govlens-trend needs an indicator", "Add an indicator attribute, e.g. indicator=\"un-egdi.egdi\"."))?;
        let ind_i = self.find_indicator(indicator)?;
        let ind = &self.indicators[ind_i as usize];
        if !ind.categories.is_empty() {
            return Err(Problem::new("Not a number", format!("{} is a category, not a number that has a trend", ind.label)));
        }
        if countries.is_empty() {
            return Err(Problem::new("govlens-trend needs countries", "Add a countries attribute with ISO codes, e.g. countries=\"DK,LU\"."));
        }
        let mut codes = Vec::new();
        for c in countries {
            // A country the datasets' register knows is a line (perhaps "no values"), even
            // where these records hold none of its values: a split folder's trend loads only
            // the series of the indicator's dataset.
            let upper = c.trim().to_ascii_uppercase();
            let code = match self.entity(&upper) {
                Some(e) if e.kind == EntityKind::Country => upper,
                _ => self.country(c).map_err(Problem::unknown_country)?,
            };
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        let aggregates: Vec<&Entity> = self.entities.iter().filter(|e| e.kind == EntityKind::Aggregate && self.series_of(&e.code, ind_i).len() > 1).collect();
        let reference = match reference.map(str::trim) {
            Some(r) if r.eq_ignore_ascii_case("none") => None,
            Some(r) if !r.is_empty() => Some(aggregates.iter().find(|e| e.code.eq_ignore_ascii_case(r)).map(|e| e.code.clone()).ok_or_else(|| {
                let have: Vec<&str> = aggregates.iter().map(|e| e.code.as_str()).collect();
                Problem::new(
                    "Unknown reference",
                    format!("no aggregate '{r}' with values of {}; the data has: {}", ind.short, if have.is_empty() { "none".into() } else { have.join(", ") }),
                )
            })?),
            _ => aggregates.first().map(|e| e.code.clone()),
        };
        let mut wanted: Vec<(String, bool)> = codes.iter().map(|c| (c.clone(), false)).collect();
        wanted.extend(reference.iter().map(|r| (r.clone(), true)));
        let series: Vec<(String, bool, Vec<&Observation>)> = wanted
            .into_iter()
            .map(|(c, r)| {
                let s = self.series_of(&c, ind_i);
                (c, r, s)
            })
            .collect();
        let missing: Vec<String> = series.iter().filter(|(_, _, s)| s.is_empty()).map(|(c, _, _)| self.name_in(c, locale)).collect();
        let all: Vec<&Observation> = series.iter().flat_map(|(_, _, s)| s.iter().copied()).collect();
        if all.is_empty() {
            return Err(Problem::new("No values", format!("no value of {} for {}", ind.short, codes.join(", "))));
        }
        let (y0, y1) = (all.iter().map(|o| o.year).min().unwrap_or(0), all.iter().map(|o| o.year).max().unwrap_or(0));
        let (mut lo, hi) = all.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), o| (a.min(o.value), b.max(o.value)));
        if lo >= 0.0 && ind.scale.starts_with("0-") {
            lo = 0.0;
        }
        let (lo, hi, ticks) = nice_ticks(lo, hi, 5);
        let (w, h) = TREND_BOX;
        let x_of = |year: u16| if y1 > y0 { LEFT + f64::from(year - y0) / f64::from(y1 - y0) * (w - LEFT - RIGHT) } else { LEFT + (w - LEFT - RIGHT) / 2.0 };
        let y_of = |v: f64| TOP + (hi - v) / (hi - lo).max(1e-9) * (h - TOP - BOTTOM);
        let step = if ticks.len() > 1 { ticks[1] - ticks[0] } else { 1.0 };
        let y_ticks = ticks.iter().map(|&t| (y_of(t), locale.text(&fixed(t, decimals_of(step))))).collect();
        let mut years: Vec<u16> = all.iter().map(|o| o.year).collect();
        years.sort_unstable();
        years.dedup();
        // Year ticks: every year when few, else about six evenly.
        let every = years.len().div_ceil(6).max(1);
        let x_ticks = years.iter().enumerate().filter(|(i, _)| i % every == 0 || *i == years.len() - 1).map(|(_, &y)| (x_of(y), y.to_string())).collect();
        let mut lines: Vec<TrendLine> = series
            .iter()
            .enumerate()
            .filter(|(_, (_, _, s))| !s.is_empty())
            .map(|(k, (code, reference, s))| {
                let name = self.name_in(code, locale);
                let points: Vec<TrendPoint> = s
                    .iter()
                    .map(|o| {
                        let value = locale.text(&value_text(ind, o.value));
                        TrendPoint {
                            year: o.year,
                            label: format!("{name}, {}: {value} ({})", o.year, self.data_source_short(&o.cell)),
                            value,
                            x: x_of(o.year),
                            y: y_of(o.value),
                        }
                    })
                    .collect();
                let path = points
                    .iter()
                    .enumerate()
                    .map(|(i, p)| format!("{}{} {}", if i == 0 { "M" } else { "L" }, length(p.x), length(p.y)))
                    .collect::<Vec<_>>()
                    .join(" ");
                let last = &points[points.len() - 1];
                TrendLine {
                    code: code.clone(),
                    reference: *reference,
                    colour: (k % 6) as u8,
                    path,
                    end: (last.x + 6.0, last.y, format!("{name} {}", last.value)),
                    name,
                    points,
                }
            })
            .collect();
        // End labels apart by at least 12 units, top to bottom.
        let mut order: Vec<usize> = (0..lines.len()).collect();
        order.sort_by(|&a, &b| lines[a].end.1.total_cmp(&lines[b].end.1));
        let mut floor = f64::NEG_INFINITY;
        for i in order {
            let y = lines[i].end.1.max(floor + 12.0);
            lines[i].end.1 = y;
            floor = y;
        }
        let head: Vec<String> = std::iter::once(say.year.to_string()).chain(lines.iter().map(|l| l.name.clone())).collect();
        let rows = years
            .iter()
            .map(|&y| {
                std::iter::once(y.to_string())
                    .chain(lines.iter().map(|l| l.points.iter().find(|p| p.year == y).map(|p| p.value.clone()).unwrap_or_else(|| "–".into())))
                    .collect()
            })
            .collect();
        let names: Vec<String> = lines.iter().filter(|l| !l.reference).map(|l| l.name.clone()).collect();
        let label = if ind.label.contains(&ind.short) { ind.label.clone() } else { format!("{} ({})", ind.label, ind.short) };
        let change = |l: &TrendLine| {
            let (a, b) = (&l.points[0], &l.points[l.points.len() - 1]);
            fill(say.trend_change, &[("name", &l.name), ("from", &a.value), ("y0", &a.year.to_string()), ("to", &b.value), ("y1", &b.year.to_string())])
        };
        let title = match lines.iter().filter(|l| !l.reference).collect::<Vec<_>>().as_slice() {
            [one] => {
                let (a, b) = (one.points[0].year, one.points[one.points.len() - 1].year);
                let s = &series.iter().find(|(c, _, _)| *c == one.code).map(|(_, _, s)| s.clone()).unwrap_or_default();
                let rose = s.last().map(|o| o.value).unwrap_or(0.0) >= s.first().map(|o| o.value).unwrap_or(0.0);
                let better = rose == ind.higher_is_better;
                fill(
                    say.trend_title_one,
                    &[
                        ("name", &one.name),
                        ("indicator", &ind.short),
                        ("change", if better { say.improved } else { say.declined }),
                        ("from", &a.to_string()),
                        ("to", &b.to_string()),
                    ],
                )
            }
            _ => format!("{label}, {y0}-{y1}: {}", names.join(", ")),
        };
        let dataset = self.dataset_of(ind);
        let mut editions: Vec<String> = all.iter().map(|o| self.data_source_short(&o.cell)).collect();
        editions.sort();
        editions.dedup();
        let editions = if editions.len() > 3 { format!("{}, {} editions {y0}-{y1}", dataset.cite, editions.len()) } else { editions.join("; ") };
        let source = format!("{editions} ({}), {}; {}", dataset.publisher, dataset.url, dataset.licence);
        let changes = lines.iter().map(change).collect::<Vec<_>>().join("; ");
        let description = fill(say.trend_description, &[("label", &label), ("y0", &y0.to_string()), ("y1", &y1.to_string()), ("changes", &changes)]);
        let csv = to_csv(&indicator_rows(self, all.iter().copied(), number));
        let filename = format!("govlens-{}-{}.csv", ind.id.replace('.', "-"), codes.join("-").to_lowercase());
        let mut note = fill(say.scale, &[("scale", &ind.scale), ("better", if ind.higher_is_better { say.higher } else { say.lower })]);
        if let Some(r) = lines.iter().find(|l| l.reference) {
            note.push_str(&fill(say.dashed, &[("name", &r.name)]));
        }
        if !missing.is_empty() {
            note.push_str(&fill(say.no_values_for, &[("names", &missing.join(", "))]));
        }
        Ok(TrendView {
            indicator: ind.id.clone(),
            frame: Frame { title, description, source, csv, filename },
            lines,
            x_ticks,
            y_ticks,
            table: Table { caption: fill(say.by_year, &[("metric", &label)]), head, rows, row_header: 0 },
            note,
            source_lang: locale.source_lang(),
        })
    }
}
