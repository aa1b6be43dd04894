//! Issue 16's budgets on the real corpus with its datasets (the data directory: GOVLENS_DATA or
//! ../shared/data): what each element of a split folder downloads, gzip -9, beside the whole
//! corpus file, the peer a page without the split layout fetches.
//! - a card: the shared tables and its country's card part, for every country (the largest
//!   reported, and the median);
//! - a ranking: the tables and one year of one indicator, for every indicator and year;
//! - a trend: the tables, three countries' series of the indicator's dataset and its aggregates;
//! - the manifest.
mod common;
use common::gzip;
use govlens_core::encode;
use govlens_core::layout::{indicator_year_part, series_part, split, AGGREGATES_SERIES, MANIFEST_FILE, TABLES_FILE};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn kb(b: usize) -> String {
    format!("{:.1} KB", b as f64 / 1024.0)
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let explicit = std::env::var_os("GOVLENS_DATA").map(PathBuf::from);
    let data =
        govlens_ingest::data::data_dir(explicit.as_deref(), &root).expect("the data directory (GOVLENS_DATA or ../shared/data) is needed for this bench");
    let corpus = govlens_ingest::build_with_data(&root.join("corpus"), Some(&data)).expect("the corpus with its datasets builds");
    let files: BTreeMap<String, Vec<u8>> = split(&corpus).into_iter().collect();
    let gz: BTreeMap<&str, usize> = files.iter().map(|(p, b)| (p.as_str(), gzip(b))).collect();
    let tables = gz[TABLES_FILE];
    let whole = gzip(&encode(&corpus));

    let mut cards: Vec<(usize, &str)> = corpus.countries().into_iter().map(|c| (gz[format!("card/{c}.govlens").as_str()], c)).collect();
    cards.sort_unstable();
    let (card_max, card_max_cc) = cards[cards.len() - 1];
    let card_median = cards[cards.len() / 2].0;

    let mut rankings: Vec<(usize, String)> = Vec::new();
    for (i, ind) in corpus.indicators.iter().enumerate() {
        for year in corpus.years_of(i as u16) {
            let p = indicator_year_part(&ind.id, year);
            rankings.push((gz[p.as_str()], p));
        }
    }
    rankings.sort_unstable();
    let (rank_max, rank_max_path) = rankings[rankings.len() - 1].clone();

    // Trends of three countries: the three with the largest series of each dataset (a worst
    // case), and Denmark, Luxembourg and Kenya.
    let mut trends: Vec<(usize, String)> = Vec::new();
    for ds in &corpus.datasets {
        let mut per: Vec<usize> = corpus.countries().iter().map(|c| gz[series_part(&ds.id, c).as_str()]).collect();
        per.sort_unstable();
        let worst: usize = per.iter().rev().take(3).sum::<usize>() + gz[series_part(&ds.id, AGGREGATES_SERIES).as_str()];
        trends.push((worst, format!("{}: the 3 largest series + aggregates", ds.id)));
        let dk_lu_ke: usize =
            ["DK", "LU", "KE"].iter().map(|c| gz[series_part(&ds.id, c).as_str()]).sum::<usize>() + gz[series_part(&ds.id, AGGREGATES_SERIES).as_str()];
        trends.push((dk_lu_ke, format!("{}: DK, LU, KE + aggregates", ds.id)));
    }
    trends.sort_unstable();
    let (trend_max, trend_max_what) = trends[trends.len() - 1].clone();

    println!(
        "\nThe split folder with the datasets ({} countries, {} values; {} files); gzip -9; peer: the whole corpus file, {}",
        corpus.countries().len(),
        corpus.observations.len(),
        files.len(),
        kb(whole)
    );
    println!("| what a page fetches | largest | median / other | budget |");
    println!("| --- | ---: | ---: | ---: |");
    println!("| shared tables (`tables.govlens`, once per page) | {} | | |", kb(tables));
    println!(
        "| a card: tables + card part, every country | {} ({card_max_cc}: part {}) | median {} (part {}) | 30 KB |",
        kb(tables + card_max),
        kb(card_max),
        kb(tables + card_median),
        kb(card_median)
    );
    println!(
        "| a ranking: tables + one indicator-year, all {} | {} (`{rank_max_path}`) | median {} | 30 KB |",
        rankings.len(),
        kb(tables + rank_max),
        kb(tables + rankings[rankings.len() / 2].0)
    );
    println!(
        "| a trend of three countries: tables + series + aggregates | {} ({trend_max_what}) | median {} | 30 KB |",
        kb(tables + trend_max),
        kb(tables + trends[trends.len() / 2].0)
    );
    println!("| manifest (search's first file) | {} | | |", kb(gz[MANIFEST_FILE]));
}
