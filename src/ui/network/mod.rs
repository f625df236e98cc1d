//! Learning across organisations: the contribution an organisation makes from its evaluation
//! (in the workspace), and the Netwerkoverzicht page where a coordinator brings many together
//! (a chunk of its own). The figures and rules are in `domain::network`, the set in
//! `state::network`.

mod add_contributions;
mod compare_periods;
mod contribution_page;
mod distribution;
mod file_reports;
mod group_view;
mod network_downloads;
mod network_page;
mod others_scores;
mod set_summary;
mod too_few;

pub use contribution_page::ContributionPage;
pub use network_page::NetworkPage;
pub use others_scores::OthersScores;
