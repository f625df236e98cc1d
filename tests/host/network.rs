//! Host tests of learning across organisations (issue 24): what a contribution holds and never
//! holds, the threshold of five (also per filter), the newest of one id, the combined file's
//! round trip, the Dutch refusals, the set in storage, and the overview's files.

use std::rc::Rc;

use leptos::prelude::*;
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::dates::Date;
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::exchange::export;
use vth_competenties::domain::file_format::network_file::{
    contribution_file_name, decode_contributions, encode_contribution, encode_set,
    NetworkFileError, MAX_NETWORK_FILE_BYTES,
};
use vth_competenties::domain::file_format::{decode_document, encode_evaluation, Kind, LoadError};
use vth_competenties::domain::network::document::{
    count_sheets, left_out_text, network_document, View,
};
use vth_competenties::domain::network::overview::{figures, group, left_out};
use vth_competenties::domain::network::{
    make_contribution, AddOutcome, Contribution, Filter, NetworkSet, Shown, MIN_GROUP,
};
use vth_competenties::domain::report::Block;
use vth_competenties::state::env::{CountingIds, ManualClock};
use vth_competenties::state::network::{FileOutcome, KeepError, Network};
use vth_competenties::state::Env;
use vth_competenties::storage::{self, KeyValue, MemoryStorage, BACKUP_PREFIX, NETWORK_KEY};

use crate::common::filled;

const NOW: i64 = 1_768_433_400_000;
const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 6,
};

fn catalogue() -> &'static Catalogue {
    Catalogue::current()
}

/// A contribution of `kind` in `period` with casemanager scored `score`.
fn contribution(id: &str, kind: OrganisationKind, period: &str, score: u8) -> Contribution {
    let mut ev = filled();
    ev.period = period.into();
    ev.assessment_mut("casemanager").score = Some(score);
    ev.contribution.id = id.into();
    ev.contribution.organisation_kind = Some(kind);
    make_contribution(&ev, catalogue(), NOW)
}

fn many(n: usize, kind: OrganisationKind, period: &str) -> Vec<Contribution> {
    (0..n)
        .map(|i| {
            contribution(
                &format!("b-{kind:?}-{period}-{i}"),
                kind,
                period,
                (i % 5) as u8 + 1,
            )
        })
        .collect()
}

// --- the contribution -------------------------------------------------------------------------

#[test]
fn the_name_and_the_action_texts_go_along_only_when_ticked() {
    let mut ev = filled();
    ev.contribution.id = "b".into();
    let off = make_contribution(&ev, catalogue(), NOW);
    assert_eq!(off.organisation, "");
    assert_eq!(off.actions.len(), 1);
    assert_eq!(off.actions[0].text, "");
    assert_eq!(off.actions[0].origin, ActionOrigin::PeerReview);
    assert_eq!(off.actions[0].status, ActionStatus::InProgress);
    assert_eq!(
        off.actions[0].profile_id.as_deref(),
        Some("juridisch-adviseur")
    );
    ev.contribution.with_name = true;
    ev.contribution.with_action_texts = true;
    let on = make_contribution(&ev, catalogue(), NOW);
    assert_eq!(on.organisation, "Omgevingsdienst Noord");
    assert_eq!(on.actions[0].text, "Training bestuurlijke sensitiviteit");
    // Owner, measure and resources never.
    let text = encode_contribution(&on, NOW);
    assert!(!text.contains("Teamleider juridisch") && !text.contains("80%"));
    // The organisation's name is in the file name only when it is in the file.
    let date = TODAY;
    assert!(!contribution_file_name(&off, date).contains("noord"));
    assert!(contribution_file_name(&on, date).contains("omgevingsdienst-noord"));
}

