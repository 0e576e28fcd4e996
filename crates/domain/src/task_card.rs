//! The task card: title, status, deadline, people, project and checklist progress of one task, loaded
//! in one `batch` round trip (`tasks.task.get` + `task.checklistitem.getlist` + `sonet_group.get` by
//! reference for the project name when the task answer does not embed it).

use crate::answers::{ChecklistItem, GroupRow, Task, TaskAnswer};
use crate::format::Timestamp;
use crate::people::Person;
use crate::LoadError;
use placement::TaskId;
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::List;
use serde_json::json;

/// Names of the commands in the card's batch.
pub mod command {
    /// `tasks.task.get`.
    pub const TASK: &str = "task";
    /// `task.checklistitem.getlist`.
    pub const CHECKLIST: &str = "checklist";
    /// `sonet_group.get` of the task's project.
    pub const GROUP: &str = "group";
}

/// Fields the card selects from `tasks.task.get`.
pub const TASK_FIELDS: [&str; 12] = [
    "ID",
    "TITLE",
    "STATUS",
    "PRIORITY",
    "DEADLINE",
    "CREATED_DATE",
    "CLOSED_DATE",
    "RESPONSIBLE_ID",
    "CREATED_BY",
    "GROUP_ID",
    "TIME_ESTIMATE",
    "ACCOMPLICES",
];

/// The one batch that loads everything the card shows.
pub fn plan(task: TaskId) -> Batch {
    let mut batch = Batch::new();
    add_commands(task, &mut batch);
    batch
}

/// The card's commands in a batch: typed handles to read their answers with.
#[derive(Debug, Clone)]
pub struct TaskCommands {
    /// `tasks.task.get`.
    pub task: CommandRef<TaskAnswer>,
    /// `task.checklistitem.getlist`.
    pub checklist: CommandRef<List<ChecklistItem>>,
    /// `sonet_group.get` of the task's project, by reference to the task's `groupId`.
    pub group: CommandRef<List<GroupRow>>,
}

/// Adds the card's commands to `batch` (what [`plan`] sends) and returns their handles.
pub fn add_commands(task: TaskId, batch: &mut Batch) -> TaskCommands {
    let get: CommandRef<TaskAnswer> = batch.add_as(
        command::TASK,
        "tasks.task.get",
        json!({"taskId": task.get(), "select": TASK_FIELDS}),
    );
    let checklist = batch.add_as(
        command::CHECKLIST,
        "task.checklistitem.getlist",
        json!({"TASKID": task.get(), "ORDER": {"SORT_INDEX": "ASC"}}),
    );
    let group = batch.add_as(
        command::GROUP,
        "sonet_group.get",
        json!({"FILTER": {"ID": get.field(&["task", "groupId"])}}),
    );
    TaskCommands {
        task: get,
        checklist,
        group,
    }
}

impl TaskCommands {
    /// Builds the card from the batch answer. The task itself is required; `tasks.task.get` answers
    /// `[]` for a task that does not exist or is not visible to the user, which is
    /// [`LoadError::Missing`] (soft). The checklist and the project are optional.
    pub fn read(&self, id: TaskId, results: &BatchResults) -> Result<TaskCard, LoadError> {
        let task = self
            .task
            .read(results)?
            .task
            .ok_or_else(|| LoadError::Missing {
                what: format!("task {id}"),
            })?;
        let checklist = self.checklist.read(results).ok();
        let group = self.group.read(results).ok();
        Ok(TaskCard::assemble(
            id,
            &task,
            checklist.as_ref().map(|rows| rows.0.as_slice()),
            group.as_ref().map(|rows| rows.0.as_slice()),
        ))
    }
}

/// A task's status (`STATUS` 1..7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskStatus {
    /// 1: new (older portals).
    New,
    /// 2: pending / waiting to start.
    Pending,
    /// 3: in progress.
    InProgress,
    /// 4: supposedly completed, awaiting the creator's review.
    AwaitingReview,
    /// 5: completed.
    Completed,
    /// 6: deferred.
    Deferred,
    /// 7: declined.
    Declined,
}

impl TaskStatus {
    /// Reads the numeric code (`Task::status`); unknown codes are `None`.
    pub fn from_code(code: Option<u64>) -> Option<Self> {
        Some(match code? {
            1 => Self::New,
            2 => Self::Pending,
            3 => Self::InProgress,
            4 => Self::AwaitingReview,
            5 => Self::Completed,
            6 => Self::Deferred,
            7 => Self::Declined,
            _ => return None,
        })
    }

