//! Creating things from widgets: `tasks.task.add` (a message turned into a task) and
//! `crm.activity.todo.add` (a message or a call note as a to-do on a CRM element), with the
//! documented answers (`{task}`, `{id}`) and validation errors. Both write the store, so end-to-end
//! tests can check what was created, and how many times.

use super::Ctx;
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, id_list, scalar_text, Params};
use crate::store::tasks::Task;
use crate::store::time::{now_secs, parse as parse_date};
use serde_json::{json, Value};

fn core_error(text: &str) -> RestError {
    RestError::bad_request("ERROR_CORE", format!("{text}<br>"))
}

/// `tasks.task.add {fields: {TITLE*, DESCRIPTION, RESPONSIBLE_ID*, CREATED_BY, DEADLINE, GROUP_ID,
/// ACCOMPLICES, AUDITORS, UF_CRM_TASK, TAGS}}` → `{task: row}` as `tasks.task.get` shows it.
pub fn task_add(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let fields = p.object("fields").cloned().unwrap_or_default();
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    };
    let title = field("TITLE")
        .and_then(scalar_text)
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| core_error("Task title is not specified."))?;
    let store = &ctx.state.store;
    let mut d = store.write();
    let responsible = field("RESPONSIBLE_ID")
        .and_then(as_id)
        .filter(|u| d.user(*u).is_some_and(|u| u.active))
        .ok_or_else(|| core_error("Assignee not specified or not found."))?;
    let created_by = field("CREATED_BY")
        .and_then(as_id)
        .filter(|u| d.user(*u).is_some())
        .unwrap_or(d.current_user_id);
    let deadline = match field("DEADLINE").and_then(scalar_text).unwrap_or_default() {
        text if text.is_empty() => None,
        text => Some(parse_date(&text).ok_or_else(|| core_error("Incorrect deadline format."))?),
    };
    let group_id = field("GROUP_ID").and_then(as_id).unwrap_or(0);
    if group_id != 0 && !d.work.groups.iter().any(|g| g.id == group_id) {
        return Err(core_error("Workgroup not found."));
    }
    let texts = |v: Option<&Value>| -> Vec<String> {
        match v {
            Some(Value::Array(items)) => items.iter().filter_map(scalar_text).collect(),
            Some(other) => scalar_text(other)
                .filter(|x| !x.is_empty())
                .into_iter()
                .collect(),
            None => Vec::new(),
        }
    };
    let now = now_secs();
    let id = d.work.tasks.iter().map(|t| t.id).max().unwrap_or(0) + 1;
    let task = Task {
        id,
        title,
        description: field("DESCRIPTION")
            .and_then(scalar_text)
            .unwrap_or_default(),
        status: 2,
        priority: 1,
        created_by,
        responsible_id: responsible,
        accomplices: field("ACCOMPLICES").and_then(id_list).unwrap_or_default(),
        auditors: field("AUDITORS").and_then(id_list).unwrap_or_default(),
        group_id,
        parent_id: 0,
        deadline,
        created: now,
        changed: now,
        closed: None,
        start_plan: None,
        end_plan: None,
        crm: texts(field("UF_CRM_TASK")),
        tags: texts(field("TAGS")),
        time_estimate: 0,
    };
    let row = super::tasks::task_row(store, &d, &task);
    d.work.tasks.push(task);
    Ok(Success::plain(json!({ "task": row })))
}
