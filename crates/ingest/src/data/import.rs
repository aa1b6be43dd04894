//! One table's files through its descriptor: every row imported, skipped with its reason, or
//! read to check the imported values; every value with its cell; every missing value a gap with
//! its reason.
use super::descriptor::{MeasureDesc, Role, TableDesc};
use super::register::Register;
use super::table::{Table, Value};
use govlens_core::{Cell, Corpus, DataGap, Observation, RowTally};
use std::collections::HashMap;

/// What a check table found against the imported values, per file.
pub struct Comparison {
    pub file: u16,
    pub compared: u32,
    pub differences: Vec<String>,
}

/// What a row's names are looked up in: the indicators by id, the register.
pub struct Lookup<'a> {
    pub indicators: &'a HashMap<String, u16>,
    pub register: &'a Register,
}

/// A measure with its columns found in the header.
struct Column<'a> {
    desc: &'a MeasureDesc,
    indicator: u16,
    value: usize,
    rank: Option<usize>,
}

/// Reads one file's rows into `out`. `file` is the file's index in `out.data_files`; `errors`
/// collects what stops the build (a column that is not there, a country no register holds).
pub fn import_file(
    desc: &TableDesc,
    file: u16,
    table: &Table,
    file_year: Option<u16>,
    lookup: &Lookup,
    out: &mut Corpus,
    errors: &mut Vec<String>,
) -> Option<Comparison> {
    let (indicators, register) = (lookup.indicators, lookup.register);
    let name = out.data_files[file as usize].path.clone();
    let col = |c: &str, errors: &mut Vec<String>| -> Option<usize> {
        let i = table.column(c);
        if i.is_none() {
            errors.push(format!("{name}: no column '{c}' (the header has: {})", table.columns.join(", ")));
        }
        i
    };
    let key = col(&desc.key.column, errors)?;
    let year_col = match &desc.year_column {
        Some(c) => Some(col(c, errors)?),
        None => None,
    };
    let code_col = match &desc.code_column {
        Some(c) => Some(col(c, errors)?),
        None => None,
    };
    let filter = match &desc.filter {
        Some(f) => Some((col(&f.column, errors)?, f)),
        None => None,
    };
    let zero_headline = match desc.zero_missing.as_ref().and_then(|z| z.headline.as_ref()) {
        Some(c) => Some(col(c, errors)?),
        None => None,
    };
    let mut columns = Vec::new();
    for m in &desc.measures {
        let id = format!("{}.{}", desc.dataset, m.indicator);
        let Some(&indicator) = indicators.get(&id) else {
            errors.push(format!("{name}: measure of column '{}' names indicator '{id}', which dataset '{}' does not define", m.column, desc.dataset));
            continue;
        };
        let value = col(&m.column, errors);
        let rank = match &m.rank {
            Some(r) => col(r, errors),
            None => None,
        };
        if let Some(value) = value {
            columns.push(Column { desc: m, indicator, value, rank });
        }
    }
    if columns.len() != desc.measures.len() {
        return None;
    }

    let mut tally = RowTally { file, rows: table.rows.len() as u32, imported: 0, skipped: Vec::new(), checked: 0 };
    let skip = |reason: String, row: u32, tally: &mut RowTally| match tally.skipped.iter_mut().find(|(r, _, _)| *r == reason) {
        Some((_, n, _)) => *n += 1,
        None => tally.skipped.push((reason, 1, row)),
    };
    // (entity, indicator, year) -> the observation's index, for duplicates and long-table ranks.
    let mut seen: HashMap<(String, u16, u16), usize> = out.observations.iter().enumerate().map(|(i, o)| ((o.entity.clone(), o.indicator, o.year), i)).collect();
    let first_new = out.observations.len();
    let mut ranks_later: Vec<((String, u16, u16), u32, Cell)> = Vec::new();
    let mut comparison = Comparison { file, compared: 0, differences: Vec::new() };
    let mut unmatched: Vec<(String, u32)> = Vec::new();
    let at = |row: u32, column: usize| Cell { file, row, column: column as u16 };

    for (row, cells) in &table.rows {
        let row = *row;
        let get = |i: usize| cells.get(i).cloned().unwrap_or(Value::Empty);
        if let Some((i, f)) = filter {
            if get(i).shown() != f.equals {
                skip(f.reason.clone(), row, &mut tally);
                continue;
            }
        }
        let raw_key = get(key).shown();
        if raw_key.is_empty() {
            skip("no country in the key column".into(), row, &mut tally);
            continue;
        }
        let resolved = match desc.key.means.get(&raw_key) {
            Some(code) => register.get(code),
            None => register.resolve(&raw_key, desc.key.kind),
        };
        let Some(entity) = resolved else {
            // One error per key and file: the first row, and how many rows have it.
            if let Some(n) = unmatched.iter_mut().find(|(k, _)| *k == raw_key) {
                n.1 += 1;
                continue;
            }
            unmatched.push((raw_key.clone(), 1));
            errors.push(format!(
                "dataset {}, {name} row {row}: '{raw_key}' ({:?} in column '{}') matches no country or aggregate of the register; add the spelling to corpus/countries.toml",
                desc.dataset, desc.key.kind, desc.key.column
            ));
            continue;
        };
        let code = entity.code.clone();
        let row_year = match year_col {
            Some(i) => match get(i).number() {
                Some(y) if (1990.0..=2100.0).contains(&y) && y.fract() == 0.0 => Some(y as u16),
                _ if desc.year_codes.contains_key(&get(i).shown()) => desc.year_codes.get(&get(i).shown()).copied(),
                _ => {
                    skip(format!("no year in column '{}'", desc.year_column.as_deref().unwrap_or("")), row, &mut tally);
                    continue;
                }
            },
            None => file_year,
        };
        let code_here = code_col.map(|i| get(i).shown());
        // Whether a 0 in this row's `column` means "not assessed" (see ZeroMissing).
        let headline_zero = zero_headline.is_some_and(|i| get(i).number() == Some(0.0));
        let zero_is_gap =
            |m: &MeasureDesc, year: u16| desc.zero_missing.as_ref().is_some_and(|z| year <= z.until && (headline_zero || !z.real_zero.contains(&m.column)));
        let mut used = false;
        let mut duplicate: Option<&str> = None;
        let mut gapped = false;
        for c in &columns {
            let Some(year) = c.desc.year.or(row_year) else {
                errors.push(format!("{name}: no year for column '{}': give the file a year or the table a year_column", c.desc.column));
                return None;
            };
            let ident = (code.clone(), c.indicator, year);
            if let (Some(want), Some(here)) = (&c.desc.rank_code, &code_here) {
                if want == here {
                    if let Some(n) = get(c.value).number() {
                        ranks_later.push((ident, n as u32, at(row, c.value)));
                        used = true;
                    }
                    continue;
                }
            }
            if let (Some(want), Some(here)) = (&c.desc.code, &code_here) {
                if want != here {
                    continue;
                }
            }
            let cell = get(c.value);
            let shown = cell.shown();
            let indicator = &out.indicators[c.indicator as usize];
            let gap = |reason: String| DataGap { entity: code.clone(), indicator: c.indicator, year, cell: at(row, c.value), found: shown.clone(), reason };
            let value = if shown.is_empty() {
                Err("the cell is empty".to_string())
            } else if desc.missing.contains(&shown) {
                Err(format!("'{shown}' is the publisher's mark for a missing value"))
            } else if !indicator.categories.is_empty() {
                indicator
                    .categories
                    .iter()
                    .position(|k| *k == shown)
                    .map(|k| k as f64)
                    .ok_or_else(|| format!("'{shown}' is none of the categories {}", indicator.categories.join(", ")))
            } else {
                match cell.number() {
                    Some(v) if v == 0.0 && zero_is_gap(c.desc, year) => Err(desc.zero_missing.as_ref().map(|z| z.reason.clone()).unwrap_or_default()),
                    Some(v) => Ok(v),
                    None => Err(format!("'{shown}' is not a number")),
                }
            };
            if desc.role == Role::Check {
                comparison.compared += 1;
                let imported = seen.get(&ident).map(|&i| out.observations[i].value);
                match (value, imported) {
                    (Ok(v), Some(w)) if (v - w).abs() <= 1e-9 * w.abs().max(1.0) => {}
                    (Err(_), None) => {}
                    (v, w) => comparison.differences.push(format!(
                        "{code} {year} {}: {} here, {} imported",
                        indicator.short,
                        v.map(|v| v.to_string()).unwrap_or(shown.clone()),
                        w.map(|w| w.to_string()).unwrap_or("none".into())
                    )),
                }
                continue;
            }
            let value = match value {
                Ok(v) => v,
                Err(reason) => {
                    gapped = true;
                    out.gaps.push(gap(reason));
                    continue;
                }
            };
            if let Some(&prev) = seen.get(&ident) {
                let p = &out.observations[prev];
                let why = if p.value == value {
                    "repeats an earlier row's country, indicator and year with the same value"
                } else {
                    "repeats an earlier row's country, indicator and year with another value: the first is kept"
                };
                if p.value != value {
                    out.gaps.push(gap(format!("{why} (row {} has {})", p.cell.row, p.value)));
                }
                duplicate = Some(why);
                continue;
            }
            used = true;
            let rank = c.rank.and_then(|i| get(i).number().map(|n| (n as u32, at(row, i))));
            seen.insert(ident, out.observations.len());
            out.observations.push(Observation { entity: code.clone(), indicator: c.indicator, year, value, cell: at(row, c.value), rank, standing: None });
        }
        if desc.role == Role::Check {
            tally.checked += 1;
        } else if used {
            tally.imported += 1;
        } else if gapped {
            skip("no value: each cell it was read for is a recorded gap".into(), row, &mut tally);
        } else if let Some(why) = duplicate {
            skip(why.to_string(), row, &mut tally);
        } else if let Some(here) = code_here {
            skip(format!("indicator code '{here}' is not imported"), row, &mut tally);
        } else {
            skip("no value imported".into(), row, &mut tally);
        }
    }
    for (ident, rank, cell) in ranks_later {
        match seen.get(&ident) {
            Some(&i) if i >= first_new => out.observations[i].rank = Some((rank, cell)),
            _ => errors.push(format!("{name} row {}: a rank for {} {} with no value of its indicator", cell.row, ident.0, ident.2)),
        }
    }
    out.tallies.push(tally);
    (desc.role == Role::Check).then_some(comparison)
}
