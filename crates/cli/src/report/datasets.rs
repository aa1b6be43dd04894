//! `govlens datasets`: each dataset with its publisher, address and licence, its files with their
//! SHA-256 and rows, and its indicators.
use govlens_core::Corpus;
use std::fmt::Write;

pub fn render(c: &Corpus) -> String {
    let mut o = String::new();
    if c.datasets.is_empty() {
        let _ = writeln!(o, "no datasets: this corpus was built from the documents alone (set GOVLENS_DATA, or place the data in ../shared/data, and rebuild)");
        return o;
    }
    for (d, ds) in c.datasets.iter().enumerate() {
        let _ = writeln!(o, "{} ({}): {} countries", ds.title, ds.id, ds.countries);
        let _ = writeln!(o, "  publisher: {}", ds.publisher);
        let _ = writeln!(o, "  address:   {}", ds.url);
        let _ = writeln!(o, "  licence:   {}", ds.licence);
        for (i, f) in c.data_files.iter().enumerate().filter(|(_, f)| f.dataset as usize == d) {
            let tally = c.tallies.iter().find(|t| t.file as usize == i);
            let rows = tally.map(|t| format!(", {} rows", t.rows)).unwrap_or_default();
            let sheet = f.sheet.as_deref().map(|s| format!(" [{s}]")).unwrap_or_default();
            let _ = writeln!(o, "  file:      {}{sheet} ({}{rows})\n             sha256 {}", f.path, f.edition, f.sha256);
        }
        for ind in c.indicators.iter().filter(|i| i.dataset as usize == d) {
            let years = c.indicator(&ind.id).map(|(k, _)| c.years_of(k)).unwrap_or_default();
            let span = match (years.first(), years.last()) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => "no values".into(),
            };
            let role = if ind.headline {
                "headline"
            } else if ind.parent.is_some() {
                "component"
            } else {
                "indicator"
            };
            let _ = writeln!(o, "  {:<30} {:<9} {} ({}; {span})", ind.id, role, ind.label, ind.scale);
        }
        let _ = writeln!(o);
    }
    o
}
