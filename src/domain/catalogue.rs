//! The catalogue: what Bijlage D of the Kwaliteitscriteria VTH says, as typed data.
//!
//! The texts live in `data/*.json`, carried verbatim from the source (typos included) and
//! compiled into the binary. Each catalogue has a stable id; every evaluation records the id
//! of the catalogue it was made with, so a later edition (say Kwaliteitscriteria 3.0) can be
//! added to [`CATALOGUES`] beside this one without breaking older evaluations.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Id of the catalogue new evaluations use.
pub const CURRENT_CATALOGUE_ID: &str = "kwaliteitscriteria-vth-2.3-bijlage-d";

/// Every catalogue edition this app knows: (id, embedded JSON).
const CATALOGUES: &[(&str, &str)] = &[(
    CURRENT_CATALOGUE_ID,
    include_str!("data/kwaliteitscriteria-vth-2.3.json"),
)];

/// The few texts of the current catalogue the first load shows: the start page's
/// "Aanleiding" and "Uitgangspunten", the edition in the footer, the profile names in page
/// titles. Written by `build.rs` from the same JSON as `&'static str` data, so the shell needs
/// neither the catalogue nor the code that reads it (both stay in the pages' wasm chunks). A
/// host test checks it against [`Catalogue::current`].
pub static SHELL: Shell = include!(concat!(env!("OUT_DIR"), "/catalogue_shell.rs"));

/// See [`SHELL`].
#[derive(Debug)]
pub struct Shell {
    pub id: &'static str,
    pub title: &'static str,
    pub aanleiding: ShellSection,
    pub uitgangspunten: ShellUitgangspunten,
    /// (id, name) of every profile, in the catalogue's order.
    pub profiles: &'static [(&'static str, &'static str)],
}

#[derive(Debug)]
pub struct ShellSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

#[derive(Debug)]
pub struct ShellUitgangspunten {
    pub heading: &'static str,
    pub intro: &'static str,
    /// (heading, items) of every group.
    pub groups: &'static [(&'static str, &'static [&'static str])],
}

impl Shell {
    /// A profile's name, by its id.
    pub fn profile_name(&self, id: &str) -> Option<&'static str> {
        self.profiles
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, name)| *name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub id: String,
    /// Human name of the edition, e.g. "Kwaliteitscriteria VTH 2.3 (2022), bijlage D".
    pub title: String,
    pub document_title: String,
    pub aanleiding: Section,
    pub uitgangspunten: Uitgangspunten,
    pub onderdelen: Onderdelen,
    pub dilemmas: Vec<Dilemma>,
    pub levels: Vec<Level>,
    pub profiles: Vec<Profile>,
    pub stappenplan: Stappenplan,
    pub scale: Scale,
    pub score_form: ScoreForm,
    pub hulpvragen: Hulpvragen,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Uitgangspunten {
    pub heading: String,
    pub intro: String,
    pub groups: Vec<BulletGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BulletGroup {
    pub heading: String,
    pub items: Vec<String>,
}

/// The five parts every profile consists of, with the text that explains each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Onderdelen {
    pub heading: String,
    pub intro: String,
    pub outro: String,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub number: u8,
    /// Name as listed ("Omschrijving van de rol").
    pub name: String,
    /// Heading of the explaining section ("Omschrijving van de rollen").
    pub heading: String,
    pub text: String,
}

/// A tension within a role, e.g. "consolideren versus vernieuwen".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dilemma {
    pub id: String,
    pub name: String,
    pub pole_a: String,
    pub pole_b: String,
    pub question: String,
}

