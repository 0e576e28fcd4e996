//! CRM methods: the universal `crm.item.*`, the legacy per-entity `crm.<entity>.get/list`,
//! updates with the portal's validation errors, and the reference lists (statuses, pipelines,
//! currencies, smart-process types, activities).

use super::crm_view::{
    item_fields as describe_fields, item_row, legacy_row, uf_camel, LEGACY_EXPLICIT,
};
use super::{date, object, page_success, s, yn, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_f64, as_id, id_list, scalar_text, truthy, Params};
use crate::rest::query::{normalize, run, ListQuery, ListSpec};
use crate::store::crm::*;
use crate::store::time::{now_secs, parse as parse_date};
use crate::store::Data;
use serde_json::{json, Map, Value};

const ITEM_SPEC: ListSpec = ListSpec {
    id_key: "id",
    default_order: &[("id", false)],
    aliases: &[],
    companions: &[],
    explicit_only: &[],
    default_includes_uf: true,
};
const LEGACY_SPEC: ListSpec = ListSpec {
    id_key: "ID",
    default_order: &[("ID", false)],
    aliases: &[],
    companions: &[],
    explicit_only: LEGACY_EXPLICIT,
    default_includes_uf: false,
};

fn smart_process_not_found() -> RestError {
    RestError::bad_request("NOT_FOUND", "Smart process not found")
}

/// `entityTypeId` of a `crm.item.*` call, checked against the portal's types.
fn entity_type(d: &Data, p: &Params) -> Result<u32, RestError> {
    p.first(&["entityTypeId", "ENTITY_TYPE_ID"])
        .and_then(as_id)
        .map(|id| id as u32)
        .filter(|id| d.crm.has_entity_type(*id))
        .ok_or_else(smart_process_not_found)
}

fn original_uf(p: &Params) -> bool {
    p.get("useOriginalUfNames").is_some_and(truthy)
}

/// `crm.item.get {entityTypeId, id}` → `{item}`.
pub fn item_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let et = entity_type(&d, p)?;
    let id = p.get("id").and_then(as_id).unwrap_or(0);
    let record = d
        .crm
        .get(et, id)
        .ok_or_else(|| RestError::bad_request("NOT_FOUND", "Element not found"))?;
    Ok(Success::plain(
        json!({"item": item_row(&d, record, original_uf(p))}),
    ))
}

/// `crm.item.list {entityTypeId, select, filter, order, start}` → `{items}` + `total`/`next`.
pub fn item_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let et = entity_type(&d, p)?;
    let uf = original_uf(p);
    let query = ListQuery::from_params(p);
    let page = super::id_cursor::page(&ITEM_SPEC, &query, d.crm.of(et), |r| item_row(&d, r, uf))
        .unwrap_or_else(|| {
            let rows = d.crm.of(et).iter().map(|r| item_row(&d, r, uf)).collect();
            run(&ITEM_SPEC, &query, rows)
        });
    Ok(page_success(page, Some("items")))
}

/// `crm.item.fields {entityTypeId}` → `{fields: {name: {type, title, upperName, ...}}}`.
pub fn item_fields(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let et = entity_type(&d, p)?;
    let sample = d
        .crm
        .of(et)
        .first()
        .map(|r| item_row(&d, r, original_uf(p)))
        .unwrap_or_default();
    Ok(Success::plain(json!({"fields": describe_fields(&sample)})))
}

/// `crm.item.update {entityTypeId, id, fields}` → `{item}` after the change.
pub fn item_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let mut d = ctx.state.store.write();
    let et = entity_type(&d, p)?;
    let id = p.get("id").and_then(as_id).unwrap_or(0);
    if d.crm.get(et, id).is_none() {
        return Err(RestError::bad_request("NOT_FOUND", "Element not found"));
    }
    let fields = p.object("fields").cloned().unwrap_or_default();
    apply_update(&mut d, et, id, &fields, Style::Item)?;
    let record = d
        .crm
        .get(et, id)
        .ok_or_else(|| RestError::bad_request("NOT_FOUND", "Element not found"))?;
    Ok(Success::plain(
        json!({"item": item_row(&d, record, original_uf(p))}),
    ))
}

fn legacy_id(p: &Params) -> Result<u64, RestError> {
    p.get("id")
        .and_then(as_id)
        .filter(|id| *id > 0)
        .ok_or_else(|| RestError::bad_request("", "ID is not defined or invalid."))
}

