//! The portal emulator (`portal emulate`): two origins exactly as in production.
//!
//! - Origin P (`http://HOST:PORT`): the host page (a fake Bitrix24 page that plays the parent side of
//!   the frame protocol), the fake REST API (`/rest/…`, from [`crate::rest`]) and the emulator API
//!   (`/emulator/api/…`, [`api`]).
//! - Origin A (`http://HOST:APP_PORT`): the app's `dist/`, answered like production (POST, CSP with
//!   `frame-ancestors` P) but with the official BX24 script swapped for the offline one
//!   ([`app_origin`]). Not started when `--app-url` points the frame elsewhere.

pub mod api;
pub mod app_origin;
pub mod assets;
pub mod gallery;

use crate::state::EmulatorState;
use axum::routing::get;
use axum::Router;
use serde::Serialize;
use server::PortalSources;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

/// Command-line options of `portal emulate`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmulateOptions {
    /// Host name both origins use, exactly as the browser will see it (`localhost` ≠ `127.0.0.1`).
    pub host: String,
    /// Port of origin P (host page + REST); 0 picks a free one.
    pub port: u16,
    /// Port of origin A (the app); 0 picks a free one.
    pub app_port: u16,
    /// trunk's output folder served on origin A.
    pub dist: PathBuf,
    /// Load the frame from this URL instead of origin A (e.g. `trunk serve`); origin A is not started.
    pub app_url: Option<String>,
    /// Placement the host page opens when the URL names none.
    pub open_placement: Option<String>,
    /// Extra folder served on origin A under `/__extra/` (test pages).
    pub extra_app_dir: Option<PathBuf>,
    /// Start as a portal the app was never installed on (`--fresh`): not installed, nothing bound.
    pub fresh: bool,
    /// Folder of the end-to-end run's screenshots, shown at `/gallery`.
    pub gallery: PathBuf,
}

impl Default for EmulateOptions {
    fn default() -> Self {
        Self {
            host: "localhost".into(),
            port: 9000,
            app_port: 8080,
            dist: PathBuf::from("dist"),
            app_url: None,
            open_placement: None,
            extra_app_dir: None,
            fresh: false,
            gallery: PathBuf::from("e2e/screenshots"),
        }
    }
}

/// Origins and defaults the host page learns from `/emulator/api/config`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostConfig {
    /// Origin P, e.g. `http://localhost:9000`.
    pub portal_origin: String,
    /// The URL the frame loads by default.
    pub app_url: String,
    /// Origin A when this process serves the app, else `None`.
    pub app_origin: Option<String>,
    /// Placement opened when the URL names none.
    pub open_placement: Option<String>,
    /// Whether `/__extra/` is served on origin A.
    pub extra_app_dir: bool,
    /// Whether the run started as a fresh portal (`--fresh`): the host page then offers only bound
    /// placements until its "every placement" switch is on.
    pub fresh: bool,
    /// Folder of the screenshots `/gallery` shows (not sent to the host page).
    #[serde(skip)]
    pub gallery: PathBuf,
}

/// Why the emulator could not start or stopped.
#[derive(Debug)]
pub enum HostError {
    /// The host name cannot be resolved to an address to listen on.
    Resolve(String, std::io::Error),
    /// A port could not be bound.
    Bind(SocketAddr, std::io::Error),
    /// The origin cannot be used in a CSP.
    BadOrigin(String),
    /// A server failed while running.
    Server(std::io::Error),
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Resolve(host, e) => write!(f, "cannot resolve --host {host}: {e}"),
            Self::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            Self::BadOrigin(origin) => write!(f, "cannot use {origin} as an origin"),
            Self::Server(e) => write!(f, "server error: {e}"),
        }
    }
}

impl std::error::Error for HostError {}

