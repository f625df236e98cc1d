//! Another tab saved a newer version of an evaluation that has unsaved work here. The user
//! chooses; nothing is overwritten silently.

use leptos::prelude::*;

use super::{Alert, AlertKind};
use crate::state::use_store;

#[component]
pub fn ConflictBanner() -> impl IntoView {
    let store = use_store();
    move || {
        store
            .conflicts()
            .get()
            .into_iter()
            .map(|theirs| {
                let (take, copy) = (theirs.id.clone(), theirs.id.clone());
                view! {
                    <Alert kind=AlertKind::Warning role="alert">
                        <h2>"Gewijzigd in een ander tabblad"</h2>
                        <p>
                            {format!("'{}' is in een ander tabblad of venster gewijzigd. ", theirs.display_name())}
                            "Hier zijn ook wijzigingen die nog niet zijn opgeslagen. Wat wilt u doen?"
                        </p>
                        <div class="utrecht-button-group">
                            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=move |_| store.keep_mine_as_copy(&copy)>
                                "Bewaar allebei (mijn versie als kopie)"
                            </button>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| store.take_theirs(&take)>
                                "Laad de nieuwste versie (mijn wijzigingen hier vervallen)"
                            </button>
                        </div>
                    </Alert>
                }
            })
            .collect_view()
    }
}
