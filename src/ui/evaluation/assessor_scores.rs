//! For one profile: each assessor's score and note, the spread, a flag where scores lie 2
//! or more apart, and the coordinator's rationale for the agreed score.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::exchange::spread;
use crate::ui::fields::TextArea;
use crate::ui::store::use_store;

#[component]
pub fn AssessorScores(evaluation_id: String, profile_id: &'static str) -> impl IntoView {
    let store = use_store();
    let c = Catalogue::current();
    let id = evaluation_id.clone();
    let data = Memo::new(move |_| {
        store.with(&id, |e| {
            let rows: Vec<(String, Option<u8>, String)> = e
                .self_evaluation
                .assessors
                .iter()
                .map(|a| {
                    let s = a.scores.get(profile_id).cloned().unwrap_or_default();
                    (a.name.clone(), s.score, s.note)
                })
                .collect();
            (rows, spread(e, profile_id))
        })
    });
    let initial = store
        .with_untracked_evaluation(&evaluation_id, |e| e.assessment(profile_id).consensus_note)
        .unwrap_or_default();
    let id = evaluation_id.clone();
    let on_input = Callback::new(move |t: String| {
        store.update(&id, |e| e.assessment_mut(profile_id).consensus_note = t)
    });
    let has_assessors = move || data.with(|d| d.as_ref().is_some_and(|(rows, _)| !rows.is_empty()));
    let table = move || {
        data.get().map(|(rows, spread)| view! {
            <table class="table">
                <caption>"Scores van de beoordelaars"</caption>
                <thead><tr><th scope="col">"Beoordelaar"</th><th scope="col">"Score"</th><th scope="col">"Toelichting"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(name, score, note)| view! {
                        <tr>
                            <th scope="row"><bdi>{name}</bdi></th>
                            <td>{score.and_then(|s| c.scale_level(s)).map_or("niet gescoord".to_string(), |l| format!("{} {}", l.value, l.label_nl))}</td>
                            <td class="prewrap">{note}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {spread.map(|s| view! {
                <p class:flag=s.flagged()>
                    {format!("Spreiding: van {} tot {} ({} scores).", s.min, s.max, s.count)}
                    {s.flagged().then_some(" Let op: de scores liggen 2 of meer uit elkaar. Bespreek de verschillen voordat u een score vaststelt.")}
                </p>
            })}
        })
    };
    view! {
        <div hidden=move || !has_assessors()>
            <section class="panel" aria-label="Scores van de beoordelaars">
                {table}
                <p>"Stel hieronder samen één score vast. Leg kort uit waarom."</p>
                <TextArea id=format!("{profile_id}-afspraak") label="Onderbouwing van de vastgestelde score"
                    initial on_input rows=3/>
            </section>
        </div>
    }
}
