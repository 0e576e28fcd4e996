//! The shared fixture table of `$result` references (`fixtures/batch_references.json`) through
//! `protocol::batch`; the BX24 mock of the component tests is checked against the same table.

use protocol::batch::{resolve, Answers};
use serde_json::{Map, Value};

const TABLE: &str = include_str!("fixtures/batch_references.json");

fn part(answers: &Value, name: &str) -> Map<String, Value> {
    answers
        .get(name)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

#[test]
fn every_fixture_case_resolves_as_the_table_says() {
    let table: Value = serde_json::from_str(TABLE).expect("the fixture table is JSON");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 4, "the table lost cases");
    for case in cases {
        let given = &case["answers"];
        let answers = Answers {
            result: part(given, "result"),
            result_error: part(given, "result_error"),
            result_total: part(given, "result_total"),
            result_next: part(given, "result_next"),
            result_time: part(given, "result_time"),
        };
        let mut params = case["params"].clone();
        resolve(&mut params, &answers);
        assert_eq!(params, case["expected"], "{}", case["name"]);
    }
}
