//! Host tests: the embedded catalogue is complete and carries the source text verbatim.

use serde_json::Value;
use std::collections::HashSet;
use vth_competenties::domain::catalogue::{emphasis_runs, Catalogue, CURRENT_CATALOGUE_ID};

const SEED: &str = include_str!("../fixtures/bijlage-d-competentieprofielen.txt");

/// Keys whose values are our own identifiers, not text from the source.
const OWN_KEYS: &[&str] = &["id", "title"];

fn collect_texts<'a>(value: &'a Value, key: &str, out: &mut Vec<(String, &'a str)>) {
    match value {
        Value::String(s) if !OWN_KEYS.contains(&key) => out.push((key.to_string(), s)),
        Value::Array(items) => items.iter().for_each(|v| collect_texts(v, key, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| collect_texts(v, k, out)),
        _ => {}
    }
}

fn catalogue_texts() -> Vec<(String, String)> {
    let value = serde_json::to_value(Catalogue::current()).unwrap();
    let mut out = Vec::new();
    collect_texts(&value, "", &mut out);
    out.into_iter().map(|(k, s)| (k, s.to_string())).collect()
}

#[test]
fn current_catalogue_loads_with_its_edition() {
    let c = Catalogue::current();
    assert_eq!(c.id, CURRENT_CATALOGUE_ID);
    assert_eq!(c.title, "Kwaliteitscriteria VTH 2.3 (2022), bijlage D");
    assert_eq!(c.document_title, "Bijlage D Competentieprofielen");
    assert!(Catalogue::by_id("kwaliteitscriteria-vth-9.9").is_none());
}

#[test]
fn five_profiles_with_expected_names_and_stable_ids() {
    let c = Catalogue::current();
    let got: Vec<(&str, &str, u8)> = c
        .profiles
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str(), p.number))
        .collect();
    assert_eq!(
        got,
        vec![
            ("casemanager", "Casemanager", 1),
            ("vergunningverlener", "Vergunningverlener", 2),
            ("toezichthouder-handhaver", "Toezichthouder en handhaver", 3),
            ("juridisch-adviseur", "Juridisch adviseur", 4),
            ("specialistisch-adviseur", "Specialistisch adviseur", 5),
        ]
    );
}

#[test]
fn every_profile_has_five_competencies_with_bullets_and_its_own_sections() {
    for p in &Catalogue::current().profiles {
        assert_eq!(p.competencies.len(), 5, "{}", p.id);
        assert!(
            p.competencies.iter().all(|c| !c.bullets.is_empty()),
            "{}",
            p.id
        );
        assert!(!p.deskundigheidsgebieden.is_empty(), "{}", p.id);
        assert!(p.role_description.len() > 200, "{}", p.id);
        assert!(p.score_question.starts_with("In welke mate voldoen "));
    }
    let c = Catalogue::current();
    let names = |id: &str| -> Vec<String> {
        c.profile(id)
            .unwrap()
            .competencies
            .iter()
            .map(|c| c.name.clone())
            .collect()
    };
    assert_eq!(names("vergunningverlener")[4], "Oordeelsvorming");
    assert_eq!(names("toezichthouder-handhaver")[4], "Assertiviteit");
    assert_eq!(
        c.profile("toezichthouder-handhaver")
            .unwrap()
            .deskundigheidsgebieden
            .len(),
        4
    );
}

#[test]
fn dilemma_positions_and_levels_per_profile_are_not_invented() {
    for p in &Catalogue::current().profiles {
        assert_eq!(p.dilemma_positions, None, "{}", p.id);
        assert_eq!(p.level, None, "{}", p.id);
    }
}

#[test]
fn three_dilemmas_and_four_levels_are_defined_once() {
    let c = Catalogue::current();
    let dilemmas: Vec<&str> = c.dilemmas.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        dilemmas,
        [
            "consolideren versus vernieuwen",
            "taakgericht versus mensgericht",
            "ondersteunen versus sturen"
        ]
    );
    let levels: Vec<&str> = c.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        levels,
        [
            "Intra-persoonlijk",
            "Interpersoonlijk",
            "Interactief",
            "Iteratief"
        ]
    );
}

#[test]
fn scale_has_five_levels_from_onvoldoende_to_uitzonderlijk() {
    let c = Catalogue::current();
    let labels: Vec<(u8, &str, &str)> = c
        .scale
        .levels
        .iter()
        .map(|l| (l.value, l.label_nl.as_str(), l.label_en.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            (1, "onvoldoende", "unsatisfactory"),
            (2, "verbetering nodig", "improvement needed"),
            (3, "voldoet aan de verwachtingen", "meets expectations"),
            (4, "overtreft verwachtingen", "exceeds expectations"),
            (5, "uitzonderlijk", "exceptional"),
        ]
    );
    assert!(c.scale_level(0).is_none() && c.scale_level(6).is_none());
}

