//! `<govlens-ranking>` and `govlens rank`: the countries ranked on one indicator and year, ties
//! sharing a rank, a host-chosen country highlighted, filtered by UN M49 region or sub-region,
//! with its table, source line and CSV.
use super::indicators::value_text;
use super::{Frame, Problem, Table};
use crate::export::{indicator_rows, to_csv};
use crate::format::{number, Locale};
use crate::i18n::{fill, ordinal, words};
use crate::model::*;
use serde::{Deserialize, Serialize};

/// One country's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankingRow {
    /// `1`, `=26` for a shared rank.
    pub rank: String,
    /// Its rank among all countries when a region is chosen (`world rank 45`).
    pub world_rank: Option<String>,
    /// ISO code.
    pub code: String,
    /// The country's name.
    pub name: String,
    /// The value written.
    pub value: String,
    /// The value as a number (a map's colour class).
    pub number: f64,
    /// The bar's length, 0-100 (the best value of the set is 100; a scale with negatives starts
    /// at the lowest).
    pub bar: f64,
    /// The host asked to highlight it.
    pub highlighted: bool,
    /// `UN E-Government Survey 2024, for 2024`.
    pub cite_short: String,
    /// The whole citation with the cell.
    pub cite_full: String,
}

/// A ranking as the element and the command show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankingView {
    /// The indicator's id.
    pub indicator: String,
    /// The year shown.
    pub year: u16,
    /// Every year the indicator has, for the year picker.
    pub years: Vec<u16>,
    /// The region shown, if one was chosen.
    pub region: Option<String>,
    /// The regions and sub-regions with countries in this ranking, for the picker.
    pub regions: Vec<String>,
    /// Title, description, source line, CSV.
    pub frame: Frame,
    /// `Scale 0-1, higher is better. Ties share a rank (=26).`
    pub note: String,
    /// Best first.
    pub rows: Vec<RankingRow>,
    /// The highlighted country's row, described: `Luxembourg: rank 45 of 193 (0.8466)`.
    pub highlight: Option<String>,
    /// The rows as a table (rank, country, value, source), for "Show as table".
    pub table: Table,
    /// The pickers' words.
    pub labels: RankingLabels,
    /// The language of the dataset's own words (the indicator, the UN regions) where it is not
    /// the element's.
    #[serde(default)]
    pub source_lang: Option<String>,
}

/// The words of the ranking's pickers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankingLabels {
    /// `Year`.
    pub year: String,
    /// `Region`.
    pub region: String,
    /// `All countries`: no region chosen.
    pub all_regions: String,
}

impl Default for RankingLabels {
    fn default() -> RankingLabels {
        RankingLabels::of(Locale::En)
    }
}

impl RankingLabels {
    /// The words in `locale`.
    pub fn of(locale: Locale) -> RankingLabels {
        let w = words(locale);
        RankingLabels { year: w.year.into(), region: w.region.into(), all_regions: w.all_countries.into() }
    }
}

/// The element's `year` attribute: absent or empty for the latest year, else a year; anything
/// else is a problem that says so.
pub fn year_attribute(attr: Option<&str>) -> Result<Option<u16>, Problem> {
    match attr.map(str::trim) {
        None | Some("") => Ok(None),
        Some(y) => y.parse::<u16>().map(Some).map_err(|_| Problem::new("Unknown year", format!("year=\"{y}\" is not a year"))),
    }
}

impl Corpus {
    /// An indicator named by its id (`un-egdi.egdi`), its own id when no other dataset has it
    /// (`egdi`), or its short name (`EGDI`), case-insensitively.
    pub fn find_indicator(&self, name: &str) -> Result<u16, Problem> {
        let n = name.trim();
        let exact = self.indicators.iter().position(|i| i.id.eq_ignore_ascii_case(n));
        let by = |f: &dyn Fn(&Indicator) -> bool| {
            let hits: Vec<usize> = self.indicators.iter().enumerate().filter(|(_, i)| f(i)).map(|(k, _)| k).collect();
            (hits.len() == 1).then(|| hits[0])
        };
        exact
            .or_else(|| by(&|i| i.id.split_once('.').is_some_and(|(_, own)| own.eq_ignore_ascii_case(n))))
            .or_else(|| by(&|i| i.short.eq_ignore_ascii_case(n)))
            .map(|k| k as u16)
            .ok_or_else(|| {
                if self.indicators.is_empty() {
                    Problem::new(
                        "No datasets",
                        "This corpus was built from the documents alone: rebuild it with the data directory (GOVLENS_DATA) to rank countries.",
                    )
                } else {
                    let headlines: Vec<&str> = self.indicators.iter().filter(|i| i.headline && i.ranked).map(|i| i.id.as_str()).collect();
                    Problem::new("Unknown indicator", format!("no indicator '{n}'; headline indicators: {}", headlines.join(", ")))
                }
            })
    }

