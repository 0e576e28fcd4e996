//! The typed placement model: one enum variant per widget family, typed options inside.
//!
//! Built once by [`crate::parse`] from `PLACEMENT` + `PLACEMENT_OPTIONS`; nothing downstream reads raw
//! JSON again. Where the sources disagree (see `data/placements.json` notes) the variants accept every
//! documented reading and the comments say which one a real portal most likely sends.

use crate::crm::{CrmEntityType, CrmRef};
use crate::ids::*;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A parsed placement plus what every placement carries.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementContext {
    /// The typed placement.
    pub placement: Placement,
    /// The code as received, upper-cased (`CRM_DYNAMIC_183_DETAIL_TAB`); `DEFAULT` when none came.
    pub code: String,
    /// `URI` added by the portal: path + query of the page the widget was opened from. Absent without a
    /// Referer, cross-domain, and in `IMMOBILE_CONTEXT_MENU`.
    pub uri: Option<String>,
    /// The options object as received (after JSON decoding), for developer screens and the emulator.
    pub raw_options: Map<String, Value>,
}

/// Every widget placement Bitrix24 can load the app into, grouped by family.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    /// `DEFAULT`: the app's main page, its install page, or a slider opened by `openApplication`
    /// (then the params are exactly what the opener passed).
    Default(AppPage),
    /// `LEFT_MENU`: full-page item in the portal's left menu.
    LeftMenu,
    /// A widget bound to one CRM element (card tab, list row menu, toolbar, timeline, ...).
    CrmEntity(CrmEntityPlacement),
    /// A widget on a CRM section with no element (list toolbar, robot designer, funnels, analytics, ...).
    CrmSection(CrmSectionPlacement),
    /// A hidden search / autocomplete provider for CRM forms.
    CrmSearch(CrmSearchPlacement),
    /// Task widgets.
    Task(TaskPlacement),
    /// Workgroup / project widgets.
    Workgroup(WorkgroupPlacement),
    /// Employee profile widgets.
    UserProfile(UserProfilePlacement),
    /// `CALENDAR_GRIDVIEW`: a custom calendar view that replaces the grid.
    Calendar(CalendarView),
    /// `CALL_CARD`: a panel in the telephony call card.
    CallCard(CallContext),
    /// `TELEPHONY_ANALYTICS_MENU`: a report in the telephony statistics.
    TelephonyAnalytics,
    /// Messenger widgets.
    Messenger(MessengerPlacement),
    /// `CONTACT_CENTER`: a tile in the contact center.
    ContactCenter {
        /// Registration id of the clicked tile; one app may own several tiles.
        tile: BindingId,
    },
    /// `SETTING_CONNECTOR`: settings page of an open-lines connector.
    OpenLinesConnector(ConnectorSettings),
    /// `REST_APP_URI`: a link `/marketplace/view/<APP>/?params[k]=v` anywhere in the portal.
    RestAppUri(RestAppLink),
    /// `PAGE_BACKGROUND_WORKER`: an invisible frame loaded on every page.
    BackgroundWorker,
    /// `USERFIELD_TYPE`: a custom user-field type rendered inside a card field.
    UserFieldType(UserFieldContext),
    /// Robot / activity settings dialog (`BIZPROC_ACTIVITY_PROPERTIES_DIALOG`).
    RobotSettings(RobotSettings),
    /// Sites (landing) widgets.
    Landing(LandingPlacement),
    /// `CATALOG_EXTERNAL_PRODUCT`: hidden external product catalogue for the product selector
    /// (undocumented; no known context keys).
    CatalogExternalProduct,
    /// `HCMLINK_SALARY_VACATION`: HR payslip / vacation slider; option shape unknown, kept verbatim.
    HrSalaryVacation {
        /// Options as received.
        options: Map<String, Value>,
    },
    /// A code this build does not know. Kept so the app can show it to the developer.
    Unknown {
        /// The code as received, upper-cased.
        code: String,
        /// The options as received.
        options: Map<String, Value>,
    },
}

