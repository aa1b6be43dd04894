//! What the `govlens` command prints: stats, a country's card, and exports.
pub mod card;
pub mod export;
pub mod stats;
