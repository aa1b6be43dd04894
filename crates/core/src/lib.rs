//! govlens core: the corpus about countries' digital government and public accountability, the
//! store that holds it at run time, its queries and search, and the views: every decision about
//! what a card, chart, comparison, search or report line shows, and how its numbers are written.
//!
//! This crate does no I/O and names no platform crate, so the same code runs in the `govlens`
//! command and in the browser through wasm32. A split folder's files are fetched by the caller
//! when the store asks for them ([`Step::Fetch`]).
//!
//! # The way through
//! - Load: [`Store::load`] (a `govlens.corpus` file), [`Store::from_manifest`] (a split folder),
//!   or [`Store::new`] over a [`Corpus`] in memory.
//! - Search: [`Store::search`] with [`SearchOptions`] (rules in `docs/query.md`), or
//!   [`Store::step`] where a split folder fetches files between steps.
//! - Show: the views of [`views`] ([`Corpus::card_view`], [`Corpus::europam_chart`],
//!   [`Corpus::benchmark_chart`], [`Corpus::compare_view`], [`views::SearchView`]), written with
//!   [`mod@format`] in a [`format::Locale`].
//! - Query: [`Corpus::card`], [`Corpus::facts_of`], [`Corpus::scores_of`], [`Corpus::series`],
//!   [`Corpus::compare`], [`Corpus::questions_about`] and the rest of [`query`].
//! - Export: [`export`]'s fixed columns and their CSV.
//!
//! ```
//! use govlens_core::{encode, Corpus, SearchOptions, Store};
//! // An artifact as `govlens build` writes it; here an empty corpus.
//! let bytes = encode(&Corpus::default());
//! let store = Store::load(&bytes).expect("a govlens corpus");
//! assert!(store.corpus().countries().is_empty());
//! let results = store.search("freedom of information", &SearchOptions::default()).expect("a valid query");
//! assert!(results.hits.is_empty());
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod basemap;
mod codec;
pub mod codes;
pub mod countries;
#[cfg(feature = "locales")]
mod country_names;
mod data;
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod format;
pub mod i18n;
pub mod indicators;
pub mod layout;
mod model;
pub mod query;
pub mod search;
pub mod store;
pub mod views;

pub use codec::{decode, decode_as, encode, encode_as, framed, CorpusError, FileKind, FORMAT_VERSION, MAGIC};
pub use codes::{Coded, ERROR_CODES};
pub use layout::Step;
pub use model::*;
pub use query::QueryError;
pub use search::{Hit, SearchError, SearchOptions, SearchResults};
pub use store::Store;
pub use views::Problem;
