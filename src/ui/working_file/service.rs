//! The working files of this browser's evaluations: which evaluation is linked to which file,
//! how its last write went, and the autosave that writes every saved change to the file.
//!
//! The rules (when a write is safe, what to say) are in `domain::working_file`; what was last
//! written is kept by `storage` (a stamp per evaluation), the file handle in IndexedDB
//! (`handle_store`). Nothing here writes a file without a check, except where the user chose
//! the file or chose to overwrite it.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::FileSystemFileHandle;

use super::{fs_access, handle_store};
use crate::domain::file_format::{file_name, Kind};
use crate::domain::working_file::{
    check_before_write, local_time, write_failure, FileStamp, FoundFile, WriteCheck,
};
use crate::state::{SaveState, Store};
use crate::storage;
use crate::ui::pages::{codec, with_data, Chunks, CHUNK_UNAVAILABLE};

/// How the working file of one evaluation is doing.
#[derive(Debug, Clone, PartialEq)]
pub enum FileStatus {
    /// Linked on an earlier visit: one click (the browser wants a user's gesture) links again.
    NeedsPermission,
    Writing,
    Saved {
        at_ms: i64,
    },
    /// The last write failed; the work is safe in the browser and the next save tries again.
    Failed(&'static str),
    /// Someone else changed the file since this app wrote it: nothing was written.
    Conflict,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub name: String,
    pub status: FileStatus,
}

/// The app-wide working-file service (context, see [`use_working_files`]).
#[derive(Clone, Copy)]
pub struct WorkingFiles {
    store: Store,
    /// Where the codec comes from when it is not there yet (files are read and written with it).
    chunks: Chunks,
    links: RwSignal<HashMap<String, Link>>,
    handles: StoredValue<HashMap<String, FileSystemFileHandle>, LocalStorage>,
    /// The last file dropped on the page: its name and the promise of its handle.
    dropped: StoredValue<Option<(String, js_sys::Promise)>, LocalStorage>,
    /// Evaluations whose file should be written again after the write under way.
    again: StoredValue<Vec<String>>,
    pub supported: bool,
}

/// The service with no links yet. Its code for reading and writing files is not in the first
/// load: it comes with the `data` chunk ([`crate::ui::pages::Data`]), and starts
/// ([`WorkingFiles::start`]) once storage has been read (when the browser is idle after the
/// first view, or when a page brought the codec first).
pub fn provide_working_files(store: Store, chunks: Chunks) -> WorkingFiles {
    let files = WorkingFiles {
        store,
        chunks,
        links: RwSignal::new(HashMap::new()),
        handles: StoredValue::new_local(HashMap::new()),
        dropped: StoredValue::new_local(None),
        again: StoredValue::new(Vec::new()),
        supported: fs_access::supported(),
    };
    provide_context(files);
    with_data(store, chunks, move |data| (data.working_files)(files));
    files
}

pub fn use_working_files() -> WorkingFiles {
    expect_context::<WorkingFiles>()
}

impl WorkingFiles {
    /// The working files at work, once storage has been read ([`provide_working_files`]): the
    /// links of an earlier visit come back, every save in the browser is written to the linked
    /// files that changed, and the files the installed app is opened with open. Code of the
    /// first load never names this (it gets it from the `data` chunk), or the code behind it
    /// would be in the first load again.
    pub fn start(self) {
        let files = self;
        if files.supported {
            files.restore_links();
            // Every save in the browser is followed by a write to the linked files that changed.
            Effect::new(move |_| {
                if let SaveState::Saved { .. } = files.store.save_state().get() {
                    files.write_changed();
                }
            });
            // A file that was unreachable is tried again when the user comes back to the page.
            let _focus = window_event_listener(leptos::ev::focus, move |_| files.write_changed());
        }
        files.accept_launched_files();
    }

    pub fn link(&self, id: &str) -> Option<Link> {
        self.links.with(|l| l.get(id).cloned())
    }

