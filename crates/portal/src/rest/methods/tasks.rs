//! Tasks, checklists and workgroups: `tasks.task.get/list/update`, `task.checklistitem.*`,
//! `sonet_group.get`.

use super::{date, joined, object, page_success, s, yn, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, id_list, scalar_text, Params};
use crate::rest::query::{run, run_all, ListQuery, ListSpec, Start};
use crate::store::tasks::{ChecklistItem, Task, Workgroup};
use crate::store::time::{now_secs, parse as parse_date};
use crate::store::{Data, Store};
use serde_json::{json, Map, Value};

/// Where tasks point users without a photo (a relative URL, exactly like the portal).
pub const DEFAULT_TASK_AVATAR: &str = "/bitrix/images/tasks/default_avatar.png";

const TASK_SPEC: ListSpec = ListSpec {
    id_key: "id",
    default_order: &[("id", true)],
    aliases: &[
        ("REAL_STATUS", "status"),
        ("STATUS", "subStatus"),
        ("ACCOMPLICE", "accomplices"),
        ("AUDITOR", "auditors"),
        ("TAG", "tags"),
    ],
    companions: &[
        ("responsibleId", &["responsible"]),
        ("createdBy", &["creator"]),
        ("groupId", &["group"]),
        ("accomplices", &["accomplicesData"]),
        ("auditors", &["auditorsData"]),
        ("subStatus", &["status"]),
    ],
    explicit_only: &[],
    default_includes_uf: true,
};

/// The "generic failure" the tasks module answers for missing or inaccessible tasks.
fn task_action_failed() -> RestError {
    RestError::bad_request(
        "ERROR_CORE",
        "TASKS_ERROR_EXCEPTION_#8; Action failed; 8/TE/ACTION_FAILED_TO_BE_PROCESSED<br>",
    )
}

fn person(store: &Store, d: &Data, id: u64) -> Value {
    match d.user(id) {
        Some(u) => json!({
            "id": id.to_string(),
            "name": u.full_name(),
            "link": format!("/company/personal/user/{id}/"),
            "icon": if u.has_photo { store.avatar_url(id) } else { DEFAULT_TASK_AVATAR.to_owned() },
            "workPosition": u.position,
        }),
        None => json!([]),
    }
}

fn people(store: &Store, d: &Data, ids: &[u64]) -> Value {
    if ids.is_empty() {
        return json!([]);
    }
    Value::Object(
        ids.iter()
            .map(|id| (id.to_string(), person(store, d, *id)))
            .collect(),
    )
}

fn group_brief(d: &Data, group_id: u64) -> Value {
    match d.work.groups.iter().find(|g| g.id == group_id) {
        Some(g) => json!({
            "id": g.id.to_string(),
            "name": g.name,
            "opened": g.opened,
            "membersCount": g.members.len(),
            "image": "",
            "additionalData": [],
        }),
        None => json!([]),
    }
}

/// `subStatus`: `-1` for overdue open tasks, the status otherwise.
fn sub_status(t: &Task, now: i64) -> i64 {
    match t.deadline {
        Some(deadline) if deadline < now && matches!(t.status, 1..=3) => -1,
        _ => i64::from(t.status),
    }
}

