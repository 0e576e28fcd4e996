//! CRM entity types as they appear inside placement codes (`CRM_<ENTITY>_...`) and in REST.

use crate::ids::{EntityId, EntityTypeId};
use std::borrow::Cow;
use std::fmt;

/// The kind of CRM element a placement is bound to.
///
/// The smart-process type id exists only inside the placement code (`CRM_DYNAMIC_183_DETAIL_TAB`), so it
/// is captured here rather than in the options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CrmEntityType {
    /// Lead (entityTypeId 1).
    Lead,
    /// Deal (2).
    Deal,
    /// Contact (3).
    Contact,
    /// Company (4).
    Company,
    /// Old invoice (5), legacy: superseded by smart invoices.
    Invoice,
    /// Activity (6): a timeline record such as a call, e-mail or task.
    Activity,
    /// Quote / estimate (7).
    Quote,
    /// Online-store order (14), loaded with `sale.order.get`.
    Order,
    /// Smart invoice (31).
    SmartInvoice,
    /// Smart process / custom object type (>= 128 on real portals).
    Dynamic(EntityTypeId),
}

impl CrmEntityType {
    /// Every fixed (non-dynamic) type, in entityTypeId order.
    pub const FIXED: [CrmEntityType; 9] = [
        Self::Lead,
        Self::Deal,
        Self::Contact,
        Self::Company,
        Self::Invoice,
        Self::Activity,
        Self::Quote,
        Self::Order,
        Self::SmartInvoice,
    ];

    /// Numeric entityTypeId used by `crm.item.*` and `crm.type.*` (`const`, so the emulator's
    /// store can name its tables by these ids without re-declaring them).
    pub const fn entity_type_id(self) -> EntityTypeId {
        EntityTypeId(match self {
            Self::Lead => 1,
            Self::Deal => 2,
            Self::Contact => 3,
            Self::Company => 4,
            Self::Invoice => 5,
            Self::Activity => 6,
            Self::Quote => 7,
            Self::Order => 14,
            Self::SmartInvoice => 31,
            Self::Dynamic(id) => return id,
        })
    }

    /// The type for a numeric entityTypeId; ids that are not fixed types are smart processes.
    pub fn from_entity_type_id(id: EntityTypeId) -> Self {
        Self::FIXED
            .into_iter()
            .find(|t| t.entity_type_id() == id)
            .unwrap_or(Self::Dynamic(id))
    }

    /// The name used inside placement codes: `DEAL`, `SMART_INVOICE`, `DYNAMIC_183`.
    pub fn code_name(self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Self::Lead => "LEAD",
            Self::Deal => "DEAL",
            Self::Contact => "CONTACT",
            Self::Company => "COMPANY",
            Self::Invoice => "INVOICE",
            Self::Activity => "ACTIVITY",
            Self::Quote => "QUOTE",
            Self::Order => "ORDER",
            Self::SmartInvoice => "SMART_INVOICE",
            Self::Dynamic(id) => return Cow::Owned(format!("DYNAMIC_{id}")),
        })
    }

    /// The type for a symbolic name as used in codes and in `CALL_CARD` options (`DEAL`, `DYNAMIC_183`);
    /// case-insensitive.
    pub fn from_code_name(name: &str) -> Option<Self> {
        let upper = name.trim().to_ascii_uppercase();
        if let Some(id) = upper.strip_prefix("DYNAMIC_") {
            return id.parse().ok().map(|id| Self::Dynamic(EntityTypeId(id)));
        }
        Self::FIXED
            .into_iter()
            .find(|t| t.code_name() == upper.as_str())
    }

    /// Whether `crm.item.get` / `crm.item.list` serve this type (orders, activities and old invoices
    /// have their own methods).
    pub fn supports_item_api(self) -> bool {
        !matches!(self, Self::Activity | Self::Order | Self::Invoice)
    }

    /// Portal-relative path of an element's card, in a form the portal's `openPath` accepts
    /// (`^/(crm/(deal|lead|contact|company|type)|marketplace|company/personal/user/N|workgroups/group/N)/`).
    /// Quotes and smart invoices have no own allowed prefix, so they go through `/crm/type/<id>/`.
    /// `None` for types that have no card the portal can open by path.
    pub fn details_path(self, id: EntityId) -> Option<String> {
        match self {
            Self::Lead => Some(format!("/crm/lead/details/{id}/")),
            Self::Deal => Some(format!("/crm/deal/details/{id}/")),
            Self::Contact => Some(format!("/crm/contact/details/{id}/")),
            Self::Company => Some(format!("/crm/company/details/{id}/")),
            Self::Quote | Self::SmartInvoice | Self::Dynamic(_) => {
                Some(format!("/crm/type/{}/details/{id}/", self.entity_type_id()))
            }
            Self::Activity | Self::Order | Self::Invoice => None,
        }
    }
}

impl fmt::Display for CrmEntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code_name())
    }
}

/// A reference to one CRM element: its type and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CrmRef {
    /// The element's type.
    pub entity: CrmEntityType,
    /// The element's id.
    pub id: EntityId,
}