#[test]
fn how_many_took_part_is_a_number_never_who() {
    let mut ev = filled();
    let cm = ev.assessment_mut("casemanager");
    cm.method = ScoringMethod::Session;
    cm.participants = "Anna, Bas en Cem".into();
    ev.assessment_mut("casemanager").participant_count = Some(3);
    let vv = ev.assessment_mut("vergunningverlener");
    vv.score = Some(2);
    vv.method = ScoringMethod::Alone;
    let th = ev.assessment_mut("toezichthouder-handhaver");
    th.score = Some(4);
    th.method = ScoringMethod::SeparateForms;
    for (i, score) in [Some(4), Some(3), None].into_iter().enumerate() {
        ev.self_evaluation.assessors.push(AssessorInput {
            id: format!("f{i}"),
            name: format!("Persoon {i}"),
            scores: [(
                "toezichthouder-handhaver".to_string(),
                AssessorScore {
                    score,
                    ..Default::default()
                },
            )]
            .into(),
            ..Default::default()
        });
    }
    let ja = ev.assessment_mut("juridisch-adviseur");
    ja.not_applicable = true;
    ja.score = Some(5);
    let c = make_contribution(&ev, catalogue(), NOW);
    assert_eq!(c.profiles["casemanager"].participants, Some(3));
    // A session without a number: not known (the app does not count names in a text).
    ev.assessment_mut("casemanager").participant_count = None;
    assert_eq!(
        make_contribution(&ev, catalogue(), NOW).profiles["casemanager"].participants,
        None
    );
    assert_eq!(c.profiles["vergunningverlener"].participants, Some(1));
    assert_eq!(c.profiles["toezichthouder-handhaver"].participants, Some(2));
    let ja = &c.profiles["juridisch-adviseur"];
    assert!(ja.not_applicable);
    assert_eq!(ja.score, None, "n.v.t. is never a score");
    assert_eq!(c.profiles.len(), 5, "every profile of the catalogue");
    assert!(c.peer_review_held);
    let text = encode_contribution(&c, NOW);
    assert!(!text.contains("Anna") && !text.contains("Persoon"));
}

#[test]
fn experiences_go_along_per_profile_and_for_the_stappenplan() {
    let mut ev = filled();
    ev.conclusions.experiences.profiles.insert(
        "casemanager".into(),
        "  Regie en coördinatie lopen door elkaar. ".into(),
    );
    ev.conclusions
        .experiences
        .profiles
        .insert("bestaat-niet".into(), "weg".into());
    ev.conclusions.experiences.stappenplan = "Twee jaar is kort".into();
    let c = make_contribution(&ev, catalogue(), NOW);
    assert_eq!(
        c.profile_experiences.get("casemanager").map(String::as_str),
        Some("Regie en coördinatie lopen door elkaar.")
    );
    assert!(!c.profile_experiences.contains_key("bestaat-niet"));
    assert_eq!(c.stappenplan_experience, "Twee jaar is kort");
}

#[test]
fn forms_and_packages_do_not_carry_the_contribution_choices() {
    let mut ev = filled();
    ev.contribution.id = "bijdrage-geheim".into();
    ev.contribution.organisation_kind = Some(OrganisationKind::Gemeente);
    ev.conclusions.experiences.stappenplan = "Ervaring-intern".into();
    for kind in [Kind::AssessorForm, Kind::PeerPackage] {
        let text = export(kind, &ev, 1);
        assert!(
            !text.contains("bijdrage-geheim") && !text.contains("Ervaring-intern"),
            "{kind:?}"
        );
    }
}

// --- the threshold ------------------------------------------------------------------------------

#[test]
fn four_contributions_show_nothing_five_show_the_spread() {
    let four = many(4, OrganisationKind::Gemeente, "2025-2026");
    let refs: Vec<&Contribution> = four.iter().collect();
    assert_eq!(figures(&refs, catalogue()), Shown::TooFew(4));
    let five = many(5, OrganisationKind::Gemeente, "2025-2026");
    let refs: Vec<&Contribution> = five.iter().collect();
    let Shown::Figures(f) = figures(&refs, catalogue()) else {
        panic!("five are shown");
    };
    assert_eq!(f.count, 5);
    let cm = &f.profiles[0];
    assert_eq!(cm.profile_id, "casemanager");
    assert_eq!(cm.scores, [1, 1, 1, 1, 1]);
    // The other profiles were not scored in `filled`.
    assert_eq!(f.profiles[1].not_scored, 5);
    assert_eq!(f.peer_review_held, 5);
    assert_eq!(f.actions.len(), 1);
    assert_eq!(MIN_GROUP, 5);
}

