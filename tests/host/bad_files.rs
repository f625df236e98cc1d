//! Host tests: no file, however bad, panics the import. Each gives a Dutch error that says
//! what is wrong, or loads with its text kept exactly as text (inert).
//!
//! Files in `tests/bad-files/` are named for what must happen: `err-*` must be refused,
//! `ok-*` must load. Very large cases are generated here rather than committed.

use std::panic::catch_unwind;
use std::path::Path;

use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::evaluation::Evaluation;
use vth_competenties::domain::file_format::{
    decode_document, encode_evaluation, LoadError, MAX_FILE_BYTES,
};
use vth_competenties::domain::merge::merge;

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-files")
}

fn bad_file(name: &str) -> Vec<u8> {
    std::fs::read(dir().join(name)).unwrap()
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn assert_dutch(name: &str, error: &LoadError) {
    let message = error.to_string();
    assert!(
        (message.starts_with("Het ") || message.starts_with("Dit ")) && message.ends_with('.'),
        "{name}: not a Dutch sentence: {message}"
    );
    for english in [
        "invalid type",
        "expected",
        "at line",
        "missing field",
        "EOF",
    ] {
        let outside_detail = message.split('(').next().unwrap_or_default();
        assert!(
            !outside_detail.contains(english),
            "{name}: English in the message: {message}"
        );
    }
}

#[test]
fn the_corpus_has_at_least_thirty_bad_files() {
    assert!(
        corpus()
            .iter()
            .filter(|(n, _)| n.starts_with("err-"))
            .count()
            >= 30
    );
}

#[test]
fn every_bad_file_gives_a_dutch_error_and_every_inert_one_loads() {
    for (name, bytes) in corpus() {
        let result =
            catch_unwind(|| decode_document(&bytes)).unwrap_or_else(|_| panic!("{name}: panicked"));
        match (name.starts_with("err-"), result) {
            (true, Err(e)) => assert_dutch(&name, &e),
            (true, Ok(_)) => panic!("{name}: should have been refused"),
            (false, Ok(doc)) => {
                // Loaded documents merge into an existing evaluation without trouble.
                let here = Evaluation::new("hier".into(), 0);
                let _ = merge(&here, &doc.evaluation, Catalogue::current());
            }
            (false, Err(e)) => panic!("{name}: should load, got: {e}"),
        }
    }
}

#[test]
fn specific_errors_say_where() {
    assert!(matches!(
        decode_document(&bad_file("err-truncated.json")),
        Err(LoadError::Incomplete { .. })
    ));
    assert!(matches!(
        decode_document(&bad_file("err-not-json-trailing-comma.json")),
        Err(LoadError::NotJson { .. })
    ));
    assert!(matches!(
        decode_document(&bad_file("err-nesting-129.json")),
        Err(LoadError::TooDeep { line: 1, .. })
    ));
    assert!(matches!(
        decode_document(&bad_file("err-not-utf8-latin1.json")),
        Err(LoadError::NotUtf8)
    ));
    assert!(matches!(
        decode_document(&bad_file("err-only-bom.json")),
        Err(LoadError::Empty)
    ));
    match decode_document(&bad_file("err-duplicate-keys-nested.json")) {
        Err(LoadError::DuplicateKey {
            key,
            line: 1,
            column,
        }) => {
            assert_eq!(key, "organisation");
            assert!(column > 60);
        }
        other => panic!("{other:?}"),
    }
    match decode_document(&bad_file("err-wrong-type-organisation.json")) {
        Err(LoadError::Invalid { path, .. }) => assert_eq!(path, "evaluation.organisation"),
        other => panic!("{other:?}"),
    }
    match decode_document(&bad_file("err-score-too-high.json")) {
        Err(e @ LoadError::Invalid { .. }) => {
            assert!(e.to_string().contains("1 tot en met 5"), "{e}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn script_and_javascript_text_stays_exactly_as_text() {
    for (name, expected) in [
        (
            "ok-inert-script-tags.json",
            "<script>alert('x')</script><img src=x onerror=alert(1)>",
        ),
        (
            "ok-inert-javascript-urls.json",
            "javascript:alert(document.cookie)",
        ),
    ] {
        let doc = decode_document(&bad_file(name)).unwrap();
        let ev = &doc.evaluation;
        assert_eq!(doc.written_by, expected);
        for text in [
            &ev.organisation,
            &ev.contact,
            &ev.conclusions.actions[0].owner,
            &ev.peer_review.replies[0].author,
        ] {
            assert_eq!(text, expected, "{name}");
        }
    }
    let doc = decode_document(&bad_file("ok-inert-rtl-and-zero-width.json")).unwrap();
    assert!(
        doc.evaluation.organisation.contains('\u{202e}')
            && doc.evaluation.organisation.contains('\u{200b}')
    );
}

#[test]
fn a_10_mb_file_is_refused_before_parsing() {
    let big = vec![b' '; 10 * 1024 * 1024];
    assert_eq!(
        decode_document(&big),
        Err(LoadError::TooLarge {
            size_kb: 10 * 1024,
            max_kb: MAX_FILE_BYTES / 1024
        })
    );
    assert_dutch("10 MB", &decode_document(&big).unwrap_err());
}

#[test]
fn nesting_100_000_deep_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        decode_document(deep.as_bytes()),
        Err(LoadError::TooDeep { .. })
    ));
    let deep_objects = "{\"a\":".repeat(100_000);
    assert!(matches!(
        decode_document(deep_objects.as_bytes()),
        Err(LoadError::TooDeep { .. })
    ));
}

#[test]
fn a_one_megabyte_string_loads_as_text() {
    let mut ev = Evaluation::new("groot".into(), 0);
    ev.organisation = "é".repeat(500_000);
    let text = encode_evaluation(&ev, 0);
    assert!(text.len() > 1_000_000 && text.len() < MAX_FILE_BYTES);
    assert_eq!(decode_document(text.as_bytes()).unwrap().evaluation, ev);
}
