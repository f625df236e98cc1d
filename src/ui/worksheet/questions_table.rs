//! The source's table for hulpvragen: the question beside "Ruimte voor aantekeningen".

use leptos::prelude::*;

use super::write_space::WriteSpace;
use crate::domain::catalogue::Catalogue;

#[component]
pub fn QuestionsTable(
    #[prop(into)] caption: String,
    /// (question, what was noted so far)
    rows: Vec<(String, String)>,
    /// Room to write per question, in lines.
    lines: u8,
) -> impl IntoView {
    let h = &Catalogue::current().hulpvragen;
    view! {
        <table class="table worksheet__table">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{h.questions_column.as_str()}</th><th scope="col">{h.notes_column.as_str()}</th></tr></thead>
            <tbody>{rows.into_iter().map(|(question, note)| view! {
                <tr><th scope="row">{question}</th><td><WriteSpace text=note lines/></td></tr>
            }).collect_view()}</tbody>
        </table>
    }
}
