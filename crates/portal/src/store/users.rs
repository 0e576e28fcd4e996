//! The company: departments and employees of the demo portal.

use super::time::DAY;

/// A department of the company structure (`department.get`, `UF_DEPARTMENT`).
#[derive(Debug, Clone, PartialEq)]
pub struct Department {
    /// `ID`.
    pub id: u64,
    /// `NAME`.
    pub name: String,
    /// `PARENT` (`None` for the root).
    pub parent: Option<u64>,
    /// `UF_HEAD`: the head of the department.
    pub head: u64,
    /// `SORT`.
    pub sort: u32,
}

/// An employee (`user.get` row).
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// `ID`.
    pub id: u64,
    /// `NAME` (first name).
    pub name: String,
    /// `LAST_NAME`.
    pub last_name: String,
    /// `SECOND_NAME` (patronymic; empty for most).
    pub second_name: String,
    /// `EMAIL`.
    pub email: String,
    /// `WORK_POSITION`.
    pub position: String,
    /// `UF_DEPARTMENT`.
    pub departments: Vec<u64>,
    /// `ACTIVE` (fired employees stay in the list, inactive).
    pub active: bool,
    /// Whether `PERSONAL_PHOTO` points at an avatar (one user deliberately has none).
    pub has_photo: bool,
    /// `PERSONAL_GENDER`: `M`, `F` or empty.
    pub gender: &'static str,
    /// Portal administrator.
    pub is_admin: bool,
    /// `WORK_PHONE`.
    pub work_phone: String,
    /// `PERSONAL_MOBILE`.
    pub mobile: String,
    /// `DATE_REGISTER` (Unix time).
    pub registered: i64,
    /// `LAST_LOGIN` (Unix time).
    pub last_login: i64,
    /// `IS_ONLINE`.
    pub online: bool,
}

impl User {
    /// "First Last", the way tasks and pickers show a user.
    pub fn full_name(&self) -> String {
        match (self.name.is_empty(), self.last_name.is_empty()) {
            (false, false) => format!("{} {}", self.name, self.last_name),
            (false, true) => self.name.clone(),
            (true, false) => self.last_name.clone(),
            (true, true) => self.email.clone(),
        }
    }

    /// Up to two initials for the avatar image.
    pub fn initials(&self) -> String {
        let mut out: String = self.name.chars().take(1).collect();
        out.extend(self.last_name.chars().take(1));
        if out.is_empty() {
            out.push('?');
        }
        out.to_uppercase()
    }
}

/// Department table: (id, name, parent, head).
const DEPARTMENTS: &[(u64, &str, Option<u64>, u64)] = &[
    (1, "Acme Corporation", None, 1),
    (2, "Sales", Some(1), 2),
    (3, "Marketing", Some(1), 6),
    (4, "Development", Some(1), 9),
    (5, "Customer Support", Some(1), 14),
    (6, "Accounting", Some(1), 17),
];

