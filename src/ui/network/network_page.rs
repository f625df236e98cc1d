//! Netwerkoverzicht: a network coordinator (an OD-regio, a provincial VTH-overleg, Omgevingsdienst
//! NL) or the Kerngroep brings the contributions of many organisations together. Figures only
//! for groups of at least five; names, where sent, only in the list of who contributed; never
//! an order by score. The set stays in this browser until the user removes it.

use leptos::prelude::*;

use super::add_contributions::AddContributions;
use super::compare_periods::ComparePeriods;
use super::file_reports::FileReports;
use super::group_view::GroupView;
use super::network_downloads::NetworkDownloads;
use super::set_summary::SetSummary;
use crate::domain::evaluation::OrganisationKind;
use crate::domain::network::document::left_out_text;
use crate::domain::network::overview::{compare_pair, left_out};
use crate::domain::network::{Filter, NetworkSet};
use crate::state::network::{KeepError, Network};
use crate::state::use_store;
use crate::ui::route::Route;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn NetworkPage() -> impl IntoView {
    let network = Network::open(use_store().env());
    let set = network.set();
    let busy = RwSignal::new(0usize);
    let kind = RwSignal::new(None::<OrganisationKind>);
    let period = RwSignal::new(None::<String>);
    let filter = Signal::derive(move || Filter {
        kind: kind.get(),
        period: period.get(),
    });
    let problems = move || {
        // A set of a newer version is left in place: `keep_error` says so.
        let stored = network
            .stored_problem()
            .get()
            .filter(|_| network.keep_error().get() != Some(KeepError::Newer))
            .map(|e| {
                view! {
                    <Alert kind=AlertKind::Warning>
                        <p>"De set bijdragen in deze browser kon niet worden gelezen. "{e.to_string()}</p>
                        <p>"Hij is apart bewaard in deze browser. Laad de pagina opnieuw: bovenaan staat dan een melding waar u hem kunt downloaden of verwijderen."</p>
                    </Alert>
                }
            });
        let keep = network.keep_error().get().map(|e| {
            view! { <Alert kind=AlertKind::Error role="alert"><p>{e.to_string()}</p></Alert> }
        });
        (stored, keep)
    };
    let periods = Memo::new(move |_| set.with(NetworkSet::periods));
    // The two periods side by side: the user's choice while both are in the set, else the
    // last two. The files follow what the page shows.
    let compare = RwSignal::new([None::<String>, None::<String>]);
    let compared = Signal::derive(move || compare_pair(&periods.get(), &compare.get()));
    let kind_select = move || {
        let options = OrganisationKind::ALL
            .into_iter()
            .map(|k| view! { <option value=k.value() selected=move || kind.get() == Some(k)>{k.label()}</option> })
            .collect_view();
        view! {
            <div class="utrecht-form-field">
                <label class="utrecht-form-label" for="filter-soort">"Soort organisatie"</label>
                <select id="filter-soort" class="utrecht-select"
                    on:change=move |ev| kind.set(OrganisationKind::parse(&event_target_value(&ev)))>
                    <option value="" selected=move || kind.get().is_none()>"Alle soorten"</option>
                    {options}
                </select>
            </div>
        }
    };
    let period_select = move || {
        view! {
            <div class="utrecht-form-field">
                <label class="utrecht-form-label" for="filter-periode">"Periode"</label>
                <select id="filter-periode" class="utrecht-select"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        period.set(value.strip_prefix("p:").map(str::to_string));
                    }>
                    <option value="" selected=move || period.get().is_none()>"Alle periodes"</option>
                    {move || periods.get().into_iter().map(|p| {
                        let value = format!("p:{p}");
                        let label = if p.is_empty() { "Geen periode".to_string() } else { p.clone() };
                        view! { <option value=value selected=move || period.get().as_deref() == Some(p.as_str())>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    // Drawn again only when the set becomes empty or not (the parts follow the set themselves).
    let empty = Memo::new(move |_| set.with(NetworkSet::is_empty));
    let body = move || {
        if empty.get() {
            return view! {
                <h2 id="netwerk-leeg" tabindex="-1">"Nog geen bijdragen"</h2>
                <p>
                    "Een bijdrage maakt elke organisatie zelf, bij haar evaluatie: "
                    "op het overzicht of bij het rapport staat 'Bijdrage voor het netwerk maken'. "
                    "Zij ziet precies wat erin staat voordat ze het bestand stuurt. "
                    "Toelichtingen, aantekeningen en namen van mensen gaan nooit mee."
                </p>
                <p><a href=Route::Evaluations.href()>"Naar mijn evaluaties"</a></p>
            }
            .into_any();
        }
        view! {
            <SetSummary set/>
            <h2 id="netwerk-groep">"Overzicht"</h2>
            <p>"Kies welke bijdragen u samen wilt zien. Een groep toont pas iets vanaf vijf bijdragen, zodat niet te zien is hoe één organisatie scoorde."</p>
            <div class="filters" role="group" aria-labelledby="netwerk-groep">
                {kind_select}
                {period_select}
            </div>
            {move || {
                let n = set.with(|s| left_out(&s.contributions));
                (n > 0).then(|| view! { <p>{left_out_text(n)}</p> })
            }}
            <GroupView set filter/>
            <h2>"Twee periodes naast elkaar"</h2>
            <ComparePeriods set filter chosen=compare/>
            <NetworkDownloads network filter compare=compared/>
        }
        .into_any()
    };
    view! {
        <div class="network-page">
        <h1 tabindex="-1">"Netwerkoverzicht"</h1>
        <p class="lead">
            "Voor een regionaal netwerk, Omgevingsdienst NL of de Kerngroep die de profielen "
            "onderhoudt: breng de bijdragen van organisaties samen en leer van en met elkaar. "
            "U ziet waar organisaties staan, welke acties ze plannen en wat ze onduidelijk "
            "vonden in de profielen. Nooit een rangorde, nooit een score naast een naam."
        </p>
        <p>"Alles blijft in deze browser. Er gaat niets naar een server."</p>
        {problems}
        <h2>"Bijdragen toevoegen"</h2>
        <AddContributions network busy/>
        <FileReports reports=network.reports()/>
        {body}
        </div>
    }
}
