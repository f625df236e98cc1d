//! Help on Mijn evaluaties: where the work is kept and how to hand it over; and, where the
//! browser can, opening a working file.

use leptos::prelude::*;

use crate::ui::route::Route;
use crate::ui::working_file::{use_working_files, FileActionsHelp};

#[component]
pub fn WhereIsMyWork() -> impl IntoView {
    let files = use_working_files();
    view! {
        <section aria-labelledby="waar-titel" class="panel">
            <h2 id="waar-titel">"Waar staat mijn werk?"</h2>
            <p>"Alles wat u invult, staat in deze browser op deze computer. Niet op een server. Wist iemand de browsergegevens, of werkt u op een andere computer, dan is het hier weg."</p>
            {if files.supported {
                view! {
                    <p>"Bewaar een evaluatie daarom als werkbestand: kies in het overzicht van de evaluatie 'Opslaan als werkbestand…'. Elke wijziging komt dan ook in dat bestand, bijvoorbeeld op een netwerkschijf of in Teams."</p>
                    <p>"Heeft u al een werkbestand, of krijgt u er een van een collega? Open het hier. Daarna slaat u er gewoon in verder op."</p>
                    <div class="utrecht-button-group">
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| files.open()>"Werkbestand openen…"</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <p>"Deze browser kan niet steeds in hetzelfde bestand opslaan. Maak daarom geregeld een kopie als bestand: open de evaluatie en kies 'Bewaar een kopie als bestand'. U krijgt een herinnering als er wijzigingen zijn die nog niet in een bestand staan."</p>
                }.into_any()
            }}
            <FileActionsHelp/>
            <h3>"Werk overdragen aan een collega"</h3>
            <p>"Geef de collega het bestand (het werkbestand of een kopie). De collega opent het met 'Werkbestand openen…' of via "<a href=Route::Import.href()>"Importeren"</a>". Werk daarna niet allebei in hetzelfde bestand tegelijk: de app ziet het als iemand anders het bestand heeft gewijzigd, en overschrijft dan niets."</p>
        </section>
    }
}