#[test]
fn the_threshold_holds_after_every_filter() {
    let mut all = many(6, OrganisationKind::Omgevingsdienst, "2025-2026");
    all.extend(many(4, OrganisationKind::Provincie, "2025-2026"));
    all.extend(many(5, OrganisationKind::Omgevingsdienst, "2023-2024"));
    let shown = |kind, period: Option<&str>| {
        let filter = Filter {
            kind,
            period: period.map(str::to_string),
        };
        match figures(&group(&all, &filter), catalogue()) {
            Shown::Figures(f) => Ok(f.count),
            Shown::TooFew(n) => Err(n),
        }
    };
    // The four provincies share their kind and period with fewer than 5: left out of every
    // figure, so no other group can be subtracted to find them.
    assert_eq!(left_out(&all), 4);
    assert_eq!(shown(None, None), Ok(11));
    assert_eq!(shown(Some(OrganisationKind::Provincie), None), Err(0));
    assert_eq!(
        shown(Some(OrganisationKind::Provincie), Some("2025-2026")),
        Err(0)
    );
    assert_eq!(
        shown(Some(OrganisationKind::Omgevingsdienst), Some("2023-2024")),
        Ok(5)
    );
    assert_eq!(shown(Some(OrganisationKind::Gemeente), None), Err(0));
    assert_eq!(shown(None, Some("2025-2026")), Ok(6));
    // The files say "te weinig" for the same group, and hold no count of it.
    let set = NetworkSet {
        contributions: all.clone(),
        ..Default::default()
    };
    let view = View {
        filter: Filter {
            kind: Some(OrganisationKind::Provincie),
            period: None,
        },
        compare: Some(["2023-2024".into(), "2025-2026".into()]),
    };
    let blocks = network_document(&set, &view, catalogue(), TODAY);
    let text = format!("{blocks:?}");
    assert!(
        text.contains("Te weinig bijdragen om te tonen (minimaal 5). In deze groep: 0."),
        "{text}"
    );
    assert!(!text.contains("Acties per profiel en herkomst"));
    assert!(text.contains(&left_out_text(4)), "{text}");
    let sheets = count_sheets(&set, &view, catalogue());
    assert!(sheets[0].rows[0][0].starts_with("Te weinig"));
    assert!(
        sheets[1].rows.is_empty(),
        "no action counts of a group of four"
    );
}

#[test]
fn no_organisation_can_be_found_by_subtracting_one_group_from_another() {
    // Five omgevingsdiensten and one gemeente that sent its name: "all kinds" minus
    // "omgevingsdienst" would be the gemeente's own scores.
    let mut all = many(5, OrganisationKind::Omgevingsdienst, "2025-2026");
    let mut klein = contribution("klein", OrganisationKind::Gemeente, "2025-2026", 1);
    klein.organisation = "Gemeente Klein".into();
    all.push(klein);
    let count = |filter: Filter| match figures(&group(&all, &filter), catalogue()) {
        Shown::Figures(f) => Ok((f.count, f.profiles[0].scores)),
        Shown::TooFew(n) => Err(n),
    };
    let everyone = count(Filter::default());
    let diensten = count(Filter {
        kind: Some(OrganisationKind::Omgevingsdienst),
        period: None,
    });
    assert_eq!(
        everyone, diensten,
        "the difference is nobody, not the gemeente"
    );
    assert_eq!(everyone.unwrap().0, 5);
    assert_eq!(left_out(&all), 1);
    // The same across periods: one contribution alone in its period is left out everywhere.
    let mut periods = many(5, OrganisationKind::Gemeente, "2021-2022");
    periods.extend(many(5, OrganisationKind::Gemeente, "2025-2026"));
    periods.push(contribution(
        "alleen",
        OrganisationKind::Gemeente,
        "2023-2024",
        4,
    ));
    let all_periods = figures(&group(&periods, &Filter::default()), catalogue());
    let Shown::Figures(f) = all_periods else {
        panic!()
    };
    assert_eq!(f.count, 10);
}

