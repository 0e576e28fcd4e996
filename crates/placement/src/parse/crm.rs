//! CRM placements: element widgets (`CRM_<ENTITY>_<FAMILY>`), section widgets and the hidden search
//! providers.

use super::code::CrmFamily;
use super::fields::{as_id, as_text, Fields, Read};
use crate::crm::{CrmEntityType, CrmRef};
use crate::ids::{EntityId, EntityTypeId};
use crate::model::{
    ActivityMode, CrmEntityPlacement, CrmEntitySlot, CrmSearchPlacement, CrmSectionPlacement,
    Placement, TimelineRecord,
};
use crate::path::{automation_category_from_uri, requisite_client_from_uri};
use serde_json::Value;

/// A `CRM_<ENTITY>_<FAMILY>` placement. `uri` is the already-read `URI` option.
pub(crate) fn entity_family(
    f: &Fields,
    entity: CrmEntityType,
    family: CrmFamily,
    uri: Option<&str>,
) -> Read<Placement> {
    let bound = |id_keys: &[&str], slot| -> Read<Placement> {
        let target = CrmRef {
            entity,
            id: EntityId(f.id(id_keys)?),
        };
        Ok(Placement::CrmEntity(CrmEntityPlacement { target, slot }))
    };
    let section = Placement::CrmSection;
    match family {
        CrmFamily::ListMenu => bound(&["ID"], CrmEntitySlot::ListMenu),
        CrmFamily::DetailTab => bound(&["ID"], CrmEntitySlot::DetailTab),
        CrmFamily::DetailToolbar => {
            bound(detail_toolbar_keys(entity), CrmEntitySlot::DetailToolbar)
        }
        CrmFamily::DocumentGeneratorButton => {
            bound(&["ENTITY_ID", "ID"], CrmEntitySlot::DocumentGenerator)
        }
        CrmFamily::DetailActivity => {
            let mode = if f.flag("useBuiltInInterface")? {
                ActivityMode::BuiltIn
            } else {
                ActivityMode::Classic
            };
            let keys: &[&str] = match mode {
                ActivityMode::BuiltIn => &["entityId", "ID"],
                ActivityMode::Classic => &["ID", "entityId"],
            };
            bound(keys, CrmEntitySlot::DetailActivity(mode))
        }
        CrmFamily::ActivityTimelineMenu => {
            let target = CrmRef {
                entity,
                id: EntityId(f.id(&["ENTITY_ID", "ID"])?),
            };
            let slot = CrmEntitySlot::TimelineMenu(timeline_record(f)?);
            Ok(Placement::CrmEntity(CrmEntityPlacement { target, slot }))
        }
        CrmFamily::ListToolbar => Ok(section(CrmSectionPlacement::ListToolbar { entity })),
        CrmFamily::RobotDesignerToolbar => Ok(section(CrmSectionPlacement::RobotDesignerToolbar {
            entity,
            category: uri.and_then(automation_category_from_uri),
        })),
        CrmFamily::FunnelsToolbar => Ok(section(CrmSectionPlacement::FunnelsToolbar { entity })),
    }
}

/// The docs give lead/deal/contact/company (and the legacy invoice) `ID` and quote/smart invoice/smart
/// processes `ENTITY_ID`; both are accepted for every type, the documented one first.
fn detail_toolbar_keys(entity: CrmEntityType) -> &'static [&'static str] {
    match entity {
        CrmEntityType::Quote | CrmEntityType::SmartInvoice | CrmEntityType::Dynamic(_) => {
            &["ENTITY_ID", "ID"]
        }
        _ => &["ID", "ENTITY_ID"],
    }
}

/// `ASSOCIATED_ENTITY_*` are required; `TYPE_ID`, `TYPE_CATEGORY_ID` and `TIMELINE_ITEM_ID` are
/// documented as required but missing from the documented example, so they are optional here.
fn timeline_record(f: &Fields) -> Read<TimelineRecord> {
    let associated_type = f
        .opt_small_id("ASSOCIATED_ENTITY_TYPE_ID")?
        .ok_or_else(|| f.missing("ASSOCIATED_ENTITY_TYPE_ID"))?;
    Ok(TimelineRecord {
        associated_id: EntityId(f.id(&["ASSOCIATED_ENTITY_ID"])?),
        associated_type: EntityTypeId(associated_type),
        type_id: f.opt_small_id("TYPE_ID")?,
        type_category_id: f.opt_small_id("TYPE_CATEGORY_ID")?,
        timeline_item_id: f.opt_id(&["TIMELINE_ITEM_ID"])?,
    })
}

/// `CRM_DETAIL_SEARCH`: `entityTypeName` + `searchQuery`.
pub(crate) fn client_search(f: &Fields) -> Read<Placement> {
    let name = f
        .present("entityTypeName")
        .ok_or_else(|| f.missing("entityTypeName"))?;
    let entity = crm_type_from_value(name).ok_or_else(|| {
        f.invalid(
            "entityTypeName",
            name,
            "a CRM type name such as CONTACT or COMPANY",
        )
    })?;
    let query = f.user_text("searchQuery")?;
    Ok(Placement::CrmSearch(CrmSearchPlacement::ClientSearch {
        entity,
        query,
    }))
}

/// `CRM_REQUISITE_AUTOCOMPLETE`: `searchQuery`.
pub(crate) fn requisite_autocomplete(f: &Fields) -> Read<Placement> {
    let query = f.user_text("searchQuery")?;
    Ok(Placement::CrmSearch(
        CrmSearchPlacement::RequisiteAutocomplete { query },
    ))
}

/// `CRM_BANK_DETAIL_AUTOCOMPLETE`: `searchQuery`; the client comes from the requisite form's `URI`.
pub(crate) fn bank_detail_autocomplete(f: &Fields, uri: Option<&str>) -> Read<Placement> {
    let query = f.user_text("searchQuery")?;
    let client = uri.and_then(requisite_client_from_uri);
    Ok(Placement::CrmSearch(
        CrmSearchPlacement::BankDetailAutocomplete { query, client },
    ))
}

/// A CRM type given by name (`COMPANY`, `dynamic_183`) or by numeric entityTypeId (`4`, `"4"`).
pub(crate) fn crm_type_from_value(value: &Value) -> Option<CrmEntityType> {
    if let Some(id) = as_id(value) {
        return u32::try_from(id)
            .ok()
            .map(|id| CrmEntityType::from_entity_type_id(EntityTypeId(id)));
    }
    as_text(value)
        .as_deref()
        .and_then(CrmEntityType::from_code_name)
}
