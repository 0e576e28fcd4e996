//! Open lines and the open-channel connector: activate, set the channel's data, read the status.

use super::*;

#[test]
fn a_connector_is_activated_configured_and_reports_its_status() {
    let (state, token) = setup();
    let lines = ok(&state, &token, "imopenlines.config.list.get", json!({}))["result"].clone();
    assert_eq!(ids(&lines, "ID"), vec![1, 3, 5]);
    assert_has_keys(&lines[0], "line", &["ID", "LINE_NAME", "ACTIVE"]);
    let status = |state: &EmulatorState| {
        ok(
            state,
            &token,
            "imconnector.status",
            json!({"CONNECTOR": "b24_widgets", "LINE": 3}),
        )["result"]
            .clone()
    };
    assert_eq!(status(&state)["STATUS"], false);
    // Data before activation is refused.
    let (code, body) = call(
        &state,
        &token,
        "imconnector.connector.data.set",
        json!({"CONNECTOR": "b24_widgets", "LINE": 3, "DATA": {"id": "b24_widgetsline3", "name": "Chat"}}),
    );
    assert_eq!(code, 400);
    assert_error(&body, "CONNECTOR_NOT_ACTIVE");
    ok(
        &state,
        &token,
        "imconnector.activate",
        json!({"CONNECTOR": "b24_widgets", "LINE": 3, "ACTIVE": 1}),
    );
    assert_eq!(status(&state)["ACTIVE"], true);
    assert_eq!(status(&state)["CONFIGURED"], false);
    let (_, body) = call(
        &state,
        &token,
        "imconnector.connector.data.set",
        json!({"CONNECTOR": "b24_widgets", "LINE": 3, "DATA": {"id": "x"}}),
    );
    assert_error(&body, "DATA_EMPTY");
    ok(
        &state,
        &token,
        "imconnector.connector.data.set",
        json!({"CONNECTOR": "b24_widgets", "LINE": 3, "DATA": {"id": "b24_widgetsline3", "url_im": "https://example.com/chat", "name": "Chat"}}),
    );
    assert_eq!(status(&state)["STATUS"], true);
    ok(
        &state,
        &token,
        "imconnector.activate",
        json!({"CONNECTOR": "b24_widgets", "LINE": 3, "ACTIVE": 0}),
    );
    assert_eq!(status(&state)["STATUS"], false);
    let (_, body) = call(
        &state,
        &token,
        "imconnector.status",
        json!({"CONNECTOR": "b24_widgets"}),
    );
    assert_error(&body, "LINE_EMPTY");
}
