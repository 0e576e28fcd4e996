//! Where in the portal a placement code appears, as the wizard tells the admin: the object it belongs
//! to (a deal, a task, a workgroup, ...) and the spot on that object's page (a card tab, a list row
//! menu, the chat sidebar, ...). The app translates both; the code itself is only shown small, for
//! those who know the codes.
//!
//! Derived from the code by the portal's naming rules (`CRM_<TYPE>_<SPOT>`, `TASK_VIEW_<SPOT>`, ...;
//! `docs/reference/placements.md`), so a new offer gets a location without a new table row.

/// The object a widget belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// CRM leads.
    Lead,
    /// CRM deals.
    Deal,
    /// CRM contacts.
    Contact,
    /// CRM companies.
    Company,
    /// CRM quotes.
    Quote,
    /// Smart invoices.
    SmartInvoice,
    /// Old invoices (the pre-smart `CRM_INVOICE_*` codes).
    OldInvoice,
    /// Store orders.
    Order,
    /// CRM activities (the activity list).
    Activity,
    /// One smart process (its `entityTypeId`; the wizard shows the process's name).
    SmartProcess(u64),
    /// Tasks.
    Task,
    /// Workgroups and projects.
    Workgroup,
    /// Employees' profiles.
    Employee,
}

impl Subject {
    /// A stable key for tests and `data-` attributes (`deal`, `smart-process`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::Deal => "deal",
            Self::Contact => "contact",
            Self::Company => "company",
            Self::Quote => "quote",
            Self::SmartInvoice => "smart-invoice",
            Self::OldInvoice => "old-invoice",
            Self::Order => "order",
            Self::Activity => "activity",
            Self::SmartProcess(_) => "smart-process",
            Self::Task => "task",
            Self::Workgroup => "workgroup",
            Self::Employee => "employee",
        }
    }
}

/// The spot on a page where a widget appears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// An item of the portal's left menu.
    LeftMenu,
    /// Links to the app (`REST_APP_URI`).
    AppLinks,
    /// Every page, without a frame (`PAGE_BACKGROUND_WORKER`).
    EveryPage,
    /// A tab of an element's card.
    CardTab,
    /// An activity type in an element's card.
    CardActivity,
    /// A button in an element's card toolbar.
    CardToolbar,
    /// The side panel of a task's card.
    CardSidebar,
    /// The top panel of a task's card.
    CardTopPanel,
    /// A button above a list.
    ListToolbar,
    /// A button above the sales funnels.
    FunnelsToolbar,
    /// The menu of a list row.
    ListRowMenu,
    /// The menu of a timeline record.
    TimelineMenu,
    /// The document button of a card.
    DocumentButton,
    /// The automation designer's toolbar.
    AutomationToolbar,
    /// An analytics menu (CRM, BI builder, telephony).
    AnalyticsMenu,
    /// The CRM analytics toolbar.
    AnalyticsToolbar,
    /// The CRM search.
    Search,
    /// Filling in company or bank details.
    DetailsAutocomplete,
    /// The menu of an employee's profile.
    ProfileMenu,
    /// The calendar's views.
    CalendarView,
    /// The call card.
    CallCard,
    /// The panel above a chat's input.
    ChatInputPanel,
    /// A chat's sidebar.
    ChatSidebar,
    /// A message's menu (desktop and web).
    MessageMenu,
    /// A message's menu in the mobile app.
    MobileMessageMenu,
    /// The messenger's navigation.
    MessengerNavigation,
    /// A tile of the contact center.
    ContactCenterTile,
    /// An open channel's connector settings.
    ConnectorSettings,
    /// A CRM field type.
    FieldType,
    /// A site's settings.
    SiteSettings,
    /// A block's settings in the site editor.
    BlockSettings,
    /// A code the rules above do not place (none of the offered codes; kept so nothing panics).
    Other,
}

