//! Where a document and a dataset give the same figure, the two compared: EUROPAM's country
//! page prints each headline score rounded to a whole number, without its year; the dataset
//! holds every year's score. Agreement with the year the document states (or, undated, with
//! the dataset's latest year) passes; a match with another year only, or none, is flagged with
//! both values side by side.
use govlens_core::{Check, Corpus, Framework, Outcome, ScoreKind};

pub fn documents_against_datasets(c: &Corpus) -> Vec<Check> {
    let mut out = Vec::new();
    for s in c.scores.iter().filter(|s| s.framework == Framework::Europam && s.kind == ScoreKind::Headline) {
        let Some(value) = s.value else { continue };
        let label = format!("{} Score", s.dimension);
        let Some((ind, indicator)) = c.indicators.iter().enumerate().find(|(_, i)| i.id.starts_with("europam.") && i.label.eq_ignore_ascii_case(&label)) else {
            continue;
        };
        let series = c.series_of(&s.country, ind as u16);
        if series.is_empty() {
            continue;
        }
        let years: Vec<String> = series.iter().map(|o| format!("{} {}", o.year, govlens_core::format::fixed(o.value, 2))).collect();
        let matching: Vec<u16> = series.iter().filter(|o| o.value.round() == value).map(|o| o.year).collect();
        let wanted = s.year.or_else(|| series.last().map(|o| o.year));
        let (outcome, detail) = match wanted {
            Some(y) if matching.contains(&y) => (Outcome::Passed, format!("the page's {value} is the dataset's {y} value rounded ({})", years.join(", "))),
            _ if !matching.is_empty() => (
                Outcome::Flagged,
                format!(
                    "the page's {value} is the dataset's value of {} rounded, not of {}: the page mixes years (dataset: {})",
                    matching.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
                    wanted.map(|y| y.to_string()).unwrap_or_else(|| "its latest year".into()),
                    years.join(", ")
                ),
            ),
            _ => (Outcome::Flagged, format!("the page's {value} matches no year of the dataset ({}): both are kept, each with its source", years.join(", "))),
        };
        out.push(Check {
            country: s.country.clone(),
            source: format!("{} + {}", s.provenance.source, c.data_files.get(series[0].cell.file as usize).map(|f| f.path.as_str()).unwrap_or("?")),
            locator: format!("{} ({})", s.provenance.locator, indicator.short),
            what: format!("the EUROPAM page's {} score agrees with the EUROPAM dataset", s.dimension),
            outcome,
            detail,
        });
    }
    out
}
