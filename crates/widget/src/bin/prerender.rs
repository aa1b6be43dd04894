//! `govlens-prerender <split folder>`: for each country's card part (`card/LU.govlens`), writes
//! its card as HTML (`card/LU.html`), rendered by the embed's own card component. The loader
//! shows it at once while the wasm downloads and starts (make web runs this after
//! `govlens split`).
use std::path::Path;
use std::process::ExitCode;

fn prerender(folder: &Path) -> Result<usize, String> {
    let cards = folder.join("card");
    let entries = std::fs::read_dir(&cards).map_err(|e| format!("{}: {e} (is it a folder written by `govlens split`?)", cards.display()))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "govlens")).collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("{}: no card parts (card/XX.govlens) to render", cards.display()));
    }
    // Every card part's dataset values cite the folder's shared tables, as the loader reads them.
    let tables_path = folder.join(govlens_core::layout::TABLES_FILE);
    let tables_bytes = govlens_core::files::read(&tables_path, govlens_core::files::PART)
        .map_err(|e| format!("{}: {e} (is it a folder written by `govlens split`?)", tables_path.display()))?;
    let tables = govlens_core::decode(&tables_bytes).map_err(|e| format!("{}: {e}", tables_path.display()))?;
    for part in &paths {
        let country = part.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let bytes = govlens_core::files::read(part, govlens_core::files::PART).map_err(|e| format!("{}: {e}", part.display()))?;
        let records = govlens_core::decode(&bytes).map_err(|e| format!("{}: {e}", part.display()))?;
        // A part that holds another country's records (or none of its own) would be written as
        // an error box under this country's name: refused, naming it (issue 20).
        if let Some(other) = records.countries().into_iter().find(|c| *c != country) {
            return Err(format!("{}: holds records of {other}, where only {country} was expected", part.display()));
        }
        let mut corpus = tables.clone();
        corpus.merge(records);
        let html = govlens_widget::prerender::card_html(corpus, &country);
        let out = part.with_extension("html");
        // A symbolic link where the HTML goes is not written through (it could name any file).
        if std::fs::symlink_metadata(&out).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(format!("{}: a symbolic link, not written through; remove it", out.display()));
        }
        std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(paths.len())
}

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1) else {
        eprintln!("usage: govlens-prerender <split folder>");
        return ExitCode::from(2);
    };
    match prerender(Path::new(&folder)) {
        Ok(n) => {
            println!("prerendered {n} cards in {}", Path::new(&folder).join("card").display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("govlens-prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
