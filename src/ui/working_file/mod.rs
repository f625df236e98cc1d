//! The working file: the evaluation saved to a file on the organisation's own drive on every
//! autosave (File System Access API, Chromium and Edge), and, in other browsers, a reminder to
//! save a copy as a file.

mod file_actions_help;
mod fs_access;
mod handle_store;
mod reminder;
mod service;
mod working_file_panel;

pub use file_actions_help::FileActionsHelp;
pub use reminder::SaveCopyReminder;
pub use service::{provide_working_files, use_working_files, FileStatus, WorkingFiles};
pub use working_file_panel::WorkingFilePanel;
