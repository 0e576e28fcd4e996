//! The emulator's app origin (origin A): trunk's `dist/` served like production (GET and the portal's
//! POST, the same security headers, `frame-ancestors` = the emulator's host page origin P), with one
//! difference: index.html loads the offline BX24 implementation instead of the official script.
//!
//! Extra routes:
//! - `/__emulator/bx24.js`: the offline BX24 library (`assets/bx24.js`);
//! - `/__extra/<path>` (with `--extra-app-dir DIR`): test pages from DIR on the app origin. `.html`
//!   files accept POST like the app and get the same BX24 substitution and a CSP with their hashes;
//!   other files are sent as their `.br`/`.gz` sibling when there is one and the client accepts it,
//!   and cached for a year when their name carries a content hash (`-<16+ hex>.`), like dist's.

use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use server::site::{self, AppSite, IndexPolicy};
use server::{app_routes, with_security_headers, PortalSources};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt as _;
use tower_http::services::ServeFile;

/// Where the offline BX24 library is served on the app origin.
pub const BX24_PATH: &str = "/__emulator/bx24.js";

/// Where `--extra-app-dir` is mounted on the app origin.
pub const EXTRA_PREFIX: &str = "/__extra";

/// The official script URL the app's index.html contains (production loads it as is).
pub const OFFICIAL_BX24_URL: &str = "https://api.bitrix24.com/api/v1/";

/// The offline BX24 library, embedded.
pub const BX24_JS: &str = include_str!("../../assets/bx24.js");

/// Points every reference to the official BX24 script at [`BX24_PATH`] (also the protocol-relative
/// `//api.bitrix24.com/api/v1/` form some pages use).
pub fn rewrite_bx24_script(html: String) -> String {
    html.replace(OFFICIAL_BX24_URL, BX24_PATH)
        .replace("//api.bitrix24.com/api/v1/", BX24_PATH)
}

/// The router of the app origin. `portals` is the host page origin (the only allowed frame ancestor).
pub fn router(dist: PathBuf, portals: PortalSources, extra_dir: Option<PathBuf>) -> Router {
    let site = AppSite::new(
        dist,
        portals.clone(),
        IndexPolicy::Live(Arc::new(rewrite_bx24_script)),
    );
    let mut routes = Router::new().route(BX24_PATH, get(bx24_js));
    if let Some(dir) = extra_dir {
        let extra = Arc::new(Extra {
            root: dir,
            portals: portals.clone(),
        });
        routes = routes.merge(
            Router::new()
                .route(&format!("{EXTRA_PREFIX}/"), any(extra_root))
                .route(&format!("{EXTRA_PREFIX}/{{*path}}"), any(extra_file))
                .with_state(extra),
        );
    }
    with_security_headers(routes.merge(app_routes(site)), &portals)
}

async fn bx24_js() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        BX24_JS,
    )
        .into_response()
}

struct Extra {
    root: PathBuf,
    portals: PortalSources,
}

async fn extra_root(State(extra): State<Arc<Extra>>, req: Request) -> Response {
    serve_extra(&extra, "index.html", req).await
}

async fn extra_file(
    State(extra): State<Arc<Extra>>,
    UrlPath(path): UrlPath<String>,
    req: Request,
) -> Response {
    let path = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path
    };
    serve_extra(&extra, &path, req).await
}

