//! The emulated portal's data: one seeded, in-memory, thread-safe store behind the fake REST API and
//! the host page.
//!
//! Everything is generated from a fixed seed ([`Store::seeded`]) so the demo data is the same on every
//! start; dates are placed relative to "today" so deadlines and calendars always look current.
//! Readers and writers go through [`Store::read`] / [`Store::write`] (an `RwLock`).

pub mod app;
pub mod calendar;
pub mod crm;
pub mod crm_work;
pub mod im;
pub mod landing;
pub mod prng;
pub mod tasks;
pub mod telephony;
pub mod time;
pub mod users;

use serde_json::{Map, Value};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The seed of the demo data. Changing it changes every generated name and amount.
const SEED: u64 = 0x0B17_2024_DE30_0001;
/// The user the app runs as (an administrator).
pub const CURRENT_USER: u64 = 1;
/// Where avatars are served when the host has not told the store its origin yet.
const DEFAULT_ORIGIN: &str = "http://localhost:9000";

/// Every table of the emulated portal.
#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    /// "Today, 00:00 portal time" at seeding: every generated date is relative to it.
    pub anchor: i64,
    /// The user REST calls run as.
    pub current_user_id: u64,
    /// The portal's `member_id` (32 hex, stable).
    pub member_id: String,
    /// Company structure.
    pub departments: Vec<users::Department>,
    /// Employees, ids 1..=20.
    pub users: Vec<users::User>,
    /// CRM tables.
    pub crm: crm::CrmData,
    /// Orders, old invoices, requisites and bank details (the CRM work widgets).
    pub crm_work: crm_work::CrmWorkData,
    /// Workgroups, tasks, checklists.
    pub work: tasks::WorkData,
    /// Calendar events.
    pub calendar: Vec<calendar::CalendarEvent>,
    /// The app's own options and registrations.
    pub app: app::AppData,
    /// Chats and messages (messenger widgets).
    pub im: im::ImData,
    /// The call log and registered external calls (call card, telephony report).
    pub telephony: telephony::TelephonyData,
    /// Sites, pages and blocks (landing widgets).
    pub landing: landing::LandingData,
}

impl Data {
    /// Generates the demo data around `anchor` ("today, 00:00 portal time").
    pub fn generate(anchor: i64) -> Self {
        let mut rng = prng::Prng::new(SEED);
        let member_id = rng.hex32();
        let users = users::seed_users(anchor);
        let crm = crm::seed(&mut rng, anchor);
        let deals = crm.of(crm::DEAL).len() as u64;
        let work = tasks::seed(&mut rng, anchor, deals);
        let calendar = calendar::seed(&mut rng, anchor);
        let im = im::seed(
            anchor,
            &record_title(&crm, crm::DEAL, im::CRM_CHAT_DEAL),
            &task_title(&work, im::TASK_CHAT_TASK),
        );
        let crm_work = crm_work::seed(&crm, anchor);
        Data {
            anchor,
            current_user_id: CURRENT_USER,
            member_id,
            departments: users::seed_departments(),
            users,
            crm,
            crm_work,
            work,
            calendar,
            app: app::AppData::installed(),
            im,
            // Its own generator: adding calls changes none of the other demo data.
            telephony: telephony::seed(&mut prng::Prng::new(SEED ^ 0x7e1e), anchor, 80),
            landing: landing::seed(),
        }
    }

    /// A user by id.
    pub fn user(&self, id: u64) -> Option<&users::User> {
        self.users.iter().find(|u| u.id == id)
    }
}

/// The title of a seeded CRM record (empty when absent).
fn record_title(crm: &crm::CrmData, entity_type_id: u32, id: u64) -> String {
    crm.of(entity_type_id)
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.title.clone())
        .unwrap_or_default()
}

