//! The evaluations of this browser, in memory: the app-wide store.
//!
//! Its signals are private. Components read through typed accessors and change one
//! evaluation through its [`EvaluationRef`]; every change marks the evaluation dirty, and
//! [`super::sync`] (called from one place at the root) writes dirty evaluations to storage.
//! Storage, clock and ids come from the injected [`Env`], so all of this runs in host tests.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::codec::Codec;
use super::env::Env;
use super::evaluation_ref::EvaluationRef;
use crate::domain::dates::Date;
use crate::domain::evaluation::{Evaluation, Mode};
use crate::storage::{self, SaveError, StoredProblem};

#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the page opened.
    Idle,
    /// A change waits for the autosave (at most half a second).
    Pending,
    Saved {
        at_ms: i64,
    },
    /// The last write failed (full, or not allowed); the work is still in memory.
    Failed(SaveError),
}

#[derive(Clone, Copy)]
pub struct Store {
    /// Read through [`Store::list`], which reads storage first if that has not happened yet.
    evaluations: RwSignal<Vec<Evaluation>>,
    /// Whether storage has been read into `evaluations` (see [`Store::start`]); a signal, so
    /// what needs every stored evaluation can wait for it ([`Store::is_loaded`]).
    loaded: RwSignal<bool>,
    /// How evaluations are read and written; storage is read once it is here.
    codec: StoredValue<Option<Codec>>,
    save_state: RwSignal<SaveState>,
    /// Stored data that could not be loaded; kept, shown in a banner.
    problems: RwSignal<Vec<StoredProblem>>,
    /// Newer versions saved by another tab while this tab had unsaved changes.
    conflicts: RwSignal<Vec<Evaluation>>,
    /// Goes up when an evaluation is replaced from outside the forms (another tab, a
    /// conflict choice), so the forms show the new text.
    epoch: RwSignal<u64>,
    /// The evaluation deleted last, for "ongedaan maken" while the page is open.
    last_deleted: RwSignal<Option<Evaluation>>,
    /// A short status message for screen readers and sighted users alike.
    announcement: RwSignal<String>,
    dirty: StoredValue<BTreeSet<String>>,
    env: StoredValue<Env, LocalStorage>,
}

impl Store {
    /// Loads every evaluation from `env.storage` (unreadable values moved aside and reported),
    /// with the codec at hand (for host tests and tools; the app uses [`Store::start`]).
    pub fn open(env: Env) -> Store {
        let store = Store::start(env);
        store.attach(Codec::NATIVE);
        store
    }

    /// A store without its [`Codec`]: it reads storage once it gets one ([`Store::attach`]),
    /// which the root does when the browser is idle after the start page is drawn, and a
    /// page before it is drawn. The start page needs only [`Store::latest_own`], which takes a
    /// quick look at storage without the codec.
    pub fn start(env: Env) -> Store {
        Store {
            evaluations: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            codec: StoredValue::new(None),
            save_state: RwSignal::new(SaveState::Idle),
            problems: RwSignal::new(Vec::new()),
            conflicts: RwSignal::new(Vec::new()),
            epoch: RwSignal::new(0),
            last_deleted: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            dirty: StoredValue::new(BTreeSet::new()),
            env: StoredValue::new_local(env),
        }
    }

    /// Gives the store its codec and reads storage with it (the first codec stays).
    pub fn attach(&self, codec: Codec) {
        if self.codec.with_value(Option::is_none) {
            self.codec.set_value(Some(codec));
        }
        self.load();
    }

    /// Whether storage has been read (tracked): the working files of an earlier visit are
    /// restored then.
    pub fn is_loaded(&self) -> bool {
        self.loaded.get()
    }

    /// The codec, once attached.
    pub fn codec(&self) -> Option<Codec> {
        self.codec.get_value()
    }

