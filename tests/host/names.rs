//! Host test: files for peer organisations carry no names of people, for every kind of file the
//! app writes (`exchange::NAME_FIELDS` says which fields hold names and which kinds may).

use crate::common::with_names;
use serde_json::Value;
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::exchange::{export, NAME_FIELDS};
use vth_competenties::domain::file_format::network_file::encode_contribution;
use vth_competenties::domain::file_format::Kind;
use vth_competenties::domain::network::make_contribution;

const NOW: i64 = 1_768_433_400_000;

/// Every kind of file the app writes, from the sources it writes them from.
fn every_file(ev: &Evaluation) -> Vec<(Kind, Value)> {
    let parse = |text: String| serde_json::from_str::<Value>(&text).unwrap();
    // A colleague's copy of the blank scoreformulier, filled in.
    let mut assessor_copy = vth_competenties::domain::exchange::assessor_form(ev);
    if let Mode::Assessor { assessor, .. } = &mut assessor_copy.mode {
        *assessor = "NAAM-invuller".into();
    }
    assessor_copy.assessment_mut("casemanager").score = Some(2);
    let mut peer_copy = vth_competenties::domain::exchange::peer_package(ev);
    peer_copy.mode = Mode::peer("ev-1", "RUD Utrecht", "NAAM-auteur-kopie");
    peer_copy
        .peer_review
        .notes
        .insert("toetsing-1".into(), "Valt op".into());
    vec![
        (Kind::Evaluation, parse(export(Kind::Evaluation, ev, 1))),
        (Kind::AssessorForm, parse(export(Kind::AssessorForm, ev, 1))),
        (
            Kind::AssessorForm,
            parse(export(Kind::AssessorForm, &assessor_copy, 1)),
        ),
        (Kind::PeerPackage, parse(export(Kind::PeerPackage, ev, 1))),
        (
            Kind::PeerReply,
            parse(export(Kind::PeerReply, &peer_copy, 1)),
        ),
    ]
}

/// The values at `path` ("a.b[].c", "*" any key) in `doc`.
fn values_at<'a>(doc: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut found = vec![doc];
    for step in path.split('.') {
        let (key, list) = step.strip_suffix("[]").map_or((step, false), |k| (k, true));
        found = found
            .into_iter()
            .flat_map(|v| -> Vec<&Value> {
                if key == "*" {
                    v.as_object().map_or(Vec::new(), |o| o.values().collect())
                } else {
                    v.get(key).into_iter().collect()
                }
            })
            .flat_map(|v| -> Vec<&Value> {
                if list {
                    v.as_array().map_or(Vec::new(), |a| a.iter().collect())
                } else {
                    vec![v]
                }
            })
            .collect();
    }
    found
}

#[test]
fn files_for_peer_organisations_carry_no_names_of_people() {
    let ev = with_names();
    for (kind, doc) in every_file(&ev) {
        let text = doc.to_string();
        for field in NAME_FIELDS {
            let filled: Vec<&str> = values_at(&doc, field.path)
                .into_iter()
                .filter_map(Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .collect();
            if field.path == "written_by" && !field.kinds.contains(&kind) {
                // Files for peers are signed by an organisation, not a person.
                assert!(
                    filled
                        .iter()
                        .all(|w| ["Omgevingsdienst Noord", "RUD Utrecht"].contains(w)),
                    "{kind:?} signed by {filled:?}"
                );
            } else if !field.kinds.contains(&kind) {
                assert!(
                    filled.is_empty(),
                    "{kind:?} holds {} ({}): {filled:?}",
                    field.path,
                    field.what
                );
            }
        }
        if matches!(kind, Kind::PeerPackage | Kind::PeerReply) {
            // Not only in the known fields: nowhere in the file.
            assert!(!text.contains("NAAM-"), "{kind:?}: {text}");
            assert!(
                !text.contains("\"score\":1"),
                "{kind:?} holds a separate score"
            );
        }
    }
    // The registry is not empty by accident: the internal file has every name.
    let (_, internal) = &every_file(&ev)[0];
    for field in NAME_FIELDS
        .iter()
        .filter(|f| !f.path.contains("mode") && f.path != "written_by")
    {
        assert!(
            values_at(internal, field.path)
                .iter()
                .any(|v| v.as_str().is_some_and(|s| s.contains("NAAM"))),
            "{} not found in the evaluation file",
            field.path
        );
    }
}

/// The contribution to a network (issue 24): none of the name fields, whatever the evaluation
/// holds, and no text of the evaluation's own.
#[test]
fn a_contribution_carries_no_name_of_a_person_and_no_text_of_the_evaluation() {
    let mut ev = with_names();
    ev.conclusions.actions[0].what = "Coachen door NAAM-in-actie".into();
    ev.contribution.organisation_kind = Some(OrganisationKind::Omgevingsdienst);
    ev.contribution.id = "bijdrage-1".into();
    let text = encode_contribution(&make_contribution(&ev, Catalogue::current(), NOW), NOW);
    // Every field that holds names of people, as the evaluation's own file has it.
    let own: Value = serde_json::from_str(&export(Kind::Evaluation, &ev, 1)).unwrap();
    let mut names = vec![];
    for field in NAME_FIELDS {
        let path: Vec<&str> = field.path.split('.').collect();
        collect_strings(&own, &path, &mut names);
    }
    names.retain(|n| !n.trim().is_empty());
    assert!(
        names.len() >= 8,
        "the evaluation has names in every name field: {names:?}"
    );
    for name in &names {
        assert!(
            !text.contains(name.as_str()),
            "{name} is in the contribution:\n{text}"
        );
    }
    // Nor any toelichting, note, conclusion, peer note, the organisation's name or an action's text.
    for never in [
        "Regie is goed geregeld",
        "Twaalf casemanagers",
        "We staan er redelijk voor",
        "Scores vielen op",
        "Valt op",
        "Goed",
        "Omgevingsdienst Noord",
        "NAAM-in-actie",
        "80% van de juristen",
        "€ 10.000",
    ] {
        assert!(
            !text.contains(never),
            "'{never}' is in the contribution:\n{text}"
        );
    }
    assert!(text.contains("\"score\": 3"), "{text}");
}

fn collect_strings(value: &Value, path: &[&str], out: &mut Vec<String>) {
    let Some((step, rest)) = path.split_first() else {
        if let Some(s) = value.as_str() {
            out.push(s.to_string());
        }
        return;
    };
    let (key, list) = step
        .strip_suffix("[]")
        .map_or((*step, false), |k| (k, true));
    let next: Vec<&Value> = if key == "*" {
        value.as_object().map_or(vec![], |o| o.values().collect())
    } else {
        value.get(key).into_iter().collect()
    };
    for v in next {
        if list {
            for item in v.as_array().into_iter().flatten() {
                collect_strings(item, rest, out);
            }
        } else {
            collect_strings(v, rest, out);
        }
    }
}