fn legacy_get(ctx: &Ctx, p: &Params, et: u32) -> Result<Success, RestError> {
    let id = legacy_id(p)?;
    let d = ctx.state.store.read();
    let record = d
        .crm
        .get(et, id)
        .ok_or_else(|| RestError::bad_request("", "Not found"))?;
    Ok(Success::plain(Value::Object(legacy_row(&d, record))))
}

fn legacy_list(ctx: &Ctx, p: &Params, et: u32) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.crm.of(et).iter().map(|r| legacy_row(&d, r)).collect();
    Ok(page_success(
        run(&LEGACY_SPEC, &ListQuery::from_params(p), rows),
        None,
    ))
}

/// `crm.deal.get {id}`.
pub fn deal_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_get(ctx, p, DEAL)
}
/// `crm.deal.list`.
pub fn deal_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_list(ctx, p, DEAL)
}
/// `crm.lead.get {id}`.
pub fn lead_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_get(ctx, p, LEAD)
}
/// `crm.lead.list`.
pub fn lead_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_list(ctx, p, LEAD)
}
/// `crm.contact.get {id}`.
pub fn contact_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_get(ctx, p, CONTACT)
}
/// `crm.contact.list`.
pub fn contact_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_list(ctx, p, CONTACT)
}
/// `crm.company.get {id}`.
pub fn company_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_get(ctx, p, COMPANY)
}
/// `crm.company.list`.
pub fn company_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_list(ctx, p, COMPANY)
}
/// `crm.quote.get {id}`.
pub fn quote_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_get(ctx, p, QUOTE)
}
/// `crm.quote.list`.
pub fn quote_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    legacy_list(ctx, p, QUOTE)
}

/// `crm.deal.update {id, fields, params}` → `true`.
pub fn deal_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = legacy_id(p)?;
    let fields = match p.get("fields") {
        Some(Value::Object(m)) => m.clone(),
        _ => {
            return Err(RestError::bad_request(
                "",
                "Parameter 'fields' must be array.",
            ))
        }
    };
    let mut d = ctx.state.store.write();
    if d.crm.get(DEAL, id).is_none() {
        return Err(RestError::bad_request("", "Not found"));
    }
    apply_update(&mut d, DEAL, id, &fields, Style::Legacy)?;
    Ok(Success::plain(Value::Bool(true)))
}

/// Which API family an update came through (they word validation errors differently).
#[derive(Clone, Copy)]
enum Style {
    Item,
    Legacy,
}

fn invalid(style: Style, title: &str) -> RestError {
    match style {
        Style::Item => RestError::bad_request(
            "CRM_FIELD_ERROR_VALUE_NOT_VALID",
            format!("Invalid value for field \"{title}\""),
        ),
        Style::Legacy => {
            RestError::bad_request("", format!("Invalid value for the \"{title}\" field"))
        }
    }
}

fn optional_id(v: &Value) -> Option<Option<u64>> {
    match v {
        Value::Null => Some(None),
        Value::String(s) if s.is_empty() => Some(None),
        other => as_id(other).map(|id| (id > 0).then_some(id)),
    }
}

fn optional_date(v: &Value) -> Option<Option<i64>> {
    match scalar_text(v) {
        None if v.is_null() => Some(None),
        Some(t) if t.is_empty() => Some(None),
        Some(t) => parse_date(&t).map(Some),
        None => None,
    }
}

