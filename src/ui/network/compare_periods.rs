//! Two periods side by side (growth of the network): per profile the spread of scores of each
//! period, within the chosen kind of organisation. Each period is a group of its own and needs
//! at least five contributions that count.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::network::overview::{compare_pair, figures, group};
use crate::domain::network::{Filter, NetworkSet, Shown, MIN_GROUP};
use crate::ui::layout::TableRegion;

#[component]
pub fn ComparePeriods(
    set: Signal<NetworkSet>,
    filter: Signal<Filter>,
    /// What the user chose for the first and second period (`None`: the default).
    chosen: RwSignal<[Option<String>; 2]>,
) -> impl IntoView {
    let periods = Memo::new(move |_| set.with(NetworkSet::periods));
    let pair = Memo::new(move |_| compare_pair(&periods.get(), &chosen.get()));
    let select = move |id: &'static str, label: &'static str, i: usize| {
        view! {
            <div class="utrecht-form-field">
                <label class="utrecht-form-label" for=id>{label}</label>
                <select id=id class="utrecht-select"
                    on:change=move |ev| chosen.update(|c| c[i] = Some(event_target_value(&ev)))>
                    {move || periods.get().into_iter().map(|p| {
                        let label = if p.is_empty() { "Geen periode".to_string() } else { p.clone() };
                        let is = p.clone();
                        view! { <option value=p selected=move || pair.with(|x| x.as_ref().is_some_and(|x| x[i] == is))>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let table = move || {
        let kind = filter.with(|f| f.kind);
        let chosen = pair.get()?;
        let c = Catalogue::current();
        let shown: Vec<(String, Shown<_>)> = chosen
            .iter()
            .map(|p| {
                let f = Filter {
                    kind,
                    period: Some(p.clone()),
                };
                (
                    p.clone(),
                    set.with(|s| figures(&group(&s.contributions, &f), c)),
                )
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
                                    <td>{p.not_scored}</td>
                                    <td>{p.hidden}</td>
                                    <td>{g.count}</td>
                                }
                                .into_any()
                            }
                            Shown::TooFew(n) => view! {
                                <td colspan="9">{format!("Te weinig bijdragen om te tonen (minimaal {MIN_GROUP}; nu {n})")}</td>
                            }
                            .into_any(),
                        };
                        view! { <tr>{head}<th scope="row">{period.clone()}</th>{cells}</tr> }
                    })
                    .collect::<Vec<_>>()
            })
            .collect_view();
        Some(view! {
            <TableRegion label="Twee periodes naast elkaar" wide=true>
                <table class="table table--compact">
                    <caption>"Aantal organisaties per score (1 tot en met 5), per periode"</caption>
                    <thead><tr>
                        <th scope="col">"Profiel"</th><th scope="col">"Periode"</th>
                        {(1..=5).map(|s| view! { <th scope="col">{s}</th> }).collect_view()}
                        <th scope="col">"n.v.t."</th><th scope="col">"Niet gescoord"</th><th scope="col">"Niet getoond"</th><th scope="col">"Bijdragen"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableRegion>
        })
    };
    move || {
        if periods.with(Vec::len) < 2 {
            view! { <p>"Er zijn bijdragen uit één periode. Met bijdragen uit twee periodes ziet u hier de groei van het netwerk."</p> }.into_any()
        } else {
            view! {
                <div class="filters">
                    {select("vergelijk-eerste", "Eerste periode", 0)}
                    {select("vergelijk-tweede", "Tweede periode", 1)}
                </div>
                {table}
            }
            .into_any()
        }
    }
}
