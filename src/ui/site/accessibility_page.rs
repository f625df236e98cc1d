//! Toegankelijkheidsverklaring: what the app does for accessibility, and how it is tested.

use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Toegankelijkheid"</h1>
        <p class="lead">
            "Iedereen moet deze app kunnen gebruiken. Wij bouwen volgens de WCAG 2.2, niveau AA.
            Overheden moeten volgens de wet voldoen aan WCAG 2.1 AA."
        </p>
        <h2>"Wat wij doen"</h2>
        <ul>
            <li>"U kunt alles met alleen het toetsenbord doen. De focus is altijd goed zichtbaar."</li>
            <li>"Elk invoerveld heeft een label. Foutmeldingen staan bij het veld en worden voorgelezen."</li>
            <li>"Scores kiest u met keuzerondjes, niet door te slepen."</li>
            <li>"De pagina werkt op een smal scherm (320 pixels) en met tekst op 200%, zonder heen en weer te schuiven."</li>
            <li>"Meldingen zoals 'verwijderd' of 'niet opgeslagen' worden voorgelezen door een schermlezer."</li>
            <li>"Kleur is nooit de enige manier om iets te laten zien."</li>
            <li>"De teksten zijn geschreven op taalniveau B1. Officiële termen leggen we uit."</li>
        </ul>
        <h2>"Hoe wij testen"</h2>
        <p>
            "Bij elke wijziging testen wij automatisch alle schermen met axe-core op de regels van
            WCAG 2.0, 2.1 en 2.2 (A en AA). Wij testen een hele evaluatie met alleen het
            toetsenbord, en elk scherm op 320 pixels breed. Automatische tests vinden niet alles.
            Een onderzoek door een deskundige is nog niet gedaan."
        </p>
        <h2>"Iets werkt niet?"</h2>
        <p>
            "Meld het bij de organisatie die deze app aan u heeft gegeven. Vertel welke pagina het is
            en wat er misgaat."
        </p>
    }
}