/// The router's grouping: which component family serves a placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// `DEFAULT` and `LEFT_MENU`.
    Home,
    /// [`Placement::CrmEntity`].
    CrmEntity,
    /// [`Placement::CrmSection`].
    CrmSection,
    /// [`Placement::CrmSearch`].
    CrmSearch,
    /// [`Placement::Task`].
    Task,
    /// [`Placement::Workgroup`].
    Workgroup,
    /// [`Placement::UserProfile`].
    UserProfile,
    /// [`Placement::Calendar`].
    Calendar,
    /// [`Placement::CallCard`].
    CallCard,
    /// [`Placement::TelephonyAnalytics`].
    TelephonyAnalytics,
    /// [`Placement::Messenger`].
    Messenger,
    /// [`Placement::ContactCenter`].
    ContactCenter,
    /// [`Placement::OpenLinesConnector`].
    OpenLines,
    /// [`Placement::RestAppUri`].
    RestAppUri,
    /// [`Placement::BackgroundWorker`].
    BackgroundWorker,
    /// [`Placement::UserFieldType`].
    UserField,
    /// [`Placement::RobotSettings`].
    Robot,
    /// [`Placement::Landing`].
    Landing,
    /// [`Placement::CatalogExternalProduct`].
    Catalog,
    /// [`Placement::HrSalaryVacation`].
    Hr,
    /// [`Placement::Unknown`].
    Unknown,
}

/// How the portal shows a placement's frame; decides whether the app renders anything visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presentation {
    /// Inside the page (tab, panel, field, report area).
    Inline,
    /// In a side slider opened by a menu item or button.
    Slider,
    /// An invisible frame: render nothing, only run logic.
    Hidden,
}

// ---------------------------------------------------------------------------------------------
// DEFAULT

/// The main app page or an `openApplication` slider.
#[derive(Debug, Clone, PartialEq)]
pub struct AppPage {
    /// Page parameters: the page's GET params minus system ones, or the `openApplication` params
    /// (minus the `bx24_*` slider settings). Values are kept as JSON because the opener chooses them.
    pub params: Map<String, Value>,
    /// `IFRAME=Y`: rendered in a slider (b24jssdk's `isSliderMode`).
    pub in_slider: bool,
}

// ---------------------------------------------------------------------------------------------
// CRM

/// A widget bound to one CRM element.
#[derive(Debug, Clone, PartialEq)]
pub struct CrmEntityPlacement {
    /// The element the widget is about.
    pub target: CrmRef,
    /// Where in the UI the widget sits, with the slot-specific options.
    pub slot: CrmEntitySlot,
}

/// The spots of a CRM element's UI that host widgets.
#[derive(Debug, Clone, PartialEq)]
pub enum CrmEntitySlot {
    /// `CRM_*_DETAIL_TAB`: a tab in the element's card (`ID`).
    DetailTab,
    /// `CRM_*_DETAIL_ACTIVITY`: an item in the card's activity panel.
    DetailActivity(ActivityMode),
    /// `CRM_*_LIST_MENU`: an item in a list row's context menu (`ID`).
    ListMenu,
    /// `CRM_*_DETAIL_TOOLBAR`: a button in the card's toolbar (`ID` or `ENTITY_ID` depending on type).
    DetailToolbar,
    /// `CRM_*_ACTIVITY_TIMELINE_MENU`: an item in a timeline record's menu.
    TimelineMenu(TimelineRecord),
    /// `CRM_*_DOCUMENTGENERATOR_BUTTON`: under *Document -> Extensions* (`ENTITY_ID`).
    DocumentGenerator,
}

/// The two ways `CRM_*_DETAIL_ACTIVITY` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityMode {
    /// The app opens in a slider with `{ID}`.
    Classic,
    /// `useBuiltInInterface=Y`: a hidden frame driving a Bitrix-rendered form via `setLayout` etc.
    BuiltIn,
}

/// The timeline record a `CRM_*_ACTIVITY_TIMELINE_MENU` item was opened on.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRecord {
    /// `ASSOCIATED_ENTITY_ID`: the record's element, usually an activity.
    pub associated_id: EntityId,
    /// `ASSOCIATED_ENTITY_TYPE_ID` (6 = activity).
    pub associated_type: EntityTypeId,
    /// `TYPE_ID`: the record's event type (documented as required, absent from the documented example).
    pub type_id: Option<u32>,
    /// `TYPE_CATEGORY_ID` (same caveat).
    pub type_category_id: Option<u32>,
    /// `TIMELINE_ITEM_ID` (same caveat).
    pub timeline_item_id: Option<u64>,
}

