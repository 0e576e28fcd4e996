//! The own card of CRM elements that `crm.item.*` does not serve: online-store orders
//! (`sale.order.get`), old invoices (`crm.invoice.get`) and activities (`crm.activity.get`), each
//! from its own method with its responsible user, in one batch.

use crate::answers::timestamp;
use crate::answers::User;
use crate::format::{Money, Timestamp};
use crate::people::Person;
use crate::LoadError;
use placement::{CrmEntityType, CrmRef, EntityId, EntityTypeId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Value};

/// `sale.order.get`: `{order: {...}}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OrderAnswer {
    /// The order.
    #[serde(deserialize_with = "de::object")]
    pub order: Option<Order>,
}

/// An order as `sale.order.get` returns it (camelCase).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Order {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `accountNumber`: the order number customers see.
    #[serde(deserialize_with = "de::text")]
    pub account_number: Option<String>,
    /// `price`: the total.
    #[serde(deserialize_with = "de::number")]
    pub price: Option<f64>,
    /// `currency`.
    #[serde(deserialize_with = "de::text")]
    pub currency: Option<String>,
    /// `statusId` (`N` new, `P` paid, `F` finished, ...).
    #[serde(deserialize_with = "de::text")]
    pub status_id: Option<String>,
    /// `payed`.
    #[serde(deserialize_with = "de::flag")]
    pub payed: Option<bool>,
    /// `canceled`.
    #[serde(deserialize_with = "de::flag")]
    pub canceled: Option<bool>,
    /// `dateInsert`.
    #[serde(deserialize_with = "timestamp")]
    pub date_insert: Option<Timestamp>,
    /// `responsibleId`.
    #[serde(deserialize_with = "de::id")]
    pub responsible_id: Option<u64>,
    /// `basketItems`.
    #[serde(deserialize_with = "de::list")]
    pub basket_items: Vec<BasketItem>,
}

/// A line of an order's basket.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BasketItem {
    /// `name`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `quantity`.
    #[serde(deserialize_with = "de::number")]
    pub quantity: Option<f64>,
    /// `price`: per unit.
    #[serde(deserialize_with = "de::number")]
    pub price: Option<f64>,
}

/// An old invoice as `crm.invoice.get` returns it (UPPER_CASE).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct OldInvoice {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `ACCOUNT_NUMBER`.
    #[serde(deserialize_with = "de::text")]
    pub account_number: Option<String>,
    /// `ORDER_TOPIC`: the invoice's subject.
    #[serde(deserialize_with = "de::text")]
    pub order_topic: Option<String>,
    /// `STATUS_ID` (`N` new, `S` sent, `P` paid, `D` declined).
    #[serde(deserialize_with = "de::text")]
    pub status_id: Option<String>,
    /// `PRICE`.
    #[serde(deserialize_with = "de::number")]
    pub price: Option<f64>,
    /// `CURRENCY`.
    #[serde(deserialize_with = "de::text")]
    pub currency: Option<String>,
    /// `PAYED`.
    #[serde(deserialize_with = "de::flag")]
    pub payed: Option<bool>,
    /// `DATE_BILL`.
    #[serde(deserialize_with = "timestamp")]
    pub date_bill: Option<Timestamp>,
    /// `DATE_PAY_BEFORE`.
    #[serde(deserialize_with = "timestamp")]
    pub date_pay_before: Option<Timestamp>,
    /// `RESPONSIBLE_ID`.
    #[serde(deserialize_with = "de::id")]
    pub responsible_id: Option<u64>,
    /// `UF_DEAL_ID`: the deal it bills.
    #[serde(deserialize_with = "de::id")]
    pub uf_deal_id: Option<u64>,
    /// `PRODUCT_ROWS`.
    #[serde(deserialize_with = "de::list")]
    pub product_rows: Vec<InvoiceRow>,
}

