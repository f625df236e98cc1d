//! Stap 1 on paper, per profile: the organisation, the profile, the score question with the
//! five levels to tick (or "niet van toepassing"), the toelichting, and the nine hulpvragen
//! with room for notes. Each profile starts on a new page.

use leptos::prelude::*;

use super::questions_table::QuestionsTable;
use super::write_space::WriteSpace;
use crate::domain::catalogue::Catalogue;
use crate::state::EvaluationRef;

#[component]
pub fn SelfEvaluationSheet(evaluation: Option<EvaluationRef>) -> impl IntoView {
    let c = Catalogue::current();
    let ev = super::snapshot(evaluation);
    let form = &c.score_form;
    let h = &c.hulpvragen;
    let head = view! {
        <table class="table worksheet__table">
            <caption>{form.heading.as_str()}</caption>
            <tbody>
                <tr><th scope="row">{form.organisation_label.as_str()}</th><td><WriteSpace text=ev.organisation.clone() lines=1/></td></tr>
                <tr><th scope="row">{form.contact_label.as_str()}</th><td><WriteSpace text=ev.contact.clone() lines=1/></td></tr>
            </tbody>
        </table>
    };
    let profiles = c.profiles.iter().map(|p| {
        let a = ev.assessment(&p.id);
        let tick = |on: bool| if on { "☒" } else { "☐" };
        let levels = c.scale.levels.iter().map(|l| view! {
            <li><span class="tick" aria-hidden="true">{tick(!a.not_applicable && a.score == Some(l.value))}</span>" "
                <strong>{format!("{} {}", l.value, l.label_nl)}</strong>": "{l.description.as_str()}</li>
        }).collect_view();
        let notes = h.zelfevaluatie.questions.iter().enumerate()
            .map(|(i, q)| (format!("{}. {}", i + 1, q.text), a.notes.get(&q.id).cloned().unwrap_or_default()))
            .collect();
        view! {
            <section class="worksheet__profile" aria-labelledby=format!("werkblad-{}", p.id)>
                <h2 id=format!("werkblad-{}", p.id)>{format!("Profiel {}", p.name)}</h2>
                <p>{p.role_description.as_str()}</p>
                <p><strong>"Competenties: "</strong>{p.competencies.iter().map(|k| k.name.trim_end_matches(':').to_string()).collect::<Vec<_>>().join(", ")}</p>
                <h3>{p.score_question.as_str()}</h3>
                <ul class="worksheet__levels">
                    {levels}
                    <li><span class="tick" aria-hidden="true">{tick(a.not_applicable)}</span>" "<strong>"Niet van toepassing"</strong>", omdat:"</li>
                </ul>
                {a.not_applicable.then(|| view! { <WriteSpace text=a.not_applicable_reason.clone() lines=1/> })}
                <h3>{form.explanation_question.as_str()}</h3>
                <p class="utrecht-form-field-description">{form.explanation_hint.as_str()}</p>
                <WriteSpace text=a.explanation.clone() lines=6/>
                <QuestionsTable caption=format!("Hulpvragen bij {}", p.name) rows=notes lines=4/>
            </section>
        }
    }).collect_view();
    view! {
        {head}
        <p>{h.zelfevaluatie.intro.as_deref()}</p>
        {profiles}
    }
}