/// A CRM section widget with no element.
#[derive(Debug, Clone, PartialEq)]
pub enum CrmSectionPlacement {
    /// `CRM_*_LIST_TOOLBAR`: a button above the list.
    ListToolbar {
        /// The list's entity type.
        entity: CrmEntityType,
    },
    /// `CRM_*_ROBOT_DESIGNER_TOOLBAR`: a button in the automation designer.
    RobotDesignerToolbar {
        /// The designer's entity type.
        entity: CrmEntityType,
        /// Pipeline (category) id, the last path segment of `URI` (`/crm/deal/automation/0/`).
        category: Option<u32>,
    },
    /// `CRM_FUNNELS_TOOLBAR` (deals), `CRM_SMART_INVOICE_FUNNELS_TOOLBAR`, `CRM_DYNAMIC_<id>_FUNNELS_TOOLBAR`.
    FunnelsToolbar {
        /// The funnels' entity type.
        entity: CrmEntityType,
    },
    /// `CRM_ANALYTICS_MENU`: a report in CRM analytics.
    AnalyticsMenu,
    /// `CRM_ANALYTICS_TOOLBAR`: a button on analytics reports.
    AnalyticsToolbar,
    /// `BI_ANALYTICS_MENU`: loaded with a plain GET and no data at all; recognised by code or by the
    /// app's own handler URL.
    BiAnalyticsMenu,
    /// `CRM_REQUISITE_EDIT_FORM`: legacy external search in the old requisite form.
    RequisiteEditForm,
    /// `1C_PAGE`: the 1C integration page (undocumented).
    OneCPage,
}

/// Hidden search providers: the portal renders the results the app reports.
#[derive(Debug, Clone, PartialEq)]
pub enum CrmSearchPlacement {
    /// `CRM_DETAIL_SEARCH`: client search in a card's contact/company field.
    ClientSearch {
        /// Which client field is searched (`CONTACT` or `COMPANY`).
        entity: CrmEntityType,
        /// Text typed by the user (>= 3 characters).
        query: String,
    },
    /// `CRM_REQUISITE_AUTOCOMPLETE`: requisite autocomplete by text.
    RequisiteAutocomplete {
        /// Text typed by the user.
        query: String,
    },
    /// `CRM_BANK_DETAIL_AUTOCOMPLETE`: bank details autocomplete.
    BankDetailAutocomplete {
        /// Text typed by the user (often a BIC).
        query: String,
        /// The client whose requisites are edited, from `URI`'s `etype`/`eid` parameters.
        client: Option<CrmRef>,
    },
}

// ---------------------------------------------------------------------------------------------
// Tasks, workgroups, users, calendar

/// Task widgets.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskPlacement {
    /// The task card trio (`TASK_VIEW_TAB`, `_SIDEBAR`, `_TOP_PANEL`); `taskId`, `TASK_ID` or `ID`.
    Card {
        /// Which of the three codes; since tasks 25.700.0 all render as rows of one block.
        slot: TaskCardSlot,
        /// The task.
        task: TaskId,
    },
    /// `TASK_LIST_CONTEXT_MENU` (`ID`).
    ListContextMenu {
        /// The task whose row menu was used.
        task: TaskId,
    },
    /// `TASK_USER_LIST_TOOLBAR` (`USER_ID`).
    UserListToolbar {
        /// Owner of the task list.
        user: UserId,
    },
    /// `TASK_GROUP_LIST_TOOLBAR` (`GROUP_ID`).
    GroupListToolbar {
        /// The project.
        group: GroupId,
    },
    /// `TASK_ROBOT_DESIGNER_TOOLBAR`: exactly one of `USER_ID` / `GROUP_ID` is documented to arrive.
    RobotDesignerToolbar {
        /// Whose automation is edited.
        owner: TaskOwner,
    },
    /// Undocumented or internal codes (`TASK_TOP_MENU`, `TASK_VIEW_MODE`, `TASK_VIEW_MENU_ADD`,
    /// `TASK_VIEW_SLIDER`, `TASK_VIEW_DRAWER`); a task id is picked up if one arrives.
    Legacy {
        /// Which code.
        code: TaskLegacyCode,
        /// `ID` / `taskId` / `TASK_ID` when present.
        task: Option<TaskId>,
    },
}

/// The three task-card codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskCardSlot {
    /// `TASK_VIEW_TAB`.
    Tab,
    /// `TASK_VIEW_SIDEBAR`.
    Sidebar,
    /// `TASK_VIEW_TOP_PANEL`.
    TopPanel,
}

/// Undocumented / internal task codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskLegacyCode {
    /// `TASK_TOP_MENU`.
    TopMenu,
    /// `TASK_VIEW_MODE`.
    ViewMode,
    /// `TASK_VIEW_MENU_ADD`.
    ViewMenuAdd,
    /// `TASK_VIEW_SLIDER`.
    ViewSlider,
    /// `TASK_VIEW_DRAWER`.
    ViewDrawer,
}

