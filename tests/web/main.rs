//! Component tests in headless Chromium (`wasm-bindgen-test`): the whole app mounted against a mocked
//! `BX24` (tests/support/mock_bx24.js) serving REST answers shaped as the docs show them
//! (tests/fixtures/portal.json). Covers the boot screens, the router for a code of every family, and
//! the CRM entity and task widgets.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "test code: a failing unwrap is a failing test (clippy's allow-unwrap-in-tests does not see wasm_bindgen_test)"
)]

use leptos::prelude::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod connector;
mod harness;
mod landing;
mod messenger;
mod telephony;
use harness::*;
mod setup;

mod calendar;
mod crm_field;
mod crm_lists;
mod rest_app_uri;
mod task_workload;
mod user_profile;
mod workgroup;

mod crm_automation;
mod crm_work;

// ------------------------------------------------------------------------------------------------
// Boot screens

#[wasm_bindgen_test]
async fn without_bx24_the_app_asks_to_be_opened_inside_bitrix24() {
    remove_bx24();
    let app = mount();
    let screen = wait_for(&app, "[data-testid=not-in-frame]").await;
    assert!(text(&screen).contains("Bitrix24"));
}

#[wasm_bindgen_test]
async fn bx24_set_to_null_outside_a_frame_is_the_same_screen() {
    remove_bx24();
    js_sys::eval("window.BX24 = null;").unwrap();
    let app = mount();
    wait_for(&app, "[data-testid=not-in-frame]").await;
    remove_bx24();
}

#[wasm_bindgen_test]
async fn a_portal_that_never_answers_init_gets_a_retry_screen() {
    install("DEFAULT", json!({}), json!({"init": "never"}));
    let app = mount();
    assert!(
        app.host
            .query_selector("[data-testid=booting]")
            .unwrap()
            .is_some(),
        "a skeleton shows while booting"
    );
    let screen = wait_for(&app, "[data-testid=init-timeout]").await;
    assert!(text(&screen).contains("not responding"));
    assert!(
        screen.query_selector("button").unwrap().is_some(),
        "offers a retry"
    );
}

#[wasm_bindgen_test]
async fn malformed_options_show_the_code_and_the_raw_options() {
    install("CRM_DEAL_DETAIL_TAB", json!("{not json"), json!({}));
    let app = mount();
    let screen = wait_for(&app, "[data-testid=malformed-options]").await;
    let t = text(&screen);
    assert!(t.contains("CRM_DEAL_DETAIL_TAB"), "{t}");
    assert!(t.contains("{not json"), "{t}");
}

#[wasm_bindgen_test]
async fn a_missing_required_id_is_a_malformed_options_screen_not_a_crash() {
    install(
        "CRM_DEAL_DETAIL_TAB",
        json!({"URI": "/crm/deal/"}),
        json!({}),
    );
    let app = mount();
    let screen = wait_for(&app, "[data-testid=malformed-options]").await;
    assert!(text(&screen).contains("ID"));
}

#[wasm_bindgen_test]
async fn unknown_placements_show_code_and_options_as_text() {
    install(
        "SOMETHING_NEW_IN_2027",
        json!({"X": "<b>bold</b>", "N": "1"}),
        json!({}),
    );
    let app = mount();
    let screen = wait_for(&app, "[data-testid=unknown-placement]").await;
    let t = text(&screen);
    assert!(
        t.contains("SOMETHING_NEW_IN_2027") && t.contains("<b>bold</b>"),
        "{t}"
    );
    assert!(
        screen.query_selector("b").unwrap().is_none(),
        "option text must not become HTML"
    );
}

// ------------------------------------------------------------------------------------------------
// Router: one code of every family