#[test]
fn hulpvragen_counts_are_9_7_and_5_plus_1() {
    let h = &Catalogue::current().hulpvragen;
    assert_eq!(h.zelfevaluatie.questions.len(), 9);
    assert_eq!(h.collegiale_toetsing.questions.len(), 7);
    let open: Vec<bool> = h
        .collegiale_toetsing
        .questions
        .iter()
        .map(|q| q.open)
        .collect();
    assert_eq!(open, [false, false, false, false, false, false, true]);
    let groups: Vec<(&str, usize)> = h
        .conclusies_actieplan
        .groups
        .iter()
        .map(|g| (g.heading.as_str(), g.questions.len()))
        .collect();
    assert_eq!(groups, [("Conclusies", 5), ("Actieplan", 1)]);
}

#[test]
fn stappenplan_has_three_steps_in_order() {
    let c = Catalogue::current();
    let titles: Vec<&str> = c
        .stappenplan
        .steps
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Zelfevaluatie",
            "Optioneel: Collegiale toetsing",
            "Conclusies en actieplan"
        ]
    );
    assert_eq!(c.step(2).unwrap().number, 2);
}

#[test]
fn ids_are_unique_and_url_safe() {
    let c = Catalogue::current();
    let url_safe = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    };
    let mut seen = HashSet::new();
    for p in &c.profiles {
        assert!(url_safe(&p.id) && seen.insert(p.id.clone()), "{}", p.id);
        let mut comp = HashSet::new();
        for k in &p.competencies {
            assert!(
                url_safe(&k.id) && comp.insert(k.id.clone()),
                "{}/{}",
                p.id,
                k.id
            );
        }
    }
    let questions = c.questions();
    for q in questions {
        assert!(url_safe(&q.id) && seen.insert(q.id.clone()), "{}", q.id);
    }
    for d in &c.dilemmas {
        assert!(url_safe(&d.id) && seen.insert(d.id.clone()), "{}", d.id);
    }
}

#[test]
fn every_catalogue_text_stands_verbatim_in_the_source() {
    let texts = catalogue_texts();
    assert!(texts.len() > 150, "only {} texts", texts.len());
    for (key, text) in texts {
        assert!(
            SEED.contains(&text),
            "{key}: not verbatim in the source: {text:?}"
        );
    }
}

#[test]
fn every_bullet_and_hulpvraag_of_the_source_is_in_the_catalogue() {
    let texts: Vec<String> = catalogue_texts().into_iter().map(|(_, s)| s).collect();
    let known = |line: &str| {
        texts
            .iter()
            .any(|t| t == line || line.ends_with(t.as_str()))
    };
    let start = SEED.find("Hulpvragen\tRuimte voor aantekeningen").unwrap();
    let mut checked = 0;
    for line in SEED.lines() {
        let bullet = line.strip_prefix("- ");
        let row =
            (SEED.find(line).unwrap() > start && line.ends_with('\t')).then(|| line.trim_end());
        if let Some(text) = bullet.or(row) {
            checked += 1;
            // "Name: description" bullets (dilemmas, levels, scale) are split into parts.
            let ok = known(text) || text.split_once(": ").is_some_and(|(_, d)| known(d));
            assert!(ok, "source line missing from the catalogue: {text:?}");
        }
    }
    assert!(checked > 90, "only {checked} source lines checked");
}

#[test]
fn seed_typos_are_kept() {
    let all: String = catalogue_texts()
        .into_iter()
        .map(|(_, s)| s + "\n")
        .collect();
    for typo in [
        "groeiemodel",
        "handavingsverzoeken",
        "toetsten",
        "om buigen",
        "werken??",
    ] {
        assert!(all.contains(typo), "typo {typo:?} was corrected");
    }
}

#[test]
fn emphasis_markers_split_into_runs() {
    assert_eq!(
        emphasis_runs("een set *hulpvragen*. Dit"),
        vec![("een set ", false), ("hulpvragen", true), (". Dit", false)]
    );
    assert_eq!(emphasis_runs("geen nadruk"), vec![("geen nadruk", false)]);
    assert_eq!(
        emphasis_runs("los * sterretje"),
        vec![("los * sterretje", false)]
    );
}

/// The shell's texts (generated by build.rs for the first load) are the catalogue's own.
#[test]
fn the_shell_texts_are_the_current_catalogues() {
    use vth_competenties::domain::catalogue::SHELL;
    let c = Catalogue::current();
    assert_eq!(SHELL.id, c.id);
    assert_eq!(SHELL.title, c.title);
    assert_eq!(SHELL.aanleiding.heading, c.aanleiding.heading);
    assert_eq!(SHELL.aanleiding.paragraphs, c.aanleiding.paragraphs);
    let u = &c.uitgangspunten;
    assert_eq!(SHELL.uitgangspunten.heading, u.heading);
    assert_eq!(SHELL.uitgangspunten.intro, u.intro);
    let groups: Vec<(&str, Vec<&str>)> = u
        .groups
        .iter()
        .map(|g| {
            (
                g.heading.as_str(),
                g.items.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let shell_groups: Vec<(&str, Vec<&str>)> = SHELL
        .uitgangspunten
        .groups
        .iter()
        .map(|(h, items)| (*h, items.to_vec()))
        .collect();
    assert_eq!(shell_groups, groups);
    let profiles: Vec<(&str, &str)> = c
        .profiles
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(SHELL.profiles, profiles.as_slice());
    assert_eq!(SHELL.profile_name("casemanager"), Some("Casemanager"));
    assert_eq!(SHELL.profile_name("onbekend"), None);
}
