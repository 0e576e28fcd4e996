//! The CRM spots that do work on an element rather than show it: the to-do a `CRM_*_DETAIL_ACTIVITY`
//! item creates (classic slider and the portal-drawn built-in interface), the timeline record, the
//! offer document, the robot settings form and the search providers.

pub mod document;
pub mod layout;
pub mod record;
pub mod robot;
pub mod search;
pub mod todo;
