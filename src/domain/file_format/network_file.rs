//! The two files of learning across organisations: one organisation's contribution
//! (`vth-competenties/bijdrage`) and a network's combined set of them
//! (`vth-competenties/netwerkset`), which a region passes on and which loads like many
//! contributions. Same envelope rules as every file (kind and schema first, unknown fields
//! kept in each contribution); see `docs/file-format.md`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::json_path;
use super::load_error::{Found, LoadError};
use super::{read_envelope, read_schema, Kind, APP_VERSION, SCHEMA_VERSION};
use crate::domain::catalogue::Catalogue;
use crate::domain::network::Contribution;

/// A network file can be larger than an evaluation: a national set of 2,000 contributions is
/// about 3 MB. Beyond this it is refused before it is read.
pub const MAX_NETWORK_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Why a file could not be added to a network set: any reason a file cannot be loaded, and
/// those of network files only (kept out of [`LoadError`], which the first load carries).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkFileError {
    #[error("{0}")]
    Load(#[from] LoadError),
    #[error(
        "Het bestand is te groot ({size_mb} MB). Op deze pagina gaan bestanden tot {max_mb} MB. \
         Kies een bijdrage of een set bijdragen."
    )]
    TooLarge { size_mb: usize, max_mb: usize },
    #[error(
        "Dit is {what}, geen bijdrage voor het netwerk. Een bijdrage maakt de organisatie zelf: \
         open de evaluatie en kies 'Bijdrage voor het netwerk maken'. Vraag de organisatie om \
         dat bestand."
    )]
    NotAContribution { what: &'static str },
    #[error(
        "Deze bijdrage hoort bij een uitgave van de competentieprofielen die deze versie van de \
         app niet kent ('{found}'). Laad de pagina opnieuw voor de nieuwste versie."
    )]
    UnknownCatalogue { found: String },
    #[error(
        "Het bestand kon niet worden gelezen. Kies het opnieuw, of sla het eerst op uw computer \
         op. Sleept u een map? Kies die dan met 'Een map kiezen'."
    )]
    NotRead,
}

impl NetworkFileError {
    /// A file of `size` bytes, over [`MAX_NETWORK_FILE_BYTES`].
    pub fn too_large(size: f64) -> NetworkFileError {
        NetworkFileError::TooLarge {
            size_mb: (size / 1024.0 / 1024.0).ceil() as usize,
            max_mb: MAX_NETWORK_FILE_BYTES / 1024 / 1024,
        }
    }
}

/// What a network file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkKind {
    /// One organisation's contribution, made from its evaluation.
    Contribution,
    /// Many contributions, saved by a network coordinator.
    Set,
}

impl NetworkKind {
    pub const ALL: [NetworkKind; 2] = [NetworkKind::Contribution, NetworkKind::Set];

    pub fn tag(self) -> &'static str {
        match self {
            NetworkKind::Contribution => "vth-competenties/bijdrage",
            NetworkKind::Set => "vth-competenties/netwerkset",
        }
    }

    pub fn from_tag(tag: &str) -> Option<NetworkKind> {
        Self::ALL.into_iter().find(|k| k.tag() == tag)
    }

    /// The start of the file's name.
    pub fn file_prefix(self) -> &'static str {
        match self {
            NetworkKind::Contribution => "vth-bijdrage",
            NetworkKind::Set => "vth-netwerkset",
        }
    }

    /// What the file is, in words for the user.
    pub fn label(self) -> &'static str {
        match self {
            NetworkKind::Contribution => "een bijdrage",
            NetworkKind::Set => "een set bijdragen",
        }
    }
}

#[derive(Serialize)]
struct ContributionOut<'a> {
    kind: &'static str,
    schema: u32,
    app_version: &'static str,
    catalogue_id: &'a str,
    written_ms: i64,
    contribution: &'a Contribution,
}

#[derive(Serialize)]
struct SetOut<'a> {
    kind: &'static str,
    schema: u32,
    app_version: &'static str,
    written_ms: i64,
    contributions: &'a [Contribution],
}

#[derive(Deserialize)]
struct ContributionIn {
    contribution: Contribution,
}

#[derive(Deserialize)]
struct SetIn {
    contributions: Vec<Contribution>,
}

/// The file of one contribution (indented, so the organisation can read what it sends).
pub fn encode_contribution(contribution: &Contribution, written_ms: i64) -> String {
    let out = ContributionOut {
        kind: NetworkKind::Contribution.tag(),
        schema: SCHEMA_VERSION,
        app_version: APP_VERSION,
        catalogue_id: &contribution.catalogue_id,
        written_ms,
        contribution,
    };
    serde_json::to_string_pretty(&out).expect("a contribution always serialises")
}

