//! The seeded demo records: companies, contacts, leads, deals, quotes, smart invoices, smart
//! processes and activities.

use super::reference::*;
use super::Semantics::{Process, Success};
use super::*;
use crate::store::prng::Prng;
use crate::store::time::{portal_midnight, DAY, HOUR};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const COMPANY_ROOTS: &[&str] = &[
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Cyberdyne",
    "Tyrell",
    "Wonka",
    "Aperture",
    "Gringotts",
    "Oscorp",
    "Massive Dynamic",
    "Blue Sun",
    "Monarch",
    "Pied Piper",
    "Dunder Mifflin",
];
const COMPANY_SUFFIXES: &[&str] = &[
    "Ltd",
    "Inc.",
    "GmbH",
    "LLC",
    "S.A.",
    "Group",
    "Holdings",
    "Logistics",
    "Software",
    "Consulting",
];
const CYRILLIC_COMPANIES: &[&str] = &[
    "ООО «Ромашка»",
    "АО «Северсталь-Сервис»",
    "ИП Кузнецов А. В.",
];
const FIRST_NAMES: &[&str] = &[
    "John",
    "Anna",
    "Michael",
    "Olga",
    "David",
    "Elena",
    "Robert",
    "Yuki",
    "Carlos",
    "Fatima",
    "Peter",
    "Ingrid",
    "Mohammed",
    "Chloe",
    "Ivan",
    "Zoe",
    "Liam",
    "Светлана",
    "Алексей",
    "Мария",
];
const LAST_NAMES: &[&str] = &[
    "Smith",
    "Garcia",
    "Müller",
    "Ivanova",
    "Brown",
    "Nakamura",
    "Rossi",
    "Novak",
    "Andersson",
    "Dubois",
    "Wilson",
    "Petrov",
    "Kim",
    "Haddad",
    "O'Neil",
    "Соколов",
    "Морозова",
    "Lee",
    "Schmidt",
    "Costa",
];
const POSTS: &[&str] = &[
    "CEO",
    "Procurement Manager",
    "CFO",
    "Head of IT",
    "Office Manager",
    "Project Manager",
    "Главный инженер",
];
const DEAL_TITLES: &[&str] = &[
    "{co}: annual license",
    "{co}: implementation",
    "Website redesign for {co}",
    "{co} — support contract",
    "CRM rollout ({co})",
    "Hardware supply: {co}",
    "{co} consulting hours",
    "Renewal 2027 — {co}",
];
const LEAD_TITLES: &[&str] = &[
    "Inquiry from website",
    "Call back request",
    "Trade show contact",
    "Pricing question",
    "Demo request",
    "Partnership proposal",
];
/// A demo smart process: its type, pipeline, stages and how its items are made.
pub(super) struct SmartProcessDef {
    pub(super) entity_type_id: u32,
    /// The type's own id (`crm.type.list` `id`, the `<id>` in `UF_CRM_<id>_…`).
    pub(super) type_id: u32,
    pub(super) title: &'static str,
    pub(super) code: &'static str,
    pub(super) category_id: u32,
    pub(super) stages: &'static [StageDef],
    pub(super) weights: &'static [u64],
    pub(super) count: u64,
    pub(super) titles: &'static [&'static str],
    pub(super) assignees: &'static [u64],
    /// (custom field, value prefix): e.g. `PRJ-` makes `PRJ-0101`.
    pub(super) uf: (&'static str, &'static str),
}