#[test]
fn texts_come_sorted_so_their_order_says_nothing_about_who_sent_them() {
    let mut list = many(5, OrganisationKind::Gemeente, "2025-2026");
    for (c, text) in list.iter_mut().zip(["zeta", "Alfa", "mu", "", "beta"]) {
        c.stappenplan_experience = text.into();
        c.profiles.get_mut("casemanager").unwrap().participants = Some(text.len() as u32);
    }
    let refs: Vec<&Contribution> = list.iter().collect();
    let Shown::Figures(f) = figures(&refs, catalogue()) else {
        panic!()
    };
    // Sorted by character (capitals first): the order says nothing about who sent them.
    assert_eq!(f.stappenplan_experiences, ["Alfa", "beta", "mu", "zeta"]);
    // Participants 4, 4, 2, 0 (n.v.t. none), 4: the median of [0, 2, 4, 4, 4] is 4.
    assert_eq!(f.profiles[0].median_participants, Some(4));
    let mut shuffled = list.clone();
    shuffled.reverse();
    let refs: Vec<&Contribution> = shuffled.iter().collect();
    let Shown::Figures(g) = figures(&refs, catalogue()) else {
        panic!()
    };
    assert_eq!(
        g.stappenplan_experiences, f.stappenplan_experiences,
        "the same whatever the order"
    );
}

#[test]
fn names_appear_only_in_the_list_of_who_contributed() {
    let mut list = many(5, OrganisationKind::Gemeente, "2025-2026");
    list[0].organisation = "Gemeente Zuid".into();
    list[1].organisation = "Gemeente Noord".into();
    let set = NetworkSet {
        contributions: list,
        ..Default::default()
    };
    assert_eq!(
        set.contributors(),
        (
            vec!["Gemeente Noord".to_string(), "Gemeente Zuid".to_string()],
            3
        )
    );
    let blocks = network_document(&set, &View::default(), catalogue(), TODAY);
    let with_name: Vec<&Block> = blocks
        .iter()
        .filter(|b| format!("{b:?}").contains("Gemeente Zuid"))
        .collect();
    assert_eq!(with_name.len(), 1);
    assert!(matches!(with_name[0], Block::List(_)), "{with_name:?}");
}

// --- the set and its file ---------------------------------------------------------------------

#[test]
fn the_same_contribution_id_twice_keeps_the_newest() {
    let mut set = NetworkSet::default();
    let mut old = contribution("b-1", OrganisationKind::Gemeente, "2025-2026", 2);
    old.made_ms = 10;
    let mut new = old.clone();
    new.made_ms = 20;
    new.profiles.get_mut("casemanager").unwrap().score = Some(4);
    assert_eq!(set.add(old.clone()), AddOutcome::Added);
    assert_eq!(set.add(new.clone()), AddOutcome::Replaced);
    assert_eq!(set.add(old), AddOutcome::KeptNewer);
    assert_eq!(set.add(new), AddOutcome::KeptNewer);
    assert_eq!(set.len(), 1);
    assert_eq!(set.contributions[0].profiles["casemanager"].score, Some(4));
}

#[test]
fn the_combined_file_loads_like_many_contributions_and_keeps_unknown_fields() {
    let mut list = many(7, OrganisationKind::Omgevingsdienst, "2025-2026");
    list[0]
        .unknown
        .insert("zz-nieuw".into(), serde_json::json!({"a": 1}));
    list[1]
        .profiles
        .get_mut("casemanager")
        .unwrap()
        .unknown
        .insert("zz-profiel".into(), "x".into());
    let text = encode_set(&list, NOW);
    let back = decode_contributions(text.as_bytes()).expect("loads");
    assert_eq!(back, list);
    let single = encode_contribution(&list[0], NOW);
    assert_eq!(
        decode_contributions(single.as_bytes()).unwrap(),
        vec![list[0].clone()]
    );
    assert!(single.contains("\"kind\": \"vth-competenties/bijdrage\""));
    assert!(text.starts_with("{\"kind\":\"vth-competenties/netwerkset\""));
}

