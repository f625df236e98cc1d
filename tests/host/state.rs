//! Host tests of the state layer: the store and its sync with storage, with storage in memory,
//! a clock that stands still and counting ids. Two stores over one `MemoryStorage` play two
//! tabs of one browser; `other_tab_changed` is what the browser's `storage` event calls.

use std::rc::Rc;

use leptos::prelude::*;
use vth_competenties::domain::evaluation::{ActionItem, Evaluation};
use vth_competenties::domain::file_format::{decode_evaluation, encode_evaluation, LoadError};
use vth_competenties::state::env::{CountingIds, ManualClock};
use vth_competenties::state::{sync, Codec, Env, SaveState, Store};
use vth_competenties::storage::{self, KeyValue, MemoryStorage, SaveError, BACKUP_PREFIX};

const NOW: i64 = 1_768_433_400_000; // 2026-01-14T23:30:00Z, 00:30 on the 15th in Amsterdam

fn env(kv: &Rc<MemoryStorage>) -> (Env, Rc<ManualClock>) {
    let clock = ManualClock::new(NOW, 60);
    let env = Env {
        storage: kv.clone(),
        clock: clock.clone(),
        ids: Rc::new(CountingIds::default()),
    };
    (env, clock)
}

/// A store over `kv`, as a newly opened tab.
fn tab(kv: &Rc<MemoryStorage>) -> Store {
    Store::open(env(kv).0)
}

fn with_owner<T>(f: impl FnOnce() -> T) -> T {
    Owner::new().with(f)
}

fn stored(kv: &MemoryStorage, id: &str) -> Evaluation {
    decode_evaluation(&kv.get(&storage::key_of(id)).expect("stored")).expect("readable")
}

/// Two tabs over one storage, both showing one saved evaluation ("Eerst").
fn two_tabs() -> (Rc<MemoryStorage>, Store, Store, String) {
    let kv = MemoryStorage::new();
    let a = tab(&kv);
    let id = a.create(|e| e.organisation = "Eerst".into());
    sync::flush(a);
    let b = tab(&kv);
    (kv, a, b, id)
}

/// Tab B saves first; tab A, still at the old revision, then edits and saves: a conflict.
fn conflicting_tabs() -> (Rc<MemoryStorage>, Store, Store, String) {
    let (kv, a, b, id) = two_tabs();
    b.evaluation(&id)
        .update(|e| e.organisation = "Van tab B".into());
    sync::flush(b);
    a.evaluation(&id)
        .update(|e| e.organisation = "Van tab A".into());
    sync::flush(a);
    (kv, a, b, id)
}

fn organisation(store: Store, id: &str) -> String {
    store
        .with_untracked(id, |e| e.organisation.clone())
        .unwrap_or_default()
}

#[test]
fn a_change_is_saved_by_flush_and_read_back_by_a_new_tab() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let store = tab(&kv);
        let id = store.create(|e| e.organisation = "RUD Zeeland".into());
        assert!(store.has_unsaved());
        sync::flush(store);
        assert!(!store.has_unsaved());
        assert_eq!(
            store.save_state().get_untracked(),
            SaveState::Saved { at_ms: NOW }
        );
        assert_eq!(stored(&kv, &id).organisation, "RUD Zeeland");
        assert_eq!(stored(&kv, &id).revision, 1);

        store
            .evaluation(&id)
            .update(|e| e.period = "2025-2026".into());
        sync::flush(store);
        let other = tab(&kv);
        assert_eq!(
            other.with_untracked(&id, |e| e.period.clone()).unwrap(),
            "2025-2026"
        );
        assert_eq!(other.with_untracked(&id, |e| e.revision).unwrap(), 2);
    });
}

#[test]
fn a_newer_save_from_another_tab_is_never_overwritten() {
    with_owner(|| {
        let (kv, a, _b, id) = conflicting_tabs();

        assert_eq!(
            stored(&kv, &id).organisation,
            "Van tab B",
            "B's save is kept"
        );
        let conflicts = a.conflicts().get_untracked();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].organisation, "Van tab B");
        assert_eq!(
            organisation(a, &id),
            "Van tab A",
            "A's work is still on screen"
        );
    });
}