pub(super) const SMART_PROCESSES: [SmartProcessDef; 3] = [
    SmartProcessDef {
        entity_type_id: PROJECTS,
        type_id: 1,
        title: "Projects",
        code: "projects",
        category_id: 3,
        stages: PROJECT_STAGES,
        weights: &[20, 20, 35, 15, 10],
        count: 40,
        titles: &[
            "Onboarding",
            "Data migration",
            "Integration",
            "Staff training",
            "Security audit",
        ],
        assignees: &[9, 10, 11, 13, 2],
        uf: ("UF_CRM_1_1700000000101", "PRJ-"),
    },
    SmartProcessDef {
        entity_type_id: CONTRACTS,
        type_id: 2,
        title: "Contracts",
        code: "contracts",
        category_id: 4,
        stages: CONTRACT_STAGES,
        weights: &[30, 30, 30, 10],
        count: 15,
        titles: &[
            "Service agreement",
            "NDA",
            "Supply contract",
            "Договор поставки",
        ],
        assignees: &[2, 17, 18],
        uf: ("UF_CRM_2_1700000000201", "CT-"),
    },
    SmartProcessDef {
        entity_type_id: SERVICE_REQUESTS,
        type_id: 3,
        title: "Service requests",
        code: "service_requests",
        category_id: 5,
        stages: SERVICE_REQUEST_STAGES,
        weights: &[20, 30, 40, 10],
        count: SERVICE_REQUEST_COUNT,
        titles: &[
            "Printer jam",
            "VPN access",
            "New laptop",
            "Password reset",
            "Заявка на ремонт",
        ],
        assignees: &[9, 10, 11],
        uf: ("UF_CRM_3_1700000000301", "SR-"),
    },
];
const COMMENTS: &[&str] = &[
    "",
    "[B]Important:[/B] call before noon.",
    "Client asked for a discount of 5%.",
    "Needs approval from the CFO & legal.",
    "Клиент просит перезвонить после праздников.",
];
/// Sales people: the users deals, leads, contacts and companies are assigned to (incl. the one who left).
pub const SALES_USERS: &[u64] = &[2, 3, 4, 5, 16, 20];

fn weighted<'a>(rng: &mut Prng, stages: &'a [StageDef], weights: &[u64]) -> &'a StageDef {
    let total: u64 = weights.iter().sum();
    let mut roll = rng.below(total);
    for (stage, w) in stages.iter().zip(weights) {
        if roll < *w {
            return stage;
        }
        roll -= w;
    }
    &stages[0]
}

fn phone(rng: &mut Prng) -> String {
    format!(
        "+{} {:03} {:03} {:04}",
        rng.pick(&[1u32, 44, 49, 7, 33]),
        rng.range(200, 999),
        rng.range(100, 999),
        rng.range(0, 9999)
    )
}

fn mail_slug(s: &str) -> String {
    let ascii: String = s
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if ascii.is_empty() {
        "client".into()
    } else {
        ascii
    }
}

struct Seeder<'a> {
    rng: &'a mut Prng,
    anchor: i64,
    next_fm: u64,
}

impl Seeder<'_> {
    fn created(&mut self, max_days: i64) -> i64 {
        self.anchor - self.rng.range(1, max_days) * DAY
            + self.rng.range(8, 19) * HOUR
            + self.rng.range(0, 59) * 60
    }

    fn fm(&mut self, type_id: &'static str, value_type: &'static str, value: String) -> MultiField {
        self.next_fm += 1;
        MultiField {
            id: self.next_fm,
            type_id,
            value_type,
            value,
        }
    }

    fn touch(&mut self, r: &mut CrmRecord) {
        r.updated = r.created + self.rng.range(0, 20) * DAY;
        r.updated = r.updated.min(self.anchor);
        r.moved = r.updated;
        r.last_activity = r.updated;
        r.updated_by = r.assigned_by_id;
        r.moved_by = r.assigned_by_id;
    }
}

