//! CRM work methods: the to-do a `CRM_*_DETAIL_ACTIVITY` widget creates (`crm.activity.todo.add`,
//! <https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-add.html>),
//! the records that have their own methods (`sale.order.get`, `crm.invoice.get`) and the requisites
//! and bank details the search providers look in (`crm.requisite.list`,
//! `crm.requisite.bankdetail.list`), and the lists the CRM list report reads for those records
//! (`crm.invoice.list`, `sale.order.list` with `sale.status.list` and `sale.statusLang.list`).

use super::{date, object, page_success, yn, Ctx, Success};
use crate::rest::envelope::RestError;
use crate::rest::params::{as_id, Params};
use crate::rest::query::{run, ListQuery, ListSpec};
use crate::store::crm::Activity;
use crate::store::crm_work::{BankDetail, OldInvoice, Order, Requisite};
use crate::store::time;
use serde_json::{json, Map, Value};

/// `crm.activity.todo.add {ownerTypeId, ownerId, deadline, description?, title?, responsibleId?}`
/// → `{id}`. The owner must exist; the deadline must be a date the portal reads (`2026-12-04T10:00:00`,
/// without an offset in portal time). The emulator answers a missing owner with `NOT_FOUND` and a
/// missing or unreadable parameter with `INVALID_ARG_VALUE` (the method's documented error list is
/// empty; these are the codes the other CRM methods use for the same faults).
pub fn todo_add(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let owner_type = p.get("ownerTypeId").and_then(as_id).filter(|t| *t > 0);
    let owner_id = p.get("ownerId").and_then(as_id).filter(|t| *t > 0);
    let (Some(owner_type), Some(owner_id)) = (owner_type, owner_id) else {
        return Err(RestError::bad_request(
            "INVALID_ARG_VALUE",
            "ownerTypeId and ownerId are required",
        ));
    };
    let deadline = p
        .text("deadline")
        .and_then(|d| time::parse(&d))
        .ok_or_else(|| RestError::bad_request("INVALID_ARG_VALUE", "Invalid deadline"))?;
    let description = p.text("description").unwrap_or_default();
    let title = p.text("title").unwrap_or_default();
    if description.trim().is_empty() && title.trim().is_empty() {
        return Err(RestError::bad_request(
            "INVALID_ARG_VALUE",
            "The to-do needs a description",
        ));
    }
    let mut d = ctx.state.store.write();
    let owner_type = u32::try_from(owner_type).unwrap_or(u32::MAX);
    if d.crm.get(owner_type, owner_id).is_none() {
        return Err(RestError::bad_request(
            "NOT_FOUND",
            "Owner element not found",
        ));
    }
    let responsible = p
        .get("responsibleId")
        .and_then(as_id)
        .unwrap_or(d.current_user_id);
    if d.user(responsible).is_none() {
        return Err(RestError::bad_request(
            "INVALID_ARG_VALUE",
            "Responsible user not found",
        ));
    }
    let now = time::now_secs();
    let id = d.crm.activities.iter().map(|a| a.id).max().unwrap_or(0) + 1;
    let subject = if title.trim().is_empty() {
        description.lines().next().unwrap_or_default().to_owned()
    } else {
        title
    };
    d.crm.activities.push(Activity {
        id,
        owner_type_id: owner_type,
        owner_id,
        type_id: 6,
        provider_id: "CRM_TODO",
        provider_type_id: "TODO",
        subject,
        description,
        start: deadline,
        end: deadline,
        deadline,
        completed: false,
        responsible_id: responsible,
        direction: 0,
        priority: 2,
        created: now,
        updated: now,
    });
    Ok(Success::plain(json!({ "id": id })))
}

fn order_row(o: &Order) -> Value {
    let items: Vec<Value> = o
        .items
        .iter()
        .enumerate()
        .map(|(i, (name, quantity, price))| {
            json!({"id": i + 1, "orderId": o.id, "name": name, "quantity": quantity, "price": price, "currency": o.currency})
        })
        .collect();
    json!({
        "id": o.id,
        "accountNumber": o.account_number,
        "statusId": o.status_id,
        "currency": o.currency,
        "price": o.price(),
        "payed": yn(o.paid),
        "canceled": yn(o.canceled),
        "dateInsert": date(Some(o.created)),
        "responsibleId": o.responsible_id,
        "userId": o.user_id,
        "lid": "s1",
        "personTypeId": 1,
        "basketItems": items,
    })
}

