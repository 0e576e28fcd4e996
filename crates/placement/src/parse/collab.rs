//! Collaboration placements: tasks, workgroups, employee profiles, the calendar and the messenger.

use super::fields::{as_id, as_text, Fields, Read};
use crate::ids::{DialogId, GroupId, MessageId, TaskId, UserId};
use crate::model::{
    CalendarView, MessengerPlacement, Placement, TaskCardSlot, TaskLegacyCode, TaskOwner,
    TaskPlacement, UserProfilePlacement, WorkgroupPlacement,
};
use crate::path::{calendar_owner_from_uri, group_id_from_uri};

/// Keys a task id may come under, in order of preference: `taskId` (new card, documented), `TASK_ID`
/// (old card and the older docs), `ID` (list menu, and a fallback).
const TASK_ID_KEYS: [&str; 3] = ["taskId", "TASK_ID", "ID"];

/// `TASK_VIEW_TAB` / `_SIDEBAR` / `_TOP_PANEL`.
pub(crate) fn task_card(f: &Fields, slot: TaskCardSlot) -> Read<Placement> {
    let task = TaskId(f.id(&TASK_ID_KEYS)?);
    Ok(Placement::Task(TaskPlacement::Card { slot, task }))
}

/// `TASK_LIST_CONTEXT_MENU`: `ID` (the card keys are accepted as a fallback).
pub(crate) fn task_list_context_menu(f: &Fields) -> Read<Placement> {
    let task = TaskId(f.id(&["ID", "taskId", "TASK_ID"])?);
    Ok(Placement::Task(TaskPlacement::ListContextMenu { task }))
}

/// `TASK_USER_LIST_TOOLBAR`: `USER_ID`.
pub(crate) fn task_user_list_toolbar(f: &Fields) -> Read<Placement> {
    let user = UserId(f.id(&["USER_ID"])?);
    Ok(Placement::Task(TaskPlacement::UserListToolbar { user }))
}

/// `TASK_GROUP_LIST_TOOLBAR`: `GROUP_ID`.
pub(crate) fn task_group_list_toolbar(f: &Fields) -> Read<Placement> {
    let group = GroupId(f.id(&["GROUP_ID"])?);
    Ok(Placement::Task(TaskPlacement::GroupListToolbar { group }))
}

/// `TASK_ROBOT_DESIGNER_TOOLBAR`: `GROUP_ID` (project) or `USER_ID` (personal planner). The docs say
/// exactly one arrives; should both, the project is the narrower scope and wins.
pub(crate) fn task_robot_designer_toolbar(f: &Fields) -> Read<Placement> {
    let owner = match (f.opt_id(&["GROUP_ID"])?, f.opt_id(&["USER_ID"])?) {
        (Some(group), _) => TaskOwner::Group(GroupId(group)),
        (None, Some(user)) => TaskOwner::User(UserId(user)),
        (None, None) => TaskOwner::Unspecified,
    };
    Ok(Placement::Task(TaskPlacement::RobotDesignerToolbar {
        owner,
    }))
}

/// Undocumented / internal task codes. Their options are unknown, so a task id is taken when one of the
/// usual keys holds one and anything else is ignored rather than reported.
pub(crate) fn task_legacy(f: &Fields, code: TaskLegacyCode) -> Placement {
    let task = TASK_ID_KEYS
        .iter()
        .find_map(|key| f.present(key).and_then(as_id))
        .map(TaskId);
    Placement::Task(TaskPlacement::Legacy { code, task })
}

/// `SONET_GROUP_DETAIL_TAB`: `GROUP_ID`.
pub(crate) fn group_detail_tab(f: &Fields) -> Read<Placement> {
    let group = GroupId(f.id(&["GROUP_ID"])?);
    Ok(Placement::Workgroup(WorkgroupPlacement::DetailTab {
        group,
    }))
}

/// `SONET_GROUP_TOOLBAR`: no keys of its own; the group is read from `URI`.
pub(crate) fn group_toolbar(uri: Option<&str>) -> Placement {
    Placement::Workgroup(WorkgroupPlacement::Toolbar {
        group: uri.and_then(group_id_from_uri),
    })
}

/// `SONET_GROUP_ROBOT_DESIGNER_TOOLBAR`: `GROUP_ID`.
pub(crate) fn group_robot_designer_toolbar(f: &Fields) -> Read<Placement> {
    let group = GroupId(f.id(&["GROUP_ID"])?);
    Ok(Placement::Workgroup(
        WorkgroupPlacement::RobotDesignerToolbar { group },
    ))
}

/// `USER_PROFILE_MENU` (`USER_ID` = current user) and `USER_PROFILE_TOOLBAR` (`USER_ID` = card owner).
pub(crate) fn user_profile(f: &Fields, toolbar: bool) -> Read<Placement> {
    let user = UserId(f.id(&["USER_ID"])?);
    Ok(Placement::UserProfile(if toolbar {
        UserProfilePlacement::Toolbar { owner: user }
    } else {
        UserProfilePlacement::Menu { current_user: user }
    }))
}

/// `CALENDAR_GRIDVIEW`: the shown range; the owner is inferred from `URI`.
pub(crate) fn calendar(f: &Fields, uri: Option<&str>) -> Read<CalendarView> {
    Ok(CalendarView {
        from: f.date("viewRangeFrom")?,
        to: f.date("viewRangeTo")?,
        owner: calendar_owner_from_uri(uri),
    })
}

/// A required `dialogId` (`chat2`, or a user id for 1:1 chats; numbers accepted).
fn dialog(f: &Fields) -> Read<DialogId> {
    let value = f.present("dialogId").ok_or_else(|| f.missing("dialogId"))?;
    as_text(value)
        .as_deref()
        .and_then(DialogId::parse)
        .ok_or_else(|| f.invalid("dialogId", value, "a dialog id such as chat2 or a user id"))
}

/// `IM_TEXTAREA`, `IM_SIDEBAR`, `IMMOBILE_CONTEXT_MENU`: `dialogId`; `IM_CONTEXT_MENU` adds `messageId`.
pub(crate) fn messenger(f: &Fields, make: fn(DialogId) -> MessengerPlacement) -> Read<Placement> {
    Ok(Placement::Messenger(make(dialog(f)?)))
}

/// `IM_CONTEXT_MENU`: `dialogId` + `messageId`.
pub(crate) fn messenger_context_menu(f: &Fields) -> Read<Placement> {
    let dialog = dialog(f)?;
    let message = MessageId(f.id(&["messageId"])?);
    Ok(Placement::Messenger(MessengerPlacement::ContextMenu {
        dialog,
        message,
    }))
}
