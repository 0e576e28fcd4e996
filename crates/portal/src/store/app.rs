//! What the portal keeps about the installed app itself: options, install flag, widget and event
//! registrations, custom field types, open-lines connectors, automation triggers.

use serde_json::{Map, Value};

/// App-level state, changed by the host page (frame commands) and by REST (`placement.bind`, ...).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppData {
    /// `USER_OPTIONS` of the current user.
    pub user_options: Map<String, Value>,
    /// `APP_OPTIONS`.
    pub app_options: Map<String, Value>,
    /// Whether installation has finished (`app.info` `INSTALLED`).
    pub installed: bool,
    /// What `placement.bind` stored, in the `placement.get` shape.
    pub placements: Vec<Value>,
    /// What `event.bind` stored, in the `event.get` shape.
    pub events: Vec<Value>,
    /// What `userfieldtype.add` stored, in the `userfieldtype.list` shape.
    pub userfield_types: Vec<Value>,
    /// Fields created by `userfieldconfig.add`.
    pub userfield_configs: Vec<Value>,
    /// Open-lines connectors switched by `imconnector.activate`: `{connector: {line: active}}`.
    pub connectors: Map<String, Value>,
    /// Connectors the app registered with `imconnector.register` (`{ID, NAME, ICON, PLACEMENT_HANDLER}`).
    pub registered_connectors: Vec<Value>,
    /// Site placements bound with `landing.repo.bind` (`{ID, PLACEMENT, PLACEMENT_HANDLER, TITLE}`).
    pub landing_placements: Vec<Value>,
    /// CRM automation triggers the app registered (`crm.automation.trigger.add`), `{NAME, CODE}`.
    pub automation_triggers: Vec<Value>,
    /// Every `crm.automation.trigger.execute` that ran, `{CODE, OWNER_TYPE_ID, OWNER_ID}`, oldest
    /// first: the portal-side effect tests check (the emulator has no designer to move the element).
    pub trigger_runs: Vec<Value>,
}

impl AppData {
    /// A freshly installed app: installed, no options, nothing bound.
    pub fn installed() -> Self {
        AppData {
            installed: true,
            ..Default::default()
        }
    }
}
