//! The workgroup card (`SONET_GROUP_DETAIL_TAB`, `SONET_GROUP_TOOLBAR`,
//! `SONET_GROUP_ROBOT_DESIGNER_TOOLBAR`): the group, its members with their roles, its open tasks
//! and their deadlines.
//!
//! One `batch` loads the group (`sonet_group.get`), its members (`sonet_group.user.get`), the counts
//! of its open, overdue and due-this-week tasks (`total` of `tasks.task.list` pages) and the open
//! tasks with the nearest deadlines. `sonet_group.user.get` answers only `USER_ID` and `ROLE`, and a
//! batch reference cannot turn that list into a `user.get` filter, so the members' names come from a
//! second request ([`member_names_plan`]) once their ids are known; a member whose name did not come
//! shows as `#id`.

use crate::answers::{Task, User};
use crate::people::Person;
use crate::task_workload::{iso_utc, Clock};
use crate::LoadError;
use placement::{GroupId, WorkgroupPlacement};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Value};

/// The group a workgroup placement is about; `None` for a toolbar opened on a page that names none.
pub fn group_of(placement: &WorkgroupPlacement) -> Option<GroupId> {
    match *placement {
        WorkgroupPlacement::DetailTab { group }
        | WorkgroupPlacement::RobotDesignerToolbar { group } => Some(group),
        WorkgroupPlacement::Toolbar { group } => group,
    }
}

/// How many open tasks with a deadline the card lists.
pub const DEADLINES_SHOWN: usize = 6;

/// A row of `sonet_group.get` with what the card shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct GroupDetails {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `DESCRIPTION`.
    #[serde(deserialize_with = "de::text")]
    pub description: Option<String>,
    /// `PROJECT` (`Y`/`N`).
    #[serde(deserialize_with = "de::flag")]
    pub project: Option<bool>,
    /// `OPENED`: anyone may join.
    #[serde(deserialize_with = "de::flag")]
    pub opened: Option<bool>,
    /// `NUMBER_OF_MEMBERS`.
    #[serde(deserialize_with = "de::id")]
    pub number_of_members: Option<u64>,
}

/// A row of `sonet_group.user.get`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct MemberRow {
    /// `USER_ID`.
    #[serde(deserialize_with = "de::id")]
    pub user_id: Option<u64>,
    /// `ROLE`: `A` owner, `E` moderator, `K` member.
    #[serde(deserialize_with = "de::text")]
    pub role: Option<String>,
}

/// A member's role in the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// `A`.
    Owner,
    /// `E`.
    Moderator,
    /// `K` (and anything unknown).
    Member,
}

impl Role {
    /// Reads `ROLE`.
    pub fn from_code(code: Option<&str>) -> Self {
        match code.map(str::trim) {
            Some("A") => Self::Owner,
            Some("E") => Self::Moderator,
            _ => Self::Member,
        }
    }
}

/// Names of the commands in the card's batch.
pub mod command {
    /// `sonet_group.get`.
    pub const GROUP: &str = "group";
    /// `sonet_group.user.get`.
    pub const MEMBERS: &str = "members";
    /// Count of open tasks.
    pub const OPEN: &str = "open";
    /// Count of overdue open tasks.
    pub const OVERDUE: &str = "overdue";
    /// Count of open tasks due this week.
    pub const WEEK: &str = "week";
    /// Open tasks with the nearest deadlines.
    pub const DEADLINES: &str = "deadlines";
}

/// The card's handles.
#[derive(Debug, Clone)]
pub struct GroupCommands {
    group: CommandRef<List<GroupDetails>>,
    members: CommandRef<List<MemberRow>>,
    open: CommandRef<Value>,
    overdue: CommandRef<Value>,
    week: CommandRef<Value>,
    deadlines: CommandRef<TaskPage>,
}

/// `tasks.task.list`'s `{tasks: [...]}` (or `[]` when empty).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TaskPage {
    /// The rows.
    #[serde(deserialize_with = "de::list")]
    pub tasks: Vec<Task>,
}

/// Open = neither completed (5) nor declined (7).
fn open_filter(group: GroupId) -> serde_json::Map<String, Value> {
    let mut filter = serde_json::Map::new();
    filter.insert("GROUP_ID".into(), json!(group.get()));
    filter.insert("!REAL_STATUS".into(), json!([5, 7]));
    filter
}

fn count(filter: serde_json::Map<String, Value>) -> Value {
    json!({"filter": filter, "select": ["ID"], "start": 0})
}