#[test]
fn wrong_and_hostile_files_are_refused_in_dutch() {
    // An evaluation: a hint that a contribution is made from the evaluation.
    let evaluation = encode_evaluation(&filled(), NOW);
    let e = decode_contributions(evaluation.as_bytes()).unwrap_err();
    assert!(matches!(e, NetworkFileError::NotAContribution { .. }));
    assert!(
        e.to_string().contains("Bijdrage voor het netwerk maken"),
        "{e}"
    );
    // A contribution on the import page: a hint to the Netwerkoverzicht.
    let c = encode_contribution(&contribution("b", OrganisationKind::Gemeente, "", 3), NOW);
    let e = decode_document(c.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("Netwerkoverzicht"), "{e}");
    // Newer schema, unknown edition, bad score, too large, not JSON.
    let newer = c.replace("\"schema\": 1", "\"schema\": 9");
    assert!(matches!(
        decode_contributions(newer.as_bytes()),
        Err(NetworkFileError::Load(LoadError::NewerSchema { .. }))
    ));
    let edition = c.replace(
        "kwaliteitscriteria-vth-2.3-bijlage-d",
        "kwaliteitscriteria-vth-9",
    );
    let e = decode_contributions(edition.as_bytes()).unwrap_err();
    assert!(
        matches!(e, NetworkFileError::UnknownCatalogue { .. }),
        "{e:?}"
    );
    let score = c.replace("\"score\": 3", "\"score\": 7");
    let e = decode_contributions(score.as_bytes()).unwrap_err();
    assert!(
        e.to_string()
            .contains("contribution.profiles.casemanager.score"),
        "{e}"
    );
    let big = vec![b' '; MAX_NETWORK_FILE_BYTES + 1];
    assert!(matches!(
        decode_contributions(&big),
        Err(NetworkFileError::TooLarge { max_mb: 20, .. })
    ));
    assert!(matches!(
        decode_contributions(b"<html>"),
        Err(NetworkFileError::Load(LoadError::NotJson { .. }))
    ));
    let no_id = c.replace("\"id\": \"b\"", "\"id\": \"\"");
    assert!(decode_contributions(no_id.as_bytes())
        .unwrap_err()
        .to_string()
        .contains("contribution.id"));
}

#[test]
fn markup_and_formulas_stay_text() {
    let mut c = contribution("b", OrganisationKind::Gemeente, "<b>2025</b>", 3);
    c.organisation = "=HYPERLINK(\"http://x\")".into();
    c.stappenplan_experience = "<script>alert(1)</script>".into();
    let back = decode_contributions(encode_contribution(&c, NOW).as_bytes()).unwrap();
    assert_eq!(back[0].stappenplan_experience, "<script>alert(1)</script>");
    let set = NetworkSet {
        contributions: vec![c; 1],
        ..Default::default()
    };
    let sheets = count_sheets(&set, &View::default(), catalogue());
    // The spreadsheet holds counts only: no name, no text.
    let all = format!("{:?}", sheets);
    assert!(
        !all.contains("HYPERLINK") && !all.contains("script"),
        "{all}"
    );
}

// --- the set in this browser ---------------------------------------------------------------------

fn env(kv: &Rc<MemoryStorage>) -> Env {
    Env {
        storage: kv.clone(),
        clock: ManualClock::new(NOW, 60),
        ids: Rc::new(CountingIds::default()),
    }
}

#[test]
fn a_broken_file_is_named_and_the_others_still_count_and_are_kept() {
    Owner::new().with(|| {
        let kv = MemoryStorage::new();
        let network = Network::open(env(&kv));
        let files: Vec<(String, Result<Vec<u8>, NetworkFileError>)> =
            many(5, OrganisationKind::Gemeente, "2025-2026")
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    (
                        format!("b{i}.json"),
                        Ok(encode_contribution(c, NOW).into_bytes()),
                    )
                })
                .chain([
                    ("kapot.json".to_string(), Ok(b"{\"kind\": ".to_vec())),
                    (
                        "evaluatie.json".to_string(),
                        Ok(encode_evaluation(&filled(), NOW).into_bytes()),
                    ),
                    ("weg.json".to_string(), Err(NetworkFileError::NotRead)),
                ])
                .collect();
        let reports = network.add_files(files);
        assert_eq!(reports.len(), 8);
        assert_eq!(reports.iter().filter(|r| r.refused()).count(), 3);
        assert!(
            reports[5]
                .message()
                .starts_with("Niet gelezen. Het bestand houdt midden in op"),
            "{}",
            reports[5].message()
        );
        assert!(reports[6]
            .message()
            .contains("Bijdrage voor het netwerk maken"));
        assert_eq!(reports[0].message(), "1 bijdrage toegevoegd.");
        assert_eq!(network.with(NetworkSet::len), 5);
        // Kept: a new page finds them.
        let again = Network::open(env(&kv));
        assert_eq!(again.with(NetworkSet::len), 5);
        // The same files again change nothing.
        let same = encode_contribution(&again.contributions()[0], NOW).into_bytes();
        let r = again.add_files(vec![("b0.json".into(), Ok(same))]);
        assert_eq!(
            r[0].outcome,
            FileOutcome::Read {
                added: 0,
                replaced: 0,
                unchanged: 1
            }
        );
        // Removing empties this browser too.
        again.clear();
        assert_eq!(kv.get(NETWORK_KEY), None);
    });
}