/// A product row of an old invoice.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct InvoiceRow {
    /// `PRODUCT_NAME`.
    #[serde(deserialize_with = "de::text")]
    pub product_name: Option<String>,
    /// `QUANTITY`.
    #[serde(deserialize_with = "de::number")]
    pub quantity: Option<f64>,
    /// `PRICE`.
    #[serde(deserialize_with = "de::number")]
    pub price: Option<f64>,
}

/// An activity as `crm.activity.get` returns it (UPPER_CASE).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct Activity {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `SUBJECT`.
    #[serde(deserialize_with = "de::text")]
    pub subject: Option<String>,
    /// `DESCRIPTION`.
    #[serde(deserialize_with = "de::text")]
    pub description: Option<String>,
    /// `TYPE_ID`: 1 meeting, 2 call, 3 task, 4 e-mail, 6 to-do / provider.
    #[serde(deserialize_with = "de::id")]
    pub type_id: Option<u64>,
    /// `DIRECTION`: 1 incoming, 2 outgoing.
    #[serde(deserialize_with = "de::id")]
    pub direction: Option<u64>,
    /// `COMPLETED`.
    #[serde(deserialize_with = "de::flag")]
    pub completed: Option<bool>,
    /// `START_TIME`.
    #[serde(deserialize_with = "timestamp")]
    pub start_time: Option<Timestamp>,
    /// `DEADLINE`.
    #[serde(deserialize_with = "timestamp")]
    pub deadline: Option<Timestamp>,
    /// `RESPONSIBLE_ID`.
    #[serde(deserialize_with = "de::id")]
    pub responsible_id: Option<u64>,
    /// `OWNER_TYPE_ID`.
    #[serde(deserialize_with = "de::id")]
    pub owner_type_id: Option<u64>,
    /// `OWNER_ID`.
    #[serde(deserialize_with = "de::id")]
    pub owner_id: Option<u64>,
}

/// What kind of activity (its `TYPE_ID`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    /// 1.
    Meeting,
    /// 2.
    Call,
    /// 3.
    Task,
    /// 4.
    Email,
    /// 6 and anything else: a to-do or an app's activity.
    Todo,
}

impl ActivityKind {
    fn from_type_id(id: Option<u64>) -> Self {
        match id {
            Some(1) => Self::Meeting,
            Some(2) => Self::Call,
            Some(3) => Self::Task,
            Some(4) => Self::Email,
            _ => Self::Todo,
        }
    }
}

/// A status mark of a record card.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Paid.
    Paid,
    /// Not paid yet.
    Unpaid,
    /// Canceled / declined.
    Canceled,
    /// The order's or invoice's status code as the portal keeps it.
    Status(String),
    /// An activity that is done.
    Done,
    /// An activity still to do.
    Open,
    /// An activity of a kind.
    Kind(ActivityKind),
    /// An incoming call / e-mail.
    Incoming,
    /// An outgoing call / e-mail.
    Outgoing,
}

/// Which date a card line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRole {
    /// Created / placed.
    Created,
    /// Billed on.
    Billed,
    /// To be paid by.
    PayBefore,
    /// Starts.
    Starts,
    /// Deadline.
    Deadline,
}

/// A product line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Product name.
    pub name: String,
    /// How many.
    pub quantity: f64,
    /// Price per unit.
    pub price: Option<Money>,
}

/// Everything the record card renders.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordCard {
    /// The element.
    pub target: CrmRef,
    /// Title: `Order 1043`, the invoice's subject, the activity's subject.
    pub title: String,
    /// Status marks.
    pub marks: Vec<Mark>,
    /// The total.
    pub amount: Option<Money>,
    /// Responsible user.
    pub responsible: Option<Person>,
    /// Dates worth showing.
    pub dates: Vec<(DateRole, Timestamp)>,
    /// Product lines.
    pub lines: Vec<Line>,
    /// An activity's description.
    pub text: Option<String>,
    /// The element the record belongs to (an activity's owner, an invoice's deal).
    pub owner: Option<CrmRef>,
}

