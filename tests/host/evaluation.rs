//! Host tests: evaluation progress, SMART hints, dates, and the stored/exported format.

use crate::common::{evaluation, filled, text};
use proptest::prelude::*;
use serde_json::json;
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::dates::{
    add_years, format_nl, local_date, parse_iso_date, utc_date, Date,
};
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::file_format::*;
use vth_competenties::domain::progress::{progress, StepStatus};
use vth_competenties::domain::smart::{hints, SmartHint};

#[test]
fn a_fully_filled_evaluation_survives_encode_and_decode() {
    let ev = filled();
    let text = encode_evaluation(&ev, 1_700_000_200_000);
    assert_eq!(decode_evaluation(&text).unwrap(), ev);
}

#[test]
fn the_envelope_names_kind_schema_app_and_catalogue() {
    let text = encode_evaluation(&filled(), 42);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["kind"], Kind::Evaluation.tag());
    assert_eq!(v["schema"], SCHEMA_VERSION);
    assert_eq!(v["app_version"], APP_VERSION);
    assert_eq!(v["catalogue_id"], "kwaliteitscriteria-vth-2.3-bijlage-d");
    assert_eq!(v["written_ms"], 42);
}

#[test]
fn older_documents_with_fewer_fields_load_with_defaults() {
    let text = json!({"kind": Kind::Evaluation.tag(), "schema": 1, "evaluation": {"id": "x", "organisation": "Gemeente Ede"}});
    let ev = decode_evaluation(&text.to_string()).unwrap();
    assert_eq!(ev.organisation, "Gemeente Ede");
    assert_eq!(ev.catalogue_id, "kwaliteitscriteria-vth-2.3-bijlage-d");
    assert_eq!(ev.peer_review.choice, PeerReviewChoice::Undecided);
}

#[test]
fn unknown_fields_from_a_newer_minor_version_are_ignored() {
    let text = json!({"kind": Kind::Evaluation.tag(), "schema": 1, "later": true,
        "evaluation": {"id": "x", "nieuw_veld": [1, 2], "conclusions": {"extra": {}}}});
    assert_eq!(decode_evaluation(&text.to_string()).unwrap().id, "x");
}

#[test]
fn migrations_run_in_order_from_the_document_schema() {
    fn v1_to_v2(v: &mut serde_json::Value) {
        v["steps"] = json!(format!("{}+2", v["steps"].as_str().unwrap()));
    }
    fn v2_to_v3(v: &mut serde_json::Value) {
        v["steps"] = json!(format!("{}+3", v["steps"].as_str().unwrap()));
    }
    let steps: &[Migration] = &[v1_to_v2, v2_to_v3];
    let mut from_1 = json!({"steps": "1"});
    migrate(&mut from_1, 1, steps);
    assert_eq!(from_1["steps"], "1+2+3");
    let mut from_2 = json!({"steps": "2"});
    migrate(&mut from_2, 2, steps);
    assert_eq!(from_2["steps"], "2+3");
    let mut current = json!({"steps": "3"});
    migrate(&mut current, 3, steps);
    assert_eq!(current["steps"], "3");
    assert_eq!(
        MIGRATIONS.len() + 1,
        SCHEMA_VERSION as usize,
        "one migration per older schema"
    );
}

