//! The frame around every page.

mod footer;
mod header;
mod link_list;
mod skip_link;

pub use footer::Footer;
pub use header::Header;
pub use link_list::LinkList;
pub use skip_link::SkipLink;
