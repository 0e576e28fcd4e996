//! Workgroups, tasks and their checklists.

use super::prng::Prng;
use super::time::{DAY, HOUR};

/// A workgroup / project (`sonet_group.get`).
#[derive(Debug, Clone, PartialEq)]
pub struct Workgroup {
    /// `ID`.
    pub id: u64,
    /// `NAME`.
    pub name: String,
    /// `DESCRIPTION`.
    pub description: String,
    /// `OWNER_ID`.
    pub owner_id: u64,
    /// Members incl. the owner.
    pub members: Vec<u64>,
    /// `PROJECT` (a project has dates).
    pub project: bool,
    /// `OPENED` (anyone may join).
    pub opened: bool,
    /// `VISIBLE`.
    pub visible: bool,
    /// `DATE_CREATE`.
    pub created: i64,
    /// `DATE_ACTIVITY`.
    pub activity: i64,
    /// `SUBJECT_NAME`.
    pub subject: &'static str,
}

/// A task (`tasks.task.get`).
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// `ID`.
    pub id: u64,
    /// `TITLE`.
    pub title: String,
    /// `DESCRIPTION` (BB-code).
    pub description: String,
    /// `STATUS`: 1 new, 2 pending, 3 in progress, 4 awaiting control, 5 completed, 6 deferred, 7 declined.
    pub status: u32,
    /// `PRIORITY`: 0 low, 1 normal, 2 high.
    pub priority: u32,
    /// `CREATED_BY`.
    pub created_by: u64,
    /// `RESPONSIBLE_ID`.
    pub responsible_id: u64,
    /// `ACCOMPLICES`.
    pub accomplices: Vec<u64>,
    /// `AUDITORS`.
    pub auditors: Vec<u64>,
    /// `GROUP_ID` (0 = no group).
    pub group_id: u64,
    /// `PARENT_ID` (0 = none).
    pub parent_id: u64,
    /// `DEADLINE` (`None`: no deadline).
    pub deadline: Option<i64>,
    /// `CREATED_DATE`.
    pub created: i64,
    /// `CHANGED_DATE`.
    pub changed: i64,
    /// `CLOSED_DATE`.
    pub closed: Option<i64>,
    /// `START_DATE_PLAN`.
    pub start_plan: Option<i64>,
    /// `END_DATE_PLAN`.
    pub end_plan: Option<i64>,
    /// `UF_CRM_TASK`: CRM bindings like `D_12`, `C_5`, `CO_3`, `T80_4`.
    pub crm: Vec<String>,
    /// `TAGS`.
    pub tags: Vec<String>,
    /// `TIME_ESTIMATE` in seconds.
    pub time_estimate: u64,
}

/// A checklist item (`task.checklistitem.getlist`).
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistItem {
    /// `ID`.
    pub id: u64,
    /// `TASK_ID`.
    pub task_id: u64,
    /// `PARENT_ID` (0 for the checklist itself).
    pub parent_id: u64,
    /// `CREATED_BY`.
    pub created_by: u64,
    /// `TITLE`.
    pub title: String,
    /// `SORT_INDEX`.
    pub sort_index: u32,
    /// `IS_COMPLETE`.
    pub is_complete: bool,
    /// `IS_IMPORTANT`.
    pub is_important: bool,
    /// `TOGGLED_BY`.
    pub toggled_by: Option<u64>,
    /// `TOGGLED_DATE`.
    pub toggled: Option<i64>,
}

/// Tasks, groups, checklists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkData {
    /// Workgroups, ids 1..=6.
    pub groups: Vec<Workgroup>,
    /// Tasks, sorted by id.
    pub tasks: Vec<Task>,
    /// Checklist items, sorted by id.
    pub checklist: Vec<ChecklistItem>,
}

/// The task without a deadline (edge case).
pub const TASK_WITHOUT_DEADLINE: u64 = 3;
/// The task whose title contains a `<script>` tag.
pub const TASK_WITH_SCRIPT_TITLE: u64 = 11;

/// (name, description, owner, members, is a project, subject).
type GroupDef = (
    &'static str,
    &'static str,
    u64,
    &'static [u64],
    bool,
    &'static str,
);

const GROUPS: &[GroupDef] = &[
    (
        "Website relaunch",
        "New corporate website on the headless CMS.",
        6,
        &[6, 7, 8, 10, 11],
        true,
        "Projects",
    ),
    (
        "Mobile app",
        "iOS and Android client for field sales.",
        9,
        &[9, 10, 11, 12, 13],
        true,
        "Projects",
    ),
    (
        "Sales team",
        "Everything the sales department shares.",
        2,
        &[2, 3, 4, 5, 16, 20],
        false,
        "Departments",
    ),
    (
        "Marketing 2026",
        "Campaign planning for the next year.",
        6,
        &[6, 7, 8, 2],
        true,
        "Projects",
    ),
    (
        "Support knowledge base",
        "Articles and macros for the support desk.",
        14,
        &[14, 15, 19, 12],
        false,
        "Departments",
    ),
    (
        "Проект «Север»",
        "Запуск филиала в Мурманске.",
        3,
        &[3, 1, 17, 18],
        true,
        "Projects",
    ),
];