#[wasm_bindgen_test]
async fn every_family_routes_to_its_component() {
    let cases: &[(&str, Value, &str, &str)] = &[
        ("DEFAULT", json!({}), "home", "[data-widget=home]"),
        (
            "LEFT_MENU",
            json!({"URI": "/"}),
            "home",
            "[data-widget=home]",
        ),
        (
            "CRM_DEAL_DETAIL_TAB",
            json!({"ID": "8061"}),
            "crm-entity",
            "[data-widget=entity-card]",
        ),
        (
            "CRM_ORDER_DETAIL_TAB",
            json!({"ID": "7"}),
            "crm-entity",
            "[data-widget=crm-record]",
        ),
        (
            "CRM_DEAL_LIST_TOOLBAR",
            json!({"URI": "/crm/deal/list/"}),
            "crm-section",
            "[data-widget=crm-report]",
        ),
        (
            "CRM_DETAIL_SEARCH",
            json!({"entityTypeName": "COMPANY", "searchQuery": "Daisy"}),
            "crm-search",
            "[data-widget=crm-search]",
        ),
        (
            "TASK_VIEW_TAB",
            json!({"taskId": "8017"}),
            "task",
            "[data-widget=task-card]",
        ),
        (
            "TASK_USER_LIST_TOOLBAR",
            json!({"USER_ID": "1"}),
            "task",
            "[data-widget=task-workload]",
        ),
        (
            "SONET_GROUP_DETAIL_TAB",
            json!({"GROUP_ID": "11"}),
            "workgroup",
            "[data-widget=workgroup]",
        ),
        (
            "USER_PROFILE_TOOLBAR",
            json!({"USER_ID": "1"}),
            "user-profile",
            "[data-widget=employee-card]",
        ),
        (
            "CALENDAR_GRIDVIEW",
            json!({"viewRangeFrom": "2026-11-01", "viewRangeTo": "2026-11-30"}),
            "calendar",
            "[data-widget=calendar-view]",
        ),
        (
            "CALL_CARD",
            json!({"CALL_ID": "c1", "CALL_DIRECTION": "incoming", "CRM_ENTITY_TYPE": "DEAL", "CRM_ENTITY_ID": "8061"}),
            "call-card",
            "[data-widget=call-card]",
        ),
        (
            "TELEPHONY_ANALYTICS_MENU",
            json!({}),
            "telephony-analytics",
            "[data-widget=calls-report]",
        ),
        (
            "IM_TEXTAREA",
            json!({"dialogId": "chat2"}),
            "messenger",
            "[data-widget=messenger]",
        ),
        (
            "CONTACT_CENTER",
            json!({"ID": "717"}),
            "contact-center",
            "[data-widget=contact-center]",
        ),
        (
            "SETTING_CONNECTOR",
            json!({"CONNECTOR": "my", "LINE": "3", "STATUS": false, "ACTIVE_STATUS": true, "CONNECTION_STATUS": false, "REGISTER_STATUS": false, "ERROR_STATUS": false}),
            "open-lines",
            "[data-widget=connector-settings]",
        ),
        (
            "REST_APP_URI",
            json!({"docId": "42", "URI": "/x/"}),
            "rest-app-uri",
            "[data-widget=app-link]",
        ),
        (
            "PAGE_BACKGROUND_WORKER",
            json!({"ID": "PAGE_BACKGROUND_WORKER"}),
            "background-worker",
            "[data-widget=softphone]",
        ),
        (
            "USERFIELD_TYPE",
            json!({"MODE": "view", "ENTITY_ID": "CRM_DEAL", "FIELD_NAME": "UF_CRM_X", "ENTITY_VALUE_ID": "8061", "VALUE": null, "MULTIPLE": "N", "MANDATORY": "N"}),
            "user-field",
            "[data-widget=rating-field]",
        ),
        (
            "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
            json!({"code": "robot", "activity_name": "A1", "properties": {}, "current_values": {}, "document_type": ["crm", "CCrmDocumentDeal", "DEAL"], "document_fields": {}}),
            "robot",
            "[data-widget=crm-robot]",
        ),
        (
            "LANDING_SETTINGS",
            json!({"SITE_ID": "30", "LID": "30"}),
            "landing",
            "[data-widget=landing-settings]",
        ),
        (
            "CATALOG_EXTERNAL_PRODUCT",
            json!({}),
            "catalog",
            "[data-widget=spot-notice]",
        ),
        (
            "HCMLINK_SALARY_VACATION",
            json!({"A": "1"}),
            "hr",
            "[data-widget=spot-notice]",
        ),
        (
            "NOT_A_PLACEMENT",
            json!({}),
            "unknown",
            "[data-testid=unknown-placement]",
        ),
    ];
    for (code, options, family, selector) in cases {
        install(code, options.clone(), json!({}));
        let app = mount();
        let routed = wait_for(&app, "[data-family]").await;
        assert_eq!(
            routed.get_attribute("data-family").as_deref(),
            Some(*family),
            "{code}"
        );
        wait_for(&app, selector).await;
        drop(app);
    }
}

