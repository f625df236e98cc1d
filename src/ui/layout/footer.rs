//! Footer: where the texts come from and where the data lives.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::ui::route::Route;

#[component]
pub fn Footer() -> impl IntoView {
    let catalogue = Catalogue::current();
    view! {
        <footer class="site-footer">
            <p>"Bron van de profielen: " {catalogue.title.as_str()} "."</p>
            <p>"Alles wat u invult, blijft in deze browser. Er wordt niets verstuurd."</p>
            <ul class="footer-links">
                <li><a href=Route::Privacy.href()>"Privacy"</a></li>
                <li><a href=Route::Accessibility.href()>"Toegankelijkheid"</a></li>
            </ul>
        </footer>
    }
}
