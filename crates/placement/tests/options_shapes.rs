//! The shapes `PLACEMENT`/`PLACEMENT_OPTIONS` really arrive in: objects, JSON strings, PHP's `[]`,
//! missing options, any-case codes, ids as numbers, JS `"undefined"` sentinels, nested JSON as text.

mod common;

use common::{err, ok, placement};
use placement::*;
use serde_json::{json, Map, Value};

fn deal_tab(id: u64) -> Placement {
    Placement::CrmEntity(CrmEntityPlacement {
        target: CrmRef {
            entity: CrmEntityType::Deal,
            id: EntityId(id),
        },
        slot: CrmEntitySlot::DetailTab,
    })
}

#[test]
fn options_arrive_as_object_string_or_text_alike() {
    let object = json!({"ID": "8061", "URI": "/crm/deal/details/8061/"});
    let from_object = ok("CRM_DEAL_DETAIL_TAB", object.clone());
    let from_string = ok("CRM_DEAL_DETAIL_TAB", Value::String(object.to_string()));
    let double_encoded = ok(
        "CRM_DEAL_DETAIL_TAB",
        Value::String(Value::String(object.to_string()).to_string()),
    );
    let from_text = parse_options_text(Some("CRM_DEAL_DETAIL_TAB"), Some(&object.to_string()))
        .expect("text parses");
    assert_eq!(from_object.placement, deal_tab(8061));
    assert_eq!(from_string, from_object);
    assert_eq!(double_encoded, from_object);
    assert_eq!(from_text, from_object);
    assert_eq!(
        from_object.raw_options,
        object.as_object().cloned().unwrap_or_default()
    );
}

#[test]
fn empty_options_in_every_form() {
    let empty_values = [
        Value::Null,
        json!([]),
        json!({}),
        json!(""),
        json!("[]"),
        json!("{}"),
        json!("  "),
        json!("null"),
    ];
    for options in empty_values {
        let ctx = ok("LEFT_MENU", options.clone());
        assert_eq!(ctx.placement, Placement::LeftMenu, "{options}");
        assert_eq!(ctx.raw_options, Map::new(), "{options}");
        assert_eq!(ctx.uri, None);
    }
    for text in [None, Some(""), Some("[]"), Some("{}"), Some(" \n")] {
        let ctx =
            parse_options_text(Some("PAGE_BACKGROUND_WORKER"), text).expect("empty options parse");
        assert_eq!(ctx.placement, Placement::BackgroundWorker, "{text:?}");
    }
}

#[test]
fn missing_code_is_default() {
    for code in [None, Some(""), Some("   ")] {
        let ctx = parse(code, &Value::Null).expect("DEFAULT parses");
        assert_eq!(ctx.code, "DEFAULT");
        assert_eq!(
            ctx.placement,
            Placement::Default(AppPage {
                params: Map::new(),
                in_slider: false
            })
        );
    }
    let ctx = parse_options_text(None, None).expect("nothing at all parses");
    assert_eq!(ctx.placement.family(), Family::Home);
}

#[test]
fn codes_are_case_insensitive_and_trimmed() {
    for code in [
        "crm_deal_detail_tab",
        "Crm_Deal_Detail_Tab",
        "  CRM_DEAL_DETAIL_TAB\n",
    ] {
        let ctx = ok(code, json!({"ID": "1"}));
        assert_eq!(ctx.code, "CRM_DEAL_DETAIL_TAB");
        assert_eq!(ctx.placement, deal_tab(1));
    }
    let ctx = ok("crm_dynamic_183_list_menu", json!({"ID": "2"}));
    assert_eq!(ctx.code, "CRM_DYNAMIC_183_LIST_MENU");
    assert_eq!(
        ctx.placement.entity_ref().map(|r| r.entity),
        Some(CrmEntityType::Dynamic(EntityTypeId(183)))
    );
    assert_eq!(
        placement("landing_block_*", json!({"ID": 1, "CODE": "x", "LID": 2})).family(),
        Family::Landing
    );
}

