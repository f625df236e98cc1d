//! At the end of stap 3: what the organisation found unclear or missing in the profiles and
//! the stappenplan, for the Kerngroep that develops them further (seed line 20). Kept apart
//! from the source's own question about the organisation's development (line 419). It leaves
//! the organisation only in a contribution for a network, when the organisation makes one.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::set_note;
use crate::state::EvaluationRef;
use crate::ui::fields::TextArea;
use crate::ui::route::{EvaluationView, Route};

#[component]
pub fn Experiences(evaluation: EvaluationRef) -> impl IntoView {
    let saved = evaluation
        .with_untracked(|e| e.conclusions.experiences.clone())
        .unwrap_or_default();
    let profiles = Catalogue::current()
        .profiles
        .iter()
        .map(|p| {
            let id = p.id.as_str();
            let on_input = evaluation.setter(move |e, t: String| {
                set_note(&mut e.conclusions.experiences.profiles, id, t)
            });
            view! {
                <TextArea id=format!("ervaring-{id}") label=format!("{}: wat was onduidelijk of ontbrak in dit profiel?", p.name)
                    initial=saved.profiles.get(id).cloned().unwrap_or_default() on_input rows=3/>
            }
        })
        .collect_view();
    let contribution = Route::of(evaluation, EvaluationView::Contribution).href();
    view! {
        <section aria-labelledby="ervaringen-titel">
            <h2 id="ervaringen-titel">"Uw ervaringen met de profielen en het stappenplan"</h2>
            <p>
                "De profielen en het stappenplan worden verder ontwikkeld met ervaringen uit de
                praktijk. Wat was onduidelijk, of wat miste u? Dit is iets anders dan de
                ontwikkeling van uw organisatie hierboven. Vul in wat u kwijt wilt; alles mag leeg
                blijven."
            </p>
            <p>
                "Het gaat alleen mee als u een "<a href=contribution>"bijdrage voor het netwerk"</a>
                " maakt. Schrijf hier geen namen van mensen."
            </p>
            {profiles}
            <TextArea id="ervaring-stappenplan" label="Het stappenplan: wat was onduidelijk of ontbrak?"
                initial=saved.stappenplan on_input=evaluation.setter(|e, t: String| e.conclusions.experiences.stappenplan = t) rows=3/>
        </section>
    }
}