/// The card's one batch at `clock` (for "overdue" and "this week").
pub fn plan(group: GroupId, clock: Clock) -> (Batch, GroupCommands) {
    let mut batch = Batch::new();
    let now = iso_utc(clock.now_ms);
    let week_end = iso_utc(clock.week_end_ms());
    let g = batch.add_as(
        command::GROUP,
        "sonet_group.get",
        json!({"FILTER": {"ID": group.get()}}),
    );
    let members = batch.add_as(
        command::MEMBERS,
        "sonet_group.user.get",
        json!({"ID": group.get()}),
    );
    let open = batch.add(command::OPEN, "tasks.task.list", count(open_filter(group)));
    let mut overdue_filter = open_filter(group);
    overdue_filter.insert("<DEADLINE".into(), json!(now));
    let overdue = batch.add(command::OVERDUE, "tasks.task.list", count(overdue_filter));
    let mut week_filter = open_filter(group);
    week_filter.insert(">=DEADLINE".into(), json!(now));
    week_filter.insert("<DEADLINE".into(), json!(week_end));
    let week = batch.add(command::WEEK, "tasks.task.list", count(week_filter));
    let mut deadline_filter = open_filter(group);
    deadline_filter.insert("!DEADLINE".into(), json!(""));
    let deadlines = batch.add_as(
        command::DEADLINES,
        "tasks.task.list",
        json!({"filter": deadline_filter, "order": {"DEADLINE": "ASC"},
            "select": ["ID", "TITLE", "STATUS", "DEADLINE", "RESPONSIBLE_ID"], "start": 0}),
    );
    (
        batch,
        GroupCommands {
            group: g,
            members,
            open,
            overdue,
            week,
            deadlines,
        },
    )
}

/// A member of the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// User id.
    pub id: u64,
    /// The person, once `user.get` named them.
    pub person: Option<Person>,
    /// Role.
    pub role: Role,
}

/// An open task with a deadline.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineLine {
    /// Task id.
    pub id: u64,
    /// Title.
    pub title: String,
    /// Deadline.
    pub deadline: crate::format::Timestamp,
    /// Responsible person.
    pub responsible: Option<Person>,
    /// Deadline passed.
    pub overdue: bool,
}

/// Everything the card renders.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCard {
    /// Group id.
    pub id: GroupId,
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// A project (not a plain workgroup).
    pub project: bool,
    /// Anyone may join.
    pub opened: bool,
    /// Members, owner first, then moderators, then by name.
    pub members: Vec<Member>,
    /// Open tasks.
    pub open_tasks: u64,
    /// Overdue open tasks.
    pub overdue: u64,
    /// Open tasks due this week.
    pub due_this_week: u64,
    /// Open tasks with the nearest deadlines.
    pub deadlines: Vec<DeadlineLine>,
}

impl GroupCommands {
    /// Reads the card (members without names). The group is required: no row with its id is
    /// [`LoadError::Missing`], as is `sonet_group.user.get`'s "not found" (a private group).
    pub fn read(
        &self,
        id: GroupId,
        clock: Clock,
        results: &BatchResults,
    ) -> Result<GroupCard, LoadError> {
        let missing = || LoadError::Missing {
            what: format!("group {id}"),
        };
        let group = self
            .group
            .read(results)?
            .0
            .into_iter()
            .find(|g| g.id == Some(id.get()))
            .ok_or_else(missing)?;
        let mut members: Vec<Member> = self
            .members
            .read(results)
            .map(|rows| rows.0)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|row| {
                Some(Member {
                    id: row.user_id?,
                    person: None,
                    role: Role::from_code(row.role.as_deref()),
                })
            })
            .collect();
        members.sort_by_key(|m| (m.role, m.id));
        members.dedup_by_key(|m| m.id);
        let total = |c: &CommandRef<Value>| {
            c.read(results)
                .map(|_| c.total(results).unwrap_or(0))
                .map_err(LoadError::from)
        };
        let deadlines = self
            .deadlines
            .read(results)?
            .tasks
            .into_iter()
            .filter_map(|t| {
                let deadline = t.deadline?;
                Some(DeadlineLine {
                    id: t.id?,
                    title: t.title.clone().unwrap_or_default(),
                    overdue: deadline.unix_ms() < clock.now_ms,
                    deadline,
                    responsible: t.responsible.as_ref().and_then(Person::from_task_member),
                })
            })
            .take(DEADLINES_SHOWN)
            .collect();
        Ok(GroupCard {
            id,
            name: group.name.unwrap_or_else(|| format!("#{id}")),
            description: group.description.filter(|d| !d.trim().is_empty()),
            project: group.project.unwrap_or(false),
            opened: group.opened.unwrap_or(false),
            members,
            open_tasks: total(&self.open)?,
            overdue: total(&self.overdue)?,
            due_this_week: total(&self.week)?,
            deadlines,
        })
    }
}

/// The second request: `user.get` of the members (up to 50, one page), or `None` without members.
pub fn member_names_plan(card: &GroupCard) -> Option<(Batch, CommandRef<List<User>>)> {
    let ids: Vec<u64> = card.members.iter().map(|m| m.id).take(50).collect();
    if ids.is_empty() {
        return None;
    }
    let mut batch = Batch::new();
    let users = batch.add_as("users", "user.get", json!({"FILTER": {"ID": ids}}));
    Some((batch, users))
}

impl GroupCard {
    /// Names the members from `user.get` rows; owners, then moderators, then members by name.
    pub fn with_names(mut self, users: &[User]) -> Self {
        for member in &mut self.members {
            member.person = users
                .iter()
                .find(|u| u.id == Some(member.id))
                .and_then(Person::from_user);
        }
        self.members.sort_by(|a, b| {
            a.role.cmp(&b.role).then_with(|| {
                let name = |m: &Member| m.person.as_ref().map(|p| p.name.clone());
                name(a).cmp(&name(b)).then(a.id.cmp(&b.id))
            })
        });
        self
    }

