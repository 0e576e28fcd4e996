//! The employee card (`USER_PROFILE_TOOLBAR`, `USER_PROFILE_MENU`): position, department, manager,
//! contacts, and the employee's open deals and tasks, in one `batch`.
//!
//! The manager is the head of the employee's first department (`UF_DEPARTMENT[0]` → `department.get`
//! → `UF_HEAD`), or, when the employee heads it, the head of the parent department; both heads are
//! fetched by `$result` reference in the same batch and the right one is picked here.

use crate::answers::{Task, User};
use crate::format::{Money, Timestamp};
use crate::people::Person;
use crate::LoadError;
use placement::{UserId, UserProfilePlacement};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Value};

/// Whose card a profile placement shows. `USER_PROFILE_TOOLBAR` names the profile's owner;
/// `USER_PROFILE_MENU` names the *current* user (placements.md §5.4), so the owner comes from the
/// page's `URI` (`/company/personal/user/<id>/`) when it names one.
pub fn owner_of(placement: &UserProfilePlacement, uri: Option<&str>) -> UserId {
    match *placement {
        UserProfilePlacement::Toolbar { owner } => owner,
        UserProfilePlacement::Menu { current_user } => uri
            .and_then(|uri| uri.split("/company/personal/user/").nth(1))
            .and_then(|rest| rest.split(['/', '?', '#']).next())
            .and_then(|id| id.parse().ok())
            .filter(|id| *id > 0)
            .map(UserId)
            .unwrap_or(current_user),
    }
}

/// How many open deals and tasks the card lists.
pub const ITEMS_SHOWN: usize = 5;

/// A `user.get` row with the contact fields the card shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct Employee {
    /// The name, photo, position and e-mail (`ID`, `NAME`, `LAST_NAME`, ...).
    #[serde(flatten)]
    pub user: User,
    /// `ACTIVE`: `false` for a dismissed employee.
    #[serde(deserialize_with = "de::flag")]
    pub active: Option<bool>,
    /// `IS_ONLINE`.
    #[serde(deserialize_with = "de::flag")]
    pub is_online: Option<bool>,
    /// `WORK_PHONE`.
    #[serde(deserialize_with = "de::text")]
    pub work_phone: Option<String>,
    /// `PERSONAL_MOBILE`.
    #[serde(deserialize_with = "de::text")]
    pub personal_mobile: Option<String>,
    /// `UF_PHONE_INNER`: the internal extension.
    #[serde(deserialize_with = "de::text")]
    pub uf_phone_inner: Option<String>,
    /// `UF_DEPARTMENT`: department ids.
    #[serde(deserialize_with = "de::list")]
    pub uf_department: Vec<Value>,
}

/// A `department.get` row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct DepartmentRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `PARENT`.
    #[serde(deserialize_with = "de::id")]
    pub parent: Option<u64>,
    /// `UF_HEAD`.
    #[serde(deserialize_with = "de::id")]
    pub uf_head: Option<u64>,
}

/// A `crm.deal.list` row.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct DealRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `TITLE`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `OPPORTUNITY`.
    #[serde(deserialize_with = "de::number")]
    pub opportunity: Option<f64>,
    /// `CURRENCY_ID`.
    #[serde(deserialize_with = "de::text")]
    pub currency_id: Option<String>,
}

/// `tasks.task.list`'s `{tasks: [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TaskPage {
    /// The rows.
    #[serde(deserialize_with = "de::list")]
    pub tasks: Vec<Task>,
}

/// Names of the commands in the card's batch.
pub mod command {
    /// `user.get` of the employee.
    pub const USER: &str = "user";
    /// Their first department.
    pub const DEPARTMENT: &str = "department";
    /// Its parent.
    pub const PARENT: &str = "parent";
    /// The department's head.
    pub const HEAD: &str = "head";
    /// The parent's head.
    pub const PARENT_HEAD: &str = "parentHead";
    /// Open deals they are responsible for.
    pub const DEALS: &str = "deals";
    /// Open tasks they are responsible for.
    pub const TASKS: &str = "tasks";
}

