//! Stap 2 (optioneel): collegiale toetsing. The organisation says whether it does one; if so,
//! who, when, the hulpvragen with notes and its own questions.

use leptos::prelude::*;

use super::own_questions::OwnQuestions;
use super::peer_notes::{NoteSource, PeerNotes};
use super::peer_panel::PeerPanel;
use super::step_done::StepDone;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{set_note, Evaluation, Mode, PeerReviewChoice};
use crate::state::EvaluationRef;
use crate::ui::fields::{TextArea, TextInput};
use crate::ui::route::Step;
use crate::ui::worksheet::WorksheetLinks;

#[component]
pub fn PeerReviewStep(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let Some(saved) = evaluation.get_untracked() else {
        return ().into_any();
    };
    let own = saved.mode == Mode::Own;
    let saved = saved.peer_review;
    let choice = evaluation.memo(|e| e.peer_review.choice);
    let replies = evaluation.memo(|e| e.peer_review.replies.len());
    let setter = |change: fn(&mut Evaluation, String)| evaluation.setter(change);

    let choices = PeerReviewChoice::ALL
        .into_iter()
        .map(|value| {
            let dom_id = format!("toetsing-keuze-{}", value.value());
            view! {
                <div class="radio">
                    <input type="radio" name="toetsing-keuze" id=dom_id.clone() class="radio__input"
                        prop:checked=move || choice.get() == value
                        on:change=move |_| evaluation.update(|e| e.peer_review.choice = value)/>
                    <label for=dom_id class="radio__label">{value.answer()}</label>
                </div>
            }
        })
        .collect_view();

    let questions = c
        .hulpvragen
        .collegiale_toetsing
        .questions
        .iter()
        .filter(|q| !q.open);
    let notes = questions
        .enumerate()
        .map(|(i, q)| {
            let on_input =
                evaluation.setter(move |e, t: String| set_note(&mut e.peer_review.notes, &q.id, t));
            view! {
                <TextArea id=q.id.clone() label=format!("{}. {}", i + 1, q.text)
                    initial=saved.notes.get(&q.id).cloned().unwrap_or_default() on_input rows=3/>
                {own.then(|| view! { <PeerNotes evaluation key=q.id.clone() source=NoteSource::Question/> })}
            }
        })
        .collect_view();
    let open_row = c
        .hulpvragen
        .collegiale_toetsing
        .questions
        .iter()
        .find(|q| q.open);

    let who = own.then(|| view! {
        <section aria-labelledby="toetsing-wie" class="panel">
            <h2 id="toetsing-wie">"Wie en wanneer"</h2>
            <TextInput id="toetsing-organisaties" label="Collega-organisaties"
                hint="Welke organisaties kijken mee? Bijvoorbeeld: Omgevingsdienst Noord, RUD Zuid."
                initial=saved.peers.clone() on_input=setter(|e, v| e.peer_review.peers = v)/>
            <TextInput id="toetsing-datum" label="Datum van het gesprek" kind="date"
                initial=saved.date.clone() on_input=setter(|e, v| e.peer_review.date = v)/>
            <TextArea id="toetsing-deelnemers" label="Deelnemers" hint="Wie waren erbij, en vanuit welke organisatie?"
                initial=saved.participants.clone() on_input=setter(|e, v| e.peer_review.participants = v) rows=3/>
        </section>
    });
    let details = view! {
        {who}
        <section aria-labelledby="toetsing-vragen">
            <h2 id="toetsing-vragen">"Hulpvragen voor het gesprek"</h2>
            {own.then(|| view! { <p>"Deze vragen zijn een leidraad voor het goede gesprek. Schrijf op wat er gezegd is."</p> })}
            {notes}
            <OwnQuestions evaluation open_row editable=own/>
        </section>
        // In the order of the work: after the conversation's questions, the files for the
        // peers, then what they sent back.
        {own.then(|| view! { <PeerPanel evaluation/> })}
        {own.then(|| view! {
            <section aria-labelledby="toetsing-profielen">
                <h2 id="toetsing-profielen">"Aantekeningen per profiel"</h2>
                {move || if replies.get() == 0 {
                    view! { <p>"Nog geen reacties van collega-organisaties. Importeert u hun reactie, dan staan hun aantekeningen per profiel hier."</p> }.into_any()
                } else {
                    c.profiles.iter().map(|p| view! {
                        <h3>{p.name.as_str()}</h3>
                        <PeerNotes evaluation key=p.id.clone() source=NoteSource::Profile
                            empty="Geen aantekeningen van collega-organisaties bij dit profiel."/>
                    }).collect_view().into_any()
                }}
            </section>
        })}
        {own.then(|| view! {
            <StepDone evaluation id="toetsing-afgerond" label="Stap 2 is afgerond"
                done=|e| e.peer_review.completed set=|e, on| e.peer_review.completed = on/>
        })}
    };

    if !own {
        return view! {
            <h1 tabindex="-1">"Stap 2: Uw aantekeningen"</h1>
            <p class="lead">"Schrijf bij elke vraag op wat u opvalt of wat u wilt vragen. Dat mag kort."</p>
            <p class="utrecht-form-field-description">"Uw reactie gaat naar de organisatie. Schrijf er geen namen van personen in: het gaat om de organisatie, niet om medewerkers."</p>
            {details}
        }
        .into_any();
    }
    view! {
        <h1 tabindex="-1">"Stap 2: Collegiale toetsing"</h1>
        <div class="help">
            <p>
                "Bij een collegiale toetsing lezen collega-organisaties uw zelfevaluatie. Daarna
                voert u samen een gesprek. Zo ziet u sterke punten en blinde vlekken. Deze stap is
                niet verplicht."
            </p>
        </div>
        <WorksheetLinks evaluation step=Step::PeerReview/>
        <fieldset class="choice">
            <legend>"Doet uw organisatie een collegiale toetsing?"</legend>
            {choices}
        </fieldset>
        <div hidden=move || choice.get() == PeerReviewChoice::No>{details}</div>
        <p hidden=move || choice.get() != PeerReviewChoice::No>
            "U doet deze keer geen collegiale toetsing. U kunt dit altijd nog veranderen. Ga
            verder met stap 3."
        </p>
    }
    .into_any()
}