#[test]
fn take_theirs_loads_the_other_tabs_version_and_drops_the_unsaved_change() {
    with_owner(|| {
        let (kv, a, _b, id) = conflicting_tabs();

        let epoch = a.epoch().get_untracked();
        a.take_theirs(&id);
        assert_eq!(organisation(a, &id), "Van tab B");
        assert!(a.conflicts().get_untracked().is_empty());
        assert!(!a.is_dirty(&id));
        assert!(a.epoch().get_untracked() > epoch, "forms are drawn again");
        // From now on A saves on top of B's revision.
        a.evaluation(&id).update(|e| e.period = "2025-2026".into());
        sync::flush(a);
        let now = stored(&kv, &id);
        assert_eq!(
            (now.organisation.as_str(), now.period.as_str()),
            ("Van tab B", "2025-2026")
        );
    });
}

#[test]
fn keep_both_saves_this_tabs_work_as_a_copy_beside_the_other() {
    with_owner(|| {
        let (kv, a, _b, id) = conflicting_tabs();

        a.keep_mine_as_copy(&id);
        sync::flush(a);
        let all = storage::load_all(kv.as_ref(), NOW).evaluations;
        let mut names: Vec<&str> = all.iter().map(|e| e.organisation.as_str()).collect();
        names.sort();
        assert_eq!(names, ["Van tab A (kopie)", "Van tab B"]);
        assert!(a.conflicts().get_untracked().is_empty());
    });
}

#[test]
fn the_storage_event_loads_other_tabs_saves_or_raises_a_conflict_when_dirty() {
    with_owner(|| {
        let (kv, a, b, id) = two_tabs();
        let key = storage::key_of(&id);

        b.evaluation(&id)
            .update(|e| e.organisation = "Nieuw uit B".into());
        sync::flush(b);
        sync::other_tab_changed(a, &key, kv.get(&key));
        assert_eq!(organisation(a, &id), "Nieuw uit B", "clean: loaded");

        a.evaluation(&id).update(|e| e.contact = "Typt in A".into());
        b.evaluation(&id)
            .update(|e| e.organisation = "Weer B".into());
        sync::flush(b);
        sync::other_tab_changed(a, &key, kv.get(&key));
        assert_eq!(organisation(a, &id), "Nieuw uit B", "dirty: not replaced");
        assert_eq!(a.conflicts().get_untracked()[0].organisation, "Weer B");

        // Deleted in B: A forgets it only when it has no unsaved work on it.
        sync::other_tab_changed(a, &key, None);
        assert!(a.with_untracked(&id, |_| ()).is_some(), "dirty: kept");
        // A key that is not an evaluation's changes nothing; a clean tab forgets a deletion.
        sync::other_tab_changed(b, "iets-anders", None);
        assert!(b.with_untracked(&id, |_| ()).is_some());
        sync::flush(b);
        sync::other_tab_changed(b, &key, None);
        assert!(b.with_untracked(&id, |_| ()).is_none(), "clean: forgotten");
    });
}

#[test]
fn unreadable_stored_data_is_moved_aside_byte_for_byte() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let good = encode_evaluation(&Evaluation::new("goed".into(), 0), 0);
        let bad =
            "{\"kind\": \"vth-competenties/evaluatie\", \"schema\": 1, \"evaluation\": {\"id\": "
                .to_string()
                + "\u{0}é";
        kv.set(&storage::key_of("goed"), &good).unwrap();
        kv.set(&storage::key_of("stuk"), &bad).unwrap();

        let store = tab(&kv);
        assert!(store.with_untracked("goed", |_| ()).is_some());
        let problems = store.problems().get_untracked();
        assert_eq!(problems.len(), 1);
        let problem = &problems[0];
        assert!(problem.moved_aside);
        assert!(problem.key.starts_with(BACKUP_PREFIX));
        assert_eq!(
            kv.get(&problem.key).as_deref(),
            Some(bad.as_str()),
            "byte for byte"
        );
        assert_eq!(
            kv.get(&storage::key_of("stuk")),
            None,
            "no longer in the evaluation slot"
        );
        assert!(matches!(
            problem.error,
            LoadError::Incomplete { .. } | LoadError::NotJson { .. }
        ));

        // Opening again does not move it twice; discarding removes only the kept bytes.
        let again = tab(&kv);
        assert_eq!(again.problems().get_untracked().len(), 1);
        sync::discard_problem(again, &problem.key);
        assert_eq!(kv.get(&problem.key), None);
        assert!(kv.get(&storage::key_of("goed")).is_some());
    });
}

