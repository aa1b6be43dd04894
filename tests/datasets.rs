//! The public datasets as imported: real values from several datasets and countries against the
//! files' cells, the awkward cases (renamed headers, zero-as-missing, ties, aggregates,
//! encodings, footers, duplicated rows), every row accounted for, every value found again in
//! its cell, and a build that fails naming the file, row or name.
mod common;
use common::*;
use govlens_core::{Corpus, EntityKind, Observation, Outcome};
use govlens_ingest::data::{descriptor, table};
use std::path::Path;

fn value<'a>(c: &'a Corpus, country: &str, indicator: &str, year: u16) -> &'a Observation {
    let (i, _) = c.indicator(indicator).unwrap_or_else(|| panic!("indicator {indicator}"));
    c.observations.iter().find(|o| o.entity == country && o.indicator == i && o.year == year).unwrap_or_else(|| panic!("{country} {indicator} {year}"))
}

#[test]
fn egdi_2022_denmark_and_luxembourg_with_their_cells() {
    let c = full_corpus();
    let dk = value(c, "DK", "un-egdi.egdi", 2022);
    assert_eq!(dk.value, 0.9717);
    assert_eq!(dk.rank.map(|r| r.0), Some(1), "the file's rank");
    assert_eq!(dk.standing.map(|r| (r.rank, r.of)), Some((1, 193)));
    assert_eq!(c.cell_text(&dk.cell), "un_egdi_2003_2022/EGOV_DATA_2022.csv, row 120, column \"E-Government Index\"");
    let lu = value(c, "LU", "un-egdi.egdi", 2022);
    assert_eq!(lu.value, 0.8675);
    assert_eq!(lu.standing.map(|r| (r.rank, r.of)), Some((26, 193)));
    // The 2024 file has renamed headers (E_Index, Rank).
    let lu24 = value(c, "LU", "un-egdi.egdi", 2024);
    assert_eq!((lu24.value, lu24.rank.map(|r| r.0)), (0.84658, Some(45)));
    assert!(c.cell_text(&lu24.cell).ends_with("column \"E_Index\""), "{}", c.cell_text(&lu24.cell));
    assert_eq!(value(c, "DK", "un-egdi.egdi", 2024).value, 0.98474);
}

#[test]
fn every_un_member_state_has_a_card_with_its_egdi() {
    let c = full_corpus();
    let members: Vec<_> = c.entities.iter().filter(|e| e.un_member).collect();
    assert_eq!(members.len(), 193);
    for e in members {
        let card = c.card_view(Some(&e.code), None, govlens_core::format::Locale::En).unwrap_or_else(|p| panic!("{}: {}", e.code, p.detail));
        let egdi =
            card.sections("datasets").find(|s| s.title == "UN E-Government Development Index").unwrap_or_else(|| panic!("{} has no EGDI section", e.code));
        assert!(egdi.rows[0].label.starts_with("E-Government Development Index"), "{}", e.code);
        assert!(egdi.rows[0].cite.full.contains("row "), "{}: every value cites its cell", e.code);
    }
    // Kenya: no document, a card all the same, that says what does not cover it.
    let ke = c.card_view(Some("KE"), None, govlens_core::format::Locale::En).expect("Kenya");
    assert_eq!(ke.name, "Kenya");
    assert!(ke.subtitle.ends_with("from 4 public datasets"), "{}", ke.subtitle);
    assert!(ke.note("datasets").is_some_and(|n| n.contains("EUROPAM") && n.contains("(34 countries)")), "{:?}", ke.note("datasets"));
    assert!(
        ke.sections("history").next().is_some_and(|h| h.rows.len() == 12
            && h.rows[11].label == "2003"
            && h.rows[11].value == govlens_core::views::card::ValueText::Text("0.2992".into())),
        "{:?}",
        ke.sections("history").next()
    );
}