/// Seeds every CRM table. `anchor` is "today, 00:00 portal time".
pub fn seed(rng: &mut Prng, anchor: i64) -> CrmData {
    let mut s = Seeder {
        rng,
        anchor,
        next_fm: 100,
    };
    let mut records = BTreeMap::new();

    let companies = seed_companies(&mut s);
    let contacts = seed_contacts(&mut s, &companies);
    let leads = seed_leads(&mut s);
    let deals = seed_deals(&mut s, &companies, &contacts);
    let quotes = seed_linked(&mut s, QUOTE, 40, &deals);
    let invoices = seed_linked(&mut s, SMART_INVOICE, 30, &deals);
    let smart: Vec<(u32, Vec<CrmRecord>)> = SMART_PROCESSES
        .iter()
        .map(|sp| {
            (
                sp.entity_type_id,
                seed_smart_process(&mut s, sp, &companies, &deals),
            )
        })
        .collect();
    let activities = seed_activities(&mut s, &deals, &contacts);

    records.insert(COMPANY, companies);
    records.insert(CONTACT, contacts);
    records.insert(LEAD, leads);
    records.insert(DEAL, deals);
    records.insert(QUOTE, quotes);
    records.insert(SMART_INVOICE, invoices);
    records.extend(smart);

    CrmData {
        records,
        activities,
        statuses: seed_statuses(),
        categories: vec![
            Category {
                id: 0,
                entity_type_id: DEAL,
                name: "General".into(),
                sort: 100,
                is_default: true,
            },
            Category {
                id: 1,
                entity_type_id: DEAL,
                name: "Partners".into(),
                sort: 200,
                is_default: false,
            },
            Category {
                id: 2,
                entity_type_id: SMART_INVOICE,
                name: "Invoices".into(),
                sort: 100,
                is_default: true,
            },
        ]
        .into_iter()
        .chain(SMART_PROCESSES.iter().map(|sp| Category {
            id: sp.category_id,
            entity_type_id: sp.entity_type_id,
            name: "Default".into(),
            sort: 100,
            is_default: true,
        }))
        .collect(),
        types: SMART_PROCESSES
            .iter()
            .map(|sp| CrmType {
                id: sp.type_id,
                entity_type_id: sp.entity_type_id,
                title: sp.title.into(),
                code: sp.code.into(),
                created: anchor - 400 * DAY,
            })
            .collect(),
        currencies: seed_currencies(),
    }
}

