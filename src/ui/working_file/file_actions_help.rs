//! One short explanation of the file actions and when to use which: on Mijn evaluaties and
//! beside the working file of an evaluation.

use leptos::prelude::*;

use super::use_working_files;

#[component]
pub fn FileActionsHelp() -> impl IntoView {
    let supported = use_working_files().supported;
    let item = |name: &'static str, when: &'static str| {
        view! {
            <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">{name}</dt>
                <dd class="utrecht-data-list__item-value">{when}</dd>
            </div>
        }
    };
    view! {
        <details class="file-actions-help">
            <summary>"Welke knop voor bestanden gebruik ik wanneer?"</summary>
            <dl class="utrecht-data-list">
                {supported.then(|| view! {
                    {item("Opslaan als werkbestand…", "Voor uw eigen evaluatie, elke dag. De app werkt het bestand bij bij elke wijziging, bijvoorbeeld op een netwerkschijf of in Teams.")}
                    {item("Werkbestand openen…", "Om verder te werken in een werkbestand dat u of een collega eerder opsloeg.")}
                })}
                {item(if supported { "Exporteer als bestand" } else { "Bewaar een kopie als bestand" }, "Een kopie zoals de evaluatie nu is: als reservekopie, of om aan iemand te geven. De kopie verandert daarna niet meer mee.")}
                {item("Importeren", "Om een bestand te openen dat u kreeg: een kopie van een evaluatie, een scoreformulier, een toetsingspakket of een reactie daarop. U ziet eerst wat erin staat; er verandert niets voordat u kiest.")}
            </dl>
        </details>
    }
}
