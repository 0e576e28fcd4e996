//! App-level methods: `app.info`, options, `scope`, `server.time`, event handlers, custom field types
//! (`userfieldtype.*`, `userfieldconfig.add`) and `imconnector.activate`.

use super::{s, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{scalar_text, truthy, Params};
use crate::store::time::{iso, now_secs};
use serde_json::{json, Map, Value};

/// The emulated app's id in the portal (appears in `rest_<id>_…` custom field types).
pub const APP_ID: u64 = 7;
/// The scopes the emulated app was installed with.
const SCOPES: &[&str] = &[
    "crm",
    "task",
    "tasks_extended",
    "user",
    "user_brief",
    "department",
    "calendar",
    "sonet_group",
    "placement",
    "im",
    "imopenlines",
    "imconnector",
    "userfieldconfig",
    "bizproc",
    "landing",
];

/// `app.info`.
pub fn app_info(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let installed = ctx.state.store.is_installed();
    Ok(Success::plain(json!({
        "ID": APP_ID,
        "CODE": "local.emulator.b24widgets",
        "VERSION": 1,
        "STATUS": "L",
        "INSTALLED": installed,
        "PAYMENT_EXPIRED": "N",
        "DAYS": null,
        "LANGUAGE_ID": "en",
        "LICENSE": "en_project",
        "LICENSE_TYPE": "project",
        "LICENSE_FAMILY": "project",
    })))
}

fn option_get(all: Map<String, Value>, p: &Params) -> Success {
    match p.text("option") {
        Some(name) => Success::plain(all.get(&name).cloned().unwrap_or(Value::Null)),
        None => Success::plain(Value::Object(all)),
    }
}

fn options_param(p: &Params) -> Result<Map<String, Value>, RestError> {
    p.object("options")
        .cloned()
        .filter(|o| !o.is_empty())
        .ok_or_else(|| {
            RestError::bad_request("ERROR_ARGUMENT", "Argument 'options' is null or empty")
        })
}

/// `app.option.get {option?}`.
pub fn app_option_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    Ok(option_get(ctx.state.store.app_options(), p))
}

/// `app.option.set {options: {name: value}}`.
pub fn app_option_set(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    for (name, value) in options_param(p)? {
        ctx.state.store.set_app_option(&name, value);
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// `user.option.get {option?}`.
pub fn user_option_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    Ok(option_get(ctx.state.store.user_options(), p))
}

/// `user.option.set {options: {name: value}}`.
pub fn user_option_set(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    for (name, value) in options_param(p)? {
        ctx.state.store.set_user_option(&name, value);
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// `scope`: the app's scopes.
pub fn scope(_: &Ctx, _: &Params) -> Result<Success, RestError> {
    Ok(Success::plain(json!(SCOPES)))
}

/// `server.time`.
pub fn server_time(_: &Ctx, _: &Params) -> Result<Success, RestError> {
    Ok(Success::plain(s(iso(now_secs()))))
}

/// Events an app may bind handlers to (a representative subset, upper-cased).
const EVENTS: &[&str] = &[
    "ONAPPINSTALL",
    "ONAPPUNINSTALL",
    "ONAPPUPDATE",
    "ONAPPPAYMENT",
    "ONCRMDEALADD",
    "ONCRMDEALUPDATE",
    "ONCRMDEALDELETE",
    "ONCRMLEADADD",
    "ONCRMLEADUPDATE",
    "ONCRMLEADDELETE",
    "ONCRMCONTACTADD",
    "ONCRMCONTACTUPDATE",
    "ONCRMCONTACTDELETE",
    "ONCRMCOMPANYADD",
    "ONCRMCOMPANYUPDATE",
    "ONCRMCOMPANYDELETE",
    "ONCRMQUOTEADD",
    "ONCRMQUOTEUPDATE",
    "ONCRMDYNAMICITEMADD",
    "ONCRMDYNAMICITEMUPDATE",
    "ONCRMDYNAMICITEMDELETE",
    "ONCRMACTIVITYADD",
    "ONCRMACTIVITYUPDATE",
    "ONTASKADD",
    "ONTASKUPDATE",
    "ONTASKDELETE",
    "ONTASKCOMMENTADD",
    "ONUSERADD",
    "ONCALENDARENTRYADD",
    "ONCALENDARENTRYUPDATE",
    "ONCALENDARENTRYDELETE",
    "ONIMCONNECTORMESSAGEADD",
    "ONIMCONNECTORLINEDELETE",
    "ONIMCONNECTORSTATUSDELETE",
    "ONIMBOTMESSAGEADD",
    "ONSONETGROUPADD",
];

fn event_name(p: &Params) -> Result<String, RestError> {
    let name = p
        .text("event")
        .map(|e| e.to_ascii_uppercase())
        .filter(|e| !e.is_empty());
    let name =
        name.ok_or_else(|| RestError::bad_request("ERROR_EVENT_NOT_FOUND", "Event not found"))?;
    if EVENTS.contains(&name.as_str()) {
        Ok(name)
    } else {
        Err(RestError::bad_request(
            "ERROR_EVENT_NOT_FOUND",
            "Event not found",
        ))
    }
}

/// `event.get`: the handlers this app bound.
pub fn event_get(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    Ok(Success::plain(Value::Array(
        ctx.state.store.read().app.events.clone(),
    )))
}

/// `event.bind {event, handler, auth_type?, event_type?}`; the same event+handler twice is refused.
pub fn event_bind(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let event = event_name(p)?;
    let offline = p
        .text("event_type")
        .is_some_and(|t| t.eq_ignore_ascii_case("offline"));
    let handler = p.text("handler").unwrap_or_default();
    if !(offline || handler.starts_with("http://") || handler.starts_with("https://")) {
        return Err(RestError::bad_request(
            "ERROR_WRONG_HANDLER_URL",
            "Wrong handler URL",
        ));
    }
    let mut d = ctx.state.store.write();
    let duplicate = d
        .app
        .events
        .iter()
        .any(|e| e["event"] == event.as_str() && e["handler"] == handler.as_str());
    if duplicate {
        return Err(RestError::bad_request(
            "ERROR_CORE",
            "Handler already binded",
        ));
    }
    d.app.events.push(json!({
        "event": event,
        "handler": handler,
        "auth_type": p.text("auth_type").unwrap_or_else(|| "0".into()),
        "offline": i32::from(offline),
    }));
    Ok(Success::plain(Value::Bool(true)))
}

/// `event.unbind {event, handler?}` → `{count}`.
pub fn event_unbind(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let event = event_name(p)?;
    let handler = p.text("handler").filter(|h| !h.is_empty());
    let mut d = ctx.state.store.write();
    let before = d.app.events.len();
    d.app.events.retain(|e| {
        !(e["event"] == event.as_str() && handler.as_deref().is_none_or(|h| e["handler"] == h))
    });
    Ok(Success::plain(
        json!({"count": before - d.app.events.len()}),
    ))
}

fn user_type_id(p: &Params) -> Result<String, RestError> {
    let id = p.text("USER_TYPE_ID").unwrap_or_default();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            "Argument 'USER_TYPE_ID' is null or empty or contains invalid characters",
        ));
    }
    Ok(id)
}