/// Validates every field first, then applies them all (an update is all-or-nothing, like the portal).
fn apply_update(
    d: &mut Data,
    et: u32,
    id: u64,
    fields: &Map<String, Value>,
    style: Style,
) -> Result<(), RestError> {
    let Some(original) = d.crm.get(et, id) else {
        return Err(smart_process_not_found());
    };
    let mut r = original.clone();
    let user_exists = |uid: u64| d.user(uid).is_some();
    let mut new_stage: Option<String> = None;
    for (key, value) in fields {
        let norm = normalize(key);
        match norm.as_str() {
            "title" => r.title = scalar_text(value).ok_or_else(|| invalid(style, "Title"))?,
            "stageid" => {
                new_stage = Some(scalar_text(value).ok_or_else(|| invalid(style, "Stage"))?)
            }
            "statusid" if matches!(et, LEAD | QUOTE) => {
                new_stage = Some(scalar_text(value).ok_or_else(|| invalid(style, "Stage"))?)
            }
            "categoryid" if matches!(style, Style::Item) => {
                let cat = as_id(value)
                    .map(|c| c as u32)
                    .ok_or_else(|| invalid(style, "Pipeline"))?;
                if !d
                    .crm
                    .categories
                    .iter()
                    .any(|c| c.entity_type_id == et && c.id == cat)
                {
                    return Err(invalid(style, "Pipeline"));
                }
                r.category_id = Some(cat);
            }
            "opportunity" => {
                r.opportunity = as_f64(value).ok_or_else(|| invalid(style, "Amount"))?
            }
            "taxvalue" => r.tax_value = as_f64(value).ok_or_else(|| invalid(style, "Tax"))?,
            "currencyid" => {
                let code = scalar_text(value).unwrap_or_default();
                if !d.crm.currencies.iter().any(|c| c.code == code) {
                    return Err(invalid(style, "Currency"));
                }
                r.currency_id = code;
            }
            "assignedbyid" => {
                r.assigned_by_id = as_id(value)
                    .filter(|u| user_exists(*u))
                    .ok_or_else(|| invalid(style, "Responsible person"))?
            }
            "companyid" => {
                let company = optional_id(value).ok_or_else(|| invalid(style, "Company"))?;
                if company.is_some_and(|c| d.crm.get(COMPANY, c).is_none()) {
                    return Err(invalid(style, "Company"));
                }
                r.company_id = company;
            }
            "contactid" | "contactids" => {
                let ids = if norm == "contactid" {
                    optional_id(value).map(|c| c.into_iter().collect::<Vec<_>>())
                } else {
                    id_list(value)
                };
                let ids = ids.ok_or_else(|| invalid(style, "Contact"))?;
                if ids.iter().any(|c| d.crm.get(CONTACT, *c).is_none()) {
                    return Err(invalid(style, "Contact"));
                }
                r.contact_ids = ids;
            }
            "observers" => {
                let ids = id_list(value)
                    .filter(|ids| ids.iter().all(|u| user_exists(*u)))
                    .ok_or_else(|| invalid(style, "Observers"))?;
                r.observers = ids;
            }
            "sourceid" => {
                let src = scalar_text(value).unwrap_or_default();
                if !src.is_empty()
                    && !d
                        .crm
                        .statuses
                        .iter()
                        .any(|st| st.entity_id == "SOURCE" && st.status_id == src)
                {
                    return Err(invalid(style, "Source"));
                }
                r.source_id = (!src.is_empty()).then_some(src);
            }
            "begindate" => {
                r.begindate = optional_date(value).ok_or_else(|| invalid(style, "Start date"))?
            }
            "closedate" => {
                r.closedate = optional_date(value).ok_or_else(|| invalid(style, "End date"))?
            }
            "comments" => r.comments = scalar_text(value).unwrap_or_default(),
            "opened" => r.opened = truthy(value),
            "probability" => {
                r.probability = Some(
                    as_id(value)
                        .filter(|p| *p <= 100)
                        .ok_or_else(|| invalid(style, "Probability"))? as u32,
                )
            }
            "name" => r.name = scalar_text(value).unwrap_or_default(),
            "lastname" => r.last_name = scalar_text(value).unwrap_or_default(),
            "secondname" => r.second_name = scalar_text(value).unwrap_or_default(),
            "post" => r.post = scalar_text(value).unwrap_or_default(),
            _ => {
                let uf_key =
                    r.uf.keys()
                        .find(|name| normalize(name) == norm || normalize(&uf_camel(name)) == norm)
                        .cloned();
                if let Some(name) = uf_key {
                    r.uf.insert(name, value.clone());
                }
                // Read-only and unknown fields are ignored, as the portal does.
            }
        }
    }
    let category_changed = r.category_id != original.category_id;
    let stages = d.crm.stages(et, r.category_id);
    let target_stage = match new_stage {
        Some(stage) => Some(stage),
        None if category_changed => stages.first().map(|st| st.status_id.clone()),
        None => None,
    };
    if let Some(stage) = target_stage {
        let entry = stages
            .iter()
            .find(|st| st.status_id == stage)
            .ok_or_else(|| invalid(style, "Stage"))?;
        if r.stage_id.as_deref() != Some(stage.as_str()) {
            r.previous_stage_id = r.stage_id.take();
            r.moved = now_secs();
            r.moved_by = d.current_user_id;
        }
        r.closed = entry.semantics.is_some_and(|sem| sem != Semantics::Process);
        r.stage_id = Some(stage);
    }
    r.updated = now_secs();
    r.updated_by = d.current_user_id;
    if let Some(slot) = d.crm.get_mut(et, id) {
        *slot = r;
    }
    Ok(())
}

