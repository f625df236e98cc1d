//! What the user chooses on the report page: for whom ([`ReportVariant`]) and whether names
//! of people are shown ([`ReportOptions`]).

/// Who the report is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReportVariant {
    /// Everything, for the organisation itself.
    #[default]
    Full,
    /// For the management team or the board: scores, conclusions and the action plan.
    Summary,
    /// What the toetsingspakket holds, as the peer organisations will see it.
    PeerReview,
}

// The value is the one in the form and in the address; the label is the choice on the
// report page.
words!(ReportVariant {
    Full => "volledig", "Volledig (intern)";
    Summary => "samenvatting", "Samenvatting voor MT of bestuur";
    PeerReview => "collegiale-toetsing", "Voor de collegiale toetsing";
});

impl ReportVariant {
    /// What the reader gets, under the choice.
    pub fn description(self) -> &'static str {
        match self {
            ReportVariant::Full => {
                "Alles wat is ingevuld, ook de aantekeningen bij de hulpvragen en de losse \
                 scores. Namen van personen alleen als u dat hieronder kiest."
            }
            ReportVariant::Summary => {
                "De score per profiel met het begin van de toelichting, de conclusies en het \
                 actieplan. Zonder de velden met namen (deelnemers, eigenaren van acties) en \
                 zonder losse scores. Wat in een toelichting of conclusie staat, gaat wel mee: \
                 staan daar namen in, haal ze er dan eerst uit."
            }
            ReportVariant::PeerReview => {
                "Wat er in het toetsingspakket voor de collega-organisaties staat: per profiel \
                 de score en de toelichting, en uw vragen voor stap 2. Zonder de velden met \
                 namen (contactpersoon, deelnemers), zonder losse scores en zonder uw \
                 conclusies. Wat in een toelichting staat, gaat wel mee."
            }
        }
    }

    /// The title under the organisation's name.
    pub fn title(self) -> &'static str {
        match self {
            ReportVariant::Full => "Rapport",
            ReportVariant::Summary => "Samenvatting voor MT of bestuur",
            ReportVariant::PeerReview => "Overzicht voor de collegiale toetsing",
        }
    }

    /// Whether the user may choose to show names of people in it.
    pub fn may_show_names(self) -> bool {
        self == ReportVariant::Full
    }

    pub(super) fn file_prefix(self) -> &'static str {
        match self {
            ReportVariant::Full => "vth-rapport",
            ReportVariant::Summary => "vth-samenvatting",
            ReportVariant::PeerReview => "vth-rapport-toetsing",
        }
    }
}

/// What the user chose on the report page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportOptions {
    pub variant: ReportVariant,
    /// "Namen van deelnemers tonen"; only the full report honours it.
    pub show_names: bool,
}

impl ReportOptions {
    pub fn new(variant: ReportVariant, show_names: bool) -> Self {
        ReportOptions {
            variant,
            show_names: show_names && variant.may_show_names(),
        }
    }
}