// The CRM activity (classic slider and built-in interface): crm_work.rs.

// ------------------------------------------------------------------------------------------------
// CRM entity card

#[wasm_bindgen_test]
async fn deal_card_shows_everything_from_one_batch_round_trip() {
    install(
        "CRM_DEAL_DETAIL_TAB",
        json!({"ID": "8061", "URI": "/crm/deal/details/8061/"}),
        json!({}),
    );
    record_added_images();
    let app = mount();
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    let card = wait_for(&app, "[data-widget=entity-card]").await;
    let t = text(&card);
    for expected in [
        "Preparing documents",
        "Ivan Ivanov",
        "Sales manager",
        "Anna Petrova",
        "Dec 15, 2026",
        "Nov 2, 2026",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in {t}");
    }
    assert_eq!(
        text(&wait_for(&app, "[data-testid=amount]").await),
        "€15,000.50"
    );
    let rest_calls = calls_named("callMethod");
    assert_eq!(rest_calls.len(), 1, "one round trip: {rest_calls:?}");
    assert_eq!(rest_calls[0]["args"]["method"], "batch");
    let methods: Vec<String> = calls()
        .iter()
        .filter_map(|c| {
            c["name"]
                .as_str()?
                .strip_prefix("batch:")
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        methods,
        [
            "crm.item.get",
            "crm.status.list",
            "user.get",
            "crm.item.get",
            "crm.item.get"
        ]
    );
    // The stage colour is applied only after validation.
    let dot = wait_for(&app, ".b-badge__dot").await;
    // Set through the CSSOM (`style:`), which the production CSP allows, not as an attribute.
    assert_eq!(
        dot.get_attribute("style").as_deref(),
        Some("--b-dot: #2fc6f6;")
    );
    // Photos are resolved against the portal origin.
    assert_eq!(
        added_images().await,
        ["https://acme.bitrix24.com/upload/main/1/ivan.png"]
    );
    // The demo portal does not exist: the photo shows, or (once its load fails) the initials do.
    let avatar = wait_for(&app, ".b-avatar").await;
    let shows_photo = avatar.query_selector("img").unwrap().is_some();
    assert!(
        shows_photo || text(&avatar) == "II",
        "{}",
        avatar.inner_html()
    );
}

#[wasm_bindgen_test]
async fn a_photo_that_fails_to_load_falls_back_to_initials() {
    // Port 1 is on Chromium's list of unsafe ports (and closed anyway): the load fails at once.
    install(
        "CRM_DEAL_DETAIL_TAB",
        json!({"ID": "8061"}),
        json!({"domain": "127.0.0.1:1"}),
    );
    record_added_images();
    let app = mount();
    assert_eq!(
        added_images().await,
        ["https://127.0.0.1:1/upload/main/1/ivan.png"],
        "the photo is tried first"
    );
    for _ in 0..150 {
        let avatar = wait_for(&app, ".b-avatar").await;
        if avatar.query_selector("img").unwrap().is_none() {
            assert_eq!(text(&avatar), "II");
            return;
        }
        sleep(20).await;
    }
    panic!("the broken photo was never replaced by initials");
}

#[wasm_bindgen_test]
async fn deal_card_buttons_open_the_portal_page_and_the_details_slider() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    let app = mount();
    click(&wait_for(&app, "[data-testid=open-entity]").await);
    click(&wait_for(&app, "[data-testid=open-details]").await);
    wait_until("openPath and openApplication", || {
        !calls_named("openPath").is_empty() && !calls_named("openApplication").is_empty()
    })
    .await;
    let paths = calls_named("openPath");
    assert_eq!(paths.len(), 1);
    assert_eq!(paths[0]["args"]["path"], "/crm/deal/details/8061/");
    let apps = calls_named("openApplication");
    assert_eq!(apps.len(), 1);
    assert_eq!(
        apps[0]["args"]["params"],
        json!({"view": "entity", "entityTypeId": 2, "id": 8061})
    );
    assert_eq!(
        apps[0]["args"]["settings"]["title"],
        "Website redesign for Daisy GmbH"
    );
}

