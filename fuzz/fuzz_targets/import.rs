//! Fuzzes the one load path for files and stored data. Run with `scripts/fuzz.sh`.
//!
//! Whatever the bytes: no panic. Whatever loads: it writes out and reads back identically, and
//! merges into an existing evaluation without trouble.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::evaluation::Evaluation;
use vth_competenties::domain::file_format::{decode_document, encode_document};
use vth_competenties::domain::merge::merge;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = decode_document(data) {
        let text = encode_document(doc.kind, &doc.evaluation, &doc.written_by, doc.written_ms);
        let again = decode_document(text.as_bytes()).expect("what loaded, writes and loads again");
        assert_eq!(again.evaluation, doc.evaluation);
        let _ = merge(&Evaluation::new("hier".into(), 0), &doc.evaluation, Catalogue::current());
    }
});
