//! Every catalogue entry parses from its own example into the expected family, and a representative of
//! every family parses into exactly the expected typed value.

mod common;

use common::{entries, example, ok, placement};
use placement::catalogue::{concrete_code, concrete_example_options, CatalogueEntry};
use placement::*;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Suffixes of the CRM families that are bound to one element.
const CRM_ELEMENT_SUFFIXES: [&str; 6] = [
    "_LIST_MENU",
    "_DETAIL_TAB",
    "_DETAIL_ACTIVITY",
    "_DETAIL_TOOLBAR",
    "_ACTIVITY_TIMELINE_MENU",
    "_DOCUMENTGENERATOR_BUTTON",
];

/// The family an entry must parse into, from its catalogue area and code.
fn expected_family(entry: &CatalogueEntry) -> Family {
    let code = entry.code.as_str();
    match entry.area.as_str() {
        "crm"
            if [
                "CRM_DETAIL_SEARCH",
                "CRM_REQUISITE_AUTOCOMPLETE",
                "CRM_BANK_DETAIL_AUTOCOMPLETE",
            ]
            .contains(&code) =>
        {
            Family::CrmSearch
        }
        "crm" if CRM_ELEMENT_SUFFIXES.iter().any(|s| code.ends_with(s)) => Family::CrmEntity,
        "crm" => Family::CrmSection,
        "task" => Family::Task,
        "sonet" => Family::Workgroup,
        "user" => Family::UserProfile,
        "calendar" => Family::Calendar,
        "telephony" if code == "CALL_CARD" => Family::CallCard,
        "telephony" => Family::TelephonyAnalytics,
        "im" => Family::Messenger,
        "contact_center" => Family::ContactCenter,
        "openlines" => Family::OpenLines,
        "universal" if code == "REST_APP_URI" => Family::RestAppUri,
        "universal" => Family::BackgroundWorker,
        "app" => Family::Home,
        "userfield" => Family::UserField,
        "bizproc" => Family::Robot,
        "landing" => Family::Landing,
        "catalog" => Family::Catalog,
        "hr" => Family::Hr,
        other => panic!("area {other} of {code} has no expected family"),
    }
}

/// The presentation an entry must have: read from the catalogue's wording, except where the wording
/// names no frame kind and the crate decides (see `Placement::presentation`).
fn expected_presentation(entry: &CatalogueEntry) -> Presentation {
    match entry.code.as_str() {
        "TASK_VIEW_TAB" | "TASK_VIEW_SIDEBAR" | "TASK_VIEW_TOP_PANEL" => {
            return Presentation::Slider
        }
        "TASK_TOP_MENU" | "TASK_VIEW_MODE" | "TASK_VIEW_MENU_ADD" | "TASK_VIEW_SLIDER"
        | "TASK_VIEW_DRAWER" => return Presentation::Slider,
        "IMMOBILE_CONTEXT_MENU" => return Presentation::Slider,
        "IM_SMILES_SELECTOR" | "BI_ANALYTICS_MENU" | "CRM_REQUISITE_EDIT_FORM" | "1C_PAGE" => {
            return Presentation::Inline
        }
        _ => {}
    }
    let wording = entry.presentation.to_ascii_lowercase();
    if wording.starts_with("hidden") {
        Presentation::Hidden
    } else if wording.starts_with("inline") || wording.starts_with("workarea") {
        Presentation::Inline
    } else if wording.starts_with("slider") {
        Presentation::Slider
    } else {
        panic!(
            "{}: no presentation rule for {:?}",
            entry.code, entry.presentation
        )
    }
}