#[test]
fn desi_from_its_calculation_workbook_stacked_blocks_year_codes_and_the_eu27_row() {
    let c = full_corpus();
    // DESI 2022 as published: Denmark 69.33 (rank 2 of 27), Luxembourg 58.85 (rank 8).
    let dk = value(c, "DK", "desi.desi", 2022);
    assert!((dk.value - 69.33381305193686).abs() < 1e-12, "{}", dk.value);
    assert_eq!(dk.standing.map(|r| (r.rank, r.of, r.tied)), Some((2, 27, false)));
    assert_eq!(c.cell_text(&dk.cell), "desi_2022/DESI 2022 final.xlsx, sheet 'Data 3', row 14, column \"DESI\"");
    let lu = value(c, "LU", "desi.desi", 2022);
    assert_eq!(lu.standing.map(|r| r.rank), Some(8));
    // `y5` is DESI 2021 as recalculated in 2022 (row 42): year codes mapped, not read as numbers.
    let dk21 = value(c, "DK", "desi.desi", 2021);
    assert_eq!((dk21.value, dk21.cell.row, dk21.standing.map(|r| r.rank)), (65.25032876547083, 42, Some(1)));
    assert_eq!(c.observations.iter().filter(|o| c.indicators[o.indicator as usize].id == "desi.desi").count(), 6 * 28);
    // The indicators sheet: Estonia's digital public services for citizens, 2022.
    assert!((value(c, "EE", "desi.dps-citizens", 2022).value - 92.09727891156463).abs() < 1e-9);
    // Earlier years lack some indicators: empty cells are gaps, with their cell.
    assert!(c.gaps.iter().any(|g| g.entity == "AT" && c.indicators[g.indicator as usize].id == "desi.prefilled" && g.year == 2021 && g.cell.row == 30));
    // The workbook's EU row is the EU27 average (an aggregate, not ranked), not EUROPAM's EU.
    let eu = value(c, "EU27", "desi.desi", 2022);
    assert!((eu.value - 52.2752353464772).abs() < 1e-9);
    assert_eq!(eu.standing, None);
    assert!(!c.observations.iter().any(|o| o.entity == "EU" && c.indicators[o.indicator as usize].dataset == desi_dataset(c)));
    // Nothing below the block's last row (filler rows of zeros, the rank block) is read.
    assert!(!c.gaps.iter().any(|g| c.data_files[g.cell.file as usize].sheet.as_deref() == Some("Data 3")));
    assert!(c.observations.iter().filter(|o| c.data_files[o.cell.file as usize].sheet.as_deref() == Some("Data 3")).all(|o| (8..=175).contains(&o.cell.row)));
    // The card: the index and its four dimensions shown, dimension 4's indicators behind "Show all".
    let card = c.card_view(Some("DK"), None, govlens_core::format::Locale::En).expect("DK");
    let desi = card.sections("datasets").find(|s| s.title == "Digital Economy and Society Index").expect("a DESI section");
    assert_eq!(desi.short, 5);
    assert_eq!(desi.rows.len(), 10);
    assert_eq!(desi.rows[4].label, "Digital public services");
}

fn desi_dataset(c: &Corpus) -> u16 {
    c.datasets.iter().position(|d| d.id == "desi").expect("desi") as u16
}

#[test]
fn zeros_before_2013_are_not_scores() {
    let c = full_corpus();
    let (egdi, _) = c.indicator("un-egdi.egdi").expect("egdi");
    // South Sudan did not exist in 2003: the 2022 country list gives it zeros and a blank rank.
    let ss = c.gaps.iter().find(|g| g.entity == "SS" && g.indicator == egdi && g.year == 2003).expect("South Sudan 2003 is a gap");
    assert_eq!(ss.found, "0.00000");
    assert!(ss.reason.contains("not assessed"));
    assert!(!c.observations.iter().any(|o| o.entity == "SS" && o.indicator == egdi && o.year == 2003));
    // Iraq 2003: EGDI 0 (a gap) but its Human Capital Index 0.93 is a value.
    assert!(c.gaps.iter().any(|g| g.entity == "IQ" && g.indicator == egdi && g.year == 2003));
    assert_eq!(value(c, "IQ", "un-egdi.hci", 2003).value, 0.93);
    // The ranks of 2003 are among the 173 countries assessed.
    assert_eq!(value(c, "DK", "un-egdi.egdi", 2003).standing.map(|r| r.of), Some(173));
    // From 2014 a 0 would be a value; there is no EGDI 0 left.
    assert!(!c.observations.iter().any(|o| o.indicator == egdi && o.value == 0.0));
}

