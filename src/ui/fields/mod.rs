//! Labelled form fields shared by the steps.

mod text_area;
mod text_input;

pub use text_area::TextArea;
pub use text_input::TextInput;