#[test]
fn every_catalogue_entry_parses_from_its_example() {
    let entries = entries();
    let mut covered = 0;
    let mut families = BTreeSet::new();
    for entry in &entries {
        let code = concrete_code(entry);
        let options = concrete_example_options(entry);
        let ctx = parse(Some(&code), &options).unwrap_or_else(|e| panic!("{code}: {e}"));

        assert_eq!(ctx.code, code);
        assert_eq!(ctx.placement.family(), expected_family(entry), "{code}");
        assert!(
            !matches!(ctx.placement, Placement::Unknown { .. }),
            "{code} parsed as Unknown"
        );
        assert_eq!(
            ctx.placement.presentation(),
            expected_presentation(entry),
            "{code}"
        );
        assert_eq!(
            ctx.uri.as_deref(),
            options.get("URI").and_then(Value::as_str),
            "{code}"
        );
        assert_eq!(
            Value::Object(ctx.raw_options.clone()),
            if options.is_null() {
                json!({})
            } else {
                options.clone()
            }
        );

        // The raw POST field gives the same result, in lower case too.
        let text = (!options.is_null()).then(|| options.to_string());
        let from_text = parse_options_text(Some(&code.to_lowercase()), text.as_deref())
            .unwrap_or_else(|e| panic!("{code} as text: {e}"));
        assert_eq!(from_text, ctx, "{code}");

        families.insert(ctx.placement.family());
        covered += 1;
    }
    assert_eq!(covered, 109, "every catalogue entry is exercised");
    let all_but_unknown: BTreeSet<Family> = Family::ALL
        .into_iter()
        .filter(|f| *f != Family::Unknown)
        .collect();
    assert_eq!(
        families, all_but_unknown,
        "the catalogue reaches every family"
    );
}

#[test]
fn family_labels_are_distinct_english_names() {
    let labels: BTreeSet<&str> = Family::ALL.iter().map(Family::label).collect();
    assert_eq!(labels.len(), Family::ALL.len());
    assert_eq!(Family::CrmEntity.label(), "CRM entity");
    assert_eq!(Family::Task.to_string(), "Tasks");
}

fn crm(entity: CrmEntityType, id: u64) -> CrmRef {
    CrmRef {
        entity,
        id: EntityId(id),
    }
}

fn on_element(target: CrmRef, slot: CrmEntitySlot) -> Placement {
    Placement::CrmEntity(CrmEntityPlacement { target, slot })
}

#[test]
fn crm_entity_family() {
    let (code, options) = example("CRM_DYNAMIC_<id>_DETAIL_TAB");
    assert_eq!(code, "CRM_DYNAMIC_183_DETAIL_TAB");
    let ctx = ok(&code, options);
    let target = crm(CrmEntityType::Dynamic(EntityTypeId(183)), 8061);
    assert_eq!(ctx.placement, on_element(target, CrmEntitySlot::DetailTab));
    assert_eq!(ctx.placement.entity_ref(), Some(target));
    assert_eq!(ctx.placement.presentation(), Presentation::Inline);
    assert_eq!(ctx.uri.as_deref(), Some("/crm/type/183/details/8061/"));

    let (code, options) = example("CRM_QUOTE_DETAIL_TOOLBAR");
    assert_eq!(
        options,
        json!({"ENTITY_ID": "8061", "URI": "/crm/quote/details/8061/"})
    );
    assert_eq!(
        placement(&code, options),
        on_element(
            crm(CrmEntityType::Quote, 8061),
            CrmEntitySlot::DetailToolbar
        )
    );
    // Either key, whatever the type.
    assert_eq!(
        placement("CRM_DEAL_DETAIL_TOOLBAR", json!({"ENTITY_ID": "5"})),
        on_element(crm(CrmEntityType::Deal, 5), CrmEntitySlot::DetailToolbar)
    );

    let (code, options) = example("CRM_DEAL_ACTIVITY_TIMELINE_MENU");
    let record = TimelineRecord {
        associated_id: EntityId(8097),
        associated_type: EntityTypeId(6),
        type_id: None,
        type_category_id: None,
        timeline_item_id: None,
    };
    assert_eq!(
        placement(&code, options),
        on_element(
            crm(CrmEntityType::Deal, 8061),
            CrmEntitySlot::TimelineMenu(record)
        )
    );
    let full = json!({"ENTITY_ID": "8061", "ASSOCIATED_ENTITY_ID": "8097", "ASSOCIATED_ENTITY_TYPE_ID": "6",
                      "TYPE_ID": "1", "TYPE_CATEGORY_ID": "0", "TIMELINE_ITEM_ID": "99"});
    let record = TimelineRecord {
        associated_id: EntityId(8097),
        associated_type: EntityTypeId(6),
        type_id: Some(1),
        type_category_id: Some(0),
        timeline_item_id: Some(99),
    };
    assert_eq!(
        placement("CRM_DYNAMIC_1038_ACTIVITY_TIMELINE_MENU", full),
        on_element(
            crm(CrmEntityType::Dynamic(EntityTypeId(1038)), 8061),
            CrmEntitySlot::TimelineMenu(record)
        )
    );

    let (code, options) = example("CRM_DEAL_DETAIL_ACTIVITY");
    let classic = placement(&code, options);
    assert_eq!(
        classic,
        on_element(
            crm(CrmEntityType::Deal, 8061),
            CrmEntitySlot::DetailActivity(ActivityMode::Classic)
        )
    );
    assert_eq!(classic.presentation(), Presentation::Slider);
    let built_in = placement(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"entityTypeId": 2, "entityId": 8061, "useBuiltInInterface": "Y", "URI": "/crm/deal/details/8061/"}),
    );
    assert_eq!(
        built_in,
        on_element(
            crm(CrmEntityType::Deal, 8061),
            CrmEntitySlot::DetailActivity(ActivityMode::BuiltIn)
        )
    );
    assert_eq!(built_in.presentation(), Presentation::Hidden);

    let (code, options) = example("CRM_ACTIVITY_LIST_MENU");
    assert_eq!(
        placement(&code, options),
        on_element(crm(CrmEntityType::Activity, 8061), CrmEntitySlot::ListMenu)
    );
    let (code, options) = example("CRM_INVOICE_DOCUMENTGENERATOR_BUTTON");
    assert_eq!(
        placement(&code, options),
        on_element(
            crm(CrmEntityType::Invoice, 5),
            CrmEntitySlot::DocumentGenerator
        )
    );
    let (code, options) = example("CRM_ORDER_DETAIL_TAB");
    assert_eq!(
        placement(&code, options),
        on_element(crm(CrmEntityType::Order, 8061), CrmEntitySlot::DetailTab)
    );
}

