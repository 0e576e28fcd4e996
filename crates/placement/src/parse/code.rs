//! Placement codes: which catalogued placement an upper-cased `PLACEMENT` value names.
//!
//! Exact codes are matched first, then the two families of the catalogue: `CRM_DYNAMIC_(\d+)_<FAMILY>`
//! (the smart-process type id exists only here) and `LANDING_BLOCK_(.+)`. The CRM codes are
//! `CRM_<ENTITY>_<FAMILY>`; [`CrmFamily::exists_for`] holds the catalogue's table of which combinations
//! the portal really has, so `CRM_CONTACT_ACTIVITY_TIMELINE_MENU` stays unknown.

use crate::crm::CrmEntityType;
use crate::ids::EntityTypeId;
use crate::model::{BlockFilter, TaskCardSlot, TaskLegacyCode};

/// A catalogued placement, before its options are read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Code {
    Default,
    LeftMenu,
    /// `CRM_<ENTITY>_<FAMILY>` (and `CRM_FUNNELS_TOOLBAR`, the deal funnels).
    Crm(CrmEntityType, CrmFamily),
    CrmAnalyticsMenu,
    CrmAnalyticsToolbar,
    BiAnalyticsMenu,
    CrmRequisiteEditForm,
    OneCPage,
    CrmDetailSearch,
    CrmRequisiteAutocomplete,
    CrmBankDetailAutocomplete,
    TaskCard(TaskCardSlot),
    TaskListContextMenu,
    TaskUserListToolbar,
    TaskGroupListToolbar,
    TaskRobotDesignerToolbar,
    TaskLegacy(TaskLegacyCode),
    GroupDetailTab,
    GroupToolbar,
    GroupRobotDesignerToolbar,
    UserProfileMenu,
    UserProfileToolbar,
    CalendarGridView,
    CallCard,
    TelephonyAnalyticsMenu,
    ImNavigation,
    ImTextarea,
    ImSidebar,
    ImContextMenu,
    ImSmilesSelector,
    ImMobileContextMenu,
    ContactCenter,
    SettingConnector,
    RestAppUri,
    PageBackgroundWorker,
    UserFieldType,
    RobotDialog,
    LandingSettings,
    LandingBlock(BlockFilter),
    CatalogExternalProduct,
    HcmLinkSalaryVacation,
}

/// The per-entity CRM widget families (the `<FAMILY>` of `CRM_<ENTITY>_<FAMILY>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CrmFamily {
    ListMenu,
    ListToolbar,
    DetailTab,
    DetailActivity,
    DetailToolbar,
    ActivityTimelineMenu,
    DocumentGeneratorButton,
    RobotDesignerToolbar,
    FunnelsToolbar,
}

impl CrmFamily {
    /// Every family.
    pub(crate) const ALL: [CrmFamily; 9] = [
        Self::ListMenu,
        Self::ListToolbar,
        Self::DetailTab,
        Self::DetailActivity,
        Self::DetailToolbar,
        Self::ActivityTimelineMenu,
        Self::DocumentGeneratorButton,
        Self::RobotDesignerToolbar,
        Self::FunnelsToolbar,
    ];

    /// The code suffix, with its leading underscore. No suffix is a suffix of another, so at most one
    /// matches a code.
    pub(crate) fn suffix(self) -> &'static str {
        match self {
            Self::ListMenu => "_LIST_MENU",
            Self::ListToolbar => "_LIST_TOOLBAR",
            Self::DetailTab => "_DETAIL_TAB",
            Self::DetailActivity => "_DETAIL_ACTIVITY",
            Self::DetailToolbar => "_DETAIL_TOOLBAR",
            Self::ActivityTimelineMenu => "_ACTIVITY_TIMELINE_MENU",
            Self::DocumentGeneratorButton => "_DOCUMENTGENERATOR_BUTTON",
            Self::RobotDesignerToolbar => "_ROBOT_DESIGNER_TOOLBAR",
            Self::FunnelsToolbar => "_FUNNELS_TOOLBAR",
        }
    }

    /// Whether `CRM_<entity>_<self>` exists (placements.md §5.1 table; smart processes have every
    /// family). Deal funnels are the entity-less `CRM_FUNNELS_TOOLBAR`, so `CRM_DEAL_FUNNELS_TOOLBAR`
    /// does not exist.
    pub(crate) fn exists_for(self, entity: CrmEntityType) -> bool {
        use CrmEntityType::*;
        if matches!(entity, Dynamic(_)) {
            return true;
        }
        match self {
            Self::ListMenu => !matches!(entity, Order),
            Self::ListToolbar => !matches!(entity, Activity),
            Self::DetailTab | Self::DetailActivity => {
                matches!(
                    entity,
                    Lead | Deal | Contact | Company | Quote | SmartInvoice | Order
                )
            }
            Self::DetailToolbar | Self::DocumentGeneratorButton => {
                matches!(
                    entity,
                    Lead | Deal | Contact | Company | Quote | SmartInvoice | Invoice
                )
            }
            Self::ActivityTimelineMenu => matches!(entity, Lead | Deal | Quote | SmartInvoice),
            Self::RobotDesignerToolbar => matches!(entity, Lead | Deal | SmartInvoice),
            Self::FunnelsToolbar => matches!(entity, SmartInvoice),
        }
    }
}

