//! Making a scoreformulier or toetsingspakket for one person or organisation: for whom, then
//! the file, then the message to send along, all in one place.

use leptos::prelude::*;

use super::ready_message::{app_address, ReadyMessage};
use super::{download_text, focus_id};
use crate::domain::evaluation::Evaluation;
use crate::domain::exchange::{export_invited, invited};
use crate::domain::file_format::{file_name, Kind};
use crate::domain::round::{form_message, invite, package_message, withdraw, CoverMessage};
use crate::state::EvaluationRef;

/// What was made last: the file's name and its message.
#[derive(Clone)]
struct Made {
    file: String,
    message: CoverMessage,
}

#[component]
pub fn InviteForm(
    evaluation: EvaluationRef,
    /// [`Kind::AssessorForm`] or [`Kind::PeerPackage`].
    kind: Kind,
) -> impl IntoView {
    let package = kind == Kind::PeerPackage;
    let prefix = if package { "pakket" } else { "formulier" };
    let (whom_label, whom_hint, button) = if package {
        (
            "Voor welke collega-organisatie is het toetsingspakket?",
            "De naam van de organisatie komt in het bestand en in de bestandsnaam.",
            "Toetsingspakket maken",
        )
    } else {
        (
            "Voor wie is het scoreformulier? Rol of team",
            "Bijvoorbeeld: teamleider toezicht. De rol komt in het bestand en in de bestandsnaam.",
            "Scoreformulier maken",
        )
    };
    let whom = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let made = RwSignal::new(None::<Made>);
    let whom_id = format!("{prefix}-voor-wie");
    let name_id = format!("{prefix}-naam");
    let make = move |_| {
        let store = evaluation.store();
        let for_whom = whom.get_untracked();
        if for_whom.trim().is_empty() {
            error.set(Some(if package {
                "Vul de naam van de collega-organisatie in."
            } else {
                "Vul de rol of het team in van wie het formulier krijgt."
            }));
            focus_id(&format!("{prefix}-voor-wie"));
            return;
        }
        error.set(None);
        let now = store.now_ms();
        let id = store.new_id(prefix);
        let mut invitation = None;
        evaluation.update(|e: &mut Evaluation| {
            let (list, profiles) = if package {
                (&mut e.peer_review.invitations, Vec::new())
            } else {
                let profiles = e.self_evaluation.form_profiles.clone();
                (&mut e.self_evaluation.invitations, profiles)
            };
            invitation = Some(invite(
                list,
                id,
                &for_whom,
                &name.get_untracked(),
                &profiles,
                now,
            ));
        });
        let (Some(inv), Some(ev)) = (invitation, evaluation.get_untracked()) else {
            return;
        };
        let document = invited(kind, &ev, &inv);
        let file = file_name(kind.file_prefix(), &document, store.today(), "json");
        match download_text(
            &file,
            "application/json",
            &export_invited(kind, &ev, &inv, now),
        ) {
            Ok(()) => {
                let message = if package {
                    package_message(&ev, &file, &app_address())
                } else {
                    form_message(&ev, &file, &app_address())
                };
                whom.set(String::new());
                name.set(String::new());
                made.set(Some(Made { file, message }));
                focus_id(&format!("{prefix}-gemaakt"));
            }
            Err(_) => {
                // No file, so nothing went out: the invitation goes again.
                evaluation.update(|e| {
                    withdraw(&mut e.self_evaluation.invitations, &inv.id);
                    withdraw(&mut e.peer_review.invitations, &inv.id);
                });
                error.set(Some(
                    "Het bestand maken is niet gelukt. Probeer het opnieuw of gebruik een andere browser.",
                ));
            }
        }
    };
    let error_id: &'static str = if package {
        "pakket-fout"
    } else {
        "formulier-fout"
    };
    let done_id = format!("{prefix}-gemaakt");
    let ready_id: &'static str = if package {
        "pakket-bericht"
    } else {
        "formulier-bericht"
    };
    view! {
        <div class="invite-form">
            <div class="utrecht-form-field" class:utrecht-form-field--invalid=move || error.get().is_some()>
                <label class="utrecht-form-label" for=whom_id.clone()>{whom_label}</label>
                <p class="utrecht-form-field-description" id=format!("{whom_id}-hint")>{whom_hint}</p>
                {move || error.get().map(|message| view! { <p class="utrecht-form-field-error-message" id=error_id>{message}</p> })}
                <input id=whom_id.clone() class="utrecht-form-field__input" type="text"
                    autocomplete=if package { "organization" } else { "off" }
                    aria-describedby=move || match error.get() { Some(_) => format!("{prefix}-voor-wie-hint {error_id}"), None => format!("{prefix}-voor-wie-hint") }
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=move || whom.get() on:input=move |ev| whom.set(event_target_value(&ev))/>
            </div>
            {(!package).then(|| view! {
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for=name_id.clone()>"Naam (niet verplicht)"</label>
                    <p class="utrecht-form-field-description" id=format!("{name_id}-hint")>"Alleen voor uzelf, om bij te houden wie het formulier kreeg. De naam gaat niet mee in het bestand."</p>
                    <input id=name_id.clone() class="utrecht-form-field__input" type="text" autocomplete="off"
                        aria-describedby=format!("{name_id}-hint")
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
            })}
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=make>{button}</button>
            <div id=done_id tabindex="-1" class="invite-form__done">
                {move || made.get().map(|m| view! {
                    <p role="status">{format!("Het bestand {} staat in uw map met downloads.", m.file)}</p>
                    <ReadyMessage id=ready_id message=m.message to=""/>
                })}
            </div>
        </div>
    }
}