#[test]
fn crm_section_family() {
    let section = Placement::CrmSection;
    let (code, options) = example("CRM_DEAL_ROBOT_DESIGNER_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        section(CrmSectionPlacement::RobotDesignerToolbar {
            entity: CrmEntityType::Deal,
            category: Some(0)
        })
    );
    let (code, options) = example("CRM_DYNAMIC_<id>_ROBOT_DESIGNER_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        section(CrmSectionPlacement::RobotDesignerToolbar {
            entity: CrmEntityType::Dynamic(EntityTypeId(183)),
            category: Some(0)
        })
    );
    assert_eq!(
        placement("CRM_LEAD_ROBOT_DESIGNER_TOOLBAR", json!({})),
        section(CrmSectionPlacement::RobotDesignerToolbar {
            entity: CrmEntityType::Lead,
            category: None
        })
    );
    let (code, options) = example("CRM_FUNNELS_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        section(CrmSectionPlacement::FunnelsToolbar {
            entity: CrmEntityType::Deal
        })
    );
    let (code, options) = example("CRM_ORDER_LIST_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        section(CrmSectionPlacement::ListToolbar {
            entity: CrmEntityType::Order
        })
    );
    assert_eq!(
        placement("BI_ANALYTICS_MENU", Value::Null),
        section(CrmSectionPlacement::BiAnalyticsMenu)
    );
    assert_eq!(
        placement("1C_PAGE", Value::Null),
        section(CrmSectionPlacement::OneCPage)
    );
}

#[test]
fn crm_search_family() {
    let (code, options) = example("CRM_DETAIL_SEARCH");
    let client_search = placement(&code, options);
    assert_eq!(
        client_search,
        Placement::CrmSearch(CrmSearchPlacement::ClientSearch {
            entity: CrmEntityType::Company,
            query: "Daisy".into()
        })
    );
    assert!(client_search.is_hidden());
    let (code, options) = example("CRM_BANK_DETAIL_AUTOCOMPLETE");
    let company = crm(CrmEntityType::Company, 2979);
    let bank = placement(&code, options);
    assert_eq!(
        bank,
        Placement::CrmSearch(CrmSearchPlacement::BankDetailAutocomplete {
            query: "044599999".into(),
            client: Some(company)
        })
    );
    assert_eq!(bank.entity_ref(), Some(company));
    let (code, options) = example("CRM_REQUISITE_AUTOCOMPLETE");
    assert_eq!(
        placement(&code, options),
        Placement::CrmSearch(CrmSearchPlacement::RequisiteAutocomplete {
            query: "Daisy".into()
        })
    );
}