    /// "Opgeslagen in `naam.json` om 14:03", or what went wrong.
    pub fn status_text(&self, id: &str) -> Option<String> {
        let link = self.link(id)?;
        let offset = self.store.utc_offset_minutes(self.store.now_ms());
        Some(match link.status {
            FileStatus::NeedsPermission => format!(
                "Gekoppeld aan {}. Klik op 'Doorgaan met werkbestand' om daarin verder op te slaan.",
                link.name
            ),
            FileStatus::Writing => format!("Bezig met opslaan in {}…", link.name),
            FileStatus::Saved { at_ms } => {
                format!("Opgeslagen in {} om {}.", link.name, local_time(at_ms, offset))
            }
            FileStatus::Failed(why) => why.to_string(),
            FileStatus::Conflict => format!(
                "Iemand anders heeft {} gewijzigd sinds deze browser het opsloeg. Er is niets \
                 overschreven. Kies hieronder wat u wilt doen.",
                link.name
            ),
        })
    }

    fn set_status(&self, id: &str, status: FileStatus) {
        self.links.update(|l| {
            if let Some(link) = l.get_mut(id) {
                link.status = status;
            }
        });
    }

    fn handle(&self, id: &str) -> Option<FileSystemFileHandle> {
        self.handles.with_value(|h| h.get(id).cloned())
    }

    /// Links found from an earlier visit: their handles come back from IndexedDB; the browser
    /// usually wants the user's click before the app may write again.
    fn restore_links(&self) {
        let files = *self;
        let kv = self.store.env().storage;
        let ids: Vec<(String, FileStamp)> = self.store.with_all_untracked(|all| {
            all.iter()
                .filter_map(|e| {
                    Some((
                        e.id.clone(),
                        storage::working_file_stamp(kv.as_ref(), &e.id)?,
                    ))
                })
                .collect()
        });
        for (id, stamp) in ids {
            self.links.update(|l| {
                l.insert(
                    id.clone(),
                    Link {
                        name: stamp.name.clone(),
                        status: FileStatus::NeedsPermission,
                    },
                );
            });
            spawn_local(async move {
                let Some(handle) = handle_store::get(&id).await else {
                    // The handle is gone (other browser profile, cleared site data).
                    files.links.update(|l| {
                        l.remove(&id);
                    });
                    files.remember_stamp(&id, None);
                    return;
                };
                let granted = fs_access::permission(&handle, false).await == "granted";
                files.handles.update_value(|h| {
                    h.insert(id.clone(), handle);
                });
                if granted {
                    files.check_and_continue(&id).await;
                }
            });
        }
    }

    /// "Doorgaan met werkbestand": asks the browser for permission (from the user's click) and
    /// carries on saving, unless the file changed meanwhile.
    pub fn resume(&self, id: &str) {
        let (files, id) = (*self, id.to_string());
        let Some(handle) = self.handle(&id) else {
            return;
        };
        spawn_local(async move {
            if fs_access::permission(&handle, true).await == "granted" {
                files.check_and_continue(&id).await;
            } else {
                files.set_status(&id, FileStatus::Failed(write_failure("NotAllowedError")));
            }
        });
    }

    async fn check_and_continue(&self, id: &str) {
        match self.found_changed(id).await {
            Ok(false) => {
                let at = storage::working_file_stamp(self.store.env().storage.as_ref(), id)
                    .map_or(0, |s| s.written_ms);
                self.set_status(id, FileStatus::Saved { at_ms: at });
                self.write_changed();
            }
            Ok(true) => self.set_status(id, FileStatus::Conflict),
            Err(name) => self.set_status(id, FileStatus::Failed(write_failure(&name))),
        }
    }

