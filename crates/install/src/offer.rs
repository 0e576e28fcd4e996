//! What the app offers to put into a portal: one [`Offer`] per placement code it can serve, with the
//! area it belongs to, what it does there, how the portal registers it and the bind options it needs.
//!
//! The table is compact on purpose: the wasm app ships it (the install wizard and the settings page list
//! it), while the full placement catalogue stays out of the app. A native test checks the table against
//! the catalogue: every registrable code is either offered or listed in [`NOT_OFFERED`] with a reason,
//! and the registration kind and the option keys agree with what the portal declares.

/// Where in Bitrix24 a widget appears: the wizard groups its list by area, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// The app's own pages: the left menu item, app links, the background worker.
    App,
    /// CRM: element cards, lists, the timeline, documents, automation, analytics, search.
    Crm,
    /// Tasks: the task card, the task lists and their automation.
    Tasks,
    /// Workgroups and projects.
    Workgroups,
    /// Employee profiles.
    People,
    /// The calendar.
    Calendar,
    /// Telephony: the call card and call analytics.
    Telephony,
    /// The messenger (chats).
    Messenger,
    /// The contact center and open channels.
    ContactCenter,
    /// Custom CRM field types.
    Fields,
    /// Sites and stores (landing pages).
    Sites,
}

impl Area {
    /// Every area, in the wizard's order.
    pub const ALL: [Area; 11] = [
        Self::App,
        Self::Crm,
        Self::Tasks,
        Self::Workgroups,
        Self::People,
        Self::Calendar,
        Self::Telephony,
        Self::Messenger,
        Self::ContactCenter,
        Self::Fields,
        Self::Sites,
    ];

    /// A stable key for translations, CSS and tests (`crm`, `contact-center`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::App => "app",
            Self::Crm => "crm",
            Self::Tasks => "tasks",
            Self::Workgroups => "workgroups",
            Self::People => "people",
            Self::Calendar => "calendar",
            Self::Telephony => "telephony",
            Self::Messenger => "messenger",
            Self::ContactCenter => "contact-center",
            Self::Fields => "fields",
            Self::Sites => "sites",
        }
    }
}

/// What the widget does in its spot: the wizard shows one translated line per purpose, and the
/// portal's `TITLE`/`DESCRIPTION` of a binding are written from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// The app's full page in the left menu.
    AppPage,
    /// Opens the object a link to the app names (a CRM element, a task, a user).
    AppLink,
    /// Runs on every page without a frame, following calls for the call card.
    CallWatcher,
    /// A tab in a CRM element's card: the element with its people, stage and money.
    EntityOverview,
    /// A menu item on a CRM list row: acts on the chosen rows.
    RowAction,
    /// A report over a whole CRM list: count and sum per stage, conversion through the funnel.
    ListReport,
    /// A button in a CRM card's toolbar: the element's summary in a slider.
    CardAction,
    /// A CRM activity type: creates a to-do on the element.
    Activity,
    /// A timeline record's menu: works on that record.
    TimelineAction,
    /// Builds a printable document for the element.
    Document,
    /// The app's automation triggers, managed and tried from the CRM automation designer.
    AutomationTriggers,
    /// Finds CRM elements and company details for the search and the requisite form.
    Search,
    /// A report in the analytics section.
    Analytics,
    /// The task's summary in its card.
    TaskSummary,
    /// A workload report over a person's or a group's tasks.
    Workload,
    /// A workgroup's card: members, roles, open tasks.
    GroupCard,
    /// An employee's card: department, manager, contacts, open deals and tasks.
    EmployeeCard,
    /// A view of the calendar.
    CalendarView,
    /// Notes during a call, saved on the client's CRM element.
    CallNotes,
    /// A calls report.
    CallsReport,
    /// Reply templates above the chat's input.
    ChatTemplates,
    /// The chat's context in its sidebar: the CRM element or task it belongs to.
    ChatContext,
    /// Turns a message into a task or a CRM activity.
    MessageAction,
    /// The app as a page inside the messenger.
    MessengerPage,
    /// A contact-center tile that opens the connector's setup.
    ConnectorTile,
    /// The open-channel connector's settings.
    ConnectorSettings,
    /// A custom CRM field type: a star rating with a note.
    RatingField,
    /// Site settings.
    SiteSettings,
    /// Block settings in the site editor.
    BlockSettings,
}