#[test]
fn task_family() {
    let card = |slot, task| {
        Placement::Task(TaskPlacement::Card {
            slot,
            task: TaskId(task),
        })
    };
    assert_eq!(
        placement("TASK_VIEW_TOP_PANEL", json!({"TASK_ID": "31"})),
        card(TaskCardSlot::TopPanel, 31)
    );
    let (code, options) = example("TASK_VIEW_TAB");
    assert_eq!(placement(&code, options), card(TaskCardSlot::Tab, 31));
    assert_eq!(
        placement("TASK_VIEW_SIDEBAR", json!({"ID": 7})),
        card(TaskCardSlot::Sidebar, 7)
    );
    // taskId is preferred over TASK_ID, which is preferred over ID.
    assert_eq!(
        placement(
            "TASK_VIEW_TAB",
            json!({"ID": "1", "TASK_ID": "2", "taskId": "3"})
        ),
        card(TaskCardSlot::Tab, 3)
    );
    assert_eq!(
        placement("TASK_VIEW_TAB", json!({"ID": "1", "TASK_ID": "2"})),
        card(TaskCardSlot::Tab, 2)
    );

    let (code, options) = example("TASK_LIST_CONTEXT_MENU");
    assert_eq!(
        placement(&code, options),
        Placement::Task(TaskPlacement::ListContextMenu { task: TaskId(31) })
    );
    let (code, options) = example("TASK_USER_LIST_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        Placement::Task(TaskPlacement::UserListToolbar { user: UserId(1) })
    );
    let (code, options) = example("TASK_GROUP_LIST_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        Placement::Task(TaskPlacement::GroupListToolbar { group: GroupId(11) })
    );

    let robot = |owner| Placement::Task(TaskPlacement::RobotDesignerToolbar { owner });
    let (code, options) = example("TASK_ROBOT_DESIGNER_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        robot(TaskOwner::Group(GroupId(11)))
    );
    assert_eq!(
        placement(&code, json!({"USER_ID": "1"})),
        robot(TaskOwner::User(UserId(1)))
    );
    assert_eq!(
        placement(&code, json!({"URI": "/x/"})),
        robot(TaskOwner::Unspecified)
    );

    assert_eq!(
        placement("TASK_VIEW_MODE", Value::Null),
        Placement::Task(TaskPlacement::Legacy {
            code: TaskLegacyCode::ViewMode,
            task: None
        })
    );
    assert_eq!(
        placement("TASK_TOP_MENU", json!({"ID": "12", "MODE": "x"})),
        Placement::Task(TaskPlacement::Legacy {
            code: TaskLegacyCode::TopMenu,
            task: Some(TaskId(12))
        })
    );
    // Undocumented codes never fail on keys whose meaning is unknown.
    assert_eq!(
        placement("TASK_VIEW_DRAWER", json!({"ID": "list"})),
        Placement::Task(TaskPlacement::Legacy {
            code: TaskLegacyCode::ViewDrawer,
            task: None
        })
    );
}

#[test]
fn workgroup_user_profile_and_calendar_families() {
    let (code, options) = example("SONET_GROUP_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        Placement::Workgroup(WorkgroupPlacement::Toolbar {
            group: Some(GroupId(10))
        })
    );
    assert_eq!(
        placement("SONET_GROUP_TOOLBAR", Value::Null),
        Placement::Workgroup(WorkgroupPlacement::Toolbar { group: None })
    );
    let (code, options) = example("SONET_GROUP_DETAIL_TAB");
    assert_eq!(
        placement(&code, options),
        Placement::Workgroup(WorkgroupPlacement::DetailTab { group: GroupId(10) })
    );
    let (code, options) = example("SONET_GROUP_ROBOT_DESIGNER_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        Placement::Workgroup(WorkgroupPlacement::RobotDesignerToolbar { group: GroupId(10) })
    );

    let (code, options) = example("USER_PROFILE_TOOLBAR");
    assert_eq!(
        placement(&code, options),
        Placement::UserProfile(UserProfilePlacement::Toolbar {
            owner: UserId(1401)
        })
    );
    let (code, options) = example("USER_PROFILE_MENU");
    assert_eq!(
        placement(&code, options),
        Placement::UserProfile(UserProfilePlacement::Menu {
            current_user: UserId(1)
        })
    );

    let (code, options) = example("CALENDAR_GRIDVIEW");
    let date = |year, month, day| Date { year, month, day };
    assert_eq!(
        placement(&code, options),
        Placement::Calendar(CalendarView {
            from: date(2026, 7, 26),
            to: date(2026, 9, 6),
            owner: CalendarOwner::Company
        })
    );
    let personal = json!({"viewRangeFrom": "2024-02-29", "viewRangeTo": "2024-03-03",
                          "URI": "/company/personal/user/7/calendar/?IFRAME=Y"});
    assert_eq!(
        placement("CALENDAR_GRIDVIEW", personal),
        Placement::Calendar(CalendarView {
            from: date(2024, 2, 29),
            to: date(2024, 3, 3),
            owner: CalendarOwner::User(UserId(7))
        })
    );
}