#[test]
fn an_unreadable_stored_set_is_kept_aside_and_a_newer_one_is_never_written_over() {
    Owner::new().with(|| {
        let kv = MemoryStorage::new();
        kv.set(NETWORK_KEY, "{kapot").unwrap();
        let network = Network::open(env(&kv));
        assert!(network.stored_problem().get_untracked().is_some());
        assert_eq!(kv.get(NETWORK_KEY), None);
        let aside: Vec<String> = kv
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(kv.get(&aside[0]).as_deref(), Some("{kapot"));

        let newer = encode_set(&many(1, OrganisationKind::Gemeente, ""), NOW)
            .replace("\"schema\":1", "\"schema\":7");
        kv.set(NETWORK_KEY, &newer).unwrap();
        let network = Network::open(env(&kv));
        assert_eq!(network.keep_error().get_untracked(), Some(KeepError::Newer));
        let c = encode_contribution(&contribution("x", OrganisationKind::Gemeente, "", 2), NOW);
        network.add_files(vec![("x.json".into(), Ok(c.into_bytes()))]);
        assert_eq!(
            kv.get(NETWORK_KEY).as_deref(),
            Some(newer.as_str()),
            "left as the newer app wrote it"
        );
    });
}

#[test]
fn a_full_browser_keeps_the_set_on_the_page_and_says_so() {
    Owner::new().with(|| {
        let kv = MemoryStorage::new();
        kv.set_quota(Some(200));
        let network = Network::open(env(&kv));
        let files = many(5, OrganisationKind::Gemeente, "2025-2026")
            .iter()
            .map(|c| {
                (
                    "b.json".to_string(),
                    Ok(encode_contribution(c, NOW).into_bytes()),
                )
            })
            .collect();
        network.add_files(files);
        assert_eq!(network.with(NetworkSet::len), 5);
        assert_eq!(network.keep_error().get_untracked(), Some(KeepError::Full));
        assert!(KeepError::Full
            .to_string()
            .contains("Bewaar de set als bestand"));
        let _ = storage::load_network(kv.as_ref(), None);
    });
}

#[test]
fn merging_a_colleagues_copy_brings_the_experiences_the_session_count_and_the_contribution_id() {
    use vth_competenties::domain::merge::merge;
    let here = filled();
    let mut theirs = filled();
    theirs.conclusions.experiences.stappenplan = "Te veel stappen".into();
    theirs
        .conclusions
        .experiences
        .profiles
        .insert("casemanager".into(), "Regie is vaag".into());
    theirs.assessment_mut("casemanager").participant_count = Some(6);
    theirs.contribution.id = "bijdrage-eerder".into();
    theirs.contribution.organisation_kind = Some(OrganisationKind::Omgevingsdienst);
    theirs.contribution.with_name = true;
    let (merged, changes) = merge(&here, &theirs, catalogue());
    assert_eq!(
        merged.conclusions.experiences.stappenplan,
        "Te veel stappen"
    );
    assert_eq!(
        merged.conclusions.experiences.profiles["casemanager"],
        "Regie is vaag"
    );
    assert_eq!(merged.assessment("casemanager").participant_count, Some(6));
    assert_eq!(
        merged.contribution.id, "bijdrage-eerder",
        "one id for every copy"
    );
    assert_eq!(
        merged.contribution.organisation_kind,
        Some(OrganisationKind::Omgevingsdienst)
    );
    assert!(
        !merged.contribution.with_name,
        "the ticks stay this browser's own"
    );
    let places: Vec<&str> = changes.iter().map(|c| c.place.as_str()).collect();
    for place in [
        "Ervaringen: het stappenplan",
        "Ervaringen: Casemanager",
        "Stap 1, Casemanager: aantal deelnemers",
        "Bijdrage voor het netwerk: soort organisatie",
    ] {
        assert!(places.contains(&place), "{place} in {places:?}");
    }
}