    /// The group's page, a path `openPath` accepts.
    pub fn path(&self) -> String {
        format!("/workgroups/group/{}/", self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_212_800_000;
    fn clock() -> Clock {
        Clock {
            now_ms: NOW,
            offset_minutes: 0,
        }
    }

    fn results(batch: &Batch, answer: Value) -> BatchResults {
        let mut results = BatchResults::new(batch.names());
        results.absorb(&answer, None).unwrap();
        results
    }

    #[test]
    fn one_batch_with_the_documented_filters() {
        let (batch, _) = plan(GroupId(4), clock());
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 1);
        let cmd = &chunks[0].params["cmd"];
        let decode = |name: &str| {
            let (method, query) = cmd[name].as_str().unwrap().split_once('?').unwrap();
            (method.to_owned(), rest::form::decode(query))
        };
        assert_eq!(
            decode("members"),
            ("sonet_group.user.get".to_owned(), json!({"ID": "4"}))
        );
        let (method, overdue) = decode("overdue");
        assert_eq!(method, "tasks.task.list");
        assert_eq!(overdue["filter"]["<DEADLINE"], "2026-12-02T12:00:00+00:00");
        assert_eq!(
            overdue["filter"]["!REAL_STATUS"],
            json!({"0": "5", "1": "7"})
        );
        let (_, week) = decode("week");
        assert_eq!(week["filter"]["<DEADLINE"], "2026-12-07T00:00:00+00:00");
    }

    #[test]
    fn the_card_from_documented_answers() {
        let (batch, commands) = plan(GroupId(4), clock());
        let answer = json!({"result": {
            "group": [{"ID": "4", "NAME": "Mobile app", "DESCRIPTION": " ", "PROJECT": "Y", "OPENED": "N", "NUMBER_OF_MEMBERS": "3"}],
            "members": [{"USER_ID": "779", "ROLE": "K"}, {"USER_ID": "1269", "ROLE": "A"}, {"USER_ID": "1271", "ROLE": "E"}],
            "open": {"tasks": [{"id": "1"}]}, "overdue": {"tasks": []}, "week": {"tasks": [{"id": "1"}]},
            "deadlines": {"tasks": [
                {"id": "8", "title": "Release", "deadline": "2026-12-01T10:00:00+00:00", "responsible": {"id": "779", "name": "Ann"}},
                {"id": "9", "title": "Store page", "deadline": "2026-12-04T10:00:00+00:00"}
            ]}},
            "result_total": {"open": 12, "overdue": 3, "week": 4, "deadlines": 9}});
        let card = commands
            .read(GroupId(4), clock(), &results(&batch, answer))
            .unwrap();
        assert_eq!(card.name, "Mobile app");
        assert_eq!(card.description, None, "blank descriptions are none");
        assert!(card.project && !card.opened);
        assert_eq!(
            (card.open_tasks, card.overdue, card.due_this_week),
            (12, 3, 4)
        );
        let roles: Vec<(u64, Role)> = card.members.iter().map(|m| (m.id, m.role)).collect();
        assert_eq!(
            roles,
            [
                (1269, Role::Owner),
                (1271, Role::Moderator),
                (779, Role::Member)
            ]
        );
        assert_eq!(card.deadlines.len(), 2);
        assert!(card.deadlines[0].overdue && !card.deadlines[1].overdue);
        assert_eq!(card.path(), "/workgroups/group/4/");
        let (names, users) = member_names_plan(&card).unwrap();
        let named = results(
            &names,
            json!({"result": {"users": [{"ID": "779", "NAME": "Ann", "LAST_NAME": "Lee"}, {"ID": "1269", "NAME": "Bob"}]}}),
        );
        let card = card.with_names(&users.read(&named).unwrap().0);
        let shown: Vec<Option<&str>> = card
            .members
            .iter()
            .map(|m| m.person.as_ref().map(|p| p.name.as_str()))
            .collect();
        assert_eq!(shown, [Some("Bob"), None, Some("Ann Lee")]);
    }

    #[test]
    fn a_group_that_is_not_there_is_missing() {
        let (batch, commands) = plan(GroupId(4), clock());
        let answer = json!({"result": {"group": [], "open": {"tasks": []}, "overdue": [], "week": [], "deadlines": []},
            "result_error": {"members": {"error": "", "error_description": "Socialnetwork group not found"}}});
        let error = commands
            .read(GroupId(4), clock(), &results(&batch, answer))
            .unwrap_err();
        assert!(matches!(error, LoadError::Missing { .. }), "{error:?}");
        assert_eq!(group_of(&WorkgroupPlacement::Toolbar { group: None }), None);
        assert_eq!(
            group_of(&WorkgroupPlacement::DetailTab { group: GroupId(2) }),
            Some(GroupId(2))
        );
    }
}