    /// Whether someone else changed the working file of `id` since this app wrote it.
    async fn found_changed(&self, id: &str) -> Result<bool, String> {
        let handle = self.handle(id).ok_or_else(String::new)?;
        let codec = codec(self.store, self.chunks)
            .await
            .map_err(|_| String::new())?;
        let Some(stamp) = storage::working_file_stamp(self.store.env().storage.as_ref(), id) else {
            return Ok(true);
        };
        let quick = fs_access::read(&handle, false)
            .await
            .map_err(|e| fs_access::error_name(&e))?;
        let mut found = FoundFile {
            size: quick.size,
            modified_ms: quick.modified_ms,
            content: None,
        };
        if found.size != stamp.size || found.modified_ms != stamp.modified_ms {
            let full = fs_access::read(&handle, true)
                .await
                .map_err(|e| fs_access::error_name(&e))?;
            found.content = full
                .text
                .and_then(|t| (codec.decode_document)(t.as_bytes()).ok())
                .map(|d| (d.evaluation.id.clone(), d.evaluation.revision));
        }
        Ok(check_before_write(&stamp, id, &found) == WriteCheck::ChangedByOther)
    }

    /// Writes every linked evaluation whose saved revision is not in its file yet.
    fn write_changed(&self) {
        let kv = self.store.env().storage;
        let due: Vec<String> = self.links.with_untracked(|l| {
            l.iter()
                .filter(|(_, link)| {
                    matches!(
                        link.status,
                        FileStatus::Saved { .. } | FileStatus::Failed(_)
                    )
                })
                .map(|(id, _)| id.clone())
                .collect()
        });
        for id in due {
            let revision = self.store.with_untracked(&id, |e| e.revision);
            let written = storage::working_file_stamp(kv.as_ref(), &id).map(|s| s.revision);
            let failed = matches!(
                self.link(&id).map(|l| l.status),
                Some(FileStatus::Failed(_))
            );
            if revision.is_some() && (revision != written || failed) {
                self.write(&id, true);
            }
        }
    }

    /// Writes evaluation `id` to its working file; with `check`, only when the file is still
    /// what this app last wrote.
    fn write(&self, id: &str, check: bool) {
        if matches!(self.link(id).map(|l| l.status), Some(FileStatus::Writing)) {
            self.again.update_value(|a| a.push(id.to_string()));
            return;
        }
        let (files, id) = (*self, id.to_string());
        let Some(handle) = self.handle(&id) else {
            return;
        };
        self.set_status(&id, FileStatus::Writing);
        spawn_local(async move {
            let outcome = files.write_now(&id, &handle, check).await;
            files.set_status(&id, outcome);
            let again = files.again.try_update_value(|a| {
                let hit = a.contains(&id);
                a.retain(|x| x != &id);
                hit
            });
            if again == Some(true) {
                files.write_changed();
            }
        });
    }

    async fn write_now(&self, id: &str, handle: &FileSystemFileHandle, check: bool) -> FileStatus {
        if check {
            match self.found_changed(id).await {
                Ok(false) => {}
                Ok(true) => return FileStatus::Conflict,
                Err(name) => return FileStatus::Failed(write_failure(&name)),
            }
        }
        let Some(evaluation) = self.store.get_untracked(id) else {
            return FileStatus::Failed(write_failure(""));
        };
        let Ok(codec) = codec(self.store, self.chunks).await else {
            return FileStatus::Failed(write_failure(""));
        };
        let now = self.store.now_ms();
        let text = (codec.backup)(&evaluation, now);
        if let Err(e) = fs_access::write(handle, &text).await {
            return FileStatus::Failed(write_failure(&fs_access::error_name(&e)));
        }
        let after = match fs_access::read(handle, false).await {
            Ok(r) => r,
            Err(e) => return FileStatus::Failed(write_failure(&fs_access::error_name(&e))),
        };
        let stamp = FileStamp {
            name: handle.name(),
            size: after.size,
            modified_ms: after.modified_ms,
            revision: evaluation.revision,
            written_ms: now,
        };
        self.remember_stamp(id, Some(&stamp));
        FileStatus::Saved { at_ms: now }
    }

