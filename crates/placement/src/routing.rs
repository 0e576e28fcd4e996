//! What the router asks of a [`Placement`]: its component family, how the portal shows its frame, and the
//! CRM element it is about.

use crate::crm::CrmRef;
use crate::model::{
    ActivityMode, CrmEntitySlot, CrmSearchPlacement, CrmSectionPlacement, Family, LandingPlacement,
    MessengerPlacement, Placement, Presentation, WorkgroupPlacement,
};
use std::fmt;

impl Family {
    /// Every family, in declaration order (for pickers, docs and exhaustive tests).
    pub const ALL: [Family; 21] = [
        Self::Home,
        Self::CrmEntity,
        Self::CrmSection,
        Self::CrmSearch,
        Self::Task,
        Self::Workgroup,
        Self::UserProfile,
        Self::Calendar,
        Self::CallCard,
        Self::TelephonyAnalytics,
        Self::Messenger,
        Self::ContactCenter,
        Self::OpenLines,
        Self::RestAppUri,
        Self::BackgroundWorker,
        Self::UserField,
        Self::Robot,
        Self::Landing,
        Self::Catalog,
        Self::Hr,
        Self::Unknown,
    ];

    /// Short English name for menus and developer screens.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Home => "App page",
            Self::CrmEntity => "CRM entity",
            Self::CrmSection => "CRM section",
            Self::CrmSearch => "CRM search",
            Self::Task => "Tasks",
            Self::Workgroup => "Workgroups",
            Self::UserProfile => "User profile",
            Self::Calendar => "Calendar",
            Self::CallCard => "Call card",
            Self::TelephonyAnalytics => "Telephony analytics",
            Self::Messenger => "Messenger",
            Self::ContactCenter => "Contact center",
            Self::OpenLines => "Open lines",
            Self::RestAppUri => "App link",
            Self::BackgroundWorker => "Background worker",
            Self::UserField => "Custom field",
            Self::Robot => "Robot settings",
            Self::Landing => "Sites",
            Self::Catalog => "Catalog",
            Self::Hr => "HR",
            Self::Unknown => "Unknown placement",
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl Placement {
    /// The component family that serves this placement.
    pub fn family(&self) -> Family {
        match self {
            Self::Default(_) | Self::LeftMenu => Family::Home,
            Self::CrmEntity(_) => Family::CrmEntity,
            Self::CrmSection(_) => Family::CrmSection,
            Self::CrmSearch(_) => Family::CrmSearch,
            Self::Task(_) => Family::Task,
            Self::Workgroup(_) => Family::Workgroup,
            Self::UserProfile(_) => Family::UserProfile,
            Self::Calendar(_) => Family::Calendar,
            Self::CallCard(_) => Family::CallCard,
            Self::TelephonyAnalytics => Family::TelephonyAnalytics,
            Self::Messenger(_) => Family::Messenger,
            Self::ContactCenter { .. } => Family::ContactCenter,
            Self::OpenLinesConnector(_) => Family::OpenLines,
            Self::RestAppUri(_) => Family::RestAppUri,
            Self::BackgroundWorker => Family::BackgroundWorker,
            Self::UserFieldType(_) => Family::UserField,
            Self::RobotSettings(_) => Family::Robot,
            Self::Landing(_) => Family::Landing,
            Self::CatalogExternalProduct => Family::Catalog,
            Self::HrSalaryVacation { .. } => Family::Hr,
            Self::Unknown { .. } => Family::Unknown,
        }
    }

    /// How the portal shows this placement's frame, after the catalogue's `presentation` field.
    ///
    /// [`Presentation::Hidden`] frames must render nothing. Decisions where the catalogue is vague:
    /// the task-card trio is [`Presentation::Slider`] (since tasks 25.700.0 the card shows a row that
    /// opens the app in a slider; old cards embedded it); pages with no known frame (`1C_PAGE`,
    /// `BI_ANALYTICS_MENU`, `CRM_REQUISITE_EDIT_FORM`, the never-called `IM_SMILES_SELECTOR`) and unknown
    /// codes are [`Presentation::Inline`], so the app sizes itself to its content.
    pub fn presentation(&self) -> Presentation {
        use Presentation::{Hidden, Inline, Slider};
        match self {
            Self::Default(page) => {
                if page.in_slider {
                    Slider
                } else {
                    Inline
                }
            }
            Self::CrmEntity(p) => match p.slot {
                CrmEntitySlot::DetailTab => Inline,
                CrmEntitySlot::DetailActivity(ActivityMode::BuiltIn) => Hidden,
                CrmEntitySlot::DetailActivity(ActivityMode::Classic)
                | CrmEntitySlot::ListMenu
                | CrmEntitySlot::DetailToolbar
                | CrmEntitySlot::TimelineMenu(_)
                | CrmEntitySlot::DocumentGenerator => Slider,
            },
            Self::CrmSection(section) => match section {
                CrmSectionPlacement::ListToolbar { .. }
                | CrmSectionPlacement::RobotDesignerToolbar { .. }
                | CrmSectionPlacement::FunnelsToolbar { .. }
                | CrmSectionPlacement::AnalyticsToolbar => Slider,
                CrmSectionPlacement::AnalyticsMenu
                | CrmSectionPlacement::BiAnalyticsMenu
                | CrmSectionPlacement::RequisiteEditForm
                | CrmSectionPlacement::OneCPage => Inline,
            },
            Self::CrmSearch(_) | Self::BackgroundWorker | Self::CatalogExternalProduct => Hidden,
            Self::Task(_) => Slider,
            Self::Workgroup(WorkgroupPlacement::DetailTab { .. }) => Inline,
            Self::Workgroup(_) => Slider,
            Self::Messenger(m) => match m {
                MessengerPlacement::Navigation
                | MessengerPlacement::Textarea { .. }
                | MessengerPlacement::Sidebar { .. }
                | MessengerPlacement::SmilesSelector => Inline,
                MessengerPlacement::ContextMenu { .. }
                | MessengerPlacement::MobileContextMenu { .. } => Slider,
            },
            Self::LeftMenu
            | Self::Calendar(_)
            | Self::CallCard(_)
            | Self::TelephonyAnalytics
            | Self::OpenLinesConnector(_)
            | Self::UserFieldType(_)
            | Self::Unknown { .. } => Inline,
            Self::Landing(LandingPlacement::Settings { .. }) => Inline,
            Self::Landing(_)
            | Self::UserProfile(_)
            | Self::ContactCenter { .. }
            | Self::RestAppUri(_)
            | Self::RobotSettings(_)
            | Self::HrSalaryVacation { .. } => Slider,
        }
    }

    /// The CRM element the widget is about, when there is one: the target of a CRM element placement,
    /// the element a call is bound to, the element a custom field belongs to, or the client whose bank
    /// details are searched. Lets the router preload it without matching every variant.
    pub fn entity_ref(&self) -> Option<CrmRef> {
        match self {
            Self::CrmEntity(p) => Some(p.target),
            Self::CallCard(call) => call.crm,
            Self::UserFieldType(field) => field.crm,
            Self::CrmSearch(CrmSearchPlacement::BankDetailAutocomplete { client, .. }) => *client,
            _ => None,
        }
    }

    /// Whether the frame is invisible ([`Presentation::Hidden`]): render nothing, only run logic.
    pub fn is_hidden(&self) -> bool {
        self.presentation() == Presentation::Hidden
    }
}
