//! Widget registration: `placement.list/get/bind/unbind`, validated against the placement catalogue
//! (`placement::catalogue`): only codes registrable with `placement.bind` are accepted, `DEFAULT` is
//! refused, smart-process families need an existing smart process, `OPTIONS` keep only declared keys,
//! `USER_ID` and max-count rules apply, the same handler twice is refused.

use super::Ctx;
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, scalar_text, Params};
use crate::store::Data;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

/// What `placement.bind` needs to know about one catalogue entry.
#[derive(Debug)]
struct Rule {
    code: String,
    pattern: bool,
    registrable: bool,
    user_mode: bool,
    max_count: Option<usize>,
    /// Declared option keys: (name, required).
    options: Vec<(String, bool)>,
}

#[derive(Deserialize)]
struct RawEntry {
    code: String,
    pattern: bool,
    bind: RawBind,
}

#[derive(Deserialize)]
struct RawBind {
    registration: String,
    #[serde(default, rename = "USER_ID")]
    user_id: Value,
    #[serde(default)]
    max_count: Option<usize>,
    #[serde(default, rename = "OPTIONS")]
    options: Vec<RawOption>,
}

#[derive(Deserialize)]
struct RawOption {
    name: String,
    #[serde(default)]
    required: bool,
}

/// The catalogue's registration rules, parsed once. An unreadable catalogue yields no rules (every
/// bind then fails with `ERROR_PLACEMENT_NOT_FOUND`) rather than a panic.
fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let raw: Vec<RawEntry> =
            serde_json::from_str(placement::catalogue::CATALOGUE_JSON).unwrap_or_default();
        raw.into_iter()
            .map(|e| Rule {
                registrable: e.bind.registration.starts_with("placement.bind")
                    && e.code != "DEFAULT",
                user_mode: e.bind.user_id == Value::Bool(true),
                max_count: e.bind.max_count,
                options: e
                    .bind
                    .options
                    .into_iter()
                    .map(|o| (o.name, o.required))
                    .collect(),
                code: e.code,
                pattern: e.pattern,
            })
            .collect()
    })
}

/// Matches a concrete code against a family like `CRM_DYNAMIC_<id>_DETAIL_TAB`; returns the `<id>`.
fn family_id(pattern: &str, code: &str) -> Option<u32> {
    let (prefix, suffix) = pattern.split_once("<id>")?;
    let middle = code.strip_prefix(prefix)?.strip_suffix(suffix)?;
    if middle.is_empty() || !middle.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    middle.parse().ok()
}

/// The rule for a concrete, upper-cased code; smart-process families only for existing types.
fn rule_for(d: &Data, code: &str) -> Option<&'static Rule> {
    rules().iter().find(|r| {
        if r.pattern {
            family_id(&r.code, code).is_some_and(|id| d.crm.dynamic_type(id).is_some())
        } else {
            r.code == code
        }
    })
}

fn placement_code(p: &Params) -> Result<String, RestError> {
    p.text("PLACEMENT")
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .ok_or_else(|| {
            RestError::bad_request("ERROR_ARGUMENT", "Argument 'PLACEMENT' is null or empty")
        })
}

fn not_found() -> RestError {
    RestError::bad_request("ERROR_PLACEMENT_NOT_FOUND", "Placement not found")
}

/// `placement.list`: every code this app may bind (families expanded for the portal's smart processes).
pub fn list(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let mut codes = Vec::new();
    for r in rules().iter().filter(|r| r.registrable) {
        if r.pattern {
            codes.extend(
                d.crm
                    .types
                    .iter()
                    .map(|t| r.code.replace("<id>", &t.entity_type_id.to_string())),
            );
        } else {
            codes.push(r.code.clone());
        }
    }
    Ok(Success::plain(json!(codes)))
}

/// `placement.get`: what this app bound, as `{placement, userId, handler, options, title, description, langAll}`.
pub fn get(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    Ok(Success::plain(Value::Array(
        ctx.state.store.placement_bindings(),
    )))
}