    /// The numeric code the REST API uses (`STATUS` / `REAL_STATUS`), the inverse of [`Self::from_code`].
    pub fn code(self) -> u64 {
        match self {
            Self::New => 1,
            Self::Pending => 2,
            Self::InProgress => 3,
            Self::AwaitingReview => 4,
            Self::Completed => 5,
            Self::Deferred => 6,
            Self::Declined => 7,
        }
    }

    /// Whether the task is finished (a deadline no longer matters).
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Completed | Self::Declined)
    }
}

/// One checklist entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistEntry {
    /// Text of the item.
    pub title: String,
    /// Ticked.
    pub done: bool,
    /// Nesting: 0 for a checklist's own items, 1 for sub-items, ...
    pub depth: usize,
}

/// A checklist with its items in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    /// The checklist's name (the root item's title).
    pub title: String,
    /// Its items, depth-first in `SORT_INDEX` order.
    pub entries: Vec<ChecklistEntry>,
}

impl Checklist {
    /// Reads `task.checklistitem.getlist` rows: roots (`PARENT_ID` 0) are checklists, the rest are items
    /// under them, nested by `PARENT_ID` and ordered by `SORT_INDEX`. Rows without an id are skipped.
    pub fn from_rows(rows: &[ChecklistItem]) -> Vec<Checklist> {
        struct Row {
            id: u64,
            parent: u64,
            sort: u64,
            title: String,
            done: bool,
        }
        let mut rows: Vec<Row> = rows
            .iter()
            .filter_map(|r| {
                Some(Row {
                    id: r.id?,
                    parent: r.parent_id.unwrap_or(0),
                    sort: r.sort_index.unwrap_or(0),
                    title: r.title.clone().unwrap_or_default(),
                    done: r.is_complete.unwrap_or(false),
                })
            })
            .collect();
        rows.sort_by_key(|r| (r.sort, r.id));
        fn walk(rows: &[Row], parent: u64, depth: usize, out: &mut Vec<ChecklistEntry>) {
            // Depth is bounded so a cyclic PARENT_ID chain in bad data cannot recurse forever.
            if depth > 16 {
                return;
            }
            for row in rows.iter().filter(|r| r.parent == parent) {
                out.push(ChecklistEntry {
                    title: row.title.clone(),
                    done: row.done,
                    depth,
                });
                walk(rows, row.id, depth + 1, out);
            }
        }
        rows.iter()
            .filter(|r| r.parent == 0)
            .map(|root| {
                let mut entries = Vec::new();
                walk(&rows, root.id, 0, &mut entries);
                Checklist {
                    title: root.title.clone(),
                    entries,
                }
            })
            .collect()
    }
}

/// Ticked and total checklist items, over every checklist of the task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Ticked items.
    pub done: usize,
    /// All items.
    pub total: usize,
}

impl Progress {
    /// Share ticked, 0.0..=1.0 (0 for an empty checklist).
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

/// A project a task belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRef {
    /// Group id.
    pub id: u64,
    /// Group name.
    pub name: String,
}

impl GroupRef {
    /// The project's page, a path `openPath` accepts.
    pub fn path(&self) -> String {
        format!("/workgroups/group/{}/", self.id)
    }
}

/// Everything the task card renders.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskCard {
    /// Task id.
    pub id: TaskId,
    /// Title.
    pub title: String,
    /// Status.
    pub status: Option<TaskStatus>,
    /// High priority (`PRIORITY` 2).
    pub important: bool,
    /// Deadline.
    pub deadline: Option<Timestamp>,
    /// Responsible person.
    pub responsible: Option<Person>,
    /// Creator.
    pub creator: Option<Person>,
    /// Project.
    pub group: Option<GroupRef>,
    /// Checklists.
    pub checklists: Vec<Checklist>,
    /// Created.
    pub created: Option<Timestamp>,
    /// Closed.
    pub closed_at: Option<Timestamp>,
}

impl TaskCard {
    /// Builds the card from the answer to [`plan`]`(id)`, read through that plan's handles (see
    /// [`TaskCommands::read`]).
    pub fn from_batch(id: TaskId, results: &BatchResults) -> Result<Self, LoadError> {
        add_commands(id, &mut Batch::new()).read(id, results)
    }

