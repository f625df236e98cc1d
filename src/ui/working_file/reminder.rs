//! In a browser that cannot keep a working file: a reminder to save a copy as a file when
//! changes are older than `REMINDER_DAYS` since the last saved file. "Later" waves it away
//! until the next change.

use leptos::prelude::*;

use super::service::use_working_files;
use super::working_file_panel::{is_safari, SAFARI_NOTE};
use crate::domain::working_file::{reminder_due, REMINDER_DAYS};
use crate::state::EvaluationRef;
use crate::storage;
use crate::ui::exchange::ExportButton;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn SaveCopyReminder(evaluation: EvaluationRef) -> impl IntoView {
    let files = use_working_files();
    let store = evaluation.store();
    let id = evaluation.id();
    let dismissed = RwSignal::new(storage::reminder_dismissed(
        store.env().storage.as_ref(),
        &id,
    ));
    let now = store.now_ms();
    let due = move || {
        !files.supported
            && evaluation
                .with(|e| {
                    reminder_due(
                        e.created_ms,
                        e.updated_ms,
                        e.last_export_ms,
                        dismissed.get(),
                        now,
                    )
                })
                .unwrap_or(false)
    };
    let last = move || {
        evaluation.with(|e| e.last_export_ms).flatten().map_or_else(
            || "Er is nog nooit een kopie als bestand van gemaakt.".to_string(),
            |ms| {
                format!(
                    "De laatste kopie als bestand is van {}.",
                    store.local_date(ms).to_nl()
                )
            },
        )
    };
    let later = move |_| {
        let at = store.now_ms();
        // Not remembered (storage full or blocked): the reminder is gone for this visit and
        // comes back on the next one, which only repeats a suggestion.
        let _ = storage::dismiss_reminder(store.env().storage.as_ref(), &evaluation.id(), at);
        dismissed.set(Some(at));
    };
    move || {
        due().then(|| {
            view! {
                <Alert kind=AlertKind::Warning role="status">
                    <p class="alert-title">"Bewaar een kopie als bestand"</p>
                    <p>{format!("Er zijn wijzigingen van meer dan {REMINDER_DAYS} dagen geleden die alleen in deze browser staan. ")}{last}</p>
                    <p>"Als de browsergegevens worden gewist, bent u ze kwijt. Met een kopie als bestand kunt u, of een collega, altijd verder."</p>
                    {is_safari().then(|| view! { <p>{SAFARI_NOTE}</p> })}
                    <div class="utrecht-button-group">
                        <ExportButton evaluation label="Bewaar een kopie als bestand" secondary=false/>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=later>"Later"</button>
                    </div>
                </Alert>
            }
        })
    }
}