/// The combined file of a set (compact: a national set is large), also how the set is kept
/// in the browser.
pub fn encode_set(contributions: &[Contribution], written_ms: i64) -> String {
    let out = SetOut {
        kind: NetworkKind::Set.tag(),
        schema: SCHEMA_VERSION,
        app_version: APP_VERSION,
        written_ms,
        contributions,
    };
    serde_json::to_string(&out).expect("contributions always serialise")
}

/// Reads a contribution or a set from a file's bytes: the contributions in it, each checked.
/// An evaluation, form or package gets [`NetworkFileError::NotAContribution`], which says how a
/// contribution is made.
pub fn decode_contributions(bytes: &[u8]) -> Result<Vec<Contribution>, NetworkFileError> {
    if bytes.len() > MAX_NETWORK_FILE_BYTES {
        return Err(NetworkFileError::too_large(bytes.len() as f64));
    }
    // No migrations yet: the file's text is the document.
    let (tag, value, text) = read_envelope(bytes, MAX_NETWORK_FILE_BYTES)?;
    let kind = match NetworkKind::from_tag(&tag) {
        Some(kind) => kind,
        None => match Kind::from_tag(&tag) {
            Some(other) => {
                return Err(NetworkFileError::NotAContribution {
                    what: other.label(),
                })
            }
            None => return Err(LoadError::UnknownKind { found: tag }.into()),
        },
    };
    read_schema(&value)?;
    let (field, expected) = match kind {
        NetworkKind::Contribution => ("contribution", "de bijdrage zelf"),
        NetworkKind::Set => ("contributions", "de lijst met bijdragen"),
    };
    let fits = match kind {
        NetworkKind::Contribution => value.get(field).is_some_and(Value::is_object),
        NetworkKind::Set => value.get(field).is_some_and(Value::is_array),
    };
    if !fits {
        let found = Found::of(value.get(field));
        return Err(LoadError::Invalid {
            path: field.to_string(),
            problem: format!("{}; hier hoort {expected}", found.problem()),
        }
        .into());
    }
    let contributions = match kind {
        NetworkKind::Contribution => {
            let c: ContributionIn = json_path::deserialize_text(text, &value)
                .map_err(|path| LoadError::unreadable(&path, &value))?;
            vec![c.contribution]
        }
        NetworkKind::Set => {
            let s: SetIn = json_path::deserialize_text(text, &value)
                .map_err(|path| LoadError::unreadable(&path, &value))?;
            s.contributions
        }
    };
    for (i, c) in contributions.iter().enumerate() {
        let at = match kind {
            NetworkKind::Contribution => "contribution".to_string(),
            NetworkKind::Set => format!("contributions[{i}]"),
        };
        validate(c, &at)?;
    }
    Ok(contributions)
}

/// Rules serde cannot express.
fn validate(c: &Contribution, at: &str) -> Result<(), NetworkFileError> {
    if c.id.trim().is_empty() {
        return Err(LoadError::Invalid {
            path: format!("{at}.id"),
            problem: "de bijdrage heeft geen id".into(),
        }
        .into());
    }
    if Catalogue::by_id(&c.catalogue_id).is_none() {
        return Err(NetworkFileError::UnknownCatalogue {
            found: c.catalogue_id.chars().take(80).collect(),
        });
    }
    for (profile, p) in &c.profiles {
        if let Some(score) = p.score.filter(|s| !(1..=5).contains(s)) {
            return Err(LoadError::Invalid {
                path: format!("{at}.profiles.{profile}.score"),
                problem: format!("de score is {score}, maar moet 1 tot en met 5 zijn"),
            }
            .into());
        }
    }
    Ok(())
}

/// `vth-bijdrage_<organisatie>_<soort>_<periode>_<datum>.json`: the organisation's name only
/// when it is in the file.
pub fn contribution_file_name(c: &Contribution, date: crate::domain::dates::Date) -> String {
    let kind = c.organisation_kind.map(|k| k.value()).unwrap_or_default();
    let mut parts = vec![NetworkKind::Contribution.file_prefix().to_string()];
    parts.extend(
        [c.organisation.as_str(), kind, c.period.as_str()]
            .into_iter()
            .map(super::slug)
            .filter(|s| !s.is_empty()),
    );
    parts.push(date.to_iso());
    format!("{}.json", parts.join("_"))
}
