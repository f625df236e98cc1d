//! One profile with all its parts, in the order of the source.

use leptos::prelude::*;

use crate::domain::catalogue::{Catalogue, Profile};
use crate::ui::route::Route;

#[component]
pub fn ProfilePage(profile: &'static Profile) -> impl IntoView {
    let c = Catalogue::current();
    let index = c
        .profiles
        .iter()
        .position(|p| p.id == profile.id)
        .unwrap_or(0);
    let neighbour = |p: Option<&'static Profile>, label: &'static str| {
        p.map(|p| {
            view! {
                <a href=Route::Profile(p.id.clone()).href()>{format!("{label}: {}", p.name)}</a>
            }
        })
    };
    let previous = neighbour(
        index.checked_sub(1).and_then(|i| c.profiles.get(i)),
        "Vorig profiel",
    );
    let next = neighbour(c.profiles.get(index + 1), "Volgend profiel");
    let competencies = profile
        .competencies
        .iter()
        .map(|k| {
            view! {
                <section class="competency">
                    <h3>{k.name.as_str()}</h3>
                    <ul>{k.bullets.iter().map(|b| view! { <li>{b.as_str()}</li> }).collect_view()}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <nav aria-label="Kruimelpad" class="breadcrumb">
            <a href=Route::Profiles.href()>"Profielen"</a>" › "{profile.name.as_str()}
        </nav>
        <h1 tabindex="-1">{format!("Profiel {}: {}", profile.number, profile.name)}</h1>
        <section aria-labelledby="deskundigheid">
            <h2 id="deskundigheid">"Deskundigheidsgebieden"</h2>
            <ul>{profile.deskundigheidsgebieden.iter().map(|d| view! { <li>{d.as_str()}</li> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="rol">
            <h2 id="rol">"Omschrijving van de rol"</h2>
            <p>{profile.role_description.as_str()}</p>
        </section>
        <section aria-labelledby="competenties">
            <h2 id="competenties">"Competenties"</h2>
            {competencies}
        </section>
        <section aria-labelledby="dilemmas-levels">
            <h2 id="dilemmas-levels">"Dilemma's en levelindeling"</h2>
            <p>
                "In de bron staan de dilemma's en de levelindeling van dit profiel als afbeelding.
                Die afbeelding staat niet in de tekst. Daarom laten we de positie van dit profiel
                hier niet zien. "
                <a href=Route::DilemmasLevels.href()>"Lees wat de dilemma's en levels betekenen"</a>
                "."
            </p>
        </section>
        <nav aria-label="Andere profielen" class="pager">{previous}{next}</nav>
    }
}