fn handler_url(p: &Params) -> Result<String, RestError> {
    let handler = p.text("HANDLER").unwrap_or_default();
    if handler.starts_with("http://") || handler.starts_with("https://") {
        Ok(handler)
    } else {
        Err(RestError::bad_request(
            "ERROR_WRONG_HANDLER_URL",
            "Wrong handler URL",
        ))
    }
}

/// `userfieldtype.add {USER_TYPE_ID, HANDLER, TITLE, DESCRIPTION?, OPTIONS?}`.
pub fn userfieldtype_add(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = user_type_id(p)?;
    let handler = handler_url(p)?;
    let mut d = ctx.state.store.write();
    if d.app
        .userfield_types
        .iter()
        .any(|t| t["USER_TYPE_ID"] == id.as_str())
    {
        return Err(RestError::bad_request(
            "ERROR_CORE",
            "Handler already binded",
        ));
    }
    d.app.userfield_types.push(json!({
        "USER_TYPE_ID": id,
        "HANDLER": handler,
        "TITLE": p.text("TITLE").unwrap_or_default(),
        "DESCRIPTION": p.text("DESCRIPTION").unwrap_or_default(),
        "OPTIONS": p.get("OPTIONS").cloned().filter(Value::is_object).unwrap_or_else(|| json!({})),
    }));
    Ok(Success::plain(Value::Bool(true)))
}

/// `userfieldtype.list` → the app's types, with `total`.
pub fn userfieldtype_list(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let types = ctx.state.store.read().app.userfield_types.clone();
    Ok(Success {
        total: Some(types.len() as u64),
        result: Value::Array(types),
        next: None,
    })
}

fn type_not_found() -> RestError {
    RestError::bad_request("ERROR_NOT_FOUND", "User field type not found")
}

