//! Placements about the app itself and its integrations: the main page, links, custom field types,
//! open-lines connectors, contact-center tiles and sites.

use super::fields::{as_id, as_small_id, decoded_json, means_absent, Fields, Read, EXPECT_ID};
use crate::crm::{CrmEntityType, CrmRef};
use crate::ids::{BindingId, BlockId, EntityId, EntityTypeId, LineId, PageId, SiteId};
use crate::model::{
    AppPage, BlockFilter, ConnectorSettings, FieldMode, LandingPlacement, Placement, RestAppLink,
    UserFieldContext,
};
use serde_json::{Map, Value};

/// `DEFAULT`: every option is a page parameter except the system ones: `IFRAME`/`IFRAME_TYPE` (slider
/// markers), `URI` (already in [`crate::PlacementContext::uri`]) and `bx24_*` (slider styling of
/// `openApplication`, which the portal normally strips itself).
pub(crate) fn app_page(f: &Fields) -> AppPage {
    let is_system =
        |key: &str| matches!(key, "IFRAME" | "IFRAME_TYPE" | "URI") || key.starts_with("bx24_");
    let params = f
        .map()
        .iter()
        .filter(|(k, _)| !is_system(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    // Anything but a clear "yes" means the main page: a broken IFRAME flag must not hide the app.
    let in_slider = f.opt_bool("IFRAME").ok().flatten().unwrap_or(false);
    AppPage { params, in_slider }
}

/// `REST_APP_URI`: every key but `URI`, as strings (numbers and booleans written out, `null` as empty,
/// nested values as JSON text).
pub(crate) fn rest_app_link(f: &Fields) -> RestAppLink {
    let params = f
        .map()
        .iter()
        .filter(|(key, _)| key.as_str() != "URI")
        .map(|(key, value)| {
            let text = match value {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                nested => nested.to_string(),
            };
            (key.clone(), text)
        })
        .collect();
    RestAppLink { params }
}

/// `USERFIELD_TYPE`. `MODE`, `ENTITY_ID` and `FIELD_NAME` are required; `ENTITY_VALUE_ID` absent or `0`
/// is an unsaved element; `MULTIPLE`/`MANDATORY` absent mean `N`.
pub(crate) fn user_field(f: &Fields) -> Read<UserFieldContext> {
    let mode_value = f.present("MODE").ok_or_else(|| f.missing("MODE"))?;
    let mode = match mode_value
        .as_str()
        .map(|s| s.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("view") => FieldMode::View,
        Some("edit") => FieldMode::Edit,
        _ => return Err(f.invalid("MODE", mode_value, "view or edit")),
    };
    let entity_code = f.text("ENTITY_ID")?;
    let element = f.opt_id(&["ENTITY_VALUE_ID"])?.map(EntityId);
    let crm = match f.present("ENTITY_DATA") {
        Some(data) => entity_data(f, data)?,
        None => element.and_then(|id| {
            crm_of_user_field_entity(&entity_code).map(|entity| CrmRef { entity, id })
        }),
    };
    Ok(UserFieldContext {
        mode,
        field_name: f.text("FIELD_NAME")?,
        element,
        value: f.map().get("VALUE").cloned().unwrap_or(Value::Null),
        multiple: f.flag("MULTIPLE")?,
        mandatory: f.flag("MANDATORY")?,
        xml_id: f.opt_text("XML_ID")?,
        crm,
        entity_code,
    })
}

/// `ENTITY_DATA` `{entityTypeId: 2, entityId: "7303", module: "crm"}` (also as a JSON string; `[]` is
/// none). An element id of 0 is an unsaved element, so no reference.
fn entity_data(f: &Fields, data: &Value) -> Read<Option<CrmRef>> {
    const EXPECTED: &str = "an object {entityTypeId, entityId}";
    let object = match decoded_json(data) {
        Some(Value::Object(map)) => map,
        Some(Value::Array(items)) if items.is_empty() => return Ok(None),
        _ => return Err(f.invalid("ENTITY_DATA", data, EXPECTED)),
    };
    let get = |key: &str| object.get(key).filter(|v| !means_absent(v));
    let entity_type = get("entityTypeId")
        .map(|v| {
            as_small_id(v)
                .ok_or_else(|| f.invalid("ENTITY_DATA.entityTypeId", v, "a CRM entityTypeId"))
        })
        .transpose()?;
    let id = get("entityId")
        .map(|v| as_id(v).ok_or_else(|| f.invalid("ENTITY_DATA.entityId", v, EXPECT_ID)))
        .transpose()?
        .filter(|&id| id != 0);
    Ok(entity_type.zip(id).map(|(t, id)| CrmRef {
        entity: CrmEntityType::from_entity_type_id(EntityTypeId(t)),
        id: EntityId(id),
    }))
}

/// The CRM type of a user-field object code, for portals that send no `ENTITY_DATA`. Only the codes
/// whose meaning is certain (*inferred* from the classic user-field entity ids); smart processes use
/// internal ids (`CRM_3`) that do not map to an entityTypeId.
fn crm_of_user_field_entity(entity_code: &str) -> Option<CrmEntityType> {
    Some(match entity_code.to_ascii_uppercase().as_str() {
        "CRM_LEAD" => CrmEntityType::Lead,
        "CRM_DEAL" => CrmEntityType::Deal,
        "CRM_CONTACT" => CrmEntityType::Contact,
        "CRM_COMPANY" => CrmEntityType::Company,
        "CRM_QUOTE" => CrmEntityType::Quote,
        _ => return None,
    })
}

/// `SETTING_CONNECTOR`. Statuses are JSON booleans (string forms accepted); a status that is not sent
/// reads as `false` (not confirmed).
pub(crate) fn connector(f: &Fields) -> Read<ConnectorSettings> {
    Ok(ConnectorSettings {
        connector: f.text("CONNECTOR")?,
        line: LineId(f.id(&["LINE"])?),
        active: f.flag("ACTIVE_STATUS")?,
        connected: f.flag("CONNECTION_STATUS")?,
        registered: f.flag("REGISTER_STATUS")?,
        error: f.flag("ERROR_STATUS")?,
        ok: f.flag("STATUS")?,
    })
}

/// `CONTACT_CENTER`: `ID` is the registration id of the clicked tile.
pub(crate) fn contact_center(f: &Fields) -> Read<Placement> {
    Ok(Placement::ContactCenter {
        tile: BindingId(f.id(&["ID"])?),
    })
}

/// `LANDING_SETTINGS`: `SITE_ID` + `LID`.
pub(crate) fn landing_settings(f: &Fields) -> Read<Placement> {
    Ok(Placement::Landing(LandingPlacement::Settings {
        site: SiteId(f.id(&["SITE_ID"])?),
        page: PageId(f.id(&["LID"])?),
    }))
}

/// `LANDING_BLOCK_*` / `LANDING_BLOCK_<CODE>`: `ID`, `CODE`, `LID`.
pub(crate) fn landing_block(f: &Fields, registered_for: BlockFilter) -> Read<Placement> {
    Ok(Placement::Landing(LandingPlacement::Block {
        registered_for,
        block: BlockId(f.id(&["ID"])?),
        block_code: f.text("CODE")?,
        page: PageId(f.id(&["LID"])?),
    }))
}

/// The options kept verbatim (placements whose shape is unknown).
pub(crate) fn verbatim(f: &Fields) -> Map<String, Value> {
    f.map().clone()
}
