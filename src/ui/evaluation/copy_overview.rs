//! The overview of an assessor's or a peer's copy: what to do, their name, and handing the
//! work back as a file.

use leptos::prelude::*;

use crate::domain::evaluation::{Evaluation, Mode};
use crate::state::EvaluationRef;
use crate::ui::exchange::HandIn;
use crate::ui::fields::TextInput;

#[component]
pub fn CopyOverview(evaluation: EvaluationRef) -> impl IntoView {
    let Some(ev) = evaluation.get_untracked() else {
        return ().into_any();
    };
    let setter = |change: fn(&mut Mode, String)| {
        evaluation.setter(move |e: &mut Evaluation, v: String| change(&mut e.mode, v))
    };
    // Where the file goes back: the address the coordinator gave, else who sent it.
    let to = [&ev.return_address, &ev.contact, &ev.organisation]
        .into_iter()
        .map(|t| t.trim())
        .find(|t| !t.is_empty())
        .unwrap_or("degene die u het bestand stuurde")
        .to_string();
    match ev.mode.clone() {
        Mode::Assessor { assessor, role, .. } => view! {
            <h1 tabindex="-1">"Scoreformulier"</h1>
            <p class="lead">{format!("U geeft scores voor de competentieprofielen van {}.", ev.display_name())}</p>
            <ol class="steps">
                <li>"Geef in stap 1 per profiel één score en een korte toelichting."</li>
                <li>"Klik daarna hieronder op 'Formulier inleveren'. U krijgt een bestand en een bericht om mee te sturen."</li>
                <li>"Stuur dat bestand naar "<strong><bdi>{to.clone()}</bdi></strong>"."</li>
            </ol>
            <TextInput id="deelnemer-naam" label="Uw naam" autocomplete="name" initial=assessor
                on_input=setter(|m, v| if let Mode::Assessor { assessor, .. } = m { *assessor = v })/>
            <TextInput id="deelnemer-rol" label="Uw rol of team" hint="Bijvoorbeeld: teamleider toezicht. Zo weet de organisatie vanuit welke rol u scoort."
                initial=role on_input=setter(|m, v| if let Mode::Assessor { role, .. } = m { *role = v })/>
            <p class="utrecht-form-field-description">"Uw naam en scores gaan alleen naar de organisatie die u het formulier stuurde. Andere deelnemers zien ze niet."</p>
            <HandIn evaluation label="Formulier inleveren (bestand maken)"/>
        }.into_any(),
        Mode::Peer { peer_organisation, .. } => view! {
            <h1 tabindex="-1">"Collegiale toetsing"</h1>
            <p class="lead">{format!("U kijkt als collega-organisatie mee met {}.", ev.display_name())}</p>
            <ol class="steps">
                <li>"Lees de zelfevaluatie. Schrijf per profiel op wat u opvalt."</li>
                <li>"Schrijf in stap 2 uw aantekeningen bij de vragen."</li>
                <li>"Klik daarna hieronder op 'Reactie inleveren' en stuur het bestand naar "<strong><bdi>{to.clone()}</bdi></strong>"."</li>
            </ol>
            <TextInput id="toetser-organisatie" label="Naam van uw organisatie" autocomplete="organization" initial=peer_organisation
                on_input=setter(|m, v| if let Mode::Peer { peer_organisation, .. } = m { *peer_organisation = v })/>
            <p class="utrecht-form-field-description">"Uw reactie komt van uw organisatie: namen van personen staan er niet in."</p>
            <HandIn evaluation label="Reactie inleveren (bestand maken)"/>
        }.into_any(),
        Mode::Own => ().into_any(),
    }
}
