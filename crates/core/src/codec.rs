//! The corpus artifact: a small header, then the corpus as postcard (compact, serde-based,
//! fast to decode in wasm32).
//!
//! Layout: `MAGIC` (8 bytes) | format version (u16 LE) | kind (u16 LE) | payload length (u32 LE)
//! | CRC-32 of the payload (u32 LE) | payload. The header lets a loader tell a foreign file, a
//! file from another format version, a truncated file and a corrupted one apart, and a corpus
//! from the split layout's manifest and index shards (the kind was a reserved zero before the
//! split layout, so every corpus file written earlier reads as a corpus).
use crate::model::Corpus;
use serde::{de::DeserializeOwned, Serialize};

/// The signature every govlens file starts with.
pub const MAGIC: &[u8; 8] = b"GOVLENS\0";
/// Bumped whenever the model changes shape; a loader refuses other versions.
pub const FORMAT_VERSION: u16 = 5;
const HEADER_LEN: usize = 20;

/// What a govlens file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A corpus: the whole of it, or one country's card or text part in the split layout.
    Corpus = 0,
    /// The split layout's manifest.
    Manifest = 1,
    /// One stretch of the split layout's search index.
    Shard = 2,
    /// A locale's words and country names, for the embed's builds that compile only English in
    /// ([`crate::i18n::LocalePack`]).
    Words = 3,
}

impl FileKind {
    fn from_u16(v: u16) -> Option<FileKind> {
        [FileKind::Corpus, FileKind::Manifest, FileKind::Shard, FileKind::Words].into_iter().find(|k| *k as u16 == v)
    }

    /// What a reader calls a file of this kind (`split-layout manifest`).
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Corpus => "corpus",
            FileKind::Manifest => "split-layout manifest",
            FileKind::Shard => "search-index shard",
            FileKind::Words => "language file",
        }
    }
}

/// Why a corpus file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorpusError {
    #[error("not a govlens corpus file: it does not start with the govlens signature")]
    /// The file does not start with the govlens signature (an HTML error page, another format).
    Foreign,
    #[error("corpus file is truncated: {found} bytes where {expected} were expected")]
    /// The file is shorter than its header says: cut off in transit.
    Truncated {
        /// What was expected (64 bits: a header may claim up to 4 GiB, beyond a wasm32 usize).
        expected: u64,
        /// What the file has.
        found: usize,
    },
    #[error("corpus file has format version {found}; this govlens reads version {expected}; rebuild it with `govlens build`")]
    /// The file was written by another version of govlens.
    Version {
        /// What the file has.
        found: u16,
        /// What was expected.
        expected: u16,
    },
    #[error("corpus file is corrupted: checksum {found:08x} does not match {expected:08x}")]
    /// The payload's checksum does not match: the bytes were damaged.
    Corrupted {
        /// What was expected.
        expected: u32,
        /// What the file has.
        found: u32,
    },
    #[error("this govlens file is a {found}, where a {expected} was expected")]
    /// The file holds another kind of govlens file than was asked for.
    WrongKind {
        /// What the file has.
        found: String,
        /// What was expected.
        expected: &'static str,
    },
    #[error("corpus file has {0} unexpected bytes after its payload")]
    /// Bytes follow the payload.
    Trailing(usize),
    #[error("corpus file could not be decoded: {0}")]
    /// The payload could not be decoded.
    Decode(String),
    #[error("corpus file holds an invalid record: {0}")]
    /// The payload decodes but holds what no build writes (a country code that is not one, a
    /// path outside a split folder, a number that is not finite): refused, not trusted.
    Invalid(String),
}

/// Writes the corpus artifact.
pub fn encode(corpus: &Corpus) -> Vec<u8> {
    encode_as(FileKind::Corpus, corpus)
}

/// Reads a corpus artifact, checking signature, version, kind, length and checksum first.
pub fn decode(bytes: &[u8]) -> Result<Corpus, CorpusError> {
    let corpus: Corpus = decode_as(FileKind::Corpus, bytes)?;
    corpus.validate().map_err(CorpusError::Invalid)?;
    Ok(corpus)
}

/// Writes any govlens file: the header, then the value as postcard.
pub fn encode_as<T: Serialize>(kind: FileKind, value: &T) -> Vec<u8> {
    // Serialising owned in-memory data into a Vec cannot fail for these types.
    framed(kind, &postcard::to_allocvec(value).unwrap_or_default())
}

