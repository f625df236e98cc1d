//! The network set on the Netwerkoverzicht page: the contributions in memory, what happened to
//! each file added, and writing the set to storage after each change the user makes (adding
//! files, removing the set). The set is not app-wide: the page opens it, so none of this is in
//! the first load. Host-tested in `tests/host/network.rs` over `MemoryStorage`.

use leptos::prelude::*;

use super::env::Env;
use crate::domain::file_format::network_file::decode_contributions;
use crate::domain::file_format::network_file::NetworkFileError;
use crate::domain::network::{AddOutcome, Contribution, NetworkSet};
use crate::storage::{self, WriteError};

/// What one added file did.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    pub file_name: String,
    pub outcome: FileOutcome,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FileOutcome {
    /// How many contributions were new, replaced an older version, or were here already.
    Read {
        added: usize,
        replaced: usize,
        unchanged: usize,
    },
    Refused(NetworkFileError),
}

impl FileReport {
    /// One line for the list of files: what happened, in words.
    pub fn message(&self) -> String {
        match &self.outcome {
            FileOutcome::Read {
                added,
                replaced,
                unchanged,
            } => {
                let mut parts = vec![];
                let n = |count: usize, one: &str, many: &str| {
                    format!("{count} {}", if count == 1 { one } else { many })
                };
                if *added > 0 {
                    parts.push(format!("{} toegevoegd", n(*added, "bijdrage", "bijdragen")));
                }
                if *replaced > 0 {
                    parts.push(format!(
                        "{} vervangen door een nieuwere versie",
                        n(*replaced, "bijdrage", "bijdragen")
                    ));
                }
                if *unchanged > 0 {
                    parts.push(format!(
                        "{} was er al (of een nieuwere versie ervan)",
                        n(*unchanged, "bijdrage", "bijdragen")
                    ));
                }
                if parts.is_empty() {
                    "Geen bijdragen in dit bestand.".to_string()
                } else {
                    let mut text = parts.join(", ");
                    text.push('.');
                    capitalise(&text)
                }
            }
            FileOutcome::Refused(e) => format!("Niet gelezen. {e}"),
        }
    }

    pub fn refused(&self) -> bool {
        matches!(self.outcome, FileOutcome::Refused(_))
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Why the set could not be kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeepError {
    #[error(
        "De bijdragen staan op deze pagina, maar deze browser kon ze niet bewaren: de opslag is \
         vol. Bewaar de set als bestand, zodat u niets kwijtraakt."
    )]
    Full,
    #[error(
        "De bijdragen staan op deze pagina, maar deze browser staat bewaren niet toe \
         (bijvoorbeeld in een privévenster). Bewaar de set als bestand, zodat u niets kwijtraakt."
    )]
    NotAllowed,
    #[error(
        "In deze browser staat een set bijdragen van een nieuwere versie van de app. Die blijft \
         staan; deze versie verandert hem niet. Laad de pagina opnieuw voor de nieuwste versie."
    )]
    Newer,
}

/// The network set of this page: a `Copy` handle over its signals.
#[derive(Clone, Copy)]
pub struct Network {
    set: RwSignal<NetworkSet>,
    reports: RwSignal<Vec<FileReport>>,
    keep_error: RwSignal<Option<KeepError>>,
    /// Why the stored set could not be read (it was moved aside, or left for a newer version).
    stored_problem: RwSignal<Option<NetworkFileError>>,
    locked: StoredValue<bool>,
    env: StoredValue<Env, LocalStorage>,
}

impl Network {
    /// Opens the set kept in `env.storage`.
    pub fn open(env: Env) -> Network {
        let stored = storage::load_network(env.storage.as_ref(), Some(env.now_ms()));
        let mut set = NetworkSet::default();
        for c in stored.contributions {
            set.add(c);
        }
        Network {
            set: RwSignal::new(set),
            reports: RwSignal::new(Vec::new()),
            keep_error: RwSignal::new(stored.locked.then_some(KeepError::Newer)),
            stored_problem: RwSignal::new(stored.problem),
            locked: StoredValue::new(stored.locked),
            env: StoredValue::new_local(env),
        }
    }

    pub fn set(&self) -> Signal<NetworkSet> {
        self.set.into()
    }

    pub fn with<T>(&self, f: impl FnOnce(&NetworkSet) -> T) -> T {
        self.set.with(f)
    }

    pub fn reports(&self) -> ReadSignal<Vec<FileReport>> {
        self.reports.read_only()
    }

    pub fn keep_error(&self) -> ReadSignal<Option<KeepError>> {
        self.keep_error.read_only()
    }

    pub fn stored_problem(&self) -> ReadSignal<Option<NetworkFileError>> {
        self.stored_problem.read_only()
    }

    pub fn now_ms(&self) -> i64 {
        self.env.with_value(Env::now_ms)
    }

    /// Reads files given as (name, bytes or the reason they could not be read), adds every
    /// contribution that passes, and keeps the set. A refused file changes nothing; the others
    /// still count. Returns the reports (also kept for the page).
    pub fn add_files(
        &self,
        files: Vec<(String, Result<Vec<u8>, NetworkFileError>)>,
    ) -> Vec<FileReport> {
        let mut reports = Vec::with_capacity(files.len());
        let mut changed = false;
        self.set.update(|set| {
            for (file_name, bytes) in files {
                let outcome = match bytes.and_then(|b| decode_contributions(&b)) {
                    Ok(contributions) => {
                        let (mut added, mut replaced, mut unchanged) = (0, 0, 0);
                        for c in contributions {
                            match set.add(c) {
                                AddOutcome::Added => added += 1,
                                AddOutcome::Replaced => replaced += 1,
                                AddOutcome::KeptNewer => unchanged += 1,
                            }
                        }
                        changed |= added + replaced > 0;
                        FileOutcome::Read {
                            added,
                            replaced,
                            unchanged,
                        }
                    }
                    Err(e) => FileOutcome::Refused(e),
                };
                reports.push(FileReport { file_name, outcome });
            }
        });
        if changed {
            self.keep();
        }
        self.reports.set(reports.clone());
        reports
    }

    /// Removes every contribution from this page and this browser.
    pub fn clear(&self) {
        self.set.set(NetworkSet::default());
        self.reports.set(Vec::new());
        self.keep();
    }

    /// The contributions, as a combined file's text.
    pub fn contributions(&self) -> Vec<Contribution> {
        self.set.with_untracked(|s| s.contributions.clone())
    }

    fn keep(&self) {
        if self.locked.get_value() {
            return;
        }
        let result = self.set.with_untracked(|set| {
            self.env.with_value(|env| {
                storage::save_network(env.storage.as_ref(), &set.contributions, env.now_ms())
            })
        });
        self.keep_error.set(match result {
            Ok(()) => None,
            Err(WriteError::Full) => Some(KeepError::Full),
            Err(WriteError::NotAllowed) => Some(KeepError::NotAllowed),
        });
    }
}
