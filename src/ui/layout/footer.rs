//! Footer: where the texts come from and where the data lives.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;

#[component]
pub fn Footer() -> impl IntoView {
    let catalogue = Catalogue::current();
    view! {
        <footer class="site-footer">
            <p>"Bron van de profielen: " {catalogue.title.as_str()} "."</p>
            <p>"Alles wat u invult, blijft in deze browser. Er wordt niets verstuurd."</p>
        </footer>
    }
}