#[test]
fn the_next_cycle_keeps_the_choices_but_makes_a_new_contribution() {
    use vth_competenties::domain::dates::Date;
    use vth_competenties::domain::report::next_cycle;
    let mut ev = filled();
    ev.contribution.id = "bijdrage-2025".into();
    ev.contribution.organisation_kind = Some(OrganisationKind::Provincie);
    ev.contribution.with_action_texts = true;
    let next = next_cycle(
        &ev,
        "ev-2".into(),
        NOW,
        Date {
            year: 2027,
            month: 1,
            day: 1,
        },
    );
    assert_eq!(
        next.contribution.id, "",
        "a new period is a new contribution, not a correction"
    );
    assert_eq!(
        next.contribution.organisation_kind,
        Some(OrganisationKind::Provincie)
    );
    assert!(next.contribution.with_action_texts);
}

#[test]
fn two_periods_side_by_side_follow_the_set_and_keep_the_users_choice() {
    use vth_competenties::domain::network::overview::compare_pair;
    let p = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let none = [None, None];
    assert_eq!(compare_pair(&p(&["2023-2024"]), &none), None);
    assert_eq!(
        compare_pair(&p(&["2021-2022", "2023-2024", "2025-2026"]), &none),
        Some(["2023-2024".to_string(), "2025-2026".to_string()])
    );
    let chosen = [Some("2021-2022".to_string()), None];
    assert_eq!(
        compare_pair(&p(&["2021-2022", "2023-2024", "2025-2026"]), &chosen),
        Some(["2021-2022".to_string(), "2025-2026".to_string()])
    );
    // A chosen period no longer in the set gives way to the default.
    assert_eq!(
        compare_pair(&p(&["2023-2024", "2025-2026"]), &chosen),
        Some(["2023-2024".to_string(), "2025-2026".to_string()])
    );
}

#[test]
fn one_score_among_four_not_applicable_is_not_shown_and_cannot_be_subtracted() {
    // Five gemeenten in 2025-2026: one scored casemanager 2, four marked it n.v.t.
    let mut recent = many(5, OrganisationKind::Gemeente, "2025-2026");
    for c in recent.iter_mut().skip(1) {
        let p = c.profiles.get_mut("casemanager").unwrap();
        p.not_applicable = true;
        p.score = None;
    }
    recent[0].profiles.get_mut("casemanager").unwrap().score = Some(2);
    let mut all = recent.clone();
    all.extend(many(5, OrganisationKind::Gemeente, "2023-2024"));
    let casemanager = |filter: Filter| match figures(&group(&all, &filter), catalogue()) {
        Shown::Figures(f) => f.profiles[0].clone(),
        Shown::TooFew(n) => panic!("too few: {n}"),
    };
    let period = |p: &str| Filter {
        kind: None,
        period: Some(p.into()),
    };
    let lone = casemanager(period("2025-2026"));
    assert_eq!(lone.scores, [0; 5], "the one score is not shown");
    assert_eq!((lone.hidden, lone.not_applicable), (1, 4));
    assert!(lone.methods.is_empty() && lone.median_participants.is_none());
    // All periods minus 2023-2024 leaves nothing to find.
    let everyone = casemanager(Filter::default());
    let earlier = casemanager(period("2023-2024"));
    assert_eq!(everyone.scores, earlier.scores);
    assert_eq!(everyone.hidden, 1);
    // The files say why.
    let set = NetworkSet {
        contributions: all,
        ..Default::default()
    };
    let view = View {
        filter: period("2025-2026"),
        compare: None,
    };
    let text = format!("{:?}", network_document(&set, &view, catalogue(), TODAY));
    assert!(text.contains("1 score wordt niet getoond"), "{text}");
}
