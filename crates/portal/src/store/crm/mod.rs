//! CRM data: companies, contacts, leads, deals (two pipelines), quotes, smart invoices, one smart
//! process ("Projects"), activities, and the reference tables behind them (stages, sources, currencies).
//!
//! Records are kept typed and in one shape for every entity type ([`CrmRecord`]); the REST layer renders
//! them either as legacy UPPER_CASE rows (`crm.deal.get`) or as camelCase items (`crm.item.get`).

//!
//! One module per family: the record types and their lookups (`model`), the reference tables of
//! stages, statuses and currencies (`reference`), and the seeded demo records (`seed`).

use placement::{CrmEntityType, EntityTypeId};

mod model;
mod reference;
mod seed;

pub use model::*;
pub use seed::{seed, SALES_USERS};

/// `entityTypeId` of leads (the ids of the built-in types are `placement::CrmEntityType`'s).
pub const LEAD: u32 = CrmEntityType::Lead.entity_type_id().0;
/// `entityTypeId` of deals.
pub const DEAL: u32 = CrmEntityType::Deal.entity_type_id().0;
/// `entityTypeId` of contacts.
pub const CONTACT: u32 = CrmEntityType::Contact.entity_type_id().0;
/// `entityTypeId` of companies.
pub const COMPANY: u32 = CrmEntityType::Company.entity_type_id().0;
/// `entityTypeId` of quotes (estimates).
pub const QUOTE: u32 = CrmEntityType::Quote.entity_type_id().0;
/// `entityTypeId` of smart invoices.
pub const SMART_INVOICE: u32 = CrmEntityType::SmartInvoice.entity_type_id().0;
/// `entityTypeId` of the demo smart process "Projects".
pub const PROJECTS: u32 = 128;
/// `entityTypeId` of the demo smart process "Contracts" (the id the placement catalogue's samples use).
pub const CONTRACTS: u32 = 183;
/// `entityTypeId` of the demo smart process "Service requests": 10 000 items, the large table the list
/// benchmark and the paging tests walk (1038 is the example id in the placement catalogue's notes).
pub const SERVICE_REQUESTS: u32 = 1038;
/// Items of [`SERVICE_REQUESTS`].
pub const SERVICE_REQUEST_COUNT: u64 = 10_000;
/// Every entity type the store holds, in `crm.item.*` order.
pub const ENTITY_TYPES: [u32; 9] = [
    LEAD,
    DEAL,
    CONTACT,
    COMPANY,
    QUOTE,
    SMART_INVOICE,
    PROJECTS,
    CONTRACTS,
    SERVICE_REQUESTS,
];

/// Whether an entity type is a smart process (not one of the built-in types), as
/// `placement::CrmEntityType` classifies it.
pub fn is_dynamic(entity_type_id: u32) -> bool {
    matches!(
        CrmEntityType::from_entity_type_id(EntityTypeId(entity_type_id)),
        CrmEntityType::Dynamic(_)
    )
}

/// Deal without contact and company (edge case for widgets).
pub const DEAL_WITHOUT_CLIENT: u64 = 7;
/// Deal whose title contains a `<script>` tag (must be shown as text, never rendered).
pub const DEAL_WITH_SCRIPT_TITLE: u64 = 5;
/// Deal with a very long title.
pub const DEAL_WITH_LONG_TITLE: u64 = 13;
