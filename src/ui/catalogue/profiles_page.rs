//! Overview of the five profiles.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::ui::route::Route;

#[component]
pub fn ProfilesPage() -> impl IntoView {
    let c = Catalogue::current();
    let cards = c
        .profiles
        .iter()
        .map(|p| {
            let competencies = p
                .competencies
                .iter()
                .map(|k| k.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li class="card">
                    <h2 class="card__title">
                        <a href=Route::Profile(p.id.clone()).href()>
                            {format!("{}. {}", p.number, p.name)}
                        </a>
                    </h2>
                    <p><strong>"Deskundigheidsgebieden: "</strong>{p.deskundigheidsgebieden.join("; ")}</p>
                    <p><strong>"Competenties: "</strong>{competencies}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">"Competentieprofielen"</h1>
        <p class="lead">
            "Er zijn vijf profielen. Elk profiel beschrijft een rol in de uitvoering van
            vergunningverlening, toezicht en handhaving (VTH). Kies een profiel om alles te lezen."
        </p>
        <details class="source-text">
            <summary>"Waaruit bestaat een profiel?"</summary>
            <p>{c.onderdelen.intro.as_str()}</p>
            <ol>
                {c.onderdelen.parts.iter().map(|part| view! {
                    <li><strong>{part.heading.as_str()}": "</strong>{part.text.as_str()}</li>
                }).collect_view()}
            </ol>
        </details>
        <ul class="cards">{cards}</ul>
    }
}
