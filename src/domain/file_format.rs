//! The one format in which evaluations are stored in the browser and written to files.
//!
//! Every document is an envelope: a `kind` tag and a `schema` version, checked first, then
//! the payload. [`decode_evaluation`] is the single, tolerant load path that both storage
//! and import use: unknown fields are ignored (so files from a newer minor version load),
//! missing fields take their defaults, older schemas are migrated, and a newer schema is
//! refused with a clear message. See `docs/file-format.md`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::evaluation::Evaluation;

/// Schema version this app writes. Raise it only for a change older apps cannot read, and
/// add the step from the previous version to [`MIGRATIONS`].
pub const SCHEMA_VERSION: u32 = 1;

/// Kind tag of a whole evaluation.
pub const KIND_EVALUATION: &str = "vth-competenties/evaluatie";

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A migration rewrites a document of schema `n` into schema `n + 1`, in place.
pub type Migration = fn(&mut Value);

/// `MIGRATIONS[i]` takes schema `i + 1` to `i + 2`. Schema 1 is the first published one, so
/// there is nothing to migrate yet.
pub const MIGRATIONS: &[Migration] = &[];

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    kind: &'static str,
    schema: u32,
    app_version: &'static str,
    catalogue_id: &'a str,
    written_ms: i64,
    evaluation: &'a Evaluation,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    evaluation: Evaluation,
}

/// Why a document could not be loaded. The messages are for the user: Dutch, saying what is
/// wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("Het bestand is leeg. Kies een ander bestand.")]
    Empty,
    #[error(
        "Dit is geen geldig JSON-bestand. Het gaat mis op regel {line}, kolom {column}. \
         Misschien is het bestand beschadigd of niet compleet. Vraag de afzender om het \
         opnieuw te exporteren."
    )]
    NotJson { line: usize, column: usize },
    #[error(
        "Dit bestand komt niet uit deze app: het label 'kind' ontbreekt. Kies een bestand dat \
         u met 'Exporteren' hebt gemaakt."
    )]
    NotOurs,
    #[error("Dit bestand is van een ander soort ('{found}'), geen evaluatie.")]
    WrongKind { found: String },
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
}

/// Writes an evaluation as a document of the current schema.
pub fn encode_evaluation(evaluation: &Evaluation, written_ms: i64) -> String {
    let envelope = EnvelopeOut {
        kind: KIND_EVALUATION,
        schema: SCHEMA_VERSION,
        app_version: APP_VERSION,
        catalogue_id: &evaluation.catalogue_id,
        written_ms,
        evaluation,
    };
    serde_json::to_string_pretty(&envelope).expect("an evaluation always serialises")
}

/// Reads a document: kind and schema first, then migration, then the payload.
pub fn decode_evaluation(text: &str) -> Result<Evaluation, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let kind = value
        .get("kind")
        .and_then(Value::as_str)
        .ok_or(LoadError::NotOurs)?;
    if kind != KIND_EVALUATION {
        return Err(LoadError::WrongKind {
            found: kind.chars().take(80).collect(),
        });
    }
    let schema = match value.get("schema") {
        Some(Value::Number(n)) => n.as_u64().filter(|n| *n >= 1),
        _ => None,
    }
    .ok_or_else(|| LoadError::Invalid {
        path: "schema".to_string(),
        problem: "dit moet een versienummer zijn (1 of hoger)".to_string(),
    })?;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerSchema {
            found: schema,
            supported: SCHEMA_VERSION,
        });
    }
    migrate(&mut value, schema as usize, MIGRATIONS);
    let envelope: EnvelopeIn = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        LoadError::Invalid {
            path,
            problem: dutch_problem(&e.into_inner().to_string()),
        }
    })?;
    validate(&envelope.evaluation)?;
    Ok(envelope.evaluation)
}

/// Runs every migration from schema `from` up to the newest, in order.
pub fn migrate(value: &mut Value, from: usize, migrations: &[Migration]) {
    for step in migrations.iter().skip(from.saturating_sub(1)) {
        step(value);
    }
}

/// Rules serde cannot express.
fn validate(evaluation: &Evaluation) -> Result<(), LoadError> {
    if evaluation.id.trim().is_empty() {
        return Err(LoadError::Invalid {
            path: "evaluation.id".to_string(),
            problem: "de evaluatie heeft geen id".to_string(),
        });
    }
    for (profile, assessment) in &evaluation.self_evaluation.profiles {
        if let Some(score) = assessment.score {
            if !(1..=5).contains(&score) {
                return Err(LoadError::Invalid {
                    path: format!("evaluation.self_evaluation.profiles.{profile}.score"),
                    problem: format!("de score is {score}, maar moet 1 tot en met 5 zijn"),
                });
            }
        }
    }
    Ok(())
}

/// serde's English error, in words a user can act on.
fn dutch_problem(serde_message: &str) -> String {
    let detail = serde_message
        .split(" at line")
        .next()
        .unwrap_or(serde_message);
    if detail.starts_with("invalid type") {
        format!("het heeft het verkeerde type ({detail})")
    } else if detail.starts_with("missing field") {
        format!("er ontbreekt een verplicht veld ({detail})")
    } else if detail.starts_with("unknown variant") {
        format!("deze waarde kent de app niet ({detail})")
    } else {
        format!("de inhoud klopt niet ({detail})")
    }
}

/// A file name that says what is inside: `vth-evaluatie_<organisatie>_<periode>_<datum>.json`.
pub fn export_file_name(evaluation: &Evaluation, now_ms: i64) -> String {
    let mut parts = vec!["vth-evaluatie".to_string()];
    parts.extend(
        [&evaluation.organisation, &evaluation.period]
            .into_iter()
            .map(|s| slug(s))
            .filter(|s| !s.is_empty()),
    );
    parts.push(super::dates::date_from_ms(now_ms).to_iso());
    format!("{}.json", parts.join("_"))
}

/// Lower case letters, digits and single dashes; accents dropped ("Café Noord" → "cafe-noord").
fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        let ch = match ch {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ĳ' => 'y',
            c => c,
        };
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}
