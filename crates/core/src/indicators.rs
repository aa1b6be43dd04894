//! Queries over the datasets' values: an indicator by id, a country's values, a ranking of one
//! indicator and year (ties share a rank), a series over the years, and where each value was read.
use crate::model::*;

/// A country's place in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct RankRow<'a> {
    /// The value.
    pub observation: &'a Observation,
    /// Its rank among the countries with a value.
    pub rank: Rank,
}

impl Corpus {
    /// An indicator by its id (`un-egdi.egdi`), with its index.
    pub fn indicator(&self, id: &str) -> Option<(u16, &Indicator)> {
        self.indicators.iter().position(|i| i.id == id).map(|i| (i as u16, &self.indicators[i]))
    }

    /// The dataset an indicator belongs to.
    pub fn dataset_of(&self, indicator: &Indicator) -> &Dataset {
        &self.datasets[indicator.dataset as usize]
    }

    /// Whether a code is an aggregate (EU27 average), not a country.
    pub fn is_aggregate(&self, code: &str) -> bool {
        self.entity(code).is_some_and(|e| e.kind == EntityKind::Aggregate)
    }

    /// Every value of an entity, in corpus order.
    pub fn values_of<'a>(&'a self, entity: &'a str) -> impl Iterator<Item = &'a Observation> + 'a {
        self.observations.iter().filter(move |o| o.entity == entity)
    }

    /// The years an indicator has values for, ascending.
    pub fn years_of(&self, indicator: u16) -> Vec<u16> {
        let mut years: Vec<u16> = self.observations.iter().filter(|o| o.indicator == indicator).map(|o| o.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The countries' values of one indicator and year, best first, each with its rank: ties
    /// share the rank and the next rank skips (1, 2, 2, 4). Aggregates are not ranked; a
    /// category indicator (GovTech group) is listed by category with rank 0.
    pub fn ranking_of(&self, indicator: u16, year: u16) -> Vec<RankRow<'_>> {
        let rows: Vec<&Observation> =
            self.observations.iter().filter(|o| o.indicator == indicator && o.year == year && !self.is_aggregate(&o.entity)).collect();
        let ranks = ranks(&self.indicators[indicator as usize], &rows);
        ranks.into_iter().map(|(k, rank)| RankRow { observation: rows[k], rank }).collect()
    }

    /// Sets every country observation's [`Observation::standing`]: its rank among the countries
    /// with a value of the same indicator and year.
    pub fn assign_standings(&mut self) {
        let mut groups: std::collections::BTreeMap<(u16, u16), Vec<usize>> = std::collections::BTreeMap::new();
        for (i, o) in self.observations.iter().enumerate() {
            if !self.is_aggregate(&o.entity) && self.indicators[o.indicator as usize].categories.is_empty() {
                groups.entry((o.indicator, o.year)).or_default().push(i);
            }
        }
        let mut standings: Vec<(usize, Rank)> = Vec::new();
        for ((indicator, _), idx) in groups {
            let rows: Vec<&Observation> = idx.iter().map(|&i| &self.observations[i]).collect();
            standings.extend(ranks(&self.indicators[indicator as usize], &rows).into_iter().map(|(k, rank)| (idx[k], rank)));
        }
        for (i, rank) in standings {
            self.observations[i].standing = Some(rank);
        }
    }

    /// An entity's rank on one indicator and year: the one assigned at build time, else
    /// computed from the values at hand.
    pub fn rank_in(&self, entity: &str, indicator: u16, year: u16) -> Option<Rank> {
        let o = self.observations.iter().find(|o| o.entity == entity && o.indicator == indicator && o.year == year)?;
        o.standing.or_else(|| self.ranking_of(indicator, year).into_iter().find(|r| r.observation.entity == entity).map(|r| r.rank))
    }

    /// An entity's values of one indicator, by year ascending.
    pub fn series_of(&self, entity: &str, indicator: u16) -> Vec<&Observation> {
        let mut v: Vec<&Observation> = self.observations.iter().filter(|o| o.entity == entity && o.indicator == indicator).collect();
        v.sort_by_key(|o| o.year);
        v
    }

    /// A cell as a reader finds it again: `un_egdi_2003_2022/EGOV_DATA_2022.csv, row 27, column
    /// "E-Government Index"` (with the sheet for a workbook, the table for a database).
    pub fn cell_text(&self, cell: &Cell) -> String {
        let Some(f) = self.data_files.get(cell.file as usize) else {
            return format!("file {} (not in this corpus), row {}", cell.file, cell.row);
        };
        let column = f.columns.get(cell.column as usize).map(String::as_str).unwrap_or("?");
        let row = if f.path.ends_with(".db") { "rowid" } else { "row" };
        match &f.sheet {
            Some(sheet) => {
                format!("{}, {} '{sheet}', {row} {}, column \"{column}\"", f.path, if f.path.ends_with(".db") { "table" } else { "sheet" }, cell.row)
            }
            None => format!("{}, {row} {}, column \"{column}\"", f.path, cell.row),
        }
    }

    /// A value's source in short: `UN E-Government Survey 2022` (dataset and edition).
    pub fn data_source_short(&self, cell: &Cell) -> String {
        match self.data_files.get(cell.file as usize) {
            Some(f) => {
                let d = &self.datasets[f.dataset as usize];
                if f.edition.starts_with(&d.cite) {
                    f.edition.clone()
                } else {
                    format!("{}, {}", d.cite, f.edition)
                }
            }
            None => "dataset not in this corpus".into(),
        }
    }

    /// A value's whole citation: the short source, the year, the publisher and the cell.
    pub fn data_source_full(&self, cell: &Cell, year: u16) -> String {
        match self.data_files.get(cell.file as usize) {
            Some(f) => {
                let d = &self.datasets[f.dataset as usize];
                format!("{}; figure for {year}. {} ({}), {}; {}", self.data_source_short(cell), d.title, d.publisher, d.url, self.cell_text(cell))
            }
            None => self.data_source_short(cell),
        }
    }
}

/// The rows' order, best first, as (index into `rows`, rank): ties share the rank and the next
/// rank skips (1, 2, 2, 4); equal values are listed by code. A category indicator is not
/// ranked: every rank is 0.
pub(crate) fn ranks(ind: &Indicator, rows: &[&Observation]) -> Vec<(usize, Rank)> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (rows[a], rows[b]);
        let ord = if ind.higher_is_better { b.value.total_cmp(&a.value) } else { a.value.total_cmp(&b.value) };
        ord.then_with(|| a.entity.cmp(&b.entity))
    });
    let of = rows.len() as u32;
    let categories = !ind.categories.is_empty();
    let value = |p: usize| rows[order[p]].value;
    let mut out: Vec<(usize, Rank)> = Vec::with_capacity(rows.len());
    for p in 0..order.len() {
        let rank = match out.last() {
            Some((_, prev)) if value(p - 1) == value(p) => prev.rank,
            _ => p as u32 + 1,
        };
        let tied = (p > 0 && value(p - 1) == value(p)) || (p + 1 < order.len() && value(p + 1) == value(p));
        out.push((order[p], if categories { Rank { rank: 0, of, tied: false } } else { Rank { rank, of, tied } }));
    }
    out
}
