//! The working file: an evaluation kept in a file on the organisation's own drive, written on
//! every autosave. The rules are here, without the browser: when a write is safe (the file is
//! still what this app last wrote), what to tell the user, and when to remind users of browsers
//! that cannot keep a working file to save a copy.

use serde::{Deserialize, Serialize};

/// What the app knows of the file it last wrote or read: enough to notice that someone else
/// changed it since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    /// The file's name, to show ("evaluatie-2025-2026.json").
    pub name: String,
    pub size: u64,
    /// The file's last-modified time (ms since 1970), as the browser reports it.
    pub modified_ms: i64,
    /// The evaluation's revision written into the file.
    pub revision: u64,
    /// When this app wrote it (ms since 1970).
    pub written_ms: i64,
}

/// The file as it is found just before a write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFile {
    pub size: u64,
    pub modified_ms: i64,
    /// The evaluation in it (id and revision), when it could be read; `None` for a file that
    /// is empty or not an evaluation.
    pub content: Option<(String, u64)>,
}

/// Whether a write may go ahead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteCheck {
    /// The file is what this app last wrote: write.
    Ours,
    /// Its size or time changed, but it holds the same evaluation at the same revision (a sync
    /// client touched it): write.
    Touched,
    /// Someone else wrote it: write nothing, let the user choose.
    ChangedByOther,
}

/// Decides whether the app may write `evaluation_id` over the file it last wrote (`last`), now
/// that it finds `found`. Reading the contents is only needed when size or time changed.
pub fn check_before_write(last: &FileStamp, evaluation_id: &str, found: &FoundFile) -> WriteCheck {
    if found.size == last.size && found.modified_ms == last.modified_ms {
        return WriteCheck::Ours;
    }
    match &found.content {
        Some((id, revision)) if id == evaluation_id && *revision == last.revision => {
            WriteCheck::Touched
        }
        _ => WriteCheck::ChangedByOther,
    }
}

/// Days after which unsaved changes earn a reminder, in browsers without a working file.
pub const REMINDER_DAYS: i64 = 7;
const DAY_MS: i64 = 86_400_000;

/// True when the user should be reminded to save a copy as a file: there are changes since the
/// last saved file, that file (or the start, when none was saved) is `REMINDER_DAYS` or more
/// old, and the user did not wave the reminder away after the last change.
pub fn reminder_due(
    created_ms: i64,
    updated_ms: i64,
    last_saved_ms: Option<i64>,
    dismissed_ms: Option<i64>,
    now_ms: i64,
) -> bool {
    let since = last_saved_ms.unwrap_or(created_ms);
    let unsaved = updated_ms > since;
    let old = now_ms - since >= REMINDER_DAYS * DAY_MS;
    let waved_away = dismissed_ms.is_some_and(|d| d >= updated_ms);
    unsaved && old && !waved_away
}

/// "14:03": the local time of `ms` for a clock `utc_offset_minutes` ahead of UTC.
pub fn local_time(ms: i64, utc_offset_minutes: i32) -> String {
    let minutes = (ms + i64::from(utc_offset_minutes) * 60_000).div_euclid(60_000);
    let of_day = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", of_day / 60, of_day % 60)
}

/// Why a write to the working file failed, in words for the user. `name` is the DOM
/// exception's name.
pub fn write_failure(name: &str) -> &'static str {
    match name {
        "NotAllowedError" | "SecurityError" => {
            "De browser mag het werkbestand niet meer bijwerken. Klik op 'Doorgaan met \
             werkbestand' en geef toestemming."
        }
        "NotFoundError" => {
            "Het werkbestand is niet meer te vinden. Misschien is de schijf niet bereikbaar of is \
             het bestand verplaatst. Het opslaan gaat door zodra het bestand weer bereikbaar is, \
             of kies 'Opslaan als werkbestand…'."
        }
        "QuotaExceededError" => {
            "De schijf is vol. Maak ruimte vrij; het opslaan in het werkbestand gaat daarna \
             vanzelf verder."
        }
        _ => {
            "Het werkbestand kon niet worden bijgewerkt. Het opslaan gaat door zodra het bestand \
             weer bereikbaar is."
        }
    }
}
