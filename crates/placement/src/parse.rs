//! `PLACEMENT` + `PLACEMENT_OPTIONS` → [`PlacementContext`], once, at the edge.
//!
//! Steps: normalise the code (trim, upper-case, `DEFAULT` when missing), decode the options into one
//! JSON object (they arrive as an object, a JSON string, PHP's `[]`, or not at all), classify the code
//! ([`code::classify`]) and read the typed options of that placement. Unknown codes are not errors:
//! they become [`Placement::Unknown`] so the app can still show something.
//!
//! Nothing here panics on any input. Nesting is limited to [`MAX_OPTIONS_DEPTH`] levels (serde_json's own limit
//! for text), so no later step can overflow the stack on hostile JSON.

mod apps;
mod call_card;
mod code;
mod collab;
mod crm;
mod fields;
mod robot;

use crate::error::PlacementError;
use crate::model::{MessengerPlacement, Placement, PlacementContext};
use code::Code;
use fields::Fields;
use serde_json::{Map, Value};

/// Deepest nesting of arrays/objects accepted in the options (the options object itself is level 1).
pub const MAX_OPTIONS_DEPTH: usize = 128;

/// Parses a placement from the `PLACEMENT` code and the already-decoded `PLACEMENT_OPTIONS`.
///
/// `code`: case-insensitive, trimmed; `None` or empty means `DEFAULT` (what the SDKs report when the
/// portal sends none). `options`: `Null` (missing), an object, `[]`/`{}` (empty), or a string holding
/// the JSON text of one of those (`""` is empty too).
pub fn parse(code: Option<&str>, options: &Value) -> Result<PlacementContext, PlacementError> {
    let code = normalize_code(code);
    let options = decode_value(&code, options)?;
    build(code, options)
}

/// Parses a placement from the raw POST fields `PLACEMENT` and `PLACEMENT_OPTIONS` (JSON text; the
/// portal omits the field when there are no options).
pub fn parse_options_text(
    code: Option<&str>,
    options: Option<&str>,
) -> Result<PlacementContext, PlacementError> {
    let code = normalize_code(code);
    let options = match options {
        Some(text) => decode_text(&code, text, true)?,
        None => Map::new(),
    };
    build(code, options)
}

/// Trimmed, ASCII upper-cased (as `placement.bind` stores codes); `DEFAULT` when missing or blank.
fn normalize_code(code: Option<&str>) -> String {
    match code.map(str::trim) {
        Some(code) if !code.is_empty() => code.to_ascii_uppercase(),
        _ => "DEFAULT".to_owned(),
    }
}

/// The options object from an already-decoded value.
fn decode_value(code: &str, options: &Value) -> Result<Map<String, Value>, PlacementError> {
    match options {
        Value::String(text) => decode_text(code, text, true),
        other => object_of(code, other),
    }
}

/// The options object from JSON text. A string inside the text (double-encoded options) is decoded once
/// more when `may_unwrap` is set; never deeper.
fn decode_text(
    code: &str,
    text: &str,
    may_unwrap: bool,
) -> Result<Map<String, Value>, PlacementError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::String(inner)) if may_unwrap => decode_text(code, &inner, false),
        Ok(value) => object_of(code, &value),
        Err(e) => Err(PlacementError::malformed(
            code,
            format!("not valid JSON ({e})"),
        )),
    }
}

/// `value` as the options object: an object, or nothing for `null` / `[]`.
fn object_of(code: &str, value: &Value) -> Result<Map<String, Value>, PlacementError> {
    match value {
        Value::Object(map) if depth_exceeds(value, MAX_OPTIONS_DEPTH) => {
            Err(PlacementError::malformed(
                code,
                format!(
                    "nested deeper than {MAX_OPTIONS_DEPTH} levels ({} keys)",
                    map.len()
                ),
            ))
        }
        Value::Object(map) => Ok(map.clone()),
        Value::Null => Ok(Map::new()),
        Value::Array(items) if items.is_empty() => Ok(Map::new()),
        Value::Array(_) => Err(PlacementError::malformed(
            code,
            "a non-empty JSON array, not an object",
        )),
        Value::String(_) => Err(PlacementError::malformed(
            code,
            "a JSON string, not an object",
        )),
        Value::Number(_) => Err(PlacementError::malformed(
            code,
            "a JSON number, not an object",
        )),
        Value::Bool(_) => Err(PlacementError::malformed(
            code,
            "a JSON boolean, not an object",
        )),
    }
}

