//! Users, profile and departments.

use super::*;

#[test]
fn users_profile_and_departments() {
    let (state, token) = setup();
    let all = ok(&state, &token, "user.get", json!({}));
    assert_eq!(all["total"], 20);
    let u = all["result"][0].clone();
    assert_has_keys(
        &u,
        "user",
        &[
            "ID",
            "NAME",
            "LAST_NAME",
            "EMAIL",
            "PERSONAL_PHOTO",
            "WORK_POSITION",
            "ACTIVE",
            "UF_DEPARTMENT",
        ],
    );
    assert!(u["ACTIVE"].is_boolean() && u["UF_DEPARTMENT"].is_array());
    assert_eq!(
        ids(
            &ok(&state, &token, "user.get", json!({"ID": [4, 5, 6]}))["result"],
            "ID"
        ),
        vec![4, 5, 6]
    );
    assert_eq!(
        ids(
            &ok(
                &state,
                &token,
                "user.get",
                json!({"FILTER": {"UF_DEPARTMENT": 4}})
            )["result"],
            "ID"
        ),
        vec![9, 10, 11, 12, 13]
    );
    assert_eq!(
        ids(
            &ok(
                &state,
                &token,
                "user.get",
                json!({"filter": {"ACTIVE": "N"}})
            )["result"],
            "ID"
        ),
        vec![20]
    );
    assert_eq!(
        ids(
            &ok(
                &state,
                &token,
                "user.get",
                json!({"FILTER": {"FIND": "смирн"}})
            )["result"],
            "ID"
        ),
        vec![8]
    );
    let sorted = ok(
        &state,
        &token,
        "user.get",
        json!({"sort": "ID", "order": "DESC"}),
    );
    assert_eq!(ids(&sorted["result"], "ID")[0], 20);
    let no_photo = ok(
        &state,
        &token,
        "user.get",
        json!({"ID": crate::store::users::USER_WITHOUT_PHOTO}),
    )["result"][0]
        .clone();
    assert_eq!(no_photo["PERSONAL_PHOTO"], "");
    assert_eq!(
        ok(&state, &token, "user.current", json!({}))["result"]["ID"],
        "1"
    );
    let profile = ok(&state, &token, "profile", json!({}))["result"].clone();
    assert_eq!(
        (profile["ID"].clone(), profile["ADMIN"].clone()),
        (json!("1"), json!(true))
    );
    assert_eq!(ok(&state, &token, "department.get", json!({}))["total"], 6);
    assert_eq!(
        ok(&state, &token, "department.get", json!({"PARENT": 1}))["total"],
        5
    );
}
