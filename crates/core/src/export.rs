//! The tabular export of the corpus: fixed columns for scores, facts, answers and passages, and
//! their CSV. The `govlens export` command and the widget's "download CSV" both use these, so a
//! chart's CSV has exactly the columns of the command's.
use crate::format::{fact_value, number, FactStyle};
use crate::model::{Answer, Fact, Passage, Provenance, Score, ScoreKind};
use crate::query::Comparison;

/// The columns of `score_rows`.
pub const SCORE_COLUMNS: &[&str] = &["country", "framework", "dimension", "metric", "year", "value", "reference_value", "reference_label", "source", "locator"];
/// The columns of `fact_rows`.
pub const FACT_COLUMNS: &[&str] = &["country", "fact", "value", "unit", "year", "source", "locator"];
/// The columns of `answer_rows`.
pub const ANSWER_COLUMNS: &[&str] = &["country", "questionnaire", "question", "item", "answer", "basis", "text", "source", "locator"];
/// The columns of `passage_rows`.
pub const PASSAGE_COLUMNS: &[&str] = &["id", "country", "source", "section", "text"];

/// The columns of `country_rows`: one country of the corpus each, with its codes, its names in
/// the four languages, its UN M49 region and what covers it.
pub const COUNTRY_COLUMNS: &[&str] =
    &["country", "alpha3", "numeric", "name_en", "name_fr", "name_de", "name_da", "region", "subregion", "un_member", "documents", "datasets"];

/// Every country of the corpus (documents' and datasets'), sorted by code: a host's country
/// picker, a join with other data.
pub fn country_rows(c: &crate::model::Corpus) -> Rows {
    let mut rows = vec![header(COUNTRY_COLUMNS)];
    for code in c.countries() {
        let e = c.entity(code);
        let names: [String; 4] = e.map(|e| e.names.clone()).unwrap_or_else(|| std::array::from_fn(|_| c.name_of(code)));
        let datasets =
            c.datasets.iter().enumerate().filter(|(d, _)| c.values_of(code).any(|o| c.indicators[o.indicator as usize].dataset as usize == *d)).count();
        let [en, fr, de, da] = names;
        rows.push(vec![
            code.to_string(),
            e.and_then(|e| e.alpha3.clone()).unwrap_or_default(),
            e.and_then(|e| e.numeric).map(|n| format!("{n:03}")).unwrap_or_default(),
            en,
            fr,
            de,
            da,
            e.and_then(|e| e.region.clone()).unwrap_or_default(),
            e.and_then(|e| e.subregion.clone()).unwrap_or_default(),
            e.is_some_and(|e| e.un_member).to_string(),
            c.sources.iter().filter(|s| s.country == code).count().to_string(),
            datasets.to_string(),
        ]);
    }
    rows
}

/// The columns of `indicator_rows`: one dataset value each, with its rank and its cell.
pub const INDICATOR_COLUMNS: &[&str] = &[
    "country",
    "country_name",
    "aggregate",
    "dataset",
    "indicator",
    "indicator_label",
    "year",
    "value",
    "rank",
    "of",
    "tied",
    "file_rank",
    "edition",
    "file",
    "sheet",
    "row",
    "column",
    "publisher",
    "licence",
];

/// Dataset values as rows of [`INDICATOR_COLUMNS`], the value written by `value` (the command
/// writes every digit the cell holds, a chart's download six places).
pub fn indicator_rows<'a>(c: &crate::model::Corpus, values: impl IntoIterator<Item = &'a crate::model::Observation>, value: fn(f64) -> String) -> Rows {
    let mut rows = vec![header(INDICATOR_COLUMNS)];
    for o in values {
        let ind = &c.indicators[o.indicator as usize];
        let ds = &c.datasets[ind.dataset as usize];
        let f = c.data_files.get(o.cell.file as usize);
        let shown = if ind.categories.is_empty() { value(o.value) } else { ind.categories.get(o.value as usize).cloned().unwrap_or_default() };
        rows.push(vec![
            o.entity.clone(),
            c.name_of(&o.entity),
            c.is_aggregate(&o.entity).to_string(),
            ds.id.clone(),
            ind.id.clone(),
            ind.label.clone(),
            o.year.to_string(),
            shown,
            opt(o.standing.map(|r| r.rank)),
            opt(o.standing.map(|r| r.of)),
            o.standing.map(|r| r.tied.to_string()).unwrap_or_default(),
            opt(o.rank.map(|(r, _)| r)),
            f.map(|f| f.edition.clone()).unwrap_or_default(),
            f.map(|f| f.path.clone()).unwrap_or_default(),
            f.and_then(|f| f.sheet.clone()).unwrap_or_default(),
            o.cell.row.to_string(),
            f.and_then(|f| f.columns.get(o.cell.column as usize).cloned()).unwrap_or_default(),
            ds.publisher.clone(),
            ds.licence.clone(),
        ]);
    }
    rows
}

