//! The report's batch, its reading and the funnel arithmetic, against answers shaped as the REST
//! docs show them.

use super::*;
use placement::EntityTypeId;
use serde_json::{json, Value};

fn stage(entity: &str, id: &str, name: &str, sort: u64, sem: &str) -> Value {
    json!({"ENTITY_ID": entity, "STATUS_ID": id, "NAME": name, "SORT": sort.to_string(), "COLOR": "#39A8EF", "SEMANTICS": sem})
}

fn row(cat: u64, stage: &str, amount: f64, currency: &str) -> ReportRow {
    ReportRow {
        id: Some(1),
        category_id: Some(cat),
        stage_id: Some(stage.into()),
        type_id: None,
        opportunity: Some(amount),
        currency_id: Some(currency.into()),
    }
}

fn deal_results(batch: &Batch) -> BatchResults {
    let mut results = BatchResults::new(batch.names());
    results
        .absorb(
            &json!({
                "result": {
                    "pipelines": {"categories": [
                        {"id": 0, "name": "General", "isDefault": "Y"},
                        {"id": "1", "name": "Partners", "isDefault": "N"},
                    ]},
                    // Sent out of order: the report sorts by SORT.
                    "stages": [
                        stage("DEAL_STAGE", "WON", "Won", 40, "S"),
                        stage("DEAL_STAGE", "NEW", "New", 10, ""),
                        stage("DEAL_STAGE", "WORK", "In work", 20, ""),
                        stage("DEAL_STAGE", "LOSE", "Lost", 50, "F"),
                    ],
                    "stages_0": [],
                    "stages_1": [
                        stage("DEAL_STAGE_1", "C1:NEW", "Talks", 10, ""),
                        stage("DEAL_STAGE_1", "C1:WON", "Signed", 20, "S"),
                    ],
                    "stages_2": [],
                    "count": {"items": [{"id": 1}]},
                },
                "result_total": {"count": 7},
            }),
            None,
        )
        .unwrap();
    results
}

#[test]
fn the_deal_batch_reads_pipelines_stages_by_reference_and_the_count() {
    let (batch, commands) = plan(CrmEntityType::Deal, "en").unwrap();
    let names = batch.names();
    assert_eq!(&names[..3], ["pipelines", "stages", "stages_0"]);
    assert_eq!(names.len(), 3 + MAX_PIPELINES + 1);
    assert_eq!(names.last().map(String::as_str), Some("count"));
    // The pipeline id is spliced into the dictionary name by the portal.
    let chunks = batch.plan().unwrap();
    assert_eq!(chunks.len(), 1, "one request");
    let setup = commands.read(&deal_results(&batch)).unwrap();
    assert_eq!(setup.total, 7);
    assert_eq!(setup.pipelines.len(), 2);
    let general = &setup.pipelines[0];
    assert_eq!(general.name.as_deref(), Some("General"));
    let ids: Vec<&str> = general.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["NEW", "WORK", "WON", "LOSE"]);
    assert_eq!(general.stages[2].semantics, StageSemantics::Success);
    assert_eq!(
        general.stages[0].color.as_ref().map(HexColor::as_str),
        Some("#39a8ef")
    );
    assert_eq!(setup.pipelines[1].id, Some(1));
    assert_eq!(setup.pipelines[1].stages.len(), 2);
}

#[test]
fn the_dictionary_reference_is_inside_the_filter_text() {
    let (batch, _) = plan(CrmEntityType::Dynamic(EntityTypeId(183)), "en").unwrap();
    let chunks = batch.plan().unwrap();
    let text = chunks[0].params["cmd"]["stages_0"]
        .as_str()
        .unwrap_or_default()
        .replace("%24", "$")
        .replace("%5B", "[")
        .replace("%5D", "]");
    assert!(
        text.contains("DYNAMIC_183_STAGE_$result[pipelines][categories][0][id]"),
        "{text}"
    );
}

#[test]
fn a_failed_count_fails_the_report_and_a_failed_dictionary_does_not() {
    let (batch, commands) = plan(CrmEntityType::Lead, "en").unwrap();
    assert_eq!(batch.names(), ["stages", "count"]);
    let mut failed = BatchResults::new(batch.names());
    failed
        .absorb(&json!({"result": {"stages": []}, "result_error": {"count": {"error": "ACCESS_DENIED", "error_description": "Access denied"}}}), None)
        .unwrap();
    assert!(commands.read(&failed).is_err());
    let mut soft = BatchResults::new(batch.names());
    soft.absorb(&json!({"result": {"count": {"items": []}}, "result_total": {"count": 0}, "result_error": {"stages": {"error": "x", "error_description": "y"}}}), None)
        .unwrap();
    let setup = commands.read(&soft).unwrap();
    assert_eq!(setup.pipelines.len(), 1);
    assert!(setup.pipelines[0].stages.is_empty());
}

