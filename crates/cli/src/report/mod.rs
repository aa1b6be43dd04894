//! What the `govlens` command prints: stats, a country's card, exports, search hits, comparisons.
pub mod card;
pub mod compare;
pub mod datasets;
pub mod export;
pub mod rank;
pub mod search;
pub mod stats;