fn seed_companies(s: &mut Seeder) -> Vec<CrmRecord> {
    let types = [
        "CUSTOMER",
        "CUSTOMER",
        "CUSTOMER",
        "PARTNER",
        "SUPPLIER",
        "COMPETITOR",
        "OTHER",
    ];
    let industries = [
        "IT",
        "TELECOM",
        "MANUFACTURING",
        "BANKING",
        "CONSULTING",
        "DELIVERY",
        "OTHER",
    ];
    (1..=60u64)
        .map(|id| {
            let created = s.created(700);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(COMPANY, id, created, user);
            r.title = if id == 1 {
                "Acme Corporation".into()
            } else if id % 20 == 0 {
                CYRILLIC_COMPANIES[(id / 20 - 1) as usize % CYRILLIC_COMPANIES.len()].into()
            } else {
                format!(
                    "{} {}",
                    COMPANY_ROOTS[id as usize % 20],
                    COMPANY_SUFFIXES[(id as usize / 20 + id as usize * 3) % 10]
                )
            };
            r.is_my_company = id == 1;
            r.type_id = Some((*s.rng.pick(&types)).into());
            r.industry = Some((*s.rng.pick(&industries)).into());
            r.employees = Some(format!("EMPLOYEES_{}", s.rng.range(1, 4)));
            r.revenue = (s.rng.range(1, 500) * 10_000) as f64;
            r.currency_id = (*s.rng.pick(&["USD", "USD", "EUR", "RUB"])).into();
            r.comments = (*s.rng.pick(COMMENTS)).into();
            let domain = format!("{}.example", mail_slug(&r.title));
            let p = phone(s.rng);
            r.fm = vec![
                s.fm("PHONE", "WORK", p),
                s.fm("EMAIL", "WORK", format!("info@{domain}")),
                s.fm("WEB", "WORK", format!("https://{domain}")),
            ];
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_contacts(s: &mut Seeder, companies: &[CrmRecord]) -> Vec<CrmRecord> {
    let types = ["CLIENT", "CLIENT", "SUPPLIER", "PARTNER", "OTHER"];
    (1..=120u64)
        .map(|id| {
            let created = s.created(600);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(CONTACT, id, created, user);
            r.name = (*s.rng.pick(FIRST_NAMES)).into();
            r.last_name = (*s.rng.pick(LAST_NAMES)).into();
            r.post = (*s.rng.pick(POSTS)).into();
            r.type_id = Some((*s.rng.pick(&types)).into());
            r.source_id = Some(
                (*s.rng
                    .pick(&["CALL", "EMAIL", "WEB", "RECOMMENDATION", "TRADE_SHOW"]))
                .into(),
            );
            r.company_id = if s.rng.chance(85) {
                Some(companies[1 + s.rng.below(59) as usize].id)
            } else {
                None
            };
            if s.rng.chance(60) {
                r.birthdate = Some(
                    crate::store::time::days_from_civil(
                        s.rng.range(1960, 2000),
                        s.rng.range(1, 12) as u32,
                        s.rng.range(1, 28) as u32,
                    ) * DAY,
                );
            }
            let mail = format!(
                "{}.{}{}@mail.example",
                mail_slug(&r.name),
                mail_slug(&r.last_name),
                id
            );
            let p = phone(s.rng);
            r.fm = vec![
                s.fm("PHONE", if id % 2 == 0 { "MOBILE" } else { "WORK" }, p),
                s.fm("EMAIL", "WORK", mail),
            ];
            if id % 9 == 0 {
                let extra = phone(s.rng);
                r.fm.push(s.fm("PHONE", "HOME", extra));
            }
            r.comments = (*s.rng.pick(COMMENTS)).into();
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_leads(s: &mut Seeder) -> Vec<CrmRecord> {
    (1..=80u64)
        .map(|id| {
            let created = s.created(200);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(LEAD, id, created, user);
            r.title = format!("{} #{id}", s.rng.pick(LEAD_TITLES));
            r.name = (*s.rng.pick(FIRST_NAMES)).into();
            r.last_name = (*s.rng.pick(LAST_NAMES)).into();
            r.post = (*s.rng.pick(POSTS)).into();
            r.company_title = format!(
                "{} {}",
                s.rng.pick(COMPANY_ROOTS),
                s.rng.pick(COMPANY_SUFFIXES)
            );
            let stage = weighted(s.rng, LEAD_STATUSES, &[30, 30, 15, 15, 10]);
            r.stage_id = Some(stage.0.into());
            r.source_id = Some(
                (*s.rng
                    .pick(&["CALL", "EMAIL", "WEB", "ADVERTISING", "WEBFORM", "CALLBACK"]))
                .into(),
            );
            r.opportunity = (s.rng.range(0, 200) * 100) as f64;
            r.currency_id = (*s.rng.pick(&["USD", "EUR", "RUB"])).into();
            let mail = format!("{}{}@lead.example", mail_slug(&r.last_name), id);
            let p = phone(s.rng);
            r.fm = vec![s.fm("PHONE", "WORK", p), s.fm("EMAIL", "WORK", mail)];
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_deals(s: &mut Seeder, companies: &[CrmRecord], contacts: &[CrmRecord]) -> Vec<CrmRecord> {
    (1..=150u64)
        .map(|id| {
            let created = s.created(365);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(DEAL, id, created, user);
            let partner = s.rng.chance(33);
            let stage = if partner {
                weighted(s.rng, PARTNER_DEAL_STAGES, &[25, 25, 20, 20, 10])
            } else {
                weighted(s.rng, DEAL_STAGES, &[20, 15, 10, 15, 10, 15, 10, 5])
            };
            r.category_id = Some(u32::from(partner));
            r.stage_id = Some(stage.0.into());
            r.closed = stage.3 != Process;
            r.type_id = Some((*s.rng.pick(&["SALE", "SALE", "COMPLEX", "GOODS", "SERVICES"])).into());
            r.probability = Some(match stage.3 {
                Process => s.rng.range(1, 9) as u32 * 10,
                Success => 100,
                _ => 0,
            });
            let company = &companies[1 + s.rng.below(59) as usize];
            r.company_id = Some(company.id);
            let of_company: Vec<u64> = contacts.iter().filter(|c| c.company_id == Some(company.id)).map(|c| c.id).collect();
            r.contact_ids = if of_company.is_empty() || s.rng.chance(15) {
                vec![contacts[s.rng.below(contacts.len() as u64) as usize].id]
            } else {
                of_company.into_iter().take(1 + s.rng.below(2) as usize).collect()
            };
            r.title = s.rng.pick(DEAL_TITLES).replace("{co}", &company.title);
            r.opportunity = (s.rng.range(5, 2_000) * 50) as f64;
            r.currency_id = (*s.rng.pick(&["USD", "USD", "EUR", "RUB"])).into();
            if r.currency_id == "RUB" {
                r.opportunity *= 90.0;
            }
            r.tax_value = (r.opportunity * 0.2 * 100.0).round() / 100.0;
            r.is_manual_opportunity = s.rng.chance(50);
            r.source_id = Some((*s.rng.pick(&["CALL", "EMAIL", "WEB", "PARTNER", "RECOMMENDATION"])).into());
            let begin = portal_midnight(created);
            r.begindate = Some(begin);
            r.closedate = Some(begin + s.rng.range(7, 120) * DAY);
            r.comments = (*s.rng.pick(COMMENTS)).into();
            r.observers = if s.rng.chance(30) { vec![1] } else { Vec::new() };
            r.mycompany_id = Some(1);
            r.uf.insert(
                "UF_CRM_1700000000001".into(),
                if s.rng.chance(70) { json!(format!("{} Main St, Springfield", s.rng.range(1, 999))) } else { Value::Null },
            );
            r.uf.insert("UF_CRM_1700000000002".into(), json!(s.rng.range(0, 15)));
            s.touch(&mut r);
            match id {
                DEAL_WITH_SCRIPT_TITLE => r.title = "Website redesign <script>alert('xss')</script> & \"quotes\"".into(),
                DEAL_WITHOUT_CLIENT => {
                    r.title = "Walk-in customer, no contact data".into();
                    r.company_id = None;
                    r.contact_ids.clear();
                }
                DEAL_WITH_LONG_TITLE => {
                    r.title = "Framework agreement for the supply, installation, configuration, staff training and three years of \
                               premium support of the distributed warehouse management system across all regional branches \
                               including the new logistics hub"
                        .into()
                }
                21 => r.title = "Поставка оборудования для ООО «Ромашка» — этап 2".into(),
                _ => {}
            }
            r
        })
        .collect()
}

/// Quotes and smart invoices: each belongs to a deal and takes its client from it.
fn seed_linked(
    s: &mut Seeder,
    entity_type_id: u32,
    count: u64,
    deals: &[CrmRecord],
) -> Vec<CrmRecord> {
    (1..=count)
        .map(|id| {
            let deal = &deals[s.rng.below(deals.len() as u64) as usize];
            let created = (deal.created + s.rng.range(1, 30) * DAY).min(s.anchor - HOUR);
            let mut r = CrmRecord::blank(entity_type_id, id, created, deal.assigned_by_id);
            r.deal_id = Some(deal.id);
            r.company_id = deal.company_id;
            r.contact_ids = deal.contact_ids.clone();
            r.currency_id = deal.currency_id.clone();
            r.opportunity = (deal.opportunity * (0.5 + s.rng.below(50) as f64 / 100.0)).round();
            r.mycompany_id = Some(1);
            let begin = portal_midnight(created);
            r.begindate = Some(begin);
            r.closedate = Some(begin + s.rng.range(10, 45) * DAY);
            if entity_type_id == QUOTE {
                let st = weighted(s.rng, QUOTE_STATUSES, &[25, 25, 20, 20, 10]);
                r.stage_id = Some(st.0.into());
                r.closed = st.3 != Process;
                r.number = Some(format!("Q-{:05}", 1000 + id));
                r.title = format!(
                    "Commercial offer {}",
                    r.number.as_deref().unwrap_or_default()
                );
            } else {
                let st = weighted(s.rng, INVOICE_STAGES, &[25, 30, 35, 10]);
                r.category_id = Some(2);
                r.stage_id = Some(st.0.into());
                r.number = Some(format!("INV-{:05}", 2000 + id));
                r.title = format!("Invoice {}", r.number.as_deref().unwrap_or_default());
            }
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_smart_process(
    s: &mut Seeder,
    sp: &SmartProcessDef,
    companies: &[CrmRecord],
    deals: &[CrmRecord],
) -> Vec<CrmRecord> {
    (1..=sp.count)
        .map(|id| {
            let created = s.created(300);
            let user = *s.rng.pick(sp.assignees);
            let mut r = CrmRecord::blank(sp.entity_type_id, id, created, user);
            let company = &companies[1 + s.rng.below(59) as usize];
            r.company_id = Some(company.id);
            r.title = format!("{} — {}", s.rng.pick(sp.titles), company.title);
            r.category_id = Some(sp.category_id);
            r.stage_id = Some(weighted(s.rng, sp.stages, sp.weights).0.into());
            r.deal_id = deals
                .iter()
                .find(|d| d.company_id == Some(company.id))
                .map(|d| d.id);
            r.opportunity = (s.rng.range(10, 400) * 100) as f64;
            let begin = portal_midnight(created);
            r.begindate = Some(begin);
            r.closedate = Some(begin + s.rng.range(30, 180) * DAY);
            r.observers = vec![9];
            r.uf.insert(sp.uf.0.into(), json!(format!("{}{:04}", sp.uf.1, 100 + id)));
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_activities(s: &mut Seeder, deals: &[CrmRecord], contacts: &[CrmRecord]) -> Vec<Activity> {
    let mut out = Vec::new();
    for deal in deals.iter().take(100) {
        for _ in 0..s.rng.below(4) {
            let kind = s.rng.below(4);
            let (type_id, provider_id, provider_type_id, direction) = match kind {
                0 => (1, "CRM_MEETING", "MEETING", 0),
                1 => (2, "VOXIMPLANT_CALL", "CALL", 1 + s.rng.below(2) as u32),
                2 => (4, "CRM_EMAIL", "EMAIL", 2),
                _ => (6, "CRM_TODO", "TODO", 0),
            };
            let contact = deal
                .contact_ids
                .first()
                .and_then(|id| contacts.iter().find(|c| c.id == *id));
            let who = contact
                .map(CrmRecord::person_name)
                .unwrap_or_else(|| "client".into());
            let subject = match kind {
                0 => format!("Meeting: {}", deal.title),
                1 => format!("Call with {who}"),
                2 => "Commercial proposal sent".to_owned(),
                _ => format!("Follow up with {who}"),
            };
            let start = s.anchor + s.rng.range(-20, 14) * DAY + s.rng.range(9, 17) * HOUR;
            let id = out.len() as u64 + 1;
            out.push(Activity {
                id,
                owner_type_id: DEAL,
                owner_id: deal.id,
                type_id,
                provider_id,
                provider_type_id,
                subject,
                description: if kind == 2 {
                    "Please find the proposal attached.".into()
                } else {
                    String::new()
                },
                start,
                end: start + HOUR,
                deadline: start + HOUR,
                completed: start < s.anchor && s.rng.chance(80),
                responsible_id: deal.assigned_by_id,
                direction,
                priority: 1 + s.rng.below(3) as u32,
                created: start - 3 * DAY,
                updated: start - DAY,
            });
        }
    }
    out
}