#[test]
fn ids_arrive_as_strings_or_numbers() {
    assert_eq!(
        placement("CRM_DEAL_DETAIL_TAB", json!({"ID": 8061})),
        deal_tab(8061)
    );
    assert_eq!(
        placement("CRM_DEAL_DETAIL_TAB", json!({"ID": " 8061 "})),
        deal_tab(8061)
    );
    assert_eq!(
        placement("CRM_DEAL_DETAIL_TAB", json!({"ID": 8061.0})),
        deal_tab(8061)
    );
    // The full u64 range arrives as text; as a JSON number an id must be exact in JavaScript
    // (at most 2^53, protocol::lenient's rule), so u64::MAX as a number is not an id.
    assert_eq!(
        placement("CONTACT_CENTER", json!({"ID": u64::MAX.to_string()})),
        Placement::ContactCenter {
            tile: BindingId(u64::MAX)
        }
    );
    assert!(matches!(
        err("CONTACT_CENTER", json!({"ID": u64::MAX})),
        PlacementError::InvalidField { field, .. } if field == "ID"
    ));
    let timeline = placement(
        "CRM_LEAD_ACTIVITY_TIMELINE_MENU",
        json!({"ENTITY_ID": 1, "ASSOCIATED_ENTITY_ID": 2, "ASSOCIATED_ENTITY_TYPE_ID": 6, "TYPE_ID": 3}),
    );
    let Placement::CrmEntity(CrmEntityPlacement {
        slot: CrmEntitySlot::TimelineMenu(record),
        ..
    }) = timeline
    else {
        panic!("not a timeline menu: {timeline:?}")
    };
    assert_eq!(
        (record.associated_id, record.associated_type, record.type_id),
        (EntityId(2), EntityTypeId(6), Some(3))
    );
}

#[test]
fn undefined_and_empty_mean_absent() {
    // A sentinel under the preferred key falls through to the next accepted key.
    let card = placement(
        "TASK_VIEW_TAB",
        json!({"taskId": "undefined", "TASK_ID": "31"}),
    );
    assert_eq!(
        card,
        Placement::Task(TaskPlacement::Card {
            slot: TaskCardSlot::Tab,
            task: TaskId(31)
        })
    );
    let card = placement(
        "TASK_VIEW_TAB",
        json!({"taskId": "", "TASK_ID": null, "ID": 5}),
    );
    assert_eq!(
        card,
        Placement::Task(TaskPlacement::Card {
            slot: TaskCardSlot::Tab,
            task: TaskId(5)
        })
    );

    let call = json!({"CALL_ID": "c1", "CALL_DIRECTION": "OUTGOING", "CRM_ACTIVITY_ID": "undefined",
                      "CRM_ENTITY_TYPE": "", "CRM_ENTITY_ID": "0", "PHONE_NUMBER": "hidden",
                      "CALL_STATE": "undefined", "CALL_LIST_MODE": "true", "LINE_NAME": null});
    let Placement::CallCard(call) = placement("CALL_CARD", call) else {
        panic!("not a call card")
    };
    assert_eq!(call.activity, None);
    assert_eq!(call.crm, None);
    assert_eq!(call.phone, None);
    assert_eq!(call.state, None);
    assert_eq!(call.line_name, None);
    assert_eq!(call.direction, CallDirection::Outgoing);
    assert!(call.call_list_mode);

    // "0" is "not bound" even when the type is given.
    let unbound = json!({"CALL_ID": "c", "CALL_DIRECTION": "incoming", "CRM_ENTITY_TYPE": "COMPANY", "CRM_ENTITY_ID": "0"});
    let Placement::CallCard(call) = placement("CALL_CARD", unbound) else {
        panic!("not a call card")
    };
    assert_eq!(call.crm, None);

    assert_eq!(
        ok(
            "CRM_DEAL_DETAIL_TAB",
            json!({"ID": "1", "URI": "undefined"})
        )
        .uri,
        None
    );
    assert_eq!(
        ok("CRM_DEAL_DETAIL_TAB", json!({"ID": "1", "URI": 5})).uri,
        None
    );
}

#[test]
fn call_card_bindings_in_every_shape() {
    let call = |bindings: Value| {
        let options = json!({"CALL_ID": "c", "CALL_DIRECTION": "callback", "CRM_BINDINGS": bindings,
                             "CRM_ENTITY_TYPE": "dynamic_183", "CRM_ENTITY_ID": 9, "CRM_ACTIVITY_ID": "77"});
        match placement("CALL_CARD", options) {
            Placement::CallCard(call) => call,
            other => panic!("not a call card: {other:?}"),
        }
    };
    let deal = CrmRef {
        entity: CrmEntityType::Deal,
        id: EntityId(25),
    };
    let lead = CrmRef {
        entity: CrmEntityType::Lead,
        id: EntityId(3),
    };
    let array = json!([{"ENTITY_TYPE": "DEAL", "ENTITY_ID": "25"}, {"ENTITY_TYPE": "lead", "ENTITY_ID": 3}]);
    assert_eq!(call(array.clone()).bindings, vec![deal, lead]);
    assert_eq!(
        call(Value::String(array.to_string())).bindings,
        vec![deal, lead]
    );
    assert_eq!(
        call(json!({"0": {"ENTITY_TYPE": "DEAL", "ENTITY_ID": "25"}})).bindings,
        vec![deal]
    );
    let messy = json!([{"ENTITY_TYPE": "DEAL", "ENTITY_ID": "25"}, {"ENTITY_TYPE": "PLANET", "ENTITY_ID": "1"},
                       {"ENTITY_TYPE": "LEAD"}, {"ENTITY_ID": "4"}, {"ENTITY_TYPE": "LEAD", "ENTITY_ID": "x"},
                       {"ENTITY_TYPE": "LEAD", "ENTITY_ID": "0"}, 5, null, "DEAL", {"ENTITY_TYPE_ID": 1, "ENTITY_ID": "3"}]);
    assert_eq!(call(messy).bindings, vec![deal, lead]);
    for broken in [json!("[{"), json!(42), json!("nonsense"), json!(true)] {
        assert_eq!(call(broken.clone()).bindings, vec![], "{broken}");
    }
    let parsed = call(json!([]));
    assert_eq!(parsed.direction, CallDirection::Callback);
    assert_eq!(
        parsed.crm,
        Some(CrmRef {
            entity: CrmEntityType::Dynamic(EntityTypeId(183)),
            id: EntityId(9)
        })
    );
    assert_eq!(parsed.activity, Some(ActivityId(77)));
}