    /// "Opslaan als werkbestand…": the user picks a file; the evaluation is written to it and
    /// every later save goes there too.
    pub fn save_as(&self, id: &str) {
        let (files, id) = (*self, id.to_string());
        let Some(evaluation) = self.store.get_untracked(&id) else {
            return;
        };
        let suggested = file_name(
            Kind::Evaluation.file_prefix(),
            &evaluation,
            self.store.today(),
            "json",
        );
        spawn_local(async move {
            let Ok(handle) = fs_access::pick_save(&suggested).await else {
                return; // The user closed the picker.
            };
            // Notes said on the way (the link or the write could not be recorded) stay, after
            // the news: each step's note, when it said one.
            let said = move || files.store.announcement().get_untracked();
            let mut notes = vec![said()];
            files.attach(&id, handle).await;
            notes.push(said());
            if let Some(handle) = files.handle(&id) {
                files.set_status(&id, FileStatus::Writing);
                let outcome = files.write_now(&id, &handle, false).await;
                if matches!(outcome, FileStatus::Saved { .. }) {
                    let saved = format!(
                        "De evaluatie staat nu in het werkbestand {}. Elke wijziging wordt daar ook opgeslagen.",
                        handle.name()
                    );
                    notes.push(said());
                    let noted = notes
                        .windows(2)
                        .filter(|w| w[0] != w[1])
                        .map(|w| w[1].as_str());
                    let message: Vec<&str> = std::iter::once(saved.as_str()).chain(noted).collect();
                    files.store.announce(message.join(" "));
                }
                files.set_status(&id, outcome);
            }
        });
    }

    /// Records what this app last wrote to (or read from) the working file, so a later change
    /// by someone else is recognised. The file itself is fine when this fails; the user hears
    /// why the app may then ask before it writes the file again (it cannot tell whether someone
    /// else changed it, and never overwrites on a guess).
    fn remember_stamp(&self, id: &str, stamp: Option<&FileStamp>) {
        if storage::set_working_file_stamp(self.store.env().storage.as_ref(), id, stamp).is_err() {
            self.store.announce(
                "Het werkbestand is bijgewerkt, maar deze browser kon dat niet vastleggen (de opslag is vol of geblokkeerd). Daarom vraagt de app u bij een volgende wijziging misschien eerst wat er met het bestand moet gebeuren.",
            );
        }
    }

    /// Links `handle` to evaluation `id` (remembered for later visits).
    async fn attach(&self, id: &str, handle: FileSystemFileHandle) {
        if handle_store::put(id, &handle).await.is_err() {
            self.store.announce(
                "Deze browser kan niet onthouden welk werkbestand bij deze evaluatie hoort. Dit bezoek slaat de app er gewoon in op; bij een volgend bezoek kiest u het bestand opnieuw met 'Werkbestand openen…'.",
            );
        }
        self.links.update(|l| {
            l.insert(
                id.to_string(),
                Link {
                    name: handle.name(),
                    status: FileStatus::Writing,
                },
            );
        });
        self.handles.update_value(|h| {
            h.insert(id.to_string(), handle);
        });
    }

    /// Stops saving to the working file (the file itself stays as it is).
    pub fn unlink(&self, id: &str) {
        let id = id.to_string();
        self.links.update(|l| {
            l.remove(&id);
        });
        self.handles.update_value(|h| {
            h.remove(&id);
        });
        self.remember_stamp(&id, None);
        spawn_local(async move { handle_store::delete(&id).await });
        self.store
            .announce("Het werkbestand is losgekoppeld. Het bestand zelf is niet veranderd.");
    }

