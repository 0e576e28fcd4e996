//! The workload report of a task list (`TASK_USER_LIST_TOOLBAR`, `TASK_GROUP_LIST_TOOLBAR`,
//! `TASK_ROBOT_DESIGNER_TOOLBAR`, legacy task codes without a task id): every task of the user or the
//! project, counted by status, overdue, due this week and per responsible person.
//!
//! Loading has two parts: one `batch` with the owner's name and the number of tasks (`total` of a
//! counted `tasks.task.list` page), then the tasks themselves through `rest::list` in ID-cursor
//! batches ([`list_spec`]), which the widget shows as a progress bar and can cancel. The report is
//! built from whatever was loaded ([`Workload::from_tasks`]), so a cancelled load still shows the
//! share it covers.

use crate::answers::{GroupRow, Task, User};
use crate::people::Person;
use crate::task_card::TaskStatus;
use crate::LoadError;
use placement::{GroupId, TaskOwner, TaskPlacement, UserId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::List;
use rest::ListSpec;
use serde_json::{json, Value};

/// Whose tasks the report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkloadScope {
    /// Tasks the user takes part in (`MEMBER` filter: responsible, creator, participant, observer),
    /// as the user's task list shows them.
    User(UserId),
    /// Tasks of a project (`GROUP_ID`).
    Group(GroupId),
    /// Every task the current user may see (no owner arrived: legacy codes, a robot designer
    /// without `USER_ID`/`GROUP_ID`).
    Visible,
}

impl WorkloadScope {
    /// The scope of a task-list placement; `None` for placements about one task (the task card).
    pub fn of(placement: &TaskPlacement) -> Option<Self> {
        Some(match *placement {
            TaskPlacement::UserListToolbar { user } => Self::User(user),
            TaskPlacement::GroupListToolbar { group } => Self::Group(group),
            TaskPlacement::RobotDesignerToolbar { owner } => match owner {
                TaskOwner::User(user) => Self::User(user),
                TaskOwner::Group(group) => Self::Group(group),
                TaskOwner::Unspecified => Self::Visible,
            },
            TaskPlacement::Legacy { task: None, .. } => Self::Visible,
            TaskPlacement::Card { .. }
            | TaskPlacement::ListContextMenu { .. }
            | TaskPlacement::Legacy { task: Some(_), .. } => return None,
        })
    }

    /// The `tasks.task.list` filter of the scope.
    pub fn filter(self) -> Value {
        match self {
            Self::User(user) => json!({"MEMBER": user.get()}),
            Self::Group(group) => json!({"GROUP_ID": group.get()}),
            Self::Visible => json!({}),
        }
    }
}

/// Fields the report reads from `tasks.task.list` (`RESPONSIBLE_ID` brings the `responsible` object).
pub const WORK_FIELDS: [&str; 5] = ["ID", "TITLE", "STATUS", "DEADLINE", "RESPONSIBLE_ID"];

/// Names of the commands in the header batch.
pub mod command {
    /// The counted first page (`total`).
    pub const COUNT: &str = "count";
    /// `user.get` / `sonet_group.get` of the owner.
    pub const OWNER: &str = "owner";
}

/// The header batch's handles.
#[derive(Debug, Clone)]
pub struct HeaderCommands {
    scope: WorkloadScope,
    count: CommandRef<Value>,
    user: Option<CommandRef<List<User>>>,
    group: Option<CommandRef<List<GroupRow>>>,
}

/// The header batch: how many tasks there are and whose they are.
pub fn header_plan(scope: WorkloadScope) -> (Batch, HeaderCommands) {
    let mut batch = Batch::new();
    let count = batch.add(
        command::COUNT,
        "tasks.task.list",
        json!({"filter": scope.filter(), "select": ["ID"], "order": {"ID": "ASC"}, "start": 0}),
    );
    let (user, group) = match scope {
        WorkloadScope::User(user) => (
            Some(batch.add_as(command::OWNER, "user.get", json!({"ID": user.get()}))),
            None,
        ),
        WorkloadScope::Group(group) => (
            None,
            Some(batch.add_as(
                command::OWNER,
                "sonet_group.get",
                json!({"FILTER": {"ID": group.get()}}),
            )),
        ),
        WorkloadScope::Visible => (None, None),
    };
    (
        batch,
        HeaderCommands {
            scope,
            count,
            user,
            group,
        },
    )
}