#[test]
fn data_of_a_newer_schema_is_left_untouched() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let newer =
            r#"{"kind":"vth-competenties/evaluatie","schema":99,"evaluation":{"id":"nieuw"}}"#;
        kv.set(&storage::key_of("nieuw"), newer).unwrap();
        let before = kv.snapshot();
        let store = tab(&kv);
        let problems = store.problems().get_untracked();
        assert_eq!(problems.len(), 1);
        assert!(!problems[0].moved_aside);
        assert!(matches!(
            problems[0].error,
            LoadError::NewerSchema { found: 99, .. }
        ));
        sync::flush(store);
        assert_eq!(kv.snapshot(), before, "nothing written, nothing moved");
    });
}

#[test]
fn a_full_storage_keeps_the_change_dirty_and_the_next_flush_saves_it() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let store = tab(&kv);
        let id = store.create(|e| e.organisation = "Klein".into());
        sync::flush(store);
        kv.set_quota(Some(
            kv.snapshot()
                .iter()
                .map(|(k, v)| k.len() + v.len())
                .sum::<usize>()
                + 10,
        ));

        store
            .evaluation(&id)
            .update(|e| e.contact = "x".repeat(5_000));
        sync::flush(store);
        assert_eq!(
            store.save_state().get_untracked(),
            SaveState::Failed(SaveError::Full)
        );
        assert!(store.is_dirty(&id), "kept dirty for the next try");
        assert_eq!(
            stored(&kv, &id).contact,
            "",
            "the stored copy is the last good one"
        );
        assert_eq!(store.with_untracked(&id, |e| e.contact.len()), Some(5_000));

        // Still failing: the failure stays on screen, even when a new change is pending.
        sync::mark_pending(store);
        assert!(matches!(
            store.save_state().get_untracked(),
            SaveState::Failed(_)
        ));

        kv.set_quota(None);
        sync::flush(store);
        assert_eq!(
            store.save_state().get_untracked(),
            SaveState::Saved { at_ms: NOW }
        );
        assert_eq!(stored(&kv, &id).contact.len(), 5_000);
        assert_eq!(
            store.announcement().get_untracked(),
            "Alles is weer opgeslagen in deze browser."
        );
    });
}

#[test]
fn blocked_storage_says_so_and_keeps_the_work_in_memory() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        kv.set_blocked(true);
        let store = tab(&kv);
        let id = store.create(|e| e.organisation = "Privévenster".into());
        sync::flush(store);
        assert_eq!(
            store.save_state().get_untracked(),
            SaveState::Failed(SaveError::NotAllowed)
        );
        assert_eq!(organisation(store, &id), "Privévenster");
        assert!(store.is_dirty(&id));
    });
}

#[test]
fn delete_removes_it_from_storage_and_undo_puts_it_back() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let store = tab(&kv);
        let id = store.create(|e| e.organisation = "Weg ermee".into());
        sync::flush(store);
        store.delete(&id);
        sync::flush(store);
        assert_eq!(kv.get(&storage::key_of(&id)), None);
        assert_eq!(
            store.announcement().get_untracked(),
            "'Weg ermee' is verwijderd."
        );

        store.undo_delete();
        sync::flush(store);
        assert_eq!(stored(&kv, &id).organisation, "Weg ermee");
        assert_eq!(
            store.save_state().get_untracked(),
            SaveState::Saved { at_ms: NOW }
        );
        assert!(store.last_deleted().get_untracked().is_none());
    });
}

#[test]
fn changes_carry_the_injected_clock_and_ids() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let (env, clock) = env(&kv);
        let store = Store::open(env);
        let id = store.create(|_| {});
        assert_eq!(id, "ev-1");
        clock.advance(90_000);
        store
            .evaluation(&id)
            .update(|e| e.period = "2026-2027".into());
        assert_eq!(
            store.with_untracked(&id, |e| e.updated_ms),
            Some(NOW + 90_000)
        );
        // 23:30 UTC is 00:30 the next day in Amsterdam: "today" is the user's day.
        assert_eq!(store.today().to_iso(), "2026-01-15");
    });
}

