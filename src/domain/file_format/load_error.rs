//! Why a document could not be loaded, in Dutch: what is wrong and what to do.
//!
//! Messages are built from structured facts only: serde_json's error category, line and
//! column; the path of the field at fault ([`json_path`](super::json_path)); and what the
//! document itself holds at that path.
//! Never from the English wording of an error, which may change with any serde_json release.

use super::json_path::{Path, Segment};
use serde_json::Value;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("Het bestand is leeg. Kies een ander bestand.")]
    Empty,
    #[error(
        "Het bestand is te groot ({size_kb} kB). Deze app leest bestanden tot {max_kb} kB. \
         Kies het juiste bestand; een export van deze app is veel kleiner."
    )]
    TooLarge { size_kb: usize, max_kb: usize },
    #[error(
        "Dit is geen tekstbestand (UTF-8). Misschien is het een Word- of PDF-bestand. Kies een \
         .json-bestand dat u met deze app hebt geëxporteerd."
    )]
    NotUtf8,
    #[error(
        "Dit is geen geldig JSON-bestand. Het gaat mis op regel {line}, kolom {column}. \
         Misschien is het bestand beschadigd. Vraag de afzender om het opnieuw te exporteren."
    )]
    NotJson { line: usize, column: usize },
    #[error(
        "Het bestand houdt midden in op (regel {line}, kolom {column}). Misschien is het niet \
         helemaal gekopieerd of gedownload. Vraag de afzender om het opnieuw te sturen."
    )]
    Incomplete { line: usize, column: usize },
    #[error(
        "Het bestand is te diep genest (regel {line}, kolom {column}). Een export van deze app \
         ziet er niet zo uit. Kies een ander bestand."
    )]
    TooDeep { line: usize, column: usize },
    #[error(
        "Het veld '{key}' staat twee keer in hetzelfde blok (regel {line}, kolom {column}). \
         Dan is niet duidelijk welke waarde geldt. Vraag de afzender om het opnieuw te \
         exporteren."
    )]
    DuplicateKey {
        key: String,
        line: usize,
        column: usize,
    },
    #[error(
        "Dit bestand komt niet uit deze app: het label 'kind' ontbreekt. Kies een bestand dat \
         u met 'Exporteer als bestand' hebt gemaakt."
    )]
    NotOurs,
    #[error(
        "Dit bestand is van een soort die deze app niet kent ('{found}'). Kies een ander bestand."
    )]
    UnknownKind { found: String },
    #[error(
        "Dit bestand is gemaakt met een nieuwere versie van de app (schema {found}; deze \
         versie kent tot en met {supported}). Laad de pagina opnieuw voor de nieuwste versie, \
         of vraag de afzender om een bestand van uw versie."
    )]
    NewerSchema { found: u64, supported: u32 },
    #[error(
        "Het veld '{path}' klopt niet: {problem}. Pas het bestand aan of exporteer het opnieuw."
    )]
    Invalid { path: String, problem: String },
    #[error(
        "Dit is {what} voor een netwerk, geen evaluatie. Open het op de pagina \
         Netwerkoverzicht."
    )]
    NetworkFile { what: &'static str },
}

impl LoadError {
    /// What it means for the user, first: one sentence without technical words. The
    /// message itself (`to_string`) is the technical detail.
    pub fn meaning(&self) -> &'static str {
        match self {
            LoadError::Empty => "Het bestand is leeg.",
            LoadError::TooLarge { .. } => "Dit bestand is te groot voor deze app.",
            LoadError::NewerSchema { .. } => {
                "Dit bestand is gemaakt met een nieuwere versie van deze app."
            }
            LoadError::Incomplete { .. } => {
                "Het bestand is niet compleet: misschien is het niet helemaal gedownload."
            }
            LoadError::NetworkFile { .. } => "Dit bestand is voor het Netwerkoverzicht.",
            _ => "Dit is geen bestand van deze app, of het is beschadigd.",
        }
    }

    /// What to do about it, in one sentence.
    pub fn what_to_do(&self) -> &'static str {
        match self {
            LoadError::NewerSchema { .. } => {
                "Laad de pagina opnieuw voor de nieuwste versie, of vraag de afzender om een bestand van uw versie."
            }
            LoadError::NetworkFile { .. } => "Open het op de pagina Netwerkoverzicht.",
            LoadError::NotJson { .. }
            | LoadError::Incomplete { .. }
            | LoadError::DuplicateKey { .. }
            | LoadError::Invalid { .. } => {
                "Vraag de afzender om het bestand opnieuw te maken en te sturen."
            }
            _ => "Kies een ander bestand: een .json-bestand dat met deze app is gemaakt.",
        }
    }

    /// A field whose value this app cannot read: says where, and what stands there.
    pub fn unreadable(path: &Path, document: &Value) -> LoadError {
        let found = Found::at(path, document);
        LoadError::Invalid {
            path: path.to_string(),
            problem: found.problem(),
        }
    }
}

/// What a document holds at a place, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Missing,
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List,
    Block,
}

impl Found {
    /// What `document` holds at `path`.
    pub fn at(path: &Path, document: &Value) -> Found {
        let mut here = Some(document);
        for segment in path.segments() {
            here = match segment {
                Segment::Index(index) => here.and_then(|v| v.get(*index)),
                Segment::Key(key) => here.and_then(|v| v.get(key)),
            };
        }
        Found::of(here)
    }

    /// What stands in `value` (`None`: nothing, the field is missing).
    pub fn of(value: Option<&Value>) -> Found {
        match value {
            None => Found::Missing,
            Some(Value::Null) => Found::Null,
            Some(Value::Bool(b)) => Found::Bool(*b),
            Some(Value::Number(n)) => Found::Number(n.to_string()),
            Some(Value::String(s)) => Found::Text(s.chars().take(40).collect()),
            Some(Value::Array(_)) => Found::List,
            Some(Value::Object(_)) => Found::Block,
        }
    }

    /// Half a sentence: what stands there, and that it does not fit.
    pub fn problem(&self) -> String {
        match self {
            Found::Missing => "het ontbreekt".to_string(),
            Found::Null => "het is leeg (null), maar hier hoort een waarde".to_string(),
            Found::Bool(b) => format!("er staat {b} (ja of nee), en dat past hier niet"),
            Found::Number(n) => format!("er staat het getal {n}, en dat past hier niet"),
            Found::Text(t) => format!("er staat de tekst '{t}', en die past hier niet"),
            Found::List => "er staat een lijst, en die past hier niet".to_string(),
            Found::Block => {
                "er staat een blok met velden, maar daarin ontbreekt iets of past iets niet"
                    .to_string()
            }
        }
    }
}
