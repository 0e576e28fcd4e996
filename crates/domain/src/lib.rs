//! Bitrix24 business data as the widgets need it.
//!
//! For each widget: the one `batch` it sends ([`entity_card::plan`], [`task_card::plan`]) and the view
//! model it renders ([`entity_card::EntityCard`], [`task_card::TaskCard`]), built from the answers read
//! through the batch's typed handles into the serde types of [`answers`] (lenient about the portal's
//! loose typing). Pure Rust: the wasm app renders these, native tests check them against answers
//! shaped as the REST docs show them.

pub mod answers;
pub mod app_link;
pub mod automation;
pub mod calendar_view;
pub mod call_card;
pub mod calls_report;
pub mod connector;
pub mod crm_report;
pub mod crm_row_actions;
pub mod crm_work;
pub mod employee_card;
pub mod entity_card;
pub mod entity_details;
pub mod error;
pub mod format;
pub mod landing;
pub mod messenger;
pub mod people;
pub mod rating_field;
pub mod softphone;
pub mod task_card;
pub mod task_workload;
pub mod workgroup_card;
pub mod write;

pub use error::LoadError;
/// The portal's loosely typed JSON readers, shared with the REST layer and the BX24 binding.
pub use rest::lenient;
