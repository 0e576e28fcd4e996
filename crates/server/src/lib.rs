//! Production server for the widget app (the `server serve` binary; `portal serve` is an alias that
//! calls this library): trunk's `dist/` for the Bitrix24 portal.
//!
//! - page paths (`/`, `/anything-without-extension`, `/index.html`) answer GET, HEAD and the portal's
//!   POST with `index.html` (`no-store`); the POST body is drained unread;
//! - assets by path for GET/HEAD, a year of `immutable` cache for trunk's hashed names;
//! - `/healthz` for probes;
//! - a CSP whose `frame-ancestors`/`connect-src`/`img-src` name the configured portals and whose
//!   `script-src`/`style-src` carry the hashes of index.html's inline code (computed at start-up),
//!   `nosniff`, `Referrer-Policy: no-referrer`; never `X-Frame-Options`;
//! - br/gzip from the `.br`/`.gz` files the release build writes beside the assets (never a hashed
//!   asset compressed per request; `--compress-on-the-fly` restores that, for the benchmark);
//! - bounded request bodies and read timeouts ([`Limits`]), so slow clients cannot stall others.

pub mod cache;
pub mod cli;
pub mod csp;
pub mod site;

pub use csp::{
    content_security_policy, inline_hashes, BadPortalDomain, InlineHashes, PortalSources,
};
pub use site::{
    app_routes, with_headers, with_security_headers, AppSite, CompressionMode, IndexPage,
    IndexPolicy, Limits,
};

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// What `server serve` needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// trunk's output folder (must contain `index.html`).
    pub dist: PathBuf,
    /// Listen address, e.g. `0.0.0.0:8080`.
    pub addr: SocketAddr,
    /// Portal host names allowed to frame the app (`acme.bitrix24.com`, `*.bitrix24.de`).
    pub portal_domains: Vec<String>,
    /// Precompressed files (production) or per-request compression (`--compress-on-the-fly`).
    pub compression: CompressionMode,
    /// Request-body size and read timeouts.
    pub limits: Limits,
}

impl ServeConfig {
    /// The defaults of `server serve` for `dist`, `addr` and the given portals.
    pub fn new(dist: PathBuf, addr: SocketAddr, portal_domains: Vec<String>) -> Self {
        Self {
            dist,
            addr,
            portal_domains,
            compression: CompressionMode::default(),
            limits: Limits::default(),
        }
    }
}

/// Why the production server could not start or stopped.
#[derive(Debug)]
pub enum ServeError {
    /// No `--portal-domain` was given: nothing could frame the app.
    NoPortalDomain,
    /// A `--portal-domain` is not a host name.
    BadPortalDomain(BadPortalDomain),
    /// `dist/index.html` could not be read.
    MissingIndex(PathBuf, std::io::Error),
    /// The listen address could not be bound.
    Bind(SocketAddr, std::io::Error),
    /// The server failed while running.
    Server(std::io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoPortalDomain => write!(
                f,
                "at least one --portal-domain is required (e.g. --portal-domain acme.bitrix24.com)"
            ),
            Self::BadPortalDomain(e) => write!(f, "{e}"),
            Self::MissingIndex(path, e) => write!(
                f,
                "cannot read {}: {e} (build the app first: trunk build --release --offline)",
                path.display()
            ),
            Self::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            Self::Server(e) => write!(f, "server error: {e}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// The production router for `config` (reads and hashes index.html once).
pub fn router(config: &ServeConfig) -> Result<Router, ServeError> {
    if config.portal_domains.is_empty() {
        return Err(ServeError::NoPortalDomain);
    }
    let portals =
        PortalSources::from_domains(&config.portal_domains).map_err(ServeError::BadPortalDomain)?;
    let page = IndexPage::load(&config.dist, &portals)
        .map_err(|e| ServeError::MissingIndex(config.dist.join("index.html"), e))?;
    let site = AppSite::new(
        config.dist.clone(),
        portals.clone(),
        IndexPolicy::Fixed(page),
    )
    .with_compression(config.compression)
    .with_limits(config.limits.clone());
    Ok(with_headers(app_routes(site), &portals, config.compression))
}

/// Runs the production server until Ctrl-C / SIGTERM.
pub async fn run(config: ServeConfig) -> Result<(), ServeError> {
    let app = router(&config)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| ServeError::Bind(config.addr, e))?;
    let local = listener.local_addr().map_err(ServeError::Server)?;
    println!(
        "serve: {} on http://{local}/ (framed by: {}){}",
        config.dist.display(),
        config.portal_domains.join(", "),
        match config.compression {
            CompressionMode::Precompressed => "",
            CompressionMode::OnTheFly => " compressing every answer per request",
        }
    );
    serve(listener, app, &config.limits, shutdown_signal())
        .await
        .map_err(ServeError::Server)
}

/// Serves `app` on `listener` (HTTP/1.1) until `shutdown` resolves, then lets open requests finish.
///
/// Unlike `axum::serve`, every connection gets hyper's header-read timeout (`limits.header_time`):
/// a client that opens a connection and sends nothing, trickles its request head, or keeps an idle
/// keep-alive connection is disconnected, so such clients cannot pile up and starve others. Body
/// limits are enforced by the site's handler ([`site::drain_within`]).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: &Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Connections hold `closed_rx` until they end; `shutdown_tx` tells them to finish.
    let (shutdown_tx, shutdown_rx) = watch::channel(());
    let (closed_tx, closed_rx) = watch::channel(());
    let header_time = limits.header_time;
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors or a connection reset before accept: keep serving the
                // others; a short pause keeps an fd shortage from spinning the loop.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(app.clone());
        let mut shutdown_rx = shutdown_rx.clone();
        let closed_rx = closed_rx.clone();
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_time)
                .keep_alive(true);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = shutdown_rx.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.as_mut().await;
                }
            }
            drop(closed_rx);
        });
    }
    drop(listener);
    let _ = shutdown_tx.send(());
    drop(closed_rx);
    closed_tx.closed().await;
    Ok(())
}