    /// Builds the card from the task and the optional checklist rows and `sonet_group.get` rows.
    pub fn assemble(
        id: TaskId,
        task: &Task,
        checklist: Option<&[ChecklistItem]>,
        group: Option<&[GroupRow]>,
    ) -> Self {
        let group_id = task.group_id;
        let embedded_group = task.group.as_ref().and_then(|g| {
            Some(GroupRef {
                id: g.id?,
                name: g.name.clone().unwrap_or_default(),
            })
        });
        let fetched_group = group.and_then(|rows| {
            rows.iter().find_map(|row| {
                Some(GroupRef {
                    id: row.id?,
                    name: row.name.clone().unwrap_or_default(),
                })
            })
        });
        let group = embedded_group
            .or(fetched_group)
            .filter(|g| group_id.is_none_or(|id| id == g.id))
            .or_else(|| {
                group_id.map(|id| GroupRef {
                    id,
                    name: format!("#{id}"),
                })
            });
        Self {
            id,
            title: task.title.clone().unwrap_or_else(|| format!("#{id}")),
            status: TaskStatus::from_code(task.status),
            important: task.priority == Some(2),
            deadline: task.deadline,
            responsible: task.responsible.as_ref().and_then(Person::from_task_member),
            creator: task.creator.as_ref().and_then(Person::from_task_member),
            group,
            checklists: checklist.map(Checklist::from_rows).unwrap_or_default(),
            created: task.created_date,
            closed_at: task.closed_date,
        }
    }

    /// Checklist progress over all checklists.
    pub fn progress(&self) -> Progress {
        self.checklists
            .iter()
            .flat_map(|c| &c.entries)
            .fold(Progress::default(), |p, e| Progress {
                done: p.done + usize::from(e.done),
                total: p.total + 1,
            })
    }

    /// Whether the deadline has passed (at `now_ms`, unix milliseconds) on an open task.
    pub fn is_overdue(&self, now_ms: i64) -> bool {
        !self.status.is_some_and(TaskStatus::is_closed)
            && self.deadline.is_some_and(|d| d.unix_ms() < now_ms)
    }