/// Whether the record card serves this type.
pub fn supports(entity: CrmEntityType) -> bool {
    matches!(
        entity,
        CrmEntityType::Order | CrmEntityType::Invoice | CrmEntityType::Activity
    )
}

/// The handles of the record batch.
#[derive(Debug, Clone)]
pub enum RecordCommands {
    /// `sale.order.get` + `user.get`.
    Order(CommandRef<OrderAnswer>, CommandRef<List<User>>),
    /// `crm.invoice.get` + `user.get`.
    Invoice(CommandRef<OldInvoice>, CommandRef<List<User>>),
    /// `crm.activity.get` + `user.get`.
    Activity(CommandRef<Activity>, CommandRef<List<User>>),
}

/// The one batch of a record card: the record from its own method and its responsible user (by a
/// `$result` reference). `None` for types the card does not serve.
pub fn plan(target: CrmRef) -> Option<(Batch, RecordCommands)> {
    let mut batch = Batch::new();
    let id = target.id.get();
    let user = |batch: &mut Batch, reference: Value| -> CommandRef<List<User>> {
        batch.add_as("responsible", "user.get", json!({ "ID": reference }))
    };
    let commands = match target.entity {
        CrmEntityType::Order => {
            let order: CommandRef<OrderAnswer> =
                batch.add_as("record", "sale.order.get", json!({ "id": id }));
            let user = user(&mut batch, json!(order.field(&["order", "responsibleId"])));
            RecordCommands::Order(order, user)
        }
        CrmEntityType::Invoice => {
            let invoice: CommandRef<OldInvoice> =
                batch.add_as("record", "crm.invoice.get", json!({ "id": id }));
            let user = user(&mut batch, json!(invoice.field(&["RESPONSIBLE_ID"])));
            RecordCommands::Invoice(invoice, user)
        }
        CrmEntityType::Activity => {
            let activity: CommandRef<Activity> =
                batch.add_as("record", "crm.activity.get", json!({ "id": id }));
            let user = user(&mut batch, json!(activity.field(&["RESPONSIBLE_ID"])));
            RecordCommands::Activity(activity, user)
        }
        _ => return None,
    };
    Some((batch, commands))
}

fn missing(target: CrmRef) -> LoadError {
    LoadError::Missing {
        what: format!("{} {}", target.entity, target.id),
    }
}

fn money(amount: Option<f64>, currency: &Option<String>) -> Option<Money> {
    Some(Money {
        amount: amount?,
        currency: currency.clone().unwrap_or_default(),
    })
}

impl RecordCommands {
    /// Reads the card; the record is required, the responsible user fails soft.
    pub fn read(&self, target: CrmRef, results: &BatchResults) -> Result<RecordCard, LoadError> {
        let person = |user: &CommandRef<List<User>>| {
            user.read(results)
                .ok()
                .and_then(|rows| Person::from_user_get(&rows.0))
        };
        match self {
            Self::Order(order, user) => {
                let order = order.read(results)?.order.ok_or_else(|| missing(target))?;
                Ok(order_card(target, &order, person(user)))
            }
            Self::Invoice(invoice, user) => {
                let invoice = invoice.read(results)?;
                invoice.id.ok_or_else(|| missing(target))?;
                Ok(invoice_card(target, &invoice, person(user)))
            }
            Self::Activity(activity, user) => {
                let activity = activity.read(results)?;
                activity.id.ok_or_else(|| missing(target))?;
                Ok(activity_card(target, &activity, person(user)))
            }
        }
    }
}

