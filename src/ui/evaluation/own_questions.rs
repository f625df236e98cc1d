//! "... (ruimte voor eigen invulling/aanvulling)": the organisation's own questions for the
//! collegiale toetsing, each with notes; to add, rename and remove.

use leptos::prelude::*;

use super::peer_notes::{NoteSource, PeerNotes};
use crate::domain::catalogue::Question;
use crate::domain::evaluation::OwnQuestion;
use crate::state::EvaluationRef;

#[component]
pub fn OwnQuestions(
    evaluation: EvaluationRef,
    open_row: Option<&'static Question>,
    /// False for a peer: the organisation's questions are shown, only the notes are theirs.
    editable: bool,
) -> impl IntoView {
    let ids = evaluation.memo(|e| {
        e.peer_review
            .own_questions
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    });
    let add = move |_| {
        let question_id = evaluation.store().new_id("eigen");
        evaluation.update(|e| {
            e.peer_review.own_questions.push(OwnQuestion {
                id: question_id,
                ..Default::default()
            })
        });
        // Focus the new question's text field once it is drawn.
        request_animation_frame(|| {
            if let Some(el) = document()
                .query_selector(".own-question:last-of-type textarea")
                .ok()
                .flatten()
            {
                // Moving focus cannot fail in a way to report: at worst it stays where it was.
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
            }
        });
    };

    // Rows are drawn again when a question is added or removed: each reads its text from the
    // store at that moment, so nothing typed is lost from view.
    let row = move |question_id: String, number: usize| {
        let initial = evaluation
            .with_untracked(|e| {
                e.peer_review
                    .own_questions
                    .iter()
                    .find(|q| q.id == question_id)
                    .cloned()
            })
            .flatten()
            .unwrap_or_default();
        let qid = question_id.clone();
        let set_text = move |ev| {
            let text = event_target_value(&ev);
            evaluation.update(|e| {
                if let Some(q) = e.own_question_mut(&qid) {
                    q.text = text
                }
            })
        };
        let qid = question_id.clone();
        let set_notes = move |ev| {
            let notes = event_target_value(&ev);
            evaluation.update(|e| {
                if let Some(q) = e.own_question_mut(&qid) {
                    q.notes = notes
                }
            })
        };
        let qid = question_id.clone();
        let remove = move |_| {
            evaluation.update(|e| e.peer_review.own_questions.retain(|q| q.id != qid));
            evaluation
                .store()
                .announce(format!("Eigen vraag {number} is verwijderd."));
        };
        let (text_id, notes_id) = (
            format!("{question_id}-vraag"),
            format!("{question_id}-notities"),
        );
        if !editable {
            return view! {
                <li class="own-question">
                    <div class="utrecht-form-field">
                        <label class="utrecht-form-label" for=notes_id.clone()>{format!("Vraag {number}: {}", initial.text)}</label>
                        <textarea id=notes_id class="utrecht-form-field__input" rows=3 prop:value=initial.notes on:input=set_notes></textarea>
                    </div>
                </li>
            }
            .into_any();
        }
        view! {
            <li class="own-question">
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for=text_id.clone()>{format!("Eigen vraag {number}")}</label>
                    <textarea id=text_id class="utrecht-form-field__input" rows=2 prop:value=initial.text on:input=set_text></textarea>
                </div>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for=notes_id.clone()>{format!("Aantekeningen bij eigen vraag {number}")}</label>
                    <textarea id=notes_id class="utrecht-form-field__input" rows=3 prop:value=initial.notes on:input=set_notes></textarea>
                </div>
                <PeerNotes evaluation key=question_id.clone() source=NoteSource::OwnQuestion/>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=remove>
                    {format!("Eigen vraag {number} verwijderen")}
                </button>
            </li>
        }
        .into_any()
    };

    view! {
        // A peer's copy without questions of the organisation: nothing to show.
        <section aria-labelledby="eigen-vragen" class="panel" hidden=move || !editable && ids.with(Vec::is_empty)>
            <h3 id="eigen-vragen">{if editable { "Eigen vragen" } else { "Vragen van de organisatie" }}</h3>
            <p>
                {open_row.map(|q| view! { <q>{q.text.as_str()}</q>" " })}
                {if editable { "Voeg vragen toe die voor uw organisatie belangrijk zijn." } else { "De organisatie heeft deze vragen zelf toegevoegd." }}
            </p>
            <ol class="own-questions">
                {move || ids.get().into_iter().enumerate().map(|(i, qid)| row(qid, i + 1)).collect_view()}
            </ol>
            {editable.then(|| view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=add>"Eigen vraag toevoegen"</button>
            })}
        </section>
    }
}
