//! The root component: provides the app-wide services (router, store, chunks), installs
//! persistence (the one place that writes storage), hands the store its codec when the browser
//! is idle after the first view (storage is read then) and picks the page for the route.

use leptos::prelude::*;

use super::exchange::provide_importer;
use super::layout::{Footer, Header, SkipLink};
use super::offline::{self, UpdateBanner};
use super::pages::{
    codec, prefetch_when_idle, provide_chunks, when_idle, with_data, Chunks, LazyPage,
};
use super::persistence;
use super::route::Route;
use super::router::{navigate, provide_router};
use super::site::{HomePage, NotFoundPage};
use super::status::{Alert, AlertKind, Announcer, SaveIndicator};
use super::working_file::provide_working_files;
use crate::state::{provide_store, sync, Env, Store};

/// Starts the app in `<body>`, with its pages from `chunks`.
pub fn mount(chunks: Chunks) {
    console_error_panic_hook::set_once();
    // The static "De app wordt geladen…" frame from index.html makes way for the app.
    if let Some(loading) = document().get_element_by_id("laden") {
        loading.remove();
    }
    leptos::mount::mount_to_body(move || view! { <App chunks/> });
}

#[component]
pub fn App(chunks: Chunks) -> impl IntoView {
    let route = provide_router();
    provide_chunks(chunks);

    let env = Env::browser();
    let storage_available = env.storage.available();
    // Storage is read in full once the store has its codec: when the browser is idle after
    // the start page is drawn (below), or when a page asks first. The start page needs only
    // `Store::latest_own`.
    let store = Store::start(env);
    provide_store(store);
    persistence::install(store);
    let update_ready = RwSignal::new(false);
    let discard_problem = Callback::new(move |key: String| sync::discard_problem(store, &key));
    // The banners about stored data come with the `data` chunk (their code is not in the first
    // load), once storage has been read: none of them can be there before.
    let data_banners = RwSignal::new(None::<fn(Callback<String>) -> AnyView>);
    with_data(store, chunks, move |data| {
        data_banners.set(Some(data.banners))
    });

    let importer = provide_importer(store, chunks);
    let working_files = provide_working_files(store, chunks);
    // A file dropped anywhere on the page goes to the importer.
    let _dragover = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let _drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        // The network overview takes many files at once itself.
        if route.get_untracked() == Route::Network {
            return;
        }
        // The file's handle, where the browser gives one, must be asked for now, in the event.
        working_files.remember_drop(&ev);
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            importer.read(file);
            navigate(&Route::Import);
        }
    });

    // The working file of the evaluation on screen, for the save indicator.
    let file_state = Signal::derive(move || match route.get() {
        Route::Evaluation(id, _) => working_files
            .link(&id)
            .map(|link| (id.clone(), link.name, link.status)),
        _ => None,
    });

    // A memo, so typing does not rewrite the title; only a changed name or page does.
    let title = Memo::new(move |_| {
        let route = route.get();
        let name = match &route {
            Route::Evaluation(id, _) => store.with(id, |e| e.display_name()),
            _ => None,
        };
        route.title(name.as_deref())
    });
    Effect::new(move || document().set_title(&title.get()));

    // The start page is in the first load; every other page is loaded when it is opened.
    let page = move || match route.get() {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::NotFound(path) => view! { <NotFoundPage path/> }.into_any(),
        other => view! { <LazyPage route=other/> }.into_any(),
    };
    // What the start page does not need waits until it is drawn: the codec, and with it every
    // evaluation read from storage (unreadable ones reported; when its chunk cannot be fetched
    // now, the first page opened tries again) and the working files (which start once storage
    // has been read), the service worker (as browsers advise: after the page's own load), the
    // request to keep the data.
    when_idle(50, move || {
        leptos::task::spawn_local(async move {
            let _ = codec(store, chunks).await;
        });
        offline::register(update_ready);
        persistence::request_persistence();
    });
    prefetch_when_idle(chunks);
    // Offline at the start (before the service worker had the chunks): when the connection
    // comes back, storage is read and the rest fetched after all, so what waits for it (a file
    // the installed app was opened with, the banners) does not wait for a page to be opened.
    let _online = window_event_listener(leptos::ev::online, move |_| {
        if store.codec().is_none() {
            leptos::task::spawn_local(async move {
                if codec(store, chunks).await.is_ok() {
                    (chunks.prefetch)().await;
                }
            });
        }
    });

    let storage_note = (!storage_available).then(|| {
        view! {
            <Alert kind=AlertKind::Error role="alert">
                <p>
                    "Deze browser staat opslaan niet toe. U kunt de app gebruiken, maar wat u
                    invult, is weg als u de pagina sluit. Exporteer uw werk als bestand."
                </p>
            </Alert>
        }
    });

    view! {
        <SkipLink/>
        <Header/>
        <div class="status-area">
            <UpdateBanner update_ready/>
            {storage_note}
            {move || data_banners.get().map(|draw| untrack(|| draw(discard_problem)))}
        </div>
        <main id="hoofdinhoud" class="page" tabindex="-1">
            <Announcer message=store.announcement() route/>
            {page}
        </main>
        <div class="page page--status">
            <SaveIndicator state=store.save_state() file=file_state/>
        </div>
        <Footer/>
    }
}
