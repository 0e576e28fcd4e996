//! A to-do on a CRM element (`crm.activity.todo.add`,
//! <https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/todo/crm-activity-todo-add.html>):
//! what the activity widget loads first (the element's title and its open to-dos, one batch), the
//! draft the user fills in and its validation, and the write.

use crate::answers::ItemAnswer;
use crate::entity_card::display_title;
use crate::format::Timestamp;
use crate::LoadError;
use placement::{ActivityId, CrmEntityType, CrmRef};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Value};

/// How many open to-dos the widget lists.
pub const OPEN_TODOS: usize = 5;

/// One activity row of `crm.activity.list` (legacy UPPER_CASE fields).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct ActivityRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `SUBJECT`.
    #[serde(deserialize_with = "de::text")]
    pub subject: Option<String>,
    /// `DESCRIPTION`.
    #[serde(deserialize_with = "de::text")]
    pub description: Option<String>,
    /// `DEADLINE`.
    #[serde(deserialize_with = "crate::answers::timestamp")]
    pub deadline: Option<Timestamp>,
    /// `RESPONSIBLE_ID`.
    #[serde(deserialize_with = "de::id")]
    pub responsible_id: Option<u64>,
}

/// An open to-do of the element, as the widget lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenTodo {
    /// The activity.
    pub id: ActivityId,
    /// Its text (the description, or the subject when there is none).
    pub text: String,
    /// Its deadline.
    pub deadline: Option<Timestamp>,
}

impl OpenTodo {
    fn from_row(row: &ActivityRow) -> Option<Self> {
        let text = row
            .description
            .clone()
            .filter(|d| !d.trim().is_empty())
            .or_else(|| row.subject.clone())
            .unwrap_or_default();
        Some(Self {
            id: ActivityId(row.id?),
            text,
            deadline: row.deadline,
        })
    }
}

/// What the activity widget shows before the user types: the element and its open to-dos.
#[derive(Debug, Clone, PartialEq)]
pub struct TodoContext {
    /// The element the to-do is for.
    pub target: CrmRef,
    /// Its title (`Deal #8` when its type has no `crm.item.get` or the title is empty).
    pub title: String,
    /// Its open to-dos, nearest deadline first (at most [`OPEN_TODOS`]).
    pub open: Vec<OpenTodo>,
    /// How many open to-dos it has in all.
    pub open_total: u64,
}

/// The handles of the context batch.
#[derive(Debug, Clone)]
pub struct ContextCommands {
    item: Option<CommandRef<ItemAnswer>>,
    todos: CommandRef<List<ActivityRow>>,
}

/// The filter of an element's open to-dos (`crm.activity.list`).
fn open_todos_params(target: CrmRef) -> Value {
    json!({
        "filter": {
            "OWNER_TYPE_ID": target.entity.entity_type_id().get(),
            "OWNER_ID": target.id.get(),
            "PROVIDER_ID": "CRM_TODO",
            "COMPLETED": "N",
        },
        "order": {"DEADLINE": "ASC", "ID": "ASC"},
        "select": ["ID", "SUBJECT", "DESCRIPTION", "DEADLINE", "RESPONSIBLE_ID"],
    })
}

/// The one batch the widget loads: the element (`crm.item.get`, when its type has it) and its open
/// to-dos (`crm.activity.list`).
pub fn plan(target: CrmRef) -> (Batch, ContextCommands) {
    let mut batch = Batch::new();
    let item = target.entity.supports_item_api().then(|| {
        batch.add_as(
            "item",
            "crm.item.get",
            json!({"entityTypeId": target.entity.entity_type_id().get(), "id": target.id.get()}),
        )
    });
    let todos = batch.add_as("todos", "crm.activity.list", open_todos_params(target));
    (batch, ContextCommands { item, todos })
}

/// Re-reads only the open to-dos (after a write whose outcome is unknown).
pub fn recheck_plan(target: CrmRef) -> (Batch, CommandRef<List<ActivityRow>>) {
    let mut batch = Batch::new();
    let todos = batch.add_as("todos", "crm.activity.list", open_todos_params(target));
    (batch, todos)
}

/// The open to-dos from a `crm.activity.list` answer.
pub fn open_todos(rows: &[ActivityRow]) -> Vec<OpenTodo> {
    rows.iter()
        .filter_map(OpenTodo::from_row)
        .take(OPEN_TODOS)
        .collect()
}

impl ContextCommands {
    /// Reads the context; the element itself is required, the to-do list fails soft.
    pub fn read(&self, target: CrmRef, results: &BatchResults) -> Result<TodoContext, LoadError> {
        let title = match &self.item {
            Some(item) => {
                let answer = item.read(results)?;
                let item = answer.item.ok_or_else(|| LoadError::Missing {
                    what: format!("{} {}", target.entity, target.id),
                })?;
                display_title(target.entity, &item)
            }
            None => None,
        };
        let rows = self.todos.read(results).map(|l| l.0).unwrap_or_default();
        Ok(TodoContext {
            target,
            title: title.unwrap_or_else(|| fallback_title(target)),
            open: open_todos(&rows),
            open_total: self.todos.total(results).unwrap_or(rows.len() as u64),
        })
    }
}

