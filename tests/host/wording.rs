//! Host test: the app's own words stay consistent with the source's terms (B1, "u").
//!
//! The source keeps the staff appraisal ("beoordeling van de medewerkers") out of this process,
//! and in a gemeente "beoordelaar" and "beoordelingsformulier" read as that appraisal; its own
//! verb for stap 1 is "waarderen", its noun "score". The app's texts speak to the user as "u".
//! Catalogue texts (src/domain/data/*.json) are carried verbatim and are not checked here.

use std::path::Path;

/// Every string literal in a Rust file, whole (also when it runs over several lines), with the
/// line it starts on. Line comments and char literals such as `'"'` are skipped.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut line, mut i) = (Vec::new(), 1, 0);
    while i < chars.len() {
        match chars[i] {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            '\'' if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') => i += 3,
            '"' => {
                let start = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars.get(i) == Some(&'\n') {
                        line += 1;
                    }
                    if let Some(ch) = chars.get(i) {
                        text.push(*ch);
                    }
                    i += 1;
                }
                out.push((start, text));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file format's tags are identifiers in files already out there, not words for people.
const ALLOWED: &[&str] = &["vth-competenties/beoordelingsformulier"];

#[test]
fn the_apps_own_texts_say_scoreformulier_and_u() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for (line, literal) in string_literals(&source) {
            if ALLOWED.contains(&literal.as_str()) {
                continue;
            }
            let lower = literal.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect();
            let bad = [
                "beoordelaar",
                "beoordelaars",
                "beoordelingsformulier",
                "beoordelen",
            ]
            .iter()
            .chain(&["je", "jij", "jou", "jouw", "jullie"])
            .find(|w| words.contains(w));
            if let Some(word) = bad {
                found.push(format!(
                    "{}:{line}: '{word}' in \"{literal}\"",
                    file.display()
                ));
            }
        }
    }
    assert!(found.is_empty(), "words to replace:\n{}", found.join("\n"));
}

#[test]
fn the_check_itself_finds_what_it_looks_for() {
    let sample = "let a = \"Hoe kom je hier?\"; // \"jij\" in a comment\n    \"Maak een\n    beoordelingsformulier\" '\"' '\\'' \"en \\\"jullie\\\"\"";
    let literals = string_literals(sample);
    assert_eq!(
        literals,
        [
            (1, "Hoe kom je hier?".to_string()),
            (2, "Maak een\n    beoordelingsformulier".to_string()),
            (3, "en \"jullie\"".to_string()),
        ]
    );
}