/// Owner of a task automation designer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskOwner {
    /// Personal planner.
    User(UserId),
    /// Project.
    Group(GroupId),
    /// Neither key arrived.
    Unspecified,
}

/// Workgroup / project widgets.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkgroupPlacement {
    /// `SONET_GROUP_DETAIL_TAB` (`GROUP_ID`).
    DetailTab {
        /// The group.
        group: GroupId,
    },
    /// `SONET_GROUP_TOOLBAR`: no own keys; the group comes from `URI` (`/workgroups/group/<id>/...`).
    Toolbar {
        /// The group, when `URI` names one.
        group: Option<GroupId>,
    },
    /// `SONET_GROUP_ROBOT_DESIGNER_TOOLBAR` (`GROUP_ID`).
    RobotDesignerToolbar {
        /// The group.
        group: GroupId,
    },
}

/// Employee profile widgets.
#[derive(Debug, Clone, PartialEq)]
pub enum UserProfilePlacement {
    /// `USER_PROFILE_MENU`: `USER_ID` is the *current* user.
    Menu {
        /// The user who opened the menu.
        current_user: UserId,
    },
    /// `USER_PROFILE_TOOLBAR`: `USER_ID` is the *owner* of the open card.
    Toolbar {
        /// The profile's owner.
        owner: UserId,
    },
}

/// `CALENDAR_GRIDVIEW` context.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarView {
    /// First day shown (`viewRangeFrom`).
    pub from: Date,
    /// Last day shown (`viewRangeTo`).
    pub to: Date,
    /// Whose calendar, derived from `URI` (not in the options; inferred).
    pub owner: CalendarOwner,
}

/// Owner of the calendar a grid view shows, as `calendar.event.get` needs it (`type` + `ownerId`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarOwner {
    /// `/company/personal/user/<id>/calendar/` -> `type=user`.
    User(UserId),
    /// `/workgroups/group/<id>/calendar/` -> `type=group`.
    Group(GroupId),
    /// `/calendar/` -> `type=company_calendar, ownerId=0`.
    Company,
    /// No `URI`, or one that names no owner: the current user's calendar is the likely reading.
    Unknown,
}

// ---------------------------------------------------------------------------------------------
// Telephony

/// `CALL_CARD` options. Values arrive as strings (`"false"`, `"undefined"`, `"17"`); typed here.
#[derive(Debug, Clone, PartialEq)]
pub struct CallContext {
    /// `CALL_ID` (as given to `telephony.externalCall.register`).
    pub call_id: String,
    /// Client number; `None` when absent, empty or `hidden`.
    pub phone: Option<String>,
    /// Company line number.
    pub line_number: Option<String>,
    /// Line name (falls back to the number on the portal side).
    pub line_name: Option<String>,
    /// The bound element (`CRM_ENTITY_TYPE` + `CRM_ENTITY_ID`, `0`/empty = unbound).
    pub crm: Option<CrmRef>,
    /// `CRM_BINDINGS`: every element the call is bound to.
    pub bindings: Vec<CrmRef>,
    /// `CRM_ACTIVITY_ID`; the literal `"undefined"` becomes `None`.
    pub activity: Option<ActivityId>,
    /// `CALL_DIRECTION`.
    pub direction: CallDirection,
    /// `CALL_STATE`.
    pub state: Option<CallState>,
    /// `CALL_LIST_MODE` (`"true"`/`"false"` strings): part of a call campaign.
    pub call_list_mode: bool,
}

/// Direction of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallDirection {
    /// `incoming`.
    Incoming,
    /// `outgoing`.
    Outgoing,
    /// `callback`.
    Callback,
}

/// State of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallState {
    /// `idle`.
    Idle,
    /// `connecting`.
    Connecting,
    /// `connected`.
    Connected,
}

// ---------------------------------------------------------------------------------------------
// Messenger

/// Messenger widgets.
#[derive(Debug, Clone, PartialEq)]
pub enum MessengerPlacement {
    /// `IM_NAVIGATION`: a page in the messenger's navigation (no current chat).
    Navigation,
    /// `IM_TEXTAREA`: a panel above the message input.
    Textarea {
        /// The open dialog.
        dialog: DialogId,
    },
    /// `IM_SIDEBAR`: a panel in the chat sidebar.
    Sidebar {
        /// The open dialog.
        dialog: DialogId,
    },
    /// `IM_CONTEXT_MENU`: an item in a message's context menu.
    ContextMenu {
        /// The dialog.
        dialog: DialogId,
        /// The message the menu was opened on.
        message: MessageId,
    },
    /// `IM_SMILES_SELECTOR`: deprecated since im 25.1600.0, never called by current portals.
    SmilesSelector,
    /// `IMMOBILE_CONTEXT_MENU`: the only mobile placement (no `URI`).
    MobileContextMenu {
        /// The dialog.
        dialog: DialogId,
    },
}