fn activity_row(a: &Activity) -> Map<String, Value> {
    let v = json!({
        "ID": a.id.to_string(),
        "OWNER_ID": a.owner_id.to_string(),
        "OWNER_TYPE_ID": a.owner_type_id.to_string(),
        "TYPE_ID": a.type_id.to_string(),
        "PROVIDER_ID": a.provider_id,
        "PROVIDER_TYPE_ID": a.provider_type_id,
        "PROVIDER_GROUP_ID": null,
        "ASSOCIATED_ENTITY_ID": "0",
        "SUBJECT": a.subject,
        "CREATED": date(Some(a.created)),
        "LAST_UPDATED": date(Some(a.updated)),
        "START_TIME": date(Some(a.start)),
        "END_TIME": date(Some(a.end)),
        "DEADLINE": date(Some(a.deadline)),
        "COMPLETED": yn(a.completed),
        "STATUS": if a.completed { "2" } else { "1" },
        "RESPONSIBLE_ID": a.responsible_id.to_string(),
        "PRIORITY": a.priority.to_string(),
        "NOTIFY_TYPE": "1",
        "NOTIFY_VALUE": "15",
        "DESCRIPTION": a.description,
        "DESCRIPTION_TYPE": "1",
        "DIRECTION": a.direction.to_string(),
        "LOCATION": "",
        "ORIGINATOR_ID": null,
        "ORIGIN_ID": null,
        "AUTHOR_ID": a.responsible_id.to_string(),
        "EDITOR_ID": a.responsible_id.to_string(),
    });
    object(v)
}

/// `crm.activity.get {id}`.
pub fn activity_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = legacy_id(p)?;
    let d = ctx.state.store.read();
    let a = d
        .crm
        .activities
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| RestError::bad_request("", "Not found"))?;
    Ok(Success::plain(Value::Object(activity_row(a))))
}

/// `crm.activity.list {filter: {OWNER_TYPE_ID, OWNER_ID, ...}}`.
pub fn activity_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.crm.activities.iter().map(activity_row).collect();
    Ok(page_success(
        run(
            &ListSpec::simple("ID", &[("ID", false)]),
            &ListQuery::from_params(p),
            rows,
        ),
        None,
    ))
}

fn status_row(st: &StatusEntry) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("ID".into(), s(st.id.to_string()));
    m.insert("ENTITY_ID".into(), s(&st.entity_id));
    m.insert("STATUS_ID".into(), s(&st.status_id));
    m.insert("NAME".into(), s(&st.name));
    m.insert(
        "NAME_INIT".into(),
        s(if st.system { st.name.as_str() } else { "" }),
    );
    m.insert("SORT".into(), s(st.sort.to_string()));
    m.insert("SYSTEM".into(), yn(st.system));
    m.insert(
        "CATEGORY_ID".into(),
        st.category_id
            .map(|c| s(c.to_string()))
            .unwrap_or(Value::Null),
    );
    m.insert(
        "COLOR".into(),
        st.color.clone().map(s).unwrap_or(Value::Null),
    );
    m.insert(
        "SEMANTICS".into(),
        st.semantics
            .filter(|x| *x != Semantics::Process)
            .map(|x| s(x.letter()))
            .unwrap_or(Value::Null),
    );
    if let (Some(sem), Some(color)) = (st.semantics, &st.color) {
        m.insert(
            "EXTRA".into(),
            json!({"SEMANTICS": sem.word(), "COLOR": color}),
        );
    }
    m
}

/// `crm.status.list {filter: {ENTITY_ID}}`: stages and reference lists.
pub fn status_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.crm.statuses.iter().map(status_row).collect();
    Ok(page_success(
        run(
            &ListSpec::simple("ID", &[("ID", false)]),
            &ListQuery::from_params(p),
            rows,
        ),
        None,
    ))
}

/// `crm.category.list {entityTypeId}` → `{categories}`.
pub fn category_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let et = entity_type(&d, p)?;
    let rows = d
        .crm
        .categories
        .iter()
        .filter(|c| c.entity_type_id == et)
        .map(|c| object(json!({"id": c.id, "name": c.name, "sort": c.sort, "entityTypeId": c.entity_type_id, "isDefault": yn(c.is_default)})))
        .collect();
    Ok(page_success(
        run(
            &ListSpec::simple("id", &[("sort", false)]),
            &ListQuery::from_params(p),
            rows,
        ),
        Some("categories"),
    ))
}

