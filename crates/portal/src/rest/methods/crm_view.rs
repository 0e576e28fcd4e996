//! How CRM records look on the wire: legacy UPPER_CASE rows (`crm.deal.get`, values as strings) and
//! camelCase items (`crm.item.get`, numbers as numbers), plus the `crm.item.fields` description.

use super::{date, id_str, s, yn};
use crate::store::crm::*;
use crate::store::Data;
use serde_json::{json, Map, Value};

fn money(v: f64) -> Value {
    s(format!("{v:.2}"))
}

fn fm_legacy(r: &CrmRecord, type_id: &str) -> Value {
    Value::Array(
        r.fm.iter()
            .filter(|f| f.type_id == type_id)
            .map(|f| json!({"ID": f.id.to_string(), "VALUE_TYPE": f.value_type, "VALUE": f.value, "TYPE_ID": f.type_id}))
            .collect(),
    )
}

fn has(r: &CrmRecord, type_id: &str) -> Value {
    yn(r.fm.iter().any(|f| f.type_id == type_id))
}

/// A legacy row (`crm.deal.get`, `crm.contact.list`, ...): UPPER_CASE keys, ids and amounts as strings.
pub fn legacy_row(d: &Data, r: &CrmRecord) -> Map<String, Value> {
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_owned(), v);
    };
    put("ID", s(r.id.to_string()));
    match r.entity_type_id {
        CONTACT => {
            put("POST", s(&r.post));
            put("COMMENTS", s(&r.comments));
            put("HONORIFIC", Value::Null);
            put("NAME", s(&r.name));
            put("SECOND_NAME", s(&r.second_name));
            put("LAST_NAME", s(&r.last_name));
            put("PHOTO", Value::Null);
            put("LEAD_ID", id_str(r.lead_id));
            put("TYPE_ID", r.type_id.clone().map(s).unwrap_or(Value::Null));
            put(
                "SOURCE_ID",
                r.source_id.clone().map(s).unwrap_or(Value::Null),
            );
            put("SOURCE_DESCRIPTION", Value::Null);
            put("COMPANY_ID", id_str(r.company_id));
            put(
                "BIRTHDATE",
                r.birthdate
                    .map(|b| s(crate::store::time::iso(b)))
                    .unwrap_or_else(|| s("")),
            );
            put("EXPORT", yn(true));
            put("HAS_PHONE", has(r, "PHONE"));
            put("HAS_EMAIL", has(r, "EMAIL"));
            put("HAS_IMOL", yn(false));
        }
        COMPANY => {
            put(
                "COMPANY_TYPE",
                r.type_id.clone().map(s).unwrap_or(Value::Null),
            );
            put("TITLE", s(&r.title));
            put("LOGO", Value::Null);
            put("LEAD_ID", id_str(r.lead_id));
            put("HAS_PHONE", has(r, "PHONE"));
            put("HAS_EMAIL", has(r, "EMAIL"));
            put("HAS_IMOL", yn(false));
            put("BANKING_DETAILS", Value::Null);
            put("INDUSTRY", r.industry.clone().map(s).unwrap_or(Value::Null));
            put("REVENUE", money(r.revenue));
            put("CURRENCY_ID", s(&r.currency_id));
            put(
                "EMPLOYEES",
                r.employees.clone().map(s).unwrap_or(Value::Null),
            );
            put("COMMENTS", s(&r.comments));
            put("IS_MY_COMPANY", yn(r.is_my_company));
        }
        LEAD => {
            put("TITLE", s(&r.title));
            put("HONORIFIC", Value::Null);
            put("NAME", s(&r.name));
            put("SECOND_NAME", s(&r.second_name));
            put("LAST_NAME", s(&r.last_name));
            put("COMPANY_TITLE", s(&r.company_title));
            put("COMPANY_ID", id_str(r.company_id));
            put("CONTACT_ID", id_str(r.contact_ids.first().copied()));
            put("IS_RETURN_CUSTOMER", yn(false));
            put("BIRTHDATE", s(""));
            put(
                "SOURCE_ID",
                r.source_id.clone().map(s).unwrap_or(Value::Null),
            );
            put("SOURCE_DESCRIPTION", Value::Null);
            put(
                "STATUS_ID",
                r.stage_id.clone().map(s).unwrap_or(Value::Null),
            );
            put("STATUS_DESCRIPTION", Value::Null);
            put("POST", s(&r.post));
            put("COMMENTS", s(&r.comments));
            put("CURRENCY_ID", s(&r.currency_id));
            put("OPPORTUNITY", money(r.opportunity));
            put("IS_MANUAL_OPPORTUNITY", yn(r.is_manual_opportunity));
            put("HAS_PHONE", has(r, "PHONE"));
            put("HAS_EMAIL", has(r, "EMAIL"));
            put("HAS_IMOL", yn(false));
            put("STATUS_SEMANTIC_ID", s(d.crm.semantics_of(r).letter()));
            put("DATE_CLOSED", Value::Null);
        }
        DEAL => {
            put("TITLE", s(&r.title));
            put("TYPE_ID", r.type_id.clone().map(s).unwrap_or(Value::Null));
            put("STAGE_ID", r.stage_id.clone().map(s).unwrap_or(Value::Null));
            put(
                "PROBABILITY",
                r.probability
                    .map(|p| s(p.to_string()))
                    .unwrap_or(Value::Null),
            );
            put("CURRENCY_ID", s(&r.currency_id));
            put("OPPORTUNITY", money(r.opportunity));
            put("IS_MANUAL_OPPORTUNITY", yn(r.is_manual_opportunity));
            put("TAX_VALUE", money(r.tax_value));
            put("LEAD_ID", id_str(r.lead_id));
            put("COMPANY_ID", id_str(r.company_id));
            put("CONTACT_ID", id_str(r.contact_ids.first().copied()));
            put("QUOTE_ID", Value::Null);
            put("BEGINDATE", date(r.begindate));
            put("CLOSEDATE", date(r.closedate));
            put("OPENED", yn(r.opened));
            put("CLOSED", yn(r.closed));
            put("COMMENTS", s(&r.comments));
            put("ADDITIONAL_INFO", Value::Null);
            put("LOCATION_ID", Value::Null);
            put("CATEGORY_ID", s(r.category_id.unwrap_or(0).to_string()));
            put("STAGE_SEMANTIC_ID", s(d.crm.semantics_of(r).letter()));
            put(
                "IS_NEW",
                yn(r.stage_id.as_deref().is_some_and(|st| st.ends_with("NEW"))),
            );
            put("IS_RECURRING", yn(false));
            put("IS_RETURN_CUSTOMER", yn(false));
            put("IS_REPEATED_APPROACH", yn(false));
            put(
                "SOURCE_ID",
                r.source_id.clone().map(s).unwrap_or(Value::Null),
            );
            put("SOURCE_DESCRIPTION", Value::Null);
        }
        _ => {
            // Quotes (the only other entity type with a legacy API here).
            put("TITLE", s(&r.title));
            put(
                "STATUS_ID",
                r.stage_id.clone().map(s).unwrap_or(Value::Null),
            );
            put("CURRENCY_ID", s(&r.currency_id));
            put("OPPORTUNITY", money(r.opportunity));
            put("TAX_VALUE", money(r.tax_value));
            put("COMPANY_ID", id_str(r.company_id));
            put("CONTACT_ID", id_str(r.contact_ids.first().copied()));
            put("MYCOMPANY_ID", id_str(r.mycompany_id));
            put("BEGINDATE", date(r.begindate));
            put("CLOSEDATE", date(r.closedate));
            put("OPENED", yn(r.opened));
            put("CLOSED", yn(r.closed));
            put("COMMENTS", s(&r.comments));
            put("LEAD_ID", id_str(r.lead_id));
            put("DEAL_ID", id_str(r.deal_id));
            put(
                "QUOTE_NUMBER",
                r.number.clone().map(s).unwrap_or(Value::Null),
            );
            put("CONTENT", Value::Null);
            put("TERMS", Value::Null);
        }
    }
    put("ASSIGNED_BY_ID", s(r.assigned_by_id.to_string()));
    put("CREATED_BY_ID", s(r.created_by.to_string()));
    put("MODIFY_BY_ID", s(r.updated_by.to_string()));
    put("DATE_CREATE", date(Some(r.created)));
    put("DATE_MODIFY", date(Some(r.updated)));
    if matches!(r.entity_type_id, CONTACT | COMPANY | LEAD) {
        put("OPENED", yn(r.opened));
    }
    if matches!(r.entity_type_id, DEAL | LEAD) {
        put("MOVED_BY_ID", s(r.moved_by.to_string()));
        put("MOVED_TIME", date(Some(r.moved)));
    }
    put("ORIGINATOR_ID", Value::Null);
    put("ORIGIN_ID", Value::Null);
    put("LAST_ACTIVITY_TIME", date(Some(r.last_activity)));
    put("LAST_ACTIVITY_BY", s(r.assigned_by_id.to_string()));
    for utm in [
        "UTM_SOURCE",
        "UTM_MEDIUM",
        "UTM_CAMPAIGN",
        "UTM_CONTENT",
        "UTM_TERM",
    ] {
        put(utm, Value::Null);
    }
    for (name, value) in &r.uf {
        put(name, value.clone());
    }
    if matches!(r.entity_type_id, CONTACT | COMPANY | LEAD) {
        put("PHONE", fm_legacy(r, "PHONE"));
        put("EMAIL", fm_legacy(r, "EMAIL"));
        put("WEB", fm_legacy(r, "WEB"));
    }
    m
}