#[test]
fn detail_activity_built_in_mode_reads_entity_id() {
    let tab = |options| placement("CRM_DYNAMIC_183_DETAIL_ACTIVITY", options);
    let dynamic = CrmRef {
        entity: CrmEntityType::Dynamic(EntityTypeId(183)),
        id: EntityId(12),
    };
    let built_in = Placement::CrmEntity(CrmEntityPlacement {
        target: dynamic,
        slot: CrmEntitySlot::DetailActivity(ActivityMode::BuiltIn),
    });
    assert_eq!(
        tab(json!({"useBuiltInInterface": "Y", "entityTypeId": "183", "entityId": "12"})),
        built_in
    );
    assert_eq!(
        tab(json!({"useBuiltInInterface": true, "entityTypeId": 183, "entityId": 12})),
        built_in
    );
    let classic = tab(json!({"useBuiltInInterface": "N", "ID": "12"}));
    assert_eq!(classic.presentation(), Presentation::Slider);
    assert_eq!(classic.entity_ref(), Some(dynamic));
}

#[test]
fn user_field_variants() {
    let field = |options| match placement("USERFIELD_TYPE", options) {
        Placement::UserFieldType(field) => field,
        other => panic!("not a user field: {other:?}"),
    };
    let new_card = field(
        json!({"MODE": "EDIT", "ENTITY_ID": "CRM_LEAD", "FIELD_NAME": "UF_CRM_X",
                                "ENTITY_VALUE_ID": "0", "VALUE": ["a", "b"], "MULTIPLE": "Y", "MANDATORY": "Y",
                                "XML_ID": "ext", "ENTITY_DATA": {"entityTypeId": 1, "entityId": "0"}}),
    );
    assert_eq!(new_card.mode, FieldMode::Edit);
    assert_eq!(new_card.element, None);
    assert_eq!(new_card.crm, None);
    assert_eq!(new_card.value, json!(["a", "b"]));
    assert!(new_card.multiple && new_card.mandatory);
    assert_eq!(new_card.xml_id.as_deref(), Some("ext"));

    // Older portals send no ENTITY_DATA: the classic object codes still give the element's type.
    let old = field(
        json!({"MODE": "view", "ENTITY_ID": "CRM_COMPANY", "FIELD_NAME": "UF_CRM_X", "ENTITY_VALUE_ID": 4}),
    );
    assert_eq!(
        old.crm,
        Some(CrmRef {
            entity: CrmEntityType::Company,
            id: EntityId(4)
        })
    );
    let other = field(
        json!({"MODE": "view", "ENTITY_ID": "USER", "FIELD_NAME": "UF_X", "ENTITY_VALUE_ID": 4}),
    );
    assert_eq!((other.element, other.crm), (Some(EntityId(4)), None));
    let as_text = field(
        json!({"MODE": "view", "ENTITY_ID": "CRM_7", "FIELD_NAME": "UF_X", "ENTITY_VALUE_ID": 4,
                               "ENTITY_DATA": "{\"entityTypeId\":183,\"entityId\":\"4\"}"}),
    );
    assert_eq!(
        as_text.crm,
        Some(CrmRef {
            entity: CrmEntityType::Dynamic(EntityTypeId(183)),
            id: EntityId(4)
        })
    );
}

