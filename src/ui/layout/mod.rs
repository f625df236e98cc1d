//! The frame around every page.

mod footer;
mod header;
mod link_list;
mod skip_link;
mod table_region;

pub use footer::Footer;
pub use header::Header;
pub use link_list::LinkList;
pub use skip_link::SkipLink;
pub use table_region::TableRegion;
