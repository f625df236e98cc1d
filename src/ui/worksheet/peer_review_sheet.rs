//! Stap 2 on paper: who and when, and the hulpvragen as a leidraad for the conversation, with
//! room for notes, and the organisation's own questions.

use leptos::prelude::*;

use super::questions_table::QuestionsTable;
use super::write_space::WriteSpace;
use crate::domain::catalogue::Catalogue;
use crate::domain::dates::format_nl;
use crate::state::EvaluationRef;

#[component]
pub fn PeerReviewSheet(evaluation: Option<EvaluationRef>) -> impl IntoView {
    let c = Catalogue::current();
    let ev = super::snapshot(evaluation);
    let h = &c.hulpvragen;
    let peer = &ev.peer_review;
    let rows = h
        .collegiale_toetsing
        .questions
        .iter()
        .map(|q| {
            (
                q.text.clone(),
                peer.notes.get(&q.id).cloned().unwrap_or_default(),
            )
        })
        .chain(
            peer.own_questions
                .iter()
                .map(|q| (q.text.clone(), q.notes.clone())),
        )
        .collect();
    view! {
        <table class="table worksheet__table">
            <caption>"Wie en wanneer"</caption>
            <tbody>
                <tr><th scope="row">"Organisatie"</th><td><WriteSpace text=ev.organisation.clone() lines=1/></td></tr>
                <tr><th scope="row">"Collega-organisaties"</th><td><WriteSpace text=peer.peers.clone() lines=1/></td></tr>
                <tr><th scope="row">"Datum van het gesprek"</th><td><WriteSpace text=format_nl(&peer.date) lines=1/></td></tr>
                <tr><th scope="row">"Deelnemers"</th><td><WriteSpace text=peer.participants.clone() lines=2/></td></tr>
            </tbody>
        </table>
        <QuestionsTable caption=h.collegiale_toetsing.heading.clone() rows lines=5/>
    }
}
