//! "Bijdrage voor het netwerk": the organisation chooses its kind (once per evaluation), whether
//! its name and the actions' texts go along (both off unless ticked), sees exactly what the file
//! holds, and downloads it. The contribution keeps one random id per evaluation, so a corrected
//! contribution replaces the old one in the network's overview.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{OrganisationKind, ScoringMethod};
use crate::domain::file_format::network_file::{contribution_file_name, encode_contribution};
use crate::domain::network::{make_contribution, Contribution};
use crate::state::EvaluationRef;
use crate::ui::exchange::download_text;
use crate::ui::layout::TableRegion;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn ContributionPage(evaluation: EvaluationRef) -> impl IntoView {
    let store = evaluation.store();
    let kind = evaluation.memo(|e| e.contribution.organisation_kind);
    let with_name = evaluation.memo(|e| e.contribution.with_name);
    let with_texts = evaluation.memo(|e| e.contribution.with_action_texts);
    // What the file would hold if downloaded now (the time is the download's own).
    let preview = Memo::new(move |_| {
        evaluation.with(|e| make_contribution(e, Catalogue::current(), store.now_ms()))
    });
    let done = RwSignal::new(String::new());
    let kind_choice = OrganisationKind::ALL
        .into_iter()
        .map(|k| {
            let id = format!("bijdrage-soort-{}", k.value());
            view! {
                <div class="utrecht-form-field field--check">
                    <input type="radio" name="bijdrage-soort" id=id.clone() value=k.value()
                        prop:checked=move || kind.get() == Some(k)
                        on:change=move |_| {
                            // The contribution's id is given with the first choice, so the
                            // preview shows the file as it will be.
                            let id = store.new_id("bijdrage");
                            evaluation.update(|e| {
                                e.contribution.organisation_kind = Some(k);
                                if e.contribution.id.is_empty() {
                                    e.contribution.id = id;
                                }
                            })
                        }/>
                    <label for=id>{k.label()}</label>
                </div>
            }
        })
        .collect_view();
    // A session's number of people is asked here: "Wie deden mee?" may name roles or people,
    // and the app does not count names in a text.
    let sessions: Vec<(String, String, String)> = evaluation
        .with_untracked(|e| {
            Catalogue::current()
                .profiles
                .iter()
                .filter_map(|p| {
                    let a = e.self_evaluation.profiles.get(&p.id)?;
                    let session = !a.not_applicable && a.method == ScoringMethod::Session;
                    let given = a
                        .participant_count
                        .map(|n| n.to_string())
                        .unwrap_or_default();
                    session.then(|| (p.id.clone(), p.name.clone(), given))
                })
                .collect()
        })
        .unwrap_or_default();
    let counts = (!sessions.is_empty()).then(|| {
        let fields = sessions
            .into_iter()
            .map(|(id, name, given)| {
                let dom = format!("bijdrage-aantal-{id}");
                let error_id = format!("{dom}-fout");
                // Not a number from 1 to 255: said under the field; the count stays empty.
                let wrong = RwSignal::new(false);
                let on_input = move |ev| {
                    let text = event_target_value(&ev);
                    let n = text.trim().parse::<u8>().ok().filter(|n| *n > 0);
                    wrong.set(n.is_none() && !text.trim().is_empty());
                    let id = id.clone();
                    evaluation.update(move |e| e.assessment_mut(&id).participant_count = n);
                };
                view! {
                    <div class="utrecht-form-field" class:utrecht-form-field--invalid=move || wrong.get()>
                        <label class="utrecht-form-label" for=dom.clone()>{name}</label>
                        {
                            let error_id = error_id.clone();
                            move || wrong.get().then(|| view! {
                                <p class="utrecht-form-field-error-message" id=error_id.clone()>
                                    "Vul een aantal in van 1 tot en met 255, of laat het leeg."
                                </p>
                            })
                        }
                        <input id=dom type="number" min="1" max="255" inputmode="numeric" class="utrecht-form-field__input input--short"
                            aria-invalid=move || wrong.get().then_some("true")
                            aria-describedby=move || wrong.get().then(|| error_id.clone())
                            prop:value=given on:input=on_input/>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="contribution-choice">
                <legend>"Met hoeveel mensen gaf u de score in een sessie?"</legend>
                <p class="utrecht-form-field-description">"Alleen het aantal gaat mee, nooit wie. Leeg laten mag."</p>
                {fields}
            </fieldset>
        }
    });
    let download = move |_| {
        if kind.get_untracked().is_none() {
            done.set("Kies eerst wat voor organisatie u bent.".to_string());
            return;
        }
        if evaluation.with_untracked(|e| e.contribution.id.is_empty()) == Some(true) {
            let id = store.new_id("bijdrage");
            evaluation.update(|e| e.contribution.id = id);
        }
        let now = store.now_ms();
        let Some(c) =
            evaluation.with_untracked(|e| make_contribution(e, Catalogue::current(), now))
        else {
            return;
        };
        let name = contribution_file_name(&c, store.today());
        done.set(match download_text(&name, "application/json", &encode_contribution(&c, now)) {
            Ok(()) => format!(
                "Het bestand {name} staat in uw map met downloads. Stuur het naar de coördinator van uw netwerk. \
                 Verbetert u later iets? Maak de bijdrage dan opnieuw: de nieuwe vervangt de oude in het overzicht."
            ),
            Err(_) => "Het bestand maken is niet gelukt. Probeer het opnieuw.".to_string(),
        });
    };
    let report = Route::of(evaluation, EvaluationView::Report).href();
    let conclusions = Route::of(evaluation, EvaluationView::Conclusions).href();
    view! {
        <h1 tabindex="-1">"Bijdrage voor het netwerk"</h1>
        <p class="lead">
            "Leer van en met andere organisaties. Een regionaal netwerk, Omgevingsdienst NL of de "
            "Kerngroep die de profielen onderhoudt, brengt de bijdragen van veel organisaties samen "
            "in een netwerkoverzicht. Daar is alleen te zien hoe een groep van minstens vijf "
            "organisaties scoort: nooit een rangorde, nooit een score naast een naam."
        </p>
        <p>
            "U ziet hieronder precies wat er in het bestand staat. Toelichtingen, aantekeningen bij "
            "de hulpvragen, conclusies, aantekeningen van collega-organisaties en namen van mensen "
            "gaan nooit mee."
        </p>
        <fieldset class="contribution-choice">
            <legend>"Wat voor organisatie bent u?"</legend>
            <p class="utrecht-form-field-description">"Zo kan het netwerk bijdragen van dezelfde soort samen bekijken. De app onthoudt uw keuze bij deze evaluatie."</p>
            {kind_choice}
        </fieldset>
        <fieldset class="contribution-choice">
            <legend>"Wat mag er nog meer mee?"</legend>
            <div class="utrecht-form-field field--check">
                <input type="checkbox" id="bijdrage-naam" prop:checked=move || with_name.get()
                    on:change=move |ev| { let on = event_target_checked(&ev); evaluation.update(|e| e.contribution.with_name = on) }/>
                <label for="bijdrage-naam">"De naam van onze organisatie"</label>
            </div>
            <p class="utrecht-form-field-description">"Het netwerkoverzicht toont namen alleen in de lijst van wie meededen, nooit bij een score."</p>
            <div class="utrecht-form-field field--check">
                <input type="checkbox" id="bijdrage-acties" prop:checked=move || with_texts.get()
                    on:change=move |ev| { let on = event_target_checked(&ev); evaluation.update(|e| e.contribution.with_action_texts = on) }/>
                <label for="bijdrage-acties">"De tekst van onze acties ('Wat')"</label>
            </div>
            <p class="utrecht-form-field-description">"Zonder dit vinkje gaan alleen het profiel, de herkomst en de status van elke actie mee. Eigenaar en middelen gaan nooit mee."</p>
        </fieldset>
        {counts}
        <h2>"Dit staat in het bestand"</h2>
        <div class="contribution-preview">
            {move || preview.get().map(|c| view! { <ContributionPreview contribution=c/> })}
        </div>
        <p>
            "Ervaringen met de profielen en het stappenplan vult u in bij "
            <a href=conclusions>"stap 3"</a>", onderaan."
        </p>
        <div class="report-actions">
            <div class="utrecht-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=download>"Bijdrage downloaden (.json)"</button>
            </div>
            <p role="status">{move || done.get()}</p>
        </div>
        <p><a href=report>"Terug naar het rapport"</a></p>
    }
}

/// Everything the file holds, in words and tables; and the file itself, folded.
#[component]
fn ContributionPreview(contribution: Contribution) -> impl IntoView {
    let c = Catalogue::current();
    let json = encode_contribution(&contribution, contribution.made_ms);
    let profiles = c
        .profiles
        .iter()
        .map(|p| {
            let cp = contribution.profiles.get(&p.id).cloned().unwrap_or_default();
            let score = if cp.not_applicable {
                "n.v.t.".to_string()
            } else {
                c.score_label(cp.score)
            };
            let method = match cp.method {
                ScoringMethod::NotSaid => "niet ingevuld".to_string(),
                m => m.label().to_string(),
            };
            let participants = cp
                .participants
                .map_or("niet bekend".to_string(), |n| n.to_string());
            view! { <tr><th scope="row">{p.name.clone()}</th><td>{score}</td><td>{method}</td><td>{participants}</td></tr> }
        })
        .collect_view();
    let actions = if contribution.actions.is_empty() {
        view! { <p>"Acties: geen."</p> }.into_any()
    } else {
        let rows = contribution
            .actions
            .iter()
            .map(|a| {
                let profile = c.action_profile(a.profile_id.as_deref());
                let origin = match a.origin.short_label() {
                    "" => "niet gekozen",
                    o => o,
                };
                let text = if a.text.is_empty() { "(gaat niet mee)".to_string() } else { a.text.clone() };
                view! { <tr><td>{profile}</td><td>{origin}</td><td>{a.status.label()}</td><td>{text}</td></tr> }
            })
            .collect_view();
        view! {
            <TableRegion label="Acties in de bijdrage">
                <table class="table">
                    <caption>"Acties"</caption>
                    <thead><tr><th scope="col">"Profiel"</th><th scope="col">"Herkomst"</th><th scope="col">"Status"</th><th scope="col">"Tekst"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableRegion>
        }
        .into_any()
    };
    let experiences: Vec<(String, String)> = c
        .profiles
        .iter()
        .filter_map(|p| {
            contribution
                .profile_experiences
                .get(&p.id)
                .map(|t| (p.name.clone(), t.clone()))
        })
        .chain((!contribution.stappenplan_experience.is_empty()).then(|| {
            (
                "Het stappenplan".to_string(),
                contribution.stappenplan_experience.clone(),
            )
        }))
        .collect();
    let experiences = if experiences.is_empty() {
        view! { <p>"Ervaringen met de profielen en het stappenplan: niets ingevuld."</p> }
            .into_any()
    } else {
        view! {
            <h3>"Ervaringen met de profielen en het stappenplan"</h3>
            <dl class="utrecht-data-list">{experiences.into_iter().map(|(k, v)| view! {
                <div class="utrecht-data-list__item">
                    <dt class="utrecht-data-list__item-key">{k}</dt>
                    <dd class="utrecht-data-list__item-value network-text">{v}</dd>
                </div>
            }).collect_view()}</dl>
        }
        .into_any()
    };
    let missing_kind = contribution.organisation_kind.is_none();
    view! {
        {missing_kind.then(|| view! {
            <Alert kind=AlertKind::Warning><p>"Kies hierboven wat voor organisatie u bent. Daarna kunt u de bijdrage downloaden."</p></Alert>
        })}
        <dl class="utrecht-data-list">
            {[
                ("Profielen", c.title.clone()),
                ("Periode", if contribution.period.is_empty() { "niet ingevuld".to_string() } else { contribution.period.clone() }),
                ("Soort organisatie", contribution.organisation_kind.map_or("nog niet gekozen", OrganisationKind::label).to_string()),
                ("Naam organisatie", if contribution.organisation.is_empty() { "gaat niet mee".to_string() } else { contribution.organisation.clone() }),
                ("Collegiale toetsing gedaan", if contribution.peer_review_held { "ja" } else { "nee" }.to_string()),
            ].into_iter().map(|(k, v)| view! {
                <div class="utrecht-data-list__item">
                    <dt class="utrecht-data-list__item-key">{k}</dt>
                    <dd class="utrecht-data-list__item-value"><bdi>{v}</bdi></dd>
                </div>
            }).collect_view()}
        </dl>
        <TableRegion label="Scores in de bijdrage">
            <table class="table">
                <caption>"Scores en hoe ze tot stand kwamen"</caption>
                <thead><tr><th scope="col">"Profiel"</th><th scope="col">"Score"</th><th scope="col">"Hoe tot stand"</th><th scope="col">"Aantal deelnemers"</th></tr></thead>
                <tbody>{profiles}</tbody>
            </table>
        </TableRegion>
        {actions}
        {experiences}
        <details class="panel">
            <summary>"Het bestand zelf (JSON)"</summary>
            <pre class="json-preview">{json}</pre>
        </details>
    }
}