impl Purpose {
    /// A stable key for translations and tests (`entity-overview`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AppPage => "app-page",
            Self::AppLink => "app-link",
            Self::CallWatcher => "call-watcher",
            Self::EntityOverview => "entity-overview",
            Self::RowAction => "row-action",
            Self::ListReport => "list-report",
            Self::CardAction => "card-action",
            Self::Activity => "activity",
            Self::TimelineAction => "timeline-action",
            Self::Document => "document",
            Self::AutomationTriggers => "automation-triggers",
            Self::Search => "search",
            Self::Analytics => "analytics",
            Self::TaskSummary => "task-summary",
            Self::Workload => "workload",
            Self::GroupCard => "group-card",
            Self::EmployeeCard => "employee-card",
            Self::CalendarView => "calendar-view",
            Self::CallNotes => "call-notes",
            Self::CallsReport => "calls-report",
            Self::ChatTemplates => "chat-templates",
            Self::ChatContext => "chat-context",
            Self::MessageAction => "message-action",
            Self::MessengerPage => "messenger-page",
            Self::ConnectorTile => "connector-tile",
            Self::ConnectorSettings => "connector-settings",
            Self::RatingField => "rating-field",
            Self::SiteSettings => "site-settings",
            Self::BlockSettings => "block-settings",
        }
    }
}

/// How the portal registers a widget: most codes with `placement.bind`, a few with a method of their
/// own module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Registration {
    /// `placement.bind` / `placement.unbind`, listed by `placement.get`.
    PlacementBind,
    /// `userfieldtype.add` / `userfieldtype.delete`, listed by `userfieldtype.list` (the placement is
    /// private: `placement.get` never shows it).
    UserFieldType,
    /// `landing.repo.bind` / `landing.repo.unbind` (scope `landing`).
    LandingRepo,
    /// `imconnector.register` / `imconnector.unregister` (scope `imopenlines`), which registers the
    /// connector together with its settings page.
    ImConnector,
}

/// The placeholder a smart-process family has in its code (`CRM_DYNAMIC_<id>_DETAIL_TAB`).
pub const SMART_PROCESS_PLACEHOLDER: &str = "<id>";

/// The `USER_TYPE_ID` of the app's custom field type (`userfieldtype.add`): lower-case Latin letters,
/// digits and `_`. Fields of this type are named `rest_<APP_ID>_rating` by the portal.
pub const USER_FIELD_TYPE_ID: &str = "rating";

/// The frame height (px) the portal gives the custom field before the app resizes it.
pub const USER_FIELD_HEIGHT: u32 = 60;

/// The open-channel connector id (`imconnector.register`): Latin letters, digits, `_` and `.`.
pub const CONNECTOR_ID: &str = "b24_widgets";

/// One widget the app can put into a portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    /// The placement code; smart-process families keep [`SMART_PROCESS_PLACEHOLDER`] and are offered
    /// once per smart process of the portal.
    pub code: &'static str,
    /// Where it appears, for grouping.
    pub area: Area,
    /// What it does there.
    pub purpose: Purpose,
    /// How it is registered.
    pub registration: Registration,
    /// Whether the first-run wizard preselects it.
    pub default_on: bool,
    /// The `OPTIONS` sent with `placement.bind` (only keys the placement declares: the portal drops
    /// the rest).
    pub bind_options: &'static [(&'static str, &'static str)],
}

impl Offer {
    /// Whether the code stands for one placement per smart process.
    pub fn is_smart_process_family(&self) -> bool {
        self.code.contains(SMART_PROCESS_PLACEHOLDER)
    }

    /// The offer for an exact catalogue code (placeholders included), if the app offers it.
    pub fn by_code(code: &str) -> Option<&'static Offer> {
        OFFERS.iter().find(|o| o.code == code)
    }
}