    /// The ranking of one indicator (latest year unless `year` is given), within a UN M49
    /// region or sub-region if one is given, with `highlight` marked.
    pub fn ranking_view(&self, indicator: Option<&str>, year: Option<u16>, region: Option<&str>, highlight: Option<&str>) -> Result<RankingView, Problem> {
        self.ranking_view_in(indicator, year, region, highlight, Locale::En)
    }

    /// The same in `locale`: the dataset's own words (the indicator's name, the UN regions)
    /// stay in English.
    pub fn ranking_view_in(
        &self,
        indicator: Option<&str>,
        year: Option<u16>,
        region: Option<&str>,
        highlight: Option<&str>,
        locale: Locale,
    ) -> Result<RankingView, Problem> {
        let w = words(locale);
        let indicator =
            indicator.ok_or_else(|| Problem::new("govlens-ranking needs an indicator", "Add an indicator attribute, e.g. indicator=\"un-egdi.egdi\"."))?;
        let ind_i = self.find_indicator(indicator)?;
        let ind = &self.indicators[ind_i as usize];
        if !ind.ranked {
            return Err(Problem::new(
                "Not ranked",
                format!("{} is not ranked: it is {}", ind.label, if ind.categories.is_empty() { "a rank already" } else { "a category" }),
            ));
        }
        let years = self.years_of(ind_i);
        let year = match year {
            Some(y) if years.contains(&y) => y,
            Some(y) => {
                let list: Vec<String> = years.iter().map(u16::to_string).collect();
                return Err(Problem::new("Unknown year", format!("{} has no values for {y}; years: {}", ind.short, list.join(", "))));
            }
            None => *years.last().ok_or_else(|| Problem::new("No values", format!("{} has no values in this corpus", ind.label)))?,
        };
        let world = self.ranking_of(ind_i, year);
        let region_of = |code: &str| self.entity(code).map(|e| (e.region.clone(), e.subregion.clone())).unwrap_or_default();
        let mut regions: Vec<String> = world
            .iter()
            .flat_map(|r| {
                let (a, b) = region_of(&r.observation.entity);
                [a, b]
            })
            .flatten()
            .collect();
        regions.sort();
        regions.dedup();
        let region =
            match region {
                Some(r) if !r.trim().is_empty() => Some(regions.iter().find(|x| x.eq_ignore_ascii_case(r.trim())).cloned().ok_or_else(|| {
                    Problem::new("Unknown region", format!("no region '{r}' among this ranking's countries; regions: {}", regions.join(", ")))
                })?),
                _ => None,
            };
        let in_region = |code: &str| match &region {
            Some(r) => {
                let (a, b) = region_of(code);
                a.as_deref() == Some(r.as_str()) || b.as_deref() == Some(r.as_str())
            }
            None => true,
        };
        let shown: Vec<&Observation> = world.iter().map(|r| r.observation).filter(|o| in_region(&o.entity)).collect();
        // Ranks within the region, by the rule of the world's ranks (ties share, the next skips).
        let ranked: Vec<(Rank, &Observation)> = crate::indicators::ranks(ind, &shown).into_iter().map(|(k, r)| (r, shown[k])).collect();
        let highlight = highlight.map(|h| h.trim().to_ascii_uppercase()).filter(|h| !h.is_empty());
        let (lo, hi) = shown.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), o| (lo.min(o.value), hi.max(o.value)));
        let base = if lo < 0.0 { lo } else { 0.0 };
        let span = if hi > base { hi - base } else { 1.0 };
        let world_rank = |o: &Observation| world.iter().find(|r| r.observation.entity == o.entity).map(|r| r.rank);
        let rows: Vec<RankingRow> = ranked
            .iter()
            .map(|(r, o)| RankingRow {
                rank: format!("{}{}", if r.tied { "=" } else { "" }, r.rank),
                world_rank: region
                    .as_ref()
                    .and_then(|_| world_rank(o))
                    .map(|r| fill(w.world_rank, &[("rank", &ordinal(&format!("{}{}", if r.tied { "=" } else { "" }, r.rank), locale))])),
                code: o.entity.clone(),
                name: self.name_in(&o.entity, locale),
                value: locale.text(&value_text(ind, o.value)),
                number: o.value,
                bar: ((o.value - base) / span * 100.0).clamp(0.0, 100.0),
                highlighted: highlight.as_deref() == Some(o.entity.as_str()),
                cite_short: fill(w.cite_for, &[("cite", &self.data_source_short(&o.cell)), ("year", &year.to_string())]),
                cite_full: self.data_source_full(&o.cell, year),
            })
            .collect();
        let place = region.as_deref().map(|r| fill(w.in_place, &[("region", r)])).unwrap_or_default();
        let (year_s, n_s) = (year.to_string(), rows.len().to_string());
        let label = if ind.label.contains(&ind.short) { ind.label.clone() } else { format!("{} ({})", ind.label, ind.short) };
        let lead = highlight.as_deref().and_then(|h| rows.iter().find(|r| r.code == h));
        let title = match (lead, rows.first()) {
            (Some(l), _) => fill(
                w.rank_title_lead,
                &[
                    ("label", &label),
                    ("year", &year_s),
                    ("name", &l.name),
                    ("rank", &ordinal(l.rank.trim_start_matches('='), locale)),
                    ("n", &n_s),
                    ("place", &place),
                ],
            ),
            (None, Some(top)) => fill(w.rank_title_top, &[("label", &label), ("year", &year_s), ("name", &top.name), ("n", &n_s), ("place", &place)]),
            (None, None) => format!("{label}, {year}{place}"),
        };
        let highlight_text = match (&highlight, lead) {
            (Some(_), Some(l)) => Some(fill(
                w.rank_highlight,
                &[("name", &l.name), ("rank", &ordinal(l.rank.trim_start_matches('='), locale)), ("n", &n_s), ("place", &place), ("value", &l.value)],
            )),
            (Some(h), None) => Some(match (&region, world.iter().any(|r| r.observation.entity == *h)) {
                (Some(r), true) => {
                    let (a, b) = region_of(h);
                    let theirs = b.or(a).unwrap_or_else(|| "no UN region".into());
                    fill(w.not_in_region, &[("name", &self.name_in(h, locale)), ("region", &theirs), ("chosen", r)])
                }
                _ => fill(w.no_value_in, &[("name", &self.name_in(h, locale)), ("indicator", &ind.short), ("year", &year_s)]),
            }),
            _ => None,
        };
        let dataset = self.dataset_of(ind);
        let editions: Vec<String> = {
            let mut e: Vec<String> = shown.iter().map(|o| self.data_source_short(&o.cell)).collect();
            e.sort();
            e.dedup();
            e
        };
        let list = rows.iter().take(10).map(|r| format!("{} {} {}", r.rank, r.name, r.value)).collect::<Vec<_>>().join(", ");
        let description = fill(w.rank_description, &[("n", &n_s), ("place", &place), ("indicator", &ind.short), ("year", &year_s), ("list", &list)])
            + if rows.len() > 10 { w.table_lists } else { "" };
        let csv = to_csv(&indicator_rows(self, shown.iter().copied(), number));
        let filename = format!(
            "govlens-{}-{year}{}.csv",
            ind.id.replace('.', "-"),
            region.as_deref().map(|r| format!("-{}", r.to_lowercase().replace(' ', "-"))).unwrap_or_default()
        );
        let title_for_table = title.clone();
        Ok(RankingView {
            indicator: ind.id.clone(),
            year,
            years,
            region,
            regions,
            frame: Frame {
                title,
                description,
                source: format!("{} ({}), {}; {}", editions.join("; "), dataset.publisher, dataset.url, dataset.licence),
                csv,
                filename,
            },
            note: fill(w.scale_ranked, &[("scale", &ind.scale), ("better", if ind.higher_is_better { w.higher } else { w.lower })]),
            table: Table {
                caption: title_for_table,
                head: vec![w.rank_head.into(), w.country.into(), w.value.into(), w.source.into()],
                rows: rows.iter().map(|r| vec![r.rank.clone(), r.name.clone(), r.value.clone(), r.cite_short.clone()]).collect(),
                row_header: 1,
            },
            labels: RankingLabels::of(locale),
            source_lang: locale.source_lang(),
            rows,
            highlight: highlight_text,
        })
    }
}
