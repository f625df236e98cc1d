//! Mijn evaluaties and the three-step workspace.

mod action_item;
mod action_plan;
mod assessor_scores;
mod assessors_panel;
mod conclusion_inputs;
mod conclusions_step;
mod copy_overview;
mod create_form;
mod evaluation_card;
mod evaluations_page;
mod experiences;
mod next_cycle;
mod not_applicable;
mod overview;
mod own_questions;
mod peer_notes;
mod peer_panel;
mod peer_readout;
mod peer_review_step;
mod previous_score;
mod profile_assessment;
mod score_radio_group;
mod scoring_details;
mod self_evaluation_list;
mod step_done;
mod step_nav;
mod task_list;
mod where_is_my_work;
mod workspace;

pub use evaluations_page::EvaluationsPage;
pub use workspace::Workspace;