/// The messenger's panel above the input: an icon in the panel's palette, in every chat, for everyone
/// but extranet users; the panel as wide as the input and half the chat's height.
const IM_TEXTAREA_OPTIONS: &[(&str, &str)] = &[
    ("iconName", "fa-file-text-o"),
    ("extranet", "N"),
    ("context", "ALL"),
    ("role", "USER"),
    ("color", "AZURE"),
    ("width", "100"),
    ("height", "50"),
];

/// The chat sidebar: shown in CRM and open-line chats, where a chat has a context to show, and in
/// group chats; not to extranet users.
const IM_SIDEBAR_OPTIONS: &[(&str, &str)] = &[
    ("iconName", "fa-address-card-o"),
    ("extranet", "N"),
    ("context", "ALL"),
    ("role", "USER"),
    ("color", "AZURE"),
];

/// The messenger's navigation item.
const IM_NAVIGATION_OPTIONS: &[(&str, &str)] = &[
    ("iconName", "fa-th-large"),
    ("extranet", "N"),
    ("role", "USER"),
];

/// Message context menus (desktop and mobile).
const IM_MENU_OPTIONS: &[(&str, &str)] = &[("extranet", "N"), ("context", "ALL"), ("role", "USER")];

/// A CRM activity in classic mode (the app draws its own form in a slider).
const ACTIVITY_OPTIONS: &[(&str, &str)] = &[("useBuiltInInterface", "N")];

/// Shorthand for the table below.
const fn offer(code: &'static str, area: Area, purpose: Purpose, default_on: bool) -> Offer {
    Offer {
        code,
        area,
        purpose,
        registration: Registration::PlacementBind,
        default_on,
        bind_options: &[],
    }
}

/// [`offer`] with bind options.
const fn with_options(
    mut o: Offer,
    bind_options: &'static [(&'static str, &'static str)],
) -> Offer {
    o.bind_options = bind_options;
    o
}

/// [`offer`] registered another way than `placement.bind`.
const fn registered(mut o: Offer, registration: Registration) -> Offer {
    o.registration = registration;
    o
}

use Area as A;
use Purpose as P;

