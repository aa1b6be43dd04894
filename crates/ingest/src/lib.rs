//! govlens ingest: reads the source documents, one parser per family, validates what it reads,
//! and assembles the corpus that `govlens-core` loads.
pub mod basemap;
pub mod build;
pub mod data;
pub mod doc;
pub mod manifest;
pub mod parse;
pub mod quality;
pub mod synth;
pub mod targets;
pub mod text;

pub use build::{build_corpus, build_with_data, BuildError};
pub use doc::{Doc, Extract, ParseError};