/// Whether `value` nests arrays/objects deeper than `limit` levels. Iterative, so it is safe on any
/// value a caller can build.
fn depth_exceeds(value: &Value, limit: usize) -> bool {
    let mut stack = vec![(value, 1usize)];
    while let Some((value, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match value {
            Value::Array(items) => Box::new(items.iter()),
            Value::Object(map) => Box::new(map.values()),
            _ => continue,
        };
        if depth > limit {
            return true;
        }
        stack.extend(children.map(|child| (child, depth + 1)));
    }
    false
}

/// Reads the typed placement for `code` from `options`.
fn build(code: String, options: Map<String, Value>) -> Result<PlacementContext, PlacementError> {
    let fields = Fields::new(&code, &options);
    let uri = fields.uri();
    let placement = match code::classify(&code) {
        Some(known) => placement_for(known, &fields, uri.as_deref())?,
        None => Placement::Unknown {
            code: code.clone(),
            options: options.clone(),
        },
    };
    Ok(PlacementContext {
        placement,
        code,
        uri,
        raw_options: options,
    })
}

fn placement_for(code: Code, f: &Fields, uri: Option<&str>) -> Result<Placement, PlacementError> {
    use crate::model::CrmSectionPlacement as Section;
    Ok(match code {
        Code::Default => default_page(f),
        Code::LeftMenu => Placement::LeftMenu,
        Code::Crm(entity, family) => crm::entity_family(f, entity, family, uri)?,
        Code::CrmAnalyticsMenu => Placement::CrmSection(Section::AnalyticsMenu),
        Code::CrmAnalyticsToolbar => Placement::CrmSection(Section::AnalyticsToolbar),
        Code::BiAnalyticsMenu => Placement::CrmSection(Section::BiAnalyticsMenu),
        Code::CrmRequisiteEditForm => Placement::CrmSection(Section::RequisiteEditForm),
        Code::OneCPage => Placement::CrmSection(Section::OneCPage),
        Code::CrmDetailSearch => crm::client_search(f)?,
        Code::CrmRequisiteAutocomplete => crm::requisite_autocomplete(f)?,
        Code::CrmBankDetailAutocomplete => crm::bank_detail_autocomplete(f, uri)?,
        Code::TaskCard(slot) => collab::task_card(f, slot)?,
        Code::TaskListContextMenu => collab::task_list_context_menu(f)?,
        Code::TaskUserListToolbar => collab::task_user_list_toolbar(f)?,
        Code::TaskGroupListToolbar => collab::task_group_list_toolbar(f)?,
        Code::TaskRobotDesignerToolbar => collab::task_robot_designer_toolbar(f)?,
        Code::TaskLegacy(legacy) => collab::task_legacy(f, legacy),
        Code::GroupDetailTab => collab::group_detail_tab(f)?,
        Code::GroupToolbar => collab::group_toolbar(uri),
        Code::GroupRobotDesignerToolbar => collab::group_robot_designer_toolbar(f)?,
        Code::UserProfileMenu => collab::user_profile(f, false)?,
        Code::UserProfileToolbar => collab::user_profile(f, true)?,
        Code::CalendarGridView => Placement::Calendar(collab::calendar(f, uri)?),
        Code::CallCard => Placement::CallCard(call_card::call_context(f)?),
        Code::TelephonyAnalyticsMenu => Placement::TelephonyAnalytics,
        Code::ImNavigation => Placement::Messenger(MessengerPlacement::Navigation),
        Code::ImTextarea => collab::messenger(f, |dialog| MessengerPlacement::Textarea { dialog })?,
        Code::ImSidebar => collab::messenger(f, |dialog| MessengerPlacement::Sidebar { dialog })?,
        Code::ImContextMenu => collab::messenger_context_menu(f)?,
        Code::ImSmilesSelector => Placement::Messenger(MessengerPlacement::SmilesSelector),
        Code::ImMobileContextMenu => {
            collab::messenger(f, |dialog| MessengerPlacement::MobileContextMenu { dialog })?
        }
        Code::ContactCenter => apps::contact_center(f)?,
        Code::SettingConnector => Placement::OpenLinesConnector(apps::connector(f)?),
        Code::RestAppUri => Placement::RestAppUri(apps::rest_app_link(f)),
        Code::PageBackgroundWorker => Placement::BackgroundWorker,
        Code::UserFieldType => Placement::UserFieldType(apps::user_field(f)?),
        Code::RobotDialog => Placement::RobotSettings(robot::robot_settings(f, true)?),
        Code::LandingSettings => apps::landing_settings(f)?,
        Code::LandingBlock(filter) => apps::landing_block(f, filter)?,
        Code::CatalogExternalProduct => Placement::CatalogExternalProduct,
        Code::HcmLinkSalaryVacation => Placement::HrSalaryVacation {
            options: apps::verbatim(f),
        },
    })
}

/// `DEFAULT` is the main page, unless its options carry robot settings (`code` + `properties`): some
/// portals and third-party notes open the robot dialog as the app's main page. If those options do not
/// parse as robot settings, they are an ordinary page's parameters after all.
fn default_page(f: &Fields) -> Placement {
    if robot::looks_like_robot_settings(f) {
        if let Ok(settings) = robot::robot_settings(f, false) {
            return Placement::RobotSettings(settings);
        }
    }
    Placement::Default(apps::app_page(f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn nested(depth: usize) -> Value {
        (1..depth).fold(json!({}), |inner, _| json!({ "a": inner }))
    }

    #[test]
    fn depth_is_measured_without_recursion() {
        assert!(!depth_exceeds(
            &nested(MAX_OPTIONS_DEPTH),
            MAX_OPTIONS_DEPTH
        ));
        assert!(depth_exceeds(
            &nested(MAX_OPTIONS_DEPTH + 1),
            MAX_OPTIONS_DEPTH
        ));
        // object > array > object > array: four levels.
        assert!(!depth_exceeds(&json!({"a": [1, 2, {"b": []}]}), 4));
        assert!(depth_exceeds(&json!({"a": [1, 2, {"b": []}]}), 3));
    }

    #[test]
    fn too_deep_options_are_malformed_not_a_crash() {
        let err = parse(Some("DEFAULT"), &nested(MAX_OPTIONS_DEPTH + 1)).unwrap_err();
        assert!(
            matches!(err, PlacementError::MalformedOptions { .. }),
            "{err}"
        );
        assert!(parse(Some("DEFAULT"), &nested(MAX_OPTIONS_DEPTH)).is_ok());
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(normalize_code(None), "DEFAULT");
        assert_eq!(normalize_code(Some("  ")), "DEFAULT");
        assert_eq!(
            normalize_code(Some(" crm_deal_Detail_tab\n")),
            "CRM_DEAL_DETAIL_TAB"
        );
    }
}