/// `userfieldtype.update {USER_TYPE_ID, HANDLER?, TITLE?, DESCRIPTION?, OPTIONS?}`.
pub fn userfieldtype_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = user_type_id(p)?;
    let handler = if p.get("HANDLER").is_some() {
        Some(handler_url(p)?)
    } else {
        None
    };
    let mut d = ctx.state.store.write();
    let entry = d
        .app
        .userfield_types
        .iter_mut()
        .find(|t| t["USER_TYPE_ID"] == id.as_str())
        .ok_or_else(type_not_found)?;
    if let Some(h) = handler {
        entry["HANDLER"] = Value::String(h);
    }
    for key in ["TITLE", "DESCRIPTION"] {
        if let Some(v) = p.text(key) {
            entry[key] = Value::String(v);
        }
    }
    if let Some(options) = p.object("OPTIONS") {
        entry["OPTIONS"] = Value::Object(options.clone());
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// `userfieldtype.delete {USER_TYPE_ID}`.
pub fn userfieldtype_delete(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = user_type_id(p)?;
    let mut d = ctx.state.store.write();
    let before = d.app.userfield_types.len();
    d.app
        .userfield_types
        .retain(|t| t["USER_TYPE_ID"] != id.as_str());
    if before == d.app.userfield_types.len() {
        return Err(type_not_found());
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// Built-in field types `userfieldconfig.add` accepts (besides the app's own `rest_<app>_<type>`).
const BUILTIN_FIELD_TYPES: &[&str] = &[
    "string",
    "integer",
    "double",
    "boolean",
    "date",
    "datetime",
    "enumeration",
    "employee",
    "file",
    "url",
    "money",
    "address",
    "crm",
    "crm_status",
    "iblock_element",
    "iblock_section",
    "resourcebooking",
];

/// `userfieldconfig.add {moduleId, field: {entityId, fieldName, userTypeId, ...}}` → `{field}`.
pub fn userfieldconfig_add(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let field = p.object("field").cloned().ok_or_else(|| {
        RestError::bad_request("ERROR_ARGUMENT", "Argument 'field' is null or empty")
    })?;
    let get = |k: &str| field.get(k).and_then(scalar_text).unwrap_or_default();
    let (entity, name, user_type) = (get("entityId"), get("fieldName"), get("userTypeId"));
    if entity.is_empty() {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            "Field 'entityId' is required",
        ));
    }
    if !name.starts_with("UF_")
        || name.len() > 50
        || !name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            "Invalid field name: it must start with UF_ and contain A-Z, 0-9 and _",
        ));
    }
    let mut d = ctx.state.store.write();
    let custom_ok = d.app.userfield_types.iter().any(|t| {
        let id = t["USER_TYPE_ID"].as_str().unwrap_or_default();
        user_type == id || user_type == format!("rest_{APP_ID}_{id}")
    });
    if !BUILTIN_FIELD_TYPES.contains(&user_type.as_str()) && !custom_ok {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            format!("Unknown user type '{user_type}'"),
        ));
    }
    if d.app
        .userfield_configs
        .iter()
        .any(|f| f["entityId"] == entity.as_str() && f["fieldName"] == name.as_str())
    {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            format!("Field {name} already exists"),
        ));
    }
    let id = 500 + d.app.userfield_configs.len() as u64 + 1;
    let flag = |k: &str, default: &str| {
        field
            .get(k)
            .and_then(scalar_text)
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| default.to_owned())
    };
    let stored = json!({
        "id": id.to_string(),
        "entityId": entity,
        "fieldName": name,
        "userTypeId": user_type,
        "xmlId": field.get("xmlId").cloned().unwrap_or(Value::Null),
        "sort": flag("sort", "100"),
        "multiple": flag("multiple", "N"),
        "mandatory": flag("mandatory", "N"),
        "showFilter": flag("showFilter", "N"),
        "showInList": flag("showInList", "Y"),
        "editInList": flag("editInList", "Y"),
        "isSearchable": flag("isSearchable", "N"),
        "settings": field.get("settings").cloned().filter(Value::is_object).unwrap_or_else(|| json!({})),
        "editFormLabel": field.get("editFormLabel").cloned().unwrap_or_else(|| json!({})),
        "listColumnLabel": field.get("listColumnLabel").cloned().unwrap_or_else(|| json!({})),
        "moduleId": p.text("moduleId").unwrap_or_else(|| "crm".into()),
    });
    super::user_fields::attach_to_records(&mut d, &entity, &name, flag("multiple", "N") == "Y");
    d.app.userfield_configs.push(stored.clone());
    Ok(Success::plain(json!({"field": stored})))
}

/// `imconnector.activate {CONNECTOR, LINE, ACTIVE}`.
pub fn imconnector_activate(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let connector = p
        .text("CONNECTOR")
        .filter(|c| !c.is_empty())
        .ok_or_else(|| RestError::bad_request("CONNECTOR_EMPTY", "Connector is not specified"))?;
    let line = p
        .text("LINE")
        .filter(|l| !l.is_empty())
        .ok_or_else(|| RestError::bad_request("LINE_EMPTY", "Open line is not specified"))?;
    let active = p.get("ACTIVE").is_none_or(truthy);
    let mut d = ctx.state.store.write();
    let entry = d
        .app
        .connectors
        .entry(connector)
        .or_insert_with(|| json!({}));
    entry[line] = Value::Bool(active);
    Ok(Success::plain(Value::Bool(true)))
}