#[wasm_bindgen_test]
async fn a_refused_open_path_is_reported_not_ignored() {
    install(
        "CRM_DEAL_DETAIL_TAB",
        json!({"ID": "8061"}),
        json!({"openPathAllowed": false}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=open-entity]").await);
    let notice = wait_for(&app, "[data-testid=notice]").await;
    assert!(text(&notice).contains("cannot open"));
}

#[wasm_bindgen_test]
async fn contact_card_shows_position_company_and_dialable_phone() {
    install("CRM_CONTACT_DETAIL_TAB", json!({"ID": "3"}), json!({}));
    let app = mount();
    wait_for_text(&app, "Anna Petrova").await;
    let card = wait_for(&app, "[data-widget=entity-card]").await;
    let t = text(&card);
    assert!(
        t.contains("CFO, Daisy GmbH")
            && t.contains("Maria Johnson")
            && t.contains("+49 30 1234567"),
        "{t}"
    );
    assert!(!t.contains("Stage"), "contacts have no stage");
    let methods: Vec<String> = calls()
        .iter()
        .filter_map(|c| {
            c["name"]
                .as_str()?
                .strip_prefix("batch:")
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        methods,
        ["crm.item.get", "user.get", "crm.item.get"],
        "no stage and no contact lookup for a contact"
    );
    let buttons = card.query_selector_all("button.b-link").unwrap();
    let phone = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<web_sys::Element>())
        .find(|b| text(b).contains("+49"));
    click(&phone.expect("phone is a button"));
    assert_eq!(
        calls_named("imPhoneTo")[0]["args"]["phone"],
        "+49 30 1234567"
    );
}

#[wasm_bindgen_test]
async fn smart_process_items_use_the_type_id_from_the_code() {
    install("CRM_DYNAMIC_183_DETAIL_TAB", json!({"ID": "5"}), json!({}));
    let app = mount();
    wait_for_text(&app, "Office move Q1").await;
    wait_for_text(&app, "Done").await;
    wait_for_text(&app, "Daisy GmbH").await;
    let first = calls()
        .into_iter()
        .find(|c| c["name"] == "batch:crm.item.get")
        .unwrap();
    assert_eq!(first["args"], json!({"entityTypeId": "183", "id": "5"}));
    assert!(
        wait_for(&app, ".style-tinted-success").await.is_connected(),
        "a success stage is green"
    );
}

#[wasm_bindgen_test]
async fn a_missing_element_is_a_calm_not_found_notice() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "404"}), json!({}));
    let app = mount();
    wait_for_text(&app, "Not found or no access").await;
    wait_for(&app, "[data-testid=load-error] .b-alert.style-tinted").await;
    assert!(app
        .host
        .query_selector("[data-testid=retry]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_call_bx24_never_answers_times_out_into_an_error_with_retry() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    // BX24.js never calls back on 5xx: make the whole batch hang.
    js_sys::eval("window.__bx24mock.hang = ['batch'];").unwrap();
    let app = mount();
    wait_for_text(&app, "Could not load the data").await;
    let retry = wait_for(&app, "[data-testid=retry]").await;
    js_sys::eval("window.__bx24mock.hang = [];").unwrap();
    click(&retry);
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
}

#[wasm_bindgen_test]
async fn a_rest_error_reaches_the_widgets_error_boundary_and_a_retry_recovers() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    // The deal's own command fails inside the batch (the portal answers it in `result_error`).
    js_sys::eval(
        "window.__bx24mock.fixtures.unshift({method: 'crm.item.get', match: {id: '8061'},
           answer: {error: 'INTERNAL_SERVER_ERROR', error_description: 'Database is down'}});",
    )
    .unwrap();
    let app = mount();
    // `load-error` is the boundary's fallback: nothing else renders it.
    let alert = wait_for(
        &app,
        "[data-widget=entity-card] [data-testid=load-error] .b-alert.style-tinted-alert",
    )
    .await;
    let shown = text(&alert);
    assert!(
        shown.contains("Could not load the data") && shown.contains("Database is down"),
        "{shown}"
    );
    assert!(
        app.host
            .query_selector("[data-testid=skeleton]")
            .unwrap()
            .is_none()
            && app.host.query_selector(".b-card__title").unwrap().is_none()
            && app
                .host
                .query_selector("[data-testid=crash]")
                .unwrap()
                .is_none(),
        "only the widget's error boundary shows: {}",
        app.host.inner_html()
    );
    // The portal recovers; the retry reloads and the boundary gives way to the card.
    js_sys::eval("window.__bx24mock.fixtures.shift();").unwrap();
    click(&wait_for(&app, "[data-testid=retry]").await);
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    assert!(
        app.host
            .query_selector("[data-testid=load-error]")
            .unwrap()
            .is_none()
            && app.host.query_selector(".b-alert").unwrap().is_none(),
        "the error is gone: {}",
        app.host.inner_html()
    );
    assert_eq!(calls_named("callMethod").len(), 2, "one batch, one retry");
}