#[test]
fn the_funnel_counts_what_passed_each_stage_and_sums_per_currency() {
    let (batch, commands) = plan(CrmEntityType::Deal, "en").unwrap();
    let setup = commands.read(&deal_results(&batch)).unwrap();
    let mut tally = Tally::default();
    let grouping = setup.grouping;
    tally.add(
        grouping,
        &[
            row(0, "NEW", 100.0, "USD"),
            row(0, "NEW", 50.0, "EUR"),
            row(0, "WORK", 10.0, "USD"),
            row(0, "WON", 1000.0, "USD"),
        ],
    );
    tally.add(
        grouping,
        &[
            row(0, "LOSE", 5.0, "USD"),
            row(1, "C1:NEW", 1.0, "USD"),
            row(1, "GONE", 0.0, "USD"),
        ],
    );
    assert_eq!(tally.rows(), 7);
    let report = Report::build(&setup, &tally, false);
    assert_eq!(report.counted, 7);
    let general = &report.pipelines[0];
    assert_eq!(general.count, 5);
    assert_eq!((general.won, general.lost), (1, 1));
    assert_eq!(general.win_rate(), Some(0.5));
    let new = &general.stages[0];
    assert_eq!(new.count, 2);
    // 4 entered (5 minus the lost one); all passed NEW, WORK + WON passed WORK.
    assert_eq!(new.reached, Some(4));
    assert_eq!(new.conversion, Some(1.0));
    assert_eq!(general.stages[1].reached, Some(2));
    assert_eq!(general.stages[1].conversion, Some(0.5));
    assert_eq!(general.stages[2].reached, None);
    assert_eq!(
        new.sums,
        vec![
            Money {
                amount: 50.0,
                currency: "EUR".into()
            },
            Money {
                amount: 100.0,
                currency: "USD".into()
            },
        ]
    );
    assert_eq!(general.max_count(), 2);
    // A stage the dictionary does not list is still counted, by its id.
    let partners = &report.pipelines[1];
    assert_eq!(partners.count, 2);
    assert_eq!(
        partners.stages.last().map(|s| s.stage.name.as_str()),
        Some("GONE")
    );
    assert_eq!(partners.win_rate(), None);
}

#[test]
fn elements_of_an_unlisted_pipeline_get_their_own() {
    let (batch, commands) = plan(CrmEntityType::Deal, "en").unwrap();
    let setup = commands.read(&deal_results(&batch)).unwrap();
    let mut tally = Tally::default();
    tally.add(setup.grouping, &[row(9, "C9:NEW", 1.0, "USD")]);
    let report = Report::build(&setup, &tally, true);
    assert_eq!(report.pipelines.len(), 3);
    assert_eq!(report.pipelines[2].id, Some(9));
    assert!(report.partial);
    assert_eq!(report.total, 7);
}

#[test]
fn contacts_are_grouped_by_type() {
    let (batch, commands) = plan(CrmEntityType::Contact, "en").unwrap();
    let mut results = BatchResults::new(batch.names());
    results
        .absorb(&json!({"result": {"stages": [stage("CONTACT_TYPE", "CLIENT", "Clients", 10, "")], "count": {"items": []}}, "result_total": {"count": 2}}), None)
        .unwrap();
    let setup = commands.read(&results).unwrap();
    assert_eq!(setup.grouping, Grouping::Types);
    let mut tally = Tally::default();
    let client = ReportRow {
        type_id: Some("CLIENT".into()),
        ..ReportRow::default()
    };
    tally.add(setup.grouping, &[client.clone(), client]);
    let report = Report::build(&setup, &tally, false);
    assert_eq!(report.pipelines[0].stages[0].count, 2);
    assert!(plan(CrmEntityType::Activity, "en").is_none());
}

#[test]
fn the_list_spec_selects_only_what_the_report_needs() {
    let spec = list_spec(CrmEntityType::Dynamic(EntityTypeId(1038)));
    assert_eq!(spec.method, "crm.item.list");
    assert_eq!(
        spec.params["select"],
        json!(["id", "categoryId", "stageId", "opportunity", "currencyId"])
    );
}

#[test]
fn stage_paths_are_ones_open_path_allows_and_encode_the_stage() {
    let path = stage_list_path(CrmEntityType::Deal, Some(1), "C1:NEW").unwrap();
    assert_eq!(
        path,
        "/crm/deal/list/category/1/?apply_filter=Y&STAGE_ID%5B%5D=C1%3ANEW"
    );
    for entity in [
        CrmEntityType::Lead,
        CrmEntityType::Contact,
        CrmEntityType::Company,
        CrmEntityType::Quote,
        CrmEntityType::SmartInvoice,
        CrmEntityType::Dynamic(EntityTypeId(1038)),
    ] {
        let path = stage_list_path(entity, None, "NEW").unwrap();
        assert!(placement::path::is_open_path_allowed(&path), "{path}");
    }
}

