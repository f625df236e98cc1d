//! For one profile: each assessor's score and note, the spread, a flag where scores lie 2
//! or more apart, and the coordinator's rationale for the agreed score.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::exchange::spread;
use crate::state::EvaluationRef;
use crate::ui::fields::TextArea;
use crate::ui::layout::TableRegion;

#[component]
pub fn AssessorScores(evaluation: EvaluationRef, profile_id: &'static str) -> impl IntoView {
    let c = Catalogue::current();
    let data = Memo::new(move |_| {
        evaluation.with(|e| {
            let rows: Vec<(String, Option<u8>, String)> = e
                .self_evaluation
                .assessors
                .iter()
                // Only who was asked about this profile.
                .filter(|a| a.was_asked(profile_id))
                .map(|a| {
                    let s = a.scores.get(profile_id);
                    (
                        a.label(),
                        s.and_then(|s| s.score),
                        s.map(|s| s.note.clone()).unwrap_or_default(),
                    )
                })
                .collect();
            (rows, spread(e, profile_id))
        })
    });
    let initial = evaluation
        .with_untracked(|e| e.assessment(profile_id).consensus_note)
        .unwrap_or_default();
    let on_input =
        evaluation.setter(move |e, t: String| e.assessment_mut(profile_id).consensus_note = t);
    let has_assessors = move || data.with(|d| d.as_ref().is_some_and(|(rows, _)| !rows.is_empty()));
    let table = move || {
        data.get().map(|(rows, spread)| view! {
            <TableRegion label="Losse scores van de deelnemers">
            <table class="table">
                <caption>"Losse scores van de deelnemers"</caption>
                <thead><tr><th scope="col">"Deelnemer"</th><th scope="col">"Score"</th><th scope="col">"Toelichting"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(name, score, note)| view! {
                        <tr>
                            <th scope="row"><bdi>{name}</bdi></th>
                            <td>{c.score_label(score)}</td>
                            <td class="prewrap">{note}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </TableRegion>
            {spread.map(|s| view! {
                <p class:flag=s.flagged()>
                    {if s.count == 1 { format!("Eén losse score: {}.", s.min) } else { format!("Spreiding: {}.", s.describe()) }}
                    {s.flagged().then_some(" Let op: de scores liggen 2 of meer uit elkaar. Bespreek de verschillen voordat u een score vaststelt.")}
                </p>
            })}
        })
    };
    // Older evaluations kept the reasoning for the agreed score in a box of its own; it stays
    // editable where it has text. New reasoning goes into the one toelichting below.
    let legacy = (!initial.trim().is_empty()).then(|| view! {
        <TextArea id=format!("{profile_id}-afspraak") label="Eerder genoteerd: onderbouwing van de vastgestelde score"
            initial on_input rows=3/>
    });
    view! {
        <div hidden=move || !has_assessors()>
            <section class="panel" aria-label="Losse scores van de deelnemers">
                {table}
                <p>"Stel hieronder samen één score vast. Leg in de toelichting uit hoe u tot die score kwam, ook waar de losse scores verschilden."</p>
                {legacy}
            </section>
        </div>
    }
}