/// Staff table: (first, last, second, position, department, gender, email local part).
/// Mixed languages on purpose, incl. Cyrillic and a very long name.
const STAFF: &[(&str, &str, &str, &str, u64, &str, &str)] = &[
    (
        "Alex",
        "Morgan",
        "",
        "Chief Executive Officer",
        1,
        "M",
        "alex.morgan",
    ),
    (
        "Maria",
        "Johnson",
        "",
        "Head of Sales",
        2,
        "F",
        "maria.johnson",
    ),
    (
        "Дмитрий",
        "Иванов",
        "Сергеевич",
        "Менеджер по продажам",
        2,
        "M",
        "d.ivanov",
    ),
    (
        "Sophie",
        "Müller",
        "",
        "Sales Manager",
        2,
        "F",
        "sophie.mueller",
    ),
    (
        "James",
        "O'Connor",
        "",
        "Account Executive",
        2,
        "M",
        "james.oconnor",
    ),
    (
        "Emily",
        "Chen",
        "",
        "Marketing Director",
        3,
        "F",
        "emily.chen",
    ),
    (
        "Lucas",
        "Silva",
        "",
        "Content Strategist",
        3,
        "M",
        "lucas.silva",
    ),
    (
        "Анна",
        "Смирнова",
        "Игоревна",
        "SMM-специалист",
        3,
        "F",
        "a.smirnova",
    ),
    ("Daniel", "Kowalski", "", "CTO", 4, "M", "daniel.kowalski"),
    (
        "Priya",
        "Natarajan",
        "",
        "Senior Rust Engineer",
        4,
        "F",
        "priya.natarajan",
    ),
    (
        "Tom",
        "Becker",
        "",
        "Frontend Developer",
        4,
        "M",
        "tom.becker",
    ),
    (
        "Ольга",
        "Кузнецова",
        "",
        "QA Engineer",
        4,
        "F",
        "o.kuznetsova",
    ),
    (
        "Hiroshi",
        "Tanaka",
        "",
        "DevOps Engineer",
        4,
        "M",
        "hiroshi.tanaka",
    ),
    (
        "Laura",
        "Rossi",
        "",
        "Support Team Lead",
        5,
        "F",
        "laura.rossi",
    ),
    (
        "Ahmed",
        "Hassan",
        "",
        "Support Specialist",
        5,
        "M",
        "ahmed.hassan",
    ),
    (
        "Maximilian-Alexander",
        "von Hohenzollern-Sigmaringen",
        "",
        "Key Account Manager for Strategic Enterprise Customers in the DACH Region",
        2,
        "M",
        "max.vonhohenzollern",
    ),
    (
        "Grace",
        "Okafor",
        "",
        "Chief Accountant",
        6,
        "F",
        "grace.okafor",
    ),
    (
        "Pierre",
        "Dubois",
        "",
        "Accountant",
        6,
        "M",
        "pierre.dubois",
    ),
    (
        "Сергей",
        "Петров",
        "",
        "Инженер поддержки",
        5,
        "M",
        "s.petrov",
    ),
    (
        "Nina",
        "Larsen",
        "",
        "Former Sales Manager",
        2,
        "F",
        "nina.larsen",
    ),
];

/// The user without a photo (edge case: tasks show the default avatar path).
pub const USER_WITHOUT_PHOTO: u64 = 7;
/// The user who left the company (`ACTIVE: false`).
pub const INACTIVE_USER: u64 = 20;

/// The seeded departments.
pub fn seed_departments() -> Vec<Department> {
    DEPARTMENTS
        .iter()
        .enumerate()
        .map(|(i, &(id, name, parent, head))| Department {
            id,
            name: name.to_owned(),
            parent,
            head,
            sort: 500 + i as u32 * 10,
        })
        .collect()
}

/// The seeded employees, ids 1..=20; user 1 is the administrator the app runs as.
pub fn seed_users(anchor: i64) -> Vec<User> {
    STAFF
        .iter()
        .enumerate()
        .map(|(i, &(name, last, second, position, dept, gender, mail))| {
            let id = i as u64 + 1;
            User {
                id,
                name: name.to_owned(),
                last_name: last.to_owned(),
                second_name: second.to_owned(),
                email: format!("{mail}@acme.example"),
                position: position.to_owned(),
                departments: vec![dept],
                active: id != INACTIVE_USER,
                has_photo: id != USER_WITHOUT_PHOTO,
                gender,
                is_admin: id == 1 || id == 9,
                work_phone: format!("+1 555 010 {:04}", 1000 + id * 7),
                mobile: if id % 3 == 0 {
                    String::new()
                } else {
                    format!("+1 555 020 {:04}", 2000 + id * 13)
                },
                registered: anchor - (900 - id as i64 * 30) * DAY,
                last_login: anchor - (id as i64 % 5) * DAY + 9 * 3600,
                online: id % 4 == 1,
            }
        })
        .collect()
}
