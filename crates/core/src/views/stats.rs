//! What `govlens stats` reports of a corpus: counts per country, family and kind, every
//! questionnaire question and score table accounted for, and every unknown, repair and check.
use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A corpus's inventory (see [`Corpus::stats`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// `govlens corpus: 5 sources, 2 countries (DK, LU)`.
    pub summary: String,
    /// How many records of each kind each country has from each family, in that order.
    pub counts: Vec<RecordCount>,
    /// One sentence per questionnaire or EUROPAM page: its answers by value and basis.
    pub answers: Vec<String>,
    /// One line per score table (country, framework, dimension, kind).
    pub tables: Vec<TableCount>,
    /// Per dataset file: its rows imported, skipped by reason, or read to check; its values
    /// and gaps.
    pub files: Vec<FileCount>,
    /// Gaps by dataset and reason, with how many and the first.
    pub gaps: Vec<GapCount>,
    /// One line per document that appears cut off or was read without some of its family's
    /// sections (partial): the file, what is wrong and where.
    pub incomplete: Vec<String>,
    /// Checks that passed and that were flagged.
    pub passed: usize,
    /// Checks that found something a reader should know.
    pub flagged: usize,
}

/// How one dataset file's rows were accounted for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileCount {
    /// The dataset's id.
    pub dataset: String,
    /// The file's path in the data directory.
    pub path: String,
    /// Data rows.
    pub rows: u32,
    /// Rows with at least one value imported.
    pub imported: u32,
    /// Rows read to check the imported values.
    pub checked: u32,
    /// Rows skipped: (reason, rows, first row).
    pub skipped: Vec<(String, u32, u32)>,
    /// Values imported from it.
    pub values: usize,
    /// Its cells that hold no value.
    pub gaps: usize,
}

/// Gaps of one dataset for one reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GapCount {
    /// The dataset's id.
    pub dataset: String,
    /// Why the cells hold no value.
    pub reason: String,
    /// How many cells.
    pub count: usize,
    /// The first: `KE un-egdi.egdi 2003, <cell>`.
    pub first: String,
}

/// Records of one kind from one family for one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordCount {
    /// ISO code.
    pub country: String,
    /// The family's slug (`?` for a record whose source the corpus does not list).
    pub family: String,
    /// `facts`, `scores`, `answers`, `ai strategies`, `passages`, `unknowns`, `repairs`.
    pub kind: String,
    /// How many.
    pub count: usize,
}

/// One score table: its values, its rows and the values whose year is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableCount {
    /// ISO code.
    pub country: String,
    /// The framework's slug.
    pub framework: String,
    /// The dimension or group.
    pub dimension: String,
    /// `headline`, `primary metrics`, `alternative metrics`, `indicators`, `growth`.
    pub kind: String,
    /// How many values.
    pub values: usize,
    /// How many metrics (rows), where the table has rows (not for EUROPAM's headlines).
    pub rows: Option<usize>,
    /// How many values have no established year.
    pub without_year: usize,
}

/// A score kind as the inventory names its table.
fn table_kind(k: ScoreKind) -> &'static str {
    match k {
        ScoreKind::Headline => "headline",
        ScoreKind::Primary => "primary metrics",
        ScoreKind::Alternative => "alternative metrics",
        ScoreKind::Indicator => "indicators",
        ScoreKind::Growth => "growth",
    }
}

