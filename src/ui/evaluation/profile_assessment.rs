//! Stap 1 for one profile: the profile to read, "niet van toepassing", the holistic score, the
//! toelichting, how the score came about, and the nine hulpvragen with their notes.

use leptos::prelude::*;

use super::assessor_scores::AssessorScores;
use super::not_applicable::NotApplicable;
use super::previous_score::PreviousScore;
use super::score_radio_group::ScoreRadioGroup;
use super::scoring_details::ScoringDetails;
use crate::domain::catalogue::{Catalogue, Profile};
use crate::domain::evaluation::{set_note, Mode};
use crate::domain::progress::still_missing;
use crate::state::EvaluationRef;
use crate::ui::fields::TextArea;
use crate::ui::route::{EvaluationView, Route};

#[component]
pub fn ProfileAssessment(evaluation: EvaluationRef, profile: &'static Profile) -> impl IntoView {
    let c = Catalogue::current();
    let pid = profile.id.as_str();
    let saved = evaluation
        .with_untracked(|e| e.assessment(pid))
        .unwrap_or_default();

    // A memo: the six radio buttons redraw only when the score changes, not on every keystroke.
    let score = evaluation.memo(move |e| e.assessment_field(pid, |a| a.score));
    let not_applicable = evaluation.memo(move |e| e.not_applicable(pid));
    // What this profile still needs to count as klaar: a gentle hint, never a block.
    let missing = evaluation.memo(move |e| still_missing(e.self_evaluation.profiles.get(pid)));
    let set_score = evaluation.setter(move |e, s: Option<u8>| e.assessment_mut(pid).score = s);
    let set_explanation =
        evaluation.setter(move |e, t: String| e.assessment_mut(pid).explanation = t);

    let own = evaluation
        .with_untracked(|e| e.mode == Mode::Own)
        .unwrap_or(true);
    let all_questions = &c.hulpvragen.zelfevaluatie.questions;
    let plain_list = (!own).then(|| view! {
        <ol>{all_questions.iter().map(|q| view! { <li>{q.text.as_str()}</li> }).collect_view()}</ol>
    });
    let questions = all_questions
        .iter()
        .filter(|_| own)
        .enumerate()
        .map(|(i, q)| {
            let on_input = evaluation
                .setter(move |e, t: String| set_note(&mut e.assessment_mut(pid).notes, &q.id, t));
            view! {
                <TextArea id=format!("{pid}-{}", q.id) label=format!("{}. {}", i + 1, q.text)
                    initial=saved.notes.get(&q.id).cloned().unwrap_or_default() on_input rows=3/>
            }
        })
        .collect_view();

    let in_scope = evaluation
        .with_untracked(|e| e.mode.in_scope(c))
        .unwrap_or_default();
    let index = in_scope
        .iter()
        .position(|p| p.id == profile.id)
        .unwrap_or(0);
    let step_link = |p: Option<&'static Profile>, label: &'static str| {
        p.map(|p| {
            let href = Route::of(evaluation, EvaluationView::Profile(p.id.clone())).href();
            view! { <a href=href>{format!("{label}: {}", p.name)}</a> }
        })
    };
    let previous = step_link(
        index.checked_sub(1).and_then(|i| in_scope.get(i).copied()),
        "Vorig profiel",
    );
    let next = step_link(in_scope.get(index + 1).copied(), "Volgend profiel");
    let back = Route::of(evaluation, EvaluationView::SelfEvaluation).href();

    let wide_screen = || {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w >= 1024.0)
    };
    view! {
        <nav aria-label="Kruimelpad" class="breadcrumb">
            <a href=back>"Stap 1: Zelfevaluatie"</a>" › "{profile.name.as_str()}
        </nav>
        <h1 tabindex="-1">{format!("Stap 1: {}", profile.name)}</h1>
        <div class="assessment">
            // Open beside the form on a wide screen; folded on a phone, so that the score
            // question is near the top.
            <details class="assessment__profile" open=wide_screen()>
                <summary>{format!("Het profiel {} lezen", profile.name)}</summary>
                <h2 class="h3">"Omschrijving van de rol"</h2>
                <p>{profile.role_description.as_str()}</p>
                <h2 class="h3">"Deskundigheidsgebieden"</h2>
                <ul>{profile.deskundigheidsgebieden.iter().map(|d| view! { <li>{d.as_str()}</li> }).collect_view()}</ul>
                <h2 class="h3">"Competenties"</h2>
                {profile.competencies.iter().map(|k| view! {
                    <h3 class="h4">{k.name.as_str()}</h3>
                    <ul>{k.bullets.iter().map(|b| view! { <li>{b.as_str()}</li> }).collect_view()}</ul>
                }).collect_view()}
            </details>
            <div class="assessment__form">
                <p class="help">
                    "U geeft één score voor het hele profiel. Dat heet holistisch scoren: u kijkt
                    naar het geheel, niet naar losse punten. Vink dus niet af, maar vraag u af:
                    hoe goed voldoet de organisatie als geheel aan dit profiel?"
                </p>
                {own.then(|| view! { <PreviousScore evaluation profile_id=pid/> })}
                {own.then(|| view! { <NotApplicable evaluation profile_id=pid/> })}
                {(!own).then(|| {
                    let reason = evaluation.memo(move |e| e.assessment_field(pid, |a| a.not_applicable_reason.clone()));
                    view! {
                        <p class="note" hidden=move || !not_applicable.get()>
                            "De organisatie heeft dit profiel niet van toepassing verklaard: "<bdi>{move || reason.get()}</bdi>". U hoeft het niet te scoren."
                        </p>
                    }
                })}
                <div hidden=move || not_applicable.get()>
                    {own.then(|| view! { <AssessorScores evaluation profile_id=pid/> })}
                    <ScoreRadioGroup name=format!("score-{pid}") legend=profile.score_question.clone()
                        value=score on_change=set_score/>
                    <TextArea id=format!("{pid}-toelichting") label=c.score_form.explanation_question.clone()
                        hint=format!("{} (Vraag en uitleg staan zo in het scoreformulier van de Kwaliteitscriteria.)", c.score_form.explanation_hint) initial=saved.explanation on_input=set_explanation rows=6/>
                    {own.then(|| view! {
                        <p class="utrecht-form-field-description">"De toelichting gaat mee in het toetsingspakket voor collega-organisaties en in elk rapport. Schrijf er geen namen van collega's in."</p>
                    })}
                </div>
                {own.then(|| view! {
                    <p class="progress-hint" hidden=move || missing.with(Option::is_none)>
                        "Nog te doen voor dit profiel: "{move || missing.get().unwrap_or_default()}"."
                    </p>
                    <div hidden=move || not_applicable.get()><ScoringDetails evaluation profile_id=pid/></div>
                })}
                <section aria-labelledby=format!("{pid}-hulpvragen") hidden=move || not_applicable.get()>
                    <h2 id=format!("{pid}-hulpvragen")>"Hulpvragen"</h2>
                    <p>{c.hulpvragen.zelfevaluatie.intro.as_deref()}" Ze zijn niet verplicht."</p>
                    {questions}
                    {plain_list}
                </section>
            </div>
        </div>
        <nav aria-label="Andere profielen" class="pager">{previous}{next}</nav>
    }
}