fn fallback_title(target: CrmRef) -> String {
    format!("{} #{}", target.entity, target.id)
}

/// When the to-do is due, as the user picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueChoice {
    /// Today, 18:00.
    Today,
    /// Tomorrow, 10:00.
    Tomorrow,
    /// In three days, 10:00.
    InThreeDays,
    /// In a week, 10:00.
    NextWeek,
}

impl DueChoice {
    /// Every choice, in menu order.
    pub const ALL: [DueChoice; 4] = [
        Self::Today,
        Self::Tomorrow,
        Self::InThreeDays,
        Self::NextWeek,
    ];

    /// A stable code (select values, `bindValueChangeCallback` values).
    pub fn code(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::Tomorrow => "tomorrow",
            Self::InThreeDays => "in3days",
            Self::NextWeek => "week",
        }
    }

    /// The choice of a code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The deadline for this choice, counted from `today` (the user's local date).
    pub fn deadline(self, today: LocalDate) -> LocalDateTime {
        let (days, hour) = match self {
            Self::Today => (0, 18),
            Self::Tomorrow => (1, 10),
            Self::InThreeDays => (3, 10),
            Self::NextWeek => (7, 10),
        };
        LocalDateTime {
            date: today.plus_days(days),
            hour,
            minute: 0,
        }
    }
}

/// A calendar date in the user's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDate {
    /// Year.
    pub year: i32,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31.
    pub day: u8,
}

impl LocalDate {
    /// The date `days` later.
    pub fn plus_days(self, days: u32) -> Self {
        let mut d = self;
        for _ in 0..days {
            if d.day < crate::format::days_in_month(d.year, d.month) {
                d.day += 1;
            } else if d.month < 12 {
                d.month += 1;
                d.day = 1;
            } else {
                d = Self {
                    year: d.year + 1,
                    month: 1,
                    day: 1,
                };
            }
        }
        d
    }
}

/// A wall-clock time in the user's time zone (what `<input type="datetime-local">` holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDateTime {
    /// The date.
    pub date: LocalDate,
    /// Hour 0..=23.
    pub hour: u8,
    /// Minute 0..=59.
    pub minute: u8,
}

impl LocalDateTime {
    /// Reads `YYYY-MM-DDTHH:MM` (seconds ignored); `None` when it is not a real date and time.
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let ts = Timestamp::parse(&format!("{}Z", raw.get(..16)?)).filter(|_| raw.len() >= 16)?;
        Some(Self {
            date: LocalDate {
                year: ts.year,
                month: ts.month,
                day: ts.day,
            },
            hour: ts.hour,
            minute: ts.minute,
        })
    }

    /// `YYYY-MM-DDTHH:MM` for a `datetime-local` input.
    pub fn input_value(self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.date.year, self.date.month, self.date.day, self.hour, self.minute
        )
    }

    /// `YYYY-MM-DDTHH:MM:00`: the portal reads a deadline without offset in the user's time zone.
    pub fn portal_value(self) -> String {
        format!("{}:00", self.input_value())
    }
}

/// What the user typed for a new to-do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TodoDraft {
    /// The to-do's text (required).
    pub description: String,
    /// Its deadline as typed (`YYYY-MM-DDTHH:MM`).
    pub deadline: String,
    /// Who does it; `None` = the current user (the method's default).
    pub responsible: Option<u64>,
}

/// What is wrong with a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftProblem {
    /// No text.
    EmptyText,
    /// The deadline is missing or not a date and time.
    BadDeadline,
}

/// A checked draft, ready to send.
#[derive(Debug, Clone, PartialEq)]
pub struct TodoRequest {
    /// The element.
    pub target: CrmRef,
    /// The text, trimmed.
    pub description: String,
    /// The deadline.
    pub deadline: LocalDateTime,
    /// The responsible user, if chosen.
    pub responsible: Option<u64>,
}

impl TodoDraft {
    /// Checks the draft; every problem at once, so the form can mark each field.
    pub fn validate(&self, target: CrmRef) -> Result<TodoRequest, Vec<DraftProblem>> {
        let mut problems = Vec::new();
        let description = self.description.trim().to_owned();
        if description.is_empty() {
            problems.push(DraftProblem::EmptyText);
        }
        let deadline = LocalDateTime::parse(&self.deadline);
        if deadline.is_none() {
            problems.push(DraftProblem::BadDeadline);
        }
        match deadline {
            Some(deadline) if problems.is_empty() => Ok(TodoRequest {
                target,
                description,
                deadline,
                responsible: self.responsible,
            }),
            _ => Err(problems),
        }
    }
}

/// The answer of `crm.activity.todo.add`: `{id}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TodoAdded {
    /// The new activity's id.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
}

impl TodoRequest {
    /// The method's name.
    pub const METHOD: &'static str = "crm.activity.todo.add";

