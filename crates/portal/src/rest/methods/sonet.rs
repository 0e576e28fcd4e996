//! Workgroup members: `sonet_group.user.get` (the groups themselves are `sonet_group.get` in
//! `tasks.rs`).

use super::{s, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, Params};
use serde_json::{json, Value};

/// `sonet_group.user.get {ID}` → `[{USER_ID, ROLE}]`: `A` for the owner, `K` for the other members
/// (the documented answer). A missing or malformed id is "Wrong socialnetwork group ID", a group that
/// does not exist "Socialnetwork group not found", both HTTP 400 with an empty `error`.
pub fn sonet_group_user_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = p
        .first(&["ID", "id", "GROUP_ID"])
        .and_then(as_id)
        .filter(|id| *id > 0)
        .ok_or_else(|| RestError::bad_request("", "Wrong socialnetwork group ID"))?;
    let d = ctx.state.store.read();
    let group = d
        .work
        .groups
        .iter()
        .find(|g| g.id == id)
        .ok_or_else(|| RestError::bad_request("", "Socialnetwork group not found"))?;
    let mut members = vec![group.owner_id];
    members.extend(group.members.iter().filter(|m| **m != group.owner_id));
    let rows: Vec<Value> = members
        .into_iter()
        .filter(|m| d.user(*m).is_some_and(|u| u.active))
        .map(|m| {
            json!({
                "USER_ID": s(m.to_string()),
                "ROLE": if m == group.owner_id { "A" } else { "K" },
            })
        })
        .collect();
    Ok(Success::plain(Value::Array(rows)))
}
