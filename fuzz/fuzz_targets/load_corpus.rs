#![no_main]
//! The corpus loader on arbitrary bytes: an error or a corpus, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = govlens_ingest::targets::decode_bytes(data);
});
