//! Property tests at the emulator's edges: random REST parameters (as JSON values, JSON bodies and
//! PHP form bodies), odd HTTP methods and paths never make the fake portal, the host page's API or
//! the app origin panic or answer 5xx. With faults off, a real portal answers bad input with 400
//! (or 401/404 for auth and unknown methods), never 500; the emulator must do the same.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt as _;
use portal::faults::FaultConfig;
use portal::host::{app_origin, portal_router, HostConfig};
use portal::state::EmulatorState;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};
use server::PortalSources;
use std::path::PathBuf;
use tower::ServiceExt as _;

/// Methods the emulator implements, in the spellings clients use, plus unknown ones.
const METHODS: &[&str] = &[
    "app.info",
    "app.option.get",
    "app.option.set",
    "batch",
    "calendar.event.get",
    "crm.activity.get",
    "crm.activity.list",
    "crm.category.list",
    "crm.company.get",
    "crm.company.list",
    "crm.contact.get",
    "crm.contact.list",
    "crm.currency.get",
    "crm.currency.list",
    "crm.deal.get",
    "crm.deal.list",
    "crm.deal.update",
    "crm.item.fields",
    "crm.item.get",
    "crm.item.list",
    "crm.item.update",
    "crm.lead.get",
    "crm.lead.list",
    "crm.quote.get",
    "crm.quote.list",
    "crm.status.list",
    "crm.type.list",
    "department.get",
    "event.bind",
    "event.get",
    "event.unbind",
    "imconnector.activate",
    "placement.bind",
    "placement.get",
    "placement.list",
    "placement.unbind",
    "profile",
    "server.time",
    "sonet_group.get",
    "task.checklistitem.complete",
    "task.checklistitem.getlist",
    "task.checklistitem.renew",
    "tasks.task.get",
    "tasks.task.list",
    "tasks.task.update",
    "user.current",
    "user.get",
    "user.option.get",
    "user.option.set",
    "userfieldconfig.add",
    "userfieldtype.add",
    "userfieldtype.delete",
    "userfieldtype.list",
    "userfieldtype.update",
    "CRM.DEAL.LIST",
    "crm.deal.list.json",
    "methods",
    "scope",
    "",
    ".",
    "..",
];

/// Parameter names the methods read, plus PHP-ish and random ones.
const KEYS: &[&str] = &[
    "id",
    "ID",
    "entityTypeId",
    "ENTITY_TYPE_ID",
    "filter",
    "FILTER",
    "select",
    "SELECT",
    "order",
    "ORDER",
    "start",
    "limit",
    "fields",
    "FIELDS",
    "taskId",
    "TASKID",
    "itemId",
    "cmd",
    "halt",
    "useOriginalUfNames",
    "ownerTypeId",
    "ownerId",
    "userId",
    "option",
    "options",
    "PLACEMENT",
    "HANDLER",
    "TITLE",
    "DESCRIPTION",
    "event",
    "handler",
    "data",
    "sort",
    "NAV_PARAMS",
    "nPageSize",
    "iNumPage",
    "type",
    "USER_TYPE_ID",
    "FIELD_NAME",
    "entityId",
    "moduleId",
    "field",
    "value",
    "CHECKLIST",
    "GROUP_ID",
    "ID_LIST",
    ">ID",
    "<ID",
    ">=DATE_CREATE",
    "!STAGE_ID",
    "%TITLE",
    "=ID",
    "@ID",
    "0",
    "auth",
];

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop::sample::select(vec![
            -1i64,
            0,
            1,
            2,
            3,
            7,
            31,
            50,
            128,
            1038,
            i64::MAX,
            i64::MIN
        ])
        .prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "[ -~]{0,12}".prop_map(Value::from),
        prop::sample::select(vec![
            "1",
            "0",
            "-1",
            "Y",
            "N",
            "abc",
            "",
            "1e400",
            "99999999999999999999999",
            "ID",
            "DESC",
            "asc",
            "*",
            "UF_*",
            "%",
            ">=ID",
            "C1:NEW",
            "2024-01-01T00:00:00+03:00",
            "$result[x]",
            "$result[0][ID]",
            "crm.deal.list?start=-1",
            "\u{0}",
            "é",
            "🦀",
            "2024-13-45",
            "2024-01-01T25:61:61+99:99",
            "31.12.9999 23:59:60",
            "01/01/1000 12:00:00 pm",
            "-9223372036854775808",
            "9223372036854775807",
            "18446744073709551616",
            "1e308",
            "0x10",
            " 12 ",
            "12abc",
            "-0",
            "NaN",
            "[]",
            "{}",
            "null",
            "true",
            "#ff00ff",
            "DT1038_1:NEW",
        ])
        .prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => "[a-zA-Z_>=<!%@\\[\\]]{1,10}",
    ]
}

