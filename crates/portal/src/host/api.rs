//! The emulator API under `/emulator/api/` on origin P: what the host page (and tests) need from the
//! server side — tokens per frame load, options, install state, the log, fault switches, the catalogue.
//!
//! Bodies are JSON (`Content-Type: application/json`), so a framed app cannot call these endpoints
//! with a CORS "simple" request. Token values appear only in the answers of `frame`, `refresh` and
//! `host-token` (the host page needs them for the POST form and `refreshAuth`); nothing here logs them.

use super::HostConfig;
use crate::faults::FaultConfig;
use crate::state::EmulatorState;
use crate::tokens::TokenPair;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::sync::Arc;

/// What the API handlers share.
pub struct ApiState {
    /// The emulator's state (store, tokens, faults, log).
    pub emulator: EmulatorState,
    /// Origins and defaults of this run.
    pub config: HostConfig,
    /// The catalogue as the host page wants it (computed once).
    pub catalogue: Value,
}

/// Log kinds the host page may write (REST entries are written by the fake REST API itself).
const PAGE_LOG_KINDS: &[&str] = &["frame", "reply", "drop", "event", "ui", "note"];

/// The `/emulator/api/*` routes.
pub fn routes(state: Arc<ApiState>) -> Router {
    Router::new()
        .route("/emulator/api/config", get(config))
        .route("/emulator/api/catalogue", get(catalogue))
        .route("/emulator/api/state", get(portal_state))
        .route("/emulator/api/frame", post(frame))
        .route("/emulator/api/host-token", post(host_token))
        .route("/emulator/api/refresh", post(refresh))
        .route("/emulator/api/tokens/expire", post(expire_tokens))
        .route("/emulator/api/faults", get(get_faults).put(put_faults))
        .route(
            "/emulator/api/log",
            get(get_log).post(post_log).delete(clear_log),
        )
        .route("/emulator/api/options/user", post(set_user_option))
        .route("/emulator/api/options/app", post(set_app_option))
        .route("/emulator/api/installed", post(set_installed))
        .route("/emulator/api/app/reset", post(reset_app))
        .route("/emulator/api/open-path", get(open_path))
        .with_state(state)
}

/// The catalogue for the host page: every entry of `placements.json` (as shipped, minus sources and
/// notes) plus `concrete_code` and concrete `example_options` from the `placement` crate.
pub fn catalogue_for_host() -> Value {
    let raw: Vec<Value> =
        serde_json::from_str(placement::catalogue::CATALOGUE_JSON).unwrap_or_default();
    let typed = placement::catalogue::entries().unwrap_or_default();
    let list: Vec<Value> = raw
        .into_iter()
        .zip(typed.iter())
        .map(|(mut entry, typed)| {
            if let Value::Object(map) = &mut entry {
                for noisy in ["sources", "notes", "bind", "options"] {
                    map.remove(noisy);
                }
                map.insert(
                    "concrete_code".into(),
                    Value::String(placement::catalogue::concrete_code(typed)),
                );
                map.insert(
                    "example_options".into(),
                    placement::catalogue::concrete_example_options(typed),
                );
            }
            entry
        })
        .collect();
    Value::Array(list)
}

async fn config(State(api): State<Arc<ApiState>>) -> Json<Value> {
    let store = &api.emulator.store;
    Json(json!({
        "portal_origin": api.config.portal_origin,
        "app_url": api.config.app_url,
        "app_origin": api.config.app_origin,
        "open_placement": api.config.open_placement,
        "member_id": store.member_id(),
        "current_user_id": store.current_user_id(),
        "extra_app_dir": api.config.extra_app_dir,
        "fresh": api.config.fresh,
        "installed": store.is_installed(),
    }))
}

async fn catalogue(State(api): State<Arc<ApiState>>) -> Json<Value> {
    Json(api.catalogue.clone())
}

async fn portal_state(State(api): State<Arc<ApiState>>) -> Json<Value> {
    let store = &api.emulator.store;
    Json(json!({
        "installed": store.is_installed(),
        "member_id": store.member_id(),
        "current_user_id": store.current_user_id(),
        "user_options": store.user_options(),
        "app_options": store.app_options(),
        "placement_bindings": store.placement_bindings(),
        "registered_codes": store.registered_codes(),
        "automation_triggers": store.read().app.automation_triggers.clone(),
        "trigger_runs": store.read().app.trigger_runs.clone(),
    }))
}

#[derive(Deserialize)]
struct FrameRequest {
    #[serde(default)]
    placement: String,
    #[serde(default)]
    layout: String,
}

/// Mints the tokens of one frame load and returns everything the POST form and `getInitData` need.
async fn frame(State(api): State<Arc<ApiState>>, Json(request): Json<FrameRequest>) -> Json<Value> {
    let lifetime = api.emulator.faults.get().token_lifetime_secs;
    let pair = api.emulator.tokens.mint(lifetime);
    let store = &api.emulator.store;
    api.emulator.log.push("note", json!({"frame_load": request.placement, "layout": request.layout, "token_lifetime_secs": lifetime}));
    let mut answer = token_json(&pair);
    answer.insert("member_id".into(), Value::String(store.member_id()));
    answer.insert("status".into(), Value::String("L".into()));
    answer.insert("installed".into(), Value::Bool(store.is_installed()));
    answer.insert("user_options".into(), Value::Object(store.user_options()));
    answer.insert("app_options".into(), Value::Object(store.app_options()));
    Json(Value::Object(answer))
}

