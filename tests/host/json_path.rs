//! Host tests: `json_path` names the same field as `serde_path_to_error`, the path-tracking
//! deserializer it replaced, for every value of a full evaluation and of a contribution
//! replaced by a value of each other type, and for every field taken out.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::evaluation::Evaluation;
use vth_competenties::domain::file_format::json_path;
use vth_competenties::domain::network::{make_contribution, Contribution};

use crate::common::filled;

fn theirs<T: DeserializeOwned>(value: &Value) -> Result<(), String> {
    serde_path_to_error::deserialize::<_, T>(value)
        .map(|_| ())
        .map_err(|e| e.path().to_string())
}

fn ours<T: DeserializeOwned>(value: &Value) -> Result<(), String> {
    json_path::deserialize::<T>(value)
        .map(|_| ())
        .map_err(|path| path.to_string())
}

/// The way a file is read when no migration changed it: its own text first (pretty-printed,
/// as the app writes files).
fn ours_from_text<T: DeserializeOwned>(value: &Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).unwrap();
    json_path::deserialize_text::<T>(&text, value)
        .map(|_| ())
        .map_err(|path| path.to_string())
}

/// Every place in `value`, as JSON pointers (objects' fields and lists' items).
fn places(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(here.clone());
                places(v, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let here = format!("{at}/{i}");
                out.push(here.clone());
                places(v, &here, out);
            }
        }
        _ => {}
    }
}

/// Changes `document` at every place in every way, and compares both paths each time.
fn same_paths<T: DeserializeOwned>(document: &Value) -> usize {
    assert_eq!(ours::<T>(document), Ok(()), "the document itself loads");
    let mut pointers = Vec::new();
    places(document, "", &mut pointers);
    let others = [
        json!(null),
        json!(true),
        json!(-7),
        json!(300),
        json!(1.5),
        json!("tekst"),
        json!([]),
        json!([1, "a"]),
        json!({}),
        json!({"x": 1}),
    ];
    let mut refused = 0;
    for pointer in &pointers {
        let mut changes: Vec<Value> = others
            .iter()
            .map(|other| {
                let mut changed = document.clone();
                *changed.pointer_mut(pointer).unwrap() = other.clone();
                changed
            })
            .collect();
        // Taken out: a field from its block, an item from its list.
        let (parent, last) = pointer.rsplit_once('/').unwrap();
        let mut without = document.clone();
        match without.pointer_mut(parent).unwrap() {
            Value::Object(map) => {
                map.remove(&last.replace("~1", "/").replace("~0", "~"));
            }
            Value::Array(items) => {
                items.remove(last.parse::<usize>().unwrap());
            }
            _ => unreachable!(),
        }
        changes.push(without);
        for changed in &changes {
            let expected = theirs::<T>(changed);
            assert_eq!(ours::<T>(changed), expected, "at {pointer}: {changed}");
            assert_eq!(ours_from_text::<T>(changed), expected, "text, at {pointer}");
            refused += usize::from(expected.is_err());
        }
    }
    refused
}

#[test]
fn a_changed_evaluation_is_refused_at_the_same_field_as_before() {
    let mut ev = filled();
    ev.organisation = "Gemeente \"Aan\" de {Rijn} [x], met \\ en /".into();
    // A field of a newer version, with brackets, quotes and a colon in its name and value.
    ev.unknown.insert(
        "nieuw \"veld\": {[".into(),
        json!({"a\\": ["]}", {"b:": null}]}),
    );
    let refused = same_paths::<Evaluation>(&serde_json::to_value(&ev).unwrap());
    assert!(refused > 100, "only {refused} changes were refused");
}

#[test]
fn a_changed_contribution_is_refused_at_the_same_field_as_before() {
    let mut ev = filled();
    ev.contribution.with_action_texts = true;
    let c = make_contribution(&ev, Catalogue::current(), 1_750_000_000_000);
    let refused = same_paths::<Contribution>(&serde_json::to_value(&c).unwrap());
    assert!(refused > 20, "only {refused} changes were refused");
}

#[test]
fn paths_read_as_before() {
    use json_path::{Path, Segment};
    assert_eq!(Path::default().to_string(), ".");
    let path = Path(vec![
        Segment::Key("evaluation".into()),
        Segment::Key("actions".into()),
        Segment::Index(2),
        Segment::Key("text".into()),
    ]);
    assert_eq!(path.to_string(), "evaluation.actions[2].text");
    assert_eq!(Path(vec![Segment::Index(0)]).to_string(), "[0]");
}