    /// Reads every evaluation from storage, unless that has happened or there is no codec
    /// yet: unreadable values are moved aside and reported in [`Store::problems`]. What was
    /// added here before (nothing is, in the app: pages wait for the codec) stays.
    fn load(&self) {
        if self.loaded.get_untracked() {
            return;
        }
        let Some(codec) = self.codec() else {
            return;
        };
        self.loaded.set(true);
        let env = self.env();
        let loaded = (codec.load_all)(env.storage.as_ref(), env.now_ms());
        self.evaluations.update(|list| {
            let added = std::mem::replace(list, loaded.evaluations);
            for evaluation in added {
                if position(list, &evaluation.id).is_none() {
                    list.push(evaluation);
                }
            }
        });
        if !loaded.problems.is_empty() {
            self.problems.set(loaded.problems);
        }
    }

    /// The evaluations: every read and change goes through here, so storage is read first
    /// (once there is a codec).
    fn list(&self) -> RwSignal<Vec<Evaluation>> {
        self.load();
        self.evaluations
    }

    // --- services -------------------------------------------------------------------------

    pub fn env(&self) -> Env {
        self.env.get_value()
    }
    pub fn now_ms(&self) -> i64 {
        self.env.with_value(|e| e.now_ms())
    }
    /// The user's calendar date now.
    pub fn today(&self) -> Date {
        self.env.with_value(Env::today)
    }
    /// The user's calendar date at the moment `ms`.
    pub fn local_date(&self, ms: i64) -> Date {
        self.env.with_value(|e| e.local_date(ms))
    }
    /// Minutes the user's clock is ahead of UTC at `ms`.
    pub fn utc_offset_minutes(&self, ms: i64) -> i32 {
        self.env.with_value(|e| e.clock.utc_offset_minutes(ms))
    }
    /// A new id for an evaluation or a list item.
    pub fn new_id(&self, prefix: &str) -> String {
        self.env.with_value(|e| e.ids.new_id(prefix))
    }

    // --- reading --------------------------------------------------------------------------

    /// One evaluation, as a `Copy` handle for components.
    pub fn evaluation(&self, id: &str) -> EvaluationRef {
        EvaluationRef::new(*self, id)
    }

    /// Reads every evaluation (tracked).
    pub fn with_all<T>(&self, f: impl FnOnce(&[Evaluation]) -> T) -> T {
        self.list().with(|list| f(list))
    }

    /// Reads every evaluation without subscribing.
    pub fn with_all_untracked<T>(&self, f: impl FnOnce(&[Evaluation]) -> T) -> T {
        self.list().with_untracked(|list| f(list))
    }

    /// Reads one evaluation (tracked).
    pub fn with<T>(&self, id: &str, f: impl FnOnce(&Evaluation) -> T) -> Option<T> {
        self.list().with(|list| find(list, id).map(f))
    }

    /// Reads one evaluation without subscribing, without cloning it.
    pub fn with_untracked<T>(&self, id: &str, f: impl FnOnce(&Evaluation) -> T) -> Option<T> {
        self.list().with_untracked(|list| find(list, id).map(f))
    }

    /// A copy of one evaluation, without subscribing.
    pub fn get_untracked(&self, id: &str) -> Option<Evaluation> {
        self.with_untracked(id, Evaluation::clone)
    }

    /// The organisation's own evaluation last worked on: (id, name), tracked. Before storage
    /// is read (right at the start), from a quick look at it ([`storage::peek_latest_own`]).
    pub fn latest_own(&self) -> Option<(String, String)> {
        if !self.loaded.get_untracked() {
            self.evaluations.track();
            return storage::peek_latest_own(self.env().storage.as_ref());
        }
        self.with_all(|all| {
            all.iter()
                .filter(|e| e.mode == Mode::Own)
                .max_by_key(|e| e.updated_ms)
                .map(|e| (e.id.clone(), e.display_name()))
        })
    }

    /// The organisation's own evaluations (not copies): (id, name), untracked.
    pub fn own_evaluations(&self) -> Vec<(String, String)> {
        self.with_all_untracked(|list| {
            list.iter()
                .filter(|e| e.mode == Mode::Own)
                .map(|e| (e.id.clone(), e.display_name()))
                .collect()
        })
    }