/// The router of origin P: host page, emulator API and the fake REST API.
pub fn portal_router(state: EmulatorState, config: HostConfig) -> Router {
    let gallery = config.gallery.clone();
    let api_state = Arc::new(api::ApiState {
        emulator: state.clone(),
        config,
        catalogue: api::catalogue_for_host(),
    });
    Router::new()
        .route("/", get(assets::index))
        .route("/host/{*name}", get(assets::file))
        .route(
            "/favicon.ico",
            get(|| async { axum::http::StatusCode::NO_CONTENT }),
        )
        .merge(gallery::routes(gallery))
        .merge(api::routes(api_state))
        .merge(crate::rest::router(state))
}

/// Runs `portal emulate` until Ctrl-C / SIGTERM.
pub async fn run(options: EmulateOptions) -> Result<(), HostError> {
    let ip = resolve(&options.host).await?;
    let portal_listener = bind(SocketAddr::new(ip, options.port)).await?;
    let portal_port = portal_listener
        .local_addr()
        .map_err(HostError::Server)?
        .port();
    let portal_origin = format!("http://{}:{portal_port}", options.host);

    let app_listener = match options.app_url {
        Some(_) => None,
        None => Some(bind(SocketAddr::new(ip, options.app_port)).await?),
    };
    let app_origin = match &app_listener {
        Some(listener) => Some(format!(
            "http://{}:{}",
            options.host,
            listener.local_addr().map_err(HostError::Server)?.port()
        )),
        None => None,
    };
    let app_url = options
        .app_url
        .clone()
        .or_else(|| app_origin.as_ref().map(|o| format!("{o}/")))
        .unwrap_or_default();

    let state = EmulatorState::new();
    state.store.set_public_origin(&portal_origin);
    if options.fresh {
        state.store.reset_app(false);
    }
    let config = HostConfig {
        portal_origin: portal_origin.clone(),
        app_url: app_url.clone(),
        app_origin: app_origin.clone(),
        open_placement: options.open_placement.clone(),
        extra_app_dir: options.extra_app_dir.is_some() && app_listener.is_some(),
        fresh: options.fresh,
        gallery: options.gallery.clone(),
    };
    let portal = portal_router(state, config);

    println!("Bitrix24 portal emulator");
    println!("  host page + fake REST (origin P): {portal_origin}/");
    println!(
        "  screenshots of the last e2e run: {portal_origin}/gallery ({})",
        options.gallery.display()
    );
    match &app_origin {
        Some(origin) => println!(
            "  app (origin A, serving {} by GET and POST): {origin}/",
            options.dist.display()
        ),
        None => println!("  app: {app_url} (from --app-url; origin A not started)"),
    }
    if let Some(code) = &options.open_placement {
        println!("  opens placement {code} by default");
    }
    println!("Open {portal_origin}/ in a browser (deep link: {portal_origin}/?placement=CRM_DEAL_DETAIL_TAB&lang=en&theme=light)");
    // One machine-readable line for scripts and the e2e harness.
    println!(
        "PORTAL_EMULATOR portal={portal_origin} app={}",
        app_origin.as_deref().unwrap_or(&app_url)
    );

    let portal_server =
        axum::serve(portal_listener, portal).with_graceful_shutdown(server::shutdown_signal());
    match app_listener {
        Some(listener) => {
            let portals = PortalSources::from_origin(&portal_origin)
                .map_err(|_| HostError::BadOrigin(portal_origin.clone()))?;
            let app =
                app_origin::router(options.dist.clone(), portals, options.extra_app_dir.clone());
            let app_server =
                axum::serve(listener, app).with_graceful_shutdown(server::shutdown_signal());
            tokio::try_join!(async { portal_server.await }, async { app_server.await })
                .map_err(HostError::Server)?;
        }
        None => portal_server.await.map_err(HostError::Server)?,
    }
    Ok(())
}

