//! Every page of the app as a value, and its address.
//!
//! Addresses are hash routes (`#/profielen/casemanager`): they survive a reload on any
//! static file server, under any sub-path and from `file://`, without server rewrites.

use crate::domain::catalogue::SHELL;

pub const APP_NAME: &str = "Inzicht in competentieprofielen VTH";

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Profiles,
    Profile(String),
    Stappenplan,
    Scale,
    DilemmasLevels,
    /// Mijn evaluaties: the list, and creating one.
    Evaluations,
    /// Bestand importeren.
    Import,
    Privacy,
    Accessibility,
    /// Groei: scores of several cycles side by side.
    Growth,
    /// Netwerkoverzicht: many organisations' contributions together.
    Network,
    /// One evaluation, on one of its views.
    Evaluation(String, EvaluationView),
    /// A blank worksheet to print, for a conversation on paper.
    Worksheet(Step),
    NotFound(String),
}

/// The three steps of the stappenplan, for worksheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    SelfEvaluation,
    PeerReview,
    Conclusions,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::SelfEvaluation, Step::PeerReview, Step::Conclusions];

    /// The step's part of an address: `stap-1`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::SelfEvaluation => "stap-1",
            Step::PeerReview => "stap-2",
            Step::Conclusions => "stap-3",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::SelfEvaluation => "Stap 1: Zelfevaluatie",
            Step::PeerReview => "Stap 2: Collegiale toetsing",
            Step::Conclusions => "Stap 3: Conclusies en actieplan",
        }
    }
}

/// The views of one evaluation's workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvaluationView {
    /// Overview and details (organisation, contact, period).
    Overview,
    /// Stap 1: the list of profiles.
    SelfEvaluation,
    /// Stap 1 for one profile.
    Profile(String),
    PeerReview,
    Conclusions,
    Report,
    /// The contribution to a network: choices, preview, download.
    Contribution,
    /// A worksheet to print, filled in with what is entered so far.
    Worksheet(Step),
}

impl Route {
    /// A page of one evaluation.
    pub fn of(evaluation: crate::state::EvaluationRef, view: EvaluationView) -> Route {
        Route::Evaluation(evaluation.id(), view)
    }

    /// Reads a route from a location hash such as `#/profielen/casemanager`.
    /// Unknown addresses give [`Route::NotFound`] with the path, so the page can say what
    /// was asked for.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["profielen"] => Route::Profiles,
            ["profielen", id] => Route::Profile((*id).to_string()),
            ["stappenplan"] => Route::Stappenplan,
            ["beoordelingsschaal"] => Route::Scale,
            ["dilemmas-en-levels"] => Route::DilemmasLevels,
            ["evaluaties"] => Route::Evaluations,
            ["importeren"] => Route::Import,
            ["privacy"] => Route::Privacy,
            ["toegankelijkheid"] => Route::Accessibility,
            ["groei"] => Route::Growth,
            ["netwerk"] => Route::Network,
            ["evaluaties", id, rest @ ..] => {
                let view = match rest {
                    [] => EvaluationView::Overview,
                    ["stap-1"] => EvaluationView::SelfEvaluation,
                    ["stap-1", profile] => EvaluationView::Profile((*profile).to_string()),
                    ["stap-2"] => EvaluationView::PeerReview,
                    ["stap-3"] => EvaluationView::Conclusions,
                    ["rapport"] => EvaluationView::Report,
                    ["bijdrage"] => EvaluationView::Contribution,
                    ["werkblad", step] => match Step::from_slug(step) {
                        Some(step) => EvaluationView::Worksheet(step),
                        None => return Route::NotFound(path.to_string()),
                    },
                    _ => return Route::NotFound(path.to_string()),
                };
                Route::Evaluation((*id).to_string(), view)
            }
            ["werkbladen", step] => match Step::from_slug(step) {
                Some(step) => Route::Worksheet(step),
                None => Route::NotFound(path.to_string()),
            },
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The address to link to, as used in `href`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Profiles => "#/profielen".to_string(),
            Route::Profile(id) => format!("#/profielen/{id}"),
            Route::Stappenplan => "#/stappenplan".to_string(),
            Route::Scale => "#/beoordelingsschaal".to_string(),
            Route::DilemmasLevels => "#/dilemmas-en-levels".to_string(),
            Route::Evaluations => "#/evaluaties".to_string(),
            Route::Import => "#/importeren".to_string(),
            Route::Privacy => "#/privacy".to_string(),
            Route::Accessibility => "#/toegankelijkheid".to_string(),
            Route::Growth => "#/groei".to_string(),
            Route::Network => "#/netwerk".to_string(),
            Route::Evaluation(id, view) => match view {
                EvaluationView::Overview => format!("#/evaluaties/{id}"),
                EvaluationView::SelfEvaluation => format!("#/evaluaties/{id}/stap-1"),
                EvaluationView::Profile(p) => format!("#/evaluaties/{id}/stap-1/{p}"),
                EvaluationView::PeerReview => format!("#/evaluaties/{id}/stap-2"),
                EvaluationView::Conclusions => format!("#/evaluaties/{id}/stap-3"),
                EvaluationView::Report => format!("#/evaluaties/{id}/rapport"),
                EvaluationView::Contribution => format!("#/evaluaties/{id}/bijdrage"),
                EvaluationView::Worksheet(step) => {
                    format!("#/evaluaties/{id}/werkblad/{}", step.slug())
                }
            },
            Route::Worksheet(step) => format!("#/werkbladen/{}", step.slug()),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The document title for this page; the app name comes last so tabs stay readable.
    /// `evaluation` is the display name of the evaluation the route points to, if any.
    pub fn title(&self, evaluation: Option<&str>) -> String {
        let page = match self {
            Route::Home => return APP_NAME.to_string(),
            Route::Profiles => "Competentieprofielen".to_string(),
            Route::Profile(id) => match SHELL.profile_name(id) {
                Some(name) => format!("Profiel {name}"),
                None => "Profiel niet gevonden".to_string(),
            },
            Route::Stappenplan => "Stappenplan".to_string(),
            Route::Scale => "Beoordelingsschaal".to_string(),
            Route::DilemmasLevels => "Dilemma's en levels".to_string(),
            Route::Evaluations => "Mijn evaluaties".to_string(),
            Route::Import => "Bestand importeren".to_string(),
            Route::Privacy => "Privacy".to_string(),
            Route::Accessibility => "Toegankelijkheid".to_string(),
            Route::Growth => "Groei over de cycli".to_string(),
            Route::Network => "Netwerkoverzicht".to_string(),
            Route::Evaluation(_, view) => {
                let Some(name) = evaluation else {
                    return format!("Evaluatie niet gevonden · {APP_NAME}");
                };
                let step = match view {
                    EvaluationView::Overview => "Overzicht".to_string(),
                    EvaluationView::SelfEvaluation => "Stap 1 Zelfevaluatie".to_string(),
                    EvaluationView::Profile(id) => match SHELL.profile_name(id) {
                        Some(name) => format!("Stap 1 {name}"),
                        None => "Stap 1".to_string(),
                    },
                    EvaluationView::PeerReview => "Stap 2 Collegiale toetsing".to_string(),
                    EvaluationView::Conclusions => "Stap 3 Conclusies en actieplan".to_string(),
                    EvaluationView::Report => "Rapport".to_string(),
                    EvaluationView::Contribution => "Bijdrage voor het netwerk".to_string(),
                    EvaluationView::Worksheet(step) => format!("Werkblad {}", step.title()),
                };
                format!("{step} · {name}")
            }
            Route::Worksheet(step) => format!("Werkblad {}", step.title()),
            Route::NotFound(_) => "Pagina niet gevonden".to_string(),
        };
        format!("{page} · {APP_NAME}")
    }