/// A `tasks.task.*` task: camelCase keys, ids and codes as strings, ISO dates with the portal offset,
/// nested `creator` / `responsible` / `group`.
pub fn task_row(store: &Store, d: &Data, t: &Task) -> Map<String, Value> {
    let now = now_secs();
    let strings = |ids: &[u64]| json!(ids.iter().map(u64::to_string).collect::<Vec<_>>());
    let first = json!({
        "id": t.id.to_string(),
        "parentId": t.parent_id.to_string(),
        "title": t.title,
        "description": t.description,
        "mark": null,
        "priority": t.priority.to_string(),
        "status": t.status.to_string(),
        "subStatus": sub_status(t, now).to_string(),
        "multitask": "N",
        "notViewed": "N",
        "replicate": "N",
        "groupId": t.group_id.to_string(),
        "stageId": "0",
        "createdBy": t.created_by.to_string(),
        "createdDate": date(Some(t.created)),
        "responsibleId": t.responsible_id.to_string(),
        "changedBy": t.responsible_id.to_string(),
        "changedDate": date(Some(t.changed)),
        "statusChangedBy": t.responsible_id.to_string(),
        "closedBy": if t.closed.is_some() { s(t.responsible_id.to_string()) } else { Value::Null },
        "closedDate": date(t.closed),
        "activityDate": date(Some(t.changed)),
        "dateStart": null,
        "deadline": date(t.deadline),
        "startDatePlan": date(t.start_plan),
        "endDatePlan": date(t.end_plan),
    });
    let second = json!({
        "guid": format!("{{{:08x}-0000-4000-8000-{:012x}}}", t.id * 2_654_435_761 % 0xFFFF_FFFF, t.id),
        "commentsCount": (t.id % 4).to_string(),
        "allowChangeDeadline": "Y",
        "allowTimeTracking": yn(t.time_estimate > 0),
        "taskControl": "N",
        "addInReport": "N",
        "timeEstimate": t.time_estimate.to_string(),
        "timeSpentInLogs": null,
        "matchWorkTime": "N",
        "siteId": "s1",
        "favorite": "N",
        "descriptionInBbcode": "Y",
        "accomplices": strings(&t.accomplices),
        "auditors": strings(&t.auditors),
        "tags": t.tags,
        "ufCrmTask": t.crm,
        "group": group_brief(d, t.group_id),
        "creator": person(store, d, t.created_by),
        "responsible": person(store, d, t.responsible_id),
        "accomplicesData": people(store, d, &t.accomplices),
        "auditorsData": people(store, d, &t.auditors),
    });
    joined(first, second)
}

/// `taskId` of a task call: missing and malformed ids get the module's own errors.
fn task_id(p: &Params) -> Result<u64, RestError> {
    let raw = p.first(&["taskId", "TASKID", "id", "0"]).ok_or_else(|| {
        RestError::bad_request("100", "CTaskItem All parameters in the constructor must have real class type (internal error)")
    })?;
    as_id(raw).ok_or_else(|| RestError::bad_request("0", "wrong task id"))
}

fn select_of(p: &Params) -> Vec<String> {
    ListQuery::from_params(p).select
}

/// `tasks.task.get {taskId, select}` → `{task}`; `[]` when the task doesn't exist (documented).
pub fn task_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = task_id(p)?;
    let store = &ctx.state.store;
    let d = store.read();
    let Some(t) = d.work.tasks.iter().find(|t| t.id == id) else {
        return Ok(Success::plain(json!([])));
    };
    let query = ListQuery {
        filter: Vec::new(),
        order: Vec::new(),
        select: select_of(p),
        start: Start::Offset(0),
    };
    let row = run(&TASK_SPEC, &query, vec![task_row(store, &d, t)])
        .rows
        .into_iter()
        .next()
        .unwrap_or(Value::Null);
    Ok(Success::plain(json!({"task": row})))
}

/// Whether `user` takes part in `t` (responsible, creator, participant or observer): the `MEMBER`
/// filter of `tasks.task.list`, which is no field of the task.
fn is_member(t: &Task, user: u64) -> bool {
    t.responsible_id == user
        || t.created_by == user
        || t.accomplices.contains(&user)
        || t.auditors.contains(&user)
}

/// `tasks.task.list {filter, order, select, start}` → `{tasks}` + `total`/`next`. Besides the task
/// fields the filter takes `MEMBER` (a user id: tasks the user takes part in).
pub fn task_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let store = &ctx.state.store;
    let d = store.read();
    let mut query = ListQuery::from_params(p);
    let mut members = Vec::new();
    query.filter.retain(|c| {
        let member = c.field.eq_ignore_ascii_case("MEMBER");
        if member {
            members.push(as_id(&c.value).unwrap_or(0));
        }
        !member
    });
    let rows = d
        .work
        .tasks
        .iter()
        .filter(|t| members.iter().all(|m| is_member(t, *m)))
        .map(|t| task_row(store, &d, t))
        .collect();
    Ok(page_success(run(&TASK_SPEC, &query, rows), Some("tasks")))
}

fn core_error(text: &str) -> RestError {
    RestError::bad_request("ERROR_CORE", format!("{text}<br>"))
}