/// `sale.order.get {id}` → `{order: {...}}` (camelCase, with `basketItems`). An unknown id is
/// `ERROR_NOT_FOUND`, no id `INVALID_ARG_VALUE` (emulator codes; the docs list none).
pub fn order_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = p
        .get("id")
        .and_then(as_id)
        .filter(|id| *id > 0)
        .ok_or_else(|| RestError::bad_request("INVALID_ARG_VALUE", "id is required"))?;
    let d = ctx.state.store.read();
    let order = d
        .crm_work
        .orders
        .iter()
        .find(|o| o.id == id)
        .ok_or_else(|| RestError::bad_request("ERROR_NOT_FOUND", "Order not found"))?;
    Ok(Success::plain(json!({ "order": order_row(order) })))
}

fn invoice_row(i: &OldInvoice) -> Map<String, Value> {
    let rows: Vec<Value> = i
        .rows
        .iter()
        .enumerate()
        .map(|(n, (name, quantity, price))| {
            json!({"ID": (n + 1).to_string(), "PRODUCT_NAME": name, "QUANTITY": quantity.to_string(), "PRICE": format!("{price:.2}")})
        })
        .collect();
    object(json!({
        "ID": i.id.to_string(),
        "ACCOUNT_NUMBER": i.account_number,
        "ORDER_TOPIC": i.topic,
        "STATUS_ID": i.status_id,
        "PRICE": format!("{:.2}", i.price()),
        "CURRENCY": i.currency,
        "PAYED": yn(i.status_id == "P"),
        "DATE_BILL": date(Some(i.billed)),
        "DATE_PAY_BEFORE": date(Some(i.pay_before)),
        "RESPONSIBLE_ID": i.responsible_id.to_string(),
        "UF_DEAL_ID": i.deal_id.to_string(),
        "UF_COMPANY_ID": i.company_id.to_string(),
        "UF_CONTACT_ID": "0",
        "PERSON_TYPE_ID": "1",
        "PRODUCT_ROWS": rows,
    }))
}

/// `crm.invoice.get {id}` → the invoice row (UPPER_CASE, with `PRODUCT_ROWS`); an unknown id
/// answers like the other legacy CRM getters ("Not found").
pub fn invoice_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = p
        .get("id")
        .and_then(as_id)
        .filter(|id| *id > 0)
        .ok_or_else(|| RestError::bad_request("", "ID is not defined or invalid."))?;
    let d = ctx.state.store.read();
    let invoice = d
        .crm_work
        .invoices
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| RestError::bad_request("NOT_FOUND", "Not found"))?;
    Ok(Success::plain(Value::Object(invoice_row(invoice))))
}

/// Paging, filter, order and select of `crm.invoice.list` (upper-case fields, `ID` ascending).
const INVOICE_SPEC: ListSpec = ListSpec::simple("ID", &[("ID", false)]);

/// `crm.invoice.list {select, filter, order, start}`: the old invoices, a plain array of rows.
pub fn invoice_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.crm_work.invoices.iter().map(invoice_row).collect();
    Ok(page_success(
        run(&INVOICE_SPEC, &ListQuery::from_params(p), rows),
        None,
    ))
}

/// Paging, filter, order and select of `sale.order.list` (camelCase fields, `id` ascending).
const ORDER_SPEC: ListSpec = ListSpec::simple("id", &[("id", false)]);

/// `sale.order.list {select, filter, order, start}` → `{orders: [...]}`.
pub fn order_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .crm_work
        .orders
        .iter()
        .map(|o| match order_row(o) {
            Value::Object(map) => map,
            _ => Map::new(),
        })
        .collect();
    Ok(page_success(
        run(&ORDER_SPEC, &ListQuery::from_params(p), rows),
        Some("orders"),
    ))
}