async fn serve_extra(extra: &Extra, relative: &str, req: Request) -> Response {
    let Some(file) = safe_join(&extra.root, relative) else {
        return (StatusCode::NOT_FOUND, "not found\n").into_response();
    };
    let is_html = relative.ends_with(".html");
    match (is_html, req.method().clone()) {
        (true, Method::GET | Method::HEAD | Method::POST) => {
            if let Err(refusal) = site::drain(req.into_body()).await {
                return refusal;
            }
            match tokio::fs::read_to_string(&file).await {
                Ok(html) => site::html_page(rewrite_bx24_script(html), &extra.portals),
                Err(_) => (StatusCode::NOT_FOUND, "not found\n").into_response(),
            }
        }
        (false, Method::GET | Method::HEAD) => {
            // Like dist's assets: a `.br`/`.gz` sibling is sent when the client accepts it (the
            // first-load benchmark's peers in bench/ ship them), and a content-hashed name is
            // cached for a year; anything else is never stored, so an edited test page or script
            // is what the next load gets.
            let service = ServeFile::new(&file)
                .precompressed_br()
                .precompressed_gzip();
            let mut response = match service.oneshot(req).await {
                Ok(response) => response.map(axum::body::Body::new),
                Err(never) => match never {},
            };
            let found = response.status().is_success();
            let hashed =
                found && server::cache::is_hashed_name(relative.rsplit('/').next().unwrap_or(""));
            let cache = if hashed {
                server::cache::IMMUTABLE
            } else {
                server::cache::NO_STORE
            };
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            if found {
                headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            }
            response
        }
        (true, _) => site::method_not_allowed("GET, HEAD, POST"),
        (false, _) => site::method_not_allowed("GET, HEAD"),
    }
}

