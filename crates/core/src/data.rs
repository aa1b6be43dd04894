//! The public indicator datasets behind the documents (UN EGDI, EUROPAM, the eGovernment
//! Benchmark, the World Bank's GTMI and WGI, ODIN, the OECD DGI): what each dataset and file is,
//! what each indicator measures, the register of countries and aggregates they are keyed to, and
//! every value with the cell it was read from.
//!
//! The tables are held once in the corpus and referred to by index, so that tens of thousands of
//! values stay small: an [`Observation`] names its indicator and its [`Cell`] by number.
use serde::{Deserialize, Serialize};

/// A published dataset, as its descriptor (`corpus/datasets.toml`) describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Short id used in indicator ids and filters: `un-egdi`.
    pub id: String,
    /// `UN E-Government Development Index`.
    pub title: String,
    /// Who publishes it.
    pub publisher: String,
    /// The publisher's address for the data.
    pub url: String,
    /// The licence as stated in the material found (or that none is stated).
    pub licence: String,
    /// The name a citation gives it, before the edition: `UN E-Government Survey`.
    pub cite: String,
    /// How many countries (not aggregates) it has a value for: kept here so that one
    /// country's part of a split folder can say what a dataset covers.
    pub countries: u32,
}

/// One file of a dataset, as read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataFile {
    /// Index of its dataset in [`Corpus::datasets`](crate::Corpus::datasets).
    pub dataset: u16,
    /// The path inside the data directory: `un_egdi_2003_2022/EGOV_DATA_2022.csv`.
    pub path: String,
    /// Its SHA-256, as the descriptor records it and the build verified.
    pub sha256: String,
    /// The edition as the publisher names it: `E-Government Survey 2022`.
    pub edition: String,
    /// The sheet (XLSX) or table (SQLite) read, where there is one.
    pub sheet: Option<String>,
    /// The header's column names, in order: a [`Cell`] names its column by index here.
    pub columns: Vec<String>,
}

/// What one indicator of a dataset measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// `un-egdi.egdi`: the dataset's id, a dot, the indicator's own id.
    pub id: String,
    /// Index of its dataset.
    pub dataset: u16,
    /// `E-Government Development Index`.
    pub label: String,
    /// `EGDI`.
    pub short: String,
    /// The scale as a reader needs it: `0-1`, `0-100`, `-2.5 to 2.5`, `percentile rank 0-100`.
    pub scale: String,
    /// Whether a higher value is better (ranks count from the highest).
    pub higher_is_better: bool,
    /// Decimals to show.
    pub decimals: u8,
    /// A headline (the card shows it) rather than a component.
    pub headline: bool,
    /// The indicator it is a component of, by id, where it is one.
    pub parent: Option<String>,
    /// For a category indicator (GovTech group A-D), the categories: a value is an index into
    /// this list.
    pub categories: Vec<String>,
    /// Whether a card shows a rank for it (a percentile rank or a category is not ranked).
    pub ranked: bool,
}

/// What an entity of the register is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A country or territory with an ISO 3166-1 code (or Kosovo's user-assigned XK).
    Country,
    /// An average or total over countries (EU27 average, the EUROPAM EU row): never ranked
    /// among countries, shown as a reference.
    Aggregate,
}

/// A country or aggregate that dataset rows are keyed to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// ISO 3166-1 alpha-2 (`DK`; `XK` for Kosovo), or an aggregate's id (`EU27`, `EU27+`).
    pub code: String,
    /// Country or aggregate.
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3, for a country.
    pub alpha3: Option<String>,
    /// ISO 3166-1 numeric, for a country.
    pub numeric: Option<u16>,
    /// Names in English, French, German and Danish, in that order.
    pub names: [String; 4],
    /// UN M49 region (`Europe`), for a country.
    pub region: Option<String>,
    /// UN M49 sub-region (`Northern Europe`), for a country.
    pub subregion: Option<String>,
    /// A UN member state.
    pub un_member: bool,
}

/// Where a dataset value was read: file, row and column. Rows are the file's own numbering as
/// a spreadsheet or a text editor shows it (1-based, the header included); for SQLite, the
/// table's rowid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    /// Index into [`Corpus::data_files`](crate::Corpus::data_files).
    pub file: u16,
    /// The row.
    pub row: u32,
    /// Index into the file's `columns`.
    pub column: u16,
}

/// One value of one indicator, for one entity and year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// The entity's code.
    pub entity: String,
    /// Index into [`Corpus::indicators`](crate::Corpus::indicators).
    pub indicator: u16,
    /// The year the value refers to (the survey's or data collection's year).
    pub year: u16,
    /// The value as the cell holds it (a category indicator's value is the category's index).
    pub value: f64,
    /// Where it was read.
    pub cell: Cell,
    /// The rank the file gives, with its own cell, where it gives one.
    pub rank: Option<(u32, Cell)>,
    /// Its rank among the countries with a value of the same indicator and year, computed at
    /// build time (see [`Corpus::assign_standings`](crate::Corpus::assign_standings)) so that
    /// one country's part still knows it; `None` for aggregates and category indicators.
    pub standing: Option<Rank>,
}

/// A dataset value that is missing or cannot be taken as a value, and why (an empty cell, `..`,
/// EGDI's 0 for "not assessed").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataGap {
    /// The entity's code.
    pub entity: String,
    /// The indicator's index.
    pub indicator: u16,
    /// The year.
    pub year: u16,
    /// The cell.
    pub cell: Cell,
    /// What the cell holds: `0.00000`, `..`, empty.
    pub found: String,
    /// Why it is not a value.
    pub reason: String,
}

/// How a file's rows were accounted for: every data row is imported or skipped with a reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowTally {
    /// The file's index.
    pub file: u16,
    /// Data rows (header and footer excluded).
    pub rows: u32,
    /// Rows of which at least one value was imported.
    pub imported: u32,
    /// Rows skipped, by reason: `(reason, rows, first row)`.
    pub skipped: Vec<(String, u32, u32)>,
    /// Rows read only to check the imported values (a second copy), not imported.
    pub checked: u32,
}

/// A rank among countries: ties share the rank, the next rank skips (1, 2, 2, 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rank {
    /// The rank.
    pub rank: u32,
    /// Of how many countries with a value.
    pub of: u32,
    /// Another country has the same value.
    pub tied: bool,
}