#[wasm_bindgen_test]
fn query_strings_are_read_and_decoded_with_url_search_params() {
    use b24_widgets::query::param;
    use b24_widgets::theme::{parse_hint, Theme};
    assert_eq!(parse_hint("?DOMAIN=x&theme=dark"), Some(Theme::Dark));
    assert_eq!(parse_hint("theme=light"), Some(Theme::Light));
    assert_eq!(parse_hint("?theme=blue&x=1"), None);
    assert_eq!(parse_hint(""), None);
    assert_eq!(parse_hint("?theme=%64ark"), Some(Theme::Dark), "decoded");
    assert_eq!(
        parse_hint("?x=theme%3Ddark"),
        None,
        "an escaped `=` is data"
    );
    assert_eq!(
        param("?DOMAIN=x&transport=fetch", "transport").as_deref(),
        Some("fetch")
    );
    assert_eq!(
        param("transport=%66etch", "transport").as_deref(),
        Some("fetch")
    );
    assert_eq!(param("?a=b+c%20d", "a").as_deref(), Some("b c d"));
    assert_eq!(
        param("?transport=fetch&transport=bx24", "transport").as_deref(),
        Some("fetch"),
        "the first of repeated keys"
    );
    assert_eq!(param("?mytransport=fetch", "transport"), None);
    assert_eq!(param("", "transport"), None);
}

#[wasm_bindgen_test]
async fn untrusted_titles_are_text_never_html() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    js_sys::eval(
        "window.__bx24mock.fixtures[0].answer.result.item.title = '<img src=x id=pwned onerror=\"window.__pwned=1\">Deal';",
    )
    .unwrap();
    let app = mount();
    wait_for_text(&app, "<img src=x").await;
    assert!(app.host.query_selector("#pwned").unwrap().is_none());
    assert!(app.host.query_selector("img[src=x]").unwrap().is_none());
    // The title is one text node: there is no element that could ever load or run anything.
    let title = wait_for(&app, ".b-card__title").await;
    assert_eq!(title.child_element_count(), 0, "{}", title.inner_html());
    assert!(text(&title).starts_with("<img src=x id=pwned"));
    assert!(js_sys::eval("window.__pwned").unwrap().is_undefined());
}

