//! Two periods side by side (growth of the network): per profile the spread of scores of each
//! period, within the chosen kind of organisation. Each period is a group of its own and needs
//! at least five contributions.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::network::overview::{figures, group};
use crate::domain::network::{Filter, NetworkSet, Shown, MIN_GROUP};
use crate::ui::layout::TableRegion;

#[component]
pub fn ComparePeriods(set: Signal<NetworkSet>, filter: Signal<Filter>) -> impl IntoView {
    let periods = Memo::new(move |_| set.with(NetworkSet::periods));
    let initial = periods.with_untracked(|p| {
        let n = p.len();
        (
            p.get(n.saturating_sub(2)).cloned().unwrap_or_default(),
            p.last().cloned().unwrap_or_default(),
        )
    });
    let first = RwSignal::new(initial.0);
    let second = RwSignal::new(initial.1);
    let select = move |id: &'static str, label: &'static str, chosen: RwSignal<String>| {
        view! {
            <div class="utrecht-form-field">
                <label class="utrecht-form-label" for=id>{label}</label>
                <select id=id class="utrecht-select" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {move || periods.get().into_iter().map(|p| {
                        let selected = chosen.get_untracked() == p;
                        let label = if p.is_empty() { "Geen periode".to_string() } else { p.clone() };
                        view! { <option value=p selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let table = move || {
        let kind = filter.with(|f| f.kind);
        let chosen = [first.get(), second.get()];
        let c = Catalogue::current();
        let shown: Vec<(String, Shown<_>)> = chosen
            .iter()
            .map(|p| {
                let f = Filter {
                    kind,
                    period: Some(p.clone()),
                };
                let s = set.with(|s| figures(&group(&s.contributions, &f), c));
                (p.clone(), s)
            })
            .collect();
        let rows = c
            .profiles
            .iter()
            .enumerate()
            .flat_map(|(i, profile)| {
                shown
                    .iter()
                    .enumerate()
                    .map(|(j, (period, s))| {
                        let head = (j == 0).then(|| {
                            view! { <th scope="rowgroup" rowspan="2">{profile.name.clone()}</th> }
                        });
                        let cells = match s {
                            Shown::Figures(g) => {
                                let p = &g.profiles[i];
                                view! {
                                    {p.scores.iter().map(|n| view! { <td>{*n}</td> }).collect_view()}
                                    <td>{p.not_applicable}</td>
                                    <td>{g.count}</td>
                                }
                                .into_any()
                            }
                            Shown::TooFew(n) => view! {
                                <td colspan="7">{format!("Te weinig bijdragen om te tonen (minimaal {MIN_GROUP}; nu {n})")}</td>
                            }
                            .into_any(),
                        };
                        view! { <tr>{head}<th scope="row">{period.clone()}</th>{cells}</tr> }
                    })
                    .collect::<Vec<_>>()
            })
            .collect_view();
        view! {
            <TableRegion label="Twee periodes naast elkaar" wide=true>
                <table class="table">
                    <caption>"Aantal organisaties per score, per periode"</caption>
                    <thead><tr>
                        <th scope="col">"Profiel"</th><th scope="col">"Periode"</th>
                        {(1..=5).map(|s| view! { <th scope="col">{format!("Score {s}")}</th> }).collect_view()}
                        <th scope="col">"n.v.t."</th><th scope="col">"Bijdragen"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableRegion>
        }
    };
    move || {
        if periods.with(Vec::len) < 2 {
            view! { <p>"Er zijn bijdragen uit één periode. Met bijdragen uit twee periodes ziet u hier de groei van het netwerk."</p> }.into_any()
        } else {
            view! {
                <div class="filters">
                    {select("vergelijk-eerste", "Eerste periode", first)}
                    {select("vergelijk-tweede", "Tweede periode", second)}
                </div>
                {table}
            }
            .into_any()
        }
    }
}
