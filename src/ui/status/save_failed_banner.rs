//! When storage refuses a write: says so plainly and offers to export, so nothing is lost.
//! The app keeps working in memory and tries again with the next change.

use leptos::prelude::*;

use super::{Alert, AlertKind};
use crate::state::{use_store, SaveState};
use crate::ui::exchange::ExportButton;

#[component]
pub fn SaveFailedBanner() -> impl IntoView {
    let store = use_store();
    let error = move || match store.save_state().get() {
        SaveState::Failed(e) => Some(e.to_string()),
        _ => None,
    };
    move || {
        error().map(|message| {
            let evaluations = store.with_all_untracked(|list| {
                list.iter()
                    .map(|e| (e.id.clone(), e.display_name()))
                    .collect::<Vec<_>>()
            });
            view! {
                <Alert kind=AlertKind::Error role="alert">
                    <h2>"Niet opgeslagen"</h2>
                    <p>{message}</p>
                    <ul>
                        {evaluations.into_iter().map(|(id, name)| view! {
                            <li>{name}" "<ExportButton evaluation=store.evaluation(&id)/></li>
                        }).collect_view()}
                    </ul>
                </Alert>
            }
        })
    }
}
