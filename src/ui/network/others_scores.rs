//! "Hoe scoren anderen": when a network overview of the same catalogue edition is kept in this
//! browser, the spread of the other organisations' scores per profile, with this organisation's
//! own score marked. Only on the full internal report, on screen and in print: never in a
//! summary, a toetsingspakket, a contribution or any other file that leaves the organisation.

use leptos::prelude::*;

use super::distribution::{Distribution, Own};
use super::too_few::TooFew;
use crate::domain::catalogue::Catalogue;
use crate::domain::network::overview::{figures, group};
use crate::domain::network::{Filter, Shown};
use crate::state::EvaluationRef;
use crate::storage;
use crate::ui::route::Route;

#[component]
pub fn OthersScores(evaluation: EvaluationRef) -> impl IntoView {
    let store = evaluation.store();
    // Read only: this page never changes the stored set.
    let stored = storage::load_network(store.env().storage.as_ref(), None);
    let Some(catalogue_id) = evaluation.with_untracked(|e| e.catalogue_id.clone()) else {
        return ().into_any();
    };
    // The others: the same edition, without the contributions of this browser's own
    // evaluations (this one, and earlier cycles of the organisation).
    let own_ids: Vec<String> = store.with_all_untracked(|all| {
        all.iter()
            .map(|e| e.contribution.id.clone())
            .filter(|id| !id.is_empty())
            .collect()
    });
    let others: Vec<_> = stored
        .contributions
        .into_iter()
        .filter(|c| c.catalogue_id == catalogue_id && !own_ids.contains(&c.id))
        .collect();
    if others.is_empty() {
        return ().into_any();
    }
    let Some(catalogue) = Catalogue::by_id(&catalogue_id) else {
        return ().into_any();
    };
    let shown = figures(&group(&others, &Filter::default()), catalogue);
    let body = match shown {
        Shown::TooFew(n) => view! { <TooFew count=n/> }.into_any(),
        Shown::Figures(f) => {
            let count = f.count;
            let profiles = f
                .profiles
                .into_iter()
                .map(|p| {
                    let profile = catalogue.profile(&p.profile_id);
                    let name = profile.map_or_else(|| p.profile_id.clone(), |p| p.name.clone());
                    let own = evaluation
                        .with(|e| {
                            if e.not_applicable(&p.profile_id) {
                                Some(Own::NotApplicable)
                            } else {
                                e.score(&p.profile_id).map(Own::Score)
                            }
                        })
                        .flatten();
                    view! {
                        <h3>{name.clone()}</h3>
                        {match own {
                            Some(own) => view! { <Distribution figures=p name=name own/> }.into_any(),
                            None => view! { <p>"U hebt dit profiel nog niet gescoord."</p><Distribution figures=p name=name/> }.into_any(),
                        }}
                    }
                })
                .collect_view();
            view! {
                <p>{format!("{count} bijdragen van andere organisaties, uit alle periodes in het netwerkoverzicht in deze browser.")}</p>
                {profiles}
            }
            .into_any()
        }
    };
    view! {
        <section class="others-scores" aria-labelledby="anderen-titel">
            <h2 id="anderen-titel">"Hoe scoren anderen"</h2>
            <p>
                "Uit het "<a href=Route::Network.href()>"netwerkoverzicht"</a>" in deze browser. "
                "Alleen in dit interne rapport, op het scherm en afgedrukt: nooit in een bestand dat "
                "de organisatie verlaat. Een score is een startpunt voor het gesprek, geen wedstrijd."
            </p>
            {body}
        </section>
    }
    .into_any()
}
