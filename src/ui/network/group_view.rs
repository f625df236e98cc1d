//! The figures of one group of contributions (after the filters): per profile the spread of
//! scores and how they came about, the actions per profile and origin, and what organisations
//! found unclear in the profiles and the stappenplan. Below five contributions: nothing but
//! "te weinig".

use leptos::prelude::*;

use super::distribution::Distribution;
use super::too_few::TooFew;
use crate::domain::catalogue::Catalogue;
use crate::domain::network::document::{action_rows, hidden_text, ACTION_HEADERS};
use crate::domain::network::overview::{figures, group, GroupFigures};
use crate::domain::network::{Filter, NetworkSet, Shown};
use crate::ui::layout::TableRegion;

#[component]
pub fn GroupView(set: Signal<NetworkSet>, filter: Signal<Filter>) -> impl IntoView {
    let shown = Memo::new(move |_| {
        let filter = filter.get();
        set.with(|s| figures(&group(&s.contributions, &filter), Catalogue::current()))
    });
    move || match shown.get() {
        Shown::TooFew(n) => view! { <TooFew count=n/> }.into_any(),
        Shown::Figures(f) => figures_view(f).into_any(),
    }
}

fn figures_view(f: GroupFigures) -> impl IntoView {
    let c = Catalogue::current();
    let action_table = action_rows(&f, c);
    let profiles = f
        .profiles
        .into_iter()
        .map(|p| {
            let name = c.action_profile(Some(&p.profile_id));
            let methods = p
                .methods
                .iter()
                .map(|(m, n)| view! { <li>{format!("{}: {n}", m.label())}</li> })
                .collect_view();
            let hidden = (p.hidden > 0).then(|| {
                view! {
                    <p>{hidden_text(p.hidden)}</p>
                }
            });
            let median = p.median_participants.map(|m| {
                view! { <p>{format!("Gemiddeld (mediaan) deden {m} mensen mee aan de score.")}</p> }
            });
            let anchor = format!("netwerk-{}", p.profile_id);
            let labelled_by = anchor.clone();
            view! {
                <section class="network-profile" aria-labelledby=labelled_by>
                    <h3 id=anchor>{name.clone()}</h3>
                    <Distribution figures=p.clone() name=name/>
                    {(!p.methods.is_empty()).then(|| view! {
                        <p class="network-profile__label">"Zo kwamen de scores tot stand:"</p>
                        <ul>{methods}</ul>
                    })}
                    {median}
                    {hidden}
                </section>
            }
        })
        .collect_view();
    // The same table as in the files: one row per profile, a column per origin.
    let actions = if f.actions.is_empty() {
        view! { <p>"In deze groep staan geen acties."</p> }.into_any()
    } else {
        let header = ACTION_HEADERS
            .iter()
            .map(|h| view! { <th scope="col">{*h}</th> })
            .collect_view();
        let rows = action_table
            .into_iter()
            .map(|row| {
                let mut cells = row.into_iter();
                let head = cells.next().unwrap_or_default();
                view! {
                    <tr><th scope="row">{head}</th>{cells.map(|n| view! { <td>{n}</td> }).collect_view()}</tr>
                }
            })
            .collect_view();
        let texts = f
            .actions
            .iter()
            .filter(|a| !a.texts.is_empty())
            .map(|a| {
                view! {
                    <h4>{c.action_profile(a.profile_id.as_deref())}</h4>
                    <ul>{a.texts.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
                }
            })
            .collect_view();
        let any_text = f.actions.iter().any(|a| !a.texts.is_empty());
        view! {
            <TableRegion label="Acties per profiel en herkomst" wide=true>
                <table class="table table--compact">
                    <caption>"Acties per profiel en herkomst (aantallen)"</caption>
                    <thead><tr>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableRegion>
            {any_text.then(|| view! {
                <h3>"Acties die organisaties met tekst meestuurden"</h3>
                <p>"Op alfabet, zonder organisatie."</p>
                {texts}
            })}
        }
        .into_any()
    };
    let experiences = f
        .profile_experiences
        .iter()
        .map(|(id, texts)| {
            view! {
                <h3>{c.action_profile(Some(id))}</h3>
                <ul>{texts.iter().map(|t| view! { <li class="network-text">{t.clone()}</li> }).collect_view()}</ul>
            }
        })
        .collect_view();
    let no_experiences = f.profile_experiences.is_empty() && f.stappenplan_experiences.is_empty();
    let stappenplan = (!f.stappenplan_experiences.is_empty()).then(|| {
        view! {
            <h3>"Het stappenplan"</h3>
            <ul>{f.stappenplan_experiences.iter().map(|t| view! { <li class="network-text">{t.clone()}</li> }).collect_view()}</ul>
        }
    });
    view! {
        <p>{format!(
            "{} bijdragen in deze groep. {} daarvan deden een collegiale toetsing.",
            f.count, f.peer_review_held
        )}</p>
        <h2 id="netwerk-scores">"Scores per profiel"</h2>
        <p>{format!("Hoeveel organisaties welke score gaven, van 1 (onvoldoende) tot 5 (uitzonderlijk). Profielen uit {}.", c.title)}</p>
        {profiles}
        <h2 id="netwerk-acties">"Acties in de actieplannen"</h2>
        {actions}
        <h2 id="netwerk-ervaringen">"Ervaringen met de profielen en het stappenplan"</h2>
        <p>"Voor de Kerngroep die de profielen verder ontwikkelt. Per profiel, op alfabet, zonder organisatie."</p>
        {no_experiences.then(|| view! { <p>"In deze groep schreef niemand iets over de profielen of het stappenplan."</p> })}
        {experiences}
        {stappenplan}
    }
}