/// The language the emulated user works in.
const LANG: &str = "en";

fn currency_row(c: &Currency, with_langs: bool, anchor: i64) -> Map<String, Value> {
    let own = c
        .formats
        .iter()
        .find(|f| f.lang == LANG)
        .or(c.formats.first());
    let mut m = Map::new();
    m.insert("CURRENCY".into(), s(c.code));
    m.insert("AMOUNT_CNT".into(), s("1"));
    m.insert("AMOUNT".into(), s(format!("{:.4}", c.amount)));
    m.insert("SORT".into(), s(c.sort.to_string()));
    m.insert("BASE".into(), yn(c.base));
    m.insert(
        "FULL_NAME".into(),
        own.map(|f| s(f.full_name)).unwrap_or(Value::Null),
    );
    m.insert("LID".into(), s(LANG));
    m.insert(
        "FORMAT_STRING".into(),
        own.map(|f| s(f.format_string)).unwrap_or(Value::Null),
    );
    m.insert(
        "DEC_POINT".into(),
        own.map(|f| s(f.dec_point)).unwrap_or(Value::Null),
    );
    m.insert(
        "THOUSANDS_SEP".into(),
        own.and_then(|f| f.thousands_sep)
            .map(s)
            .unwrap_or(Value::Null),
    );
    m.insert("DECIMALS".into(), s("2"));
    m.insert("DATE_UPDATE".into(), date(Some(anchor - 30 * 86_400)));
    if with_langs {
        let langs: Map<String, Value> = c
            .formats
            .iter()
            .map(|f| {
                (
                    f.lang.to_owned(),
                    json!({
                        "FORMAT_STRING": f.format_string,
                        "FULL_NAME": f.full_name,
                        "DEC_POINT": f.dec_point,
                        "THOUSANDS_SEP": f.thousands_sep,
                        "DECIMALS": "2",
                        "THOUSANDS_VARIANT": f.thousands_variant,
                        "HIDE_ZERO": "Y",
                    }),
                )
            })
            .collect();
        m.insert("LANG".into(), Value::Object(langs));
    }
    m
}

/// `crm.currency.list` (each with its per-language `LANG` formats).
pub fn currency_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .crm
        .currencies
        .iter()
        .map(|c| currency_row(c, true, d.anchor))
        .collect();
    Ok(page_success(
        run(
            &ListSpec::simple("CURRENCY", &[("SORT", false)]),
            &ListQuery::from_params(p),
            rows,
        ),
        None,
    ))
}

/// `crm.currency.get {id}`.
pub fn currency_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = p.text("id").unwrap_or_default().to_ascii_uppercase();
    let d = ctx.state.store.read();
    let c = d
        .crm
        .currencies
        .iter()
        .find(|c| c.code == code)
        .ok_or_else(|| RestError::bad_request("", "Not found"))?;
    Ok(Success::plain(Value::Object(currency_row(
        c, true, d.anchor,
    ))))
}

/// `crm.type.list` → `{types}`: the portal's smart processes.
pub fn type_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .crm
        .types
        .iter()
        .map(|t| {
            let mut m = object(json!({
                "id": t.id,
                "title": t.title,
                "code": t.code,
                "createdBy": 1,
                "entityTypeId": t.entity_type_id,
                "customSectionId": null,
                "createdTime": date(Some(t.created)),
                "updatedTime": date(Some(t.created)),
                "updatedBy": 1,
            }));
            for flag in [
                "isCategoriesEnabled",
                "isStagesEnabled",
                "isBeginCloseDatesEnabled",
                "isClientEnabled",
                "isUseInUserfieldEnabled",
                "isLinkWithProductsEnabled",
                "isMycompanyEnabled",
                "isDocumentsEnabled",
                "isSourceEnabled",
                "isObserversEnabled",
                "isRecyclebinEnabled",
                "isAutomationEnabled",
                "isBizProcEnabled",
                "isSetOpenPermissions",
                "isCountersEnabled",
            ] {
                m.insert(flag.into(), yn(true));
            }
            m.insert("isPaymentsEnabled".into(), yn(false));
            m
        })
        .collect();
    Ok(page_success(
        run(
            &ListSpec::simple("id", &[("id", false)]),
            &ListQuery::from_params(p),
            rows,
        ),
        Some("types"),
    ))
}