/// One of the four levels (intra-persoonlijk ... iteratief).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// Where a profile sits on one dilemma. Not in the source text (it was a picture), so
/// every profile of edition 2.3 has none; the type exists so a later edition can fill it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DilemmaPosition {
    pub dilemma_id: String,
    /// 0.0 = fully `pole_a`, 1.0 = fully `pole_b`.
    pub position: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Stable id, used in URLs and in stored evaluations. Never change it.
    pub id: String,
    pub number: u8,
    pub name: String,
    pub deskundigheidsgebieden: Vec<String>,
    pub role_description: String,
    /// The question of the "score zelfevaluatie" form for this profile.
    pub score_question: String,
    /// Not in the source (a picture): `None` for edition 2.3. Never invent these.
    #[serde(default)]
    pub dilemma_positions: Option<Vec<DilemmaPosition>>,
    /// Id of a [`Level`]. Not in the source (a picture): `None` for edition 2.3.
    #[serde(default)]
    pub level: Option<String>,
    pub competencies: Vec<Competency>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Competency {
    /// Unique within its profile.
    pub id: String,
    pub name: String,
    pub bullets: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stappenplan {
    pub heading: String,
    pub subheading: String,
    pub intro: String,
    pub steps: Vec<Step>,
    pub hulpvragen_heading: String,
    pub hulpvragen_intro: String,
    pub holistisch_footnote: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub number: u8,
    /// "Stap 2: Optioneel: Collegiale toetsing"
    pub heading: String,
    /// "Optioneel: Collegiale toetsing"
    pub title: String,
    pub text: String,
}

/// The beoordelingsschaal, level 1 (onvoldoende) to 5 (uitzonderlijk).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub heading: String,
    pub intro: String,
    pub levels: Vec<ScaleLevel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScaleLevel {
    pub value: u8,
    pub label_nl: String,
    pub label_en: String,
    pub description: String,
}

/// The fields of the "STAP 1: SCORE ZELFEVALUATIE" form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreForm {
    pub heading: String,
    pub organisation_label: String,
    pub contact_label: String,
    pub explanation_question: String,
    pub explanation_hint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hulpvragen {
    pub questions_column: String,
    pub notes_column: String,
    pub zelfevaluatie: QuestionList,
    pub collegiale_toetsing: QuestionList,
    pub conclusies_actieplan: GroupedQuestions,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionList {
    pub heading: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupedQuestions {
    pub heading: String,
    pub groups: Vec<QuestionGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionGroup {
    pub id: String,
    pub heading: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, the key under which answers are stored. Never change it.
    pub id: String,
    pub text: String,
    /// True for the "... (ruimte voor eigen invulling/aanvulling)" row: room for the
    /// organisation's own questions.
    #[serde(default)]
    pub open: bool,
}

impl Catalogue {
    /// The catalogue new evaluations use.
    pub fn current() -> &'static Catalogue {
        Self::by_id(CURRENT_CATALOGUE_ID).expect("the current catalogue is embedded")
    }

    /// A known catalogue edition, parsed once on first use.
    pub fn by_id(id: &str) -> Option<&'static Catalogue> {
        static PARSED: OnceLock<Vec<Catalogue>> = OnceLock::new();
        PARSED
            .get_or_init(|| {
                CATALOGUES
                    .iter()
                    .map(|(id, json)| {
                        let catalogue: Catalogue = serde_json::from_str(json)
                            .expect("embedded catalogue JSON is valid (tested on the host)");
                        debug_assert_eq!(&catalogue.id, id);
                        catalogue
                    })
                    .collect()
            })
            .iter()
            .find(|c| c.id == id)
    }

    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// What an action is about, as the action plan names it: the profile's name, or
    /// "Overkoepelend" for an action across all profiles (or a profile this edition lacks).
    pub fn action_profile(&self, id: Option<&str>) -> String {
        id.and_then(|id| self.profile(id))
            .map_or_else(|| "Overkoepelend".to_string(), |p| p.name.clone())
    }

    pub fn scale_level(&self, value: u8) -> Option<&ScaleLevel> {
        self.scale.levels.iter().find(|l| l.value == value)
    }

    /// The one way a score is worded everywhere (pages, merge, report, files):
    /// "3 voldoet aan de verwachtingen", or "nog niet gescoord".
    pub fn score_label(&self, score: Option<u8>) -> String {
        score.and_then(|s| self.scale_level(s)).map_or_else(
            || "nog niet gescoord".to_string(),
            |l| format!("{} {}", l.value, l.label_nl),
        )
    }

    /// Every hulpvraag of the three steps, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        let h = &self.hulpvragen;
        h.zelfevaluatie
            .questions
            .iter()
            .chain(&h.collegiale_toetsing.questions)
            .chain(
                h.conclusies_actieplan
                    .groups
                    .iter()
                    .flat_map(|g| &g.questions),
            )
    }

    pub fn step(&self, number: u8) -> Option<&Step> {
        self.stappenplan.steps.iter().find(|s| s.number == number)
    }
}

/// Splits text with `*emphasis*` markers (as in the source: "een set *hulpvragen*") into
/// (text, emphasised) runs, so the interface can show the emphasis without raw asterisks.
pub fn emphasis_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('*') {
        let Some(len) = rest[start + 1..].find('*') else {
            break;
        };
        if start > 0 {
            runs.push((&rest[..start], false));
        }
        runs.push((&rest[start + 1..start + 1 + len], true));
        rest = &rest[start + 2 + len..];
    }
    if !rest.is_empty() {
        runs.push((rest, false));
    }
    runs
}