/// The card's handles.
#[derive(Debug, Clone)]
pub struct EmployeeCommands {
    user: CommandRef<List<Employee>>,
    department: CommandRef<List<DepartmentRow>>,
    parent: CommandRef<List<DepartmentRow>>,
    head: CommandRef<List<User>>,
    parent_head: CommandRef<List<User>>,
    deals: CommandRef<List<DealRow>>,
    tasks: CommandRef<TaskPage>,
}

/// The card's one batch.
pub fn plan(user: UserId) -> (Batch, EmployeeCommands) {
    let mut batch = Batch::new();
    let u: CommandRef<List<Employee>> =
        batch.add_as(command::USER, "user.get", json!({"ID": user.get()}));
    let department: CommandRef<List<DepartmentRow>> = batch.add_as(
        command::DEPARTMENT,
        "department.get",
        json!({"ID": u.field(&["0", "UF_DEPARTMENT", "0"])}),
    );
    let parent: CommandRef<List<DepartmentRow>> = batch.add_as(
        command::PARENT,
        "department.get",
        json!({"ID": department.field(&["0", "PARENT"])}),
    );
    let head = batch.add_as(
        command::HEAD,
        "user.get",
        json!({"ID": department.field(&["0", "UF_HEAD"])}),
    );
    let parent_head = batch.add_as(
        command::PARENT_HEAD,
        "user.get",
        json!({"ID": parent.field(&["0", "UF_HEAD"])}),
    );
    let deals = batch.add_as(
        command::DEALS,
        "crm.deal.list",
        json!({"filter": {"ASSIGNED_BY_ID": user.get(), "CLOSED": "N"},
            "select": ["ID", "TITLE", "OPPORTUNITY", "CURRENCY_ID"], "order": {"ID": "DESC"}, "start": 0}),
    );
    let tasks = batch.add_as(
        command::TASKS,
        "tasks.task.list",
        json!({"filter": {"RESPONSIBLE_ID": user.get(), "!REAL_STATUS": [5, 7]},
            "select": ["ID", "TITLE", "STATUS", "DEADLINE", "RESPONSIBLE_ID"], "order": {"ID": "DESC"}, "start": 0}),
    );
    (
        batch,
        EmployeeCommands {
            user: u,
            department,
            parent,
            head,
            parent_head,
            deals,
            tasks,
        },
    )
}

/// An open deal.
#[derive(Debug, Clone, PartialEq)]
pub struct DealLine {
    /// Deal id.
    pub id: u64,
    /// Title.
    pub title: String,
    /// Amount.
    pub amount: Option<Money>,
}

/// An open task.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskLine {
    /// Task id.
    pub id: u64,
    /// Title.
    pub title: String,
    /// Deadline.
    pub deadline: Option<Timestamp>,
}

/// A list shown in part: the first rows and how many there are in all; `None` when the portal
/// refused it (no CRM access, say).
#[derive(Debug, Clone, PartialEq)]
pub struct Partial<T> {
    /// The first [`ITEMS_SHOWN`] rows.
    pub rows: Vec<T>,
    /// All rows (`total`).
    pub total: u64,
}

/// Everything the card renders.
#[derive(Debug, Clone, PartialEq)]
pub struct EmployeeCard {
    /// The employee.
    pub person: Person,
    /// E-mail.
    pub email: Option<String>,
    /// Work phone.
    pub work_phone: Option<String>,
    /// Mobile phone.
    pub mobile: Option<String>,
    /// Internal extension.
    pub extension: Option<String>,
    /// Online now.
    pub online: bool,
    /// Dismissed (inactive).
    pub dismissed: bool,
    /// Their department's name.
    pub department: Option<String>,
    /// Their manager (not themselves).
    pub manager: Option<Person>,
    /// Open deals; `None` without CRM access.
    pub deals: Option<Partial<DealLine>>,
    /// Open tasks; `None` when the list failed.
    pub tasks: Option<Partial<TaskLine>>,
}

fn text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

