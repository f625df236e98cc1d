//! When a page's code cannot be fetched: offline before the app was kept for offline use, a
//! server hiccup, or a new version put on the server while this tab was open (so the old
//! version's files are gone). Nothing typed is lost: it is already in this browser.

use leptos::prelude::*;

use crate::ui::offline;

#[component]
pub fn LoadFailed(retry: Callback<()>) -> impl IntoView {
    let newer = RwSignal::new(false);
    offline::check_for_new_release(newer);
    view! {
        <h1 tabindex="-1">"Deze pagina kan nu niet worden geladen"</h1>
        <p>
            "Een deel van de app kon niet worden opgehaald. Misschien is er geen internet, of
            is er net een nieuwe versie van de app op de website gezet."
        </p>
        <p>"Wat u hebt ingevuld, is bewaard in deze browser. U verliest niets."</p>
        {move || newer.get().then(|| view! {
            <p>"Er is een nieuwe versie van de app. Laad die om verder te gaan."</p>
        })}
        <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=move |_| retry.run(())>
                "Opnieuw proberen"
            </button>
            {move || newer.get().then(|| view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=|_| offline::load_new_version()>
                    "Nieuwe versie laden"
                </button>
            })}
        </div>
    }
}