fn order_card(target: CrmRef, o: &Order, responsible: Option<Person>) -> RecordCard {
    let mut marks = vec![if o.payed == Some(true) {
        Mark::Paid
    } else {
        Mark::Unpaid
    }];
    if o.canceled == Some(true) {
        marks.push(Mark::Canceled);
    }
    marks.extend(o.status_id.clone().map(Mark::Status));
    RecordCard {
        target,
        title: o
            .account_number
            .clone()
            .unwrap_or_else(|| target.id.to_string()),
        marks,
        amount: money(o.price, &o.currency),
        responsible,
        dates: o
            .date_insert
            .map(|d| vec![(DateRole::Created, d)])
            .unwrap_or_default(),
        lines: o
            .basket_items
            .iter()
            .map(|b| Line {
                name: b.name.clone().unwrap_or_default(),
                quantity: b.quantity.unwrap_or(1.0),
                price: money(b.price, &o.currency),
            })
            .collect(),
        text: None,
        owner: None,
    }
}

fn invoice_card(target: CrmRef, i: &OldInvoice, responsible: Option<Person>) -> RecordCard {
    let mut marks = vec![match (i.payed, i.status_id.as_deref()) {
        (Some(true), _) | (_, Some("P")) => Mark::Paid,
        (_, Some("D")) => Mark::Canceled,
        _ => Mark::Unpaid,
    }];
    marks.extend(i.status_id.clone().map(Mark::Status));
    let dates = [
        (DateRole::Billed, i.date_bill),
        (DateRole::PayBefore, i.date_pay_before),
    ]
    .into_iter()
    .filter_map(|(role, d)| Some((role, d?)))
    .collect();
    RecordCard {
        target,
        title: i
            .order_topic
            .clone()
            .or_else(|| i.account_number.clone())
            .unwrap_or_else(|| target.id.to_string()),
        marks,
        amount: money(i.price, &i.currency),
        responsible,
        dates,
        lines: i
            .product_rows
            .iter()
            .map(|r| Line {
                name: r.product_name.clone().unwrap_or_default(),
                quantity: r.quantity.unwrap_or(1.0),
                price: money(r.price, &i.currency),
            })
            .collect(),
        text: None,
        owner: i.uf_deal_id.filter(|id| *id > 0).map(|id| CrmRef {
            entity: CrmEntityType::Deal,
            id: EntityId(id),
        }),
    }
}

