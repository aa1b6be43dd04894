//! Splitting digit runs such as `053535337` back into the values of a table's year columns.
//!
//! The web-to-text conversion of score tables drops the separators between cells, so a row's
//! values run together. A value lies in 0..=100 and is printed without leading zeros, so a cell
//! is `0`, one digit, two digits not starting with `0`, or `100`. A run can still have several
//! readings; [`resolve_table`] picks the reading the digits determine, using the constraint
//! that all rows of a table were measured in the same years (same count) and, where the table has
//! one, the headline score (mean of the latest values).

/// Every way to read `digits` as exactly `k` cells.
pub fn splits(digits: &str, k: usize) -> Vec<Vec<u32>> {
    let mut out = Vec::new();
    let mut cur = Vec::with_capacity(k);
    go(digits.as_bytes(), k, &mut cur, &mut out);
    out
}

fn go(rest: &[u8], k: usize, cur: &mut Vec<u32>, out: &mut Vec<Vec<u32>>) {
    if cur.len() == k {
        if rest.is_empty() {
            out.push(cur.clone());
        }
        return;
    }
    let left = k - cur.len();
    // Each remaining cell takes 1 to 3 digits: prune runs that cannot fit.
    if rest.len() < left || rest.len() > 3 * left {
        return;
    }
    for len in 1..=3.min(rest.len()) {
        let cell = &rest[..len];
        if len > 1 && cell[0] == b'0' {
            break;
        }
        if !cell.iter().all(u8::is_ascii_digit) {
            return;
        }
        let v: u32 = std::str::from_utf8(cell).ok().and_then(|s| s.parse().ok()).unwrap_or(u32::MAX);
        if v > 100 {
            break;
        }
        cur.push(v);
        go(&rest[len..], k, cur, out);
        cur.pop();
    }
}

/// How a table's rows were read.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    /// Values per row (the same count for every row).
    pub count: usize,
    /// Per row, the values where the reading is certain; `None` where readings disagree.
    pub rows: Vec<Option<Vec<u32>>>,
    /// How many readings of the whole table fit every constraint.
    pub readings: usize,
    /// Why this count was chosen, in words.
    pub reason: String,
}

/// Above this many candidate readings of a table, enumeration stops and the table is unresolved.
const MAX_READINGS: usize = 2_000_000;

/// Reads a table of digit runs with `columns` year columns. `headline`: the dimension's headline
/// score, which must equal the mean of the rows' last values within `tolerance`.
///
/// The rule, in order: a single reading with one value per year column is taken. Failing that, a
/// reading with fewer values is taken only when it is the single one at its count *and* the
/// headline confirms it (fewer values is the stronger claim, so it needs the extra evidence).
/// Failing both, the full-count readings are kept where they agree and left unknown where not.
pub fn resolve_table(rows: &[&str], columns: usize, headline: Option<f64>, tolerance: f64) -> Option<Resolution> {
    let readings_at = |k: usize| -> Option<Vec<Vec<Vec<u32>>>> {
        let cands: Vec<Vec<Vec<u32>>> = rows.iter().map(|r| splits(r, k)).collect();
        if cands.iter().any(Vec::is_empty) {
            return None;
        }
        let total = cands.iter().map(Vec::len).try_fold(1usize, |a, n| a.checked_mul(n))?;
        (total <= MAX_READINGS).then(|| consistent_readings(&cands, headline, tolerance))
    };
    let checked = if headline.is_some() { " consistent with the headline" } else { "" };
    let full = readings_at(columns).unwrap_or_default();
    if full.len() == 1 {
        return Some(resolution(columns, full, format!("the only reading with {columns} values per row{checked}")));
    }
    if headline.is_some() {
        for k in (1..columns).rev() {
            if let Some(r) = readings_at(k).filter(|r| r.len() == 1) {
                let why = format!(
                    "{} reading(s) with {columns} values per row{checked}; exactly one with {k} values per row, and the headline confirms it",
                    full.len()
                );
                return Some(resolution(k, r, why));
            }
        }
    }
    if full.is_empty() {
        return None;
    }
    let n = full.len();
    Some(resolution(columns, full, format!("{n} readings with {columns} values per row{checked}; rows where they differ are unknown")))
}

fn resolution(count: usize, readings: Vec<Vec<Vec<u32>>>, reason: String) -> Resolution {
    let width = readings[0].len();
    let rows = (0..width)
        .map(|i| {
            let first = &readings[0][i];
            readings.iter().all(|r| &r[i] == first).then(|| first.clone())
        })
        .collect();
    Resolution { count, rows, readings: readings.len(), reason }
}

/// All combinations of row readings that satisfy the headline constraint.
fn consistent_readings(cands: &[Vec<Vec<u32>>], headline: Option<f64>, tol: f64) -> Vec<Vec<Vec<u32>>> {
    let mut out = Vec::new();
    let mut idx = vec![0usize; cands.len()];
    loop {
        let reading: Vec<Vec<u32>> = idx.iter().zip(cands).map(|(&i, c)| c[i].clone()).collect();
        let ok = headline.is_none_or(|h| {
            let last: Vec<f64> = reading.iter().filter_map(|r| r.last()).map(|&v| v as f64).collect();
            !last.is_empty() && (mean(&last) - h).abs() <= tol
        });
        if ok {
            out.push(reading);
        }
        // Odometer over the candidate indices.
        let mut pos = 0;
        loop {
            if pos == idx.len() {
                return out;
            }
            idx[pos] += 1;
            if idx[pos] < cands[pos].len() {
                break;
            }
            idx[pos] = 0;
            pos += 1;
        }
    }
}

pub fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_0_to_100_without_leading_zeros() {
        assert_eq!(splits("053535337", 5), vec![vec![0, 53, 53, 53, 37]]);
        assert_eq!(splits("00000", 5), vec![vec![0, 0, 0, 0, 0]]);
        assert_eq!(splits("10010010075", 4), vec![vec![100, 100, 100, 75]]);
        assert!(splits("101", 1).is_empty());
        assert_eq!(splits("777756", 5).len(), 5);
    }

    #[test]
    fn headline_picks_the_reading() {
        // Freedom of Information: only the reading ending in 56 gives a mean near 29.
        let rows = ["777756", "000042", "3317171750", "00000", "00000"];
        let r = resolve_table(&rows, 5, Some(29.0), 1.0).unwrap();
        assert_eq!(r.count, 5);
        assert_eq!(r.rows[0], Some(vec![7, 7, 7, 7, 56]));
    }

    #[test]
    fn fewer_values_when_that_is_the_only_determined_reading() {
        let rows = ["29365199", "94949444", "10010010075", "83838361", "36363629"];
        let r = resolve_table(&rows, 5, Some(62.0), 1.0).unwrap();
        assert_eq!(r.count, 4);
        assert_eq!(r.readings, 1);
        assert_eq!(r.rows[2], Some(vec![100, 100, 100, 75]));
    }

    #[test]
    fn undetermined_rows_stay_unknown() {
        // Without a headline, "777756" has five readings and nothing to choose between them.
        let r = resolve_table(&["777756"], 5, None, 1.0).unwrap();
        assert_eq!(r.rows[0], None);
    }
}