/// The catalogued placement `code` names (upper-cased, trimmed), or `None` for an unknown code.
///
/// A smart-process id that does not fit in 32 bits cannot name a real type, so such codes are unknown.
pub(crate) fn classify(code: &str) -> Option<Code> {
    exact(code)
        .or_else(|| crm_entity_code(code))
        .or_else(|| landing_block(code))
}

fn exact(code: &str) -> Option<Code> {
    use Code::*;
    Some(match code {
        "DEFAULT" => Default,
        "LEFT_MENU" => LeftMenu,
        "CRM_FUNNELS_TOOLBAR" => Crm(CrmEntityType::Deal, CrmFamily::FunnelsToolbar),
        "CRM_ANALYTICS_MENU" => CrmAnalyticsMenu,
        "CRM_ANALYTICS_TOOLBAR" => CrmAnalyticsToolbar,
        "BI_ANALYTICS_MENU" => BiAnalyticsMenu,
        "CRM_REQUISITE_EDIT_FORM" => CrmRequisiteEditForm,
        "1C_PAGE" => OneCPage,
        "CRM_DETAIL_SEARCH" => CrmDetailSearch,
        "CRM_REQUISITE_AUTOCOMPLETE" => CrmRequisiteAutocomplete,
        "CRM_BANK_DETAIL_AUTOCOMPLETE" => CrmBankDetailAutocomplete,
        "TASK_VIEW_TAB" => TaskCard(TaskCardSlot::Tab),
        "TASK_VIEW_SIDEBAR" => TaskCard(TaskCardSlot::Sidebar),
        "TASK_VIEW_TOP_PANEL" => TaskCard(TaskCardSlot::TopPanel),
        "TASK_LIST_CONTEXT_MENU" => TaskListContextMenu,
        "TASK_USER_LIST_TOOLBAR" => TaskUserListToolbar,
        "TASK_GROUP_LIST_TOOLBAR" => TaskGroupListToolbar,
        "TASK_ROBOT_DESIGNER_TOOLBAR" => TaskRobotDesignerToolbar,
        "TASK_TOP_MENU" => TaskLegacy(TaskLegacyCode::TopMenu),
        "TASK_VIEW_MODE" => TaskLegacy(TaskLegacyCode::ViewMode),
        "TASK_VIEW_MENU_ADD" => TaskLegacy(TaskLegacyCode::ViewMenuAdd),
        "TASK_VIEW_SLIDER" => TaskLegacy(TaskLegacyCode::ViewSlider),
        "TASK_VIEW_DRAWER" => TaskLegacy(TaskLegacyCode::ViewDrawer),
        "SONET_GROUP_DETAIL_TAB" => GroupDetailTab,
        "SONET_GROUP_TOOLBAR" => GroupToolbar,
        "SONET_GROUP_ROBOT_DESIGNER_TOOLBAR" => GroupRobotDesignerToolbar,
        "USER_PROFILE_MENU" => UserProfileMenu,
        "USER_PROFILE_TOOLBAR" => UserProfileToolbar,
        "CALENDAR_GRIDVIEW" => CalendarGridView,
        "CALL_CARD" => CallCard,
        "TELEPHONY_ANALYTICS_MENU" => TelephonyAnalyticsMenu,
        "IM_NAVIGATION" => ImNavigation,
        "IM_TEXTAREA" => ImTextarea,
        "IM_SIDEBAR" => ImSidebar,
        "IM_CONTEXT_MENU" => ImContextMenu,
        "IM_SMILES_SELECTOR" => ImSmilesSelector,
        "IMMOBILE_CONTEXT_MENU" => ImMobileContextMenu,
        "CONTACT_CENTER" => ContactCenter,
        "SETTING_CONNECTOR" => SettingConnector,
        "REST_APP_URI" => RestAppUri,
        "PAGE_BACKGROUND_WORKER" => PageBackgroundWorker,
        "USERFIELD_TYPE" => UserFieldType,
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG" => RobotDialog,
        "LANDING_SETTINGS" => LandingSettings,
        "LANDING_BLOCK_*" => LandingBlock(BlockFilter::Any),
        "CATALOG_EXTERNAL_PRODUCT" => CatalogExternalProduct,
        "HCMLINK_SALARY_VACATION" => HcmLinkSalaryVacation,
        _ => return None,
    })
}

/// `CRM_<ENTITY>_<FAMILY>` where the combination exists, including `CRM_DYNAMIC_(\d+)_<FAMILY>`.
fn crm_entity_code(code: &str) -> Option<Code> {
    let rest = code.strip_prefix("CRM_")?;
    CrmFamily::ALL.into_iter().find_map(|family| {
        let entity = entity_in_code(rest.strip_suffix(family.suffix())?)?;
        family
            .exists_for(entity)
            .then_some(Code::Crm(entity, family))
    })
}