/// An order status: id, sort, colour, and its names as (language, name).
type OrderStatus = (
    &'static str,
    u32,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// The store's order statuses. The three every online store has; `F` is final.
const ORDER_STATUSES: &[OrderStatus] = &[
    (
        "N",
        100,
        "#39A8EF",
        &[
            ("en", "Accepted, payment pending"),
            ("ru", "Принят, ожидается оплата"),
            ("de", "Angenommen, Zahlung ausstehend"),
        ],
    ),
    (
        "P",
        200,
        "#FFA900",
        &[
            ("en", "Paid, being prepared"),
            ("ru", "Оплачен, формируется к отправке"),
            ("de", "Bezahlt, wird vorbereitet"),
        ],
    ),
    (
        "F",
        300,
        "#7BD500",
        &[
            ("en", "Completed"),
            ("ru", "Выполнен"),
            ("de", "Abgeschlossen"),
        ],
    ),
];

const STATUS_SPEC: ListSpec = ListSpec::simple("id", &[("sort", false)]);

/// `sale.status.list {filter, order, select}` → `{statuses: [...]}` (order statuses, type `O`).
pub fn sale_status_list(_: &Ctx, p: &Params) -> Result<Success, RestError> {
    let rows = ORDER_STATUSES
        .iter()
        .map(|(id, sort, color, _)| {
            object(json!({"id": id, "type": "O", "sort": sort, "color": color, "notify": "Y", "xmlId": ""}))
        })
        .collect();
    Ok(page_success(
        run(&STATUS_SPEC, &ListQuery::from_params(p), rows),
        Some("statuses"),
    ))
}

const STATUS_LANG_SPEC: ListSpec = ListSpec::simple("statusId", &[("statusId", false)]);

/// `sale.statusLang.list {filter, order, select}` → `{statusLangs: [...]}`: each status's name per
/// language (`lid`).
pub fn sale_status_lang_list(_: &Ctx, p: &Params) -> Result<Success, RestError> {
    let rows = ORDER_STATUSES
        .iter()
        .flat_map(|(id, _, _, names)| {
            names.iter().map(move |(lid, name)| {
                object(json!({"statusId": id, "lid": lid, "name": name, "description": ""}))
            })
        })
        .collect();
    Ok(page_success(
        run(&STATUS_LANG_SPEC, &ListQuery::from_params(p), rows),
        Some("statusLangs"),
    ))
}

const RQ_SPEC: ListSpec = ListSpec::simple("ID", &[("ID", false)]);

fn requisite_row(r: &Requisite) -> Map<String, Value> {
    object(json!({
        "ID": r.id.to_string(),
        "ENTITY_TYPE_ID": r.entity_type_id.to_string(),
        "ENTITY_ID": r.entity_id.to_string(),
        "PRESET_ID": r.preset_id.to_string(),
        "NAME": r.name,
        "ACTIVE": "Y",
        "RQ_COMPANY_NAME": r.company_name,
        "RQ_INN": r.inn,
        "RQ_KPP": r.kpp,
        "RQ_OGRN": r.ogrn,
        "RQ_ADDR": r.address,
    }))
}

/// `crm.requisite.list {filter, select, order, start}`: the requisites, filterable like every list
/// (`%RQ_COMPANY_NAME`, `RQ_INN`, `ENTITY_ID`, ...).
pub fn requisite_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.crm_work.requisites.iter().map(requisite_row).collect();
    Ok(page_success(
        run(&RQ_SPEC, &ListQuery::from_params(p), rows),
        None,
    ))
}

fn bank_row(b: &BankDetail) -> Map<String, Value> {
    object(json!({
        "ID": b.id.to_string(),
        "ENTITY_ID": b.requisite_id.to_string(),
        "COUNTRY_ID": "1",
        "NAME": b.name,
        "ACTIVE": "Y",
        "RQ_BANK_NAME": b.bank_name,
        "RQ_BIK": b.bik,
        "RQ_ACC_NUM": b.account,
        "RQ_COR_ACC_NUM": b.correspondent,
        "RQ_SWIFT": b.swift,
    }))
}

/// `crm.requisite.bankdetail.list {filter, select, order, start}`: the bank details of requisites.
pub fn bank_detail_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.crm_work.bank_details.iter().map(bank_row).collect();
    Ok(page_success(
        run(&RQ_SPEC, &ListQuery::from_params(p), rows),
        None,
    ))
}

/// `crm.activity.update {id, fields: {COMPLETED?, SUBJECT?, DESCRIPTION?, DEADLINE?}}` → `true`
/// (the legacy update answer). An unknown id answers "Not found", a bad deadline
/// `INVALID_ARG_VALUE`; nothing is changed then.
pub fn activity_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = p
        .get("id")
        .and_then(as_id)
        .filter(|id| *id > 0)
        .ok_or_else(|| RestError::bad_request("", "ID is not defined or invalid."))?;
    let fields = p.object("fields").cloned().unwrap_or_default();
    let text = |key: &str| fields.get(key).and_then(Value::as_str).map(str::to_owned);
    let deadline = match text("DEADLINE") {
        Some(raw) => Some(
            time::parse(&raw)
                .ok_or_else(|| RestError::bad_request("INVALID_ARG_VALUE", "Invalid DEADLINE"))?,
        ),
        None => None,
    };
    let completed = fields.get("COMPLETED").map(|v| match v {
        Value::Bool(b) => *b,
        other => other.as_str().is_some_and(|s| s == "Y"),
    });
    let mut d = ctx.state.store.write();
    let activity = d
        .crm
        .activities
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or_else(|| RestError::bad_request("", "Not found"))?;
    if let Some(completed) = completed {
        activity.completed = completed;
    }
    if let Some(subject) = text("SUBJECT") {
        activity.subject = subject;
    }
    if let Some(description) = text("DESCRIPTION") {
        activity.description = description;
    }
    if let Some(deadline) = deadline {
        activity.deadline = deadline;
    }
    activity.updated = time::now_secs();
    Ok(Success::plain(Value::Bool(true)))
}