const TASK_TITLES: &[&str] = &[
    "Prepare commercial proposal",
    "Call the client back",
    "Update the price list",
    "Fix login redirect bug",
    "Write release notes",
    "Review pull request",
    "Plan the sprint",
    "Order new laptops",
    "Подготовить отчёт за квартал",
    "Согласовать договор с юристами",
    "Migrate the database to the new cluster",
    "Design the onboarding e-mail",
];

const CHECKLIST_ITEMS: &[&str] = &[
    "Collect requirements",
    "Agree on details with the client",
    "Prepare the draft",
    "Get approval",
    "Send to the client",
    "Проверить расчёты",
];

/// Seeds the groups, 120 tasks and their checklists. `anchor` is "today, 00:00 portal time";
/// `crm_deals` is the number of deals, for `UF_CRM_TASK` bindings.
pub fn seed(rng: &mut Prng, anchor: i64, crm_deals: u64) -> WorkData {
    let groups: Vec<Workgroup> = GROUPS
        .iter()
        .enumerate()
        .map(
            |(i, &(name, description, owner, members, project, subject))| Workgroup {
                id: i as u64 + 1,
                name: name.into(),
                description: description.into(),
                owner_id: owner,
                members: members.to_vec(),
                project,
                opened: i % 2 == 0,
                visible: i != 5,
                created: anchor - (300 - i as i64 * 20) * DAY,
                activity: anchor - i as i64 * HOUR,
                subject,
            },
        )
        .collect();

    let mut tasks = Vec::new();
    let mut checklist = Vec::new();
    for id in 1..=120u64 {
        let in_group = rng.chance(50);
        let group = if in_group {
            Some(&groups[rng.below(groups.len() as u64) as usize])
        } else {
            None
        };
        let people: Vec<u64> = match group {
            Some(g) => g.members.iter().copied().filter(|&u| u != 20).collect(),
            None => (1..=19).collect(),
        };
        let responsible = *rng.pick(&people);
        let creator = if rng.chance(40) {
            1
        } else {
            *rng.pick(&people)
        };
        let created = anchor - rng.range(1, 120) * DAY + rng.range(9, 18) * HOUR;
        let status = *rng.pick(&[2, 2, 2, 3, 3, 3, 4, 5, 5, 5, 6, 1, 7]);
        let deadline = if id == TASK_WITHOUT_DEADLINE || rng.chance(15) {
            None
        } else {
            Some(anchor + rng.range(-20, 30) * DAY + rng.range(10, 19) * HOUR)
        };
        let changed = (created + rng.range(0, 10) * DAY).min(anchor);
        let mut title = rng.pick(TASK_TITLES).to_string();
        if id % 10 == 0 {
            title.push_str(&format!(" #{id}"));
        }
        if id == TASK_WITH_SCRIPT_TITLE {
            title = "Check <script>alert('task')</script> rendering".into();
        }
        if id == 17 {
            title = "Coordinate the cross-department rollout of the new expense reporting workflow including training \
                     sessions, documentation, approval chain configuration and the migration of historical reports"
                .into();
        }
        let mut crm = Vec::new();
        if rng.chance(35) {
            crm.push(format!("D_{}", 1 + rng.below(crm_deals)));
        }
        if rng.chance(15) {
            crm.push(format!("C_{}", 1 + rng.below(120)));
        }
        if id % 25 == 0 {
            crm.push(format!("T80_{}", 1 + rng.below(40)));
        }
        tasks.push(Task {
            id,
            title,
            description: if id % 3 == 0 {
                format!("Details in [URL=https://intranet.example/t/{id}]the spec[/URL].")
            } else {
                String::new()
            },
            status,
            priority: *rng.pick(&[1, 1, 1, 2, 0]),
            created_by: creator,
            responsible_id: responsible,
            accomplices: if rng.chance(25) {
                vec![*rng.pick(&people)]
            } else {
                Vec::new()
            },
            auditors: if rng.chance(25) {
                vec![creator]
            } else {
                Vec::new()
            },
            group_id: group.map(|g| g.id).unwrap_or(0),
            parent_id: if id > 100 && id % 7 == 0 { id - 50 } else { 0 },
            deadline,
            created,
            changed,
            closed: if status == 5 { Some(changed) } else { None },
            start_plan: None,
            end_plan: None,
            crm,
            tags: if id % 8 == 0 {
                vec!["urgent".into()]
            } else {
                Vec::new()
            },
            time_estimate: if id % 5 == 0 { 3600 * rng.below(8) } else { 0 },
        });

        if rng.chance(40) {
            let list_id = checklist.len() as u64 + 1;
            checklist.push(ChecklistItem {
                id: list_id,
                task_id: id,
                parent_id: 0,
                created_by: creator,
                title: "Checklist 1".into(),
                sort_index: 0,
                is_complete: false,
                is_important: false,
                toggled_by: None,
                toggled: None,
            });
            for n in 0..rng.range(2, 5) {
                let done = status == 5 || rng.chance(40);
                checklist.push(ChecklistItem {
                    id: checklist.len() as u64 + 1,
                    task_id: id,
                    parent_id: list_id,
                    created_by: creator,
                    title: CHECKLIST_ITEMS[(id as usize + n as usize) % CHECKLIST_ITEMS.len()]
                        .into(),
                    sort_index: n as u32,
                    is_complete: done,
                    is_important: n == 0 && id % 4 == 0,
                    toggled_by: done.then_some(responsible),
                    toggled: done.then_some(changed),
                });
            }
        }
    }
    WorkData {
        groups,
        tasks,
        checklist,
    }
}
