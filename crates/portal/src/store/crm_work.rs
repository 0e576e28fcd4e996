//! Records the CRM work widgets read that `crm.item.*` does not serve: online-store orders
//! (`sale.order.*`), old invoices (`crm.invoice.*`, entityTypeId 5) and the company requisites and
//! bank details the search providers look in (`crm.requisite.*`). Seeded from the CRM companies and
//! deals by fixed formulas (no random draws, so the rest of the demo data stays as it was).

use super::crm::{CrmData, COMPANY, DEAL};
use super::time::DAY;

/// An online-store order.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    /// `id`.
    pub id: u64,
    /// `accountNumber`.
    pub account_number: String,
    /// `statusId`: `N` accepted, `P` paid, `F` finished.
    pub status_id: &'static str,
    /// `currency`.
    pub currency: &'static str,
    /// `payed`.
    pub paid: bool,
    /// `canceled`.
    pub canceled: bool,
    /// `dateInsert`.
    pub created: i64,
    /// `responsibleId`.
    pub responsible_id: u64,
    /// `userId`: the buyer.
    pub user_id: u64,
    /// Basket lines: (name, quantity, unit price).
    pub items: Vec<(String, f64, f64)>,
}

impl Order {
    /// `price`: the basket's total.
    pub fn price(&self) -> f64 {
        self.items.iter().map(|(_, q, p)| q * p).sum()
    }
}

/// An old invoice (entityTypeId 5).
#[derive(Debug, Clone, PartialEq)]
pub struct OldInvoice {
    /// `ID`.
    pub id: u64,
    /// `ACCOUNT_NUMBER`.
    pub account_number: String,
    /// `ORDER_TOPIC`.
    pub topic: String,
    /// `STATUS_ID`: `N` new, `S` sent, `P` paid, `D` declined.
    pub status_id: &'static str,
    /// `CURRENCY`.
    pub currency: &'static str,
    /// `DATE_BILL`.
    pub billed: i64,
    /// `DATE_PAY_BEFORE`.
    pub pay_before: i64,
    /// `RESPONSIBLE_ID`.
    pub responsible_id: u64,
    /// `UF_DEAL_ID`.
    pub deal_id: u64,
    /// `UF_COMPANY_ID`.
    pub company_id: u64,
    /// `PRODUCT_ROWS`: (name, quantity, price).
    pub rows: Vec<(String, f64, f64)>,
}

impl OldInvoice {
    /// `PRICE`.
    pub fn price(&self) -> f64 {
        self.rows.iter().map(|(_, q, p)| q * p).sum()
    }
}

/// A requisite (legal details) of a company.
#[derive(Debug, Clone, PartialEq)]
pub struct Requisite {
    /// `ID`.
    pub id: u64,
    /// `ENTITY_TYPE_ID` (4: company).
    pub entity_type_id: u32,
    /// `ENTITY_ID`.
    pub entity_id: u64,
    /// `PRESET_ID` (1: organisation).
    pub preset_id: u64,
    /// `NAME`.
    pub name: String,
    /// `RQ_COMPANY_NAME`.
    pub company_name: String,
    /// `RQ_INN`: tax number.
    pub inn: String,
    /// `RQ_KPP`.
    pub kpp: String,
    /// `RQ_OGRN`.
    pub ogrn: String,
    /// `RQ_ADDR` as one line (legal address).
    pub address: String,
}

/// Bank details of a requisite.
#[derive(Debug, Clone, PartialEq)]
pub struct BankDetail {
    /// `ID`.
    pub id: u64,
    /// `ENTITY_ID`: the requisite.
    pub requisite_id: u64,
    /// `NAME`.
    pub name: String,
    /// `RQ_BANK_NAME`.
    pub bank_name: String,
    /// `RQ_BIK`.
    pub bik: String,
    /// `RQ_ACC_NUM`.
    pub account: String,
    /// `RQ_COR_ACC_NUM`.
    pub correspondent: String,
    /// `RQ_SWIFT`.
    pub swift: String,
}

/// Every table of this module.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrmWorkData {
    /// Orders, ids 1..=12.
    pub orders: Vec<Order>,
    /// Old invoices, ids 1..=10.
    pub invoices: Vec<OldInvoice>,
    /// One requisite per company of the first 30.
    pub requisites: Vec<Requisite>,
    /// One bank detail per requisite.
    pub bank_details: Vec<BankDetail>,
}