#[test]
fn ties_share_a_rank_and_aggregates_are_not_ranked() {
    let c = full_corpus();
    let (is, se) = (value(c, "IS", "un-egdi.egdi", 2022), value(c, "SE", "un-egdi.egdi", 2022));
    assert_eq!((is.value, se.value), (0.941, 0.941));
    assert_eq!((is.standing.map(|r| (r.rank, r.tied)), se.standing.map(|r| (r.rank, r.tied))), (Some((5, true)), Some((5, true))));
    assert_eq!(value(c, "AU", "un-egdi.egdi", 2022).standing.map(|r| r.rank), Some(7), "the next rank skips");
    // eGovernment Benchmark 2023 (data 2022): DK 85.12 is 8th of 35, LU 3rd; the EU27 average
    // is typed as an aggregate and ranked nowhere.
    let dk = value(c, "DK", "egov-benchmark.overall", 2022);
    assert!((dk.value - 85.1167).abs() < 1e-4, "{}", dk.value);
    assert_eq!(dk.standing.map(|r| (r.rank, r.of)), Some((8, 35)));
    assert_eq!(value(c, "LU", "egov-benchmark.overall", 2022).standing.map(|r| r.rank), Some(3));
    let eu = value(c, "EU27", "egov-benchmark.overall", 2022);
    assert_eq!(c.entity("EU27").map(|e| e.kind), Some(EntityKind::Aggregate));
    assert_eq!(eu.standing, None);
    assert_eq!(value(c, "DK", "egov-benchmark.overall", 2023).standing.map(|r| (r.rank, r.of)), Some((7, 37)));
    // EL is Greece in the Commission's codes.
    assert!(c.observations.iter().any(|o| o.entity == "GR" && o.year == 2022));
}

#[test]
fn other_datasets_encodings_and_codes() {
    let c = full_corpus();
    // ODIN: Windows-1252 with four footer lines; one row per category, "All Categories" kept.
    assert_eq!(value(c, "DK", "odin.overall", 2022).value, 185.0);
    assert_eq!(value(c, "LU", "odin.overall", 2022).value, 140.0);
    assert!(c.observations.iter().any(|o| o.entity == "TR" && c.indicators[o.indicator as usize].id == "odin.overall"), "Türkiye read from Windows-1252");
    assert_eq!(c.name_of("TR"), "Türkiye");
    // Kosovo: KSV (World Bank), XKX (ODIN), "Kosovo" (WGI) are one entity.
    for ind in ["wb-gtmi.gtmi", "odin.overall", "wb-wgi.va"] {
        assert!(c.observations.iter().any(|o| o.entity == "XK" && c.indicators[o.indicator as usize].id == ind), "Kosovo in {ind}");
    }
    // OECD DGI: UTF-8 with a BOM, long format, the rank a row of its own.
    let kor = value(c, "KR", "oecd-dgi.composite", 2023);
    assert_eq!((kor.value, kor.rank.map(|r| r.0)), (0.935, Some(1)));
    assert_eq!(value(c, "DK", "oecd-dgi.composite", 2023).value, 0.811);
    // GovTech: group A, GTMI 0.8737 for Denmark in 2022.
    assert!((value(c, "DK", "wb-gtmi.gtmi", 2022).value - 0.8737).abs() < 5e-5);
    assert_eq!(value(c, "DK", "wb-gtmi.group", 2022).value, 0.0, "group A is category 0");
    // WGI: ".." is a gap; Denmark's Voice and Accountability 2023.
    let va = value(c, "DK", "wb-wgi.va", 2023);
    assert!((va.value - 1.6647).abs() < 1e-4 && (value(c, "DK", "wb-wgi.va-pct", 2023).value - 98.53).abs() < 0.01);
    assert!(c.gaps.iter().filter(|g| g.found == "..").count() > 1000);
    // EUROPAM: Denmark's FOI 2020; the financial-disclosure sub-scores of 2020 are 0 for all.
    assert!((value(c, "DK", "europam.FOI-Score", 2020).value - 46.16666667).abs() < 1e-9);
    assert!(c.gaps.iter().any(|g| g.entity == "DK" && c.indicators[g.indicator as usize].id == "europam.FD-2" && g.reason.contains("not computed")));
}