    /// The main navigation item this page belongs to, for `aria-current`.
    pub fn section(&self) -> Route {
        match self {
            Route::Profile(_) => Route::Profiles,
            Route::Evaluation(..) | Route::Growth => Route::Evaluations,
            Route::Worksheet(_) => Route::Stappenplan,
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_page_and_round_trips_through_href() {
        let routes = [
            Route::Home,
            Route::Profiles,
            Route::Profile("casemanager".into()),
            Route::Stappenplan,
            Route::Scale,
            Route::DilemmasLevels,
            Route::Evaluations,
            Route::Import,
            Route::Privacy,
            Route::Accessibility,
            Route::Evaluation("ev-1".into(), EvaluationView::Overview),
            Route::Evaluation("ev-1".into(), EvaluationView::SelfEvaluation),
            Route::Evaluation("ev-1".into(), EvaluationView::Profile("casemanager".into())),
            Route::Evaluation("ev-1".into(), EvaluationView::PeerReview),
            Route::Evaluation("ev-1".into(), EvaluationView::Conclusions),
            Route::Evaluation("ev-1".into(), EvaluationView::Worksheet(Step::PeerReview)),
            Route::Worksheet(Step::SelfEvaluation),
            Route::Worksheet(Step::Conclusions),
            Route::Evaluation("ev-1".into(), EvaluationView::Report),
            Route::Evaluation("ev-1".into(), EvaluationView::Contribution),
            Route::Growth,
            Route::Network,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn tolerates_empty_and_sloppy_hashes() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/profielen/"), Route::Profiles);
        assert_eq!(
            Route::parse("#//profielen//casemanager"),
            Route::Profile("casemanager".into())
        );
        assert_eq!(Route::parse("#/profielen?x=1"), Route::Profiles);
    }

    #[test]
    fn unknown_paths_are_not_found_with_the_path() {
        assert_eq!(
            Route::parse("#/bestaat-niet"),
            Route::NotFound("bestaat-niet".into())
        );
        assert_eq!(
            Route::parse("#/profielen/a/b"),
            Route::NotFound("profielen/a/b".into())
        );
        assert_eq!(
            Route::parse("#/evaluaties/x/stap-4"),
            Route::NotFound("evaluaties/x/stap-4".into())
        );
    }

    #[test]
    fn titles_name_the_page_and_the_app() {
        assert_eq!(Route::Home.title(None), APP_NAME);
        assert_eq!(
            Route::Profile("vergunningverlener".into()).title(None),
            "Profiel Vergunningverlener · Inzicht in competentieprofielen VTH"
        );
        assert!(Route::Profile("onbekend".into())
            .title(None)
            .starts_with("Profiel niet gevonden"));
        let step = Route::Evaluation("x".into(), EvaluationView::Profile("casemanager".into()));
        assert_eq!(
            step.title(Some("RUD Zeeland, 2025-2026")),
            "Stap 1 Casemanager · RUD Zeeland, 2025-2026 · Inzicht in competentieprofielen VTH"
        );
        assert!(step.title(None).starts_with("Evaluatie niet gevonden"));
    }

    #[test]
    fn profile_pages_belong_to_the_profiles_section() {
        assert_eq!(Route::Profile("x".into()).section(), Route::Profiles);
        assert_eq!(Route::Scale.section(), Route::Scale);
        assert_eq!(
            Route::Evaluation("x".into(), EvaluationView::PeerReview).section(),
            Route::Evaluations
        );
        assert_eq!(
            Route::Evaluation("x".into(), EvaluationView::PeerReview).section(),
            Route::Evaluations
        );
    }
}
