//! The one format in which evaluations are stored in the browser and written to files.
//!
//! Every document is an envelope: a `kind` tag and a `schema` version, checked first, then
//! who wrote it and when, then the payload: an [`Evaluation`]. The kind says what role the
//! file plays; the evaluation's `mode` must agree with it.
//!
//! [`decode_document`] is the single, tolerant load path used by storage and import alike:
//! unknown fields are ignored (so files from a newer minor version load), missing fields take
//! their defaults, older schemas are migrated, a newer schema is refused with a clear message,
//! and every failure is a [`LoadError`] in Dutch. It never panics. See `docs/file-format.md`.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::{Map, Number, Value};
use thiserror::Error;

use super::evaluation::{Evaluation, Mode};

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

    /// What the file is, in words for the user.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Evaluation => "een hele evaluatie",
            Kind::AssessorForm => "een beoordelingsformulier (meer-ogen-principe)",
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

/// Kind tag of a whole evaluation.
pub const KIND_EVALUATION: &str = "vth-competenties/evaluatie";

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
}

#[derive(serde::Deserialize)]
struct EnvelopeIn {
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    written_ms: i64,
    #[serde(default)]
    written_by: String,
    evaluation: Evaluation,
}

/// Why a document could not be loaded. The messages are for the user: Dutch, saying what is
/// wrong and what to do.
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
         Misschien is het bestand beschadigd of niet compleet. Vraag de afzender om het \
         opnieuw te exporteren."
    )]
    NotJson { line: usize, column: usize },
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
    #[error("Dit bestand is {found}, maar hier is {expected} nodig.")]
    WrongKind {
        found: &'static str,
        expected: &'static str,
    },
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
    };
    serde_json::to_string_pretty(&envelope).expect("an evaluation always serialises")
}

/// Writes a whole evaluation (as stored in the browser and exported as a backup).
pub fn encode_evaluation(evaluation: &Evaluation, written_ms: i64) -> String {
    let kind = match evaluation.mode {
        Mode::Own => Kind::Evaluation,
        Mode::Assessor { .. } => Kind::AssessorForm,
        Mode::Peer { .. } => Kind::PeerReply,
    };
    encode_document(kind, evaluation, "", written_ms)
}

/// Reads a stored value: a document of any kind, returning its evaluation.
pub fn decode_evaluation(text: &str) -> Result<Evaluation, LoadError> {
    decode_document(text.as_bytes()).map(|d| d.evaluation)
}

/// Reads a document from a file's bytes: size, text, JSON, kind and schema first, then
/// migration, then the payload and its rules.
pub fn decode_document(bytes: &[u8]) -> Result<Document, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size_kb: bytes.len().div_ceil(1024),
            max_kb: MAX_FILE_BYTES / 1024,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let mut value = parse_strict(text)?;
    let kind_tag = value
        .get("kind")
        .and_then(Value::as_str)
        .ok_or(LoadError::NotOurs)?;
    let kind = Kind::from_tag(kind_tag).ok_or_else(|| LoadError::UnknownKind {
        found: kind_tag.chars().take(80).collect(),
    })?;
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
    validate(kind, &envelope.evaluation)?;
    Ok(Document {
        kind,
        schema: schema as u32,
        app_version: envelope.app_version,
        written_ms: envelope.written_ms,
        written_by: envelope.written_by,
        evaluation: envelope.evaluation,
    })
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

/// Parses JSON into a [`Value`], refusing a key that stands twice in one object (serde_json
/// would silently keep the last). One pass; serde_json's recursion limit (128) still holds.
fn parse_strict(text: &str) -> Result<Value, LoadError> {
    serde_json::from_str::<Strict>(text)
        .map(|s| s.0)
        .map_err(|e| {
            let (line, column) = (e.line(), e.column());
            let message = e.to_string();
            if let Some(rest) = message.strip_prefix(DUPLICATE) {
                let key = rest
                    .split('`')
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take(80)
                    .collect();
                LoadError::DuplicateKey { key, line, column }
            } else if message.starts_with("recursion limit exceeded") {
                LoadError::TooDeep { line, column }
            } else {
                LoadError::NotJson { line, column }
            }
        })
}

const DUPLICATE: &str = "duplicate key `";

struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number out of range"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("{DUPLICATE}{key}`")));
            }
            let Strict(value) = map.next_value()?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// A file name that says what is inside: `vth-<soort>_<organisatie>_<periode>_<datum>.json`.
pub fn export_file_name(kind: Kind, evaluation: &Evaluation, now_ms: i64) -> String {
    let prefix = match kind {
        Kind::Evaluation => "vth-evaluatie",
        Kind::AssessorForm => "vth-beoordelingsformulier",
        Kind::PeerPackage => "vth-toetsingspakket",
        Kind::PeerReply => "vth-toetsingsreactie",
    };
    let who = match &evaluation.mode {
        Mode::Own => "",
        Mode::Assessor { assessor, .. } => assessor,
        Mode::Peer {
            peer_organisation, ..
        } => peer_organisation,
    };
    let mut parts = vec![prefix.to_string()];
    parts.extend(
        [
            evaluation.organisation.as_str(),
            evaluation.period.as_str(),
            who,
        ]
        .into_iter()
        .map(slug)
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