// ---------------------------------------------------------------------------------------------
// Contact center, open lines, universal

/// `SETTING_CONNECTOR` options.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorSettings {
    /// Connector id as registered (lower-cased by `imconnector.register`).
    pub connector: String,
    /// The open line.
    pub line: LineId,
    /// `ACTIVE_STATUS`: enabled for this line.
    pub active: bool,
    /// `CONNECTION_STATUS`: external connection confirmed.
    pub connected: bool,
    /// `REGISTER_STATUS`: registered in the external service.
    pub registered: bool,
    /// `ERROR_STATUS`: the connector reports an error.
    pub error: bool,
    /// `STATUS`: overall state (all of the above OK).
    pub ok: bool,
}

/// `REST_APP_URI`: the `params[...]` of a link to the app. Values arrive as strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestAppLink {
    /// Every key except `URI`.
    pub params: BTreeMap<String, String>,
}

/// `USERFIELD_TYPE` context: one field of one element.
#[derive(Debug, Clone, PartialEq)]
pub struct UserFieldContext {
    /// `MODE`: view or edit.
    pub mode: FieldMode,
    /// `ENTITY_ID`: the object code (`CRM_DEAL`, `CRM_LEAD`, ...).
    pub entity_code: String,
    /// `FIELD_NAME` (`UF_CRM_...`).
    pub field_name: String,
    /// `ENTITY_VALUE_ID`: the element; `None` for a card that is not saved yet (`0`).
    pub element: Option<EntityId>,
    /// `VALUE`: the current value; an array for multiple fields; `Null` when empty.
    pub value: Value,
    /// `MULTIPLE`.
    pub multiple: bool,
    /// `MANDATORY`.
    pub mandatory: bool,
    /// `XML_ID`.
    pub xml_id: Option<String>,
    /// `ENTITY_DATA` (newer portals): the CRM element the field belongs to.
    pub crm: Option<CrmRef>,
}

/// Whether a field is shown or edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldMode {
    /// `view`.
    View,
    /// `edit`.
    Edit,
}

/// Robot / activity settings dialog context.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotSettings {
    /// `code`: the robot's registration code.
    pub code: String,
    /// `activity_name`: the activity's id inside the workflow template.
    pub activity_name: String,
    /// `properties`, by property id. Newer portals use `Name`/`Type`, older `NAME`/`TYPE`: both read.
    pub properties: BTreeMap<String, RobotProperty>,
    /// `current_values`: saved values by property id.
    pub current_values: Map<String, Value>,
    /// `document_type`, e.g. `["crm","CCrmDocumentDeal","DEAL"]`.
    pub document_type: Vec<String>,
    /// `document_fields`, kept as JSON (shape varies by document type).
    pub document_fields: Value,
    /// `template` (self-hosted >= 24.200.0).
    pub template: Option<Value>,
}

/// One robot property descriptor.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotProperty {
    /// Property id.
    pub id: String,
    /// Type (`string`, `int`, `bool`, `select`, `user`, `date`, ...).
    pub kind: String,
    /// Display name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Multiple values allowed.
    pub multiple: bool,
    /// Required.
    pub required: bool,
    /// Options for `select` (JSON as sent).
    pub options: Value,
    /// Default value (JSON as sent).
    pub default: Value,
}

/// Sites (landing) widgets.
#[derive(Debug, Clone, PartialEq)]
pub enum LandingPlacement {
    /// `LANDING_SETTINGS`: last item of a site's settings menu.
    Settings {
        /// `SITE_ID`.
        site: SiteId,
        /// `LID`: the page the editor was opened on.
        page: PageId,
    },
    /// `LANDING_BLOCK_*` / `LANDING_BLOCK_<CODE>`: a block's settings.
    Block {
        /// Which blocks the handler was registered for.
        registered_for: BlockFilter,
        /// `ID`.
        block: BlockId,
        /// `CODE`: the block's symbolic code.
        block_code: String,
        /// `LID`.
        page: PageId,
    },
}

/// The block codes a landing-block handler was registered for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockFilter {
    /// `LANDING_BLOCK_*` (the `*` is literal).
    Any,
    /// `LANDING_BLOCK_<CODE>` (case-insensitive; kept upper-cased as received).
    Code(String),
}