/// `tasks.task.update {taskId, fields: {TITLE, DESCRIPTION, DEADLINE, STATUS, PRIORITY, RESPONSIBLE_ID,
/// GROUP_ID, ACCOMPLICES, AUDITORS, UF_CRM_TASK, TAGS}}` → `{task}`.
pub fn task_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = task_id(p)?;
    let fields = p.object("fields").cloned().unwrap_or_default();
    let store = &ctx.state.store;
    let mut d = store.write();
    let Some(original) = d.work.tasks.iter().find(|t| t.id == id) else {
        return Err(task_action_failed());
    };
    let mut t = original.clone();
    for (key, value) in &fields {
        match key.to_ascii_uppercase().as_str() {
            "TITLE" => {
                t.title = scalar_text(value)
                    .map(|x| x.trim().to_owned())
                    .filter(|x| !x.is_empty())
                    .ok_or_else(|| core_error("Task title is not specified."))?
            }
            "DESCRIPTION" => t.description = scalar_text(value).unwrap_or_default(),
            "DEADLINE" => {
                t.deadline = match scalar_text(value).unwrap_or_default() {
                    text if text.is_empty() => None,
                    text => Some(
                        parse_date(&text)
                            .ok_or_else(|| core_error("Incorrect deadline format."))?,
                    ),
                }
            }
            "STATUS" => {
                let status = as_id(value)
                    .filter(|st| (1..=7).contains(st))
                    .ok_or_else(|| core_error("Unknown task status."))?
                    as u32;
                t.closed = (status == 5).then(now_secs);
                t.status = status;
            }
            "PRIORITY" => {
                t.priority = as_id(value)
                    .filter(|pr| *pr <= 2)
                    .ok_or_else(|| core_error("Unknown task priority."))?
                    as u32
            }
            "RESPONSIBLE_ID" => {
                t.responsible_id = as_id(value)
                    .filter(|u| d.user(*u).is_some_and(|u| u.active))
                    .ok_or_else(|| core_error("Assignee not specified or not found."))?
            }
            "GROUP_ID" => {
                let g = as_id(value).unwrap_or(0);
                if g != 0 && !d.work.groups.iter().any(|x| x.id == g) {
                    return Err(core_error("Workgroup not found."));
                }
                t.group_id = g;
            }
            "ACCOMPLICES" | "AUDITORS" => {
                let ids = id_list(value)
                    .filter(|ids| ids.iter().all(|u| d.user(*u).is_some()))
                    .ok_or_else(|| core_error("User not found."))?;
                if key.eq_ignore_ascii_case("ACCOMPLICES") {
                    t.accomplices = ids;
                } else {
                    t.auditors = ids;
                }
            }
            "UF_CRM_TASK" => {
                t.crm = match value {
                    Value::Array(items) => items.iter().filter_map(scalar_text).collect(),
                    other => scalar_text(other)
                        .filter(|x| !x.is_empty())
                        .into_iter()
                        .collect(),
                }
            }
            "TAGS" => {
                t.tags = match value {
                    Value::Array(items) => items.iter().filter_map(scalar_text).collect(),
                    other => scalar_text(other)
                        .map(|x| {
                            x.split(',')
                                .map(|p| p.trim().to_owned())
                                .filter(|p| !p.is_empty())
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            }
            _ => {}
        }
    }
    t.changed = now_secs();
    let row = task_row(store, &d, &t);
    if let Some(slot) = d.work.tasks.iter_mut().find(|x| x.id == id) {
        *slot = t;
    }
    Ok(Success::plain(json!({"task": row})))
}

fn checklist_row(c: &ChecklistItem) -> Map<String, Value> {
    object(json!({
        "ID": c.id.to_string(),
        "TASK_ID": c.task_id.to_string(),
        "PARENT_ID": if c.parent_id == 0 { json!(0) } else { json!(c.parent_id.to_string()) },
        "CREATED_BY": c.created_by.to_string(),
        "TITLE": c.title,
        "SORT_INDEX": c.sort_index.to_string(),
        "IS_COMPLETE": yn(c.is_complete),
        "IS_IMPORTANT": yn(c.is_important),
        "TOGGLED_BY": c.toggled_by.map(|u| json!(u.to_string())).unwrap_or(Value::Null),
        "TOGGLED_DATE": c.toggled.map(|t| date(Some(t))).unwrap_or_else(|| s("")),
        "MEMBERS": [],
        "ATTACHMENTS": [],
    }))
}

const CHECKLIST_ORDER_KEYS: &[&str] = &[
    "ID",
    "PARENT_ID",
    "CREATED_BY",
    "TITLE",
    "SORT_INDEX",
    "IS_COMPLETE",
    "IS_IMPORTANT",
    "TOGGLED_BY",
    "TOGGLED_DATE",
];

/// The task id of a checklist call (`TASKID` or the first positional parameter), checked.
fn checklist_task(d: &Data, p: &Params, method: &str) -> Result<u64, RestError> {
    let id = p.first(&["TASKID", "taskId", "0"]).and_then(as_id).ok_or_else(|| {
        RestError::bad_request(
            "ERROR_CORE",
            format!(
                "TASKS_ERROR_EXCEPTION_#256; Param #0 (taskId) for method ctaskchecklistitem::{method}() expected to be of type \"integer\", but given something else.; 256/TE/WRONG_ARGUMENTS<br>"
            ),
        )
    })?;
    if d.work.tasks.iter().any(|t| t.id == id) {
        Ok(id)
    } else {
        Err(task_action_failed())
    }
}

/// `task.checklistitem.getlist {TASKID, ORDER}` (or positional `[taskId, order]`).
pub fn checklist_getlist(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let task = checklist_task(&d, p, "getlist")?;
    let order_param = p
        .first(&["ORDER", "1"])
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if let Some(bad) = order_param
        .keys()
        .find(|k| !CHECKLIST_ORDER_KEYS.contains(&k.to_ascii_uppercase().as_str()))
    {
        return Err(RestError::bad_request(
            "ERROR_CORE",
            format!("TASKS_ERROR_EXCEPTION_#256; Param #1 (arOrder) for method ctaskchecklistitem::getlist() must not contain key \"{bad}\".; 256/TE/WRONG_ARGUMENTS<br>"),
        ));
    }
    let query = ListQuery {
        filter: Vec::new(),
        order: order_param
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    scalar_text(v).is_some_and(|o| o.eq_ignore_ascii_case("desc")),
                )
            })
            .collect(),
        select: Vec::new(),
        start: Start::Offset(0),
    };
    let rows = d
        .work
        .checklist
        .iter()
        .filter(|c| c.task_id == task)
        .map(checklist_row)
        .collect();
    let out = run_all(&ListSpec::simple("ID", &[("ID", true)]), &query, rows);
    Ok(Success::plain(Value::Array(out)))
}