/// Every widget the app offers, in the wizard's order within each area.
pub const OFFERS: &[Offer] = &[
    // The app's own pages.
    offer("LEFT_MENU", A::App, P::AppPage, true),
    offer("REST_APP_URI", A::App, P::AppLink, false),
    // `errorHandlerUrl` is filled in by the plan (it depends on the handler URL).
    offer("PAGE_BACKGROUND_WORKER", A::App, P::CallWatcher, false),
    // CRM element cards.
    offer("CRM_DEAL_DETAIL_TAB", A::Crm, P::EntityOverview, true),
    offer("CRM_LEAD_DETAIL_TAB", A::Crm, P::EntityOverview, true),
    offer("CRM_CONTACT_DETAIL_TAB", A::Crm, P::EntityOverview, true),
    offer("CRM_COMPANY_DETAIL_TAB", A::Crm, P::EntityOverview, true),
    offer("CRM_QUOTE_DETAIL_TAB", A::Crm, P::EntityOverview, false),
    offer(
        "CRM_SMART_INVOICE_DETAIL_TAB",
        A::Crm,
        P::EntityOverview,
        false,
    ),
    offer("CRM_ORDER_DETAIL_TAB", A::Crm, P::EntityOverview, false),
    offer(
        "CRM_DYNAMIC_<id>_DETAIL_TAB",
        A::Crm,
        P::EntityOverview,
        false,
    ),
    // CRM activities.
    with_options(
        offer("CRM_DEAL_DETAIL_ACTIVITY", A::Crm, P::Activity, true),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer("CRM_LEAD_DETAIL_ACTIVITY", A::Crm, P::Activity, false),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer("CRM_CONTACT_DETAIL_ACTIVITY", A::Crm, P::Activity, false),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer("CRM_COMPANY_DETAIL_ACTIVITY", A::Crm, P::Activity, false),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer("CRM_QUOTE_DETAIL_ACTIVITY", A::Crm, P::Activity, false),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer(
            "CRM_SMART_INVOICE_DETAIL_ACTIVITY",
            A::Crm,
            P::Activity,
            false,
        ),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer("CRM_ORDER_DETAIL_ACTIVITY", A::Crm, P::Activity, false),
        ACTIVITY_OPTIONS,
    ),
    with_options(
        offer(
            "CRM_DYNAMIC_<id>_DETAIL_ACTIVITY",
            A::Crm,
            P::Activity,
            false,
        ),
        ACTIVITY_OPTIONS,
    ),
    // CRM card toolbars.
    offer("CRM_DEAL_DETAIL_TOOLBAR", A::Crm, P::CardAction, false),
    offer("CRM_LEAD_DETAIL_TOOLBAR", A::Crm, P::CardAction, false),
    offer("CRM_CONTACT_DETAIL_TOOLBAR", A::Crm, P::CardAction, false),
    offer("CRM_COMPANY_DETAIL_TOOLBAR", A::Crm, P::CardAction, false),
    offer("CRM_QUOTE_DETAIL_TOOLBAR", A::Crm, P::CardAction, false),
    offer(
        "CRM_SMART_INVOICE_DETAIL_TOOLBAR",
        A::Crm,
        P::CardAction,
        false,
    ),
    offer("CRM_INVOICE_DETAIL_TOOLBAR", A::Crm, P::CardAction, false),
    offer(
        "CRM_DYNAMIC_<id>_DETAIL_TOOLBAR",
        A::Crm,
        P::CardAction,
        false,
    ),
    // CRM list reports.
    offer("CRM_DEAL_LIST_TOOLBAR", A::Crm, P::ListReport, true),
    offer("CRM_LEAD_LIST_TOOLBAR", A::Crm, P::ListReport, false),
    offer("CRM_CONTACT_LIST_TOOLBAR", A::Crm, P::ListReport, false),
    offer("CRM_COMPANY_LIST_TOOLBAR", A::Crm, P::ListReport, false),
    offer("CRM_QUOTE_LIST_TOOLBAR", A::Crm, P::ListReport, false),
    offer(
        "CRM_SMART_INVOICE_LIST_TOOLBAR",
        A::Crm,
        P::ListReport,
        false,
    ),
    offer("CRM_ORDER_LIST_TOOLBAR", A::Crm, P::ListReport, false),
    offer("CRM_INVOICE_LIST_TOOLBAR", A::Crm, P::ListReport, false),
    offer(
        "CRM_DYNAMIC_<id>_LIST_TOOLBAR",
        A::Crm,
        P::ListReport,
        false,
    ),
    offer("CRM_FUNNELS_TOOLBAR", A::Crm, P::ListReport, false),
    offer(
        "CRM_SMART_INVOICE_FUNNELS_TOOLBAR",
        A::Crm,
        P::ListReport,
        false,
    ),
    offer(
        "CRM_DYNAMIC_<id>_FUNNELS_TOOLBAR",
        A::Crm,
        P::ListReport,
        false,
    ),
    // CRM list row menus.
    offer("CRM_DEAL_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_LEAD_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_CONTACT_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_COMPANY_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_QUOTE_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_SMART_INVOICE_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_ACTIVITY_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_INVOICE_LIST_MENU", A::Crm, P::RowAction, false),
    offer("CRM_DYNAMIC_<id>_LIST_MENU", A::Crm, P::RowAction, false),
    // CRM timeline.
    offer(
        "CRM_DEAL_ACTIVITY_TIMELINE_MENU",
        A::Crm,
        P::TimelineAction,
        false,
    ),
    offer(
        "CRM_LEAD_ACTIVITY_TIMELINE_MENU",
        A::Crm,
        P::TimelineAction,
        false,
    ),
    offer(
        "CRM_QUOTE_ACTIVITY_TIMELINE_MENU",
        A::Crm,
        P::TimelineAction,
        false,
    ),
    offer(
        "CRM_SMART_INVOICE_ACTIVITY_TIMELINE_MENU",
        A::Crm,
        P::TimelineAction,
        false,
    ),
    offer(
        "CRM_DYNAMIC_<id>_ACTIVITY_TIMELINE_MENU",
        A::Crm,
        P::TimelineAction,
        false,
    ),
    // CRM documents.
    offer(
        "CRM_DEAL_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_LEAD_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_CONTACT_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_COMPANY_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_QUOTE_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_SMART_INVOICE_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_INVOICE_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    offer(
        "CRM_DYNAMIC_<id>_DOCUMENTGENERATOR_BUTTON",
        A::Crm,
        P::Document,
        false,
    ),
    // CRM automation.
    offer(
        "CRM_DEAL_ROBOT_DESIGNER_TOOLBAR",
        A::Crm,
        P::AutomationTriggers,
        false,
    ),
    offer(
        "CRM_LEAD_ROBOT_DESIGNER_TOOLBAR",
        A::Crm,
        P::AutomationTriggers,
        false,
    ),
    offer(
        "CRM_SMART_INVOICE_ROBOT_DESIGNER_TOOLBAR",
        A::Crm,
        P::AutomationTriggers,
        false,
    ),
    offer(
        "CRM_DYNAMIC_<id>_ROBOT_DESIGNER_TOOLBAR",
        A::Crm,
        P::AutomationTriggers,
        false,
    ),
    // CRM analytics and search.
    offer("CRM_ANALYTICS_MENU", A::Crm, P::Analytics, false),
    offer("CRM_ANALYTICS_TOOLBAR", A::Crm, P::Analytics, false),
    offer("BI_ANALYTICS_MENU", A::Crm, P::Analytics, false),
    offer("CRM_DETAIL_SEARCH", A::Crm, P::Search, false),
    offer("CRM_REQUISITE_AUTOCOMPLETE", A::Crm, P::Search, false),
    offer("CRM_BANK_DETAIL_AUTOCOMPLETE", A::Crm, P::Search, false),
    // Tasks.
    offer("TASK_VIEW_TAB", A::Tasks, P::TaskSummary, true),
    offer("TASK_VIEW_SIDEBAR", A::Tasks, P::TaskSummary, false),
    offer("TASK_VIEW_TOP_PANEL", A::Tasks, P::TaskSummary, false),
    offer("TASK_LIST_CONTEXT_MENU", A::Tasks, P::TaskSummary, false),
    offer("TASK_USER_LIST_TOOLBAR", A::Tasks, P::Workload, false),
    offer("TASK_GROUP_LIST_TOOLBAR", A::Tasks, P::Workload, false),
    offer("TASK_ROBOT_DESIGNER_TOOLBAR", A::Tasks, P::Workload, false),
    // Workgroups.
    offer("SONET_GROUP_DETAIL_TAB", A::Workgroups, P::GroupCard, false),
    offer("SONET_GROUP_TOOLBAR", A::Workgroups, P::GroupCard, false),
    offer(
        "SONET_GROUP_ROBOT_DESIGNER_TOOLBAR",
        A::Workgroups,
        P::GroupCard,
        false,
    ),
    // People.
    offer("USER_PROFILE_MENU", A::People, P::EmployeeCard, false),
    offer("USER_PROFILE_TOOLBAR", A::People, P::EmployeeCard, false),
    // Calendar.
    offer("CALENDAR_GRIDVIEW", A::Calendar, P::CalendarView, false),
    // Telephony.
    offer("CALL_CARD", A::Telephony, P::CallNotes, true),
    offer(
        "TELEPHONY_ANALYTICS_MENU",
        A::Telephony,
        P::CallsReport,
        false,
    ),
    // Messenger.
    with_options(
        offer("IM_TEXTAREA", A::Messenger, P::ChatTemplates, true),
        IM_TEXTAREA_OPTIONS,
    ),
    with_options(
        offer("IM_SIDEBAR", A::Messenger, P::ChatContext, false),
        IM_SIDEBAR_OPTIONS,
    ),
    with_options(
        offer("IM_CONTEXT_MENU", A::Messenger, P::MessageAction, false),
        IM_MENU_OPTIONS,
    ),
    with_options(
        offer(
            "IMMOBILE_CONTEXT_MENU",
            A::Messenger,
            P::MessageAction,
            false,
        ),
        IM_MENU_OPTIONS,
    ),
    with_options(
        offer("IM_NAVIGATION", A::Messenger, P::MessengerPage, false),
        IM_NAVIGATION_OPTIONS,
    ),
    // Contact center.
    offer("CONTACT_CENTER", A::ContactCenter, P::ConnectorTile, false),
    registered(
        offer(
            "SETTING_CONNECTOR",
            A::ContactCenter,
            P::ConnectorSettings,
            false,
        ),
        Registration::ImConnector,
    ),
    // Custom field type.
    registered(
        offer("USERFIELD_TYPE", A::Fields, P::RatingField, true),
        Registration::UserFieldType,
    ),
    // Sites.
    registered(
        offer("LANDING_SETTINGS", A::Sites, P::SiteSettings, false),
        Registration::LandingRepo,
    ),
    registered(
        offer("LANDING_BLOCK_*", A::Sites, P::BlockSettings, false),
        Registration::LandingRepo,
    ),
];

