//! The portal's pickers (b24jssdk's `DialogManager`): users, access codes and CRM elements. A person
//! chooses, so these wait up to [`crate::Timeouts::dialog_ms`]; closing a dialog without a choice sends
//! no reply and ends in a timeout.

use crate::js::{call_with_callback, from_json, to_json};
use crate::{AccessCode, Bx24, Bx24Error, CrmSelectRequest, CrmSelection, SelectedUser};
use serde_json::json;

/// Picker dialogs; from [`Bx24::dialogs`].
#[derive(Debug, Clone, Copy)]
pub struct DialogManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> DialogManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.selectUser(title)`: one user, or `None` when the answer was empty.
    pub async fn select_user(&self, title: &str) -> Result<Option<SelectedUser>, Bx24Error> {
        let reply = call_with_callback("selectUser", self.bx24.timeouts().dialog_ms, |cb| {
            self.bx24.js().select_user(title, cb)
        })
        .await?;
        Ok(SelectedUser::from_json(&to_json(&reply)))
    }

    /// `BX24.selectUsers(title)`: several users.
    pub async fn select_users(&self, title: &str) -> Result<Vec<SelectedUser>, Bx24Error> {
        let reply = call_with_callback("selectUsers", self.bx24.timeouts().dialog_ms, |cb| {
            self.bx24.js().select_users(title, cb)
        })
        .await?;
        Ok(SelectedUser::list_from_json(&to_json(&reply)))
    }

    /// `BX24.selectAccess(title, value)`: access codes (`U1`, `D5`, `G2`, ...) with names; `current`
    /// is pre-selected.
    pub async fn select_access(
        &self,
        title: &str,
        current: &[String],
    ) -> Result<Vec<AccessCode>, Bx24Error> {
        let value = from_json(&json!(current));
        let reply = call_with_callback("selectAccess", self.bx24.timeouts().dialog_ms, |cb| {
            self.bx24.js().select_access(title, &value, cb)
        })
        .await?;
        Ok(AccessCode::list_from_json(&to_json(&reply)))
    }

    /// `BX24.selectCRM({entityType, multiple, value})`: CRM elements by kind.
    pub async fn select_crm(&self, request: &CrmSelectRequest) -> Result<CrmSelection, Bx24Error> {
        let params = from_json(&request.to_json());
        let reply = call_with_callback("selectCRM", self.bx24.timeouts().dialog_ms, |cb| {
            self.bx24.js().select_crm(&params, cb)
        })
        .await?;
        Ok(CrmSelection::from_json(&to_json(&reply)))
    }
}