fn toggle_item(ctx: &Ctx, p: &Params, method: &str, complete: bool) -> Result<Success, RestError> {
    let mut d = ctx.state.store.write();
    let task = checklist_task(&d, p, method)?;
    let item = p
        .first(&["ITEMID", "itemId", "1"])
        .and_then(as_id)
        .ok_or_else(task_action_failed)?;
    let user = d.current_user_id;
    let entry = d
        .work
        .checklist
        .iter_mut()
        .find(|c| c.id == item && c.task_id == task)
        .ok_or_else(task_action_failed)?;
    entry.is_complete = complete;
    entry.toggled_by = Some(user);
    entry.toggled = Some(now_secs());
    Ok(Success::plain(Value::Bool(true)))
}

/// `task.checklistitem.complete {TASKID, ITEMID}`.
pub fn checklist_complete(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    toggle_item(ctx, p, "complete", true)
}

/// `task.checklistitem.renew {TASKID, ITEMID}`.
pub fn checklist_renew(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    toggle_item(ctx, p, "renew", false)
}

fn group_row(g: &Workgroup) -> Map<String, Value> {
    object(json!({
        "ID": g.id.to_string(),
        "SITE_ID": "s1",
        "NAME": g.name,
        "DESCRIPTION": g.description,
        "DATE_CREATE": date(Some(g.created)),
        "DATE_UPDATE": date(Some(g.activity)),
        "DATE_ACTIVITY": date(Some(g.activity)),
        "ACTIVE": "Y",
        "VISIBLE": yn(g.visible),
        "OPENED": yn(g.opened),
        "CLOSED": "N",
        "SUBJECT_ID": if g.project { "2" } else { "1" },
        "SUBJECT_NAME": g.subject,
        "OWNER_ID": g.owner_id.to_string(),
        "KEYWORDS": "",
        "NUMBER_OF_MEMBERS": g.members.len().to_string(),
        "NUMBER_OF_MODERATORS": "1",
        "INITIATE_PERMS": "K",
        "SPAM_PERMS": "K",
        "PROJECT": yn(g.project),
        "IS_EXTRANET": "N",
    }))
}

/// `sonet_group.get {ORDER, FILTER}`.
pub fn sonet_group_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d.work.groups.iter().map(group_row).collect();
    let query = ListQuery::parse(p, "FILTER", "ORDER", "SELECT");
    Ok(page_success(
        run(&ListSpec::simple("ID", &[("ID", false)]), &query, rows),
        None,
    ))
}