#[test]
fn no_respondent_column_is_read() {
    let c = full_corpus();
    let f = c.data_files.iter().position(|f| f.path == "wb_gtmi/gtmiwide_clean.csv").expect("GovTech file");
    let personal: Vec<u16> = c.data_files[f]
        .columns
        .iter()
        .enumerate()
        .filter(|(_, h)| ["Submitted by", "Organization", "Position"].contains(&h.as_str()))
        .map(|(i, _)| i as u16)
        .collect();
    assert_eq!(personal.len(), 3, "the header has them");
    assert!(!c.observations.iter().any(|o| o.cell.file as usize == f && personal.contains(&o.cell.column)));
    assert!(!c.gaps.iter().any(|g| g.cell.file as usize == f && personal.contains(&g.cell.column)));
}

#[test]
fn every_row_of_every_file_is_accounted_for() {
    let c = full_corpus();
    assert_eq!(c.tallies.len(), c.data_files.len());
    for t in &c.tallies {
        let skipped: u32 = t.skipped.iter().map(|s| s.1).sum();
        assert_eq!(t.imported + t.checked + skipped, t.rows, "{}", c.data_files[t.file as usize].path);
    }
    let rows = |p: &str| c.tallies.iter().find(|t| c.data_files[t.file as usize].path == p).map(|t| t.rows);
    assert_eq!(rows("odin_2022/ODIN_03222024.csv"), Some(4485), "the four footer lines are not rows");
    assert_eq!(rows("wb_wgi_2024/wgidataset.xlsx"), Some(32100));
    assert_eq!(rows("europam/datahub.db"), Some(4572));
    assert_eq!(rows("wb_gtmi/gtmiwide_clean.csv"), Some(396), "quoted line breaks are not rows");
}

#[test]
fn second_copies_and_the_documents_are_checked() {
    let c = full_corpus();
    let check = |source: &str| c.checks.iter().find(|k| k.source == source).unwrap_or_else(|| panic!("a check of {source}"));
    let unu = check("un_egdi_unu_egov_2010_2018/egdi-2018.csv");
    assert_eq!((unu.outcome, unu.detail.as_str()), (Outcome::Passed, "all 965 values equal the imported ones"));
    assert_eq!(check("un_egdi_2024/EGOV_DATA_2024__aaravgupta10_subset20.csv").outcome, Outcome::Passed);
    // The EUROPAM page's rounded scores against the dataset: FOI 29 is 2020's 29.44; COI 34 is
    // 2012's, not 2020's 29.
    let page = |dim: &str| c.checks.iter().find(|k| k.country == "LU" && k.what.contains(&format!("page's {dim} score"))).unwrap_or_else(|| panic!("{dim}"));
    assert_eq!(page("Freedom of Information").outcome, Outcome::Passed);
    let coi = page("Conflict of Interest");
    assert_eq!(coi.outcome, Outcome::Flagged);
    assert!(coi.detail.contains("value of 2012") && coi.detail.contains("2020 29.00"), "{}", coi.detail);
    // The files' own ranks: 2022 agrees; 2020 has four ranks that its rounded values do not give.
    let ranks = |file: &str| c.checks.iter().find(|k| k.source == file && k.locator.ends_with("ranks")).expect("rank check");
    assert_eq!(ranks("un_egdi_2003_2022/EGOV_DATA_2022.csv").outcome, Outcome::Passed);
    assert!(ranks("un_egdi_2003_2022/EGOV_DATA_2020.csv").detail.starts_with("4 of 193 ranks differ"));
}