    /// Conflict choice: the version in the file replaces the one in this browser.
    pub fn load_theirs(&self, id: &str) {
        let (files, id) = (*self, id.to_string());
        let Some(handle) = self.handle(&id) else {
            return;
        };
        spawn_local(async move {
            let Ok(codec) = codec(files.store, files.chunks).await else {
                files.store.announce(CHUNK_UNAVAILABLE);
                return;
            };
            let read = match fs_access::read(&handle, true).await {
                Ok(r) => r,
                Err(e) => {
                    files.set_status(
                        &id,
                        FileStatus::Failed(write_failure(&fs_access::error_name(&e))),
                    );
                    return;
                }
            };
            let document = read
                .text
                .as_deref()
                .map(|t| (codec.decode_document)(t.as_bytes()));
            match document {
                Some(Ok(doc)) if doc.evaluation.id == id && doc.kind == Kind::Evaluation => {
                    let stamp = FileStamp {
                        name: handle.name(),
                        size: read.size,
                        modified_ms: read.modified_ms,
                        revision: doc.evaluation.revision,
                        written_ms: files.store.now_ms(),
                    };
                    files.remember_stamp(&id, Some(&stamp));
                    files.set_status(&id, FileStatus::Saved { at_ms: stamp.written_ms });
                    files.store.load_version(doc.evaluation);
                    files.store.announce("De versie uit het werkbestand is geladen.");
                }
                Some(Err(error)) => {
                    files.store.announce(format!("Het werkbestand is niet te lezen: {error}"));
                }
                _ => files.store.announce(
                    "In het werkbestand staat nu een andere evaluatie. Kies 'Beide bewaren' om deze evaluatie in een nieuw bestand op te slaan.",
                ),
            }
        });
    }

    /// Conflict choice: this version goes into the file after all (the user chose to
    /// overwrite the other version).
    pub fn overwrite(&self, id: &str) {
        self.set_status(id, FileStatus::Saved { at_ms: 0 });
        self.write(id, false);
    }

    /// The text of the working file, for the merge view.
    pub async fn read_text(&self, id: &str) -> Option<String> {
        fs_access::read(&self.handle(id)?, true).await.ok()?.text
    }