/// Resolves on Ctrl-C or (on Unix) SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{header, Method, Request, StatusCode};
    use http_body_util::BodyExt as _;
    use tower::ServiceExt as _;

    /// The whole body of `response`, as UTF-8 text.
    async fn body_text(response: axum::http::Response<Body>) -> String {
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    const LOADER: &str = "import init, * as bindings from '/b24-widgets-0123456789abcdef.js';\ninit('/b24-widgets-0123456789abcdef_bg.wasm');";

    fn dist() -> tempdir::Dir {
        let dir = tempdir::Dir::new();
        let index = format!(
            "<!DOCTYPE html><html><head><script src=\"https://api.bitrix24.com/api/v1/\"></script>\
             <link rel=\"modulepreload\" href=\"/b24-widgets-0123456789abcdef.js\" integrity=\"sha384-x\">\
             <script type=\"module\">{LOADER}</script></head><body></body></html>"
        );
        dir.write("index.html", &index);
        dir.write(
            "b24-widgets-0123456789abcdef.js",
            "export default function init() {}\n",
        );
        dir.write("favicon.ico", "icon");
        dir
    }

    fn app(dir: &tempdir::Dir, domains: &[&str]) -> Router {
        router(&ServeConfig::new(
            dir.path().to_owned(),
            "127.0.0.1:0".parse().unwrap(),
            domains.iter().map(|d| d.to_string()).collect(),
        ))
        .expect("router builds")
    }

    async fn send(
        app: Router,
        method: Method,
        uri: &str,
        body: &str,
    ) -> axum::http::Response<Body> {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_owned()))
            .unwrap();
        app.oneshot(request).await.unwrap()
    }

    fn header_of(response: &axum::http::Response<Body>, name: header::HeaderName) -> &str {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }

    #[tokio::test]
    async fn portal_post_to_root_gets_the_page_and_the_tokens_are_not_echoed() {
        let dir = dist();
        let response = send(app(&dir, &["acme.bitrix24.com"]), Method::POST, "/?DOMAIN=acme.bitrix24.com&PROTOCOL=1&LANG=en&APP_SID=abc",
            "AUTH_ID=secret-access&AUTH_EXPIRES=3600&REFRESH_ID=secret-refresh&member_id=m&status=L&PLACEMENT=DEFAULT").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            header_of(&response, header::CONTENT_TYPE),
            "text/html; charset=utf-8"
        );
        assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-store");
        assert!(response.headers().get("x-frame-options").is_none());
        let body = body_text(response).await;
        assert!(body.contains("api.bitrix24.com/api/v1/"));
        assert!(!body.contains("secret"));
    }

    #[tokio::test]
    async fn page_paths_accept_get_head_and_post_other_methods_are_refused() {
        let dir = dist();
        for (method, uri) in [
            (Method::GET, "/"),
            (Method::HEAD, "/"),
            (Method::POST, "/index.html"),
            (Method::POST, "/crm/deal/tab"),
        ] {
            let response = send(app(&dir, &["acme.bitrix24.com"]), method.clone(), uri, "").await;
            assert_eq!(response.status(), StatusCode::OK, "{method} {uri}");
        }
        let response = send(app(&dir, &["acme.bitrix24.com"]), Method::PUT, "/", "").await;
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
        let response = send(
            app(&dir, &["acme.bitrix24.com"]),
            Method::POST,
            "/favicon.ico",
            "",
        )
        .await;
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    }

    #[tokio::test]
    async fn csp_carries_loader_hash_bx24_origin_and_configured_portals() {
        let dir = dist();
        let response = send(
            app(&dir, &["acme.bitrix24.com", "*.bitrix24.de"]),
            Method::GET,
            "/",
            "",
        )
        .await;
        let csp = header_of(&response, header::CONTENT_SECURITY_POLICY).to_owned();
        let hash = csp::sha256_source(LOADER);
        assert!(
            csp.contains(&format!(
                "script-src 'self' https://api.bitrix24.com 'wasm-unsafe-eval' {hash}"
            )),
            "{csp}"
        );
        assert!(
            csp.contains("frame-ancestors https://acme.bitrix24.com https://*.bitrix24.de"),
            "{csp}"
        );
        assert!(
            csp.contains("connect-src 'self' https://acme.bitrix24.com https://*.bitrix24.de"),
            "{csp}"
        );
        assert!(
            csp.contains("img-src 'self' data: https://acme.bitrix24.com"),
            "{csp}"
        );
        assert!(
            csp.contains("style-src 'self';")
                && csp.contains("object-src 'none'")
                && csp.contains("base-uri 'none'"),
            "{csp}"
        );
        assert_eq!(
            header_of(&response, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff"
        );
        assert_eq!(header_of(&response, header::REFERRER_POLICY), "no-referrer");
    }

    #[tokio::test]
    async fn hashed_assets_are_immutable_plain_ones_revalidate_missing_ones_404() {
        let dir = dist();
        let response = send(
            app(&dir, &["acme.bitrix24.com"]),
            Method::GET,
            "/b24-widgets-0123456789abcdef.js",
            "",
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            header_of(&response, header::CACHE_CONTROL),
            cache::IMMUTABLE
        );
        assert!(header_of(&response, header::CONTENT_TYPE).contains("javascript"));
        assert!(header_of(&response, header::CONTENT_SECURITY_POLICY)
            .contains("frame-ancestors https://acme.bitrix24.com"));
        let response = send(
            app(&dir, &["acme.bitrix24.com"]),
            Method::GET,
            "/favicon.ico",
            "",
        )
        .await;
        assert_eq!(
            header_of(&response, header::CACHE_CONTROL),
            cache::REVALIDATE
        );
        let response = send(
            app(&dir, &["acme.bitrix24.com"]),
            Method::GET,
            "/missing-0123456789abcdef.js",
            "",
        )
        .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(header_of(&response, header::CACHE_CONTROL), cache::NO_STORE);
    }

    #[tokio::test]
    async fn compresses_when_asked() {
        let dir = dist();
        let request = Request::builder()
            .uri("/")
            .header(header::ACCEPT_ENCODING, "br")
            .body(Body::empty())
            .unwrap();
        let response = app(&dir, &["acme.bitrix24.com"])
            .oneshot(request)
            .await
            .unwrap();
        assert_eq!(header_of(&response, header::CONTENT_ENCODING), "br");
        let request = Request::builder()
            .uri("/")
            .header(header::ACCEPT_ENCODING, "gzip")
            .body(Body::empty())
            .unwrap();
        let response = app(&dir, &["acme.bitrix24.com"])
            .oneshot(request)
            .await
            .unwrap();
        assert_eq!(header_of(&response, header::CONTENT_ENCODING), "gzip");
    }

    #[tokio::test]
    async fn health_answers_ok() {
        let dir = dist();
        let response = send(
            app(&dir, &["acme.bitrix24.com"]),
            Method::GET,
            "/healthz",
            "",
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(body_text(response).await, "ok\n");
    }

    #[test]
    fn refuses_to_start_without_portals_or_index() {
        let dir = dist();
        let config = |domains: Vec<String>, dist: PathBuf| {
            ServeConfig::new(dist, "127.0.0.1:0".parse().unwrap(), domains)
        };
        assert!(matches!(
            router(&config(vec![], dir.path().to_owned())),
            Err(ServeError::NoPortalDomain)
        ));
        assert!(matches!(
            router(&config(vec!["bad domain".into()], dir.path().to_owned())),
            Err(ServeError::BadPortalDomain(_))
        ));
        assert!(matches!(
            router(&config(vec!["a.com".into()], dir.path().join("nope"))),
            Err(ServeError::MissingIndex(..))
        ));
    }

    /// A throw-away directory for test fixtures (no extra dev-dependency).
    mod tempdir {
        use std::path::{Path, PathBuf};
        use std::sync::atomic::{AtomicU64, Ordering};
        use std::time::{SystemTime, UNIX_EPOCH};

        pub struct Dir(PathBuf);

        impl Dir {
            pub fn new() -> Self {
                static NEXT: AtomicU64 = AtomicU64::new(0);
                let nanos = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos());
                let n = NEXT.fetch_add(1, Ordering::Relaxed);
                let path = std::env::temp_dir()
                    .join(format!("server-test-{}-{nanos}-{n}", std::process::id()));
                std::fs::create_dir_all(&path).unwrap();
                Self(path)
            }
            pub fn path(&self) -> &Path {
                &self.0
            }
            pub fn write(&self, name: &str, text: &str) {
                std::fs::write(self.0.join(name), text).unwrap();
            }
        }

        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }
}