#[test]
fn call_card_family() {
    let (code, options) = example("CALL_CARD");
    let ctx = ok(&code, options);
    let expected = CallContext {
        call_id: "externalCall.c3ee67f1a63f6e6117c230ab59cc49ea.1723556778".into(),
        phone: Some("+4930123456".into()),
        line_number: Some("+49 30 000-00-00".into()),
        line_name: Some("+49 30 000-00-00".into()),
        crm: Some(crm(CrmEntityType::Company, 17)),
        bindings: vec![
            crm(CrmEntityType::Deal, 25),
            crm(CrmEntityType::Company, 17),
        ],
        activity: None,
        direction: CallDirection::Incoming,
        state: Some(CallState::Connected),
        call_list_mode: false,
    };
    assert_eq!(ctx.placement, Placement::CallCard(expected));
    assert_eq!(
        ctx.placement.entity_ref(),
        Some(crm(CrmEntityType::Company, 17))
    );
    assert_eq!(ctx.uri.as_deref(), Some("/crm/company/details/17/"));

    let (code, options) = example("TELEPHONY_ANALYTICS_MENU");
    assert_eq!(placement(&code, options), Placement::TelephonyAnalytics);
}

#[test]
fn messenger_family() {
    let (code, options) = example("IM_CONTEXT_MENU");
    assert_eq!(
        placement(&code, options),
        Placement::Messenger(MessengerPlacement::ContextMenu {
            dialog: DialogId::Chat(2),
            message: MessageId(2431)
        })
    );
    let (code, options) = example("IM_TEXTAREA");
    assert_eq!(
        placement(&code, options),
        Placement::Messenger(MessengerPlacement::Textarea {
            dialog: DialogId::Chat(2)
        })
    );
    assert_eq!(
        placement("IM_SIDEBAR", json!({"dialogId": 17})),
        Placement::Messenger(MessengerPlacement::Sidebar {
            dialog: DialogId::User(UserId(17))
        })
    );
    let (code, options) = example("IMMOBILE_CONTEXT_MENU");
    let mobile = ok(&code, options);
    assert_eq!(
        mobile.placement,
        Placement::Messenger(MessengerPlacement::MobileContextMenu {
            dialog: DialogId::Chat(1)
        })
    );
    assert_eq!(mobile.uri, None);
    assert_eq!(
        placement("IM_NAVIGATION", Value::Null),
        Placement::Messenger(MessengerPlacement::Navigation)
    );
    assert_eq!(
        placement("IM_SMILES_SELECTOR", Value::Null),
        Placement::Messenger(MessengerPlacement::SmilesSelector)
    );
}

#[test]
fn contact_center_open_lines_link_and_worker_families() {
    let (code, options) = example("CONTACT_CENTER");
    assert_eq!(
        placement(&code, options),
        Placement::ContactCenter {
            tile: BindingId(717)
        }
    );

    let (code, options) = example("SETTING_CONNECTOR");
    assert_eq!(
        placement(&code, options),
        Placement::OpenLinesConnector(ConnectorSettings {
            connector: "my_connector".into(),
            line: LineId(3),
            active: true,
            connected: false,
            registered: false,
            error: false,
            ok: false,
        })
    );

    let (code, options) = example("REST_APP_URI");
    let params: BTreeMap<String, String> = [("test", "y"), ("docId", "42")]
        .map(|(k, v)| (k.into(), v.into()))
        .into();
    assert_eq!(
        placement(&code, options),
        Placement::RestAppUri(RestAppLink { params })
    );

    let (code, options) = example("PAGE_BACKGROUND_WORKER");
    let worker = placement(&code, options);
    assert_eq!(worker, Placement::BackgroundWorker);
    assert!(worker.is_hidden());
}

