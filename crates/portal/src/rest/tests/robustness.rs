//! No method panics on odd parameters.

use super::*;

#[test]
fn no_method_panics_on_odd_parameters() {
    let (state, token) = setup();
    let odd = [
        json!({}),
        json!([]),
        json!([1, "x"]),
        json!({"id": "abc", "ID": -1, "entityTypeId": "x", "taskId": {}, "TASKID": [1], "fields": "", "filter": [1, 2], "order": "x", "select": 5}),
        json!({"id": 1, "entityTypeId": 2, "taskId": 1, "TASKID": 1, "fields": {"stageId": {}, "TITLE": [], "DEADLINE": "not a date", "opportunity": "1e999"}}),
        json!({"type": "user", "ownerId": "x", "from": "99.99.9999", "to": [], "section": {"a": 1}}),
        json!({"PLACEMENT": "\u{0}", "HANDLER": "https://x", "OPTIONS": [1], "USER_ID": "x", "LANG_ALL": "x"}),
        json!({"cmd": {"a": "batch", "b": "?", "c": "$result[", "d": "crm.deal.get?id=$result[a][b][c]"}, "halt": "Y"}),
        json!({"options": {"": null}, "option": [], "event": "ONAPPINSTALL", "handler": "", "USER_TYPE_ID": "ÿ", "field": {"fieldName": "UF_É"}}),
    ];
    let names: Vec<&str> = methods::names().chain(["batch"]).collect();
    assert!(names.len() > 50);
    for name in names {
        for params in &odd {
            let (status, body) = call(&state, &token, name, params.clone());
            assert!(
                matches!(status, 200 | 400 | 404 | 405),
                "{name} {params}: {status} {body}"
            );
            if status == 200 {
                assert_time_block(&body["time"]);
            } else {
                assert!(
                    body["error"].is_string() && body["error_description"].is_string(),
                    "{name}: {body}"
                );
            }
        }
    }
}
