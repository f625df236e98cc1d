//! Groei: choose two or more evaluations (cycles) and see per profile how the scores moved,
//! and what became of the earlier action plans.

use leptos::prelude::*;

use super::score_chart::ScoreChart;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{Evaluation, Mode};
use crate::domain::file_format::file_name;
use crate::domain::report::{chronological, growth_csv, linked_cycles, trend};
use crate::state::use_store;
use crate::storage;
use crate::ui::exchange::download_text;
use crate::ui::layout::TableRegion;
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
    let kv = store.env().storage;
    // The last choice, as far as those evaluations are still here; else the cycles linked
    // by "started from" to the latest one.
    let (options, initial) = store.with_all_untracked(|list| {
        let own: Vec<&Evaluation> = list.iter().filter(|e| e.mode == Mode::Own).collect();
        let remembered: Vec<String> = storage::growth_choice(kv.as_ref())
            .unwrap_or_default()
            .into_iter()
            .filter(|id| own.iter().any(|e| e.id == *id))
            .collect();
        let initial = if remembered.is_empty() {
            linked_cycles(&own)
        } else {
            remembered
        };
        let options = chronological(own)
            .into_iter()
            .map(|e| (e.id.clone(), e.display_name()))
            .collect::<Vec<_>>();
        (options, initial)
    });
    let selected = RwSignal::new(initial);
    let remember = move || {
        selected.with_untracked(|ids| {
            // Not remembered (storage full or blocked): the comparison on screen is the
            // same; only the next visit starts from the default choice again.
            let _ = storage::set_growth_choice(store.env().storage.as_ref(), ids);
        });
    };
    let checkboxes = options
        .into_iter()
        .map(|(id, name)| {
            let (id2, dom) = (id.clone(), format!("groei-{id}"));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                selected.update(|s| {
                    s.retain(|x| *x != id2);
                    if on {
                        s.push(id2.clone())
                    }
                });
                remember();
            };
            let id3 = id.clone();
            view! {
                <div class="utrecht-form-field field--check">
                    <input type="checkbox" id=dom.clone() prop:checked=move || selected.with(|s| s.contains(&id3)) on:change=toggle/>
                    <label for=dom><bdi>{name}</bdi></label>
                </div>
            }
        })
        .collect_view();

    let downloaded = RwSignal::new(String::new());
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
                        .zip(r.scores.iter().zip(&r.not_applicable))
                        .map(|(p, (s, nvt))| (p.clone(), *s, *nvt))
                        .collect(),
                )
            })
            .collect();
        let wide_table = periods.len() > 2;
        let csv = growth_csv(&periods, &rows);
        let latest = (*ordered[ordered.len() - 1]).clone();
        let download = move |_| {
            let name = file_name("vth-groei", &latest, store.today(), "csv");
            let message = match download_text(&name, "text/csv;charset=utf-8", &csv) {
                Ok(()) => format!("Het bestand {name} staat in uw map met downloads."),
                Err(_) => "Het bestand maken is niet gelukt. Probeer het opnieuw of gebruik een andere browser.".to_string(),
            };
            downloaded.set(message);
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
            // On a phone the chart keeps readable labels and scrolls sideways in its region.
            <TableRegion label="Grafiek: score per profiel per periode" wide=true>
                <ScoreChart rows=chart caption="Score per profiel per periode, van 1 (onvoldoende) tot 5 (uitzonderlijk). Dezelfde scores staan in de tabel hieronder."/>
            </TableRegion>
            <TableRegion label="Scores per periode" wide=wide_table>
            <table class="table">
                <caption>"Scores per periode"</caption>
                <thead><tr><th scope="col">"Profiel"</th>{periods.iter().map(|p| view! { <th scope="col">{p.clone()}</th> }).collect_view()}<th scope="col">"Verschil"</th></tr></thead>
                <tbody>{rows.iter().map(|r| view! {
                    <tr><th scope="row">{r.profile.clone()}</th>
                        {(0..r.scores.len()).map(|i| view! { <td>{r.cell(i)}</td> }).collect_view()}
                        <td>{r.change_label()}</td></tr>
                }).collect_view()}</tbody>
            </table>
            </TableRegion>
            <h2>"Wat werd er van de acties?"</h2>
            {earlier}
            <div class="button-row report-actions">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| {
                    // The browser shows its own print dialog; nothing comes back to report.
                    let _ = window().print();
                }>"Afdrukken of opslaan als PDF"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=download>"Scores downloaden (CSV voor Excel)"</button>
            </div>
            <p role="status" class="report-actions">{move || downloaded.get()}</p>
        }.into_any()
    };
    view! {
        <h1 tabindex="-1">"Groei over de cycli"</h1>
        <p class="lead">"Elke twee jaar doet u een nieuwe evaluatie. Vergelijk ze hier: per profiel ziet u of de score steeg of daalde."</p>
        <fieldset class="report-actions">
            <legend>"Welke evaluaties wilt u vergelijken?"</legend>
            <p class="utrecht-form-field-description">"Cycli die na elkaar zijn gestart, zijn al gekozen. De app onthoudt uw keuze."</p>
            {checkboxes}
        </fieldset>
        {comparison}
    }
}