impl Corpus {
    /// The corpus's inventory: what `govlens stats` prints before the unknowns, repairs and
    /// checks themselves.
    pub fn stats(&self) -> Stats {
        let mut incomplete = Vec::new();
        for s in &self.sources {
            if s.cut_off_after.is_some() {
                let detail = self.cut_off_detail(&s.file).unwrap_or("appears cut off");
                incomplete.push(format!("{} ({}, {}): cut off: {detail}", s.file, s.family.label(), s.country));
            }
            if !s.missing_sections.is_empty() {
                incomplete.push(format!("{} ({}, {}): partial: read without {}", s.file, s.family.label(), s.country, s.missing_sections.join("; ")));
            }
        }
        let family_of = |file: &str| self.source(file).map(|s| s.family.slug()).unwrap_or("?");
        let documents = self.document_countries();
        let mut summary = format!("govlens corpus: {} sources, {} countries ({})", self.sources.len(), documents.len(), documents.join(", "));
        if !self.datasets.is_empty() {
            let aggregates = self.entities.iter().filter(|e| e.kind == EntityKind::Aggregate).count();
            summary.push_str(&format!(
                "; {} datasets: {} values for {} countries and {aggregates} aggregates, {} gaps; {} countries in all",
                self.datasets.len(),
                self.observations.len(),
                self.entities.len() - aggregates,
                self.gaps.len(),
                self.countries().len()
            ));
        }
        let mut counts: BTreeMap<(String, &str, &str), usize> = BTreeMap::new();
        let mut add = |country: &str, file: &str, kind: &'static str| *counts.entry((country.to_string(), family_of(file), kind)).or_default() += 1;
        self.facts.iter().for_each(|r| add(&r.country, &r.provenance.source, "facts"));
        self.scores.iter().for_each(|r| add(&r.country, &r.provenance.source, "scores"));
        self.answers.iter().for_each(|r| add(&r.country, &r.provenance.source, "answers"));
        self.ai_strategies.iter().for_each(|r| add(&r.country, &r.provenance.source, "ai strategies"));
        self.passages.iter().for_each(|r| add(&r.country, &r.source, "passages"));
        self.unknowns.iter().for_each(|r| add(&r.country, &r.source, "unknowns"));
        self.repairs.iter().for_each(|r| add(&r.country, &r.source, "repairs"));
        let counts =
            counts.into_iter().map(|((country, family, kind), count)| RecordCount { country, family: family.into(), kind: kind.into(), count }).collect();

        // Questionnaires: every question accounted for.
        let mut answers = Vec::new();
        for s in self.sources.iter().filter(|s| s.family == Family::UnMsq) {
            let qs: Vec<_> = self.answers.iter().filter(|a| a.provenance.source == s.file && a.item.is_none()).collect();
            let items = self.answers.iter().filter(|a| a.provenance.source == s.file && a.item.is_some()).count();
            let mut by: BTreeMap<String, usize> = BTreeMap::new();
            for a in &qs {
                *by.entry(format!("{}/{}", a.answer.as_str(), a.basis.as_str())).or_default() += 1;
            }
            let parts: Vec<String> = by.iter().map(|(k, v)| format!("{k} {v}")).collect();
            answers.push(format!("{} {}: {} questions, {} multi-choice items; {}", s.country, s.file, qs.len(), items, parts.join(", ")));
        }
        for s in self.sources.iter().filter(|s| s.family == Family::Europam) {
            let qs: Vec<_> = self.answers.iter().filter(|a| a.provenance.source == s.file).collect();
            let yes = qs.iter().filter(|a| a.answer == AnswerValue::Yes).count();
            let no = qs.iter().filter(|a| a.answer == AnswerValue::No).count();
            let unknown = qs.iter().filter(|a| a.basis == Basis::None).count();
            let other = qs.len() - yes - no - unknown;
            answers.push(format!("{} {}: {} EUROPAM qualitative answers: yes {yes}, no {no}, other {other}, unknown {unknown}", s.country, s.file, qs.len()));
        }

        // Score tables: every table and benchmark row accounted for.
        // (country, framework, dimension, kind) -> (values, values without a year, metrics).
        type Table<'a> = (usize, usize, BTreeSet<&'a str>);
        let mut tables: BTreeMap<(String, &str, String, &str), Table> = BTreeMap::new();
        for s in &self.scores {
            let e = tables.entry((s.country.clone(), s.framework.slug(), s.dimension.clone(), table_kind(s.kind))).or_default();
            e.0 += 1;
            e.1 += usize::from(s.year.is_none());
            e.2.extend(s.metric.as_deref());
        }
        let tables = tables
            .into_iter()
            .map(|((country, framework, dimension, kind), (values, without_year, metrics))| TableCount {
                rows: (framework == Framework::EgovBenchmark.slug() || kind != "headline").then_some(metrics.len()),
                country,
                framework: framework.into(),
                dimension,
                kind: kind.into(),
                values,
                without_year,
            })
            .collect();
        let mut values = vec![0usize; self.data_files.len()];
        let mut gap_files = vec![0usize; self.data_files.len()];
        self.observations.iter().for_each(|o| values[o.cell.file as usize] += 1);
        self.gaps.iter().for_each(|g| gap_files[g.cell.file as usize] += 1);
        let files = self
            .tallies
            .iter()
            .map(|t| {
                let f = &self.data_files[t.file as usize];
                FileCount {
                    dataset: self.datasets[f.dataset as usize].id.clone(),
                    // One workbook can hold two tables (DESI's sheets): the sheet tells them apart.
                    path: match &f.sheet {
                        Some(sheet) if f.path.ends_with(".xlsx") => format!("{}, sheet '{sheet}'", f.path),
                        _ => f.path.clone(),
                    },
                    rows: t.rows,
                    imported: t.imported,
                    checked: t.checked,
                    skipped: t.skipped.clone(),
                    values: values[t.file as usize],
                    gaps: gap_files[t.file as usize],
                }
            })
            .collect();
        let mut by_reason: BTreeMap<(String, String), (usize, String)> = BTreeMap::new();
        for g in &self.gaps {
            let ind = &self.indicators[g.indicator as usize];
            let e = by_reason
                .entry((self.datasets[ind.dataset as usize].id.clone(), g.reason.clone()))
                .or_insert_with(|| (0, format!("{} {} {}, {}", g.entity, ind.id, g.year, self.cell_text(&g.cell))));
            e.0 += 1;
        }
        let gaps = by_reason.into_iter().map(|((dataset, reason), (count, first))| GapCount { dataset, reason, count, first }).collect();
        let flagged = self.checks.iter().filter(|k| k.outcome == Outcome::Flagged).count();
        Stats { summary, counts, answers, tables, files, gaps, incomplete, passed: self.checks.len() - flagged, flagged }
    }
}