/// A token for the host page's own REST calls (the picker dialogs read users and CRM items).
async fn host_token(State(api): State<Arc<ApiState>>) -> Json<Value> {
    let pair = api
        .emulator
        .tokens
        .mint(api.emulator.faults.get().token_lifetime_secs.max(60));
    Json(Value::Object(token_json(&pair)))
}

#[derive(Deserialize)]
struct RefreshRequest {
    refresh_token: String,
}

/// `refreshAuth`: exchanges a refresh token (the old pair stops working).
async fn refresh(
    State(api): State<Arc<ApiState>>,
    Json(request): Json<RefreshRequest>,
) -> Response {
    let lifetime = api.emulator.faults.get().token_lifetime_secs;
    match api
        .emulator
        .tokens
        .refresh(&request.refresh_token, lifetime)
    {
        Some(pair) => {
            api.emulator.log.push(
                "note",
                json!({"token_refresh": "ok", "token_lifetime_secs": lifetime}),
            );
            Json(Value::Object(token_json(&pair))).into_response()
        }
        None => {
            api.emulator
                .log
                .push("note", json!({"token_refresh": "unknown refresh token"}));
            (
                StatusCode::BAD_REQUEST,
                Json(
                    json!({"error": "invalid_grant", "error_description": "Unknown refresh token"}),
                ),
            )
                .into_response()
        }
    }
}

async fn expire_tokens(State(api): State<Arc<ApiState>>) -> Json<Value> {
    api.emulator.tokens.expire_all();
    api.emulator
        .log
        .push("fault", json!({"expired": "all access tokens"}));
    Json(json!({"ok": true}))
}

async fn get_faults(State(api): State<Arc<ApiState>>) -> Json<FaultConfig> {
    Json(api.emulator.faults.get())
}

async fn put_faults(
    State(api): State<Arc<ApiState>>,
    Json(config): Json<FaultConfig>,
) -> Json<FaultConfig> {
    api.emulator.faults.set(config.clone());
    api.emulator.log.push("fault", json!({"faults": config}));
    Json(config)
}

#[derive(Deserialize)]
struct Since {
    #[serde(default)]
    since: u64,
}

async fn get_log(State(api): State<Arc<ApiState>>, Query(since): Query<Since>) -> Json<Value> {
    Json(json!(api.emulator.log.since(since.since)))
}

#[derive(Deserialize)]
struct PageLogEntry {
    kind: String,
    #[serde(default)]
    data: Value,
}

/// The host page reports frame traffic here; `EventLog::push` redacts token-looking keys again.
async fn post_log(State(api): State<Arc<ApiState>>, Json(entry): Json<PageLogEntry>) -> Response {
    if !PAGE_LOG_KINDS.contains(&entry.kind.as_str()) {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "unknown log kind"})),
        )
            .into_response();
    }
    let seq = api.emulator.log.push(&entry.kind, entry.data);
    Json(json!({"seq": seq})).into_response()
}

async fn clear_log(State(api): State<Arc<ApiState>>) -> Json<Value> {
    api.emulator.log.clear();
    Json(json!({"ok": true}))
}

#[derive(Deserialize)]
struct OptionRequest {
    name: String,
    #[serde(default)]
    value: Value,
}

async fn set_user_option(
    State(api): State<Arc<ApiState>>,
    Json(request): Json<OptionRequest>,
) -> Json<Map<String, Value>> {
    api.emulator
        .store
        .set_user_option(&request.name, request.value);
    Json(api.emulator.store.user_options())
}

async fn set_app_option(
    State(api): State<Arc<ApiState>>,
    Json(request): Json<OptionRequest>,
) -> Json<Map<String, Value>> {
    api.emulator
        .store
        .set_app_option(&request.name, request.value);
    Json(api.emulator.store.app_options())
}

#[derive(Deserialize)]
struct InstalledRequest {
    installed: bool,
}

async fn set_installed(
    State(api): State<Arc<ApiState>>,
    Json(request): Json<InstalledRequest>,
) -> Json<Value> {
    api.emulator.store.set_installed(request.installed);
    api.emulator
        .log
        .push("note", json!({"installed": request.installed}));
    Json(json!({"installed": request.installed}))
}

/// `POST /emulator/api/app/reset {installed}`: the deep link's `fresh=1` (installed false) and the
/// host page's reset: everything the app did in the portal is forgotten.
async fn reset_app(
    State(api): State<Arc<ApiState>>,
    Json(request): Json<InstalledRequest>,
) -> Json<Value> {
    api.emulator.store.reset_app(request.installed);
    api.emulator.log.push(
        "note",
        json!({"app_reset": true, "installed": request.installed}),
    );
    Json(json!({"installed": request.installed, "registered_codes": []}))
}

#[derive(Deserialize)]
struct PathQuery {
    #[serde(default)]
    path: String,
}

/// Whether the portal's `openPath` accepts `path` (the rule lives in the `placement` crate).
async fn open_path(Query(query): Query<PathQuery>) -> Json<Value> {
    Json(json!({"allowed": placement::path::is_open_path_allowed(&query.path)}))
}

fn token_json(pair: &TokenPair) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("AUTH_ID".into(), Value::String(pair.access_token.clone()));
    map.insert(
        "REFRESH_ID".into(),
        Value::String(pair.refresh_token.clone()),
    );
    map.insert("AUTH_EXPIRES".into(), Value::from(pair.expires_in));
    map
}