/// Re-importing an identical reply bumped the revision and rewrote the working file
/// (issue 23): through `update_if_changed`, a change that changes nothing is none.
#[test]
fn a_change_that_changes_nothing_is_not_saved_and_keeps_the_revision() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let (env, clock) = env(&kv);
        let store = Store::open(env);
        let id = store.create(|e| e.organisation = "RUD Utrecht".into());
        sync::flush(store);
        let (revision, updated) = (stored(&kv, &id).revision, stored(&kv, &id).updated_ms);
        clock.advance(60_000);

        assert!(!store.update_if_changed(&id, |e| e.organisation = "RUD Utrecht".into()));
        assert!(!store.has_unsaved(), "nothing to save");
        assert_eq!(store.with_untracked(&id, |e| e.updated_ms), Some(updated));
        sync::flush(store);
        assert_eq!(stored(&kv, &id).revision, revision, "the same revision");

        // A real change still counts.
        assert!(store.update_if_changed(&id, |e| e.organisation = "RUD Utrecht (nieuw)".into()));
        assert!(store.has_unsaved());
        assert_eq!(
            store.with_untracked(&id, |e| e.updated_ms),
            Some(NOW + 60_000)
        );
        sync::flush(store);
        assert_eq!(stored(&kv, &id).revision, revision + 1);
        assert!(
            !store.update_if_changed("ev-bestaat-niet", |_| {}),
            "not here"
        );
    });
}

/// Two list items added within one millisecond got the same id (`now` in hex) and the
/// second edit went to the first row. Ids now come from the id source, never from the clock.
#[test]
fn two_items_added_in_the_same_millisecond_get_different_ids() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let store = tab(&kv);
        let ev = store.evaluation(&store.create(|_| {}));
        for _ in 0..2 {
            let id = store.new_id("actie");
            ev.update(|e| {
                e.conclusions.actions.push(ActionItem {
                    id,
                    ..ActionItem::default()
                })
            });
        }
        let ids = ev.with_untracked(|e| {
            e.conclusions
                .actions
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        });
        let ids = ids.unwrap();
        assert_ne!(ids[0], ids[1]);
        let second = ids[1].clone();
        ev.update(|e| e.action_mut(&second).unwrap().what = "Alleen de tweede".into());
        let whats = ev.with_untracked(|e| {
            e.conclusions
                .actions
                .iter()
                .map(|a| a.what.clone())
                .collect::<Vec<_>>()
        });
        assert_eq!(whats.unwrap(), ["", "Alleen de tweede"]);
    });
}

#[test]
fn an_evaluation_ref_reads_memoises_and_writes_one_evaluation() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let store = tab(&kv);
        let a = store.evaluation(&store.create(|e| e.organisation = "A".into()));
        let b = store.evaluation(&store.create(|e| e.organisation = "B".into()));
        let name = a.memo(|e| e.organisation.clone());
        assert_eq!(name.get_untracked(), "A");
        let set = a.setter(|e, v: String| e.organisation = v);
        set.run("A2".into());
        assert_eq!(name.get_untracked(), "A2");
        assert_eq!(b.with_untracked(|e| e.organisation.clone()).unwrap(), "B");
        store.delete(&a.id());
        assert_eq!(name.get_untracked(), "", "default once gone");
        assert!(a.get_untracked().is_none());
    });
}

