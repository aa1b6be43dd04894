#![no_main]
//! The europam parser on arbitrary text: an error or an extract, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = govlens_ingest::targets::parse_bytes(govlens_core::Family::Europam, data);
});
