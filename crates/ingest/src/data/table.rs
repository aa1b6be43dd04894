//! Every file format as one shape: a header and numbered rows of cells. CSV through the csv
//! crate (after decoding its stated encoding), XLSX through calamine, SQLite through rusqlite:
//! none of these formats is parsed by hand.
use super::descriptor::{Encoding, Format, TableDesc};
use std::path::Path;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An empty cell (or SQL NULL).
    Empty,
    /// Text, trimmed.
    Text(String),
    /// A number stored as a number (XLSX, SQLite).
    Number(f64),
}

impl Value {
    /// The cell as a reader would see it: `0.97170`, `..`, `` for empty.
    pub fn shown(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => t.clone(),
            Value::Number(n) => n.to_string(),
        }
    }

    /// The cell's number: a stored number, or text that reads as one.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Text(t) => t.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
            Value::Empty => None,
        }
    }
}

/// A file's header and its data rows, each with the file's own row number.
#[derive(Debug)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<(u32, Vec<Value>)>,
    /// The sheet or SQLite table, for citations.
    pub sheet: Option<String>,
}

impl Table {
    /// The index of a column by its header (trimmed, exact).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.trim() == name.trim())
    }
}

/// Reads one file of a table as its descriptor says.
pub fn read(path: &Path, desc: &TableDesc) -> Result<Table, String> {
    match desc.format {
        Format::Csv => read_csv(path, desc),
        Format::Xlsx => read_xlsx(path, desc),
        Format::Sqlite => read_sqlite(path, desc),
    }
}

fn text_of(bytes: &[u8], encoding: Encoding) -> Result<String, String> {
    match encoding {
        Encoding::Utf8 => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            String::from_utf8(bytes.to_vec()).map_err(|e| {
                format!(
                    "not UTF-8 (invalid byte at offset {}); if the publisher wrote it in another encoding, say so in the descriptor",
                    e.utf8_error().valid_up_to()
                )
            })
        }
        Encoding::Windows1252 => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(text.into_owned())
        }
    }
}

fn read_csv(path: &Path, desc: &TableDesc) -> Result<Table, String> {
    let bytes = govlens_core::files::read(path, govlens_core::files::DATASET).map_err(|e| e.to_string())?;
    let mut text = text_of(&bytes, desc.encoding)?;
    if desc.footer_lines > 0 {
        // The footer is the last lines that hold text; a final newline is not a line.
        let lines: Vec<&str> = text.trim_end().lines().collect();
        if lines.len() <= desc.footer_lines {
            return Err(format!("has {} lines, fewer than the header and the {} footer lines the descriptor expects", lines.len(), desc.footer_lines));
        }
        text = lines[..lines.len() - desc.footer_lines].join("\n");
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
    let columns: Vec<String> = reader.headers().map_err(|e| format!("header: {e}"))?.iter().map(|h| h.trim().to_string()).collect();
    let mut rows = Vec::new();
    // A row is numbered as a spreadsheet shows the file (the header is row 1), not by its line:
    // a quoted cell may hold line breaks (GovTech's free-text answers).
    for (n, record) in reader.records().enumerate() {
        let line = n as u32 + 2;
        let record = record.map_err(|e| format!("row {line}: {e}"))?;
        let cells = record.iter().map(|c| if c.trim().is_empty() { Value::Empty } else { Value::Text(c.trim().to_string()) }).collect();
        rows.push((line, cells));
    }
    Ok(Table { columns, rows, sheet: None })
}

fn read_xlsx(path: &Path, desc: &TableDesc) -> Result<Table, String> {
    use calamine::{open_workbook_auto, Data, Reader};
    let sheet = desc.sheet.as_deref().ok_or("an XLSX table needs `sheet` in its descriptor")?;
    let mut book = open_workbook_auto(path).map_err(|e| e.to_string())?;
    let range = book.worksheet_range(sheet).map_err(|e| format!("sheet '{sheet}': {e} (the workbook has {})", book.sheet_names().join(", ")))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let header_row = desc.header_row.unwrap_or(first_row + 1);
    let header_at = (header_row as usize)
        .checked_sub(1 + first_row as usize)
        .ok_or_else(|| format!("header row {header_row} is above the sheet's first row {}", first_row + 1))?;
    let value = |d: &Data| match d {
        Data::Empty => Value::Empty,
        Data::String(s) if s.trim().is_empty() => Value::Empty,
        Data::String(s) => Value::Text(s.trim().to_string()),
        Data::Float(f) => Value::Number(*f),
        Data::Int(i) => Value::Number(*i as f64),
        other => Value::Text(other.to_string()),
    };
    let mut rows_iter = range.rows().enumerate().skip(header_at);
    let (_, header) = rows_iter.next().ok_or_else(|| format!("sheet '{sheet}' has no row {header_row}"))?;
    // Columns left of the range are empty in every row: the header names only the range's.
    let _ = first_col;
    let columns: Vec<String> = header.iter().map(|d| value(d).shown()).collect();
    let last_row = desc.last_row.unwrap_or(u32::MAX);
    let rows = rows_iter
        .map(|(i, r)| (first_row + i as u32 + 1, r))
        .take_while(|(n, _)| *n <= last_row)
        .filter(|(_, r)| r.iter().any(|d| !matches!(value(d), Value::Empty)))
        .map(|(n, r)| (n, r.iter().map(value).collect()))
        .collect();
    Ok(Table { columns, rows, sheet: Some(sheet.to_string()) })
}

fn read_sqlite(path: &Path, desc: &TableDesc) -> Result<Table, String> {
    use rusqlite::{types::ValueRef, Connection, OpenFlags};
    let query = desc.query.as_deref().ok_or("a SQLite table needs `query` in its descriptor")?;
    let db = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| e.to_string())?;
    let mut stmt = db.prepare(query).map_err(|e| format!("query: {e}"))?;
    let columns: Vec<String> = stmt.column_names().iter().skip(1).map(|c| c.to_string()).collect();
    let n = columns.len();
    let mut rows = Vec::new();
    let mut result = stmt.query([]).map_err(|e| e.to_string())?;
    while let Some(row) = result.next().map_err(|e| e.to_string())? {
        let rowid: i64 = row.get(0).map_err(|e| format!("the query's first column must be the rowid: {e}"))?;
        let mut cells = Vec::with_capacity(n);
        for i in 1..=n {
            cells.push(match row.get_ref(i).map_err(|e| e.to_string())? {
                ValueRef::Null => Value::Empty,
                ValueRef::Integer(v) => Value::Number(v as f64),
                ValueRef::Real(v) => Value::Number(v),
                ValueRef::Text(t) => {
                    let t = String::from_utf8_lossy(t).trim().to_string();
                    if t.is_empty() {
                        Value::Empty
                    } else {
                        Value::Text(t)
                    }
                }
                ValueRef::Blob(_) => Value::Text("(binary)".into()),
            });
        }
        rows.push((rowid as u32, cells));
    }
    Ok(Table { columns, rows, sheet: desc.sqlite_table.clone() })
}