/// `localhost` listens on 127.0.0.1 (what browsers try first on Linux); other names are resolved.
async fn resolve(host: &str) -> Result<IpAddr, HostError> {
    if host.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    if let Ok(ip) = host
        .trim_matches(|c| c == '[' || c == ']')
        .parse::<IpAddr>()
    {
        return Ok(ip);
    }
    let mut addrs = tokio::net::lookup_host((host, 0))
        .await
        .map_err(|e| HostError::Resolve(host.to_owned(), e))?;
    addrs.next().map(|a| a.ip()).ok_or_else(|| {
        HostError::Resolve(
            host.to_owned(),
            std::io::Error::new(std::io::ErrorKind::NotFound, "no address"),
        )
    })
}

async fn bind(addr: SocketAddr) -> Result<tokio::net::TcpListener, HostError> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| HostError::Bind(addr, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{header, Method, Request, StatusCode};
    use http_body_util::BodyExt as _;
    use serde_json::{json, Value};
    use tower::ServiceExt as _;

    fn router() -> (EmulatorState, Router) {
        let state = EmulatorState::new();
        let config = HostConfig {
            portal_origin: "http://localhost:9000".into(),
            app_url: "http://localhost:8080/".into(),
            app_origin: Some("http://localhost:8080".into()),
            open_placement: None,
            extra_app_dir: false,
            fresh: false,
            gallery: PathBuf::from("/nonexistent"),
        };
        (state.clone(), portal_router(state, config))
    }

    async fn call(
        app: &Router,
        method: Method,
        uri: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = Request::builder().method(method).uri(uri);
        let body = match body {
            Some(json) => {
                request = request.header(header::CONTENT_TYPE, "application/json");
                Body::from(json.to_string())
            }
            None => Body::empty(),
        };
        let response = app
            .clone()
            .oneshot(request.body(body).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    #[tokio::test]
    async fn frame_load_mints_a_valid_pair_and_refresh_replaces_it() {
        let (state, app) = router();
        let (status, frame) = call(
            &app,
            Method::POST,
            "/emulator/api/frame",
            Some(json!({"placement": "DEFAULT"})),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let access = frame["AUTH_ID"].as_str().unwrap().to_owned();
        assert_eq!(
            state.tokens.check(&access),
            crate::tokens::TokenStatus::Valid
        );
        assert_eq!(frame["AUTH_EXPIRES"], json!(3600));
        assert_eq!(frame["status"], json!("L"));
        let (status, fresh) = call(
            &app,
            Method::POST,
            "/emulator/api/refresh",
            Some(json!({"refresh_token": frame["REFRESH_ID"]})),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_ne!(fresh["AUTH_ID"], frame["AUTH_ID"]);
        assert_eq!(
            state.tokens.check(&access),
            crate::tokens::TokenStatus::Invalid
        );
        let (status, _) = call(
            &app,
            Method::POST,
            "/emulator/api/refresh",
            Some(json!({"refresh_token": frame["REFRESH_ID"]})),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let log = serde_json::to_string(&state.log.since(0)).unwrap();
        assert!(!log.contains(&access), "tokens never reach the log");
    }

    #[tokio::test]
    async fn expire_all_and_faults_round_trip() {
        let (state, app) = router();
        let pair = state.tokens.mint(3600);
        call(&app, Method::POST, "/emulator/api/tokens/expire", None).await;
        assert_eq!(
            state.tokens.check(&pair.access_token),
            crate::tokens::TokenStatus::Expired
        );
        let (_, mut faults) = call(&app, Method::GET, "/emulator/api/faults", None).await;
        faults["token_lifetime_secs"] = json!(5);
        call(&app, Method::PUT, "/emulator/api/faults", Some(faults)).await;
        assert_eq!(state.faults.get().token_lifetime_secs, 5);
    }

    #[tokio::test]
    async fn page_log_entries_are_redacted_and_kinds_are_checked() {
        let (_, app) = router();
        let (status, _) = call(&app, Method::POST, "/emulator/api/log", Some(json!({"kind": "frame", "data": {"command": "getInitData", "reply": {"AUTH_ID": "secret"}}}))).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = call(
            &app,
            Method::POST,
            "/emulator/api/log",
            Some(json!({"kind": "rest", "data": {}})),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (_, log) = call(&app, Method::GET, "/emulator/api/log?since=0", None).await;
        let text = log.to_string();
        assert!(
            text.contains("getInitData") && !text.contains("secret"),
            "{text}"
        );
    }

    #[tokio::test]
    async fn app_reset_forgets_what_the_app_did_and_sets_the_install_flag() {
        let (state, app) = router();
        {
            let mut data = state.store.write();
            data.app.placements.push(json!({"placement": "CALL_CARD", "userId": "0", "handler": "http://localhost:8080/"}));
            data.app.app_options.insert("theme".into(), json!("dark"));
        }
        let (_, config) = call(&app, Method::GET, "/emulator/api/config", None).await;
        assert_eq!(
            (config["fresh"].clone(), config["installed"].clone()),
            (json!(false), json!(true))
        );
        let (status, answer) = call(
            &app,
            Method::POST,
            "/emulator/api/app/reset",
            Some(json!({"installed": false})),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(answer["installed"], json!(false));
        assert!(!state.store.is_installed());
        assert!(state.store.placement_bindings().is_empty());
        assert!(state.store.app_options().is_empty());
        let (_, portal) = call(&app, Method::GET, "/emulator/api/state", None).await;
        assert_eq!(portal["installed"], json!(false));
        assert_eq!(portal["placement_bindings"], json!([]));
        let (status, _) = call(
            &app,
            Method::POST,
            "/emulator/api/app/reset",
            Some(json!({"installed": "maybe"})),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a malformed body is refused"
        );
        assert!(!state.store.is_installed());
    }

    #[tokio::test]
    async fn options_install_and_open_path() {
        let (state, app) = router();
        let (_, options) = call(
            &app,
            Method::POST,
            "/emulator/api/options/app",
            Some(json!({"name": "colour", "value": "blue"})),
        )
        .await;
        assert_eq!(options["colour"], json!("blue"));
        call(
            &app,
            Method::POST,
            "/emulator/api/options/user",
            Some(json!({"name": "tab", "value": 2})),
        )
        .await;
        assert_eq!(state.store.user_options().get("tab"), Some(&json!(2)));
        call(
            &app,
            Method::POST,
            "/emulator/api/installed",
            Some(json!({"installed": false})),
        )
        .await;
        assert!(!state.store.is_installed());
        let (_, ok) = call(
            &app,
            Method::GET,
            "/emulator/api/open-path?path=%2Fcrm%2Fdeal%2Fdetails%2F5%2F",
            None,
        )
        .await;
        assert_eq!(ok["allowed"], json!(true));
        let (_, no) = call(
            &app,
            Method::GET,
            "/emulator/api/open-path?path=%2Fsettings%2F",
            None,
        )
        .await;
        assert_eq!(no["allowed"], json!(false));
    }

    #[tokio::test]
    async fn host_page_catalogue_and_config_are_served() {
        let (_, app) = router();
        let response = app
            .clone()
            .oneshot(Request::builder().uri("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("script-src 'self'"));
        let response = app
            .clone()
            .oneshot(
                Request::builder()
                    .uri("/host/js/main.js")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let (_, catalogue) = call(&app, Method::GET, "/emulator/api/catalogue", None).await;
        let list = catalogue.as_array().unwrap();
        assert_eq!(list.len(), 109);
        let family = list
            .iter()
            .find(|e| e["code"] == json!("CRM_DYNAMIC_<id>_DETAIL_TAB"))
            .unwrap();
        assert_eq!(family["concrete_code"], json!("CRM_DYNAMIC_183_DETAIL_TAB"));
        assert!(family["regex"].is_string());
        let (_, config) = call(&app, Method::GET, "/emulator/api/config", None).await;
        assert_eq!(config["portal_origin"], json!("http://localhost:9000"));
        assert_eq!(config["member_id"].as_str().map(str::len), Some(32));
    }
}