impl Spot {
    /// A stable key for tests and `data-` attributes (`card-tab`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LeftMenu => "left-menu",
            Self::AppLinks => "app-links",
            Self::EveryPage => "every-page",
            Self::CardTab => "card-tab",
            Self::CardActivity => "card-activity",
            Self::CardToolbar => "card-toolbar",
            Self::CardSidebar => "card-sidebar",
            Self::CardTopPanel => "card-top-panel",
            Self::ListToolbar => "list-toolbar",
            Self::FunnelsToolbar => "funnels-toolbar",
            Self::ListRowMenu => "list-row-menu",
            Self::TimelineMenu => "timeline-menu",
            Self::DocumentButton => "document-button",
            Self::AutomationToolbar => "automation-toolbar",
            Self::AnalyticsMenu => "analytics-menu",
            Self::AnalyticsToolbar => "analytics-toolbar",
            Self::Search => "search",
            Self::DetailsAutocomplete => "details-autocomplete",
            Self::ProfileMenu => "profile-menu",
            Self::CalendarView => "calendar-view",
            Self::CallCard => "call-card",
            Self::ChatInputPanel => "chat-input-panel",
            Self::ChatSidebar => "chat-sidebar",
            Self::MessageMenu => "message-menu",
            Self::MobileMessageMenu => "mobile-message-menu",
            Self::MessengerNavigation => "messenger-navigation",
            Self::ContactCenterTile => "contact-center-tile",
            Self::ConnectorSettings => "connector-settings",
            Self::FieldType => "field-type",
            Self::SiteSettings => "site-settings",
            Self::BlockSettings => "block-settings",
            Self::Other => "other",
        }
    }
}

/// Where a code appears: on what, and where on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// The object, when the spot belongs to one.
    pub subject: Option<Subject>,
    /// The spot.
    pub spot: Spot,
}

/// Where `code` (upper case, placeholders expanded) appears.
pub fn locate(code: &str) -> Location {
    let fixed = |spot| Location {
        subject: None,
        spot,
    };
    let on = |subject, spot| Location {
        subject: Some(subject),
        spot,
    };
    match code {
        "LEFT_MENU" => fixed(Spot::LeftMenu),
        "REST_APP_URI" => fixed(Spot::AppLinks),
        "PAGE_BACKGROUND_WORKER" => fixed(Spot::EveryPage),
        "CRM_ANALYTICS_MENU" | "BI_ANALYTICS_MENU" | "TELEPHONY_ANALYTICS_MENU" => {
            fixed(Spot::AnalyticsMenu)
        }
        "CRM_ANALYTICS_TOOLBAR" => fixed(Spot::AnalyticsToolbar),
        "CRM_DETAIL_SEARCH" => fixed(Spot::Search),
        "CRM_REQUISITE_AUTOCOMPLETE" | "CRM_BANK_DETAIL_AUTOCOMPLETE" => {
            fixed(Spot::DetailsAutocomplete)
        }
        "CRM_FUNNELS_TOOLBAR" => on(Subject::Deal, Spot::FunnelsToolbar),
        "TASK_VIEW_TAB" => on(Subject::Task, Spot::CardTab),
        "TASK_VIEW_SIDEBAR" => on(Subject::Task, Spot::CardSidebar),
        "TASK_VIEW_TOP_PANEL" => on(Subject::Task, Spot::CardTopPanel),
        "TASK_LIST_CONTEXT_MENU" => on(Subject::Task, Spot::ListRowMenu),
        "TASK_USER_LIST_TOOLBAR" => on(Subject::Task, Spot::ListToolbar),
        "TASK_GROUP_LIST_TOOLBAR" => on(Subject::Workgroup, Spot::ListToolbar),
        "TASK_ROBOT_DESIGNER_TOOLBAR" => on(Subject::Task, Spot::AutomationToolbar),
        "SONET_GROUP_DETAIL_TAB" => on(Subject::Workgroup, Spot::CardTab),
        "SONET_GROUP_TOOLBAR" => on(Subject::Workgroup, Spot::CardToolbar),
        "SONET_GROUP_ROBOT_DESIGNER_TOOLBAR" => on(Subject::Workgroup, Spot::AutomationToolbar),
        "USER_PROFILE_MENU" => on(Subject::Employee, Spot::ProfileMenu),
        "USER_PROFILE_TOOLBAR" => on(Subject::Employee, Spot::CardToolbar),
        "CALENDAR_GRIDVIEW" => fixed(Spot::CalendarView),
        "CALL_CARD" => fixed(Spot::CallCard),
        "IM_TEXTAREA" => fixed(Spot::ChatInputPanel),
        "IM_SIDEBAR" => fixed(Spot::ChatSidebar),
        "IM_CONTEXT_MENU" => fixed(Spot::MessageMenu),
        "IMMOBILE_CONTEXT_MENU" => fixed(Spot::MobileMessageMenu),
        "IM_NAVIGATION" => fixed(Spot::MessengerNavigation),
        "CONTACT_CENTER" => fixed(Spot::ContactCenterTile),
        "SETTING_CONNECTOR" => fixed(Spot::ConnectorSettings),
        "USERFIELD_TYPE" => fixed(Spot::FieldType),
        "LANDING_SETTINGS" => fixed(Spot::SiteSettings),
        _ if code.starts_with("LANDING_BLOCK_") => fixed(Spot::BlockSettings),
        _ => match code.strip_prefix("CRM_") {
            Some(rest) => crm(rest),
            None => fixed(Spot::Other),
        },
    }
}

