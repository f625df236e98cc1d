//! What is in the set: how many contributions, by kind of organisation and by period, and who
//! contributed (names only where an organisation sent its name; never beside a score).

use leptos::prelude::*;

use crate::domain::evaluation::OrganisationKind;
use crate::domain::network::NetworkSet;

#[component]
pub fn SetSummary(set: Signal<NetworkSet>) -> impl IntoView {
    move || {
        set.with(|s| {
            let kinds = s
                .by_kind()
                .into_iter()
                .map(|(k, n)| {
                    let label = k.map_or("Soort niet gekozen", OrganisationKind::label);
                    view! { <tr><th scope="row">{label}</th><td>{n}</td></tr> }
                })
                .collect_view();
            let periods = s
                .by_period()
                .into_iter()
                .map(|(p, n)| {
                    let label = if p.is_empty() { "Geen periode".to_string() } else { p };
                    view! { <tr><th scope="row">{label}</th><td>{n}</td></tr> }
                })
                .collect_view();
            let (names, unnamed) = s.contributors();
            let who = if names.is_empty() {
                format!("Geen van de {} organisaties stuurde haar naam mee.", s.len())
            } else if unnamed == 0 {
                "Alle organisaties stuurden hun naam mee:".to_string()
            } else {
                format!(
                    "{} {} zonder naam, en deze organisaties (op alfabet):",
                    unnamed,
                    if unnamed == 1 { "bijdrage" } else { "bijdragen" }
                )
            };
            view! {
                <h2 id="netwerk-set">{format!("In deze set: {} {}", s.len(), if s.len() == 1 { "bijdrage" } else { "bijdragen" })}</h2>
                <div class="set-summary">
                    <table class="table">
                        <caption>"Bijdragen per soort organisatie"</caption>
                        <thead><tr><th scope="col">"Soort"</th><th scope="col">"Bijdragen"</th></tr></thead>
                        <tbody>{kinds}</tbody>
                    </table>
                    <table class="table">
                        <caption>"Bijdragen per periode"</caption>
                        <thead><tr><th scope="col">"Periode"</th><th scope="col">"Bijdragen"</th></tr></thead>
                        <tbody>{periods}</tbody>
                    </table>
                </div>
                <h3>"Wie deden mee"</h3>
                <p>{who}</p>
                {(!names.is_empty()).then(|| view! {
                    <ul class="contributors">{names.into_iter().map(|n| view! { <li><bdi>{n}</bdi></li> }).collect_view()}</ul>
                })}
            }
        })
    }
}
