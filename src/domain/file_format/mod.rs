//! The one format in which evaluations are stored in the browser and written to files.
//!
//! Every document is an envelope: a `kind` tag and a `schema` version, checked first, then
//! who wrote it and when, then the payload: an [`Evaluation`]. The kind says what role the
//! file plays; the evaluation's `mode` must agree with it.
//!
//! [`decode_document`] is the single, tolerant load path used by storage and import alike:
//! unknown fields are kept (so a file from a newer version loads, and what it added is
//! written back unchanged), missing fields take their defaults, older schemas are migrated,
//! a newer schema is refused with a clear message, and every failure is a [`LoadError`] in
//! Dutch. It never panics. See `docs/file-format.md`.
//!
//! The parts: [`strict_json`] reads the bytes, [`load_error`] words what went wrong,
//! [`file_name`] names exported files; this module owns the envelope and the kinds.

pub mod file_name;
pub mod json_path;
pub mod load_error;
pub mod network_file;
pub mod strict_json;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::evaluation::{Evaluation, Mode, Unknown};
pub use file_name::{file_name, slug};
pub use load_error::LoadError;
use strict_json::parse_strict;

/// Schema version this app writes. Raise it only for a change older apps cannot read, and
/// add the step from the previous version to [`MIGRATIONS`].
pub const SCHEMA_VERSION: u32 = 1;

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// A migration rewrites a document of schema `n` into schema `n + 1`, in place.
pub type Migration = fn(&mut Value);

/// `MIGRATIONS[i]` takes schema `i + 1` to `i + 2`. Schema 1 is the first published one, so
/// there is nothing to migrate yet.
pub const MIGRATIONS: &[Migration] = &[];

/// What a file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole evaluation: a backup, or handed to a colleague.
    Evaluation,
    /// A beoordelingsformulier: handed out blank by the coordinator, returned filled in by
    /// one assessor (meer-ogen-principe).
    AssessorForm,
    /// The self-evaluation and step 2 questions, for a peer organisation.
    PeerPackage,
    /// A peer organisation's notes, back to the organisation.
    PeerReply,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Evaluation,
        Kind::AssessorForm,
        Kind::PeerPackage,
        Kind::PeerReply,
    ];

    pub fn tag(self) -> &'static str {
        match self {
            Kind::Evaluation => "vth-competenties/evaluatie",
            Kind::AssessorForm => "vth-competenties/beoordelingsformulier",
            Kind::PeerPackage => "vth-competenties/toetsingspakket",
            Kind::PeerReply => "vth-competenties/toetsingsreactie",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.tag() == tag)
    }

    /// The start of an exported file's name.
    pub fn file_prefix(self) -> &'static str {
        match self {
            Kind::Evaluation => "vth-evaluatie",
            Kind::AssessorForm => "vth-scoreformulier",
            Kind::PeerPackage => "vth-toetsingspakket",
            Kind::PeerReply => "vth-toetsingsreactie",
        }
    }

    /// The kind of file that backs up or hands back an evaluation as it is: a whole
    /// evaluation, a filled-in beoordelingsformulier, or a peer's reply.
    pub fn for_mode(mode: &Mode) -> Kind {
        match mode {
            Mode::Own => Kind::Evaluation,
            Mode::Assessor { .. } => Kind::AssessorForm,
            Mode::Peer { .. } => Kind::PeerReply,
        }
    }

    /// What the file is, in words for the user.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Evaluation => "een hele evaluatie",
            Kind::AssessorForm => "een scoreformulier (meer-ogen-principe)",
            Kind::PeerPackage => "een toetsingspakket voor een collegiale toetsing",
            Kind::PeerReply => "een reactie van een collega-organisatie (collegiale toetsing)",
        }
    }

    fn fits(self, mode: &Mode) -> bool {
        matches!(
            (self, mode),
            (Kind::Evaluation, Mode::Own)
                | (Kind::AssessorForm, Mode::Assessor { .. })
                | (Kind::PeerPackage | Kind::PeerReply, Mode::Peer { .. })
        )
    }
}

/// A decoded file or stored value.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub kind: Kind,
    /// The schema the document was written in (before migration).
    pub schema: u32,
    pub app_version: String,
    pub written_ms: i64,
    /// Who exported it, as they gave their name (may be empty).
    pub written_by: String,
    pub evaluation: Evaluation,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    kind: &'static str,
    schema: u32,
    app_version: &'static str,
    catalogue_id: &'a str,
    written_ms: i64,
    written_by: &'a str,
    evaluation: &'a Evaluation,
    /// Envelope fields of a newer version, written back as they came.
    #[serde(flatten)]
    unknown: &'a Unknown,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    // Read before (kind, schema) or from the payload (catalogue_id); named here so they are
    // not taken for unknown fields.
    #[serde(default)]
    #[allow(dead_code)]
    kind: serde::de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    schema: serde::de::IgnoredAny,
    #[serde(default)]
    #[allow(dead_code)]
    catalogue_id: serde::de::IgnoredAny,
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    written_ms: i64,
    #[serde(default)]
    written_by: String,
    evaluation: Evaluation,
    #[serde(flatten)]
    unknown: Unknown,
}