fn json() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..5)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A batch `cmd` map of random commands with random query strings.
fn batch_cmd() -> impl Strategy<Value = Value> {
    let command = (
        prop::sample::select(METHODS),
        prop::option::of("[a-zA-Z0-9_=&%\\[\\]$.-]{0,40}"),
    )
        .prop_map(|(method, query)| match query {
            Some(query) => Value::from(format!("{method}?{query}")),
            None => Value::from(method),
        });
    prop_oneof![
        prop::collection::vec(("[a-z0-9_]{0,6}", command.clone()), 0..5)
            .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        prop::collection::vec(command, 0..5).prop_map(Value::Array),
    ]
}

fn params() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec((key(), json()), 0..6),
        prop::option::of(batch_cmd()),
    )
        .prop_map(|(entries, cmd)| {
            let mut map: Map<String, Value> = entries.into_iter().collect();
            if let Some(cmd) = cmd {
                map.insert("cmd".into(), cmd);
            }
            Value::Object(map)
        })
}

/// One emulator with a valid token, and faults off (the default).
fn emulator() -> (EmulatorState, String) {
    let state = EmulatorState::new();
    let token = state.tokens.mint(3600).access_token;
    (state, token)
}

/// A runner of `cases` cases (`PROPTEST_CASES` overrides, for a longer hunt).
fn runner(cases: u32) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn rest_methods_with_random_parameters_never_panic_nor_answer_5xx() {
    let (state, token) = emulator();
    runner(400)
        .run(
            &(prop::sample::select(METHODS), params(), any::<bool>()),
            |(method, params, authed)| {
                state.faults.set(FaultConfig::default());
                let auth = authed.then_some(token.as_str());
                let (status, body) = portal::rest::handle(&state, method, params.clone(), auth);
                prop_assert!(status < 500, "{method} {params}: {status} {body}");
                prop_assert!(
                    body.get("result").is_some() || body.get("error").is_some(),
                    "{method} {params}: {status} {body}"
                );
                if status != 200 {
                    prop_assert!(
                        body.get("error").is_some(),
                        "{method}: {status} without an error code: {body}"
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}

fn host_config() -> HostConfig {
    HostConfig {
        portal_origin: "http://localhost:9000".into(),
        app_url: "http://localhost:8080/".into(),
        app_origin: Some("http://localhost:8080".into()),
        open_placement: None,
        extra_app_dir: false,
        fresh: false,
        gallery: std::env::temp_dir(),
    }
}

/// Paths of origin P: REST calls in every spelling, the emulator API, the host page, and noise.
fn portal_paths() -> impl Strategy<Value = String> {
    let api = prop::sample::select(vec![
        "config",
        "catalogue",
        "state",
        "frame",
        "host-token",
        "refresh",
        "tokens/expire",
        "faults",
        "log",
        "options/user",
        "options/app",
        "installed",
        "open-path",
        "nope",
    ]);
    prop_oneof![
        (
            prop::sample::select(METHODS),
            prop::sample::select(vec!["", ".json", ".xml", "/"]),
            prop::option::of("[a-zA-Z0-9_=&%\\[\\].-]{0,40}")
        )
            .prop_map(|(m, suffix, q)| format!(
                "/rest/{m}{suffix}{}",
                q.map(|q| format!("?{q}")).unwrap_or_default()
            )),
        api.prop_map(|a| format!("/emulator/api/{a}")),
        "[a-zA-Z0-9_.%-]{0,12}".prop_map(|f| format!("/emulator/avatar/{f}")),
        "[a-zA-Z0-9_./%-]{0,20}".prop_map(|f| format!("/host/{f}")),
        "[a-zA-Z0-9_./%-]{0,40}".prop_map(|f| format!("/gallery/{f}")),
        "/[a-zA-Z0-9_./%~-]{0,30}",
    ]
}

fn methods() -> impl Strategy<Value = Method> {
    prop_oneof![
        4 => prop::sample::select(vec![Method::GET, Method::POST, Method::PUT, Method::OPTIONS, Method::HEAD, Method::DELETE, Method::PATCH]),
        1 => "[A-Z]{1,10}".prop_filter_map("a token", |m| Method::from_bytes(m.as_bytes()).ok()),
    ]
}

/// Bodies as clients send them (PHP form, JSON) and as they should not (bytes, truncated JSON).
fn bodies() -> impl Strategy<Value = (Vec<u8>, &'static str)> {
    let content_type = prop::sample::select(vec![
        "application/x-www-form-urlencoded",
        "application/json",
        "text/plain;charset=UTF-8",
        "multipart/form-data; boundary=x",
        "",
    ]);
    let body = prop_oneof![
        params().prop_map(|p| protocol::form::encode(&p).into_bytes()),
        params().prop_map(|p| p.to_string().into_bytes()),
        params().prop_map(|p| {
            let text = p.to_string();
            text.as_bytes()[..text.len() / 2].to_vec()
        }),
        "[a-zA-Z0-9_=&%\\[\\]{}\":,.-]{0,120}".prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..200),
    ];
    (body, content_type)
}

async fn status_of(app: Router, request: Request<Body>) -> (StatusCode, String) {
    let response = app.oneshot(request).await.unwrap_or_else(|e| match e {});
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// Sends `request` with `body` (and its content type, when it has one) and fails the case on a 5xx.
/// A request the builder refuses (an odd method or path) is skipped: no server ever sees it.
fn no_server_error(
    runtime: &tokio::runtime::Runtime,
    app: &Router,
    mut request: axum::http::request::Builder,
    body: Vec<u8>,
    content_type: &str,
) -> Result<(), TestCaseError> {
    if !content_type.is_empty() {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    let (method, path) = (
        request.method_ref().cloned(),
        request.uri_ref().map(ToString::to_string),
    );
    let Ok(request) = request.body(Body::from(body)) else {
        return Ok(());
    };
    let (status, answer) = runtime.block_on(status_of(app.clone(), request));
    prop_assert!(
        !status.is_server_error(),
        "{method:?} {path:?}: {status} {answer}"
    );
    Ok(())
}

#[test]
fn the_portal_origin_survives_random_http() {
    let (state, token) = emulator();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let app = portal_router(state.clone(), host_config());
    runner(300)
        .run(
            &(methods(), portal_paths(), bodies(), any::<bool>()),
            |(method, path, (body, content_type), authed)| {
                state.faults.set(FaultConfig::default());
                let path = if authed && path.starts_with("/rest/") {
                    format!(
                        "{path}{}auth={token}",
                        if path.contains('?') { '&' } else { '?' }
                    )
                } else {
                    path
                };
                let request = Request::builder()
                    .method(method)
                    .uri(path)
                    .header(header::ORIGIN, "http://localhost:8080");
                no_server_error(&runtime, &app, request, body, content_type)
            },
        )
        .unwrap();
    // The fault switch itself was exercised with random bodies; it never got stuck on.
    state.faults.set(FaultConfig::default());
}

/// A throw-away folder with a built `dist/` and an `--extra-app-dir`.
struct AppDirs(PathBuf);

impl Drop for AppDirs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_app_origin_survives_random_http() {
    let dirs = AppDirs(std::env::temp_dir().join(format!("portal-hostile-{}", std::process::id())));
    std::fs::create_dir_all(dirs.0.join("dist")).unwrap();
    std::fs::create_dir_all(dirs.0.join("extra/pages")).unwrap();
    std::fs::write(
        dirs.0.join("dist/index.html"),
        "<script src=\"https://api.bitrix24.com/api/v1/\"></script>",
    )
    .unwrap();
    std::fs::write(
        dirs.0.join("dist/app-0123456789abcdef_bg.wasm"),
        vec![1u8; 3000],
    )
    .unwrap();
    std::fs::write(dirs.0.join("extra/pages/probe.html"), "<p>probe</p>").unwrap();
    let portals = PortalSources::from_origin("http://localhost:9000").unwrap();
    let app = app_origin::router(dirs.0.join("dist"), portals, Some(dirs.0.join("extra")));
    let paths = prop_oneof![
        prop::sample::select(vec![
            "/",
            "/index.html",
            "/app-0123456789abcdef_bg.wasm",
            "/__emulator/bx24.js",
            "/__extra/",
            "/__extra/pages/probe.html",
            "/__extra/../dist/index.html",
            "/__extra/%2e%2e/dist/index.html",
            "/__extra/pages/%00.html",
            "/__extra/C:/x",
            "/crm/deal/tab",
        ])
        .prop_map(str::to_owned),
        "/(__extra/)?[a-zA-Z0-9_./%~:\\\\-]{0,30}",
    ];
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runner(300)
        .run(
            &(methods(), paths, bodies()),
            |(method, path, (body, content_type))| {
                let request = Request::builder().method(method).uri(path);
                no_server_error(&runtime, &app, request, body, content_type)
            },
        )
        .unwrap();
}

/// A fault configuration as the host page's API receives it: its fields with any JSON values.
fn fault_bodies() -> impl Strategy<Value = Value> {
    let field = prop::sample::select(vec![
        "rate_limit",
        "burst",
        "drain_per_sec",
        "token_lifetime_secs",
        "fail_every",
        "delay_ms",
        "operation_limited",
    ]);
    let value = prop_oneof![
        prop::sample::select(vec![
            u64::MAX,
            u64::MAX / 1000 + 1,
            1 << 53,
            0,
            1,
            59,
            60,
            3600
        ])
        .prop_map(Value::from),
        scalar(),
        prop::collection::vec(prop::sample::select(METHODS).prop_map(Value::from), 0..3)
            .prop_map(Value::Array),
    ];
    prop::collection::vec((field, value), 0..5).prop_map(|entries| {
        Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    })
}

#[test]
fn any_accepted_fault_configuration_keeps_tokens_and_frames_working() {
    let (state, _) = emulator();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let app = portal_router(state.clone(), host_config());
    let send = |method: Method, path: &str, body: String| {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .unwrap();
        runtime.block_on(status_of(app.clone(), request))
    };
    runner(200)
        .run(&fault_bodies(), |faults| {
            let (status, answer) = send(Method::PUT, "/emulator/api/faults", faults.to_string());
            prop_assert!(
                !status.is_server_error(),
                "PUT faults {faults}: {status} {answer}"
            );
            for path in ["/emulator/api/host-token", "/emulator/api/frame"] {
                let (status, answer) =
                    send(Method::POST, path, r#"{"placement":"DEFAULT"}"#.into());
                prop_assert_eq!(
                    status,
                    StatusCode::OK,
                    "{} after {}: {}",
                    path,
                    faults,
                    answer
                );
                let token: Value = serde_json::from_str(&answer).unwrap_or_default();
                let refresh = token["refresh_token"]
                    .as_str()
                    .or(token["REFRESH_ID"].as_str())
                    .unwrap_or("")
                    .to_owned();
                if !refresh.is_empty() {
                    let body = serde_json::json!({ "refresh_token": refresh }).to_string();
                    let (status, answer) = send(Method::POST, "/emulator/api/refresh", body);
                    prop_assert!(
                        !status.is_server_error(),
                        "refresh after {faults}: {status} {answer}"
                    );
                }
            }
            state.faults.set(FaultConfig::default());
            Ok(())
        })
        .unwrap();
}