/// Every value found again in its cell, and every gap's text: each file re-read through its
/// descriptor.
#[test]
fn every_value_is_found_again_in_its_cell() {
    let c = full_corpus();
    let desc = descriptor::parse(&std::fs::read_to_string(corpus_dir().join("datasets.toml")).expect("descriptors"), "datasets.toml").expect("valid");
    let data = data_dir();
    let mut seen = 0;
    for (f, file) in c.data_files.iter().enumerate() {
        // One workbook can hold two tables (DESI's sheets): the table is the file's and sheet's.
        let t = desc.tables.iter().find(|t| t.files.iter().any(|x| x.path == file.path) && (t.sheet.is_none() || t.sheet == file.sheet)).expect("its table");
        let read = table::read(&data.join(&file.path), t).expect("reads");
        assert_eq!(read.columns, file.columns, "{}: the header as stored", file.path);
        let cell = |row: u32, col: u16| {
            read.rows.iter().find(|(r, _)| *r == row).and_then(|(_, cells)| cells.get(col as usize)).unwrap_or_else(|| panic!("{} row {row}", file.path))
        };
        for o in c.observations.iter().filter(|o| o.cell.file as usize == f) {
            let ind = &c.indicators[o.indicator as usize];
            let there = cell(o.cell.row, o.cell.column);
            if ind.categories.is_empty() {
                assert_eq!(there.number(), Some(o.value), "{} {}", file.path, c.cell_text(&o.cell));
            } else {
                assert_eq!(there.shown(), ind.categories[o.value as usize], "{}", c.cell_text(&o.cell));
            }
            if let Some((rank, rc)) = o.rank {
                assert_eq!(cell(rc.row, rc.column).number(), Some(f64::from(rank)), "{}", c.cell_text(&rc));
            }
            seen += 1;
        }
        for g in c.gaps.iter().filter(|g| g.cell.file as usize == f) {
            assert_eq!(cell(g.cell.row, g.cell.column).shown(), g.found, "{}", c.cell_text(&g.cell));
        }
    }
    assert_eq!(seen, c.observations.len());
}

/// A temporary copy of the data directory, as links, with `change` applied.
fn data_copy(name: &str, change: impl Fn(&Path)) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("govlens-data-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for entry in std::fs::read_dir(data_dir()).expect("data dir") {
        let entry = entry.expect("entry");
        if entry.path().is_dir() {
            std::fs::create_dir_all(dir.join(entry.file_name())).expect("dir");
            for f in std::fs::read_dir(entry.path()).expect("sub") {
                let f = f.expect("file");
                std::os::unix::fs::symlink(f.path(), dir.join(entry.file_name()).join(f.file_name())).expect("link");
            }
        }
    }
    change(&dir);
    dir
}

#[test]
fn a_changed_or_missing_file_stops_the_build_naming_it() {
    let changed = data_copy("changed", |d| {
        let p = d.join("odin_2022/ODIN_03222024.csv");
        let mut bytes = std::fs::read(&p).expect("odin");
        std::fs::remove_file(&p).expect("unlink");
        bytes.extend_from_slice(b"\n");
        std::fs::write(&p, bytes).expect("write");
        std::fs::remove_file(d.join("oecd_dgi_2023/oecd_dgi_2023.csv")).expect("unlink");
    });
    let err = govlens_ingest::build_with_data(&corpus_dir(), Some(&changed)).expect_err("a changed file is refused").to_string();
    assert!(err.starts_with("2 problems with the datasets"), "{err}");
    assert!(err.contains("odin_2022/ODIN_03222024.csv (dataset odin): SHA-256 is"), "{err}");
    assert!(err.contains("oecd_dgi_2023/oecd_dgi_2023.csv (dataset oecd-dgi): No such file"), "{err}");
    let _ = std::fs::remove_dir_all(changed);
}

