//! Messenger methods (scope `im`) as the REST docs show them
//! (<https://apidocs.bitrix24.com/api-reference/chats/index.html>): `im.dialog.get`,
//! `im.dialog.users.list`, `im.dialog.messages.get`, `im.recent.list`. Dialog ids are `chatN` for group
//! chats and a user id for one-to-one dialogs; a chat the current user is not in (or that does not
//! exist) is `ACCESS_ERROR`, a missing id `DIALOG_ID_EMPTY`.

use super::{date, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, Params};
use crate::store::im::{Chat, Message};
use crate::store::users::User;
use crate::store::{Data, Store};
use serde_json::{json, Value};

/// A dialog as the methods see it.
enum Dialog<'a> {
    /// `chatN`.
    Chat(&'a Chat),
    /// One-to-one with this user.
    Private(&'a User),
}

fn dialog_empty() -> RestError {
    RestError::bad_request("DIALOG_ID_EMPTY", "Dialog ID can't be empty")
}

fn access_error() -> RestError {
    RestError::bad_request(
        "ACCESS_ERROR",
        "You do not have access to the specified dialog",
    )
}

fn dialog<'a>(d: &'a Data, p: &Params) -> Result<Dialog<'a>, RestError> {
    let raw = p
        .text("DIALOG_ID")
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(dialog_empty)?;
    if let Some(id) = raw.strip_prefix("chat") {
        let chat = id
            .parse::<u64>()
            .ok()
            .and_then(|id| d.im.chat(id))
            .filter(|c| c.members.contains(&d.current_user_id))
            .ok_or_else(access_error)?;
        return Ok(Dialog::Chat(chat));
    }
    let user = raw
        .parse::<u64>()
        .ok()
        .and_then(|id| d.user(id))
        .ok_or_else(dialog_empty)?;
    Ok(Dialog::Private(user))
}

/// The messenger's user object (`im.dialog.users.list` rows, `users` of `im.dialog.messages.get`).
fn im_user(store: &Store, u: &User) -> Value {
    json!({
        "id": u.id,
        "active": u.active,
        "name": u.full_name(),
        "first_name": u.name,
        "last_name": u.last_name,
        "work_position": u.position,
        "color": "#58cc47",
        "avatar": if u.has_photo { store.avatar_url(u.id) } else { String::new() },
        "gender": u.gender,
        "birthday": "",
        "extranet": false,
        "network": false,
        "bot": false,
        "connector": false,
        "external_auth_id": "default",
        "status": if u.online { "online" } else { "offline" },
        "idle": false,
        "last_activity_date": date(Some(u.last_login)),
        "mobile_last_date": false,
        "absent": false,
        "departments": u.departments,
        "phones": if u.work_phone.is_empty() && u.mobile.is_empty() {
            Value::Bool(false)
        } else {
            json!({"work_phone": u.work_phone, "personal_mobile": u.mobile, "personal_phone": ""})
        },
        "type": "user",
        "email": u.email,
    })
}

fn chat_json(c: &Chat) -> Value {
    json!({
        "id": c.id.to_string(),
        "title": c.title,
        "owner": c.owner.to_string(),
        "extranet": false,
        "avatar": "",
        "color": c.color,
        "type": c.kind,
        "entity_type": c.entity_type,
        "entity_id": c.entity_id,
        "entity_data_1": "",
        "entity_data_2": "",
        "entity_data_3": "",
        "date_create": date(Some(c.created)),
        "message_type": if c.kind == "open" { "O" } else { "C" },
    })
}

/// `im.dialog.get {DIALOG_ID}` → the chat's data. For a one-to-one dialog the user's name is the
/// title and the type is `private`.
pub fn dialog_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let result = match dialog(&d, p)? {
        Dialog::Chat(c) => chat_json(c),
        Dialog::Private(u) => json!({
            "id": u.id.to_string(),
            "title": u.full_name(),
            "owner": "0",
            "extranet": false,
            "avatar": "",
            "color": "#58cc47",
            "type": "private",
            "entity_type": "",
            "entity_id": "",
            "entity_data_1": "",
            "entity_data_2": "",
            "entity_data_3": "",
            "date_create": date(Some(u.registered)),
            "message_type": "P",
        }),
    };
    Ok(Success::plain(result))
}

fn members(d: &Data, dialog: &Dialog) -> Vec<u64> {
    match dialog {
        Dialog::Chat(c) => c.members.clone(),
        Dialog::Private(u) if u.id == d.current_user_id => vec![u.id],
        Dialog::Private(u) => vec![d.current_user_id, u.id],
    }
}

