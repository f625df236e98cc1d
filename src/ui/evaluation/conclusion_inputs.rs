//! Stap 3 is drawn "op basis van stap 1 en eventueel stap 2": what those steps gave, beside the
//! conclusion questions. Per profile the score (and the spread of separate scores), the
//! toelichting, the answers on ambition and improvement (hulpvraag 8 and 9) and the peers'
//! notes; then the collegiale toetsing per question. Folded, so the questions stay in view.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::report::{build, ReportOptions};
use crate::state::EvaluationRef;

/// The hulpvragen of stap 1 about ambition (8) and what to tackle (9).
const AMBITION_QUESTIONS: [&str; 2] = ["zelfevaluatie-8", "zelfevaluatie-9"];

#[component]
pub fn ConclusionInputs(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let Some(report) = evaluation
        .with_untracked(|e| build(e, c, evaluation.store().today(), ReportOptions::default()))
    else {
        return ().into_any();
    };
    let ambition: Vec<&str> = c
        .hulpvragen
        .zelfevaluatie
        .questions
        .iter()
        .filter(|q| AMBITION_QUESTIONS.contains(&q.id.as_str()))
        .map(|q| q.text.as_str())
        .collect();
    let peer_heading = |name: &str| format!("Over het profiel {name}");
    let profiles = report.profiles.iter().map(|p| {
        let answers: Vec<(String, String)> = p.notes.iter().filter(|(q, _)| ambition.contains(&q.as_str())).cloned().collect();
        let peers = report.peer.questions.iter().find(|q| q.text == peer_heading(&p.name)).map(|q| q.replies.clone()).unwrap_or_default();
        view! {
            <details class="inputs__item">
                <summary>{format!("{}: {}", p.name, p.score_label)}</summary>
                {p.facts.iter().filter(|(l, _)| l.starts_with("Niet van toepassing")).map(|(l, v)| view! { <p><strong>{format!("{l}: ")}</strong>{v.clone()}</p> }).collect_view()}
                {p.spread.map(|s| view! { <p>{format!("Losse scores: {}.", s.describe())}</p> })}
                {(!p.explanation.is_empty()).then(|| view! { <p><strong>"Toelichting: "</strong><span class="prewrap">{p.explanation.clone()}</span></p> })}
                {(!answers.is_empty()).then(|| view! {
                    <dl>{answers.into_iter().map(|(q, a)| view! { <dt>{q}</dt><dd class="prewrap">{a}</dd> }).collect_view()}</dl>
                })}
                {(!peers.is_empty()).then(|| view! {
                    <p class="peer-notes__title">"Aantekeningen van collega-organisaties:"</p>
                    <ul>{peers.into_iter().map(|(who, t)| view! { <li><strong><bdi>{who}</bdi>": "</strong><span class="prewrap">{t}</span></li> }).collect_view()}</ul>
                })}
            </details>
        }
    }).collect_view();
    let peer_questions: Vec<_> = report
        .peer
        .questions
        .iter()
        .filter(|q| !q.text.starts_with("Over het profiel "))
        .cloned()
        .collect();
    let peer = (!peer_questions.is_empty()).then(|| view! {
        <details class="inputs__item">
            <summary>{format!("Collegiale toetsing ({}): aantekeningen en reacties", report.peer.done)}</summary>
            {peer_questions.into_iter().map(|q| view! {
                <p><strong>{q.text}</strong></p>
                {(!q.own_note.is_empty()).then(|| view! { <p class="prewrap">{q.own_note}</p> })}
                <ul>{q.replies.into_iter().map(|(who, t)| view! { <li><strong><bdi>{who}</bdi>": "</strong><span class="prewrap">{t}</span></li> }).collect_view()}</ul>
            }).collect_view()}
        </details>
    });
    view! {
        <section class="panel inputs" aria-labelledby="invoer-titel">
            <h2 id="invoer-titel">"Wat stap 1 en 2 opleverden"</h2>
            <p>"Klap een profiel open om de score, de toelichting, de ambitie en wat aangepakt moet worden terug te lezen."</p>
            {profiles}
            {peer}
        </section>
    }.into_any()
}
