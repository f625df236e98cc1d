//! Start page: what the app is for and the three steps, in B1 Dutch.

use leptos::prelude::*;

use crate::domain::catalogue::SHELL;
use crate::state::use_store;
use crate::ui::layout::LinkList;
use crate::ui::route::{Route, APP_NAME};

#[component]
pub fn HomePage() -> impl IntoView {
    let c = &SHELL;
    let groups = c
        .uitgangspunten
        .groups
        .iter()
        .map(|(heading, items)| {
            view! {
                <h3>{*heading}</h3>
                <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
            }
        })
        .collect_view();
    // The one primary action, as GOV.UK and NL start pages have: go on with the evaluation
    // last worked on, or start one.
    let store = use_store();
    let latest = Memo::new(move |_| store.latest_own());
    let start = move || {
        match latest.get() {
        Some((id, name)) => view! {
            <p class="start-action">
                <a class="utrecht-button utrecht-button--primary-action start-button"
                    href=Route::Evaluation(id, crate::ui::route::EvaluationView::Overview).href()>
                    "Verder met uw evaluatie"
                </a>
                <span class="start-action__what">{name}</span>
            </p>
        }
        .into_any(),
        None => view! {
            <p class="start-action">
                <a class="utrecht-button utrecht-button--primary-action start-button" href=Route::Evaluations.href()>
                    "Start een evaluatie"
                </a>
            </p>
        }
        .into_any(),
    }
    };
    view! {
        <h1 tabindex="-1">{APP_NAME}</h1>
        <p class="lead">
            "Met deze app kijkt uw organisatie hoe goed zij voldoet aan de vijf competentieprofielen
            van de Kwaliteitscriteria VTH. Een competentieprofiel beschrijft wat een rol vraagt,
            bijvoorbeeld de rol van vergunningverlener of toezichthouder. Het gaat om de organisatie
            als geheel, niet om losse medewerkers."
        </p>
        {start}
        <h2>"Zo werkt het: drie stappen, elke twee jaar"</h2>
        <ol class="steps">
            <li>
                <strong>"Zelfevaluatie. "</strong>
                "U geeft uw organisatie per profiel één score van 1 tot 5. U legt uit hoe u tot die
                score komt. Laat liefst meer mensen scoren: dat heet het meer-ogen-principe."
            </li>
            <li>
                <strong>"Collegiale toetsing (niet verplicht). "</strong>
                "Collega-organisaties lezen uw zelfevaluatie en gaan met u in gesprek. Zo ziet u
                sterke punten en blinde vlekken."
            </li>
            <li>
                <strong>"Conclusies en actieplan. "</strong>
                "U bepaalt waar u staat en wat u de komende twee jaar wilt verbeteren."
            </li>
        </ol>
        <LinkList links=vec![
            (Route::Profiles, "Bekijk de vijf competentieprofielen".into()),
            (Route::Stappenplan, "Lees het stappenplan en de hulpvragen".into()),
            (Route::Scale, "Bekijk de beoordelingsschaal".into()),
        ]/>
        <p class="note">"Alles wat u invult, blijft in deze browser. Er wordt niets verstuurd."</p>
        <details class="source-text">
            <summary>{format!("{} (uit de bron)", c.aanleiding.heading)}</summary>
            {c.aanleiding.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        </details>
        <details class="source-text">
            <summary>{format!("{} (uit de bron)", c.uitgangspunten.heading)}</summary>
            <p>{c.uitgangspunten.intro}</p>
            {groups}
        </details>
    }
}