/// `im.dialog.users.list {DIALOG_ID, LIMIT (50, max 200), OFFSET}` → member rows + `total`/`next`.
pub fn dialog_users_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let store = &ctx.state.store;
    let d = store.read();
    let dialog = dialog(&d, p)?;
    let ids = members(&d, &dialog);
    let limit = p.get("LIMIT").and_then(as_id).unwrap_or(50).clamp(1, 200) as usize;
    let offset = p
        .get("OFFSET")
        .or_else(|| p.get("start"))
        .and_then(as_id)
        .unwrap_or(0) as usize;
    let rows: Vec<Value> = ids
        .iter()
        .skip(offset)
        .take(limit)
        .filter_map(|id| d.user(*id))
        .map(|u| im_user(store, u))
        .collect();
    let next = (offset + limit < ids.len()).then_some((offset + limit) as u64);
    Ok(Success {
        result: Value::Array(rows),
        total: Some(ids.len() as u64),
        next,
    })
}

fn message_json(m: &Message) -> Value {
    json!({
        "id": m.id,
        "chat_id": m.chat_id,
        "author_id": m.author_id,
        "date": date(Some(m.date)),
        "text": m.text,
        "params": Value::Null,
    })
}

/// `im.dialog.messages.get {DIALOG_ID, LAST_ID, FIRST_ID, LIMIT (20, max 50)}`: without ids the
/// newest messages (newest first); `LAST_ID` the ones before it (newest first); `FIRST_ID` the ones
/// after it, oldest first. → `{messages, users, files, chat_id}`.
pub fn dialog_messages_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let store = &ctx.state.store;
    let d = store.read();
    let dialog = dialog(&d, p)?;
    let limit = p.get("LIMIT").and_then(as_id).unwrap_or(20).clamp(1, 50) as usize;
    let chat_id = match &dialog {
        Dialog::Chat(c) => c.id,
        Dialog::Private(_) => 0,
    };
    let all: Vec<&Message> = d.im.messages_of(chat_id).collect();
    let picked: Vec<&Message> = if let Some(first) = p.get("FIRST_ID").and_then(as_id) {
        all.into_iter()
            .filter(|m| m.id > first)
            .take(limit)
            .collect()
    } else {
        let last = p.get("LAST_ID").and_then(as_id).unwrap_or(u64::MAX);
        all.into_iter()
            .rev()
            .filter(|m| m.id < last)
            .take(limit)
            .collect()
    };
    let mut authors: Vec<u64> = picked
        .iter()
        .map(|m| m.author_id)
        .filter(|a| *a != 0)
        .collect();
    authors.sort_unstable();
    authors.dedup();
    let users: Vec<Value> = authors
        .iter()
        .filter_map(|id| d.user(*id))
        .map(|u| im_user(store, u))
        .collect();
    Ok(Success::plain(json!({
        "messages": picked.into_iter().map(message_json).collect::<Vec<_>>(),
        "users": users,
        "files": [],
        "chat_id": chat_id,
    })))
}

/// `im.recent.list {SKIP_CHAT, SKIP_DIALOG, OFFSET, LIMIT (50, max 200)}` → `{items, hasMore,
/// hasMorePages}`: the current user's group chats, latest message first (the docs' `total` is `-1`,
/// "not counted"; it is left out here).
pub fn recent_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let store = &ctx.state.store;
    let d = store.read();
    let skip_chat = p.text("SKIP_CHAT").is_some_and(|v| v == "Y");
    let limit = p.get("LIMIT").and_then(as_id).unwrap_or(50).clamp(1, 200) as usize;
    let offset = p.get("OFFSET").and_then(as_id).unwrap_or(0) as usize;
    let mut items: Vec<(i64, Value)> = Vec::new();
    if !skip_chat {
        for c in
            d.im.chats
                .iter()
                .filter(|c| c.members.contains(&d.current_user_id))
        {
            let last = d.im.messages_of(c.id).last();
            let when = last.map_or(c.created, |m| m.date);
            let message = last.map_or(Value::Null, |m| {
                json!({"id": m.id, "text": m.text, "file": false, "author_id": m.author_id,
                        "attach": false, "sticker": null, "date": date(Some(m.date)), "status": "received"})
            });
            // Unread: what others wrote after the current user's own last message.
            let mine =
                d.im.messages_of(c.id)
                    .filter(|m| m.author_id == d.current_user_id)
                    .map(|m| m.id)
                    .max()
                    .unwrap_or(0);
            let unread =
                d.im.messages_of(c.id)
                    .filter(|m| m.id > mine && m.author_id != d.current_user_id && m.author_id != 0)
                    .count();
            items.push((
                when,
                json!({
                    "id": c.dialog_id(),
                    "chat_id": c.id,
                    "type": "chat",
                    "avatar": {"url": "", "color": c.color},
                    "title": c.title,
                    "message": message,
                    "counter": unread,
                    "pinned": false,
                    "unread": false,
                    "date_update": date(Some(when)),
                    "date_last_activity": date(Some(when)),
                    "chat": chat_json(c),
                    "options": [],
                }),
            ));
        }
    }
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    let has_more = offset + limit < items.len();
    let page: Vec<Value> = items
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|(_, v)| v)
        .collect();
    Ok(Success {
        result: json!({"items": page, "hasMore": has_more, "hasMorePages": has_more, "messagesAutoDeleteConfigs": []}),
        total: None,
        next: None,
    })
}