/// `placement.bind {PLACEMENT, HANDLER, TITLE?, DESCRIPTION?, GROUP_NAME?, LANG_ALL?, OPTIONS?, USER_ID?}` → `true`.
pub fn bind(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = placement_code(p)?;
    if code == "DEFAULT" {
        return Err(RestError::bad_request("ERROR_ARGUMENT", "Wrong value"));
    }
    let handler = p.text("HANDLER").unwrap_or_default();
    if handler.is_empty() {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            "Argument 'HANDLER' is null or empty",
        ));
    }
    if !(handler.starts_with("https://") || handler.starts_with("http://")) || handler.len() < 10 {
        return Err(RestError::bad_request(
            "ERROR_WRONG_HANDLER_URL",
            "Wrong handler URL",
        ));
    }
    let mut d = ctx.state.store.write();
    let rule = rule_for(&d, &code)
        .filter(|r| r.registrable)
        .ok_or_else(not_found)?;
    let user_id = p.get("USER_ID").and_then(as_id).unwrap_or(0);
    if user_id != 0 && (!rule.user_mode || d.user(user_id).is_none()) {
        return Err(RestError::bad_request(
            "ERROR_PLACEMENT_USER_MODE",
            "Placement does not support user mode",
        ));
    }
    let given = p.object("OPTIONS").cloned().unwrap_or_default();
    let mut options = Map::new();
    for (name, required) in &rule.options {
        match given
            .get(name)
            .and_then(scalar_text)
            .filter(|v| !v.is_empty())
        {
            Some(v) => {
                options.insert(name.clone(), Value::String(v));
            }
            None if *required && name == "errorHandlerUrl" => {
                return Err(RestError::bad_request(
                    "EMPTY_ERROR_HANDLER_URL",
                    "Empty error handler URL",
                ));
            }
            None if *required => {
                return Err(RestError::bad_request(
                    "ERROR_ARGUMENT",
                    format!("Argument 'OPTIONS[{name}]' is null or empty"),
                ))
            }
            None => {}
        }
    }
    let same_slot =
        |b: &&Value| b["placement"] == code.as_str() && b["userId"] == user_id.to_string().as_str();
    if d.app
        .placements
        .iter()
        .filter(same_slot)
        .any(|b| b["handler"] == handler.as_str())
    {
        return Err(RestError::bad_request(
            "ERROR_CORE",
            "Handler already binded",
        ));
    }
    if rule
        .max_count
        .is_some_and(|max| d.app.placements.iter().filter(same_slot).count() >= max)
    {
        return Err(RestError::bad_request(
            "ERROR_PLACEMENT_MAX_COUNT",
            "Placement max count reached",
        ));
    }
    let mut binding = json!({
        "placement": code,
        "userId": user_id.to_string(),
        "handler": handler,
        "options": if options.is_empty() { json!([]) } else { Value::Object(options) },
        "title": p.text("TITLE").unwrap_or_default(),
        "description": p.text("DESCRIPTION").unwrap_or_default(),
        "langAll": p.object("LANG_ALL").cloned().map(Value::Object).unwrap_or_else(|| json!([])),
    });
    if let Some(group) = p.text("GROUP_NAME").filter(|g| !g.is_empty()) {
        binding["groupName"] = Value::String(group);
    }
    d.app.placements.push(binding);
    Ok(Success::plain(Value::Bool(true)))
}

/// `placement.unbind {PLACEMENT, HANDLER?, USER_ID?}` → `{count}`.
pub fn unbind(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = placement_code(p)?;
    let handler = p.text("HANDLER").filter(|h| !h.is_empty());
    let user = p.get("USER_ID").and_then(as_id).map(|u| u.to_string());
    let mut d = ctx.state.store.write();
    let before = d.app.placements.len();
    d.app.placements.retain(|b| {
        let hit = b["placement"] == code.as_str()
            && handler.as_deref().is_none_or(|h| b["handler"] == h)
            && user.as_deref().is_none_or(|u| b["userId"] == u);
        !hit
    });
    Ok(Success::plain(
        json!({"count": before - d.app.placements.len()}),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_rules_load() {
        assert!(rules().len() > 100);
        assert!(rules()
            .iter()
            .any(|r| r.code == "CRM_DEAL_DETAIL_TAB" && r.registrable));
        assert!(rules()
            .iter()
            .any(|r| r.code == "DEFAULT" && !r.registrable));
        assert!(rules()
            .iter()
            .any(|r| r.code == "USERFIELD_TYPE" && !r.registrable));
        assert!(rules()
            .iter()
            .any(|r| r.code == "PAGE_BACKGROUND_WORKER" && r.user_mode && r.max_count == Some(1)));
        assert_eq!(
            family_id("CRM_DYNAMIC_<id>_DETAIL_TAB", "CRM_DYNAMIC_128_DETAIL_TAB"),
            Some(128)
        );
        assert_eq!(
            family_id("CRM_DYNAMIC_<id>_DETAIL_TAB", "CRM_DYNAMIC__DETAIL_TAB"),
            None
        );
    }
}
