//! govlens core: the corpus model, its binary artifact, and (later) the queries over it.
//!
//! This crate does no I/O and names no platform crate, so the same code runs in the `govlens`
//! command and in the browser through wasm32.
#![forbid(unsafe_code)]

pub mod codec;
pub mod countries;
pub mod model;

pub use codec::{decode, encode, CorpusError, FORMAT_VERSION, MAGIC};
pub use model::*;