/// The title of a seeded task (empty when absent).
fn task_title(work: &tasks::WorkData, id: u64) -> String {
    work.tasks
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// The seeded in-memory portal. Thread-safe; share it in an `Arc`.
#[derive(Debug)]
pub struct Store {
    data: RwLock<Data>,
    origin: RwLock<String>,
}

impl Store {
    /// The demo portal, with dates around today.
    pub fn seeded() -> Store {
        Store::seeded_at(time::portal_midnight(time::now_secs()))
    }

    /// The demo portal with dates around a given "today, 00:00" (for reproducible tests).
    pub fn seeded_at(anchor: i64) -> Store {
        Store {
            data: RwLock::new(Data::generate(anchor)),
            origin: RwLock::new(DEFAULT_ORIGIN.into()),
        }
    }

    /// Shared read access to every table.
    pub fn read(&self) -> RwLockReadGuard<'_, Data> {
        self.data.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Exclusive write access to every table.
    pub fn write(&self) -> RwLockWriteGuard<'_, Data> {
        self.data.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the store the portal's public origin (e.g. `http://localhost:9000`), used for absolute URLs
    /// such as users' `PERSONAL_PHOTO`. Called by the host at start-up.
    pub fn set_public_origin(&self, origin: &str) {
        *self.origin.write().unwrap_or_else(|e| e.into_inner()) =
            origin.trim_end_matches('/').to_owned();
    }

    /// The portal's public origin, without a trailing slash.
    pub fn public_origin(&self) -> String {
        self.origin
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Absolute URL of a user's avatar image (served by the REST router).
    pub fn avatar_url(&self, user_id: u64) -> String {
        format!("{}/emulator/avatar/{user_id}.svg", self.public_origin())
    }

    /// The user the app runs as.
    pub fn current_user_id(&self) -> u64 {
        self.read().current_user_id
    }

    /// `USER_OPTIONS` of the current user (for `getInitData`).
    pub fn user_options(&self) -> Map<String, Value> {
        self.read().app.user_options.clone()
    }

    /// Stores one user option (`setUserOption`, `user.option.set`).
    pub fn set_user_option(&self, name: &str, value: Value) {
        self.write().app.user_options.insert(name.to_owned(), value);
    }

    /// `APP_OPTIONS` (for `getInitData`).
    pub fn app_options(&self) -> Map<String, Value> {
        self.read().app.app_options.clone()
    }

    /// Stores one app option (`setAppOption`, `app.option.set`).
    pub fn set_app_option(&self, name: &str, value: Value) {
        self.write().app.app_options.insert(name.to_owned(), value);
    }

    /// Whether the app's installation has finished.
    pub fn is_installed(&self) -> bool {
        self.read().app.installed
    }

    /// Forgets everything the app did in the portal (options, bindings, field types, connectors, site
    /// placements, events): a portal the app was never installed on (`installed` false, `--fresh`) or
    /// one where it was just installed and has bound nothing yet (`installed` true).
    pub fn reset_app(&self, installed: bool) {
        let mut d = self.write();
        d.app = app::AppData {
            installed,
            ..app::AppData::default()
        };
        // The connector data is the app's too.
        d.im.connector_data.clear();
    }

    /// Marks the installation finished or not (`setInstallFinish`).
    pub fn set_installed(&self, installed: bool) {
        self.write().app.installed = installed;
    }

    /// The portal's `member_id`: 32 lowercase hex characters, the same on every start.
    pub fn member_id(&self) -> String {
        self.read().member_id.clone()
    }

    /// Every placement code the app registered for everyone or for the current user, sorted, each once:
    /// `placement.bind` codes, `USERFIELD_TYPE` once a field type exists, `SETTING_CONNECTOR` once a
    /// connector is registered, and the `landing.repo.bind` codes. What a portal would show the app in.
    pub fn registered_codes(&self) -> Vec<String> {
        let d = self.read();
        let me = d.current_user_id.to_string();
        let mut codes: Vec<String> = d
            .app
            .placements
            .iter()
            .filter(|b| b["userId"] == "0" || b["userId"] == me.as_str())
            .chain(d.app.landing_placements.iter())
            .filter_map(|b| {
                b.get("placement")
                    .or_else(|| b.get("PLACEMENT"))
                    .and_then(Value::as_str)
                    .map(str::to_ascii_uppercase)
            })
            .collect();
        if !d.app.userfield_types.is_empty() {
            codes.push("USERFIELD_TYPE".into());
        }
        if !d.app.registered_connectors.is_empty() {
            codes.push("SETTING_CONNECTOR".into());
        }
        codes.sort();
        codes.dedup();
        codes
    }

    /// What `placement.bind` stored, in the `placement.get` shape (`placement`, `handler`, `title`, ...).
    pub fn placement_bindings(&self) -> Vec<Value> {
        self.read().app.placements.clone()
    }
}

impl Default for Store {
    fn default() -> Self {
        Store::seeded()
    }
}

#[cfg(test)]
mod tests;