#[wasm_bindgen_test]
async fn inline_frames_fit_their_content() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    let app = mount();
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    wait_until("fitWindow after render", || {
        !calls_named("fitWindow").is_empty()
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_frame_fitter_stops_observing_when_the_app_unmounts() {
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    let app = mount();
    wait_until("fitWindow after render", || {
        !calls_named("fitWindow").is_empty()
    })
    .await;
    drop(app);
    js_sys::eval("window.__bx24mock.calls = [];").unwrap();
    // The page grows. A fitter still observing would send fitWindow in the next animation frame; an
    // observer of the test's own sees the same resize, then waits two frames.
    js_sys::eval(
        "window.__resized = false;
         window.__testObserver = new ResizeObserver(() => requestAnimationFrame(() =>
           requestAnimationFrame(() => { window.__resized = true; })));
         window.__filler = document.createElement('div');
         window.__filler.style.height = '700px';
         document.body.appendChild(window.__filler);
         window.__testObserver.observe(window.__filler);",
    )
    .unwrap();
    wait_until("the test's observer to see the resize", || {
        js_sys::eval("window.__resized") == Ok(wasm_bindgen::JsValue::TRUE)
    })
    .await;
    js_sys::eval("window.__testObserver.disconnect(); window.__filler.remove();").unwrap();
    assert!(
        calls_named("fitWindow").is_empty(),
        "an unmounted app still fits the frame: {:?}",
        calls()
    );
}

// ------------------------------------------------------------------------------------------------
// Task card

#[wasm_bindgen_test]
async fn task_card_shows_status_deadline_people_project_and_checklist() {
    install("TASK_VIEW_TAB", json!({"taskId": "8017"}), json!({}));
    let app = mount();
    wait_for_text(&app, "Prepare the contract for Daisy GmbH").await;
    let card = wait_for(&app, "[data-widget=task-card]").await;
    let t = text(&card);
    for expected in [
        "In progress",
        "Overdue",
        "High priority",
        "Ivan Ivanov",
        "Maria Johnson",
        "Sales team",
        "Oct 24, 2025, 7:00",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in {t}");
    }
    assert_eq!(
        text(&wait_for(&app, "[data-testid=checklist-count]").await),
        "2 / 4"
    );
    let bar = wait_for(&app, "[role=progressbar]").await;
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("50"));
    assert_eq!(calls_named("callMethod").len(), 1, "one round trip");
    click(&wait_for(&app, "[data-testid=open-task]").await);
    wait_until("openPath", || !calls_named("openPath").is_empty()).await;
    assert_eq!(
        calls_named("openPath")[0]["args"]["path"],
        "/company/personal/user/1/tasks/task/view/8017/"
    );
}

#[wasm_bindgen_test]
async fn task_list_menu_and_old_card_keys_open_the_same_card() {
    for (code, options) in [
        ("TASK_LIST_CONTEXT_MENU", json!({"ID": "8017"})),
        ("TASK_VIEW_TOP_PANEL", json!({"TASK_ID": "8017"})),
    ] {
        install(code, options, json!({}));
        let app = mount();
        wait_for_text(&app, "Prepare the contract for Daisy GmbH").await;
        drop(app);
    }
}

#[wasm_bindgen_test]
async fn an_inaccessible_task_is_not_found() {
    install("TASK_VIEW_TAB", json!({"taskId": "9999"}), json!({}));
    let app = mount();
    wait_for_text(&app, "Not found or no access").await;
}

// ------------------------------------------------------------------------------------------------
// Call card, home page, details view

#[wasm_bindgen_test]
async fn call_card_shows_the_call_and_the_bound_deal() {
    install(
        "CALL_CARD",
        json!({"CALL_ID": "externalCall.1", "PHONE_NUMBER": "+4930123456", "CALL_DIRECTION": "incoming", "CALL_STATE": "connected",
               "CRM_ENTITY_TYPE": "DEAL", "CRM_ENTITY_ID": "8061", "CRM_ACTIVITY_ID": "undefined", "CALL_LIST_MODE": "false",
               "CRM_BINDINGS": [{"ENTITY_TYPE": "DEAL", "ENTITY_ID": "8061"}, {"ENTITY_TYPE": "CONTACT", "ENTITY_ID": "3"}]}),
        json!({}),
    );
    let app = mount();
    assert_eq!(
        text(&wait_for(&app, "[data-testid=call-phone]").await),
        "+4930123456"
    );
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    wait_for_text(&app, "Incoming call").await;
    wait_for_text(&app, "connected").await;
    wait_for_text(&app, "Also linked").await;
    // The operator binds the call to the contact: the card follows.
    assert_eq!(
        js_sys::eval("window.__bx24mock.fire('CallCard::EntityChanged', {PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 3})").unwrap(),
        wasm_bindgen::JsValue::TRUE,
        "the widget bound the event"
    );
    wait_for_text(&app, "Anna Petrova").await;
    js_sys::eval("window.__bx24mock.fire('CallCard::CallStateChanged', 'idle')").unwrap();
    wait_for_text(&app, "waiting").await;
}

#[wasm_bindgen_test]
async fn home_page_greets_the_current_user_in_their_language() {
    install("DEFAULT", json!({}), json!({"lang": "de"}));
    let app = mount();
    wait_for_text(&app, "Angemeldet als").await;
    wait_for_text(&app, "Ivan Ivanov").await;
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("de")
    );
}

