//! The three dilemmas and four levels, explained once for all profiles.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;

#[component]
pub fn DilemmasLevelsPage() -> impl IntoView {
    let c = Catalogue::current();
    let part = |n: u8| c.onderdelen.parts.iter().find(|p| p.number == n);
    view! {
        <h1 tabindex="-1">"Dilemma's en levels"</h1>
        <p class="lead">
            "Elk profiel heeft een plek op drie dilemma's en een level. Hier leest u wat die
            betekenen. De plek per profiel stond in de bron als afbeelding en staat daarom niet in
            deze app."
        </p>
        <h2>"Dilemma's"</h2>
        <p>{part(2).map(|p| p.text.as_str())}</p>
        <dl class="definitions">
            {c.dilemmas.iter().map(|d| view! {
                <dt>{d.name.as_str()}</dt>
                <dd>{d.question.as_str()}</dd>
            }).collect_view()}
        </dl>
        <h2>"Levelindeling"</h2>
        <p>{part(4).map(|p| p.text.as_str())}</p>
        <dl class="definitions">
            {c.levels.iter().map(|l| view! {
                <dt>{l.name.as_str()}</dt>
                <dd>{l.description.as_str()}</dd>
            }).collect_view()}
        </dl>
    }
}
