//! The tabular export of the corpus: fixed columns for scores, facts, answers and passages, and
//! their CSV. The `govlens export` command and the widget's "download CSV" both use these, so a
//! chart's CSV has exactly the columns of the command's.
use crate::model::{Answer, Fact, Passage, Provenance, Score, ScoreKind};

pub const SCORE_COLUMNS: &[&str] = &["country", "framework", "dimension", "metric", "year", "value", "reference_value", "reference_label", "source", "locator"];
pub const FACT_COLUMNS: &[&str] = &["country", "fact", "value", "unit", "year", "source", "locator"];
pub const ANSWER_COLUMNS: &[&str] = &["country", "questionnaire", "question", "item", "answer", "basis", "text", "source", "locator"];
pub const PASSAGE_COLUMNS: &[&str] = &["id", "country", "source", "section", "text"];

/// A table: the header row first.
pub type Rows = Vec<Vec<String>>;

/// `613894`, `2.3`: integers without a fraction, others without trailing zeros.
pub fn fmt_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = fixed(v, 6);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// `x * scale` rounded to an integer as if the product were exact: the product's rounding error
/// (exact through a fused multiply-add) decides a tie, then the even neighbour.
fn round_scaled(x: f64, scale: f64) -> u64 {
    let p = x * scale;
    let error = x.mul_add(scale, -p);
    let n = p.floor();
    let rest = p - n;
    let up = rest > 0.5 || (rest == 0.5 && (error > 0.0 || (error == 0.0 && n % 2.0 == 1.0)));
    n as u64 + u64::from(up)
}

/// `v` rounded to `decimals` places (at most 9) and written with integer arithmetic, as
/// `format!("{v:.N}")` would for the values a corpus holds. Why by hand: `f64`'s Display brings
/// its formatting code and power-of-ten tables, about 35 KB, into every widget build.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN"
        } else if v > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .to_string();
    }
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    let sign = if v.is_sign_negative() { "-" } else { "" };
    // The integer part and the fraction apart, both exact in f64, so that only the fraction is
    // scaled and rounded (half to even, as Display does).
    let (whole, fraction) = (v.abs().trunc(), v.abs().fract());
    let mut int = whole as u128;
    let mut frac = round_scaled(fraction, scale as f64);
    if frac == scale {
        (int, frac) = (int + 1, 0);
    }
    match decimals {
        // With no decimals a tie goes to the even integer, not to the even fraction.
        0 => format!("{sign}{}", v.abs().round_ties_even() as u128),
        d => format!("{sign}{int}.{frac:0width$}", width = d as usize),
    }
}

fn num(v: Option<f64>) -> String {
    v.map(fmt_number).unwrap_or_default()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn header(cols: &[&str]) -> Vec<String> {
    cols.iter().map(|s| s.to_string()).collect()
}

/// `§1.1 Basic data (lines 37-37)`.
pub fn locator(p: &Provenance) -> String {
    format!("{} (lines {}-{})", p.locator, p.lines.start, p.lines.end)
}

/// The metric column: a growth figure is its own row, so its metric says what it measures.
pub fn metric_label(s: &Score) -> String {
    match (&s.metric, s.kind) {
        (Some(m), ScoreKind::Growth) => format!("{m} ({})", s.period.as_deref().unwrap_or("change")),
        (Some(m), _) => m.clone(),
        (None, _) => String::new(),
    }
}

pub fn score_rows<'a>(scores: impl IntoIterator<Item = &'a Score>) -> Rows {
    let mut out = vec![header(SCORE_COLUMNS)];
    for s in scores {
        out.push(vec![
            s.country.clone(),
            s.framework.slug().into(),
            s.dimension.clone(),
            metric_label(s),
            opt(s.year),
            num(s.value),
            num(s.reference_value),
            s.reference_label.clone().unwrap_or_default(),
            s.provenance.source.clone(),
            locator(&s.provenance),
        ]);
    }
    out
}

/// A fact's value as exported: a portal with its address, a strategy with its period.
pub fn fact_value(f: &Fact) -> String {
    match (&f.url, &f.period) {
        (Some(u), _) if f.fact == "portal" => format!("{} <{u}>", f.value),
        (_, Some(p)) => format!("{} ({p})", f.value),
        _ => f.value.clone(),
    }
}

pub fn fact_rows<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> Rows {
    let mut out = vec![header(FACT_COLUMNS)];
    for f in facts {
        out.push(vec![
            f.country.clone(),
            f.fact.clone(),
            fact_value(f),
            f.unit.clone().unwrap_or_default(),
            opt(f.year),
            f.provenance.source.clone(),
            locator(&f.provenance),
        ]);
    }
    out
}