/// `CRM_<TYPE>_<SPOT>` without its `CRM_` prefix.
fn crm(rest: &str) -> Location {
    const SPOTS: &[(&str, Spot)] = &[
        ("_DETAIL_TAB", Spot::CardTab),
        ("_DETAIL_ACTIVITY", Spot::CardActivity),
        ("_DETAIL_TOOLBAR", Spot::CardToolbar),
        ("_LIST_TOOLBAR", Spot::ListToolbar),
        ("_FUNNELS_TOOLBAR", Spot::FunnelsToolbar),
        ("_LIST_MENU", Spot::ListRowMenu),
        ("_ACTIVITY_TIMELINE_MENU", Spot::TimelineMenu),
        ("_DOCUMENTGENERATOR_BUTTON", Spot::DocumentButton),
        ("_ROBOT_DESIGNER_TOOLBAR", Spot::AutomationToolbar),
    ];
    for (suffix, spot) in SPOTS {
        if let Some(kind) = rest.strip_suffix(suffix) {
            let subject = match kind {
                "LEAD" => Some(Subject::Lead),
                "DEAL" => Some(Subject::Deal),
                "CONTACT" => Some(Subject::Contact),
                "COMPANY" => Some(Subject::Company),
                "QUOTE" => Some(Subject::Quote),
                "SMART_INVOICE" => Some(Subject::SmartInvoice),
                "INVOICE" => Some(Subject::OldInvoice),
                "ORDER" => Some(Subject::Order),
                "ACTIVITY" => Some(Subject::Activity),
                _ => kind
                    .strip_prefix("DYNAMIC_")
                    .and_then(|id| id.parse().ok())
                    .map(Subject::SmartProcess),
            };
            if let Some(subject) = subject {
                return Location {
                    subject: Some(subject),
                    spot: *spot,
                };
            }
        }
    }
    Location {
        subject: None,
        spot: Spot::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::choices;
    use crate::portal::SmartProcess;

    #[test]
    fn every_offered_code_has_a_place() {
        let all = choices(&[SmartProcess {
            entity_type_id: 183,
            title: "Projects".into(),
        }]);
        for choice in &all {
            assert_ne!(locate(&choice.code).spot, Spot::Other, "{}", choice.code);
        }
    }

    #[test]
    fn codes_are_placed_by_their_object_and_spot() {
        let at = |code| {
            let l = locate(code);
            (l.subject, l.spot)
        };
        assert_eq!(
            at("CRM_DEAL_DETAIL_TAB"),
            (Some(Subject::Deal), Spot::CardTab)
        );
        assert_eq!(
            at("CRM_DYNAMIC_183_ACTIVITY_TIMELINE_MENU"),
            (Some(Subject::SmartProcess(183)), Spot::TimelineMenu)
        );
        assert_eq!(
            at("CRM_SMART_INVOICE_FUNNELS_TOOLBAR"),
            (Some(Subject::SmartInvoice), Spot::FunnelsToolbar)
        );
        assert_eq!(
            at("CRM_INVOICE_LIST_MENU"),
            (Some(Subject::OldInvoice), Spot::ListRowMenu)
        );
        assert_eq!(
            at("CRM_ACTIVITY_LIST_MENU"),
            (Some(Subject::Activity), Spot::ListRowMenu)
        );
        assert_eq!(at("TASK_VIEW_TAB"), (Some(Subject::Task), Spot::CardTab));
        assert_eq!(at("IM_SIDEBAR"), (None, Spot::ChatSidebar));
        assert_eq!(at("LANDING_BLOCK_*"), (None, Spot::BlockSettings));
        assert_eq!(at("CRM_DYNAMIC_X_DETAIL_TAB"), (None, Spot::Other));
        assert_eq!(at("SOMETHING_ELSE"), (None, Spot::Other));
        assert_eq!(Subject::SmartProcess(5).as_str(), "smart-process");
        assert_eq!(Spot::CardTab.as_str(), "card-tab");
    }
}