fn activity_card(target: CrmRef, a: &Activity, responsible: Option<Person>) -> RecordCard {
    let mut marks = vec![
        Mark::Kind(ActivityKind::from_type_id(a.type_id)),
        if a.completed == Some(true) {
            Mark::Done
        } else {
            Mark::Open
        },
    ];
    match a.direction {
        Some(1) => marks.push(Mark::Incoming),
        Some(2) => marks.push(Mark::Outgoing),
        _ => {}
    }
    let dates = [
        (DateRole::Starts, a.start_time),
        (DateRole::Deadline, a.deadline),
    ]
    .into_iter()
    .filter_map(|(role, d)| Some((role, d?)))
    .collect();
    let owner = match (a.owner_type_id, a.owner_id) {
        (Some(t), Some(id)) if t > 0 && id > 0 => Some(CrmRef {
            entity: CrmEntityType::from_entity_type_id(EntityTypeId(
                u32::try_from(t).unwrap_or(u32::MAX),
            )),
            id: EntityId(id),
        }),
        _ => None,
    };
    RecordCard {
        target,
        title: a
            .subject
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| target.id.to_string()),
        marks,
        amount: None,
        responsible,
        dates,
        lines: Vec::new(),
        text: a.description.clone().filter(|d| !d.trim().is_empty()),
        owner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(entity: CrmEntityType, id: u64) -> CrmRef {
        CrmRef {
            entity,
            id: EntityId(id),
        }
    }

    fn results(record: Value) -> BatchResults {
        let mut r = BatchResults::new(vec!["record".into(), "responsible".into()]);
        r.absorb(
            &json!({"result": {"record": record, "responsible": [{"ID": "3", "NAME": "Anna", "LAST_NAME": "Lee"}]}}),
            None,
        )
        .unwrap();
        r
    }

    #[test]
    fn orders_come_from_sale_order_get_with_their_basket() {
        let target = at(CrmEntityType::Order, 7);
        let (batch, commands) = plan(target).unwrap();
        assert_eq!(
            batch.names(),
            vec!["record".to_owned(), "responsible".to_owned()]
        );
        let card = commands
            .read(
                target,
                &results(json!({"order": {"id": 7, "accountNumber": "1043", "price": "250.50", "currency": "EUR", "statusId": "N", "payed": "N", "canceled": "N", "dateInsert": "2026-11-20T12:00:00+01:00", "responsibleId": 3,
                    "basketItems": [{"name": "Chair", "quantity": 2, "price": 100}, {"name": "Lamp", "quantity": "1", "price": "50.5"}]}})),
            )
            .unwrap();
        assert_eq!(card.title, "1043");
        assert_eq!(card.marks, vec![Mark::Unpaid, Mark::Status("N".into())]);
        assert_eq!(card.amount.as_ref().map(|m| m.amount), Some(250.5));
        assert_eq!(card.lines.len(), 2);
        assert_eq!(card.lines[1].quantity, 1.0);
        assert_eq!(
            card.responsible.map(|p| p.name).as_deref(),
            Some("Anna Lee")
        );
        assert_eq!(card.dates.len(), 1);
    }

    #[test]
    fn old_invoices_and_activities_read_their_upper_case_rows() {
        let target = at(CrmEntityType::Invoice, 4);
        let (_, commands) = plan(target).unwrap();
        let card = commands
            .read(target, &results(json!({"ID": "4", "ORDER_TOPIC": "Annual support", "STATUS_ID": "P", "PRICE": "1200.00", "CURRENCY": "USD", "PAYED": "Y", "DATE_BILL": "2026-11-01", "DATE_PAY_BEFORE": "2026-11-15", "RESPONSIBLE_ID": "3", "UF_DEAL_ID": "12", "PRODUCT_ROWS": [{"PRODUCT_NAME": "Support", "QUANTITY": "12", "PRICE": "100"}]})))
            .unwrap();
        assert_eq!(card.title, "Annual support");
        assert_eq!(card.marks[0], Mark::Paid);
        assert_eq!(card.dates.len(), 2);
        assert_eq!(card.owner, Some(at(CrmEntityType::Deal, 12)));

        let target = at(CrmEntityType::Activity, 9);
        let (_, commands) = plan(target).unwrap();
        let card = commands
            .read(target, &results(json!({"ID": "9", "SUBJECT": "Call with Anna", "DESCRIPTION": "", "TYPE_ID": "2", "DIRECTION": "1", "COMPLETED": "N", "DEADLINE": "2026-12-01T10:00:00+01:00", "RESPONSIBLE_ID": "3", "OWNER_TYPE_ID": "2", "OWNER_ID": "8"})))
            .unwrap();
        assert_eq!(
            card.marks,
            vec![Mark::Kind(ActivityKind::Call), Mark::Open, Mark::Incoming]
        );
        assert_eq!(card.owner, Some(at(CrmEntityType::Deal, 8)));
        assert_eq!(card.text, None);
    }

    #[test]
    fn a_missing_record_is_soft_and_other_types_have_no_plan() {
        let target = at(CrmEntityType::Order, 99);
        let (_, commands) = plan(target).unwrap();
        let mut r = BatchResults::new(vec!["record".into(), "responsible".into()]);
        r.absorb(&json!({"result": [], "result_error": {"record": {"error": "ERROR_NOT_FOUND", "error_description": "Order not found"}}}), None).unwrap();
        assert!(commands.read(target, &r).unwrap_err().is_soft());
        assert!(plan(at(CrmEntityType::Deal, 1)).is_none());
        assert!(supports(CrmEntityType::Invoice) && !supports(CrmEntityType::Quote));
    }
}