    /// Files the operating system hands the installed app ("Openen met", double click; the
    /// manifest's `file_handlers`) arrive in the `launchQueue`: each opens as a working file.
    fn accept_launched_files(&self) {
        use wasm_bindgen::{closure::Closure, JsCast, JsValue};
        let files = *self;
        let Some(queue) = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("launchQueue")).ok())
            .filter(|q| q.is_object())
        else {
            return;
        };
        let consumer = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
            let handles = js_sys::Reflect::get(&params, &JsValue::from_str("files"))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Array>().ok());
            let Some(handle) =
                handles.and_then(|h| h.get(0).dyn_into::<FileSystemFileHandle>().ok())
            else {
                return;
            };
            spawn_local(async move {
                if let Some(id) = files.open_handle(handle).await {
                    crate::ui::router::navigate(&crate::ui::route::Route::Evaluation(
                        id,
                        crate::ui::route::EvaluationView::Overview,
                    ));
                }
            });
        });
        if let Ok(set) = js_sys::Reflect::get(&queue, &JsValue::from_str("setConsumer"))
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            // Fails only when the browser's launch queue is not what the standard says; then no
            // file comes in this way, and opening one by the import page still works.
            let _ = set.call1(&queue, consumer.as_ref());
        }
        consumer.forget();
    }

    /// Keeps the handle of a dropped file, where the browser gives one (Chromium: only during
    /// the drop event), so the import can offer to open it as the working file.
    pub fn remember_drop(&self, event: &web_sys::DragEvent) {
        use wasm_bindgen::{JsCast, JsValue};
        let transfer = event.data_transfer();
        let name = transfer
            .as_ref()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
            .map(|f| f.name());
        let item = transfer.and_then(|d| d.items().get(0));
        let promise = item.and_then(|item| {
            let ask = js_sys::Reflect::get(&item, &JsValue::from_str("getAsFileSystemHandle"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            ask.call0(&item).ok()?.dyn_into::<js_sys::Promise>().ok()
        });
        self.dropped.set_value(name.zip(promise));
    }

    /// Whether the file `name` the importer holds was dropped with a handle.
    pub fn dropped_with_handle(&self, name: &str) -> bool {
        self.supported
            && self
                .dropped
                .with_value(|d| d.as_ref().is_some_and(|(n, _)| n == name))
    }

    /// Opens the dropped file as the working file (the import choice "Openen als werkbestand").
    pub fn open_dropped(&self, done: impl FnOnce(Option<String>) + 'static) {
        let files = *self;
        let Some((_, promise)) = self.dropped.with_value(Clone::clone) else {
            return;
        };
        spawn_local(async move {
            use wasm_bindgen::JsCast;
            let handle = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|h| h.dyn_into::<FileSystemFileHandle>().ok());
            let id = match handle {
                Some(handle) => files.open_handle(handle).await,
                None => None,
            };
            done(id);
        });
    }

    /// "Werkbestand openen…": a file chosen by the user becomes the working file of the
    /// evaluation it holds, which is added to this browser when it is not here yet.
    pub fn open(&self) {
        let files = *self;
        spawn_local(async move {
            let Ok(handle) = fs_access::pick_open().await else {
                return;
            };
            if let Some(id) = files.open_handle(handle).await {
                crate::ui::router::navigate(&crate::ui::route::Route::Evaluation(
                    id,
                    crate::ui::route::EvaluationView::Overview,
                ));
            }
        });
    }

    /// Opens `handle` as a working file (also for a file the operating system gave the
    /// installed app). Returns the evaluation's id.
    pub async fn open_handle(&self, handle: FileSystemFileHandle) -> Option<String> {
        let Ok(codec) = codec(self.store, self.chunks).await else {
            self.store.announce(CHUNK_UNAVAILABLE);
            return None;
        };
        let read = match fs_access::read(&handle, true).await {
            Ok(r) => r,
            Err(_) => {
                self.store
                    .announce("Het bestand kon niet worden gelezen. Probeer het opnieuw.");
                return None;
            }
        };
        let doc = match (codec.decode_document)(read.text.unwrap_or_default().as_bytes()) {
            Ok(doc) if doc.kind == Kind::Evaluation => doc,
            Ok(doc) => {
                self.store.announce(format!(
                    "Dit is een {}, geen evaluatie. Open het via 'Importeren'.",
                    doc.kind.label()
                ));
                return None;
            }
            Err(error) => {
                self.store
                    .announce(format!("Dit bestand is niet te openen: {error}"));
                return None;
            }
        };
        let id = doc.evaluation.id.clone();
        let file_revision = doc.evaluation.revision;
        let here = self.store.with_untracked(&id, |e| e.revision);
        let stamp = FileStamp {
            name: handle.name(),
            size: read.size,
            modified_ms: read.modified_ms,
            revision: file_revision,
            written_ms: self.store.now_ms(),
        };
        self.remember_stamp(&id, Some(&stamp));
        self.attach(&id, handle).await;
        match here {
            None => {
                self.store.insert(doc.evaluation);
                self.set_status(
                    &id,
                    FileStatus::Saved {
                        at_ms: stamp.written_ms,
                    },
                );
                self.store
                    .announce(format!("{} is geopend als werkbestand.", stamp.name));
            }
            Some(revision) if revision == file_revision => {
                self.set_status(
                    &id,
                    FileStatus::Saved {
                        at_ms: stamp.written_ms,
                    },
                );
                self.store.announce(format!(
                    "{} is gekoppeld aan de evaluatie die al in deze browser stond.",
                    stamp.name
                ));
            }
            Some(_) => {
                // Both have changed: the user chooses, as in any conflict.
                self.set_status(&id, FileStatus::Conflict);
                self.store.announce(format!(
                    "{} hoort bij een evaluatie die al in deze browser staat, maar de versies verschillen. Kies welke versie u wilt houden.",
                    stamp.name
                ));
            }
        }
        Some(id)
    }
}