/// Writes a document of the current schema.
pub fn encode_document(
    kind: Kind,
    evaluation: &Evaluation,
    written_by: &str,
    written_ms: i64,
) -> String {
    let envelope = EnvelopeOut {
        kind: kind.tag(),
        schema: SCHEMA_VERSION,
        app_version: APP_VERSION,
        catalogue_id: &evaluation.catalogue_id,
        written_ms,
        written_by,
        evaluation,
        unknown: &evaluation.file_unknown,
    };
    serde_json::to_string_pretty(&envelope).expect("an evaluation always serialises")
}

/// Writes a whole evaluation (as stored in the browser and exported as a backup).
pub fn encode_evaluation(evaluation: &Evaluation, written_ms: i64) -> String {
    encode_document(Kind::for_mode(&evaluation.mode), evaluation, "", written_ms)
}

/// Reads a stored value: a document of any kind, returning its evaluation.
pub fn decode_evaluation(text: &str) -> Result<Evaluation, LoadError> {
    decode_document(text.as_bytes()).map(|d| d.evaluation)
}

/// Reads a document from a file's bytes: size, text, JSON, kind and schema first, then
/// migration, then the payload and its rules.
pub fn decode_document(bytes: &[u8]) -> Result<Document, LoadError> {
    let (tag, mut value, text) = read_envelope(bytes, MAX_FILE_BYTES)?;
    let kind = match Kind::from_tag(&tag) {
        Some(kind) => kind,
        None => match network_file::NetworkKind::from_tag(&tag) {
            Some(network) => {
                return Err(LoadError::NetworkFile {
                    what: network.label(),
                })
            }
            None => return Err(LoadError::UnknownKind { found: tag }),
        },
    };
    let schema = read_schema(&value)?;
    let migrated = schema < u64::from(SCHEMA_VERSION);
    migrate(&mut value, schema as usize, MIGRATIONS);
    if !value.get("evaluation").is_some_and(Value::is_object) {
        let found = load_error::Found::of(value.get("evaluation"));
        return Err(LoadError::Invalid {
            path: "evaluation".to_string(),
            problem: format!("{}; hier hoort de evaluatie zelf", found.problem()),
        });
    }
    // The file's own text when no migration changed it (faster); else the migrated document.
    let envelope: EnvelopeIn = if migrated {
        json_path::deserialize(&value)
    } else {
        json_path::deserialize_text(text, &value)
    }
    .map_err(|path| LoadError::unreadable(&path, &value))?;
    validate(kind, &envelope.evaluation)?;
    let mut evaluation = envelope.evaluation;
    evaluation.file_unknown = envelope.unknown;
    Ok(Document {
        kind,
        schema: schema as u32,
        app_version: envelope.app_version,
        written_ms: envelope.written_ms,
        written_by: envelope.written_by,
        evaluation,
    })
}

/// The checks every file goes through first: size, text, JSON, then that it has a `kind`.
/// Gives the kind's tag (at most 80 characters of it), the parsed document and its text; the
/// caller checks the kind, then [`read_schema`].
pub(crate) fn read_envelope(
    bytes: &[u8],
    max_bytes: usize,
) -> Result<(String, Value, &str), LoadError> {
    if bytes.len() > max_bytes {
        return Err(LoadError::TooLarge {
            size_kb: bytes.len().div_ceil(1024),
            max_kb: max_bytes / 1024,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let value = parse_strict(text)?;
    let tag: String = value
        .get("kind")
        .and_then(Value::as_str)
        .ok_or(LoadError::NotOurs)?
        .chars()
        .take(80)
        .collect();
    Ok((tag, value, text))
}

/// The document's `schema`: 1 or higher, and not newer than this app knows.
pub(crate) fn read_schema(value: &Value) -> Result<u64, LoadError> {
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
    Ok(schema)
}

/// Runs every migration from schema `from` up to the newest, in order.
pub fn migrate(value: &mut Value, from: usize, migrations: &[Migration]) {
    for step in migrations.iter().skip(from.saturating_sub(1)) {
        step(value);
    }
}

/// Rules serde cannot express.
fn validate(kind: Kind, evaluation: &Evaluation) -> Result<(), LoadError> {
    let invalid = |path: String, problem: String| Err(LoadError::Invalid { path, problem });
    if evaluation.id.trim().is_empty() {
        return invalid("evaluation.id".into(), "de evaluatie heeft geen id".into());
    }
    if !kind.fits(&evaluation.mode) {
        return invalid(
            "evaluation.mode".into(),
            format!("dit past niet bij het soort bestand ({})", kind.label()),
        );
    }
    let scores = evaluation
        .self_evaluation
        .profiles
        .iter()
        .map(|(p, a)| {
            (
                format!("evaluation.self_evaluation.profiles.{p}.score"),
                a.score,
            )
        })
        .chain(
            evaluation
                .self_evaluation
                .assessors
                .iter()
                .enumerate()
                .flat_map(|(i, a)| {
                    a.scores.iter().map(move |(p, s)| {
                        (
                            format!("evaluation.self_evaluation.assessors[{i}].scores.{p}.score"),
                            s.score,
                        )
                    })
                }),
        );
    for (path, score) in scores {
        if let Some(score) = score.filter(|s| !(1..=5).contains(s)) {
            return invalid(
                path,
                format!("de score is {score}, maar moet 1 tot en met 5 zijn"),
            );
        }
    }
    Ok(())
}
