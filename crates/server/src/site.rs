//! The app site: trunk's `dist/` answered the way a Bitrix24 handler must be answered.
//!
//! The portal opens a widget by POSTing a form (tokens, `PLACEMENT`, `PLACEMENT_OPTIONS`) to the
//! handler URL, so every page path accepts GET, HEAD *and* POST and answers with `index.html`; the
//! posted body is drained unread (tokens are never logged nor echoed), within [`Limits`]. Static
//! assets are served by path for GET/HEAD only, from the `.br`/`.gz` files the release build writes
//! beside them when the client accepts one (see [`CompressionMode`]). Used by `server serve` and,
//! with a live index, by the emulator's app origin.

use crate::cache;
use crate::csp::{content_security_policy, inline_hashes, PortalSources};
use axum::body::{Body, HttpBody};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http_body_util::BodyExt as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt as _;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Turns the index.html read from disk into the page to send (the emulator swaps the BX24 script).
pub type Rewrite = Arc<dyn Fn(String) -> String + Send + Sync>;

/// The largest answer compressed per request in [`CompressionMode::Precompressed`] mode: pages and
/// small unhashed files cost microseconds; anything bigger must come precompressed or goes as is.
pub const ON_THE_FLY_MAX: u64 = 64 * 1024;

/// How answers get compressed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CompressionMode {
    /// Production: static files are sent from their `.br`/`.gz` siblings (written by the release
    /// build, `scripts/precompress.sh`) when the client accepts one, else as they are. Only pages and
    /// small unhashed answers (at most [`ON_THE_FLY_MAX`]) are compressed per request; a hashed asset
    /// never is, so a `dist/` without the files (a debug `trunk build`) is served uncompressed.
    #[default]
    Precompressed,
    /// The old behaviour, kept for the side-by-side benchmark (`--compress-on-the-fly`): every
    /// answer, the wasm included, compressed anew on each request; the `.br`/`.gz` files are ignored.
    OnTheFly,
}

/// Bounds on what one client may make the server wait for or read, so slow or hostile clients
/// cannot stall others: a POST body larger than `body_bytes` gets `413`, one not fully received
/// within `body_time` gets `408`, and a connection that has not sent a complete request head within
/// `header_time` (idle keep-alive connections included) is closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body read (the portal's form is a few KB).
    pub body_bytes: usize,
    /// How long a request body may take to arrive, in all.
    pub body_time: Duration,
    /// How long a connection may take to send a request head, or stay idle between requests.
    pub header_time: Duration,
}

impl Default for Limits {
    /// 1 MiB, 20 s for the body, 20 s for the head or idling.
    fn default() -> Self {
        Self {
            body_bytes: 1 << 20,
            body_time: Duration::from_secs(20),
            header_time: Duration::from_secs(20),
        }
    }
}

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
    compression: CompressionMode,
    limits: Limits,
}

impl AppSite {
    /// A site serving `dist` for the given portals, with precompressed assets and default [`Limits`].
    pub fn new(dist: PathBuf, portals: PortalSources, index: IndexPolicy) -> Self {
        let assets = asset_service(&dist, CompressionMode::Precompressed);
        Self {
            dist,
            portals,
            index,
            assets,
            compression: CompressionMode::Precompressed,
            limits: Limits::default(),
        }
    }

    /// The same site with another compression mode (must match the one given to
    /// [`with_headers`]).
    pub fn with_compression(mut self, compression: CompressionMode) -> Self {
        self.assets = asset_service(&self.dist, compression);
        self.compression = compression;
        self
    }

