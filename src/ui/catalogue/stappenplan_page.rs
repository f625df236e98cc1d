//! The stappenplan as the source gives it, with the hulpvragen of each step.

use leptos::prelude::*;

use crate::domain::catalogue::{Catalogue, Question};
use crate::ui::layout::LinkList;
use crate::ui::rich_text::RichText;
use crate::ui::route::{Route, Step};

fn question_list(questions: &'static [Question]) -> impl IntoView {
    view! {
        <ol class="questions">
            {questions.iter().map(|q| view! { <li>{q.text.as_str()}</li> }).collect_view()}
        </ol>
    }
}

#[component]
pub fn StappenplanPage() -> impl IntoView {
    let c = Catalogue::current();
    let h = &c.hulpvragen;
    let plan = &c.stappenplan;
    view! {
        <h1 tabindex="-1">"Stappenplan"</h1>
        <p class="lead">
            "Het stappenplan heeft drie stappen. U doet ze elke twee jaar. Stap 2 is niet verplicht.
            Bij elke stap horen hulpvragen. Die helpen u nadenken; u hoeft ze niet allemaal te
            beantwoorden."
        </p>
        <p>{plan.intro.as_str()}</p>
        {plan.steps.iter().map(|s| view! {
            <section class="step">
                <h2>{s.heading.as_str()}</h2>
                <p><RichText text=s.text.as_str()/></p>
            </section>
        }).collect_view()}
        <p class="footnote">"¹ "{plan.holistisch_footnote.as_str()}</p>
        <section class="panel" aria-labelledby="werkbladen-titel">
            <h2 id="werkbladen-titel">"Werkbladen om af te drukken"</h2>
            <p>"Voor gesprekken op papier, bijvoorbeeld in een vergaderruimte. Met de vragen van het stappenplan en ruimte voor aantekeningen."</p>
            <LinkList links=Step::ALL.into_iter().map(|s| (Route::Worksheet(s), format!("Leeg werkblad {}", s.title()))).collect()/>
        </section>
        <h2>{plan.hulpvragen_heading.as_str()}</h2>
        <p>{plan.hulpvragen_intro.as_str()}</p>
        <h3>"Stap 1: Zelfevaluatie"</h3>
        <p>{h.zelfevaluatie.intro.as_deref()}</p>
        {question_list(&h.zelfevaluatie.questions)}
        <h3>"Stap 2: Collegiale toetsing"</h3>
        {question_list(&h.collegiale_toetsing.questions)}
        {h.conclusies_actieplan.groups.iter().map(|g| view! {
            <h3>{format!("Stap 3: {}", g.heading)}</h3>
            {question_list(&g.questions)}
        }).collect_view()}
    }
}