const PRODUCTS: &[(&str, f64)] = &[
    ("Office chair", 149.0),
    ("Standing desk", 520.0),
    ("Monitor 27\"", 310.0),
    ("Support plan (month)", 90.0),
    ("Installation", 120.0),
];
const BANKS: &[(&str, &str, &str)] = &[
    ("Northern Commerce Bank", "044525225", "NCBKRUMM"),
    ("First Credit Union", "044525974", "FCUNRUMM"),
    ("Baltic Trade Bank", "044030653", "BTBKRU2P"),
];

/// `n` as a fixed number of digits (deterministic codes for tax and bank numbers).
fn digits(n: u64, width: usize) -> String {
    let mut v = n.wrapping_mul(2_654_435_761).wrapping_add(7_777_777_777);
    let mut out = String::with_capacity(width);
    for _ in 0..width {
        out.push(char::from(b'0' + (v % 10) as u8));
        v /= 10;
        if v == 0 {
            v = n + 13;
        }
    }
    out
}

/// Seeds the tables from the CRM data, around `anchor` ("today").
pub fn seed(crm: &CrmData, anchor: i64) -> CrmWorkData {
    let users = |i: u64| 1 + i % 5;
    let orders = (1..=12u64)
        .map(|id| {
            let items = (0..(1 + id % 3))
                .map(|k| {
                    let (name, price) = PRODUCTS[((id + k) % PRODUCTS.len() as u64) as usize];
                    (name.to_owned(), (1 + (id + k) % 3) as f64, price)
                })
                .collect();
            Order {
                id,
                account_number: format!("{}", 1040 + id),
                status_id: ["N", "P", "F"][(id % 3) as usize],
                currency: "USD",
                paid: id % 3 != 0,
                canceled: id == 11,
                created: anchor - (id as i64) * DAY,
                responsible_id: users(id),
                user_id: 1 + id % 20,
                items,
            }
        })
        .collect();
    let deals = crm.of(DEAL);
    let invoices = (1..=10u64)
        .map(|id| {
            let deal = deals.get((id as usize) % deals.len().max(1));
            let (name, price) = PRODUCTS[(id % PRODUCTS.len() as u64) as usize];
            OldInvoice {
                id,
                account_number: format!("INV-{:04}", 200 + id),
                topic: deal
                    .map(|d| format!("Invoice for {}", d.title))
                    .unwrap_or_else(|| format!("Invoice {id}")),
                status_id: ["N", "S", "P", "D"][(id % 4) as usize],
                currency: "USD",
                billed: anchor - (id as i64 + 3) * DAY,
                pay_before: anchor + (14 - id as i64) * DAY,
                responsible_id: users(id),
                deal_id: deal.map(|d| d.id).unwrap_or(0),
                company_id: deal.and_then(|d| d.company_id).unwrap_or(0),
                rows: vec![(name.to_owned(), (1 + id % 4) as f64, price)],
            }
        })
        .collect();
    let mut requisites = Vec::new();
    let mut bank_details = Vec::new();
    for (i, company) in crm.of(COMPANY).iter().take(30).enumerate() {
        let id = i as u64 + 1;
        requisites.push(Requisite {
            id,
            entity_type_id: COMPANY,
            entity_id: company.id,
            preset_id: 1,
            name: "Organisation".into(),
            company_name: company.title.clone(),
            inn: digits(id, 10),
            kpp: digits(id + 500, 9),
            ogrn: digits(id + 900, 13),
            address: format!("{} Market Street, Springfield", 10 + id * 3),
        });
        let (bank, bik, swift) = BANKS[i % BANKS.len()];
        bank_details.push(BankDetail {
            id,
            requisite_id: id,
            name: "Main account".into(),
            bank_name: bank.into(),
            bik: bik.into(),
            account: format!("40702810{}", digits(id + 42, 12)),
            correspondent: format!("30101810{}", digits(id + 7, 12)),
            swift: swift.into(),
        });
    }
    CrmWorkData {
        orders,
        invoices,
        requisites,
        bank_details,
    }
}
