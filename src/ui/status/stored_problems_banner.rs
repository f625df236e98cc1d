//! Stored data the app could not read. It is kept, byte for byte; the user can download it
//! and, only then and only if they choose, remove it from the browser.

use leptos::prelude::*;

use super::{Alert, AlertKind};
use crate::storage::StoredProblem;
use crate::ui::exchange::download_text;

#[component]
pub fn StoredProblemsBanner(
    problems: ReadSignal<Vec<StoredProblem>>,
    /// Removes the kept bytes under this key (the root owns storage writes).
    on_discard: Callback<String>,
) -> impl IntoView {
    let item = move |problem: StoredProblem| {
        let explanation = if problem.moved_aside {
            "Opgeslagen gegevens konden niet worden gelezen. We hebben ze apart bewaard, \
             precies zoals ze waren. Er is niets overschreven."
        } else {
            "Deze gegevens zijn gemaakt met een nieuwere versie van de app. We laten ze \
             ongemoeid. Laad de pagina opnieuw om de nieuwste versie te krijgen."
        };
        let bytes = problem.bytes.clone();
        let file_name = format!("{}.json", problem.key.replace(':', "_"));
        // What the download did, said right after its button (the data stays either way).
        let outcome = RwSignal::new(None::<&'static str>);
        let download = move |_| {
            outcome.set(Some(match download_text(&file_name, "application/json", &bytes) {
                Ok(()) => "Het bestand staat in uw map met downloads. De gegevens blijven ook hier bewaard.",
                Err(_) => "Downloaden lukte niet in deze browser. De gegevens blijven hier bewaard; probeer het opnieuw of in een andere browser.",
            }));
        };
        let key = problem.key.clone();
        let discard = problem.moved_aside.then(|| {
            view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    on:click=move |_| on_discard.run(key.clone())>
                    "Verwijder deze bewaarde gegevens uit de browser"
                </button>
            }
        });
        view! {
            <li>
                <p>{explanation}</p>
                <p class="alert-detail">"Wat er mis is: "{problem.error.to_string()}</p>
                <div class="utrecht-button-group">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=download>
                        "Download de gegevens"
                    </button>
                    {discard}
                </div>
                <p class="button-status" role="status">{move || outcome.get()}</p>
            </li>
        }
    };
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            view! {
                <Alert kind=AlertKind::Warning role="region" labelled_by="problemen-titel">
                    <h2 id="problemen-titel">"Let op: niet alle gegevens konden worden geladen"</h2>
                    <ul>{list.into_iter().map(item).collect_view()}</ul>
                </Alert>
            }
        })
    }
}