/// The answer's text with its legal citation after it, as printed (the CSV has no citation column).
pub fn answer_text(a: &Answer) -> String {
    match &a.citation {
        Some(c) if a.text.is_empty() => format!("({c})"),
        Some(c) => format!("{} ({c})", a.text),
        None => a.text.clone(),
    }
}

pub fn answer_rows<'a>(answers: impl IntoIterator<Item = &'a Answer>) -> Rows {
    let mut out = vec![header(ANSWER_COLUMNS)];
    for a in answers {
        out.push(vec![
            a.country.clone(),
            a.questionnaire.clone(),
            a.question.clone(),
            a.item.clone().unwrap_or_default(),
            a.answer.as_str().to_string(),
            a.basis.as_str().to_string(),
            answer_text(a),
            a.provenance.source.clone(),
            locator(&a.provenance),
        ]);
    }
    out
}

pub fn passage_rows<'a>(passages: impl IntoIterator<Item = &'a Passage>) -> Rows {
    let mut out = vec![header(PASSAGE_COLUMNS)];
    for p in passages {
        out.push(vec![p.id.clone(), p.country.clone(), p.source.clone(), p.section.join(" > "), p.text.clone()]);
    }
    out
}

/// RFC 4180 CSV as the csv crate writes it by default: a field is quoted only when it holds a
/// comma, a quote or a line break (its quotes doubled), a record with nothing in it is `""`,
/// and every record ends with `\n`. Written here rather than with the csv crate because its
/// writer, and the float parser that comes with it, were about 28 KB of the widget's wasm; the
/// test below holds the two to the same output.
pub fn to_csv(rows: &Rows) -> String {
    let mut out = String::new();
    for r in rows {
        if r.iter().all(String::is_empty) && r.len() <= 1 {
            out.push_str("\"\"\n");
            continue;
        }
        for (i, field) in r.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if field.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&field.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(field);
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let rows = vec![vec!["a,b".to_string(), "say \"hi\"".into(), "two\nlines".into(), "plain".into()]];
        assert_eq!(to_csv(&rows), "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\n");
    }

    /// The same bytes as the csv crate's default writer on awkward fields (tests/corpus.rs
    /// compares every table of the real corpus).
    #[test]
    fn csv_is_what_the_csv_crate_writes() {
        let with_crate = |rows: &Rows| {
            let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
            for r in rows {
                w.write_record(r).expect("in memory");
            }
            String::from_utf8(w.into_inner().expect("in memory")).expect("utf-8")
        };
        let odd = ["", " ", ",", "\"", "a\rb", "a\r\nb", "tab\there", "ünï, cödé", "\"quoted\"", "trailing "];
        let mut rows: Rows = vec![vec![], vec![String::new()], vec![String::new(), String::new()]];
        rows.extend(odd.iter().map(|f| vec![f.to_string()]));
        rows.extend(odd.iter().flat_map(|a| odd.iter().map(move |b| vec![a.to_string(), b.to_string(), "x".into()])));
        assert_eq!(to_csv(&rows), with_crate(&rows));
    }

    #[test]
    fn numbers_print_as_the_documents_do() {
        assert_eq!(fmt_number(613894.0), "613894");
        assert_eq!(fmt_number(2.3), "2.3");
        assert_eq!(fmt_number(33.67), "33.67");
    }

    /// `fixed` against the standard library's `{:.N}` over every value shape a corpus or a chart
    /// has: scores, shares, coordinates, large counts, negatives and zero.
    #[test]
    fn fixed_writes_what_display_writes() {
        let mut values = vec![0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 99.995, 613894.0, 1e15 + 0.5, -7.25, 0.000_000_4];
        let mut x = 0.013_f64;
        while x < 5.0e7 {
            values.push(x);
            values.push(-x);
            x = x * 1.37 + 0.011;
        }
        values.extend((0..2000).map(|i| i as f64 / 16.0 + 0.001 * (i % 7) as f64));
        // Halfway cases at every number of places: 0.0005, 0.1905, 12.345, ...
        values.extend((0..40_000).map(|i| i as f64 / 2000.0));
        for v in values {
            for d in [0, 1, 2, 3, 6] {
                assert_eq!(fixed(v, d), format!("{v:.d$}", d = d as usize), "{v} to {d} places");
            }
        }
    }
}