/// A govlens file of `kind` around an already serialised payload: the header with its length and
/// checksum, then the payload (the fuzzers frame arbitrary payloads this way, so that the
/// decoder's structure checks are what they reach).
pub fn framed(kind: FileKind, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(kind as u16).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Reads a govlens file of the given kind.
pub fn decode_as<T: DeserializeOwned>(kind: FileKind, bytes: &[u8]) -> Result<T, CorpusError> {
    postcard::from_bytes(payload(kind, bytes)?).map_err(|e| CorpusError::Decode(e.to_string()))
}

/// The payload of a govlens file of the given kind, once its signature, version, kind, length
/// and checksum are checked (for a reader that borrows from it, as a language file's words do).
pub fn payload(kind: FileKind, bytes: &[u8]) -> Result<&[u8], CorpusError> {
    if bytes.len() < MAGIC.len() {
        return Err(if MAGIC.starts_with(bytes) && !bytes.is_empty() {
            CorpusError::Truncated { expected: HEADER_LEN as u64, found: bytes.len() }
        } else {
            CorpusError::Foreign
        });
    }
    if &bytes[..8] != MAGIC {
        return Err(CorpusError::Foreign);
    }
    if bytes.len() < HEADER_LEN {
        return Err(CorpusError::Truncated { expected: HEADER_LEN as u64, found: bytes.len() });
    }
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let version = u16_at(8);
    if version != FORMAT_VERSION {
        return Err(CorpusError::Version { found: version, expected: FORMAT_VERSION });
    }
    let found_kind = u16_at(10);
    if found_kind != kind as u16 {
        let found = FileKind::from_u16(found_kind).map_or_else(|| format!("file of unknown kind {found_kind}"), |k| k.name().to_string());
        return Err(CorpusError::WrongKind { found, expected: kind.name() });
    }
    // In u64: on wasm32 a usize is 32 bits, and a length near 4 GiB plus the header would wrap
    // ("730539 bytes where 19 were expected", issue 20, finding 13).
    let len = u64::from(u32_at(12));
    let crc = u32_at(16);
    let payload = &bytes[HEADER_LEN..];
    if (payload.len() as u64) < len {
        return Err(CorpusError::Truncated { expected: HEADER_LEN as u64 + len, found: bytes.len() });
    }
    if payload.len() as u64 > len {
        return Err(CorpusError::Trailing(payload.len() - len as usize));
    }
    let found = crc32fast::hash(payload);
    if found != crc {
        return Err(CorpusError::Corrupted { expected: crc, found });
    }
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sample() -> Corpus {
        Corpus {
            sources: vec![Source {
                file: "x.txt".into(),
                family: Family::Europam,
                country: "LU".into(),
                title: "t".into(),
                publisher: "p".into(),
                edition: "e".into(),
                year: 2020,
                language: "en".into(),
                cut_off_after: None,
                missing_sections: vec![],
            }],
            ..Corpus::default()
        }
    }

    #[test]
    fn round_trips() {
        let c = sample();
        assert_eq!(decode(&encode(&c)).unwrap(), c);
    }

    #[test]
    fn every_kind_of_bad_file_has_its_error() {
        let good = encode(&sample());
        assert_eq!(decode(b""), Err(CorpusError::Foreign));
        assert_eq!(decode(b"PK\x03\x04 a zip file, not ours"), Err(CorpusError::Foreign));
        assert_eq!(decode(&good[..5]), Err(CorpusError::Truncated { expected: 20, found: 5 }));
        assert!(matches!(decode(&good[..good.len() - 3]), Err(CorpusError::Truncated { .. })));
        let mut flipped = good.clone();
        let last = flipped.len() - 2;
        flipped[last] ^= 0x55;
        assert!(matches!(decode(&flipped), Err(CorpusError::Corrupted { .. })));
        let mut other_version = good.clone();
        other_version[8] = 9;
        assert_eq!(decode(&other_version), Err(CorpusError::Version { found: 9, expected: FORMAT_VERSION }));
        let manifest = encode_as(FileKind::Manifest, &sample());
        assert_eq!(decode(&manifest), Err(CorpusError::WrongKind { found: "split-layout manifest".into(), expected: "corpus" }));
        let mut longer = good.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(CorpusError::Trailing(1)));
    }
}
