//! Groei: choose two or more evaluations (cycles) and see per profile how the scores moved,
//! and what became of the earlier action plans.

use leptos::prelude::*;

use super::score_chart::ScoreChart;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{Evaluation, Mode};
use crate::domain::report::{chronological, trend};
use crate::state::use_store;
use crate::ui::status::{Alert, AlertKind};

fn label(e: &Evaluation) -> String {
    if e.period.trim().is_empty() {
        e.display_name()
    } else {
        e.period.clone()
    }
}

#[component]
pub fn GrowthPage() -> impl IntoView {
    let store = use_store();
    let c = Catalogue::current();
    let selected = RwSignal::new(Vec::<String>::new());
    let options = store.with_all_untracked(|list| {
        chronological(list.iter().filter(|e| e.mode == Mode::Own).collect())
            .into_iter()
            .map(|e| (e.id.clone(), e.display_name()))
            .collect::<Vec<_>>()
    });
    let checkboxes = options
        .into_iter()
        .map(|(id, name)| {
            let (id2, dom) = (id.clone(), format!("groei-{id}"));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                selected.update(|s| {
                    if on {
                        s.push(id2.clone())
                    } else {
                        s.retain(|x| *x != id2)
                    }
                });
            };
            view! {
                <div class="utrecht-form-field field--check">
                    <input type="checkbox" id=dom.clone() on:change=toggle/>
                    <label for=dom><bdi>{name}</bdi></label>
                </div>
            }
        })
        .collect_view();

    let comparison = move || {
        let ids = selected.get();
        let chosen: Vec<Evaluation> = store.with_all(|list| {
            list.iter()
                .filter(|e| ids.contains(&e.id))
                .cloned()
                .collect()
        });
        if chosen.len() < 2 {
            return view! { <p>"Kies ten minste twee evaluaties om ze te vergelijken."</p> }
                .into_any();
        }
        let ordered = chronological(chosen.iter().collect());
        let periods: Vec<String> = ordered.iter().map(|e| label(e)).collect();
        let rows = trend(&ordered, c);
        let several_orgs = ordered
            .iter()
            .any(|e| e.organisation.trim() != ordered[0].organisation.trim());
        // A profile that is not applicable in every chosen cycle is no score: out of the chart
        // (the table below says n.v.t.).
        let chart = rows
            .iter()
            .filter(|r| !r.not_applicable.iter().all(|nvt| *nvt))
            .map(|r| {
                (
                    r.profile.clone(),
                    periods
                        .iter()
                        .cloned()
                        .zip(r.scores.iter().copied())
                        .collect(),
                )
            })
            .collect();
        let change = |d: Option<i8>| match d {
            Some(d) if d > 0 => format!("{d} hoger"),
            Some(d) if d < 0 => format!("{} lager", -d),
            Some(_) => "gelijk".to_string(),
            None => "niet te zeggen".to_string(),
        };
        let earlier = ordered[..ordered.len() - 1].iter().map(|e| view! {
            <h3>{format!("Acties uit {}", label(e))}</h3>
            {if e.conclusions.actions.is_empty() {
                view! { <p>"Geen acties."</p> }.into_any()
            } else {
                view! { <ul>{e.conclusions.actions.iter().map(|a| view! { <li>{format!("{}: {}", a.what, a.status.label().to_lowercase())}</li> }).collect_view()}</ul> }.into_any()
            }}
        }).collect_view();
        view! {
            {several_orgs.then(|| view! { <Alert kind=AlertKind::Warning><p>"Let op: u vergelijkt evaluaties van verschillende organisaties."</p></Alert> })}
            <ScoreChart rows=chart caption="Score per profiel per periode, van 1 (onvoldoende) tot 5 (uitzonderlijk). Dezelfde scores staan in de tabel hieronder."/>
            <table class="table">
                <caption>"Scores per periode"</caption>
                <thead><tr><th scope="col">"Profiel"</th>{periods.iter().map(|p| view! { <th scope="col">{p.clone()}</th> }).collect_view()}<th scope="col">"Verschil"</th></tr></thead>
                <tbody>{rows.iter().map(|r| view! {
                    <tr><th scope="row">{r.profile.clone()}</th>
                        {r.scores.iter().zip(&r.not_applicable).map(|(s, nvt)| view! {
                            <td>{match (s, nvt) { (_, true) => "n.v.t.".to_string(), (Some(s), _) => s.to_string(), (None, _) => "-".to_string() }}</td>
                        }).collect_view()}
                        <td>{change(r.change)}</td></tr>
                }).collect_view()}</tbody>
            </table>
            <h2>"Wat werd er van de acties?"</h2>
            {earlier}
        }.into_any()
    };
    view! {
        <h1 tabindex="-1">"Groei over de cycli"</h1>
        <p class="lead">"Elke twee jaar doet u een nieuwe evaluatie. Vergelijk ze hier: per profiel ziet u of de score steeg of daalde."</p>
        <fieldset>
            <legend>"Welke evaluaties wilt u vergelijken?"</legend>
            {checkboxes}
        </fieldset>
        {comparison}
    }
}
