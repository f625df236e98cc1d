//! What peer organisations wrote about one question (or profile), each under their name.
//! Read-only: the organisation's own notes are never changed by a reply.

use leptos::prelude::*;

use crate::domain::evaluation::PeerReply;
use crate::state::EvaluationRef;

/// Which notes of a reply to show.
#[derive(Clone, Copy)]
pub enum NoteSource {
    Question,
    OwnQuestion,
    Profile,
}

fn pick(reply: &PeerReply, source: NoteSource, key: &str) -> Option<String> {
    let notes = match source {
        NoteSource::Question => &reply.notes,
        NoteSource::OwnQuestion => &reply.own_question_notes,
        NoteSource::Profile => &reply.profile_notes,
    };
    notes.get(key).filter(|t| !t.trim().is_empty()).cloned()
}

#[component]
pub fn PeerNotes(
    evaluation: EvaluationRef,
    #[prop(into)] key: String,
    source: NoteSource,
    /// Said when no peer wrote anything here (where a bare heading would look empty).
    #[prop(optional)]
    empty: Option<&'static str>,
) -> impl IntoView {
    let notes = evaluation.memo(move |e| {
        e.peer_review
            .replies
            .iter()
            .filter_map(|r| pick(r, source, &key).map(|t| (r.label(), t)))
            .collect::<Vec<_>>()
    });
    move || {
        let list = notes.get();
        if list.is_empty() {
            return empty
                .map(|text| view! { <p class="peer-notes__empty">{text}</p> })
                .into_any();
        }
        view! {
            <div class="peer-notes">
                <p class="peer-notes__title">"Aantekeningen van collega-organisaties:"</p>
                <ul>
                    {list.into_iter().map(|(who, text)| view! {
                        <li><strong><bdi>{who}</bdi>": "</strong><span class="prewrap">{text}</span></li>
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    }
}
