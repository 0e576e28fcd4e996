//! The REST methods the emulator implements, each a plain function over the store.
//!
//! [`lookup`] is the method table. Every method gets the shared [`Ctx`] and its [`Params`] and returns
//! a [`Success`] (the envelope is added by the caller) or the portal's [`RestError`].

mod app;
mod automation;
mod calendar;
mod calendar_write;
mod crm;
mod crm_view;
mod crm_work;
mod id_cursor;
mod im;
mod landing;
mod openlines;
mod placement;
mod registration;
mod sonet;
mod tasks;
mod telephony;
mod user_fields;
mod users;
mod writes;

pub use users::avatar_svg;

/// The relative default avatar tasks show for users without a photo (re-exported for tests).
#[cfg(test)]
pub const DEFAULT_TASK_AVATAR_FOR_TESTS: &str = tasks::DEFAULT_TASK_AVATAR;

use super::envelope::{RestError, Success};
use super::params::Params;
use super::query::Page;
use crate::state::EmulatorState;
use serde_json::{json, Value};

/// What a method can see: the emulator state (store, log, ...).
pub struct Ctx<'a> {
    /// The whole emulator.
    pub state: &'a EmulatorState,
}

/// A REST method.
pub type Method = fn(&Ctx, &Params) -> Result<Success, RestError>;

/// Every implemented method: (lower-cased name, implementation).
const TABLE: &[(&str, Method)] = &[
    ("crm.item.get", crm::item_get),
    ("crm.item.list", crm::item_list),
    ("crm.item.fields", crm::item_fields),
    ("crm.item.update", crm::item_update),
    ("crm.deal.get", crm::deal_get),
    ("crm.deal.list", crm::deal_list),
    ("crm.deal.update", crm::deal_update),
    ("crm.lead.get", crm::lead_get),
    ("crm.lead.list", crm::lead_list),
    ("crm.contact.get", crm::contact_get),
    ("crm.contact.list", crm::contact_list),
    ("crm.company.get", crm::company_get),
    ("crm.company.list", crm::company_list),
    ("crm.quote.get", crm::quote_get),
    ("crm.quote.list", crm::quote_list),
    ("crm.activity.get", crm::activity_get),
    ("crm.activity.list", crm::activity_list),
    ("crm.activity.todo.add", crm_work::todo_add),
    ("crm.activity.update", crm_work::activity_update),
    ("sale.order.get", crm_work::order_get),
    ("crm.invoice.get", crm_work::invoice_get),
    ("crm.invoice.list", crm_work::invoice_list),
    ("sale.order.list", crm_work::order_list),
    ("sale.status.list", crm_work::sale_status_list),
    ("sale.statuslang.list", crm_work::sale_status_lang_list),
    ("crm.requisite.list", crm_work::requisite_list),
    ("crm.requisite.bankdetail.list", crm_work::bank_detail_list),
    ("crm.status.list", crm::status_list),
    ("crm.category.list", crm::category_list),
    ("crm.currency.list", crm::currency_list),
    ("crm.currency.get", crm::currency_get),
    ("crm.type.list", crm::type_list),
    ("user.get", users::user_get),
    ("user.current", users::user_current),
    ("profile", users::profile),
    ("department.get", users::department_get),
    ("tasks.task.get", tasks::task_get),
    ("tasks.task.list", tasks::task_list),
    ("tasks.task.update", tasks::task_update),
    ("task.checklistitem.getlist", tasks::checklist_getlist),
    ("task.checklistitem.complete", tasks::checklist_complete),
    ("task.checklistitem.renew", tasks::checklist_renew),
    ("sonet_group.get", tasks::sonet_group_get),
    ("sonet_group.user.get", sonet::sonet_group_user_get),
    ("calendar.event.get", calendar::event_get),
    ("calendar.event.add", calendar_write::event_add),
    ("calendar.event.update", calendar_write::event_update),
    ("calendar.event.delete", calendar_write::event_delete),
    ("app.info", app::app_info),
    ("app.option.get", app::app_option_get),
    ("app.option.set", app::app_option_set),
    ("user.option.get", app::user_option_get),
    ("user.option.set", app::user_option_set),
    ("scope", app::scope),
    ("server.time", app::server_time),
    ("event.get", app::event_get),
    ("event.bind", app::event_bind),
    ("event.unbind", app::event_unbind),
    ("userfieldtype.add", app::userfieldtype_add),
    ("userfieldtype.list", app::userfieldtype_list),
    ("userfieldtype.update", app::userfieldtype_update),
    ("userfieldtype.delete", app::userfieldtype_delete),
    ("userfieldconfig.add", app::userfieldconfig_add),
    ("imconnector.activate", app::imconnector_activate),
    ("imconnector.register", registration::imconnector_register),
    (
        "imconnector.unregister",
        registration::imconnector_unregister,
    ),
    ("imconnector.list", registration::imconnector_list),
    ("crm.automation.trigger.add", automation::add),
    ("crm.automation.trigger.list", automation::list),
    ("crm.automation.trigger.delete", automation::delete),
    ("crm.automation.trigger.execute", automation::execute),
    ("landing.repo.bind", registration::landing_repo_bind),
    ("landing.repo.unbind", registration::landing_repo_unbind),
    ("placement.list", placement::list),
    ("placement.get", placement::get),
    ("placement.bind", placement::bind),
    ("placement.unbind", placement::unbind),
    ("im.dialog.get", im::dialog_get),
    ("im.dialog.users.list", im::dialog_users_list),
    ("im.dialog.messages.get", im::dialog_messages_get),
    ("im.recent.list", im::recent_list),
    ("tasks.task.add", writes::task_add),
    (
        "telephony.externalcall.register",
        telephony::external_call_register,
    ),
    (
        "telephony.externalcall.finish",
        telephony::external_call_finish,
    ),
    ("voximplant.statistic.get", telephony::statistic_get),
    ("imopenlines.config.list.get", openlines::config_list_get),
    ("imconnector.status", openlines::connector_status),
    (
        "imconnector.connector.data.set",
        openlines::connector_data_set,
    ),
    ("landing.site.getlist", landing::site_get_list),
    ("landing.site.update", landing::site_update),
    ("landing.landing.getlist", landing::landing_get_list),
    ("landing.block.getmanifest", landing::block_get_manifest),
    ("landing.block.updatenodes", landing::block_update_nodes),
];