#[wasm_bindgen_test]
async fn the_details_slider_lists_every_field_with_its_title() {
    install(
        "DEFAULT",
        json!({"view": "entity", "entityTypeId": 2, "id": 8061, "IFRAME": "Y"}),
        json!({}),
    );
    let app = mount();
    let details = wait_for(&app, "[data-widget=entity-details]").await;
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    let t = text(&details);
    assert!(
        t.contains("Amount") && t.contains("Comment") && t.contains("<script>alert('x')</script>"),
        "{t}"
    );
    assert_eq!(
        calls_named("callMethod").len(),
        1,
        "card and fields in one batch"
    );
    assert!(
        calls_named("fitWindow").is_empty(),
        "sliders are not resized"
    );
    assert!(
        app.host
            .query_selector("[data-testid=open-details]")
            .unwrap()
            .is_none(),
        "the details view offers no details slider of itself"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=amount]").await),
        "€15,000.50",
        "the card shows the amount with its currency"
    );
    let fields = text(&wait_for(&app, "[data-testid=all-fields]").await);
    assert!(
        fields.contains("Amount15,000.5"),
        "the field list shows the typed (formatted) amount: {fields}"
    );
}

// ------------------------------------------------------------------------------------------------
// Theme

#[wasm_bindgen_test]
async fn the_theme_toggle_switches_the_kit_class_and_remembers_the_choice() {
    js_sys::eval("localStorage.removeItem('b24w.theme'); document.documentElement.classList.remove('dark'); document.documentElement.classList.add('light');").unwrap();
    install("DEFAULT", json!({}), json!({}));
    let app = mount();
    let toggle = wait_for(&app, "[data-testid=theme-toggle]").await;
    let html = document().document_element().unwrap();
    let was_dark = html.class_list().contains("dark");
    click(&toggle);
    wait_until("the theme class to switch", || {
        html.class_list().contains("dark") != was_dark
    })
    .await;
    assert_eq!(html.class_list().contains("dark"), !was_dark);
    assert_eq!(html.class_list().contains("light"), was_dark);
    let stored = js_sys::eval("localStorage.getItem('b24w.theme')")
        .unwrap()
        .as_string();
    assert_eq!(
        stored.as_deref(),
        Some(if was_dark { "light" } else { "dark" })
    );
    click(&toggle);
    js_sys::eval(
        "localStorage.removeItem('b24w.theme'); document.documentElement.classList.remove('dark');",
    )
    .unwrap();
}

