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
        <p>
            "Kiest u 'Opslaan als werkbestand…' (in Chrome en Edge), dan slaat de app elke wijziging
            ook op in het bestand dat u kiest, bijvoorbeeld op een netwerkschijf. Alleen in dat
            bestand; de browser onthoudt welk bestand het is."
        </p>
        <p>
            "Let op: browsers kunnen deze opslag wissen. Safari wist gegevens van websites die u 7
            dagen niet heeft bezocht. In een privévenster (Firefox, Chrome, Safari) is alles weg
            als u het venster sluit. Ook een beheerde werkplek kan de browser bij het afmelden
            leegmaken. Bewaar uw werk daarom als werkbestand, of maak geregeld een kopie als
            bestand."
        </p>
        <p>
            "Firefox vraagt misschien of deze website gegevens blijvend mag opslaan. Kies
            'Toestaan': dan wist Firefox uw evaluaties niet als de schijf vol raakt. Er wordt
            daarmee niets verstuurd."
        </p>
        <h2>"Wat wordt er verstuurd?"</h2>
        <p>
            "Niets. De app haalt geen lettertypen, scripts of andere bestanden van andere websites.
            Er zijn geen cookies, geen statistieken en geen tracking."
        </p>
        <h2>"Delen met anderen"</h2>
        <p>
            "U deelt alleen als u zelf een bestand exporteert en het aan iemand geeft. Dat bestand
            bevat wat u hebt ingevuld. Behandel het zoals andere werkdocumenten van uw organisatie.
            Bestanden voor collega-organisaties (het toetsingspakket en de reactie daarop) bevatten
            niet de velden met namen van personen (contactpersoon, deelnemers, eigenaren van
            acties). De toelichting per profiel gaat wel mee, zoals u haar schreef: zet daar dus
            geen namen in."
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