    /// The parameters of `crm.activity.todo.add`.
    pub fn params(&self) -> Value {
        let mut params = json!({
            "ownerTypeId": self.target.entity.entity_type_id().get(),
            "ownerId": self.target.id.get(),
            "description": self.description,
            "deadline": self.deadline.portal_value(),
        });
        if let (Some(user), Some(map)) = (self.responsible, params.as_object_mut()) {
            map.insert("responsibleId".into(), json!(user));
        }
        params
    }
}

/// Whether the to-do widget handles this element type: the types `crm.item.get` serves (orders,
/// old invoices and activities get their own record card instead).
pub fn supports(entity: CrmEntityType) -> bool {
    entity.supports_item_api()
}

#[cfg(test)]
mod tests {
    use super::*;
    use placement::EntityId;
    use rest::batch::BatchResults;

    fn deal(id: u64) -> CrmRef {
        CrmRef {
            entity: CrmEntityType::Deal,
            id: EntityId(id),
        }
    }

    #[test]
    fn the_batch_asks_for_the_item_and_its_open_todos() {
        let (batch, _) = plan(deal(8));
        assert_eq!(batch.names(), vec!["item".to_owned(), "todos".to_owned()]);
        let order = CrmRef {
            entity: CrmEntityType::Order,
            id: EntityId(3),
        };
        let (batch, _) = plan(order);
        assert_eq!(
            batch.names(),
            vec!["todos".to_owned()],
            "orders have no crm.item.get"
        );
    }

    #[test]
    fn context_reads_title_and_todos_from_doc_shaped_answers() {
        let (_, commands) = plan(deal(8));
        let mut results = BatchResults::new(vec!["item".into(), "todos".into()]);
        results
            .absorb(
                &json!({"result": {
                    "item": {"item": {"id": 8, "title": "Fleet renewal"}},
                    "todos": [{"ID": "41", "SUBJECT": "Call", "DESCRIPTION": "", "DEADLINE": "2026-12-03T10:00:00+01:00", "RESPONSIBLE_ID": "1"},
                              {"ID": "42", "SUBJECT": "S", "DESCRIPTION": "Send the offer", "DEADLINE": "", "RESPONSIBLE_ID": "1"}]},
                    "result_total": {"todos": 7}}),
                None,
            )
            .unwrap();
        let ctx = commands.read(deal(8), &results).unwrap();
        assert_eq!(ctx.title, "Fleet renewal");
        assert_eq!(ctx.open.len(), 2);
        assert_eq!(
            ctx.open[0].text, "Call",
            "empty description falls back to the subject"
        );
        assert_eq!(ctx.open[1].text, "Send the offer");
        assert_eq!(ctx.open[1].deadline, None);
        assert_eq!(ctx.open_total, 7);
    }

    #[test]
    fn a_missing_item_is_a_soft_error() {
        let (_, commands) = plan(deal(9));
        let mut results = BatchResults::new(vec!["item".into(), "todos".into()]);
        results
            .absorb(&json!({"result": {"item": [], "todos": []}}), None)
            .unwrap();
        assert!(commands.read(deal(9), &results).unwrap_err().is_soft());
    }

    #[test]
    fn drafts_are_checked_and_sent_as_documented() {
        let empty = TodoDraft::default().validate(deal(8)).unwrap_err();
        assert_eq!(
            empty,
            vec![DraftProblem::EmptyText, DraftProblem::BadDeadline]
        );
        let bad = TodoDraft {
            description: "x".into(),
            deadline: "2026-02-30T10:00".into(),
            responsible: None,
        };
        assert_eq!(
            bad.validate(deal(8)).unwrap_err(),
            vec![DraftProblem::BadDeadline]
        );
        let good = TodoDraft {
            description: "  Call back about the fleet  ".into(),
            deadline: "2026-12-04T10:30".into(),
            responsible: Some(3),
        }
        .validate(deal(8))
        .unwrap();
        assert_eq!(
            good.params(),
            json!({"ownerTypeId": 2, "ownerId": 8, "description": "Call back about the fleet", "deadline": "2026-12-04T10:30:00", "responsibleId": 3})
        );
    }

    #[test]
    fn due_choices_count_days_across_month_and_year_ends() {
        let today = LocalDate {
            year: 2026,
            month: 12,
            day: 30,
        };
        assert_eq!(
            DueChoice::Today.deadline(today).portal_value(),
            "2026-12-30T18:00:00"
        );
        assert_eq!(
            DueChoice::Tomorrow.deadline(today).input_value(),
            "2026-12-31T10:00"
        );
        assert_eq!(
            DueChoice::InThreeDays.deadline(today).input_value(),
            "2027-01-02T10:00"
        );
        let feb = LocalDate {
            year: 2028,
            month: 2,
            day: 25,
        };
        assert_eq!(
            DueChoice::NextWeek.deadline(feb).input_value(),
            "2028-03-03T10:00"
        );
        for choice in DueChoice::ALL {
            assert_eq!(DueChoice::from_code(choice.code()), Some(choice));
        }
        assert_eq!(
            LocalDateTime::parse("2026-12-04T10:30:15").unwrap().minute,
            30
        );
        assert_eq!(LocalDateTime::parse("2026-12-04"), None);
    }
}
