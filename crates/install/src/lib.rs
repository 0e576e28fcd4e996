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
//! - [`spot`]: where in the portal a code appears (on what, and where on it), for the wizard's list;
//! - [`run`]: a run's progress, where "Handler already binded" is success and a call whose outcome is
//!   unknown is never resent before the portal has been re-read.
//!
//! Bitrix24 docs: <https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html>,
//! <https://apidocs.bitrix24.com/api-reference/widgets/user-field/userfieldtype-add.html>.

pub mod offer;
pub mod plan;
pub mod portal;
pub mod run;
pub mod spot;

pub use offer::{Area, Offer, Purpose, Registration, OFFERS};
pub use plan::{
    change_steps, choices, default_selection, install_steps, Action, Choice, HandlerUrl,
    HandlerUrlError, Labels, LocalText, Step,
};
pub use portal::PortalState;
pub use run::{Answer, Run, StepState};
pub use spot::{locate, Location, Spot, Subject};

/// The app option (`appOption.set`) under which the app records the site placements it registered
/// with `landing.repo.bind`, since no portal method lists them.
pub const LANDING_OPTION: &str = "landing_placements";

/// The `view` parameter of the app's own page (`DEFAULT`) that opens the settings and placement
/// manager: `BX24.openApplication({"view": "settings"})`.
pub const SETTINGS_VIEW: &str = "settings";

/// The app option (admins, `appOption.set`) and user option (`userOption.set`) holding a default
/// theme: `light`, `dark`, or absent for the system's. The user's option wins over the app's.
pub const THEME_OPTION: &str = "theme";

/// The app option choosing the REST transport: `bx24` (`BX24.callMethod`, the default) or `fetch`.
pub const TRANSPORT_OPTION: &str = "transport";