#[wasm_bindgen_test]
async fn a_widget_removed_right_after_a_click_does_not_crash_the_page() {
    // The click schedules a re-render; the widget is gone before it runs (as when a refresh or a
    // route change replaces it in the same tick). The late re-render must find nothing to do.
    let panics_before = panics_so_far();
    install("DEFAULT", json!({}), json!({}));
    let app = mount();
    let toggle = wait_for(&app, "[data-testid=theme-toggle]").await;
    click(&toggle);
    drop(app);
    // The page still works: a new app boots and renders. Booting takes several turns of the task
    // queue, so by then the late re-render has run.
    install("DEFAULT", json!({}), json!({}));
    let again = mount();
    wait_for(&again, "[data-testid=theme-toggle]").await;
    assert_eq!(panics_so_far(), panics_before, "a late re-render panicked");
    js_sys::eval(
        "localStorage.removeItem('b24w.theme'); document.documentElement.classList.remove('dark');",
    )
    .unwrap();
}

/// The shared table of batch `$result` references, which `protocol::batch` is tested against too.
const BATCH_REFERENCES: &str =
    include_str!("../../crates/protocol/tests/fixtures/batch_references.json");

#[wasm_bindgen_test]
fn the_mock_resolves_batch_references_exactly_as_protocol_does() {
    install("DEFAULT", json!({}), json!({}));
    let table: Value = serde_json::from_str(BATCH_REFERENCES).expect("the table is JSON");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 4, "the table lost cases");
    for case in cases {
        let given = &case["answers"];
        let parts = [
            "result",
            "result_error",
            "result_total",
            "result_next",
            "result_time",
        ];
        let answers: serde_json::Map<String, Value> = parts
            .iter()
            .map(|part| {
                (
                    (*part).to_owned(),
                    given.get(*part).cloned().unwrap_or(json!({})),
                )
            })
            .collect();
        let resolved = js_sys::eval(&format!(
            "JSON.stringify(window.__bx24mock.resolveRefs({}, {}))",
            case["params"],
            Value::Object(answers)
        ))
        .expect("the mock resolves")
        .as_string()
        .expect("JSON text");
        let resolved: Value = serde_json::from_str(&resolved).expect("JSON");
        assert_eq!(resolved, case["expected"], "{}", case["name"]);
    }
    remove_bx24();
}

/// A `BX24` failure under a widget's load keeps its type all the way up: the widget's `LoadError`
/// → `RestError::Network` → `bx24::TransportFailure` → `bx24::Bx24Error`, found by walking `source()`.
#[wasm_bindgen_test]
async fn a_bx24_failure_reaches_the_widget_as_the_source_of_its_load_error() {
    use domain::entity_card::{self, EntityCard};
    use std::error::Error;
    install("CRM_DEAL_DETAIL_TAB", json!({"ID": "8061"}), json!({}));
    js_sys::eval("window.BX24.callMethod = function () { throw new Error('BX24 exploded'); };")
        .expect("override");
    let bx24 = bx24::Bx24::detect().expect("the mock");
    let client = b24_widgets::context::rest_client(
        &bx24,
        bx24::AnyTransport::Bx24(bx24::Bx24Transport::new(bx24.clone())),
        test_config().rest,
    );
    let target = placement::CrmRef {
        entity: placement::CrmEntityType::Deal,
        id: placement::EntityId(8061),
    };
    // What the entity card widget's loader does.
    let load = async {
        let results = client.batch(entity_card::plan(target)).await?;
        EntityCard::from_batch(target, &results)
    };
    let error: domain::LoadError = load.await.expect_err("BX24 threw");
    assert!(!error.is_soft());
    let mut chain: Vec<&(dyn Error + 'static)> = Vec::new();
    let mut next: Option<&(dyn Error + 'static)> = Some(&error);
    while let Some(current) = next {
        chain.push(current);
        next = current.source();
    }
    assert_eq!(
        chain.len(),
        4,
        "LoadError → RestError → TransportFailure → Bx24Error"
    );
    assert!(chain[1].is::<rest::RestError>());
    assert!(chain[2].is::<bx24::TransportFailure>());
    assert!(
        matches!(chain[3].downcast_ref::<bx24::Bx24Error>(), Some(bx24::Bx24Error::Js(text)) if text.contains("BX24 exploded")),
        "{:?}",
        chain[3]
    );
    remove_bx24();
}
