//! The dataset descriptors (`corpus/datasets.toml`): what each published file is, how to read it
//! and what each column means. Adding another file of a known shape is a descriptor entry, not
//! code.
use serde::Deserialize;

/// The whole descriptor file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Descriptors {
    /// The datasets and their indicators.
    #[serde(rename = "dataset")]
    pub datasets: Vec<DatasetDesc>,
    /// The tables: one or more files read the same way.
    #[serde(rename = "table")]
    pub tables: Vec<TableDesc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetDesc {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub licence: String,
    pub cite: String,
    #[serde(rename = "indicator")]
    pub indicators: Vec<IndicatorDesc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDesc {
    pub id: String,
    pub label: String,
    pub short: String,
    pub scale: String,
    #[serde(default = "yes")]
    pub higher_is_better: bool,
    pub decimals: u8,
    #[serde(default)]
    pub headline: bool,
    pub parent: Option<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    /// Whether countries are ranked on it (not a percentile rank, which is a rank already).
    #[serde(default = "yes")]
    pub ranked: bool,
}

fn yes() -> bool {
    true
}

/// How a file is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Xlsx,
    Sqlite,
}

/// A text file's encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum Encoding {
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "windows-1252")]
    Windows1252,
}

/// What a table's country column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKind {
    /// A country's name as the publisher spells it.
    Name,
    /// ISO 3166-1 alpha-2, or the EU's variant (`EL` for Greece, `UK`).
    Iso2,
    /// ISO 3166-1 alpha-3, or the World Bank's and others' variants (`KSV`, `XKX`).
    Iso3,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyDesc {
    pub column: String,
    pub kind: KeyKind,
    /// Keys that mean something else in this table than in the register: DESI's `EU` row is
    /// the EU27 average, EUROPAM's is the EU's own institutions.
    #[serde(default)]
    pub means: std::collections::BTreeMap<String, String>,
}

/// What a table is for: its values are imported, or only compared with the imported ones (a
/// second copy of the same figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Import,
    Check,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDesc {
    pub path: String,
    pub sha256: String,
    pub edition: String,
    /// The year of the file's values, where no column gives it.
    pub year: Option<u16>,
}

/// Rows kept: those whose `column` equals `equals`; the rest are skipped with `reason`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowFilter {
    pub column: String,
    pub equals: String,
    pub reason: String,
}

/// EGDI's early editions write 0 for "not assessed": up to `until`, a 0 is a gap, not a score.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZeroMissing {
    pub until: u16,
    pub reason: String,
    /// The row's headline column: a 0 there means the whole row was not assessed.
    pub headline: Option<String>,
    /// Columns whose 0 can be a real score (no e-participation service found): a gap only
    /// where the row's headline is 0 too.
    #[serde(default)]
    pub real_zero: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureDesc {
    /// The value's column.
    pub column: String,
    /// The indicator's id within the dataset.
    pub indicator: String,
    /// In a long table, the value of `code_column` that this measure's rows have.
    pub code: Option<String>,
    /// The column of the file's own rank for this value (wide tables).
    pub rank: Option<String>,
    /// In a long table, the code of the rows that hold this measure's rank.
    pub rank_code: Option<String>,
    /// The year, where it is not the file's or the row's (a history column).
    pub year: Option<u16>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDesc {
    pub dataset: String,
    pub format: Format,
    #[serde(default)]
    pub role: Role,
    #[serde(default)]
    pub encoding: Encoding,
    /// Lines at the end of a CSV that are not data (ODIN's licence and timestamps).
    #[serde(default)]
    pub footer_lines: usize,
    /// The XLSX sheet.
    pub sheet: Option<String>,
    /// The sheet row (1-based) that holds the header.
    pub header_row: Option<u32>,
    /// The sheet's last row of the table, where the sheet stacks other blocks below it (DESI's
    /// calculation workbook): rows below it are not this table's.
    pub last_row: Option<u32>,
    /// The SQLite query (its first column is the row's rowid).
    pub query: Option<String>,
    /// The SQLite table the query reads, for citations.
    pub sqlite_table: Option<String>,
    #[serde(rename = "file")]
    pub files: Vec<FileDesc>,
    pub key: KeyDesc,
    /// The column of the row's year, where the file's year is not constant.
    pub year_column: Option<String>,
    /// What the year column's codes stand for, where it does not hold years (DESI's `y1`..`y6`).
    #[serde(default)]
    pub year_codes: std::collections::BTreeMap<String, u16>,
    /// The column of a long table's indicator code.
    pub code_column: Option<String>,
    /// Cell texts that mean "no value" besides an empty cell.
    #[serde(default)]
    pub missing: Vec<String>,
    pub zero_missing: Option<ZeroMissing>,
    #[serde(rename = "filter")]
    pub filter: Option<RowFilter>,
    #[serde(rename = "measure")]
    pub measures: Vec<MeasureDesc>,
}

/// Reads the descriptor file.
pub fn parse(text: &str, path: &str) -> Result<Descriptors, String> {
    toml::from_str(text).map_err(|e| crate::text::toml_error(path, text, &e))
}