    pub fn save_state(&self) -> ReadSignal<SaveState> {
        self.save_state.read_only()
    }
    pub fn problems(&self) -> ReadSignal<Vec<StoredProblem>> {
        self.problems.read_only()
    }
    pub fn conflicts(&self) -> ReadSignal<Vec<Evaluation>> {
        self.conflicts.read_only()
    }
    pub fn last_deleted(&self) -> ReadSignal<Option<Evaluation>> {
        self.last_deleted.read_only()
    }
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }
    /// Changes when evaluations are replaced from outside the forms: views that start from
    /// stored text draw again.
    pub fn epoch(&self) -> ReadSignal<u64> {
        self.epoch.read_only()
    }

    // --- changing -------------------------------------------------------------------------

    /// Says something to everyone: shown, and read out by screen readers.
    pub fn announce(&self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }

    /// Creates an evaluation, lets `fill` set its first fields, and returns its id.
    pub fn create(&self, fill: impl FnOnce(&mut Evaluation)) -> String {
        let mut evaluation = Evaluation::new(self.new_id("ev"), self.now_ms());
        fill(&mut evaluation);
        self.insert(evaluation)
    }

    /// Adds an evaluation made elsewhere (imported, or a copy); returns its id.
    pub fn insert(&self, evaluation: Evaluation) -> String {
        let id = evaluation.id.clone();
        self.list().update(|list| list.push(evaluation));
        self.mark_dirty(&id);
        id
    }

    /// Changes one evaluation; it is saved automatically. False when it is not here. For what
    /// the user changes on a page (a field's input event is a change); a change that may be
    /// none, such as importing a returned form, goes through [`Store::update_if_changed`].
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Evaluation)) -> bool {
        let now = self.now_ms();
        let mut found = false;
        self.list().update(|list| {
            if let Some(i) = position(list, id) {
                change(&mut list[i]);
                list[i].updated_ms = now;
                found = true;
            }
        });
        if found {
            self.mark_dirty(id);
        }
        found
    }

    /// Like [`Store::update`], but a change that leaves the evaluation as it was (a returned
    /// scoreformulier or reply imported again) is no change: nothing is told,
    /// no time is stamped and nothing is saved, so the revision and the working file stay as
    /// they are. True when the evaluation changed.
    ///
    /// Kept apart from `update` so the comparison of whole evaluations is code of the pages
    /// that import, not of the first load.
    pub fn update_if_changed(&self, id: &str, change: impl FnOnce(&mut Evaluation)) -> bool {
        let now = self.now_ms();
        let mut changed = false;
        self.list().maybe_update(|list| {
            if let Some(i) = position(list, id) {
                let before = list[i].clone();
                change(&mut list[i]);
                if list[i] != before {
                    list[i].updated_ms = now;
                    changed = true;
                }
            }
            changed
        });
        if changed {
            self.mark_dirty(id);
        }
        changed
    }

    pub fn delete(&self, id: &str) {
        let mut removed = None;
        self.list().update(|list| {
            if let Some(pos) = list.iter().position(|e| e.id == id) {
                removed = Some(list.remove(pos));
            }
        });
        if let Some(evaluation) = removed {
            self.announce(format!("'{}' is verwijderd.", evaluation.display_name()));
            self.last_deleted.set(Some(evaluation));
            self.mark_dirty(id);
        }
    }

    pub fn undo_delete(&self) {
        if let Some(mut evaluation) = self.last_deleted.get_untracked() {
            // Storage no longer has it: the next save starts from an empty slot.
            evaluation.revision = 0;
            let (id, name) = (evaluation.id.clone(), evaluation.display_name());
            self.list().update(|list| list.push(evaluation));
            self.last_deleted.set(None);
            self.mark_dirty(&id);
            self.announce(format!("'{name}' is teruggezet."));
        }
    }

    /// Conflict choice: load the other tab's newer version; unsaved changes here are dropped.
    pub fn take_theirs(&self, id: &str) {
        if let Some(theirs) = self.take_conflict(id) {
            self.dirty.update_value(|d| {
                d.remove(id);
            });
            self.replace_from_outside(theirs);
            self.announce("De nieuwste versie is geladen.");
        }
    }

    /// Replaces an evaluation with another version of it that the user chose (from its
    /// working file): every view shows it, and it is saved as the newest version here.
    pub fn load_version(&self, mut version: Evaluation) {
        if let Some(revision) = self.with_untracked(&version.id, |e| e.revision) {
            version.revision = revision;
        }
        let id = version.id.clone();
        self.replace_from_outside(version);
        self.mark_dirty(&id);
    }

    /// Conflict choice: keep both. The other tab's version stays under this id; the work of
    /// this tab is saved as a new evaluation named "(kopie)".
    pub fn keep_mine_as_copy(&self, id: &str) {
        let Some(theirs) = self.take_conflict(id) else {
            return;
        };
        let Some(mut mine) = self.get_untracked(id) else {
            return;
        };
        mine.id = self.new_id("ev");
        mine.revision = 0;
        mine.organisation = format!("{} (kopie)", mine.organisation.trim());
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        self.replace_from_outside(theirs);
        self.insert(mine);
        self.announce("Uw versie is bewaard als kopie. De andere versie staat er ook.");
    }

    fn take_conflict(&self, id: &str) -> Option<Evaluation> {
        let mut found = None;
        self.conflicts.update(|list| {
            if let Some(pos) = list.iter().position(|e| e.id == id) {
                found = Some(list.remove(pos));
            }
        });
        found
    }

    // --- for the sync with storage (super::sync) -------------------------------------------

    fn mark_dirty(&self, id: &str) {
        self.dirty.update_value(|d| {
            d.insert(id.to_string());
        });
    }

    /// Ids changed since the last save, emptied.
    pub(super) fn take_dirty(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        self.dirty.update_value(|d| std::mem::swap(d, &mut out));
        out
    }

    /// True while some change waits to be saved.
    pub fn has_unsaved(&self) -> bool {
        self.dirty.with_value(|d| !d.is_empty())
    }

    pub fn is_dirty(&self, id: &str) -> bool {
        self.dirty.with_value(|d| d.contains(id))
    }

    /// Puts ids back that could not be saved, so the next save tries again.
    pub(super) fn keep_dirty(&self, ids: impl IntoIterator<Item = String>) {
        self.dirty.update_value(|d| d.extend(ids));
    }

    /// Subscribes the running effect to every change of every evaluation.
    pub fn track_changes(&self) {
        // Not through `list`: before storage is read there is no change to save.
        self.evaluations.track();
    }

    pub(super) fn set_save_state(&self, state: SaveState) {
        self.save_state.set(state);
    }

    /// Records the revision storage now holds, without counting as a change.
    pub(super) fn set_saved_revision(&self, id: &str, revision: u64) {
        self.list().update_untracked(|list| {
            if let Some(evaluation) = list.iter_mut().find(|e| e.id == id) {
                evaluation.revision = revision;
            }
        });
    }

    /// Replaces an evaluation with a version from outside this page (another tab).
    pub(super) fn replace_from_outside(&self, evaluation: Evaluation) {
        self.list().update(
            |list| match list.iter_mut().find(|e| e.id == evaluation.id) {
                Some(slot) => *slot = evaluation,
                None => list.push(evaluation),
            },
        );
        self.epoch.update(|e| *e += 1);
    }

    /// Another tab saved an evaluation before this store read storage: what was seen by a
    /// quick look ([`Store::latest_own`]) is looked at again.
    pub(super) fn stored_elsewhere(&self) {
        if !self.loaded.get_untracked() {
            self.evaluations.update(|_| {});
        }
    }

    /// Removes an evaluation that another tab deleted (only when nothing here is unsaved).
    pub(super) fn forget(&self, id: &str) {
        self.list().update(|list| list.retain(|e| e.id != id));
    }

    pub(super) fn add_conflict(&self, theirs: Evaluation) {
        self.conflicts.update(|list| {
            list.retain(|e| e.id != theirs.id);
            list.push(theirs);
        });
    }

    pub(super) fn remove_problem(&self, key: &str) {
        self.problems.update(|list| list.retain(|p| p.key != key));
    }
}

/// Where the evaluation `id` is in `list`. Not generic, so the many typed reads share it.
fn position(list: &[Evaluation], id: &str) -> Option<usize> {
    list.iter().position(|e| e.id == id)
}

fn find<'a>(list: &'a [Evaluation], id: &str) -> Option<&'a Evaluation> {
    position(list, id).map(|i| &list[i])
}

/// Makes the store available to every component below.
pub fn provide_store(store: Store) {
    provide_context(store);
}

/// The app's store.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
