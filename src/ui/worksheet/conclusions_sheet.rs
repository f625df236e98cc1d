//! Stap 3 on paper: the conclusion questions and the actieplan question with room for notes,
//! and an action table to fill in (SMART: what, how measured, owner, means, when).

use leptos::prelude::*;

use super::questions_table::QuestionsTable;
use super::write_space::WriteSpace;
use crate::domain::catalogue::Catalogue;
use crate::domain::dates::format_nl;
use crate::state::EvaluationRef;

/// Blank rows in the action table of a blank sheet.
const BLANK_ACTIONS: usize = 6;

#[component]
pub fn ConclusionsSheet(evaluation: Option<EvaluationRef>) -> impl IntoView {
    let c = Catalogue::current();
    let ev = super::snapshot(evaluation);
    let h = &c.hulpvragen;
    let groups = h
        .conclusies_actieplan
        .groups
        .iter()
        .map(|g| {
            let rows = g
                .questions
                .iter()
                .map(|q| {
                    (
                        q.text.clone(),
                        ev.conclusions.notes.get(&q.id).cloned().unwrap_or_default(),
                    )
                })
                .collect();
            view! { <QuestionsTable caption=g.heading.clone() rows lines=5/> }
        })
        .collect_view();
    let mut actions: Vec<[String; 6]> = ev
        .conclusions
        .actions
        .iter()
        .map(|a| {
            let profile = c.action_profile(a.profile_id.as_deref());
            [
                profile,
                a.what.clone(),
                a.measure.clone(),
                a.owner.clone(),
                a.resources.clone(),
                format_nl(&a.deadline),
            ]
        })
        .collect();
    if actions.is_empty() {
        actions = vec![Default::default(); BLANK_ACTIONS];
    }
    view! {
        <p><strong>"Organisatie: "</strong>{ev.organisation.clone()}</p>
        {groups}
        <table class="table worksheet__table worksheet__actions">
            <caption>"Actieplan: wat gaan we de komende twee jaar concreet doen?"</caption>
            <thead><tr>
                <th scope="col">"Profiel of overkoepelend"</th><th scope="col">"Wat precies"</th><th scope="col">"Hoe meten we het"</th>
                <th scope="col">"Eigenaar"</th><th scope="col">"Middelen"</th><th scope="col">"Klaar op"</th>
            </tr></thead>
            <tbody>{actions.into_iter().map(|row| view! {
                <tr>{row.into_iter().map(|cell| view! { <td><WriteSpace text=cell lines=3/></td> }).collect_view()}</tr>
            }).collect_view()}</tbody>
        </table>
    }
}
