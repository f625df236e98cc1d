//! Room to write by hand on a printed worksheet; on a filled one, what was entered.

use leptos::prelude::*;

#[component]
pub fn WriteSpace(
    /// What was entered so far (empty: blank room to write).
    #[prop(into)]
    text: String,
    /// Height of the blank room, in lines.
    #[prop(default = 4)]
    lines: u8,
) -> impl IntoView {
    // A class per height: the strict Content-Security-Policy allows no inline styles.
    let class = format!("write-space write-space--{} prewrap", lines.clamp(1, 6));
    view! { <div class=class>{text}</div> }
}