/// A table: the header row first.
pub type Rows = Vec<Vec<String>>;

fn num(v: Option<f64>) -> String {
    v.map(number).unwrap_or_default()
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

/// Scores as a table with [`SCORE_COLUMNS`]: a growth figure is its own row.
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

/// Facts as a table with [`FACT_COLUMNS`].
pub fn fact_rows<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> Rows {
    let mut out = vec![header(FACT_COLUMNS)];
    for f in facts {
        out.push(vec![
            f.country.clone(),
            f.fact.clone(),
            fact_value(f, FactStyle::EXPORT),
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

/// Answers as a table with [`ANSWER_COLUMNS`].
pub fn answer_rows<'a>(answers: impl IntoIterator<Item = &'a Answer>) -> Rows {
    let mut out = vec![header(ANSWER_COLUMNS)];
    for a in answers {
        out.push(vec![
            a.country.clone(),
            a.questionnaire.to_string(),
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

/// Passages as a table with [`PASSAGE_COLUMNS`].
pub fn passage_rows<'a>(passages: impl IntoIterator<Item = &'a Passage>) -> Rows {
    let mut out = vec![header(PASSAGE_COLUMNS)];
    for p in passages {
        out.push(vec![p.id.clone(), p.country.clone(), p.source.clone(), p.section.join(" > "), p.text.clone()]);
    }
    out
}

/// The columns of a comparison in long format: one row per country and question or score.
pub const COMPARISON_COLUMNS: &[&str] = &["kind", "question_or_metric", "item", "country", "answer_or_value", "basis_or_year", "source", "locator"];

/// A comparison in long format (`govlens compare --format csv`): each country's answer to each
/// question and item (`answer:UN MSQ 2022`), then each score (`score:headline`), with its source.
pub fn comparison_rows(c: &Comparison) -> Rows {
    let mut out = vec![header(COMPARISON_COLUMNS)];
    for r in &c.answers {
        for (cc, a) in &r.answers {
            let (answer, basis, source, locator) = match a {
                Some(a) => (a.answer.as_str().to_string(), a.basis.as_str().to_string(), a.provenance.source.clone(), a.provenance.locator.clone()),
                None => Default::default(),
            };
            out.push(vec![
                format!("answer:{}", r.questionnaire),
                r.question.clone(),
                r.item.clone().unwrap_or_default(),
                cc.clone(),
                answer,
                basis,
                source,
                locator,
            ]);
        }
    }
    for r in &c.scores {
        for (cc, s) in &r.values {
            let (value, year, source, locator) = match s {
                Some(s) => (num(s.value), opt(s.year), s.provenance.source.clone(), s.provenance.locator.clone()),
                None => Default::default(),
            };
            out.push(vec![format!("score:{}", r.kind.slug()), r.name(), String::new(), cc.clone(), value, year, source, locator]);
        }
    }
    out
}

/// RFC 4180 CSV as the csv crate writes it by default: a field is quoted only when it holds a
/// comma, a quote or a line break (its quotes doubled), a record with nothing in it is `""`,
/// and every record ends with `\n`. A field a spreadsheet would run as a formula is written
/// neutralised first ([`neutralised`]). Written here rather than with the csv crate because its
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
            let field = &neutralised(field);
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

/// A CSV field as a spreadsheet may safely open it (OWASP's advice on CSV injection): a field
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a number (`-16`,
/// `+11` stay numbers), gets a leading `'`, so that Excel, LibreOffice and Sheets show it as
/// text instead of running it (a document's `=HYPERLINK(...)` would otherwise be a link the
/// reader did not ask for). Every other field is unchanged.
pub fn neutralised(field: &str) -> std::borrow::Cow<'_, str> {
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && field.trim().parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 20: cells that start like a formula were written as they were.
    #[test]
    fn formula_cells_are_neutralised_and_numbers_are_not() {
        let rows = vec![vec![
            "=HYPERLINK(\"https://evil.example\",\"x\")".to_string(),
            "+cmd".into(),
            "@SUM(A1)".into(),
            "-16".into(),
            "+11".into(),
            "-".into(),
            "a=b".into(),
        ]];
        assert_eq!(to_csv(&rows), "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",'+cmd,'@SUM(A1),-16,+11,'-,a=b\n");
    }

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
}
