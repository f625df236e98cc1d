//! Host tests: a file written by a newer version of the app survives a round trip through
//! this one. Fields this version does not know, at every level, are loaded, kept through
//! edits, saves and exports, and written back unchanged.

use std::rc::Rc;

use leptos::prelude::*;
use serde_json::{json, Value};
use vth_competenties::domain::exchange::export;
use vth_competenties::domain::file_format::{decode_document, Kind};
use vth_competenties::state::env::{CountingIds, ManualClock};
use vth_competenties::state::{sync, Env, Store};
use vth_competenties::storage::{self, KeyValue, MemoryStorage};

/// Where a newer version put something, and what.
fn extras() -> Vec<(&'static str, Value)> {
    vec![
        ("/zz_envelope", json!({"signed": "later"})),
        ("/evaluation/zz_evaluation", json!("nieuw veld")),
        ("/evaluation/self_evaluation/zz_self", json!([1, 2, 3])),
        (
            "/evaluation/self_evaluation/profiles/casemanager/zz_profile",
            json!({"bronnen": ["documenten", "gesprekken"]}),
        ),
        (
            "/evaluation/self_evaluation/assessors/0/zz_assessor",
            json!("teamleider"),
        ),
        (
            "/evaluation/self_evaluation/assessors/0/scores/casemanager/zz_score",
            json!(4.5),
        ),
        ("/evaluation/peer_review/zz_peer", json!(true)),
        (
            "/evaluation/peer_review/own_questions/0/zz_question",
            json!(null),
        ),
        (
            "/evaluation/peer_review/replies/0/zz_reply",
            json!({"a": {"b": "c"}}),
        ),
        ("/evaluation/conclusions/zz_conclusions", json!("x")),
        (
            "/evaluation/conclusions/actions/0/zz_action",
            json!({"herkomst": "bottom-up"}),
        ),
    ]
}

fn newer_file() -> String {
    let mut doc = json!({
        "kind": "vth-competenties/evaluatie",
        "schema": 1,
        "app_version": "9.9.9",
        "written_ms": 1,
        "evaluation": {
            "id": "ev-nieuw",
            "organisation": "Gemeente Ede",
            "mode": {"type": "own"},
            "self_evaluation": {
                "profiles": {"casemanager": {"score": 3, "explanation": "Goed"}},
                "assessors": [{"id": "a1", "name": "", "scores": {"casemanager": {"score": 4}}}]
            },
            "peer_review": {
                "own_questions": [{"id": "q1", "text": "Eigen vraag"}],
                "replies": [{"id": "r1", "peer_organisation": "RUD"}]
            },
            "conclusions": {"actions": [{"id": "act1", "what": "Training"}]}
        }
    });
    for (path, value) in extras() {
        let (parent, key) = path.rsplit_once('/').unwrap();
        doc.pointer_mut(parent)
            .unwrap_or_else(|| panic!("{parent}"))
            .as_object_mut()
            .unwrap()
            .insert(key.to_string(), value);
    }
    doc.to_string()
}

fn assert_extras_kept(text: &str, what: &str) {
    let doc: Value = serde_json::from_str(text).unwrap();
    for (path, value) in extras() {
        assert_eq!(doc.pointer(path), Some(&value), "{what}: {path}");
    }
}

/// The domain alone (this also compiles against the app before unknown fields were kept, and
/// fails there): read, edit, write.
#[test]
fn decode_then_encode_keeps_unknown_fields() {
    let mut ev = decode_document(newer_file().as_bytes()).unwrap().evaluation;
    ev.organisation.push_str(" (bewerkt)");
    let text = vth_competenties::domain::file_format::encode_evaluation(&ev, 2);
    assert_extras_kept(&text, "written again");
}

#[test]
fn unknown_fields_at_every_level_survive_load_edit_save_and_export() {
    Owner::new().with(|| {
        let file = newer_file();
        let document = decode_document(file.as_bytes()).expect("a newer minor file loads");

        // Opened in this browser (as "openen als nieuwe evaluatie" does) and edited.
        let kv = MemoryStorage::new();
        let store = Store::open(Env {
            storage: kv.clone(),
            clock: ManualClock::new(1_000, 60),
            ids: Rc::new(CountingIds::default()),
        });
        let id = store.insert(document.evaluation);
        let ev = store.evaluation(&id);
        ev.update(|e| {
            e.organisation = "Gemeente Ede (bewerkt)".into();
            e.assessment_mut("casemanager").explanation = "Beter".into();
            e.conclusions.actions[0].what = "Training, bewerkt".into();
            e.peer_review.own_questions[0].notes = "Aantekening".into();
        });
        sync::flush(store);
        let saved = kv.get(&storage::key_of(&id)).unwrap();
        assert_extras_kept(&saved, "saved in the browser");

        // Read back by a new tab, edited again, exported as a file.
        let tab = Store::open(store.env());
        tab.evaluation(&id)
            .update(|e| e.period = "2025-2026".into());
        let exported = export(
            Kind::Evaluation,
            &tab.evaluation(&id).get_untracked().unwrap(),
            2,
        );
        assert_extras_kept(&exported, "exported");
        let doc: Value = serde_json::from_str(&exported).unwrap();
        assert_eq!(
            doc.pointer("/evaluation/organisation"),
            Some(&json!("Gemeente Ede (bewerkt)"))
        );
        assert_eq!(
            doc.pointer("/evaluation/conclusions/actions/0/what"),
            Some(&json!("Training, bewerkt"))
        );
        assert_eq!(doc.pointer("/evaluation/period"), Some(&json!("2025-2026")));
    });
}

#[test]
fn unknown_fields_of_an_assessor_and_a_peer_copy_survive_too() {
    for (kind, mode) in [
        (
            Kind::AssessorForm,
            json!({"type": "assessor", "source_id": "bron", "assessor": "Anna", "zz_role": "teamleider toezicht"}),
        ),
        (
            Kind::PeerReply,
            json!({"type": "peer", "source_id": "bron", "peer_organisation": "RUD", "author": "Sam", "zz_team": "VTH"}),
        ),
    ] {
        let file =
            json!({"kind": kind.tag(), "schema": 1, "evaluation": {"id": "kopie", "mode": mode}})
                .to_string();
        let doc = decode_document(file.as_bytes()).unwrap();
        let written: Value = serde_json::from_str(&export(kind, &doc.evaluation, 3)).unwrap();
        // Every field that came in is written back as it was (known ones may be joined by
        // fields this version adds, with their defaults), except a person's name in a reply.
        for (key, value) in mode.as_object().unwrap() {
            if kind == Kind::PeerReply && key == "author" {
                // The one field left out on purpose: a reply names no people.
                assert_eq!(written["evaluation"]["mode"][key], json!(""));
                continue;
            }
            assert_eq!(
                &written["evaluation"]["mode"][key], value,
                "{kind:?}: {key}"
            );
        }
    }
}