    /// The task's page, a path `openPath` accepts (it lives under the responsible user's tasks).
    pub fn path(&self) -> String {
        let owner = self
            .responsible
            .as_ref()
            .or(self.creator.as_ref())
            .map(|p| p.id)
            .unwrap_or(0);
        if owner == 0 {
            // Without a user there is no allowed path; the portal's generic task URL.
            return format!("/company/personal/user/0/tasks/task/view/{}/", self.id);
        }
        format!(
            "/company/personal/user/{owner}/tasks/task/view/{}/",
            self.id
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn task(object: Value) -> Task {
        serde_json::from_value(object).unwrap()
    }

    fn rows<T: serde::de::DeserializeOwned>(answer: Value) -> Vec<T> {
        serde_json::from_value::<List<T>>(answer).unwrap().0
    }

    fn doc_task() -> Value {
        json!({"id":"8017","title":"Task Example","status":"3","priority":"2","deadline":"2025-10-24T19:00:00+02:00",
            "groupId":"0","group":[],
            "creator":{"id":"503","name":"Maria Johnson","link":"/company/personal/user/503/","icon":"https://mysite.com/a.png","workPosition":"admin"},
            "responsible":{"id":"547","name":"Maria","link":"/company/personal/user/547/","icon":"/bitrix/images/tasks/default_avatar.png","workPosition":"Tester"}})
    }

    fn doc_checklist() -> Value {
        json!([
            {"ID":"477","PARENT_ID":"431","TITLE":"Prepare contract","SORT_INDEX":"2","IS_COMPLETE":"N"},
            {"ID":"431","PARENT_ID":0,"TITLE":"Checklist 1","SORT_INDEX":"0","IS_COMPLETE":"N"},
            {"ID":"447","PARENT_ID":"431","TITLE":"Agree on details","SORT_INDEX":"1","IS_COMPLETE":"N"},
            {"ID":"469","PARENT_ID":"447","TITLE":"Agree with the manager","SORT_INDEX":"2","IS_COMPLETE":"N"},
            {"ID":"471","PARENT_ID":"447","TITLE":"Prepare solution","SORT_INDEX":"1","IS_COMPLETE":"N"},
            {"ID":"491","PARENT_ID":"431","TITLE":"Sign contract","SORT_INDEX":"3","IS_COMPLETE":"N"},
            {"ID":"433","PARENT_ID":"431","TITLE":"Find all documents","SORT_INDEX":"0","IS_COMPLETE":"Y"},
            {"ID":"485","PARENT_ID":"447","TITLE":"Arrange a meeting","SORT_INDEX":"0","IS_COMPLETE":"Y"}
        ])
    }

    #[test]
    fn the_documented_task_and_checklist() {
        let checklist: Vec<ChecklistItem> = rows(doc_checklist());
        let card = TaskCard::assemble(TaskId(8017), &task(doc_task()), Some(&checklist), None);
        assert_eq!(card.title, "Task Example");
        assert_eq!(card.status, Some(TaskStatus::InProgress));
        assert!(card.important);
        assert_eq!(card.responsible.as_ref().unwrap().name, "Maria");
        assert_eq!(
            card.creator.as_ref().unwrap().photo.as_deref(),
            Some("https://mysite.com/a.png")
        );
        assert_eq!(card.group, None);
        assert_eq!(card.checklists.len(), 1);
        let titles: Vec<(&str, usize)> = card.checklists[0]
            .entries
            .iter()
            .map(|e| (e.title.as_str(), e.depth))
            .collect();
        assert_eq!(
            titles,
            [
                ("Find all documents", 0),
                ("Agree on details", 0),
                ("Arrange a meeting", 1),
                ("Prepare solution", 1),
                ("Agree with the manager", 1),
                ("Prepare contract", 0),
                ("Sign contract", 0)
            ]
        );
        assert_eq!(card.progress(), Progress { done: 2, total: 7 });
        assert!((card.progress().ratio() - 2.0 / 7.0).abs() < 1e-9);
        assert_eq!(
            card.path(),
            "/company/personal/user/547/tasks/task/view/8017/"
        );
    }

    #[test]
    fn overdue_only_when_open_and_past() {
        let card = TaskCard::assemble(TaskId(1), &task(doc_task()), None, None);
        let deadline = card.deadline.unwrap().unix_ms();
        assert!(card.is_overdue(deadline + 1));
        assert!(!card.is_overdue(deadline - 1));
        let mut done = doc_task();
        done["status"] = json!("5");
        assert!(!TaskCard::assemble(TaskId(1), &task(done), None, None).is_overdue(deadline + 1));
        assert_eq!(Progress::default().ratio(), 0.0);
    }

    #[test]
    fn groups_come_embedded_or_fetched() {
        let mut doc = doc_task();
        doc["groupId"] = json!("11");
        doc["group"] = json!({"id":"11","name":"Marketing"});
        assert_eq!(
            TaskCard::assemble(TaskId(1), &task(doc.clone()), None, None)
                .group
                .unwrap()
                .name,
            "Marketing"
        );
        doc["group"] = json!([]);
        let fetched: Vec<GroupRow> = rows(json!([{"ID":"11","NAME":"Marketing (fetched)"}]));
        let g = TaskCard::assemble(TaskId(1), &task(doc.clone()), None, Some(&fetched))
            .group
            .unwrap();
        assert_eq!(
            (g.name.as_str(), g.path()),
            ("Marketing (fetched)", "/workgroups/group/11/".to_owned())
        );
        assert_eq!(
            TaskCard::assemble(TaskId(1), &task(doc), None, None)
                .group
                .unwrap()
                .name,
            "#11"
        );
    }

    #[test]
    fn one_batch_and_a_not_found_task() {
        let batch = plan(TaskId(8017));
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 1);
        let group = chunks[0].params["cmd"]["group"].as_str().unwrap();
        let (method, query) = group.split_once('?').unwrap();
        assert_eq!(method, "sonet_group.get");
        assert_eq!(
            rest::form::decode(query),
            json!({"FILTER": {"ID": "$result[task][task][groupId]"}})
        );
        let mut results = BatchResults::new(batch.names());
        results.absorb(
            &json!({"result": {"task": [], "checklist": []}, "result_error": {"group": "ERROR"}}),
            None,
        )
        .unwrap();
        let missing = TaskCard::from_batch(TaskId(8017), &results).unwrap_err();
        assert!(missing.is_soft(), "{missing:?}");
        assert!(matches!(missing, LoadError::Missing { .. }), "{missing:?}");
        let mut ok = BatchResults::new(batch.names());
        ok.absorb(
            &json!({"result": {"task": {"task": doc_task()}, "checklist": doc_checklist()}}),
            None,
        )
        .unwrap();
        let card = TaskCard::from_batch(TaskId(8017), &ok).unwrap();
        assert_eq!(card.progress(), Progress { done: 2, total: 7 });
    }

    #[test]
    fn cyclic_checklists_do_not_hang() {
        let rows = json!([{"ID":"1","PARENT_ID":0,"TITLE":"L"},{"ID":"2","PARENT_ID":"3","TITLE":"a"},{"ID":"3","PARENT_ID":"2","TITLE":"b"}]);
        let lists = Checklist::from_rows(&super::tests::rows(rows));
        assert_eq!(lists.len(), 1);
        assert!(lists[0].entries.is_empty());
        assert_eq!(TaskStatus::from_code(Some(9)), None);
        assert_eq!(
            TaskStatus::from_code(task(json!({"status": "9"})).status),
            None
        );
        assert_eq!(
            TaskStatus::from_code(task(json!({"status": 5})).status),
            Some(TaskStatus::Completed)
        );
    }
}
