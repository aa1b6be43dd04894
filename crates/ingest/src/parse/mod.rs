//! One parser per source family.
pub mod aiwatch;
pub mod dpa;
pub mod europam;
pub mod msq;
pub mod split;

use crate::doc::{Doc, Extract, ParseError};
use govlens_core::Family;

/// Parses a document with its family's parser.
pub fn parse(doc: &Doc) -> Result<Extract, ParseError> {
    if doc.is_empty() || doc.numbered().all(|(_, l)| l.trim().is_empty()) {
        return Err(doc.error(None, "the document is empty"));
    }
    match doc.meta.family {
        Family::UnMsq => msq::parse(doc),
        Family::DpaFactsheet => dpa::parse(doc),
        Family::AiWatch => aiwatch::parse(doc),
        Family::Europam => europam::parse(doc),
    }
}
