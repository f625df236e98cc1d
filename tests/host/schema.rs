//! Host tests: docs/file-format.schema.json describes what the app writes, and refuses what
//! the app refuses.

use crate::common::{evaluation, filled};
use proptest::prelude::*;
use serde_json::{json, Value};
use vth_competenties::domain::evaluation::Mode;
use vth_competenties::domain::exchange::{assessor_form, peer_package};
use vth_competenties::domain::file_format::{decode_document, encode_document, Kind};

/// The schema's validator, built once for every test and proptest case of this binary.
fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let schema: Value =
            serde_json::from_str(include_str!("../../docs/file-format.schema.json")).unwrap();
        jsonschema::draft202012::new(&schema).expect("the schema itself is valid")
    })
}

fn check(validator: &jsonschema::Validator, text: &str) -> Result<(), String> {
    let value: Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("; "))
    }
}

#[test]
fn every_kind_the_app_writes_is_valid() {
    let v = validator();
    let own = filled();
    let mut assessor = assessor_form(&own);
    assessor.mode = Mode::assessor(&own.id, "Anna");
    let mut peer = peer_package(&own);
    peer.mode = Mode::peer(&own.id, "RUD", "Sam");
    for (kind, ev) in [
        (Kind::Evaluation, &own),
        (Kind::AssessorForm, &assessor_form(&own)),
        (Kind::AssessorForm, &assessor),
        (Kind::PeerPackage, &peer_package(&own)),
        (Kind::PeerReply, &peer),
    ] {
        let text = encode_document(kind, ev, "iemand", 1);
        check(v, &text).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert!(decode_document(text.as_bytes()).is_ok());
    }
}

#[test]
fn schema_and_loader_both_refuse_what_is_wrong() {
    let v = validator();
    let base = || json!({"kind": "vth-competenties/evaluatie", "schema": 1, "evaluation": {"id": "x", "mode": {"type": "own"}}});
    let mut cases = Vec::new();
    let mut c = base();
    c["evaluation"]["self_evaluation"] = json!({"profiles": {"casemanager": {"score": 6}}});
    cases.push(("score 6", c));
    let mut c = base();
    c["kind"] = json!("iets-anders");
    cases.push(("unknown kind", c));
    let mut c = base();
    c["evaluation"]["mode"] = json!({"type": "assessor", "source_id": "y", "assessor": "A"});
    cases.push(("mode does not fit kind", c));
    let mut c = base();
    c["evaluation"] = json!({"organisation": "zonder id"});
    cases.push(("no id", c));
    let mut c = base();
    c["evaluation"]["conclusions"] = json!({"actions": [{"id": "a", "status": "verzonnen"}]});
    cases.push(("unknown status", c));
    let mut c = base();
    c.as_object_mut().unwrap().remove("kind");
    cases.push(("no kind", c));
    for (what, doc) in cases {
        let text = doc.to_string();
        assert!(check(v, &text).is_err(), "schema accepts: {what}");
        assert!(
            decode_document(text.as_bytes()).is_err(),
            "loader accepts: {what}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_exported_evaluation_is_valid(ev in evaluation()) {
        let text = encode_document(Kind::Evaluation, &ev, "", 0);
        let checked = check(validator(), &text);
        prop_assert!(checked.is_ok(), "{:?}", checked);
    }
}

#[test]
fn contributions_and_network_sets_are_valid_and_a_bad_score_is_refused_by_both() {
    use vth_competenties::domain::catalogue::Catalogue;
    use vth_competenties::domain::evaluation::{OrganisationKind, ScoringMethod};
    use vth_competenties::domain::file_format::network_file::{
        decode_contributions, encode_contribution, encode_set,
    };
    use vth_competenties::domain::network::make_contribution;
    let v = validator();
    let mut ev = filled();
    ev.contribution.id = "bijdrage-1".into();
    ev.contribution.organisation_kind = Some(OrganisationKind::Provincie);
    ev.contribution.with_action_texts = true;
    ev.assessment_mut("casemanager").method = ScoringMethod::Alone;
    ev.conclusions.experiences.stappenplan = "Kort".into();
    check(v, &encode_document(Kind::Evaluation, &ev, "", 1)).unwrap();
    let c = make_contribution(&ev, Catalogue::current(), 5);
    let single = encode_contribution(&c, 5);
    check(v, &single).unwrap_or_else(|e| panic!("contribution: {e}"));
    let set = encode_set(&[c.clone(), c], 5);
    check(v, &set).unwrap_or_else(|e| panic!("set: {e}"));
    let bad = single.replace("\"score\": 3", "\"score\": 7");
    assert!(check(v, &bad).is_err());
    assert!(decode_contributions(bad.as_bytes()).is_err());
    let without = json!({"kind": "vth-competenties/bijdrage", "schema": 1}).to_string();
    assert!(check(v, &without).is_err());
    assert!(decode_contributions(without.as_bytes()).is_err());
}