/// Row keys legacy lists return only when selected by name.
pub const LEGACY_EXPLICIT: &[&str] = &["PHONE", "EMAIL", "WEB"];

/// `UF_CRM_1700000000001` → `ufCrm_1700000000001`, `UF_CRM_1_1700000000101` → `ufCrm1_1700000000101`.
pub fn uf_camel(name: &str) -> String {
    let rest = name.strip_prefix("UF_CRM_").unwrap_or(name);
    match rest.split_once('_') {
        Some((type_id, tail))
            if !type_id.is_empty() && type_id.bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("ufCrm{type_id}_{tail}")
        }
        _ => format!("ufCrm_{rest}"),
    }
}

fn fm_item(r: &CrmRecord) -> Value {
    Value::Array(
        r.fm.iter().map(|f| json!({"id": f.id, "valueType": f.value_type, "value": f.value, "typeId": f.type_id})).collect(),
    )
}

fn first_fm(r: &CrmRecord, type_id: &str, value_type: Option<&str>) -> Value {
    s(r.fm
        .iter()
        .find(|f| f.type_id == type_id && value_type.is_none_or(|vt| f.value_type == vt))
        .map(|f| f.value.clone())
        .unwrap_or_default())
}

/// A `crm.item.*` item: camelCase keys, numbers as numbers, `fm` for multi-fields, custom fields as
/// `ufCrm…` (or their original names with `useOriginalUfNames=Y`).
pub fn item_row(d: &Data, r: &CrmRecord, original_uf: bool) -> Map<String, Value> {
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_owned(), v);
    };
    let et = r.entity_type_id;
    let person = matches!(et, CONTACT | LEAD);
    let staged = !matches!(et, CONTACT | COMPANY);
    put("id", json!(r.id));
    if et != CONTACT {
        put("title", s(&r.title));
    }
    if et == SMART_INVOICE || is_dynamic(et) {
        put("xmlId", Value::Null);
    }
    put("createdBy", json!(r.created_by));
    put("updatedBy", json!(r.updated_by));
    put("createdTime", date(Some(r.created)));
    put("updatedTime", date(Some(r.updated)));
    if staged {
        put("movedBy", json!(r.moved_by));
        put("movedTime", date(Some(r.moved)));
        if et == DEAL || et == SMART_INVOICE || is_dynamic(et) {
            put("categoryId", json!(r.category_id.unwrap_or(0)));
        }
        put("stageId", r.stage_id.clone().map(s).unwrap_or(Value::Null));
        put(
            "previousStageId",
            r.previous_stage_id.clone().map(s).unwrap_or(Value::Null),
        );
        put("stageSemanticId", s(d.crm.semantics_of(r).letter()));
        put("opportunity", json!(r.opportunity));
        put("isManualOpportunity", yn(r.is_manual_opportunity));
        put("taxValue", json!(r.tax_value));
    }
    put("opened", yn(r.opened));
    if matches!(et, DEAL | QUOTE) {
        put("closed", yn(r.closed));
    }
    if person {
        put("honorific", Value::Null);
        put("name", s(&r.name));
        put("secondName", s(&r.second_name));
        put("lastName", s(&r.last_name));
        put("post", s(&r.post));
    }
    match et {
        LEAD => put("companyTitle", s(&r.company_title)),
        CONTACT => {
            put("fullName", s(r.person_name()));
            put("typeId", r.type_id.clone().map(s).unwrap_or(Value::Null));
            put("birthdate", date(r.birthdate));
        }
        COMPANY => {
            put("typeId", r.type_id.clone().map(s).unwrap_or(Value::Null));
            put("industry", r.industry.clone().map(s).unwrap_or(Value::Null));
            put(
                "employees",
                r.employees.clone().map(s).unwrap_or(Value::Null),
            );
            put("revenue", json!(r.revenue));
            put("isMyCompany", yn(r.is_my_company));
        }
        DEAL => {
            put("typeId", r.type_id.clone().map(s).unwrap_or(Value::Null));
            put(
                "probability",
                r.probability.map(|p| json!(p)).unwrap_or(Value::Null),
            );
            put("leadId", r.lead_id.map(|i| json!(i)).unwrap_or(Value::Null));
            put("quoteId", Value::Null);
        }
        QUOTE => {
            put(
                "quoteNumber",
                r.number.clone().map(s).unwrap_or(Value::Null),
            );
            put("dealId", r.deal_id.map(|i| json!(i)).unwrap_or(Value::Null));
            put("leadId", Value::Null);
            put("content", Value::Null);
            put("terms", Value::Null);
        }
        SMART_INVOICE => put(
            "accountNumber",
            r.number.clone().map(s).unwrap_or(Value::Null),
        ),
        _ => {}
    }
    if et != CONTACT {
        put("currencyId", s(&r.currency_id));
    }
    if !matches!(et, CONTACT | COMPANY | LEAD) {
        put("begindate", date(r.begindate));
        put("closedate", date(r.closedate));
        put("mycompanyId", json!(r.mycompany_id.unwrap_or(0)));
    }
    if et != COMPANY {
        put("companyId", json!(r.company_id.unwrap_or(0)));
    }
    if !matches!(et, COMPANY | CONTACT) {
        put(
            "contactId",
            json!(r.contact_ids.first().copied().unwrap_or(0)),
        );
    }
    if et == SMART_INVOICE || is_dynamic(et) {
        put(
            "parentId2",
            r.deal_id.map(|i| json!(i)).unwrap_or(Value::Null),
        );
    }
    put(
        "sourceId",
        r.source_id.clone().map(s).unwrap_or(Value::Null),
    );
    put(
        "sourceDescription",
        r.source_description.clone().map(s).unwrap_or(Value::Null),
    );
    put("comments", s(&r.comments));
    put("assignedById", json!(r.assigned_by_id));
    put("lastActivityBy", json!(r.assigned_by_id));
    put("lastActivityTime", date(Some(r.last_activity)));
    if matches!(et, CONTACT | COMPANY | LEAD) {
        put("hasPhone", has(r, "PHONE"));
        put("hasEmail", has(r, "EMAIL"));
        put("hasImol", yn(false));
        put("phone", first_fm(r, "PHONE", None));
        put("email", first_fm(r, "EMAIL", None));
        put("phoneWork", first_fm(r, "PHONE", Some("WORK")));
        put("phoneMobile", first_fm(r, "PHONE", Some("MOBILE")));
        put("emailWork", first_fm(r, "EMAIL", Some("WORK")));
        put("fm", fm_item(r));
    }
    for (name, value) in &r.uf {
        put(
            &if original_uf {
                name.clone()
            } else {
                uf_camel(name)
            },
            value.clone(),
        );
    }
    for utm in [
        "utmSource",
        "utmMedium",
        "utmCampaign",
        "utmContent",
        "utmTerm",
    ] {
        put(utm, Value::Null);
    }
    put("observers", json!(r.observers));
    if et != CONTACT {
        put("contactIds", json!(r.contact_ids));
    }
    put("entityTypeId", json!(et));
    m
}