/// `root/relative` when `relative` stays inside `root` (no `..`, no absolute or Windows-style parts).
fn safe_join(root: &Path, relative: &str) -> Option<PathBuf> {
    let mut path = root.to_path_buf();
    for segment in relative.split('/') {
        match segment {
            "" | "." => continue,
            ".." => return None,
            s if s.contains('\\') || s.contains(':') || s.contains('\0') => return None,
            s => path.push(s),
        }
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::body_text;
    use axum::body::Body;

    struct TempDir(PathBuf);
    impl TempDir {
        fn new() -> Self {
            let path = std::env::temp_dir()
                .join(format!("portal-app-origin-{}", crate::tokens::random_hex()));
            std::fs::create_dir_all(path.join("pages")).unwrap();
            Self(path)
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    async fn call(
        app: Router,
        method: Method,
        uri: &str,
    ) -> (StatusCode, axum::http::HeaderMap, String) {
        let response = app
            .oneshot(
                Request::builder()
                    .method(method)
                    .uri(uri)
                    .body(Body::from("AUTH_ID=x"))
                    .unwrap(),
            )
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = body_text(response).await;
        (status, headers, body)
    }

    fn app(dir: &TempDir) -> Router {
        let portals = PortalSources::from_origin("http://localhost:9000").unwrap();
        router(dir.0.join("dist"), portals, Some(dir.0.join("extra")))
    }

    #[test]
    fn rewrites_the_official_script_url() {
        let html = r#"<script src="https://api.bitrix24.com/api/v1/"></script><script src="//api.bitrix24.com/api/v1/"></script>"#;
        assert_eq!(
            rewrite_bx24_script(html.into()),
            r#"<script src="/__emulator/bx24.js"></script><script src="/__emulator/bx24.js"></script>"#
        );
    }

    #[tokio::test]
    async fn posted_index_loads_the_offline_library_and_may_be_framed_by_the_host_page_only() {
        let dir = TempDir::new();
        std::fs::create_dir_all(dir.0.join("dist")).unwrap();
        std::fs::write(dir.0.join("dist/index.html"), "<script src=\"https://api.bitrix24.com/api/v1/\"></script><script type=\"module\">go()</script>").unwrap();
        let (status, headers, body) =
            call(app(&dir), Method::POST, "/?DOMAIN=localhost:9000").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("/__emulator/bx24.js") && !body.contains("api.bitrix24.com/api/v1"));
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors http://localhost:9000"),
            "{csp}"
        );
        assert!(
            csp.contains("connect-src 'self' http://localhost:9000"),
            "{csp}"
        );
        assert!(csp.contains(&server::csp::sha256_source("go()")), "{csp}");
        let (status, headers, body) = call(app(&dir), Method::GET, BX24_PATH).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript"));
        assert!(body.contains("Unable to initialize Bitrix24 JS library!"));
    }

    #[tokio::test]
    async fn the_wasm_comes_from_its_precompressed_file_never_compressed_per_request() {
        let dir = TempDir::new();
        std::fs::create_dir_all(dir.0.join("dist")).unwrap();
        let wasm = "app-0123456789abcdef_bg.wasm";
        std::fs::write(dir.0.join("dist").join(wasm), vec![0u8; 100_000]).unwrap();
        std::fs::write(dir.0.join("dist").join(format!("{wasm}.br")), "BR").unwrap();
        let get = |encoding: &'static str| {
            app(&dir).oneshot(
                Request::builder()
                    .uri(format!("/{wasm}"))
                    .header(header::ACCEPT_ENCODING, encoding)
                    .body(Body::empty())
                    .unwrap(),
            )
        };
        let response = get("gzip, br").await.unwrap();
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(response.headers()[header::VARY], "accept-encoding");
        assert_eq!(body_text(response).await, "BR");
        // No .gz beside it: sent as it is rather than gzipped on every request.
        let response = get("gzip").await.unwrap();
        assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(response.headers()[header::CONTENT_LENGTH], "100000");
    }

    #[tokio::test]
    async fn missing_dist_is_explained_not_a_crash() {
        let dir = TempDir::new();
        let (status, _, body) = call(app(&dir), Method::POST, "/").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("trunk build"));
    }

    #[tokio::test]
    async fn extra_pages_accept_post_and_stay_inside_their_folder() {
        let dir = TempDir::new();
        std::fs::create_dir_all(dir.0.join("extra/pages")).unwrap();
        std::fs::write(
            dir.0.join("extra/pages/probe.html"),
            "<script src=\"https://api.bitrix24.com/api/v1/\"></script>",
        )
        .unwrap();
        std::fs::write(dir.0.join("extra/pages/probe.js"), "1").unwrap();
        let (status, _, body) = call(
            app(&dir),
            Method::POST,
            "/__extra/pages/probe.html?APP_SID=x",
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains(BX24_PATH));
        let (status, headers, _) = call(app(&dir), Method::GET, "/__extra/pages/probe.js").await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("frame-ancestors http://localhost:9000"));
        let (status, _, _) = call(app(&dir), Method::POST, "/__extra/pages/probe.js").await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        let (status, _, _) = call(app(&dir), Method::GET, "/__extra/../extra/pages/probe.js").await;
        assert_ne!(status, StatusCode::OK);
        assert!(safe_join(Path::new("/r"), "a/../../etc/passwd").is_none());
        assert_eq!(
            safe_join(Path::new("/r"), "a/./b.html"),
            Some(PathBuf::from("/r/a/b.html"))
        );
    }

    #[tokio::test]
    async fn extra_files_come_precompressed_and_hashed_names_are_cached() {
        let dir = TempDir::new();
        let bundle = "card-0123456789abcdef.js";
        std::fs::create_dir_all(dir.0.join("extra/peer")).unwrap();
        std::fs::write(dir.0.join("extra/peer").join(bundle), "x".repeat(100_000)).unwrap();
        std::fs::write(dir.0.join("extra/peer").join(format!("{bundle}.br")), "BR").unwrap();
        std::fs::write(dir.0.join("extra/peer/plain.js"), "1").unwrap();
        let get = |path: String, encoding: &'static str| {
            app(&dir).oneshot(
                Request::builder()
                    .uri(path)
                    .header(header::ACCEPT_ENCODING, encoding)
                    .body(Body::empty())
                    .unwrap(),
            )
        };
        let response = get(format!("/__extra/peer/{bundle}"), "gzip, br")
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(response.headers()[header::VARY], "accept-encoding");
        assert_eq!(
            response.headers()[header::CACHE_CONTROL],
            server::cache::IMMUTABLE
        );
        assert_eq!(body_text(response).await, "BR");
        let response = get("/__extra/peer/plain.js".into(), "br").await.unwrap();
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
        assert_eq!(body_text(response).await, "1");
        let response = get("/__extra/peer/missing-0123456789abcdef.js".into(), "br")
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    }
}
