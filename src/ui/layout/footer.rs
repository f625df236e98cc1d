//! Footer: where the texts come from and where the data lives.

use leptos::prelude::*;

use super::LinkList;
use crate::domain::catalogue::SHELL;
use crate::ui::route::Route;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="utrecht-page-footer site-footer">
            <div class="utrecht-page-footer__content">
                <p>"Bron van de profielen: " {SHELL.title} "."</p>
                <p>"Alles wat u invult, blijft in deze browser. Er wordt niets verstuurd."</p>
                <LinkList links=vec![
                    (Route::Privacy, "Privacy".into()),
                    (Route::Accessibility, "Toegankelijkheid".into()),
                ]/>
            </div>
        </footer>
    }
}
