//! Privacy: what happens with what the user types. In B1 Dutch.

use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Privacy"</h1>
        <p class="lead">"Alles wat u invult, blijft in deze browser. Er wordt niets verstuurd."</p>
        <h2>"Waar staan uw gegevens?"</h2>
        <p>
            "De app bewaart uw evaluaties in de opslag van uw browser (localStorage), op dit
            apparaat. Er is geen server en geen account. Wij kunnen uw gegevens niet zien."
        </p>
        <h2>"Wat wordt er verstuurd?"</h2>
        <p>
            "Niets. De app haalt geen lettertypen, scripts of andere bestanden van andere websites.
            Er zijn geen cookies, geen statistieken en geen tracking."
        </p>
        <h2>"Delen met anderen"</h2>
        <p>
            "U deelt alleen als u zelf een bestand exporteert en het aan iemand geeft. Dat bestand
            bevat wat u hebt ingevuld. Behandel het zoals andere werkdocumenten van uw organisatie."
        </p>
        <h2>"Gegevens over medewerkers"</h2>
        <p>
            "De evaluatie gaat over de organisatie als geheel, niet over losse medewerkers. Schrijf
            daarom geen namen of beoordelingen van medewerkers in de toelichting."
        </p>
        <h2>"Gegevens verwijderen"</h2>
        <p>
            "Verwijder een evaluatie bij 'Mijn evaluaties'. Of wis de gegevens van deze website in de
            instellingen van uw browser. Exporteer eerst wat u wilt bewaren."
        </p>
    }
}