#[test]
fn load_errors_say_what_is_wrong_in_dutch() {
    assert_eq!(decode_evaluation(""), Err(LoadError::Empty));
    assert_eq!(decode_evaluation("\u{feff}  \n"), Err(LoadError::Empty));
    assert_eq!(
        decode_evaluation("{\n  \"kind\": "),
        Err(LoadError::Incomplete {
            line: 2,
            column: 10
        })
    );
    assert_eq!(decode_evaluation("[1]"), Err(LoadError::NotOurs));
    assert_eq!(
        decode_evaluation(r#"{"kind":"iets-anders","schema":1}"#),
        Err(LoadError::UnknownKind {
            found: "iets-anders".into()
        })
    );
    let newer = json!({"kind": Kind::Evaluation.tag(), "schema": 99, "evaluation": {}}).to_string();
    assert_eq!(
        decode_evaluation(&newer),
        Err(LoadError::NewerSchema {
            found: 99,
            supported: SCHEMA_VERSION
        })
    );
    let bad_type =
        json!({"kind": Kind::Evaluation.tag(), "schema": 1, "evaluation": {"id": "x", "period": 2025}})
            .to_string();
    match decode_evaluation(&bad_type) {
        Err(LoadError::Invalid { path, problem }) => {
            assert_eq!(path, "evaluation.period");
            assert_eq!(problem, "er staat het getal 2025, en dat past hier niet");
        }
        other => panic!("{other:?}"),
    }
    let bad_score = json!({"kind": Kind::Evaluation.tag(), "schema": 1,
        "evaluation": {"id": "x", "self_evaluation": {"profiles": {"casemanager": {"score": 6}}}}})
    .to_string();
    let err = decode_evaluation(&bad_score).unwrap_err();
    assert!(
        err.to_string()
            .contains("'evaluation.self_evaluation.profiles.casemanager.score'"),
        "{err}"
    );
    assert!(err.to_string().contains("1 tot en met 5"), "{err}");
    let no_schema = json!({"kind": Kind::Evaluation.tag(), "evaluation": {"id": "x"}}).to_string();
    assert!(
        matches!(decode_evaluation(&no_schema), Err(LoadError::Invalid { path, .. }) if path == "schema")
    );
}

#[test]
fn progress_counts_finished_profiles_and_step_states() {
    let c = Catalogue::current();
    let mut ev = Evaluation::new("p".into(), 0);
    let p = progress(&ev, c);
    assert_eq!((p.profiles_done, p.profiles_total), (0, 5));
    assert_eq!(
        (p.self_evaluation, p.peer_review, p.conclusions),
        (
            StepStatus::NotStarted,
            StepStatus::NotStarted,
            StepStatus::NotStarted
        )
    );
    ev.assessment_mut("casemanager").explanation = "begonnen".into();
    assert_eq!(progress(&ev, c).self_evaluation, StepStatus::InProgress);
    for id in ["casemanager", "vergunningverlener", "juridisch-adviseur"] {
        ev.assessment_mut(id).score = Some(4);
    }
    assert_eq!(
        progress(&ev, c).profiles_label(),
        "1 van 5 profielen klaar",
        "a score without a toelichting is not klaar"
    );
    ev.assessment_mut("onbekend-profiel").score = Some(2);
    ev.assessment_mut("onbekend-profiel").explanation = "x".into();
    assert_eq!(
        progress(&ev, c).profiles_done,
        1,
        "unknown profile ids do not count"
    );
    for p in &c.profiles {
        ev.assessment_mut(&p.id).score = Some(3);
    }
    assert_eq!(progress(&ev, c).self_evaluation, StepStatus::InProgress);
    for p in &c.profiles {
        ev.assessment_mut(&p.id).explanation = "Onderbouwd".into();
    }
    assert_eq!(progress(&ev, c).self_evaluation, StepStatus::Done);

    ev.peer_review.choice = PeerReviewChoice::Yes;
    assert_eq!(progress(&ev, c).peer_review, StepStatus::InProgress);
    ev.peer_review.completed = true;
    assert_eq!(progress(&ev, c).peer_review, StepStatus::Done);
    ev.peer_review.choice = PeerReviewChoice::No;
    assert_eq!(progress(&ev, c).peer_review, StepStatus::Skipped);

    ev.conclusions.actions.push(ActionItem::default());
    assert_eq!(progress(&ev, c).conclusions, StepStatus::InProgress);
    ev.conclusions.completed = true;
    let p = progress(&ev, c);
    assert_eq!(p.conclusions, StepStatus::Done);
    assert_eq!(
        p.summary(),
        "Stap 1: 5 van 5 profielen klaar. Stap 2: deze keer niet. Stap 3: klaar."
    );
}

/// A gemeente that placed juridisch advies at the omgevingsdienst can finish stap 1: the
/// profile is "niet van toepassing", with a reason, and never counts as a score.
#[test]
fn a_profile_not_applicable_with_a_reason_is_finished_and_never_a_score() {
    use vth_competenties::domain::progress::{profile_state, step1_missing, ProfileState};
    let c = Catalogue::current();
    let mut ev = Evaluation::new("g".into(), 0);
    for p in &c.profiles {
        let a = ev.assessment_mut(&p.id);
        a.score = Some(3);
        a.explanation = "Onderbouwd".into();
    }
    let jur = ev.assessment_mut("juridisch-adviseur");
    jur.not_applicable = true;
    assert_eq!(
        profile_state(Some(jur)),
        ProfileState::InProgress,
        "no reason yet"
    );
    assert_eq!(
        step1_missing(&ev, c),
        ["Juridisch adviseur: schrijf op waarom dit profiel niet van toepassing is"]
    );
    ev.assessment_mut("juridisch-adviseur")
        .not_applicable_reason = "Belegd bij de omgevingsdienst".into();
    assert_eq!(progress(&ev, c).self_evaluation, StepStatus::Done);
    assert!(step1_missing(&ev, c).is_empty());
    assert_eq!(
        ev.score("juridisch-adviseur"),
        None,
        "the old score no longer counts"
    );
    assert!(ev.not_applicable("juridisch-adviseur"));

    let mut bare = Evaluation::new("h".into(), 0);
    bare.assessment_mut("casemanager").score = Some(2);
    assert_eq!(
        step1_missing(&bare, c)[0],
        "Casemanager: leg de score uit in de toelichting"
    );
    assert_eq!(
        step1_missing(&bare, c)[1],
        "Vergunningverlener: kies een score en leg die uit in de toelichting"
    );
}

#[test]
fn smart_hints_are_gentle_and_specific() {
    let mut a = ActionItem::default();
    assert_eq!(
        hints(&a, "2025-01-15"),
        [
            SmartHint::NoWhat,
            SmartHint::NoMeasure,
            SmartHint::NoOwner,
            SmartHint::NoDeadline
        ]
    );
    a.what = "Training".into();
    a.measure = "Iedereen getraind".into();
    a.owner = "Teamleider".into();
    a.deadline = "2027-01-15".into();
    assert_eq!(
        hints(&a, "2025-01-15"),
        [],
        "exactly two years is inside the period"
    );
    a.deadline = "2027-01-16".into();
    assert_eq!(
        hints(&a, "2025-01-15"),
        [SmartHint::DeadlineAfterPeriod {
            period_end: "2027-01-15".into()
        }]
    );
    assert_eq!(
        hints(&a, "2025-01-15")[0].message(),
        "Deze datum ligt na 15-01-2027. Het actieplan gaat over de komende twee jaar."
    );
    a.deadline = "2024-12-31".into();
    assert_eq!(
        hints(&a, "2025-01-15"),
        [SmartHint::DeadlineBeforeStart {
            start: "2025-01-15".into()
        }]
    );
    assert_eq!(hints(&a, ""), [], "no start date: no range hint");
    a.deadline = "2025-02-30".into();
    assert_eq!(hints(&a, "2025-01-15"), [SmartHint::DeadlineUnreadable]);
    a.status = ActionStatus::Done;
    a.owner.clear();
    assert_eq!(
        hints(&a, "2025-01-15"),
        [],
        "a finished action gets no hints"
    );
}

#[test]
fn dates_parse_format_and_add_years() {
    assert_eq!(format_nl("2026-03-05"), "05-03-2026");
    assert_eq!(format_nl("geen datum"), "geen datum");
    assert!(parse_iso_date("2024-02-29").is_some());
    // Only ASCII digits: `str::parse` alone would take signs.
    for loose in [
        "+202-+1-+1",
        "+2024-01-01",
        "2024-+1-01",
        "2024-01-+1",
        "２０２４-01-01",
        "2024-1-01",
    ] {
        assert!(parse_iso_date(loose).is_none(), "{loose} is not a date");
    }
    assert!(parse_iso_date("2025-02-29").is_none());
    assert!(parse_iso_date("2025-13-01").is_none());
    assert!(parse_iso_date("25-01-01").is_none());
    assert_eq!(
        add_years(parse_iso_date("2024-02-29").unwrap(), 2).to_iso(),
        "2026-02-28"
    );
    assert_eq!(utc_date(0).to_iso(), "1970-01-01");
    assert_eq!(utc_date(1_709_164_800_000).to_iso(), "2024-02-29");
    assert_eq!(utc_date(1_767_225_599_999).to_iso(), "2025-12-31");
}

/// 2026-01-15 00:30 in Amsterdam (winter time, UTC+1) is 2026-01-14 23:30 UTC; 2026-07-15
/// 01:30 (summer time, UTC+2) is 2026-07-14 23:30 UTC. The user's date is the 15th in both.
#[test]
fn the_local_date_is_the_users_date_around_midnight_in_winter_and_summer_time() {
    let winter = 1_768_433_400_000; // 2026-01-14T23:30:00Z
    let summer = 1_784_071_800_000; // 2026-07-14T23:30:00Z
    assert_eq!(utc_date(winter).to_iso(), "2026-01-14");
    assert_eq!(local_date(winter, 60).to_iso(), "2026-01-15");
    assert_eq!(local_date(winter, 60).to_nl(), "15-01-2026");
    assert_eq!(utc_date(summer).to_iso(), "2026-07-14");
    assert_eq!(local_date(summer, 120).to_iso(), "2026-07-15");
    // One minute before local midnight it is still the 14th; west of UTC it is earlier.
    assert_eq!(local_date(winter - 60_000, 30).to_iso(), "2026-01-14");
    assert_eq!(local_date(winter, -300).to_iso(), "2026-01-14");
    // New Year's Eve rolls the year over.
    assert_eq!(local_date(1_767_225_599_999, 60).to_iso(), "2026-01-01");
}

#[test]
fn display_name_uses_organisation_and_period() {
    let mut ev = Evaluation::new("x".into(), 0);
    assert_eq!(ev.display_name(), "Naamloze evaluatie");
    ev.period = "2025-2026".into();
    assert_eq!(ev.display_name(), "Naamloze evaluatie, 2025-2026");
    ev.organisation = "RUD Zeeland".into();
    assert_eq!(ev.display_name(), "RUD Zeeland, 2025-2026");
}

#[test]
fn empty_notes_are_removed_so_filled_in_means_text() {
    let mut notes = Notes::new();
    set_note(&mut notes, "a", "tekst".into());
    set_note(&mut notes, "b", "  ".into());
    assert_eq!(notes.keys().collect::<Vec<_>>(), ["a"]);
    set_note(&mut notes, "a", String::new());
    assert!(notes.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn any_evaluation_survives_encode_and_decode(ev in evaluation(), written in any::<i64>()) {
        let text = encode_evaluation(&ev, written);
        prop_assert_eq!(decode_evaluation(&text).unwrap(), ev);
    }

    #[test]
    fn every_kind_of_file_round_trips_with_its_metadata(ev in evaluation(), by in text(), written in any::<i64>(),
                                                        pick in 0usize..4) {
        let kind = Kind::ALL[pick];
        let mut ev = ev;
        ev.mode = match kind {
            Kind::Evaluation => Mode::Own,
            Kind::AssessorForm => Mode::assessor("bron", &by),
            Kind::PeerPackage | Kind::PeerReply => Mode::peer("bron", &by, &by),
        };
        let doc = decode_document(encode_document(kind, &ev, &by, written).as_bytes()).unwrap();
        prop_assert_eq!(doc.kind, kind);
        prop_assert_eq!(doc.written_by, by);
        prop_assert_eq!(doc.written_ms, written);
        prop_assert_eq!(doc.app_version, APP_VERSION);
        prop_assert_eq!(doc.evaluation, ev);
    }
}

#[test]
fn export_file_names_say_organisation_period_and_date() {
    let export_file_name =
        |kind: Kind, ev: &Evaluation, date: Date| file_name(kind.file_prefix(), ev, date, "json");
    let new_years_eve = utc_date(1_767_225_599_999);
    let epoch = utc_date(0);
    let mut ev = Evaluation::new("x".into(), 0);
    ev.organisation = "Omgevingsdienst Café Noord/West!".into();
    ev.period = "2025-2026".into();
    assert_eq!(
        export_file_name(Kind::Evaluation, &ev, new_years_eve),
        "vth-evaluatie_omgevingsdienst-cafe-noord-west_2025-2026_2025-12-31.json"
    );
    ev.organisation = "<script>".into();
    ev.period.clear();
    assert_eq!(
        export_file_name(Kind::Evaluation, &ev, epoch),
        "vth-evaluatie_script_1970-01-01.json"
    );
    ev.organisation = "../../".into();
    assert_eq!(
        export_file_name(Kind::Evaluation, &ev, epoch),
        "vth-evaluatie_1970-01-01.json"
    );
    ev.mode = Mode::assessor("x", "Piet Pieters");
    assert_eq!(
        export_file_name(Kind::AssessorForm, &ev, epoch),
        "vth-scoreformulier_piet-pieters_1970-01-01.json"
    );
    if let Mode::Assessor { role, .. } = &mut ev.mode {
        *role = "Teamleider toezicht".into();
    }
    assert_eq!(
        export_file_name(Kind::AssessorForm, &ev, epoch),
        "vth-scoreformulier_teamleider-toezicht-piet-pieters_1970-01-01.json",
        "the role first, so that a coordinator's downloads sort by role"
    );
    // The reply is the organisation's: whoever wrote it is not in its name.
    ev.mode = Mode::peer("x", "RUD Utrecht", "Sam");
    assert_eq!(
        export_file_name(Kind::PeerReply, &ev, epoch),
        "vth-toetsingsreactie_rud-utrecht_1970-01-01.json"
    );
}

/// The old code made report names by replacing "vth-evaluatie" in the export name, which
/// also rewrote an organisation called so.
#[test]
fn report_file_names_never_rewrite_the_organisation() {
    use vth_competenties::domain::report::{ReportFormat, ReportVariant};
    let mut ev = Evaluation::new("x".into(), 0);
    ev.organisation = "vth-evaluatie vth-rapport".into();
    ev.period = "2025-2026".into();
    let day = utc_date(0);
    let names: Vec<String> = ReportFormat::ALL
        .iter()
        .map(|f| f.file_name(ReportVariant::Full, &ev, day))
        .collect();
    assert_eq!(
        names,
        [
            "vth-rapport_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.docx",
            "vth-rapport_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.odt",
            "vth-scores-actieplan_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.xlsx",
            "vth-actieplan_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.csv",
            "vth-rapport_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.md",
        ]
    );
    assert_eq!(
        ReportFormat::Word.file_name(ReportVariant::Summary, &ev, day),
        "vth-samenvatting_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.docx"
    );
    // Every format says the variant: the MT summary never gets the full report's name.
    for variant in [ReportVariant::Summary, ReportVariant::PeerReview] {
        for format in ReportFormat::ALL {
            assert_ne!(
                format.file_name(variant, &ev, day),
                format.file_name(ReportVariant::Full, &ev, day),
                "{format:?} {variant:?}"
            );
        }
    }
    assert_eq!(
        ReportFormat::Spreadsheet.file_name(ReportVariant::Summary, &ev, day),
        "vth-scores-actieplan-samenvatting_vth-evaluatie-vth-rapport_2025-2026_1970-01-01.xlsx"
    );
}

/// Form values were `{:?}` of the variant and parsed back by comparing Debug text; now each
/// enum owns its value (the same text as in the file) and its parse.
#[test]
fn enums_own_their_form_values_which_equal_the_file_values() {
    for status in ActionStatus::ALL {
        assert_eq!(json!(status), json!(status.value()));
        assert_eq!(ActionStatus::parse(status.value()), Some(status));
        assert_ne!(status.value(), format!("{status:?}"));
    }
    for choice in PeerReviewChoice::ALL {
        assert_eq!(json!(choice), json!(choice.value()));
        assert_eq!(PeerReviewChoice::parse(choice.value()), Some(choice));
    }
    assert_eq!(ActionStatus::parse("InProgress"), None);
    for kind in Kind::ALL {
        assert_eq!(Kind::from_tag(kind.tag()), Some(kind));
        assert!(kind.file_prefix().starts_with("vth-"));
    }
}

#[test]
fn the_merge_preview_speaks_dutch_and_words_scores_one_way() {
    use vth_competenties::domain::merge::merge;
    let c = Catalogue::current();
    let here = Evaluation::new("x".into(), 0);
    let mut theirs = here.clone();
    theirs.peer_review.choice = PeerReviewChoice::Yes;
    theirs.assessment_mut("casemanager").score = Some(4);
    let (_, changes) = merge(&here, &theirs, c);
    let lines: Vec<String> = changes
        .iter()
        .map(|ch| format!("{}: {} → {}", ch.place, ch.before, ch.after))
        .collect();
    assert!(
        lines.contains(
            &"Stap 1, Casemanager: score: nog niet gescoord → 4 overtreft verwachtingen"
                .to_string()
        ),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"Stap 2: collegiale toetsing doen: nog niet besloten → ja".to_string()),
        "{lines:?}"
    );
    assert_eq!(c.score_label(Some(4)), "4 overtreft verwachtingen");
    assert_eq!(c.score_label(None), "nog niet gescoord");
}

#[test]
fn people_and_organisations_are_named_one_way_without_empty_brackets() {
    let reply = |org: &str, author: &str| PeerReply {
        peer_organisation: org.into(),
        author: author.into(),
        ..PeerReply::default()
    };
    assert_eq!(reply("RUD Utrecht", "Sam").label(), "RUD Utrecht (Sam)");
    assert_eq!(reply("RUD Utrecht", " ").label(), "RUD Utrecht");
    assert_eq!(reply("", "Sam").label(), "Sam");
    assert_eq!(reply("", "").label(), "Collega-organisatie zonder naam");
    let assessor = AssessorInput::default();
    assert_eq!(assessor.label(), "Deelnemer zonder naam");
    assert_eq!(Mode::peer("x", "ODZOB", "").worker(), "ODZOB");
}

#[test]
fn what_goes_into_an_exported_file_is_decided_by_its_kind() {
    use vth_competenties::domain::exchange::export;
    let mut own = filled();
    own.self_evaluation.assessors.push(AssessorInput {
        id: "a".into(),
        name: "Anna".into(),
        ..AssessorInput::default()
    });
    let read = |text: String| decode_document(text.as_bytes()).unwrap();
    let backup = read(export(Kind::Evaluation, &own, 5));
    assert_eq!(backup.evaluation, own);
    assert_eq!(backup.written_by, own.contact);
    let form = read(export(Kind::AssessorForm, &own, 5));
    assert!(form.evaluation.self_evaluation.profiles.is_empty());
    assert_eq!(form.evaluation.mode.source_id(), Some(own.id.as_str()));
    let package = read(export(Kind::PeerPackage, &own, 5));
    assert!(package.evaluation.self_evaluation.assessors.is_empty());
    assert_eq!(package.written_by, own.organisation);
    let mut reply = package.evaluation.clone();
    reply.mode = Mode::peer(&own.id, "RUD", "");
    let back = read(export(Kind::for_mode(&reply.mode), &reply, 6));
    assert_eq!(
        (back.kind, back.written_by.as_str()),
        (Kind::PeerReply, "RUD")
    );
}

#[test]
fn the_new_enums_form_values_equal_their_file_values() {
    for method in ScoringMethod::ALL {
        assert_eq!(json!(method), json!(method.value()));
        assert_eq!(ScoringMethod::parse(method.value()), Some(method));
    }
    for source in Source::ALL {
        assert_eq!(json!(source), json!(source.value()));
        assert_eq!(Source::parse(source.value()), Some(source));
    }
    // Every enum's words come from one table (`words!`): each value and label is its own.
    let distinct = |words: Vec<&str>| {
        let n = words.len();
        let mut sorted = words;
        sorted.sort_unstable();
        sorted.dedup();
        sorted.len() == n
    };
    assert!(distinct(ScoringMethod::ALL.map(|w| w.label()).to_vec()));
    assert!(distinct(Source::ALL.map(|w| w.label()).to_vec()));
    assert!(distinct(ActionOrigin::ALL.map(|w| w.label()).to_vec()));
    assert!(distinct(ActionStatus::ALL.map(|w| w.label()).to_vec()));
    assert!(distinct(PeerReviewChoice::ALL.map(|w| w.label()).to_vec()));
    assert_eq!(
        ScoringMethod::ALL[0],
        ScoringMethod::Session,
        "the order forms offer"
    );
    assert_eq!(PeerReviewChoice::ALL[0], PeerReviewChoice::Yes);
    for origin in ActionOrigin::ALL {
        assert_eq!(json!(origin), json!(origin.value()));
        assert_eq!(ActionOrigin::parse(origin.value()), Some(origin));
    }
}

#[test]
fn local_time_tells_two_versions_of_one_day_apart() {
    use vth_competenties::domain::dates::local_time;
    // 3 December 2026 13:05 UTC is 14:05 in Amsterdam (winter time, +60 minutes).
    let ms = 1_796_303_100_000;
    assert_eq!(local_time(ms, 60), "14:05");
    assert_eq!(local_time(ms, 0), "13:05");
    assert_eq!(
        local_time(ms - 13 * 3_600_000 - 6 * 60_000, 0),
        "23:59",
        "the day before"
    );
}
