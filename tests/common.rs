//! Shared by the integration tests: the real corpus, built once from `corpus/`.
#![allow(dead_code)]
use govlens_core::{Corpus, Source};
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

pub fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| govlens_ingest::build_corpus(&corpus_dir()).expect("the bundled corpus builds"))
}

/// A source's manifest entry and text, by file name.
pub fn source(file: &str) -> (Source, String) {
    let dir = corpus_dir();
    let manifest = std::fs::read_to_string(dir.join("manifest.toml")).expect("manifest");
    let sources = govlens_ingest::manifest::parse(&manifest, "manifest.toml").expect("valid manifest");
    let s = sources.into_iter().find(|s| s.file == file).expect("listed source");
    let text = std::fs::read_to_string(dir.join("sources").join(file)).expect("source text");
    (s, text)
}

pub const LU_MSQ: &str = "000_73f7c5dfc20a7e2f.txt";
pub const LU_DPA: &str = "001_58defca00d8e36d5.txt";
pub const LU_AIWATCH: &str = "002_64b588f5f71a6838.txt";
pub const DK_MSQ: &str = "003_61dc89e6697ff092.txt";
pub const LU_EUROPAM: &str = "004_9be079b0bad659b9.txt";

/// The data directory the dataset tests read: GOVLENS_DATA, else ../shared/data beside the
/// project. These tests need it: without it they fail and say so, rather than pass on nothing.
pub fn data_dir() -> PathBuf {
    let dir =
        std::env::var_os("GOVLENS_DATA").map(PathBuf::from).filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| corpus_dir().join("../../shared/data"));
    assert!(
        dir.join("DATASETS.md").is_file() || dir.join("un_egdi_2003_2022").is_dir(),
        "the dataset tests need the data directory: set GOVLENS_DATA or place the data in {}",
        dir.display()
    );
    dir
}

/// The documents and the datasets, built once.
pub fn full_corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| govlens_ingest::build_with_data(&corpus_dir(), Some(&data_dir())).unwrap_or_else(|e| panic!("the corpus with its datasets builds: {e}")))
}
