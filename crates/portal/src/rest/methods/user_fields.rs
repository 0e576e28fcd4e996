//! Custom fields added with `userfieldconfig.add` become fields of the CRM records: every record of
//! the field's entity gets it (empty), so `crm.item.get` / `crm.item.list` return it and
//! `crm.item.update` can set it, as on a portal.
//!
//! The field's `entityId` names the entity as user fields do: `CRM_LEAD`, `CRM_DEAL`, `CRM_CONTACT`,
//! `CRM_COMPANY`, `CRM_QUOTE`, `CRM_SMART_INVOICE`, and `CRM_<typeId>` for a smart process (its
//! `crm.type.list` `id`, the number in its `UF_CRM_<id>_…` names).

use crate::store::crm::{COMPANY, CONTACT, DEAL, LEAD, QUOTE, SMART_INVOICE};
use crate::store::Data;
use serde_json::Value;

/// The `entityTypeId` of a user-field entity code, if the store holds that entity.
pub fn entity_type_of(d: &Data, entity: &str) -> Option<u32> {
    let fixed = match entity {
        "CRM_LEAD" => Some(LEAD),
        "CRM_DEAL" => Some(DEAL),
        "CRM_CONTACT" => Some(CONTACT),
        "CRM_COMPANY" => Some(COMPANY),
        "CRM_QUOTE" => Some(QUOTE),
        "CRM_SMART_INVOICE" => Some(SMART_INVOICE),
        _ => None,
    };
    fixed.or_else(|| {
        let type_id: u32 = entity.strip_prefix("CRM_")?.parse().ok()?;
        d.crm
            .types
            .iter()
            .find(|t| t.id == type_id)
            .map(|t| t.entity_type_id)
    })
}

/// Gives every record of `entity` the field `name` (original `UF_CRM_…` name), empty: `null`, or
/// `[]` for a multiple field. Records that already have it keep their value. Returns how many
/// records got it (0 for an entity the store does not hold, e.g. a non-CRM one).
pub fn attach_to_records(d: &mut Data, entity: &str, name: &str, multiple: bool) -> usize {
    let Some(et) = entity_type_of(d, entity) else {
        return 0;
    };
    let empty = if multiple {
        Value::Array(Vec::new())
    } else {
        Value::Null
    };
    let mut added = 0;
    if let Some(records) = d.crm.records.get_mut(&et) {
        for record in records.iter_mut() {
            if !record.uf.contains_key(name) {
                record.uf.insert(name.to_owned(), empty.clone());
                added += 1;
            }
        }
    }
    added
}