impl EmployeeCommands {
    /// Reads the card. The employee is required ([`LoadError::Missing`] when `user.get` returns no
    /// such user); department, manager, deals and tasks are optional.
    pub fn read(&self, id: UserId, results: &BatchResults) -> Result<EmployeeCard, LoadError> {
        let employee = self
            .user
            .read(results)?
            .0
            .into_iter()
            .find(|u| u.user.id == Some(id.get()))
            .ok_or_else(|| LoadError::Missing {
                what: format!("user {id}"),
            })?;
        let person = Person::from_user(&employee.user).ok_or_else(|| LoadError::Missing {
            what: format!("user {id}"),
        })?;
        let first_department = crate::lenient::id(employee.uf_department.first());
        // References that did not resolve make the portal answer something else: keep only rows
        // whose ids are the ones asked for.
        let department = first_department.and_then(|dep| {
            self.department
                .read(results)
                .ok()?
                .0
                .into_iter()
                .find(|d| d.id == Some(dep))
        });
        let parent = department.as_ref().and_then(|dep| {
            let parent_id = dep.parent?;
            self.parent
                .read(results)
                .ok()?
                .0
                .into_iter()
                .find(|d| d.id == Some(parent_id))
        });
        let head_of = |dep: Option<&DepartmentRow>, command: &CommandRef<List<User>>| {
            let head = dep?.uf_head.filter(|h| *h != 0)?;
            let rows = command.read(results).ok()?;
            rows.0
                .iter()
                .find(|u| u.id == Some(head))
                .and_then(Person::from_user)
        };
        let manager = match head_of(department.as_ref(), &self.head) {
            Some(head) if head.id != id.get() => Some(head),
            _ => head_of(parent.as_ref(), &self.parent_head).filter(|p| p.id != id.get()),
        };
        let deals = self.deals.read(results).ok().map(|rows| Partial {
            total: self.deals.total(results).unwrap_or(rows.0.len() as u64),
            rows: rows
                .0
                .into_iter()
                .filter_map(|d| {
                    Some(DealLine {
                        id: d.id?,
                        title: d.title.unwrap_or_else(|| format!("#{}", d.id.unwrap_or(0))),
                        amount: d
                            .opportunity
                            .zip(text(d.currency_id))
                            .map(|(amount, currency)| Money { amount, currency }),
                    })
                })
                .take(ITEMS_SHOWN)
                .collect(),
        });
        let tasks = self.tasks.read(results).ok().map(|page| Partial {
            total: self.tasks.total(results).unwrap_or(page.tasks.len() as u64),
            rows: page
                .tasks
                .into_iter()
                .filter_map(|t| {
                    Some(TaskLine {
                        id: t.id?,
                        title: t.title.unwrap_or_default(),
                        deadline: t.deadline,
                    })
                })
                .take(ITEMS_SHOWN)
                .collect(),
        });
        Ok(EmployeeCard {
            person,
            email: text(employee.user.email),
            work_phone: text(employee.work_phone),
            mobile: text(employee.personal_mobile),
            extension: text(employee.uf_phone_inner),
            online: employee.is_online.unwrap_or(false),
            dismissed: employee.active == Some(false),
            department: department.and_then(|d| text(d.name)),
            manager,
            deals,
            tasks,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(batch: &Batch, answer: Value) -> BatchResults {
        let mut results = BatchResults::new(batch.names());
        results.absorb(&answer, None).unwrap();
        results
    }

    #[test]
    fn the_menu_shows_the_profile_of_the_page_and_the_toolbar_its_owner() {
        let menu = UserProfilePlacement::Menu {
            current_user: UserId(1),
        };
        assert_eq!(
            owner_of(&menu, Some("/company/personal/user/7/?IFRAME=Y")),
            UserId(7)
        );
        assert_eq!(owner_of(&menu, Some("/stream/")), UserId(1));
        assert_eq!(owner_of(&menu, None), UserId(1));
        let toolbar = UserProfilePlacement::Toolbar { owner: UserId(9) };
        assert_eq!(
            owner_of(&toolbar, Some("/company/personal/user/7/")),
            UserId(9)
        );
    }

    #[test]
    fn the_batch_chains_department_and_heads_by_reference() {
        let (batch, _) = plan(UserId(3));
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 1);
        let cmd = &chunks[0].params["cmd"];
        let query =
            |name: &str| rest::form::decode(cmd[name].as_str().unwrap().split_once('?').unwrap().1);
        assert_eq!(
            query("department"),
            json!({"ID": "$result[user][0][UF_DEPARTMENT][0]"})
        );
        assert_eq!(
            query("parentHead"),
            json!({"ID": "$result[parent][0][UF_HEAD]"})
        );
        assert_eq!(query("deals")["filter"]["ASSIGNED_BY_ID"], "3");
    }

    fn answer(head: &str) -> Value {
        json!({"result": {
            "user": [{"ID": "3", "NAME": "Anna", "LAST_NAME": "Petrova", "EMAIL": "anna@example.com", "ACTIVE": true,
                "IS_ONLINE": "Y", "WORK_PHONE": "+49 30 1", "PERSONAL_MOBILE": "", "UF_PHONE_INNER": "103", "UF_DEPARTMENT": [2],
                "WORK_POSITION": "Sales manager"}],
            "department": [{"ID": "2", "NAME": "Sales", "PARENT": "1", "UF_HEAD": head}],
            "parent": [{"ID": "1", "NAME": "Acme", "UF_HEAD": "1"}],
            "head": [{"ID": head, "NAME": "Maria", "LAST_NAME": "Johnson"}],
            "parentHead": [{"ID": "1", "NAME": "Alex", "LAST_NAME": "Morgan"}],
            "deals": [{"ID": "12", "TITLE": "Website", "OPPORTUNITY": "1500.50", "CURRENCY_ID": "EUR"}],
            "tasks": {"tasks": [{"id": "5", "title": "Call back", "deadline": null}]}},
            "result_total": {"deals": 7, "tasks": 1}})
    }

    #[test]
    fn the_card_with_its_manager_contacts_deals_and_tasks() {
        let (batch, commands) = plan(UserId(3));
        let card = commands
            .read(UserId(3), &results(&batch, answer("2")))
            .unwrap();
        assert_eq!(card.person.name, "Anna Petrova");
        assert_eq!(card.department.as_deref(), Some("Sales"));
        assert_eq!(card.manager.as_ref().unwrap().name, "Maria Johnson");
        assert_eq!(card.mobile, None, "blank phones are none");
        assert_eq!(card.extension.as_deref(), Some("103"));
        assert!(card.online && !card.dismissed);
        let deals = card.deals.unwrap();
        assert_eq!(deals.total, 7);
        assert_eq!(
            deals.rows[0].amount,
            Some(Money {
                amount: 1500.5,
                currency: "EUR".into()
            })
        );
        assert_eq!(card.tasks.unwrap().rows[0].title, "Call back");
    }

    #[test]
    fn a_head_of_department_reports_to_the_parents_head() {
        let (batch, commands) = plan(UserId(3));
        let card = commands
            .read(UserId(3), &results(&batch, answer("3")))
            .unwrap();
        assert_eq!(card.manager.unwrap().name, "Alex Morgan");
    }

    #[test]
    fn a_user_that_is_not_there_is_missing_and_optional_parts_fail_soft() {
        let (batch, commands) = plan(UserId(3));
        let error = commands
            .read(UserId(3), &results(&batch, json!({"result": {"user": []}})))
            .unwrap_err();
        assert!(matches!(error, LoadError::Missing { .. }));
        let partial = json!({"result": {"user": [{"ID": "3", "NAME": "Anna", "UF_DEPARTMENT": []}]},
            "result_error": {"deals": {"error": "ACCESS_DENIED", "error_description": "Access denied"}}});
        let card = commands.read(UserId(3), &results(&batch, partial)).unwrap();
        assert_eq!(
            (card.department, card.manager, card.deals),
            (None, None, None)
        );
    }
}
