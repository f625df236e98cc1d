//! The report of one evaluation, in reading order: details, the scores as a chart and a
//! table, step 1 per profile, step 2 with each peer's notes, step 3, the action plan.

use leptos::prelude::*;

use super::report_downloads::ReportDownloads;
use super::score_chart::ScoreChart;
use crate::domain::catalogue::Catalogue;
use crate::domain::report::{build, ProfileSection};
use crate::state::EvaluationRef;

fn profile_section(p: ProfileSection) -> impl IntoView {
    view! {
        <section class="report-profile" aria-labelledby=format!("rapport-{}", p.id)>
            <h3 id=format!("rapport-{}", p.id)>{p.name.clone()}</h3>
            <p><strong>"Score: "</strong>{p.score_label.clone()}</p>
            {(!p.facts.is_empty()).then(|| view! {
                <dl class="summary">{p.facts.iter().map(|(l, v)| view! { <dt>{l.clone()}</dt><dd class="prewrap">{v.clone()}</dd> }).collect_view()}</dl>
            })}
            {p.spread.map(|s| view! {
                <p>{format!("Losse scores: van {} tot {} ({} scores).", s.min, s.max, s.count)}
                    {s.flagged().then_some(" De scores liggen 2 of meer uit elkaar.")}</p>
                <ul>{p.assessors.iter().map(|(n, s, t)| view! { <li><bdi>{n.clone()}</bdi>": "{s.clone()}". "<span class="prewrap">{t.clone()}</span></li> }).collect_view()}</ul>
            })}
            {(!p.consensus_note.is_empty()).then(|| view! { <p><strong>"Onderbouwing vastgestelde score: "</strong><span class="prewrap">{p.consensus_note.clone()}</span></p> })}
            {(!p.explanation.is_empty()).then(|| view! { <p><strong>"Toelichting: "</strong><span class="prewrap">{p.explanation.clone()}</span></p> })}
            {(!p.notes.is_empty()).then(|| view! {
                <dl class="report-notes">{p.notes.iter().map(|(q, n)| view! { <dt>{q.clone()}</dt><dd class="prewrap">{n.clone()}</dd> }).collect_view()}</dl>
            })}
        </section>
    }
}

#[component]
pub fn ReportPage(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let today = evaluation.store().today();
    let Some(r) = evaluation.with_untracked(|e| build(e, c, today)) else {
        return ().into_any();
    };
    // A profile that is not applicable is no score of 0: it stays out of the chart.
    let chart_rows = r
        .profiles
        .iter()
        .filter(|p| !p.not_applicable)
        .map(|p| (p.name.clone(), vec![(String::new(), p.score)]))
        .collect();
    let score_rows = r.profiles.iter().map(|p| view! { <tr><th scope="row">{p.name.clone()}</th><td>{p.score_label.clone()}</td></tr> }).collect_view();
    let actions = r.actions.iter().map(|a| view! {
        <tr>
            <td>{a.profile.clone()}{a.carried_over.then_some(" (overgenomen)")}</td>
            <td>{a.origin.clone()}</td>
            <td class="prewrap">{a.what.clone()}</td><td class="prewrap">{a.measure.clone()}</td>
            <td>{a.owner.clone()}</td><td>{a.deadline.clone()}</td><td>{a.status.clone()}</td>
        </tr>
    }).collect_view();
    view! {
        <div class="report">
            <h1 tabindex="-1">{format!("Rapport: {}", r.organisation)}</h1>
            <dl class="summary report-meta">
                <dt>"Periode"</dt><dd>{r.period.clone()}</dd>
                <dt>"Contactpersoon"</dt><dd>{r.contact.clone()}</dd>
                <dt>"Startdatum"</dt><dd>{r.start_date.clone()}</dd>
                <dt>"Profielen"</dt><dd>{r.catalogue.clone()}</dd>
                <dt>"Gemaakt op"</dt><dd>{r.made_on.clone()}</dd>
            </dl>
            <ReportDownloads evaluation/>
            <section aria-labelledby="rapport-scores">
                <h2 id="rapport-scores">"Scores"</h2>
                <ScoreChart rows=chart_rows caption="Score per profiel, op de beoordelingsschaal van 1 (onvoldoende) tot 5 (uitzonderlijk). Dezelfde scores staan in de tabel hieronder."/>
                <table class="table">
                    <caption>"Score per profiel"</caption>
                    <thead><tr><th scope="col">"Profiel"</th><th scope="col">"Score"</th></tr></thead>
                    <tbody>{score_rows}</tbody>
                </table>
            </section>
            <section aria-labelledby="rapport-stap-1">
                <h2 id="rapport-stap-1">"Stap 1: Zelfevaluatie"</h2>
                {r.profiles.clone().into_iter().map(profile_section).collect_view()}
            </section>
            <section aria-labelledby="rapport-stap-2">
                <h2 id="rapport-stap-2">"Stap 2: Collegiale toetsing"</h2>
                <p>{format!("Collegiale toetsing gedaan: {}.", r.peer.done)}
                    {(!r.peer.peers.is_empty()).then(|| format!(" Met: {}.", r.peer.peers))}
                    {(!r.peer.date.is_empty()).then(|| format!(" Datum: {}.", r.peer.date))}</p>
                {r.peer.questions.iter().map(|q| view! {
                    <h3 class="report-question">{q.text.clone()}</h3>
                    {(!q.own_note.is_empty()).then(|| view! { <p class="prewrap">{q.own_note.clone()}</p> })}
                    <ul>{q.replies.iter().map(|(who, t)| view! { <li><strong><bdi>{who.clone()}</bdi>": "</strong><span class="prewrap">{t.clone()}</span></li> }).collect_view()}</ul>
                }).collect_view()}
            </section>
            <section aria-labelledby="rapport-stap-3">
                <h2 id="rapport-stap-3">"Stap 3: Conclusies"</h2>
                <dl class="report-notes">{r.conclusions.iter().map(|(q, a)| view! { <dt>{q.clone()}</dt><dd class="prewrap">{a.clone()}</dd> }).collect_view()}</dl>
            </section>
            <section aria-labelledby="rapport-actieplan">
                <h2 id="rapport-actieplan">"Actieplan"</h2>
                <table class="table table--actions">
                    <caption>"Acties voor de komende twee jaar"</caption>
                    <thead><tr><th scope="col">"Profiel"</th><th scope="col">"Herkomst"</th><th scope="col">"Wat"</th><th scope="col">"Succescriterium"</th><th scope="col">"Eigenaar"</th><th scope="col">"Klaar op"</th><th scope="col">"Status"</th></tr></thead>
                    <tbody>{actions}</tbody>
                </table>
            </section>
        </div>
    }.into_any()
}