/// The implementation of a (lower-cased) method name, if the emulator has one.
pub fn lookup(name: &str) -> Option<Method> {
    TABLE.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// The names of every implemented method.
pub fn names() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(n, _)| *n)
}

/// A page as a list answer, either a bare array or wrapped (`{"items": [...]}`, `{"tasks": [...]}`).
fn page_success(page: Page, wrap: Option<&str>) -> Success {
    let rows = Value::Array(page.rows);
    let result = match wrap {
        Some(key) => json!({ key: rows }),
        None => rows,
    };
    Success {
        result,
        total: Some(page.total),
        next: page.next,
    }
}

/// A JSON string.
fn s(v: impl Into<String>) -> Value {
    Value::String(v.into())
}

/// An id as the legacy methods print it: `"12"`, or null.
fn id_str(id: Option<u64>) -> Value {
    id.map(|i| s(i.to_string())).unwrap_or(Value::Null)
}

/// `Y` / `N`.
fn yn(b: bool) -> Value {
    s(if b { "Y" } else { "N" })
}

/// An ISO datetime or null.
fn date(ts: Option<i64>) -> Value {
    ts.map(|t| s(crate::store::time::iso(t)))
        .unwrap_or(Value::Null)
}

/// A `json!({...})` row as a map.
fn object(v: Value) -> serde_json::Map<String, Value> {
    joined(v, Value::Null)
}

/// Joins two JSON objects into one row (large rows are built in halves: one `json!` of that size
/// exceeds the macro recursion limit).
fn joined(first: Value, second: Value) -> serde_json::Map<String, Value> {
    let mut out = match first {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    };
    if let Value::Object(m) = second {
        out.extend(m);
    }
    out
}