#[test]
fn a_name_no_register_knows_is_an_error_naming_dataset_row_and_name() {
    // A corpus folder of its own: the bundled documents, one descriptor for a file in the EGDI
    // layout written here, with a country that does not exist.
    let dir = std::env::temp_dir().join(format!("govlens-atlantis-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("corpus/sources")).expect("dirs");
    std::fs::create_dir_all(dir.join("data/egdi")).expect("dirs");
    let csv = "Survey Year,Country Name,E-Government Rank,E-Government Index\n2022,\"Denmark \",1,0.97170\n2022,\"Atlantis \",2,0.90000\n2022,Georgia (Country),3,0.7\n";
    std::fs::write(dir.join("data/egdi/EGOV.csv"), csv).expect("csv");
    use sha2::Digest;
    let sha = format!("{:x}", sha2::Sha256::digest(csv.as_bytes()));
    std::fs::write(
        dir.join("corpus/datasets.toml"),
        format!(
            r#"[[dataset]]
id = "un-egdi"
title = "UN E-Government Development Index"
publisher = "UN DESA"
url = "https://publicadministration.un.org/egovkb/en-us/Data-Center"
licence = "none stated"
cite = "UN E-Government Survey"
[[dataset.indicator]]
id = "egdi"
label = "E-Government Development Index"
short = "EGDI"
scale = "0-1"
decimals = 4
headline = true
[[table]]
dataset = "un-egdi"
format = "csv"
key = {{ column = "Country Name", kind = "name" }}
year_column = "Survey Year"
[[table.file]]
path = "egdi/EGOV.csv"
sha256 = "{sha}"
edition = "test"
[[table.measure]]
column = "E-Government Index"
indicator = "egdi"
rank = "E-Government Rank"
"#
        ),
    )
    .expect("descriptors");
    std::fs::copy(corpus_dir().join("countries.toml"), dir.join("corpus/countries.toml")).expect("register");
    std::fs::write(dir.join("corpus/manifest.toml"), "").expect("manifest");
    let err = govlens_ingest::data::import(&dir.join("corpus"), &dir.join("data")).expect_err("Atlantis is refused");
    assert!(
        err.iter().any(|e| e.starts_with("dataset un-egdi, egdi/EGOV.csv row 3: 'Atlantis' (Name in column 'Country Name') matches no country")),
        "{err:?}"
    );
    // Denmark and Georgia (Country) matched: the other errors are the UN members with no value.
    assert!(!err.iter().any(|e| e.contains("'Denmark") || e.contains("Georgia (Country)")), "{err:?}");
    assert!(err.iter().any(|e| e.starts_with("UN member state Kenya (KE) has no value")), "{err:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_a_data_directory_the_documents_alone() {
    let c = govlens_ingest::build_with_data(&corpus_dir(), None).expect("builds");
    assert!(c.datasets.is_empty() && c.observations.is_empty());
    assert_eq!(c.countries(), vec!["DK", "LU"]);
    assert_eq!(c, *corpus(), "the same corpus as before the datasets");
}

/// Any countries compare, on every dataset that covers one of them: the latest year any has,
/// each value with its rank, a dash where a country has none that year.
#[test]
fn compare_any_countries_across_the_datasets() {
    let c = full_corpus();
    let view = c.compare_view(&["KE".into(), "EE".into(), "BR".into()], Default::default()).expect("a comparison without documents");
    assert_eq!(view.names, ["Kenya", "Estonia", "Brazil"]);
    assert!(view.questions.is_empty(), "no country has a UN questionnaire in the corpus");
    let (frame, table) = view.datasets.expect("dataset values");
    assert_eq!(frame.title, "Kenya, Estonia and Brazil: the datasets' indicators");
    let row = |label: &str| {
        table.rows.iter().find(|r| r[0] == label).unwrap_or_else(|| panic!("{label}: {:?}", table.rows.iter().map(|r| &r[0]).collect::<Vec<_>>()))
    };
    assert_eq!(row("EGDI (UN E-Government Survey), 2024")[1..], ["0.6314 (rank 109 of 193)", "0.9727 (rank 2 of 193)", "0.8403 (rank 50 of 193)"]);
    assert_eq!(row("  OSI (UN E-Government Survey), 2024")[2], "0.9953 (rank 3 of 193)");
    assert_eq!(row("DESI (DESI 2022), 2022")[1..], ["— no value for 2022", "56.5 (rank 9 of 27)", "— no value for 2022"]);
    assert_eq!(row("GTMI (World Bank GovTech dataset), 2022")[3], "0.975 (rank 2 of 198)");
    // EUROPAM's 28 lines bring only its headlines.
    assert!(!table.rows.iter().any(|r| r[0].starts_with("  ") && r[0].contains("(EUROPAM)")));
    // The CSV has every value shown, each with its file and cell.
    let csv = frame.csv.lines().collect::<Vec<_>>();
    assert!(csv.iter().any(|l| l.starts_with("EE,Estonia,false,desi,desi.desi,") && l.contains(",Data 3,")), "{}", csv[..3].join("\n"));
    // Luxembourg and Denmark: their questionnaires and the datasets.
    let lu_dk = c.compare_view(&["LU".into(), "DK".into()], Default::default()).expect("LU, DK");
    assert_eq!(lu_dk.questions.len(), 44);
    let (_, t) = lu_dk.datasets.expect("dataset values");
    assert_eq!(t.rows.iter().find(|r| r[0] == "EGDI (UN E-Government Survey), 2024").map(|r| r[2].clone()).as_deref(), Some("0.9847 (rank 1 of 193)"));
}

/// Issue 18, item 4: a value a check flagged says so where it is shown. The EUROPAM page's
/// Political Financing 56 is the EUROPAM dataset's value of 2012-2017, not of 2020: the chart's
/// bar is marked and the note is under the chart; the card's row carries it; an unflagged
/// score (Financial Disclosure) carries nothing.
#[test]
fn a_flagged_score_carries_its_note_on_the_chart_and_the_card() {
    use govlens_core::format::Locale;
    let c = full_corpus();
    let note = "Check this value: the page's 56 is the dataset's value of 2012, 2015, 2016, 2017 rounded, not of 2020; the page mixes years.";
    let chart = c.europam_chart(Some("LU"), Locale::En).expect("LU's EUROPAM chart");
    let pf = chart.bars.bars.iter().find(|b| b.key == "Political Financing").expect("Political Financing");
    assert_eq!(pf.flag.as_deref(), Some(note));
    assert_eq!(pf.numbers(), "56 · avg 66 · ⚑");
    assert!(pf.describe("Luxembourg", "European average").ends_with(note));
    let fd = chart.bars.bars.iter().find(|b| b.key == "Financial Disclosure").expect("Financial Disclosure");
    assert_eq!((fd.flag.as_deref(), fd.numbers().as_str()), (None, "32 · avg 53"));
    let notes = chart.bars.flag_notes();
    assert_eq!(notes.len(), 2, "Political Financing and Conflict of Interest: {notes:?}");
    assert_eq!(notes[0], format!("⚑ Political Financing: {note}"));
    assert!(
        notes[1].starts_with("⚑ Conflict of Interest: Check this value: the page's 34 is the dataset's value of 2012 rounded, not of 2020"),
        "{}",
        notes[1]
    );
    let card = c.card_view(Some("LU"), Some("europam"), Locale::En).expect("card");
    let rows = &card.sections("europam").next().expect("EUROPAM scores").rows;
    let flagged: Vec<(&str, Option<&str>)> = rows.iter().map(|r| (r.label.as_str(), r.flag.as_deref().map(|f| &f[..24]))).collect();
    assert_eq!(
        flagged,
        [
            ("Political Financing", Some("Check this value: the pa")),
            ("Financial Disclosure", None),
            ("Conflict of Interest", Some("Check this value: the pa")),
            ("Freedom of Information", None),
            ("Public Procurement", None)
        ]
    );
}
