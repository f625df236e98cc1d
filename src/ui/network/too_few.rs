//! What stands where a group is too small to show: so no organisation can be picked out.

use leptos::prelude::*;

use crate::domain::network::MIN_GROUP;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn TooFew(count: usize) -> impl IntoView {
    view! {
        <Alert kind=AlertKind::Info>
            <p class="too-few"><strong>{format!("Te weinig bijdragen om te tonen (minimaal {MIN_GROUP}).")}</strong>
            {format!(" In deze groep {}. Zo is niet te zien hoe één organisatie scoorde.",
                match count {
                    0 => "telt geen bijdrage mee".to_string(),
                    1 => "zit 1 bijdrage".to_string(),
                    n => format!("zitten {n} bijdragen"),
                })}</p>
        </Alert>
    }
}
