//! The one banner of the app: the NL Design System alert (`@utrecht/alert-css`), with its
//! content and message structure. Every message that needs the user's attention uses it, so
//! spacing, colours and roles are the same everywhere.

use leptos::prelude::*;

/// What kind of message: it sets the colours (from the theme's alert tokens).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    Info,
    Ok,
    Warning,
    Error,
}

impl AlertKind {
    fn class(self) -> &'static str {
        match self {
            Self::Info => "utrecht-alert utrecht-alert--info",
            Self::Ok => "utrecht-alert utrecht-alert--ok",
            Self::Warning => "utrecht-alert utrecht-alert--warning",
            Self::Error => "utrecht-alert utrecht-alert--error",
        }
    }
}

/// A banner. `role` is `"alert"` for what went wrong just now, `"status"` for news that may
/// wait, `"region"` (with `labelled_by`, the id of its heading) for a lasting notice; none for
/// a notice that is part of the page from the start.
#[component]
pub fn Alert(
    kind: AlertKind,
    #[prop(optional)] role: Option<&'static str>,
    #[prop(optional)] labelled_by: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=kind.class() role=role aria-labelledby=labelled_by>
            <div class="utrecht-alert__content">
                <div class="utrecht-alert__message">{children()}</div>
            </div>
        </div>
    }
}
