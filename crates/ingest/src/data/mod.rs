//! The public indicator datasets: descriptors (`corpus/datasets.toml`), the country register
//! (`corpus/countries.toml` over the ISO registry), each file verified against its recorded
//! SHA-256 and read through its descriptor, and the checks of second copies and of the files'
//! own ranks. Every problem is collected and reported at once.
pub mod checks;
pub mod descriptor;
pub mod import;
pub mod register;
pub mod table;

use descriptor::{Descriptors, Role};
use govlens_core::{Check, Corpus, DataFile, Dataset, EntityKind, Indicator, Outcome};
use register::Register;
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// The descriptor files inside the corpus directory.
pub const DESCRIPTORS: &str = "datasets.toml";
pub const REGISTER: &str = "countries.toml";

fn read_text(path: &Path) -> Result<String, Vec<String>> {
    govlens_core::files::read_text(path, govlens_core::files::CONFIG).map_err(|e| vec![format!("{}: {e}", path.display())])
}

/// Every dataset the descriptors list, read from `data_dir`: the datasets' part of the corpus
/// (datasets, files, indicators, entities, observations, gaps, tallies, checks), or every
/// problem found.
pub fn import(corpus_dir: &Path, data_dir: &Path) -> Result<Corpus, Vec<String>> {
    let dpath = corpus_dir.join(DESCRIPTORS);
    let desc: Descriptors = descriptor::parse(&read_text(&dpath)?, &dpath.display().to_string()).map_err(|e| vec![e])?;
    let rpath = corpus_dir.join(REGISTER);
    let register = Register::load(&read_text(&rpath)?, &rpath.display().to_string()).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut out = Corpus::default();
    let mut indicators: HashMap<String, u16> = HashMap::new();
    for (d, ds) in desc.datasets.iter().enumerate() {
        out.datasets.push(Dataset {
            id: ds.id.clone(),
            title: ds.title.clone(),
            publisher: ds.publisher.clone(),
            url: ds.url.clone(),
            licence: ds.licence.clone(),
            cite: ds.cite.clone(),
            countries: 0,
        });
        for ind in &ds.indicators {
            let id = format!("{}.{}", ds.id, ind.id);
            indicators.insert(id.clone(), out.indicators.len() as u16);
            out.indicators.push(Indicator {
                id,
                dataset: d as u16,
                label: ind.label.clone(),
                short: ind.short.clone(),
                scale: ind.scale.clone(),
                higher_is_better: ind.higher_is_better,
                decimals: ind.decimals,
                headline: ind.headline,
                parent: ind.parent.as_ref().map(|p| format!("{}.{p}", ds.id)),
                categories: ind.categories.clone(),
                ranked: ind.ranked && ind.categories.is_empty(),
            });
        }
    }
    // Imports first, so that the check tables compare against every imported value.
    let mut tables: Vec<_> = desc.tables.iter().collect();
    tables.sort_by_key(|t| t.role == Role::Check);
    for t in tables {
        let Some(dataset) = desc.datasets.iter().position(|d| d.id == t.dataset) else {
            errors.push(format!("{}: a table names dataset '{}', which is not described", dpath.display(), t.dataset));
            continue;
        };
        for f in &t.files {
            let path = data_dir.join(&f.path);
            let bytes = match govlens_core::files::read(&path, govlens_core::files::DATASET) {
                Ok(b) => b,
                Err(e) => {
                    errors.push(format!(
                        "data file {} (dataset {}): {e}; place the publisher's file there (README, 'The data directory')",
                        path.display(),
                        t.dataset
                    ));
                    continue;
                }
            };
            let sha = format!("{:x}", Sha256::digest(&bytes));
            if sha != f.sha256 {
                errors.push(format!(
                    "data file {} (dataset {}): SHA-256 is {sha}, the descriptor records {}: not the file described",
                    path.display(),
                    t.dataset,
                    f.sha256
                ));
                continue;
            }
            let table = match table::read(&path, t) {
                Ok(table) => table,
                Err(e) => {
                    errors.push(format!("data file {}: {e}", path.display()));
                    continue;
                }
            };
            let file = out.data_files.len() as u16;
            out.data_files.push(DataFile {
                dataset: dataset as u16,
                path: f.path.clone(),
                sha256: f.sha256.clone(),
                edition: f.edition.clone(),
                sheet: table.sheet.clone(),
                columns: table.columns.clone(),
            });
            if let Some(cmp) =
                import::import_file(t, file, &table, f.year, &import::Lookup { indicators: &indicators, register: &register }, &mut out, &mut errors)
            {
                let outcome = if cmp.differences.is_empty() { Outcome::Passed } else { Outcome::Flagged };
                let detail = if cmp.differences.is_empty() {
                    format!("all {} values equal the imported ones", cmp.compared)
                } else {
                    let first: Vec<&str> = cmp.differences.iter().take(5).map(String::as_str).collect();
                    format!("{} of {} values differ: {}", cmp.differences.len(), cmp.compared, first.join("; "))
                };
                out.checks.push(Check {
                    country: String::new(),
                    source: f.path.clone(),
                    locator: "every value".into(),
                    what: "a second copy of the dataset agrees with the imported values".into(),
                    outcome,
                    detail,
                });
            }
        }
    }
    zeros_not_computed(&mut out);
    let used: BTreeSet<&str> = out.observations.iter().map(|o| o.entity.as_str()).chain(out.gaps.iter().map(|g| g.entity.as_str())).collect();
    out.entities = used.into_iter().filter_map(|c| register.get(c).cloned()).collect();
    out.assign_standings();
    for (d, ds) in out.datasets.iter_mut().enumerate() {
        let mut covered: Vec<&str> = out
            .observations
            .iter()
            .filter(|o| {
                out.indicators[o.indicator as usize].dataset as usize == d
                    && !out.entities.iter().any(|e| e.code == o.entity && e.kind == EntityKind::Aggregate)
            })
            .map(|o| o.entity.as_str())
            .collect();
        covered.sort_unstable();
        covered.dedup();
        ds.countries = covered.len() as u32;
    }
    out.checks.extend(rank_checks(&out));
    // No UN member state is left without a card: each must have a value from some dataset.
    for e in register.un_members() {
        if !out.entities.iter().any(|x| x.code == e.code && x.kind == EntityKind::Country) {
            errors.push(format!("UN member state {} ({}) has no value in any dataset: a name of the datasets must map to it", e.names[0], e.code));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The files' own ranks against the ranks the values give (ties share a rank): a file whose
/// ranks agree passes; otherwise the check lists where they differ.
fn rank_checks(c: &Corpus) -> Vec<Check> {
    let mut keys: BTreeSet<(u16, u16, u16)> = BTreeSet::new();
    for o in &c.observations {
        if let Some((_, cell)) = o.rank {
            keys.insert((cell.file, o.indicator, o.year));
        }
    }
    keys.into_iter()
        .map(|(file, indicator, year)| {
            let ranking = c.ranking_of(indicator, year);
            let mut differ = Vec::new();
            for row in &ranking {
                if let Some((file_rank, _)) = row.observation.rank {
                    if file_rank != row.rank.rank {
                        differ.push(format!("{} {} in the file, {} by value", row.observation.entity, file_rank, row.rank.rank));
                    }
                }
            }
            let ind = &c.indicators[indicator as usize];
            let n = ranking.len();
            Check {
                country: String::new(),
                source: c.data_files[file as usize].path.clone(),
                locator: format!("{} {year} ranks", ind.short),
                what: "the file's ranks follow its values (ties share a rank)".into(),
                outcome: if differ.is_empty() { Outcome::Passed } else { Outcome::Flagged },
                detail: if differ.is_empty() {
                    format!("{n} ranks agree")
                } else {
                    format!(
                        "{} of {n} ranks differ (countries ranked where the file gives no value count too): {}",
                        differ.len(),
                        differ.iter().take(6).cloned().collect::<Vec<_>>().join("; ")
                    )
                },
            }
        })
        .collect()
}

/// The data directory to read: `GOVLENS_DATA` if set (an empty value means none), else
/// `../shared/data` beside the corpus directory's project when it exists.
pub fn data_dir(explicit: Option<&Path>, project: &Path) -> Option<std::path::PathBuf> {
    if let Some(p) = explicit {
        return (!p.as_os_str().is_empty()).then(|| p.to_path_buf());
    }
    let default = project.join("../shared/data");
    default.is_dir().then_some(default)
}

/// A sub-score that is 0 for every country in a year while its headline is not 0 everywhere was
/// not computed that year (EUROPAM's financial-disclosure sub-scores in 2020): each such 0 becomes
/// a gap with that reason rather than a score of 0 that would rank every country first.
fn zeros_not_computed(c: &mut Corpus) {
    let mut groups: HashMap<(u16, u16), (u32, u32)> = HashMap::new();
    for o in &c.observations {
        let g = groups.entry((o.indicator, o.year)).or_default();
        g.0 += 1;
        g.1 += u32::from(o.value == 0.0);
    }
    let parent_of = |i: u16| c.indicators[i as usize].parent.as_ref().and_then(|p| c.indicators.iter().position(|x| &x.id == p)).map(|p| p as u16);
    let mut not_computed: BTreeSet<(u16, u16)> = BTreeSet::new();
    for (&(ind, year), &(n, zeros)) in &groups {
        let Some(parent) = parent_of(ind) else { continue };
        let parent_nonzero = groups.get(&(parent, year)).is_some_and(|&(pn, pz)| pn > pz);
        if n >= 3 && zeros == n && parent_nonzero {
            not_computed.insert((ind, year));
        }
    }
    if not_computed.is_empty() {
        return;
    }
    let (keep, zeros): (Vec<_>, Vec<_>) = std::mem::take(&mut c.observations).into_iter().partition(|o| !not_computed.contains(&(o.indicator, o.year)));
    c.observations = keep;
    for o in zeros {
        let ind = &c.indicators[o.indicator as usize];
        let reason = format!("every country has 0 for {} in {} while its headline does not: not computed that year", ind.short, o.year);
        c.gaps.push(govlens_core::DataGap { entity: o.entity, indicator: o.indicator, year: o.year, cell: o.cell, found: "0".into(), reason });
    }
}