#[test]
fn robot_settings_in_older_and_encoded_forms() {
    let options = json!({
        "code": "robot", "activity_name": "A1",
        "properties": "{\"p\":{\"NAME\":\"Amount\",\"TYPE\":\"int\",\"MULTIPLE\":\"Y\",\"REQUIRED\":\"N\",\"DEFAULT\":5,\"OPTIONS\":{\"a\":\"b\"},\"DESCRIPTION\":\"d\"}}",
        "current_values": [], "document_type": "[\"crm\",\"CCrmDocumentLead\",\"LEAD\"]",
        "template": {"parameters": []}
    });
    let Placement::RobotSettings(robot) = placement("BIZPROC_ACTIVITY_PROPERTIES_DIALOG", options)
    else {
        panic!("not robot settings")
    };
    let p = &robot.properties["p"];
    assert_eq!(
        (p.id.as_str(), p.kind.as_str(), p.name.as_str()),
        ("p", "int", "Amount")
    );
    assert_eq!(p.description.as_deref(), Some("d"));
    assert!(p.multiple && !p.required);
    assert_eq!(
        (p.default.clone(), p.options.clone()),
        (json!(5), json!({"a": "b"}))
    );
    assert!(robot.current_values.is_empty());
    assert_eq!(robot.document_type, ["crm", "CCrmDocumentLead", "LEAD"]);
    assert_eq!(robot.document_fields, Value::Null);
    assert_eq!(robot.template, Some(json!({"parameters": []})));

    // A list of descriptors names each by its Id; a bare descriptor defaults its type and name.
    let list = json!({"code": "r", "activity_name": "A", "properties": [{"Id": "x", "Name": "X"}, {"Type": "bool"}]});
    let Placement::RobotSettings(robot) = placement("BIZPROC_ACTIVITY_PROPERTIES_DIALOG", list)
    else {
        panic!("not robot settings")
    };
    assert_eq!(robot.properties.keys().collect::<Vec<_>>(), ["1", "x"]);
    assert_eq!(
        (
            robot.properties["x"].kind.as_str(),
            robot.properties["1"].name.as_str()
        ),
        ("string", "1")
    );
}

#[test]
fn default_is_robot_settings_only_with_code_and_properties() {
    let robot = placement("DEFAULT", json!({"code": "r", "properties": {}}));
    assert_eq!(robot.family(), Family::Robot);
    let Placement::RobotSettings(settings) = robot else {
        panic!("not robot settings")
    };
    assert_eq!(settings.activity_name, "");

    // The old openApplication({action:'robot_settings', code, activity_name}) has no properties: a page.
    let page = placement(
        "DEFAULT",
        json!({"action": "robot_settings", "code": "r", "activity_name": "A"}),
    );
    assert_eq!(page.family(), Family::Home);
    // Properties that are not descriptors: the app's own parameters, not a broken robot.
    let page = placement("DEFAULT", json!({"code": "r", "properties": {"p": 5}}));
    let Placement::Default(AppPage {
        params,
        in_slider: false,
    }) = page
    else {
        panic!("not a page")
    };
    assert_eq!(params.len(), 2);
}

#[test]
fn connector_statuses_accept_string_forms() {
    let options = json!({"CONNECTOR": "c", "LINE": 3, "ACTIVE_STATUS": "Y", "CONNECTION_STATUS": "true",
                         "REGISTER_STATUS": "1", "ERROR_STATUS": "N", "STATUS": 1});
    let Placement::OpenLinesConnector(settings) = placement("SETTING_CONNECTOR", options) else {
        panic!("not a connector")
    };
    assert!(
        settings.active
            && settings.connected
            && settings.registered
            && !settings.error
            && settings.ok
    );
    let Placement::OpenLinesConnector(bare) =
        placement("SETTING_CONNECTOR", json!({"CONNECTOR": "c", "LINE": "1"}))
    else {
        panic!("not a connector")
    };
    assert!(!bare.active && !bare.ok);
}

#[test]
fn rest_app_link_params_are_strings() {
    let options = json!({"s": "x", "n": 42, "b": true, "z": null, "arr": [1, "a"], "obj": {"k": 1}, "URI": "/page/"});
    let Placement::RestAppUri(link) = placement("REST_APP_URI", options) else {
        panic!("not a link")
    };
    let got: Vec<(&str, &str)> = link
        .params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("arr", "[1,\"a\"]"),
            ("b", "true"),
            ("n", "42"),
            ("obj", "{\"k\":1}"),
            ("s", "x"),
            ("z", "")
        ]
    );
}

#[test]
fn unknown_codes_keep_code_and_options() {
    let options = json!({"ID": "abc", "deep": {"x": [1]}});
    for code in [
        "CRM_SMART_183_DETAIL_TAB",
        "MY_OWN_PLACEMENT",
        "CRM_DYNAMIC_99999999999999999999_DETAIL_TAB",
        "LANDING_BLOCK",
    ] {
        let ctx = ok(code, options.clone());
        assert_eq!(
            ctx.placement,
            Placement::Unknown {
                code: code.to_owned(),
                options: options.as_object().cloned().unwrap_or_default()
            }
        );
        assert_eq!(ctx.placement.family(), Family::Unknown);
        assert_eq!(ctx.placement.presentation(), Presentation::Inline);
        assert_eq!(ctx.placement.entity_ref(), None);
    }
}
