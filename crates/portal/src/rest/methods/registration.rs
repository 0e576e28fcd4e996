//! Registrations outside `placement.bind`: the open-channel connector with its settings page
//! (`imconnector.register/unregister/list`, scope `imopenlines`) and site placements
//! (`landing.repo.bind/unbind`, scope `landing`).
//!
//! Public docs: <https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-register.html>,
//! <https://apidocs.bitrix24.com/api-reference/landing/repo/landing-repo-bind.html>. What a real portal
//! answers to a second `landing.repo.bind` of the same code and handler is not documented; the
//! emulator refuses it like a second `placement.bind` ("Handler already binded").

use super::Ctx;
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::Params;
use serde_json::{json, Map, Value};

/// The connectors every portal has (`imconnector.list` lists them beside the apps' own).
const SYSTEM_CONNECTORS: &[(&str, &str)] = &[
    ("livechat", "Live chat"),
    ("telegrambot", "Telegram"),
    ("whatsappbytwilio", "WhatsApp (Twilio)"),
    ("imessage", "Apple Messages for Business"),
];

fn http_url(value: Option<String>, name: &str) -> Result<String, RestError> {
    match value {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => Ok(url),
        _ => Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            format!("Argument '{name}' is not a valid URL"),
        )),
    }
}

fn connector_id(p: &Params) -> Result<String, RestError> {
    p.text("ID")
        .filter(|id| {
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        })
        .ok_or_else(|| {
            RestError::bad_request("ERROR_ARGUMENT", "Argument 'ID' is empty or invalid")
        })
}

/// `imconnector.register {ID, NAME, ICON{DATA_IMAGE,…}, PLACEMENT_HANDLER, …}` → `true`.
pub fn imconnector_register(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = connector_id(p)?;
    let name = p
        .text("NAME")
        .filter(|n| !n.is_empty())
        .ok_or_else(|| RestError::bad_request("ERROR_ARGUMENT", "Argument 'NAME' is empty"))?;
    let icon = p
        .object("ICON")
        .filter(|icon| {
            icon.get("DATA_IMAGE")
                .is_some_and(|d| d.as_str().is_some_and(|d| !d.is_empty()))
        })
        .cloned()
        .ok_or_else(|| {
            RestError::bad_request("ERROR_ARGUMENT", "Argument 'ICON[DATA_IMAGE]' is empty")
        })?;
    let handler = http_url(p.text("PLACEMENT_HANDLER"), "PLACEMENT_HANDLER")?;
    let mut d = ctx.state.store.write();
    if d.app
        .registered_connectors
        .iter()
        .any(|c| c["ID"] == id.as_str())
        || SYSTEM_CONNECTORS.iter().any(|(system, _)| *system == id)
    {
        return Err(RestError::bad_request(
            "ERROR_CONNECTOR_ALREADY_REGISTERED",
            "Connector with this ID is already registered",
        ));
    }
    d.app.registered_connectors.push(json!({
        "ID": id,
        "NAME": name,
        "ICON": Value::Object(icon),
        "PLACEMENT_HANDLER": handler,
    }));
    Ok(Success::plain(Value::Bool(true)))
}

/// `imconnector.unregister {ID}` → `true`; an unknown id is `ERROR_CONNECTOR_NOT_FOUND`.
pub fn imconnector_unregister(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = connector_id(p)?;
    let mut d = ctx.state.store.write();
    let before = d.app.registered_connectors.len();
    d.app
        .registered_connectors
        .retain(|c| c["ID"] != id.as_str());
    if d.app.registered_connectors.len() == before {
        return Err(RestError::bad_request(
            "ERROR_CONNECTOR_NOT_FOUND",
            "Connector not found",
        ));
    }
    d.app.connectors.remove(&id);
    Ok(Success::plain(Value::Bool(true)))
}

/// `imconnector.list` → `{ID: NAME}` for the system connectors and the registered ones.
pub fn imconnector_list(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let mut all: Map<String, Value> = SYSTEM_CONNECTORS
        .iter()
        .map(|(id, name)| ((*id).to_owned(), json!(name)))
        .collect();
    for connector in &d.app.registered_connectors {
        if let (Some(id), Some(name)) = (connector["ID"].as_str(), connector.get("NAME")) {
            all.insert(id.to_owned(), name.clone());
        }
    }
    Ok(Success::plain(Value::Object(all)))
}

/// `landing.repo.bind {fields: {PLACEMENT, PLACEMENT_HANDLER, TITLE}}` → the binding's id.
pub fn landing_repo_bind(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let fields = p.object("fields").cloned().unwrap_or_default();
    let text = |name: &str| protocol::lenient::text(fields.get(name)).unwrap_or_default();
    let code = text("PLACEMENT").to_ascii_uppercase();
    if !code.starts_with("LANDING_") {
        return Err(RestError::bad_request(
            "PLACEMENT_NOT_FOUND",
            "Placement is not a site placement",
        ));
    }
    let handler = http_url(Some(text("PLACEMENT_HANDLER")), "PLACEMENT_HANDLER")?;
    let mut d = ctx.state.store.write();
    if d.app
        .landing_placements
        .iter()
        .any(|b| b["PLACEMENT"] == code.as_str() && b["PLACEMENT_HANDLER"] == handler.as_str())
    {
        return Err(RestError::bad_request(
            "ERROR_CORE",
            "Handler already binded",
        ));
    }
    let id = d.app.landing_placements.len() as u64 + 1;
    d.app.landing_placements.push(json!({
        "ID": id,
        "PLACEMENT": code,
        "PLACEMENT_HANDLER": handler,
        "TITLE": text("TITLE"),
    }));
    Ok(Success::plain(json!(id)))
}

/// `landing.repo.unbind {code, handler?}` → `true` when something was removed.
pub fn landing_repo_unbind(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = p.text("code").unwrap_or_default().to_ascii_uppercase();
    let handler = p.text("handler").filter(|h| !h.is_empty());
    let mut d = ctx.state.store.write();
    let before = d.app.landing_placements.len();
    d.app.landing_placements.retain(|b| {
        let hit = b["PLACEMENT"] == code.as_str()
            && handler
                .as_deref()
                .is_none_or(|h| b["PLACEMENT_HANDLER"] == h);
        !hit
    });
    Ok(Success::plain(Value::Bool(
        d.app.landing_placements.len() != before,
    )))
}
