//! The app site: trunk's `dist/` answered the way a Bitrix24 handler must be answered.
//!
//! The portal opens a widget by POSTing a form (tokens, `PLACEMENT`, `PLACEMENT_OPTIONS`) to the
//! handler URL, so every page path accepts GET, HEAD *and* POST and answers with `index.html`; the
//! posted body is drained unread (tokens are never logged nor echoed). Static assets are served by
//! path for GET/HEAD only. Used by `server serve` and, with a live index, by the emulator's app origin.

use crate::cache;
use crate::csp::{content_security_policy, inline_hashes, PortalSources};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt as _;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Turns the index.html read from disk into the page to send (the emulator swaps the BX24 script).
pub type Rewrite = Arc<dyn Fn(String) -> String + Send + Sync>;

/// The most a POSTed form body may be when drained (the portal's form is a few KB).
const DRAIN_LIMIT: usize = 1 << 20;

/// `index.html` with its policy, computed once.
#[derive(Debug, Clone)]
pub struct IndexPage {
    html: Arc<str>,
    csp: HeaderValue,
}

impl IndexPage {
    /// Hashes the inline code of `html` and builds its policy for `portals`.
    pub fn new(html: String, portals: &PortalSources) -> Self {
        let csp = policy_header(&content_security_policy(portals, &inline_hashes(&html)));
        Self {
            html: html.into(),
            csp,
        }
    }

    /// Reads `<dist>/index.html` (production start-up).
    pub fn load(dist: &Path, portals: &PortalSources) -> std::io::Result<Self> {
        Ok(Self::new(
            std::fs::read_to_string(dist.join("index.html"))?,
            portals,
        ))
    }

    /// The page as an HTTP answer: `text/html`, `no-store`, its own CSP.
    pub fn response(&self) -> Response {
        html_answer(Body::from(self.html.to_string()), self.csp.clone())
    }
}

/// Where `index.html` comes from.
#[derive(Clone)]
pub enum IndexPolicy {
    /// Read and hashed once at start-up (`server serve`).
    Fixed(IndexPage),
    /// Read from disk on every request and passed through the rewrite (emulator: follows `trunk watch`).
    Live(Rewrite),
}

/// Configuration of one app site.
#[derive(Clone)]
pub struct AppSite {
    dist: PathBuf,
    portals: PortalSources,
    index: IndexPolicy,
    assets: ServeDir,
}

impl AppSite {
    /// A site serving `dist` for the given portals.
    pub fn new(dist: PathBuf, portals: PortalSources, index: IndexPolicy) -> Self {
        let assets = ServeDir::new(&dist).append_index_html_on_directories(false);
        Self {
            dist,
            portals,
            index,
            assets,
        }
    }

    /// The portals allowed to frame this site.
    pub fn portals(&self) -> &PortalSources {
        &self.portals
    }
}

/// Routes of the site: `/healthz`, page paths (→ index.html) and assets. No headers layer: wrap the
/// final router (possibly merged with more routes) in [`with_security_headers`].
pub fn app_routes(site: AppSite) -> Router {
    Router::new()
        .route("/healthz", get(health))
        .fallback(handle)
        .with_state(Arc::new(site))
}

/// Adds the headers every answer of the app origin carries: a base CSP (pages set their own, with
/// hashes), `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, and br/gzip compression.
/// Deliberately no `X-Frame-Options`: it would forbid the portal from framing the app.
pub fn with_security_headers(router: Router, portals: &PortalSources) -> Router {
    let base_csp = policy_header(&content_security_policy(portals, &Default::default()));
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            base_csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(CompressionLayer::new())
}

/// An HTML page answer with a policy computed from its own inline code (emulator extra pages).
pub fn html_page(html: String, portals: &PortalSources) -> Response {
    let csp = policy_header(&content_security_policy(portals, &inline_hashes(&html)));
    html_answer(Body::from(html), csp)
}

/// Reads a request body to the end and throws it away, without looking at it: the portal's form
/// carries tokens that must never be logged or echoed.
pub async fn drain(body: Body) {
    let _ = axum::body::to_bytes(body, DRAIN_LIMIT).await;
}

/// A `405` with the allowed methods.
pub fn method_not_allowed(allow: &'static str) -> Response {
    (
        StatusCode::METHOD_NOT_ALLOWED,
        [(header::ALLOW, allow)],
        "method not allowed\n",
    )
        .into_response()
}

/// Whether `path` names a file (its last segment has an extension) rather than an app page.
/// `/index.html` counts as a page so that it, too, accepts the portal's POST.
pub fn is_asset_path(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    last.contains('.') && last != "index.html"
}

async fn health() -> Response {
    ([(header::CACHE_CONTROL, cache::NO_STORE)], "ok\n").into_response()
}

async fn handle(State(site): State<Arc<AppSite>>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    if is_asset_path(&path) {
        return match *req.method() {
            Method::GET | Method::HEAD => serve_asset(&site, req, &path).await,
            _ => method_not_allowed("GET, HEAD"),
        };
    }
    match *req.method() {
        Method::GET | Method::HEAD => index(&site).await,
        Method::POST => {
            drain(req.into_body()).await;
            index(&site).await
        }
        _ => method_not_allowed("GET, HEAD, POST"),
    }
}

async fn serve_asset(site: &AppSite, req: Request, path: &str) -> Response {
    let mut response = match site.assets.clone().oneshot(req).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    let status = response.status();
    let cache = if status.is_success() || status == StatusCode::NOT_MODIFIED {
        cache::for_asset(path)
    } else {
        cache::NO_STORE
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

async fn index(site: &AppSite) -> Response {
    match &site.index {
        IndexPolicy::Fixed(page) => page.response(),
        IndexPolicy::Live(rewrite) => match tokio::fs::read_to_string(site.dist.join("index.html")).await {
            Ok(html) => html_page(rewrite(html), &site.portals),
            Err(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CACHE_CONTROL, cache::NO_STORE)],
                "index.html is not built yet: run `trunk build --release --offline` (or `trunk watch`) in the repository root\n",
            )
                .into_response(),
        },
    }
}

fn html_answer(body: Body, csp: HeaderValue) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache::NO_STORE),
            ),
            (header::CONTENT_SECURITY_POLICY, csp),
        ],
        body,
    )
        .into_response()
}

/// The policy as a header value. Sources are validated ASCII, so this cannot fail in practice; if it
/// ever did, the strictest policy is sent rather than none.
fn policy_header(policy: &str) -> HeaderValue {
    HeaderValue::from_str(policy).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}