/// What the report shows above its numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkloadHeader {
    /// The scope.
    pub scope: WorkloadScope,
    /// The user's or project's name (`None` for [`WorkloadScope::Visible`]).
    pub owner_name: Option<String>,
    /// How many tasks the list holds (the portal's count).
    pub total: u64,
}

impl HeaderCommands {
    /// Reads the header. The count is required; a user or project the portal does not return is
    /// [`LoadError::Missing`].
    pub fn read(&self, results: &BatchResults) -> Result<WorkloadHeader, LoadError> {
        self.count.read(results)?;
        let total = self.count.total(results).unwrap_or(0);
        let owner_name = match self.scope {
            WorkloadScope::User(user) => {
                let rows = self.user.as_ref().map(|c| c.read(results)).transpose()?;
                let person = rows.and_then(|rows| Person::from_user_get(&rows.0));
                Some(person.map(|p| p.name).ok_or_else(|| LoadError::Missing {
                    what: format!("user {user}"),
                })?)
            }
            WorkloadScope::Group(group) => {
                let rows = self.group.as_ref().map(|c| c.read(results)).transpose()?;
                let name = rows.and_then(|rows| {
                    rows.0
                        .into_iter()
                        .find(|r| r.id == Some(group.get()))
                        .map(|r| r.name.unwrap_or_else(|| format!("#{group}")))
                });
                Some(name.ok_or_else(|| LoadError::Missing {
                    what: format!("project {group}"),
                })?)
            }
            WorkloadScope::Visible => None,
        };
        Ok(WorkloadHeader {
            scope: self.scope,
            owner_name,
            total,
        })
    }
}

/// The paged list of the scope's tasks: `tasks.task.list` by ID cursor, 50 pages per `batch`.
pub fn list_spec(scope: WorkloadScope) -> ListSpec {
    ListSpec::new(
        "tasks.task.list",
        json!({"filter": scope.filter(), "select": WORK_FIELDS}),
    )
    .items_key("tasks")
    .id_cursor_batch("id")
}

/// "Now" for the report: the time and the user's UTC offset, which decides where the week ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Unix milliseconds.
    pub now_ms: i64,
    /// The user's UTC offset in minutes (east positive: `+120` for UTC+2).
    pub offset_minutes: i32,
}

const DAY_MS: i64 = 86_400_000;

impl Clock {
    /// The end of the current week (Monday to Sunday, in the user's time), unix milliseconds,
    /// exclusive: next Monday 00:00 local.
    pub fn week_end_ms(self) -> i64 {
        let offset_ms = i64::from(self.offset_minutes) * 60_000;
        let local_day = (self.now_ms + offset_ms).div_euclid(DAY_MS);
        // 1970-01-01 was a Thursday: Monday-based weekday 3.
        let weekday = (local_day + 3).rem_euclid(7);
        (local_day - weekday + 7) * DAY_MS - offset_ms
    }
}

/// A unix-millisecond instant as the ISO 8601 text REST filters take (`2026-12-02T12:00:00+00:00`).
pub fn iso_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+00:00",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// One person's share of the open tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonLoad {
    /// The responsible person.
    pub person: Person,
    /// Open tasks they are responsible for.
    pub open: usize,
    /// Of those, overdue.
    pub overdue: usize,
}

/// The report over a set of tasks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workload {
    /// Tasks counted.
    pub total: usize,
    /// Tasks per status, in status order, statuses without tasks left out.
    pub by_status: Vec<(TaskStatus, usize)>,
    /// Tasks with a status code the report does not know.
    pub other_status: usize,
    /// Not completed and not declined.
    pub open: usize,
    /// Open with the deadline passed.
    pub overdue: usize,
    /// Open, not overdue, due before the week ends.
    pub due_this_week: usize,
    /// Open without a deadline.
    pub without_deadline: usize,
    /// Open tasks per responsible person, most loaded first (then by name).
    pub people: Vec<PersonLoad>,
}

