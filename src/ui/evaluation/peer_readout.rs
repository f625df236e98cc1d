//! For a peer organisation: the organisation's self-evaluation to read, per profile, with
//! room for the peer's own notes on each profile.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::set_note;
use crate::state::EvaluationRef;
use crate::ui::fields::TextArea;

#[component]
pub fn PeerReadout(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let Some(ev) = evaluation.get_untracked() else {
        return ().into_any();
    };
    let questions = &c.hulpvragen.zelfevaluatie.questions;
    let profiles = c.profiles.iter().map(|p| {
        let a = ev.assessment(&p.id);
        let score = c.score_label(a.score);
        let notes = questions.iter().filter_map(|q| a.notes.get(&q.id).map(|t| (q.text.as_str(), t.clone()))).collect::<Vec<_>>();
        let on_input = evaluation.setter(move |e, t: String| set_note(&mut e.peer_review.profile_notes, &p.id, t));
        view! {
            <section class="panel" aria-labelledby=format!("lezen-{}", p.id)>
                <h2 id=format!("lezen-{}", p.id)>{p.name.as_str()}</h2>
                {if a.is_not_applicable() {
                    // Not scored on purpose: say so, with the organisation's reason.
                    let reason = match a.not_applicable_reason.trim() {
                        "" => "De organisatie heeft geen reden opgegeven.".to_string(),
                        r => r.to_string(),
                    };
                    view! {
                        <p><strong>"Score: "</strong>"niet van toepassing (bewust niet gescoord)"</p>
                        <p><strong>"Waarom niet van toepassing: "</strong><span class="prewrap">{reason}</span></p>
                    }.into_any()
                } else {
                    view! {
                        <p><strong>"Score: "</strong>{score}</p>
                        {if a.explanation.trim().is_empty() {
                            view! { <p>"Er staat nog geen toelichting bij."</p> }.into_any()
                        } else {
                            view! { <p><strong>"Toelichting: "</strong><span class="prewrap">{a.explanation.clone()}</span></p> }.into_any()
                        }}
                    }.into_any()
                }}
                {(!notes.is_empty()).then(|| view! {
                    <details><summary>"Antwoorden op de hulpvragen"</summary>
                        <dl>{notes.into_iter().map(|(q, t)| view! { <dt>{q}</dt><dd class="prewrap">{t}</dd> }).collect_view()}</dl>
                    </details>
                })}
                <TextArea id=format!("toetser-{}", p.id) label=format!("Uw aantekeningen bij {}", p.name)
                    initial=ev.peer_review.profile_notes.get(&p.id).cloned().unwrap_or_default() on_input rows=3/>
            </section>
        }
    }).collect_view();
    view! {
        <h1 tabindex="-1">"De zelfevaluatie lezen"</h1>
        <p class="lead">"Dit is de zelfevaluatie van de organisatie. U kunt die niet veranderen. Schrijf bij elk profiel op wat u opvalt, als u wilt."</p>
        {profiles}
    }.into_any()
}