    /// The same site with other request-body limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
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
/// hashes), `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, and br/gzip of pages
/// and small unhashed answers ([`CompressionMode::Precompressed`]).
/// Deliberately no `X-Frame-Options`: it would forbid the portal from framing the app.
pub fn with_security_headers(router: Router, portals: &PortalSources) -> Router {
    with_headers(router, portals, CompressionMode::Precompressed)
}

/// [`with_security_headers`] with a chosen compression mode (the benchmark's `--compress-on-the-fly`).
pub fn with_headers(
    router: Router,
    portals: &PortalSources,
    compression: CompressionMode,
) -> Router {
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
        .layer(CompressionLayer::new().compress_when(CompressWhen(compression)))
}

/// Which answers the per-request compression layer compresses (it never touches an answer that
/// already has a `Content-Encoding`, i.e. a precompressed file, nor a range).
#[derive(Debug, Clone, Copy)]
struct CompressWhen(CompressionMode);

impl Predicate for CompressWhen {
    fn should_compress<B>(&self, response: &axum::http::Response<B>) -> bool
    where
        B: HttpBody,
    {
        if !DefaultPredicate::new().should_compress(response) {
            return false;
        }
        match self.0 {
            CompressionMode::OnTheFly => true,
            CompressionMode::Precompressed => {
                let headers = response.headers();
                let immutable = headers
                    .get(header::CACHE_CONTROL)
                    .is_some_and(|v| v == cache::IMMUTABLE);
                let size = response.body().size_hint().exact().or_else(|| {
                    headers
                        .get(header::CONTENT_LENGTH)
                        .and_then(|v| v.to_str().ok()?.parse().ok())
                });
                !immutable && size.is_some_and(|n| n <= ON_THE_FLY_MAX)
            }
        }
    }
}

/// The static-file service for `dist` (with its `.br`/`.gz` siblings in production).
fn asset_service(dist: &Path, compression: CompressionMode) -> ServeDir {
    let assets = ServeDir::new(dist).append_index_html_on_directories(false);
    match compression {
        CompressionMode::Precompressed => assets.precompressed_br().precompressed_gzip(),
        CompressionMode::OnTheFly => assets,
    }
}

/// An HTML page answer with a policy computed from its own inline code (emulator extra pages).
pub fn html_page(html: String, portals: &PortalSources) -> Response {
    let csp = policy_header(&content_security_policy(portals, &inline_hashes(&html)));
    html_answer(Body::from(html), csp)
}

/// Reads a request body to the end and throws it away, without looking at it (the portal's form
/// carries tokens that must never be logged or echoed), within the default [`Limits`]. `Err` is the
/// answer to send instead of the page: `413`, `408`, or `400` for a body that broke off.
pub async fn drain(body: Body) -> Result<(), Response> {
    drain_within(body, &Limits::default()).await
}

/// [`drain`] within the given limits. Nothing is kept: frames are counted and dropped, so even a
/// body at the limit costs no memory; a `Content-Length` over the limit is refused before reading.
pub async fn drain_within(mut body: Body, limits: &Limits) -> Result<(), Response> {
    let limit = u64::try_from(limits.body_bytes).unwrap_or(u64::MAX);
    if body.size_hint().lower() > limit {
        return Err(refused(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request body too large\n",
        ));
    }
    let read = async {
        let mut seen = 0usize;
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else {
                return Err(refused(StatusCode::BAD_REQUEST, "request body broke off\n"));
            };
            seen = seen.saturating_add(frame.data_ref().map_or(0, |data| data.len()));
            if seen > limits.body_bytes {
                return Err(refused(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "request body too large\n",
                ));
            }
        }
        Ok(())
    };
    match tokio::time::timeout(limits.body_time, read).await {
        Ok(result) => result,
        Err(_) => Err(refused(
            StatusCode::REQUEST_TIMEOUT,
            "request body too slow\n",
        )),
    }
}

/// A refusal that also closes the connection (the rest of the body is not read).
fn refused(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [
            (header::CACHE_CONTROL, cache::NO_STORE),
            (header::CONNECTION, "close"),
        ],
        text,
    )
        .into_response()
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

/// Whether a request path holds a control byte, raw or percent-encoded (`%00`, `%0a`, `%7f`).
pub fn has_control_bytes(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        if b.is_ascii_control() {
            return true;
        }
        if *b != b'%' {
            return false;
        }
        let hex = |at: usize| bytes.get(at).and_then(|c| (*c as char).to_digit(16));
        match (hex(i + 1), hex(i + 2)) {
            (Some(hi), Some(lo)) => {
                let decoded = hi * 16 + lo;
                decoded < 0x20 || decoded == 0x7f
            }
            _ => false,
        }
    })
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
    if has_control_bytes(&path) {
        // A NUL or control character (raw or percent-encoded) names no file on any disk; the file
        // system would refuse it and ServeDir would answer 500.
        return refused(StatusCode::BAD_REQUEST, "bad request path\n");
    }
    if is_asset_path(&path) {
        return match *req.method() {
            Method::GET | Method::HEAD => serve_asset(&site, req, &path).await,
            _ => method_not_allowed("GET, HEAD"),
        };
    }
    match *req.method() {
        Method::GET | Method::HEAD => index(&site).await,
        Method::POST => match drain_within(req.into_body(), &site.limits).await {
            Ok(()) => index(&site).await,
            Err(refusal) => refusal,
        },
        _ => method_not_allowed("GET, HEAD, POST"),
    }
}

async fn serve_asset(site: &AppSite, req: Request, path: &str) -> Response {
    let mut response = match site.assets.clone().oneshot(req).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    let status = response.status();
    let found = status.is_success() || status == StatusCode::NOT_MODIFIED;
    let cache = if found {
        cache::for_asset(path)
    } else {
        cache::NO_STORE
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if found && site.compression == CompressionMode::Precompressed {
        // The body depends on Accept-Encoding whenever a .br/.gz sibling exists; say so always,
        // so that a cache never hands a br body to a client that did not ask for it.
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_bytes_raw_or_encoded_are_found() {
        for bad in ["/%00/x.wasm", "/a%0Ab", "/%7f", "/a\u{1}b", "/%1F.js"] {
            assert!(has_control_bytes(bad), "{bad}");
        }
        for good in [
            "/",
            "/app-1.wasm",
            "/%20x",
            "/%zz",
            "/%",
            "/caf%C3%A9.js",
            "/%41",
        ] {
            assert!(!has_control_bytes(good), "{good}");
        }
    }

    #[test]
    fn pages_and_files_are_told_apart() {
        assert!(is_asset_path("/app-1_bg.wasm"));
        assert!(!is_asset_path("/"));
        assert!(!is_asset_path("/index.html"));
        assert!(!is_asset_path("/crm/deal"));
    }
}
