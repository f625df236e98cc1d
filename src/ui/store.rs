//! The evaluations of this browser, in memory: the app-wide store.
//!
//! Components change evaluations only through [`Store::update`] and friends; each change
//! marks the evaluation dirty, and `persistence` (installed once at the root) writes dirty
//! evaluations to storage. Components never touch storage.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::evaluation::Evaluation;
use crate::storage::{SaveError, StoredProblem};

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
    pub evaluations: RwSignal<Vec<Evaluation>>,
    pub save_state: RwSignal<SaveState>,
    /// Stored data that could not be loaded; kept, shown in a banner.
    pub problems: RwSignal<Vec<StoredProblem>>,
    /// Newer versions saved by another tab while this tab had unsaved changes.
    pub conflicts: RwSignal<Vec<Evaluation>>,
    /// Goes up when an evaluation is replaced from outside the forms (another tab, a
    /// conflict choice), so the forms show the new text.
    pub epoch: RwSignal<u64>,
    /// The evaluation deleted last, for "ongedaan maken" while the page is open.
    pub last_deleted: RwSignal<Option<Evaluation>>,
    /// A short status message for screen readers and sighted users alike.
    pub announcement: RwSignal<String>,
    dirty: StoredValue<BTreeSet<String>>,
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A fresh, random evaluation id.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("ev-{:x}-{random:08x}", now_ms())
}

impl Store {
    pub fn new(evaluations: Vec<Evaluation>, problems: Vec<StoredProblem>) -> Self {
        Store {
            evaluations: RwSignal::new(evaluations),
            save_state: RwSignal::new(SaveState::Idle),
            problems: RwSignal::new(problems),
            conflicts: RwSignal::new(Vec::new()),
            epoch: RwSignal::new(0),
            last_deleted: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            dirty: StoredValue::new(BTreeSet::new()),
        }
    }

    fn mark_dirty(&self, id: &str) {
        self.dirty.update_value(|d| {
            d.insert(id.to_string());
        });
    }

    /// Ids changed since the last save, emptied.
    pub fn take_dirty(&self) -> BTreeSet<String> {
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
    pub fn keep_dirty(&self, ids: impl IntoIterator<Item = String>) {
        self.dirty.update_value(|d| d.extend(ids));
    }

    /// Reads one evaluation (tracked).
    pub fn with<T>(&self, id: &str, f: impl FnOnce(&Evaluation) -> T) -> Option<T> {
        self.evaluations
            .with(|list| list.iter().find(|e| e.id == id).map(f))
    }

    /// Reads one evaluation without subscribing, without cloning it.
    pub fn with_untracked_evaluation<T>(
        &self,
        id: &str,
        f: impl FnOnce(&Evaluation) -> T,
    ) -> Option<T> {
        self.evaluations
            .with_untracked(|list| list.iter().find(|e| e.id == id).map(f))
    }

    /// Reads one evaluation without subscribing.
    pub fn get_untracked(&self, id: &str) -> Option<Evaluation> {
        self.evaluations
            .with_untracked(|list| list.iter().find(|e| e.id == id).cloned())
    }

    /// Creates an evaluation, lets `fill` set its first fields, and returns its id.
    pub fn create(&self, fill: impl FnOnce(&mut Evaluation)) -> String {
        let mut evaluation = Evaluation::new(new_id(), now_ms());
        fill(&mut evaluation);
        let id = evaluation.id.clone();
        self.evaluations.update(|list| list.push(evaluation));
        self.mark_dirty(&id);
        id
    }

    /// Adds an evaluation made elsewhere (imported, or a copy); returns its id.
    pub fn insert(&self, evaluation: Evaluation) -> String {
        let id = evaluation.id.clone();
        self.evaluations.update(|list| list.push(evaluation));
        self.mark_dirty(&id);
        id
    }

    /// Changes one evaluation; it is saved automatically.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Evaluation)) {
        let mut found = false;
        self.evaluations.update(|list| {
            if let Some(evaluation) = list.iter_mut().find(|e| e.id == id) {
                change(evaluation);
                evaluation.updated_ms = now_ms();
                found = true;
            }
        });
        if found {
            self.mark_dirty(id);
        }
    }

    /// Records the revision storage now holds, without counting as a change.
    pub fn set_saved_revision(&self, id: &str, revision: u64) {
        self.evaluations.update_untracked(|list| {
            if let Some(evaluation) = list.iter_mut().find(|e| e.id == id) {
                evaluation.revision = revision;
            }
        });
    }

    pub fn delete(&self, id: &str) {
        let mut removed = None;
        self.evaluations.update(|list| {
            if let Some(pos) = list.iter().position(|e| e.id == id) {
                removed = Some(list.remove(pos));
            }
        });
        if let Some(evaluation) = removed {
            self.announcement
                .set(format!("'{}' is verwijderd.", evaluation.display_name()));
            self.last_deleted.set(Some(evaluation));
            self.mark_dirty(id);
        }
    }

    pub fn undo_delete(&self) {
        if let Some(mut evaluation) = self.last_deleted.get_untracked() {
            // Storage no longer has it: the next save starts from an empty slot.
            evaluation.revision = 0;
            let (id, name) = (evaluation.id.clone(), evaluation.display_name());
            self.evaluations.update(|list| list.push(evaluation));
            self.last_deleted.set(None);
            self.mark_dirty(&id);
            self.announcement.set(format!("'{name}' is teruggezet."));
        }
    }

    /// Replaces an evaluation with a version from outside this page (another tab).
    pub fn replace_from_outside(&self, evaluation: Evaluation) {
        self.evaluations.update(
            |list| match list.iter_mut().find(|e| e.id == evaluation.id) {
                Some(slot) => *slot = evaluation,
                None => list.push(evaluation),
            },
        );
        self.epoch.update(|e| *e += 1);
    }

    /// Removes an evaluation that another tab deleted (only when nothing here is unsaved).
    pub fn forget(&self, id: &str) {
        self.evaluations.update(|list| list.retain(|e| e.id != id));
    }

    pub fn add_conflict(&self, theirs: Evaluation) {
        self.conflicts.update(|list| {
            list.retain(|e| e.id != theirs.id);
            list.push(theirs);
        });
    }

    /// Conflict choice: load the other tab's newer version; unsaved changes here are dropped.
    pub fn take_theirs(&self, id: &str) {
        if let Some(theirs) = self.take_conflict(id) {
            self.dirty.update_value(|d| {
                d.remove(id);
            });
            self.replace_from_outside(theirs);
            self.announcement
                .set("De nieuwste versie is geladen.".to_string());
        }
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
        mine.id = new_id();
        mine.revision = 0;
        mine.organisation = format!("{} (kopie)", mine.organisation.trim());
        let copy_id = mine.id.clone();
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        self.replace_from_outside(theirs);
        self.evaluations.update(|list| list.push(mine));
        self.mark_dirty(&copy_id);
        self.announcement
            .set("Uw versie is bewaard als kopie. De andere versie staat er ook.".to_string());
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

    pub fn remove_problem(&self, key: &str) {
        self.problems.update(|list| list.retain(|p| p.key != key));
    }
}

/// Makes the store available to every component below.
pub fn provide_store(store: Store) {
    provide_context(store);
}

/// The app's store.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