#[test]
fn old_invoices_are_reported_by_status_from_their_own_list_method() {
    let (batch, commands) = plan(CrmEntityType::Invoice, "en").unwrap();
    let chunks = batch.plan().unwrap();
    let cmd = |name: &str| {
        chunks[0].params["cmd"][name]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        cmd(command::STAGES).contains("crm.status.list"),
        "{}",
        cmd(command::STAGES)
    );
    assert!(
        cmd(command::STAGES).contains("INVOICE_STATUS"),
        "{}",
        cmd(command::STAGES)
    );
    assert!(
        cmd(command::COUNT).starts_with("crm.invoice.list?"),
        "{}",
        cmd(command::COUNT)
    );
    assert!(
        !cmd(command::COUNT).contains("entityTypeId"),
        "{}",
        cmd(command::COUNT)
    );
    let mut results = BatchResults::new(batch.names());
    results.absorb(&json!({
        "result": {
            "stages": [
                {"ENTITY_ID": "INVOICE_STATUS", "STATUS_ID": "N", "NAME": "New", "SORT": "10"},
                {"ENTITY_ID": "INVOICE_STATUS", "STATUS_ID": "P", "NAME": "Paid", "SORT": "20", "SEMANTICS": "S"},
                {"ENTITY_ID": "INVOICE_STATUS", "STATUS_ID": "D", "NAME": "Declined", "SORT": "30", "SEMANTICS": "F"}
            ],
            "count": [{"ID": "1"}]
        },
        "result_total": {"count": 3}
    }), None)
    .unwrap();
    let setup = commands.read(&results).unwrap();
    assert_eq!(setup.total, 3);
    let names: Vec<&str> = setup.pipelines[0]
        .stages
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["New", "Paid", "Declined"]);
    let rows: Vec<ReportRow> = serde_json::from_value(json!([
        {"ID": "1", "STATUS_ID": "P", "PRICE": "120.50", "CURRENCY": "EUR"},
        {"ID": "2", "STATUS_ID": "N", "PRICE": "10", "CURRENCY": "EUR"},
        {"ID": "3", "STATUS_ID": "P", "PRICE": "9.50", "CURRENCY": "EUR"}
    ]))
    .unwrap();
    let mut tally = Tally::default();
    tally.add(setup.grouping, &rows);
    let report = Report::build(&setup, &tally, false);
    let paid = &report.pipelines[0].stages[1];
    assert_eq!((paid.stage.id.as_str(), paid.count), ("P", 2));
    let spec = list_spec(CrmEntityType::Invoice);
    assert_eq!(spec.method, "crm.invoice.list");
    assert_eq!(
        spec.params["select"],
        json!(["ID", "STATUS_ID", "PRICE", "CURRENCY"])
    );
    assert!(stage_list_path(CrmEntityType::Invoice, None, "P").is_none());
}

#[test]
fn orders_are_reported_by_status_named_in_the_users_language() {
    let (batch, commands) = plan(CrmEntityType::Order, "de").unwrap();
    let chunks = batch.plan().unwrap();
    let cmd = |name: &str| {
        chunks[0].params["cmd"][name]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        cmd(command::ORDER_STATUSES).starts_with("sale.status.list?"),
        "{}",
        cmd(command::ORDER_STATUSES)
    );
    assert!(
        cmd(command::ORDER_STATUS_NAMES).contains("filter[lid]=de"),
        "{}",
        cmd(command::ORDER_STATUS_NAMES)
    );
    assert!(
        cmd(command::COUNT).starts_with("sale.order.list?"),
        "{}",
        cmd(command::COUNT)
    );
    let mut results = BatchResults::new(batch.names());
    results
        .absorb(
            &json!({
                "result": {
                    "order_statuses": {"statuses": [
                        {"id": "F", "type": "O", "sort": "300", "color": "#2FC6F6"},
                        {"id": "N", "type": "O", "sort": "100"},
                        {"id": "P", "type": "O", "sort": "200"}
                    ]},
                    "order_status_names": {"statusLangs": [
                        {"statusId": "N", "lid": "de", "name": "Angenommen"},
                        {"statusId": "F", "lid": "de", "name": "Abgeschlossen"}
                    ]},
                    "count": {"orders": [{"id": 1}]}
                },
                "result_total": {"count": 12}
            }),
            None,
        )
        .unwrap();
    let setup = commands.read(&results).unwrap();
    assert_eq!(setup.total, 12);
    let stages: Vec<(&str, &str)> = setup.pipelines[0]
        .stages
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(
        stages,
        [("N", "Angenommen"), ("P", "P"), ("F", "Abgeschlossen")]
    );
    assert_eq!(
        setup.pipelines[0].stages[2].semantics,
        StageSemantics::Success
    );
    let spec = list_spec(CrmEntityType::Order);
    assert_eq!(spec.method, "sale.order.list");
    assert_eq!(
        spec.params["select"],
        json!(["id", "statusId", "price", "currency"])
    );
    let rows: Vec<ReportRow> = serde_json::from_value(json!([
        {"id": 4, "statusId": "F", "price": 30.0, "currency": "USD"}
    ]))
    .unwrap();
    assert_eq!(rows[0].stage_id.as_deref(), Some("F"));
    assert_eq!(rows[0].opportunity, Some(30.0));
}