const STATUS_ORDER: [TaskStatus; 7] = [
    TaskStatus::New,
    TaskStatus::Pending,
    TaskStatus::InProgress,
    TaskStatus::AwaitingReview,
    TaskStatus::Deferred,
    TaskStatus::Completed,
    TaskStatus::Declined,
];

impl Workload {
    /// Counts `tasks` at `clock`. A task listed twice (the same id) counts once.
    pub fn from_tasks(tasks: &[Task], clock: Clock) -> Self {
        let week_end = clock.week_end_ms();
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Workload::default();
        let mut statuses = [0usize; STATUS_ORDER.len()];
        for task in tasks {
            if let Some(id) = task.id {
                if !seen.insert(id) {
                    continue;
                }
            }
            out.total += 1;
            let status = TaskStatus::from_code(task.status);
            match status.and_then(|s| STATUS_ORDER.iter().position(|x| *x == s)) {
                Some(index) => statuses[index] += 1,
                None => out.other_status += 1,
            }
            if status.is_some_and(TaskStatus::is_closed) {
                continue;
            }
            out.open += 1;
            let deadline = task.deadline.map(|d| d.unix_ms());
            let overdue = deadline.is_some_and(|d| d < clock.now_ms);
            match deadline {
                None => out.without_deadline += 1,
                Some(_) if overdue => out.overdue += 1,
                Some(d) if d < week_end => out.due_this_week += 1,
                Some(_) => {}
            }
            let Some(person) = task.responsible.as_ref().and_then(Person::from_task_member) else {
                continue;
            };
            match out.people.iter_mut().find(|p| p.person.id == person.id) {
                Some(load) => {
                    load.open += 1;
                    load.overdue += usize::from(overdue);
                }
                None => out.people.push(PersonLoad {
                    person,
                    open: 1,
                    overdue: usize::from(overdue),
                }),
            }
        }
        out.by_status = STATUS_ORDER
            .iter()
            .zip(statuses)
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| (*s, n))
            .collect();
        out.people.sort_by(|a, b| {
            b.open
                .cmp(&a.open)
                .then_with(|| a.person.name.cmp(&b.person.name))
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use placement::TaskLegacyCode;

    fn tasks(rows: Value) -> Vec<Task> {
        serde_json::from_value(rows).unwrap()
    }

    /// 2026-12-02 (a Wednesday) 12:00 UTC.
    const NOW: i64 = 1_796_212_800_000;

    #[test]
    fn the_week_ends_next_monday_in_the_users_time() {
        let utc = Clock {
            now_ms: NOW,
            offset_minutes: 0,
        };
        // Monday 2026-12-07 00:00 UTC.
        assert_eq!(utc.week_end_ms(), 1_796_601_600_000);
        // At UTC+14 it is already Thursday; the week still ends on local Monday 00:00.
        let east = Clock {
            now_ms: NOW,
            offset_minutes: 14 * 60,
        };
        assert_eq!(east.week_end_ms(), 1_796_601_600_000 - 14 * 3_600_000);
        // On a Sunday night the week ends within hours.
        let sunday = Clock {
            now_ms: 1_796_601_600_000 - 1,
            offset_minutes: 0,
        };
        assert_eq!(sunday.week_end_ms(), 1_796_601_600_000);
    }

    #[test]
    fn instants_print_as_iso_utc() {
        assert_eq!(iso_utc(NOW), "2026-12-02T12:00:00+00:00");
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00+00:00");
        assert_eq!(
            iso_utc(951_782_400_000 + 86_399_000),
            "2000-02-29T23:59:59+00:00"
        );
        let ts = crate::format::Timestamp::parse(&iso_utc(NOW + 1_000)).unwrap();
        assert_eq!(ts.unix_ms(), NOW + 1_000);
    }

    #[test]
    fn counts_statuses_deadlines_and_people() {
        let rows = tasks(json!([
            {"id":"1","status":"3","deadline":"2026-12-01T18:00:00+00:00","responsible":{"id":"5","name":"Anna"}},
            {"id":"2","status":"2","deadline":"2026-12-04T18:00:00+00:00","responsible":{"id":"5","name":"Anna"}},
            {"id":"3","status":"2","deadline":"2026-12-20T18:00:00+00:00","responsible":{"id":"7","name":"Boris"}},
            {"id":"4","status":"5","deadline":"2026-11-01T18:00:00+00:00","responsible":{"id":"7","name":"Boris"}},
            {"id":"5","status":"6","deadline":null,"responsible":{"id":"7","name":"Boris"}},
            {"id":"6","status":"9","responsible":[]},
            {"id":"6","status":"9"},
            {"id":"7","status":"7","deadline":"2026-11-01T18:00:00+00:00"}
        ]));
        let report = Workload::from_tasks(
            &rows,
            Clock {
                now_ms: NOW,
                offset_minutes: 0,
            },
        );
        assert_eq!(report.total, 7, "the repeated task counts once");
        assert_eq!(
            report.by_status,
            [
                (TaskStatus::Pending, 2),
                (TaskStatus::InProgress, 1),
                (TaskStatus::Deferred, 1),
                (TaskStatus::Completed, 1),
                (TaskStatus::Declined, 1)
            ]
        );
        assert_eq!(report.other_status, 1);
        assert_eq!(report.open, 5);
        assert_eq!(report.overdue, 1);
        assert_eq!(report.due_this_week, 1);
        assert_eq!(report.without_deadline, 2);
        let people: Vec<(&str, usize, usize)> = report
            .people
            .iter()
            .map(|p| (p.person.name.as_str(), p.open, p.overdue))
            .collect();
        assert_eq!(people, [("Anna", 2, 1), ("Boris", 2, 0)]);
        assert_eq!(
            Workload::from_tasks(
                &[],
                Clock {
                    now_ms: NOW,
                    offset_minutes: 0
                }
            ),
            Workload::default()
        );
    }

    #[test]
    fn scopes_come_from_the_placement() {
        assert_eq!(
            WorkloadScope::of(&TaskPlacement::UserListToolbar { user: UserId(3) }),
            Some(WorkloadScope::User(UserId(3)))
        );
        assert_eq!(
            WorkloadScope::of(&TaskPlacement::RobotDesignerToolbar {
                owner: TaskOwner::Group(GroupId(2))
            }),
            Some(WorkloadScope::Group(GroupId(2)))
        );
        assert_eq!(
            WorkloadScope::of(&TaskPlacement::Legacy {
                code: TaskLegacyCode::TopMenu,
                task: None
            }),
            Some(WorkloadScope::Visible)
        );
        assert_eq!(
            WorkloadScope::of(&TaskPlacement::ListContextMenu {
                task: placement::TaskId(1)
            }),
            None
        );
        assert_eq!(
            WorkloadScope::User(UserId(3)).filter(),
            json!({"MEMBER": 3})
        );
        let spec = list_spec(WorkloadScope::Group(GroupId(2)));
        assert_eq!(spec.items_key.as_deref(), Some("tasks"));
        assert_eq!(spec.params["filter"], json!({"GROUP_ID": 2}));
    }

    #[test]
    fn the_header_reads_the_count_and_the_owner() {
        let (batch, commands) = header_plan(WorkloadScope::Group(GroupId(2)));
        assert_eq!(batch.plan().unwrap().len(), 1, "one round trip");
        let mut results = BatchResults::new(batch.names());
        results
            .absorb(
                &json!({"result": {"count": {"tasks": []}, "owner": [{"ID": "2", "NAME": "Mobile app"}]},
                    "result_total": {"count": 73}}),
                None,
            )
            .unwrap();
        let header = commands.read(&results).unwrap();
        assert_eq!(header.total, 73);
        assert_eq!(header.owner_name.as_deref(), Some("Mobile app"));
        let mut missing = BatchResults::new(batch.names());
        missing
            .absorb(&json!({"result": {"count": [], "owner": []}}), None)
            .unwrap();
        let error = commands.read(&missing).unwrap_err();
        assert!(error.is_soft(), "{error:?}");
        let (batch, commands) = header_plan(WorkloadScope::Visible);
        let mut visible = BatchResults::new(batch.names());
        visible
            .absorb(
                &json!({"result": {"count": {"tasks": []}}, "result_total": {"count": 0}}),
                None,
            )
            .unwrap();
        assert_eq!(commands.read(&visible).unwrap().owner_name, None);
    }
}