#[test]
fn home_family() {
    let page = placement(
        "DEFAULT",
        json!({"IFRAME": "Y", "IFRAME_TYPE": "SIDE_SLIDER", "docId": "42", "bx24_width": 800, "URI": "/x/"}),
    );
    let params: Map<String, Value> = json!({"docId": "42"})
        .as_object()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        page,
        Placement::Default(AppPage {
            params,
            in_slider: true
        })
    );
    assert_eq!(page.presentation(), Presentation::Slider);
    let (code, options) = example("DEFAULT");
    let main = placement(&code, options);
    assert_eq!(
        main,
        Placement::Default(AppPage {
            params: Map::new(),
            in_slider: false
        })
    );
    assert_eq!(main.presentation(), Presentation::Inline);
    let (code, options) = example("LEFT_MENU");
    assert_eq!(placement(&code, options), Placement::LeftMenu);
    assert_eq!(
        placement("LEFT_MENU", json!({"ID": "abc", "whatever": [1]})),
        Placement::LeftMenu
    );
}

#[test]
fn user_field_family() {
    let (code, options) = example("USERFIELD_TYPE");
    let field = placement(&code, options);
    let deal = crm(CrmEntityType::Deal, 7303);
    assert_eq!(
        field,
        Placement::UserFieldType(UserFieldContext {
            mode: FieldMode::View,
            entity_code: "CRM_DEAL".into(),
            field_name: "UF_CRM_TEST_TYPE_1".into(),
            element: Some(EntityId(7303)),
            value: Value::Null,
            multiple: false,
            mandatory: false,
            xml_id: None,
            crm: Some(deal),
        })
    );
    assert_eq!(field.entity_ref(), Some(deal));
}

fn robot_example_properties() -> BTreeMap<String, RobotProperty> {
    let property = RobotProperty {
        id: "string".into(),
        kind: "string".into(),
        name: "Parameter 1".into(),
        description: None,
        multiple: false,
        required: false,
        options: Value::Null,
        default: Value::Null,
    };
    BTreeMap::from([("string".to_owned(), property)])
}

#[test]
fn robot_family() {
    let (code, options) = example("BIZPROC_ACTIVITY_PROPERTIES_DIALOG");
    let expected = RobotSettings {
        code: "robot".into(),
        activity_name: "A12345_67890".into(),
        properties: robot_example_properties(),
        current_values: json!({"string": "test string"})
            .as_object()
            .cloned()
            .unwrap_or_default(),
        document_type: vec!["crm".into(), "CCrmDocumentDeal".into(), "DEAL".into()],
        document_fields: json!({}),
        template: None,
    };
    assert_eq!(
        placement(&code, options.clone()),
        Placement::RobotSettings(expected.clone())
    );
    // The third-party reading: the same options arriving as DEFAULT.
    assert_eq!(
        placement("DEFAULT", options),
        Placement::RobotSettings(expected)
    );
}

#[test]
fn landing_catalog_and_hr_families() {
    let (code, options) = example("LANDING_BLOCK_*");
    assert_eq!(
        placement(&code, options),
        Placement::Landing(LandingPlacement::Block {
            registered_for: BlockFilter::Any,
            block: BlockId(996),
            block_code: "43.4.cover_with_price_text_button_bgimg".into(),
            page: PageId(30),
        })
    );
    let (code, options) = example("LANDING_BLOCK_<CODE>");
    assert_eq!(code, "LANDING_BLOCK_04.1.ONE_COL_FIX_WITH_TITLE");
    assert_eq!(
        placement(&code.to_lowercase(), options),
        Placement::Landing(LandingPlacement::Block {
            registered_for: BlockFilter::Code("04.1.ONE_COL_FIX_WITH_TITLE".into()),
            block: BlockId(996),
            block_code: "04.1.one_col_fix_with_title".into(),
            page: PageId(30),
        })
    );
    let (code, options) = example("LANDING_SETTINGS");
    assert_eq!(
        placement(&code, options),
        Placement::Landing(LandingPlacement::Settings {
            site: SiteId(30),
            page: PageId(30)
        })
    );

    assert_eq!(
        placement("CATALOG_EXTERNAL_PRODUCT", Value::Null),
        Placement::CatalogExternalProduct
    );
    let hr_options = json!({"PLACEMENT_ID": "5", "anything": {"nested": [1]}});
    assert_eq!(
        placement("HCMLINK_SALARY_VACATION", hr_options.clone()),
        Placement::HrSalaryVacation {
            options: hr_options.as_object().cloned().unwrap_or_default()
        }
    );
}