/// The `<ENTITY>` part of a CRM code: a fixed name or `DYNAMIC_<digits>` (ASCII digits, fits in u32).
fn entity_in_code(name: &str) -> Option<CrmEntityType> {
    if let Some(digits) = name.strip_prefix("DYNAMIC_") {
        let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        return all_digits
            .then(|| digits.parse().ok())
            .flatten()
            .map(|id| CrmEntityType::Dynamic(EntityTypeId(id)));
    }
    CrmEntityType::FIXED
        .into_iter()
        .find(|t| t.code_name() == name)
}

/// `LANDING_BLOCK_(.+)`: a handler registered for one block code (`LANDING_BLOCK_*` is matched exactly
/// before this, as [`BlockFilter::Any`]).
fn landing_block(code: &str) -> Option<Code> {
    let block = code
        .strip_prefix("LANDING_BLOCK_")
        .filter(|rest| !rest.is_empty())?;
    Some(Code::LandingBlock(BlockFilter::Code(block.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;
    use std::collections::BTreeSet;

    fn catalogued_codes() -> BTreeSet<String> {
        catalogue::entries()
            .expect("catalogue parses")
            .iter()
            .map(catalogue::concrete_code)
            .collect()
    }

    #[test]
    fn every_catalogued_code_is_known() {
        for code in catalogued_codes() {
            assert!(
                classify(&code).is_some(),
                "{code} is catalogued but unknown to the parser"
            );
        }
    }

    #[test]
    fn crm_combinations_are_known_exactly_when_catalogued() {
        let catalogued = catalogued_codes();
        let entities = CrmEntityType::FIXED
            .into_iter()
            .chain([CrmEntityType::Dynamic(EntityTypeId(183))]);
        let mut known = 0;
        for entity in entities {
            for family in CrmFamily::ALL {
                let code = format!("CRM_{}{}", entity.code_name(), family.suffix());
                let parsed = classify(&code);
                assert_eq!(parsed.is_some(), catalogued.contains(&code), "{code}");
                known += usize::from(parsed.is_some());
            }
        }
        // 52 entity-named codes (CRM_FUNNELS_TOOLBAR is matched exactly) and 9 smart-process families.
        assert_eq!(known, 52 + 9);
    }

    #[test]
    fn families_capture_their_variable_part() {
        let dynamic = |id| CrmEntityType::Dynamic(EntityTypeId(id));
        assert_eq!(
            classify("CRM_DYNAMIC_183_DETAIL_TAB"),
            Some(Code::Crm(dynamic(183), CrmFamily::DetailTab))
        );
        assert_eq!(
            classify("CRM_DYNAMIC_0183_LIST_MENU"),
            Some(Code::Crm(dynamic(183), CrmFamily::ListMenu))
        );
        assert_eq!(
            classify("CRM_DYNAMIC_1038_ACTIVITY_TIMELINE_MENU"),
            Some(Code::Crm(dynamic(1038), CrmFamily::ActivityTimelineMenu))
        );
        assert_eq!(
            classify("CRM_FUNNELS_TOOLBAR"),
            Some(Code::Crm(CrmEntityType::Deal, CrmFamily::FunnelsToolbar))
        );
        assert_eq!(
            classify("LANDING_BLOCK_*"),
            Some(Code::LandingBlock(BlockFilter::Any))
        );
        assert_eq!(
            classify("LANDING_BLOCK_04.1.ONE_COL"),
            Some(Code::LandingBlock(BlockFilter::Code("04.1.ONE_COL".into())))
        );
    }

    #[test]
    fn near_misses_are_unknown() {
        for code in [
            "",
            "CRM_",
            "CRM_DYNAMIC_",
            "CRM_DYNAMIC__DETAIL_TAB",
            "CRM_DYNAMIC_X_DETAIL_TAB",
            "CRM_DYNAMIC_-1_DETAIL_TAB",
            "CRM_DYNAMIC_+1_DETAIL_TAB",
            "CRM_DYNAMIC_１２_DETAIL_TAB",
            "CRM_DYNAMIC_99999999999999999999_DETAIL_TAB",
            "CRM_DYNAMIC_4294967296_DETAIL_TAB",
            "CRM_SMART_183_DETAIL_TAB",
            "CRM_DEAL_FUNNELS_TOOLBAR",
            "CRM_CONTACT_ACTIVITY_TIMELINE_MENU",
            "CRM_ORDER_LIST_MENU",
            "CRM_DETAIL_TAB",
            "CRM_DEAL_DETAIL_TAB_",
            "LANDING_BLOCK_",
            "LANDING_BLOCK",
            "crm_deal_detail_tab",
        ] {
            assert_eq!(classify(code), None, "{code:?}");
        }
        assert!(classify("CRM_DYNAMIC_4294967295_DETAIL_TAB").is_some());
    }
}
