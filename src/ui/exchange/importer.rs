//! The importer service: reads a chosen or dropped file and holds what it contains until the
//! user decides what to do with it. Reading changes nothing. The file is read with the store's
//! codec, fetched first when it is not there yet (a file dropped right at the start).

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsValue};

use super::timing::measure;
use crate::domain::file_format::{Document, LoadError, MAX_FILE_BYTES};
use crate::state::Store;
use crate::ui::pages::{codec, Chunks};

#[derive(Debug, Clone, PartialEq)]
pub enum ImportState {
    Idle,
    Reading {
        file_name: String,
    },
    Failed {
        file_name: String,
        /// What it means for the user, and what to do.
        message: String,
        /// The technical detail, shown folded; empty when there is none.
        detail: String,
        /// A contribution or network set: the page links to the Netwerkoverzicht.
        for_network: bool,
    },
    Ready {
        file_name: String,
        document: Box<Document>,
    },
}

#[derive(Clone, Copy)]
pub struct Importer {
    pub state: RwSignal<ImportState>,
    store: Store,
    chunks: Chunks,
}

impl Importer {
    /// Reads `file`: refuses it before reading when it is too large.
    pub fn read(&self, file: web_sys::File) {
        let (state, store, chunks) = (self.state, self.store, self.chunks);
        let file_name = file.name();
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let error = LoadError::TooLarge {
                size_kb: (size / 1024.0).ceil() as usize,
                max_kb: MAX_FILE_BYTES / 1024,
            };
            state.set(ImportState::Failed {
                file_name,
                message: format!("{} {}", error.meaning(), error.what_to_do()),
                detail: error.to_string(),
                for_network: false,
            });
            return;
        }
        state.set(ImportState::Reading {
            file_name: file_name.clone(),
        });
        let name = file_name.clone();
        let done = Closure::once(move |buffer: JsValue| {
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            leptos::task::spawn_local(async move {
                let Ok(codec) = codec(store, chunks).await else {
                    state.set(ImportState::Failed {
                        file_name: name,
                        message: "Een deel van de app kon niet worden opgehaald, dus het bestand \
                                  is niet gelezen. Controleer de verbinding en kies het bestand \
                                  opnieuw."
                            .to_string(),
                        detail: String::new(),
                        for_network: false,
                    });
                    return;
                };
                state.set(
                    match measure("vth:import", || (codec.decode_document)(&bytes)) {
                        Ok(document) => ImportState::Ready {
                            file_name: name,
                            document: Box::new(document),
                        },
                        Err(e) => ImportState::Failed {
                            file_name: name,
                            message: format!("{} {}", e.meaning(), e.what_to_do()),
                            detail: e.to_string(),
                            for_network: matches!(e, LoadError::NetworkFile { .. }),
                        },
                    },
                );
            });
        });
        let failed = Closure::once(move |_: JsValue| {
            state.set(ImportState::Failed {
                file_name,
                message: "Het bestand kon niet worden gelezen. Kies het opnieuw, of sla het eerst op uw computer op.".to_string(),
                detail: String::new(),
                for_network: false,
            });
        });
        // `then2` fails only for a non-promise; `arrayBuffer()` always gives one (its failure arrives in `failed`).
        let _ = file.array_buffer().then2(&done, &failed);
        done.forget();
        failed.forget();
    }

    pub fn reset(&self) {
        self.state.set(ImportState::Idle);
    }
}

pub fn provide_importer(store: Store, chunks: Chunks) -> Importer {
    let importer = Importer {
        state: RwSignal::new(ImportState::Idle),
        store,
        chunks,
    };
    provide_context(importer);
    importer
}

pub fn use_importer() -> Importer {
    expect_context::<Importer>()
}