fn upper_name(key: &str) -> String {
    if crate::rest::query::is_uf(key) {
        return key.to_owned();
    }
    let mut out = String::new();
    for (i, c) in key.chars().enumerate() {
        if (c.is_ascii_uppercase()
            || (c.is_ascii_digit() && !out.ends_with(|p: char| p.is_ascii_digit())))
            && i > 0
        {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn field_type(key: &str, sample: &Value) -> (&'static str, bool) {
    match key {
        "id" | "entityTypeId" | "categoryId" | "probability" => ("integer", false),
        "observers" => ("user", true),
        "contactIds" => ("crm_contact", true),
        "fm" => ("crm_multifield", true),
        "stageId" | "previousStageId" | "sourceId" | "typeId" | "industry" | "employees" => {
            ("crm_status", false)
        }
        "currencyId" => ("crm_currency", false),
        "companyId" | "mycompanyId" => ("crm_company", false),
        "contactId" => ("crm_contact", false),
        "leadId" => ("crm_lead", false),
        "dealId" | "parentId2" => ("crm_deal", false),
        "begindate" | "closedate" | "birthdate" => ("date", false),
        k if k.ends_with("Time") => ("datetime", false),
        k if k.ends_with("By") || k.ends_with("ById") => ("user", false),
        k if k.starts_with("is") || k.starts_with("has") || k == "opened" || k == "closed" => {
            ("boolean", false)
        }
        "opportunity" | "taxValue" | "revenue" => ("double", false),
        _ if sample.is_number() => ("double", false),
        _ => ("string", false),
    }
}

/// The English titles a real portal gives the standard `crm.item` fields (others are derived from the name).
const FIELD_TITLES: &[(&str, &str)] = &[
    ("title", "Name"),
    ("name", "First name"),
    ("lastName", "Last name"),
    ("secondName", "Second name"),
    ("post", "Position"),
    ("opportunity", "Amount"),
    ("currencyId", "Currency"),
    ("stageId", "Stage"),
    ("categoryId", "Pipeline"),
    ("assignedById", "Responsible person"),
    ("createdBy", "Created by"),
    ("updatedBy", "Modified by"),
    ("movedBy", "Stage changed by"),
    ("createdTime", "Created on"),
    ("updatedTime", "Modified on"),
    ("movedTime", "Stage changed on"),
    ("begindate", "Start date"),
    ("closedate", "Close date"),
    ("companyId", "Company"),
    ("contactId", "Contact"),
    ("contactIds", "Contacts"),
    ("mycompanyId", "Your company details"),
    ("sourceId", "Source"),
    ("sourceDescription", "Source information"),
    ("comments", "Comment"),
    ("opened", "Available to everyone"),
    ("closed", "Closed"),
    ("observers", "Observers"),
    ("probability", "Probability, %"),
    ("taxValue", "Tax"),
    ("typeId", "Type"),
    ("isManualOpportunity", "Manual amount"),
    ("lastActivityTime", "Last activity"),
    ("lastActivityBy", "Last activity by"),
];

fn title_of(key: &str) -> String {
    if let Some((_, title)) = FIELD_TITLES.iter().find(|(k, _)| *k == key) {
        return (*title).to_owned();
    }
    let upper = upper_name(key).replace('_', " ").to_lowercase();
    let mut c = upper.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// `crm.item.fields`: `{fieldName: {type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title, upperName}}`.
pub fn item_fields(sample: &Map<String, Value>) -> Map<String, Value> {
    let read_only = [
        "id",
        "createdBy",
        "updatedBy",
        "createdTime",
        "updatedTime",
        "movedBy",
        "movedTime",
        "entityTypeId",
        "stageSemanticId",
        "previousStageId",
        "lastActivityBy",
        "lastActivityTime",
        "fullName",
        "phone",
        "email",
        "phoneWork",
        "phoneMobile",
        "emailWork",
        "hasPhone",
        "hasEmail",
        "hasImol",
    ];
    sample
        .iter()
        .map(|(key, value)| {
            let (ty, multiple) = field_type(key, value);
            let uf = crate::rest::query::is_uf(key);
            let upper = if uf && key.starts_with("ufCrm") {
                match key.strip_prefix("ufCrm_") {
                    Some(rest) => format!("UF_CRM_{rest}"),
                    None => format!("UF_CRM_{}", &key[5..]),
                }
            } else {
                upper_name(key)
            };
            (
                key.clone(),
                json!({
                    "type": ty,
                    "isRequired": false,
                    "isReadOnly": read_only.contains(&key.as_str()),
                    "isImmutable": key == "categoryId",
                    "isMultiple": multiple,
                    "isDynamic": uf,
                    "title": if uf { format!("Custom field {upper}") } else { title_of(key) },
                    "upperName": upper,
                }),
            )
        })
        .collect()
}