/// The start page's store (`Store::start`) reads nothing in full until it gets its codec;
/// before that it names the own evaluation last worked on from a quick look, the same one the
/// full read gives, and passes over what the full read refuses. Without the codec it knows no
/// evaluation and writes nothing.
#[test]
fn a_started_store_names_the_latest_own_evaluation_before_reading_storage() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let (env_a, clock) = env(&kv);
        let a = Store::open(env_a);
        let older = a.create(|e| {
            e.organisation = "Gemeente Oud".into();
            e.period = "2023-2024".into();
        });
        clock.advance(1000);
        let newer = a.create(|e| e.organisation = "Gemeente Nieuw".into());
        clock.advance(1000);
        // A copy being filled in for someone else is not the organisation's own evaluation.
        let copy = a.create(|e| {
            e.organisation = "Kopie van later".into();
            e.mode = vth_competenties::domain::evaluation::Mode::assessor("elders", "Sanne");
        });
        sync::flush(a);
        // Newer, but of a schema this version does not know: the full read leaves it aside.
        kv.set(
            &storage::key_of("toekomst"),
            &format!(
                r#"{{"kind":"vth-competenties/evaluatie","schema":99,"evaluation":{{"id":"toekomst","updated_ms":{}}}}}"#,
                NOW + 10_000
            ),
        )
        .unwrap();

        let before = kv.snapshot();
        let b = Store::start(env(&kv).0);
        let peeked = b.latest_own();
        assert_eq!(peeked, Some((newer.clone(), "Gemeente Nieuw".to_string())));
        assert!(b.codec().is_none());
        assert!(
            b.with_untracked(&older, |_| ()).is_none(),
            "without the codec nothing is read"
        );
        sync::flush(b);
        assert!(
            b.problems().get_untracked().is_empty(),
            "nothing read in full yet"
        );
        assert_eq!(kv.snapshot(), before, "a look changes nothing");

        b.attach(Codec::NATIVE);
        assert_eq!(b.latest_own(), peeked, "the full read agrees");
        assert_eq!(
            b.problems().get_untracked().len(),
            1,
            "the newer one is reported"
        );
        assert!(b.with_untracked(&older, |_| ()).is_some());
        assert!(b.with_untracked(&copy, |_| ()).is_some());
        assert_eq!(
            b.with_untracked(&older, |e| e.display_name()),
            Some("Gemeente Oud, 2023-2024".to_string())
        );
    });
}

/// Nothing in the app changes an evaluation before the store has its codec (pages wait for
/// it), but if something did, the full read would not wipe it out: it stays, and is saved.
#[test]
fn what_was_added_before_the_codec_arrived_stays_and_is_saved_after() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let a = Store::open(env(&kv).0);
        let stored = a.create(|e| e.organisation = "Gemeente Opgeslagen".into());
        sync::flush(a);

        let b = Store::start(env(&kv).0);
        let early = b.create(|e| {
            // Both stores count ids from one; this one must not stand on the stored one.
            e.id = "ev-vroeg".into();
            e.organisation = "Gemeente Vroeg".into();
        });
        sync::flush(b);
        assert!(
            storage::load_all(kv.as_ref(), NOW)
                .evaluations
                .iter()
                .all(|e| e.id != early),
            "no write without the codec"
        );
        assert!(b.has_unsaved(), "the change waits");

        b.attach(Codec::NATIVE);
        assert!(b.with_untracked(&stored, |_| ()).is_some(), "storage read");
        assert!(
            b.with_untracked(&early, |_| ()).is_some(),
            "the early one kept"
        );
        sync::flush(b);
        let saved = storage::load_all(kv.as_ref(), NOW).evaluations;
        assert!(saved
            .iter()
            .any(|e| e.id == early && e.organisation == "Gemeente Vroeg"));
        assert!(saved.iter().any(|e| e.id == stored));
    });
}

/// Before it has read storage (no codec yet), a store's quick look at it follows what another
/// tab saves: the start page does not keep showing an old name.
#[test]
fn the_quick_look_follows_what_another_tab_saves() {
    with_owner(|| {
        let kv = MemoryStorage::new();
        let a = Store::open(env(&kv).0);
        let id = a.create(|e| e.organisation = "Gemeente Oud".into());
        sync::flush(a);

        let b = Store::start(env(&kv).0);
        let latest = Memo::new(move |_| b.latest_own().map(|(_, name)| name));
        assert_eq!(latest.get_untracked().as_deref(), Some("Gemeente Oud"));

        a.update(&id, |e| e.organisation = "Gemeente Nieuw".into());
        sync::flush(a);
        let key = storage::key_of(&id);
        sync::other_tab_changed(b, &key, kv.get(&key));
        assert_eq!(latest.get_untracked().as_deref(), Some("Gemeente Nieuw"));
        assert!(b.codec().is_none(), "still nothing read in full");
    });
}