/// Catalogue codes the app does not offer, with the reason (checked against the catalogue by a test,
/// so a new catalogue code must be offered or listed here).
pub const NOT_OFFERED: &[(&str, &str)] = &[
    (
        "DEFAULT",
        "the app's main page: the portal opens it without a binding",
    ),
    (
        "TASK_VIEW_SLIDER",
        "the portal opens it itself; placement.bind refuses it",
    ),
    (
        "TASK_VIEW_DRAWER",
        "the portal opens it itself; placement.bind refuses it",
    ),
    (
        "IM_SMILES_SELECTOR",
        "deprecated since im 25.1600.0: bound, it is never shown",
    ),
    ("TASK_TOP_MENU", "undocumented: where it appears is unknown"),
    (
        "TASK_VIEW_MODE",
        "undocumented: where it appears is unknown",
    ),
    (
        "TASK_VIEW_MENU_ADD",
        "undocumented: where it appears is unknown",
    ),
    (
        "CRM_REQUISITE_EDIT_FORM",
        "undocumented legacy frame: where it appears is unknown",
    ),
    ("1C_PAGE", "undocumented: only for the 1C integration"),
    (
        "CATALOG_EXTERNAL_PRODUCT",
        "undocumented: the external catalogue protocol is not published",
    ),
    (
        "HCMLINK_SALARY_VACATION",
        "only mentioned in the docs: no options or commands are published",
    ),
    (
        "LANDING_BLOCK_<CODE>",
        "the app binds LANDING_BLOCK_* (every block) instead of single blocks",
    ),
    (
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        "registered by bizproc.robot.add together with a robot, which the app does not add",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_never_both_offered_and_excluded() {
        let mut seen = HashSet::new();
        for o in OFFERS {
            assert!(seen.insert(o.code), "{} offered twice", o.code);
        }
        for (code, reason) in NOT_OFFERED {
            assert!(seen.insert(code), "{code} both offered and excluded");
            assert!(!reason.is_empty());
        }
    }

    #[test]
    fn every_area_has_an_offer_and_the_default_set_spans_several_areas() {
        for area in Area::ALL {
            assert!(OFFERS.iter().any(|o| o.area == area), "{area:?}");
        }
        let default_areas: HashSet<Area> = OFFERS
            .iter()
            .filter(|o| o.default_on)
            .map(|o| o.area)
            .collect();
        assert!(default_areas.len() >= 5, "{default_areas:?}");
        assert!(
            OFFERS
                .iter()
                .all(|o| !(o.default_on && o.is_smart_process_family())),
            "a family depends on the portal's smart processes, so it is never preselected"
        );
    }

    #[test]
    fn keys_are_stable_kebab_case() {
        for area in Area::ALL {
            let key = area.as_str();
            assert!(
                key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{key}"
            );
        }
        for o in OFFERS {
            let key = o.purpose.as_str();
            assert!(
                key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{key}"
            );
        }
        assert_eq!(
            Offer::by_code("CALL_CARD").map(|o| o.purpose),
            Some(Purpose::CallNotes)
        );
        assert_eq!(Offer::by_code("NOPE"), None);
    }

    #[test]
    fn the_user_field_type_id_is_what_userfieldtype_add_accepts() {
        assert!(USER_FIELD_TYPE_ID
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
        assert!(CONNECTOR_ID
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.'));
    }
}
