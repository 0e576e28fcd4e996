//! How the app installs itself into a portal, as pure logic the wasm app runs and native tests check.
//!
//! A portal shows an app's widgets only where a handler is bound and only once the installation has
//! finished (`BX24.installFinish`). This crate knows:
//! - [`offer`]: every widget the app offers, by area, with what it does, how the portal registers it
//!   and the bind options it takes;
//! - [`portal`]: what the portal already holds (`placement.get`, `userfieldtype.list`, ...), read
//!   leniently;
//! - [`plan`]: the REST calls that register what an admin picked and is missing (and, for the settings
//!   page, remove what is no longer wanted), with `LANG_ALL` titles in every shipped language;
//! - [`run`]: a run's progress, where "Handler already binded" is success and a call whose outcome is
//!   unknown is never resent before the portal has been re-read.
//!
//! Bitrix24 docs: <https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html>,
//! <https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-add.html>.

pub mod offer;
pub mod plan;
pub mod portal;
pub mod run;

pub use offer::{Area, Offer, Purpose, Registration, OFFERS};
pub use plan::{
    change_steps, choices, default_selection, install_steps, Action, Choice, HandlerUrl,
    HandlerUrlError, Labels, LocalText, Step,
};
pub use portal::PortalState;
pub use run::{Answer, Run, StepState};

/// The app option (`appOption.set`) under which the app records the site placements it registered
/// with `landing.repo.bind`, since no portal method lists them.
pub const LANDING_OPTION: &str = "landing_placements";
