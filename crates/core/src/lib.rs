//! govlens core: the corpus model, its binary artifact, and the queries over it (full-text
//! search and structured queries).
//!
//! This crate does no I/O and names no platform crate, so the same code runs in the `govlens`
//! command and in the browser through wasm32.
#![forbid(unsafe_code)]

pub mod codec;
pub mod countries;
pub mod engine;
pub mod export;
pub mod layout;
pub mod model;
pub mod query;
pub mod search;
pub mod views;

pub use codec::{decode, decode_as, encode, encode_as, CorpusError, Kind, FORMAT_VERSION, MAGIC};
pub use engine::Engine;
pub use model::*;
pub use query::QueryError;
pub use search::{Hit, SearchError, SearchOptions, SearchResults};
