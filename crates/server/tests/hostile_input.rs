//! Property tests at the production server's edge (`server serve`, `portal serve`): random methods,
//! paths, headers and bodies never make it panic, answer a 5xx, or echo what was posted.
#![allow(
    clippy::unwrap_used,
    reason = "test code: the helpers' unwraps fail the test that called them"
)]

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt as _;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use server::{CompressionMode, ServeConfig};
use std::path::PathBuf;
use tower::ServiceExt as _;

/// A throw-away `dist/` with a page, a hashed wasm with a `.br` sibling, and a plain file.
struct Dist(PathBuf);

impl Dist {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("server-hostile-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<!DOCTYPE html><script type=\"module\">go()</script>",
        )
        .unwrap();
        std::fs::write(dir.join("app-0123456789abcdef_bg.wasm"), vec![7u8; 5000]).unwrap();
        std::fs::write(dir.join("app-0123456789abcdef_bg.wasm.br"), b"br").unwrap();
        std::fs::write(dir.join("sub/robots.txt"), "User-agent: *\n").unwrap();
        Self(dir)
    }
}

impl Drop for Dist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Methods browsers, proxies and scanners send, and made-up tokens.
pub fn methods() -> impl Strategy<Value = Method> {
    prop_oneof![
        3 => prop::sample::select(vec![
            Method::GET, Method::HEAD, Method::POST, Method::PUT, Method::DELETE, Method::OPTIONS,
            Method::PATCH, Method::TRACE, Method::CONNECT,
        ]),
        1 => "[A-Z]{1,12}".prop_filter_map("a token", |m| Method::from_bytes(m.as_bytes()).ok()),
    ]
}

/// Paths and queries: real ones, traversal attempts, encoded bytes, odd segments.
pub fn paths() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        Just("index.html".to_owned()),
        Just("app-0123456789abcdef_bg.wasm".to_owned()),
        Just("app-0123456789abcdef_bg.wasm.br".to_owned()),
        Just("sub".to_owned()),
        Just("robots.txt".to_owned()),
        Just("..".to_owned()),
        Just("%2e%2e".to_owned()),
        Just("%00".to_owned()),
        Just("%ff%fe".to_owned()),
        Just("%2F".to_owned()),
        Just("healthz".to_owned()),
        Just(".".to_owned()),
        Just(String::new()),
        "[a-zA-Z0-9._~%!$&'()*+,;=:@-]{1,24}",
    ];
    (
        prop::collection::vec(segment, 0..6),
        prop::option::of("[a-zA-Z0-9_=&%.\\[\\]-]{0,40}"),
    )
        .prop_map(|(segments, query)| {
            let mut path = format!("/{}", segments.join("/"));
            if let Some(query) = query {
                path.push('?');
                path.push_str(&query);
            }
            path
        })
}

/// Header values that matter to the server (encodings, ranges, content types, caching).
pub fn headers() -> impl Strategy<Value = Vec<(header::HeaderName, String)>> {
    let one = prop_oneof![
        prop::sample::select(vec![
            "br",
            "gzip",
            "br;q=0",
            "*",
            "identity;q=0",
            "gzip;q=abc, br",
            ""
        ])
        .prop_map(|v| (header::ACCEPT_ENCODING, v.to_owned())),
        prop::sample::select(vec![
            "bytes=0-1",
            "bytes=-5",
            "bytes=10-",
            "bytes=5-1",
            "bytes=0-1,3-4",
            "bytes=x",
            "lines=1-2"
        ])
        .prop_map(|v| (header::RANGE, v.to_owned())),
        prop::sample::select(vec![
            "application/x-www-form-urlencoded",
            "application/json",
            "text/plain",
            "multipart/form-data; boundary=x",
            "\u{1}"
        ])
        .prop_map(|v| (header::CONTENT_TYPE, v.to_owned())),
        prop::sample::select(vec![
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "not a date",
            "Fri, 31 Dec 9999 23:59:59 GMT"
        ])
        .prop_map(|v| (header::IF_MODIFIED_SINCE, v.to_owned())),
        "[ -~]{0,30}".prop_map(|v| (header::HeaderName::from_static("x-anything"), v)),
    ];
    prop::collection::vec(one, 0..4)
}

/// Bodies: the portal's form with a secret, JSON, random bytes, large.
pub fn bodies() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"AUTH_ID=secret-token-1234&REFRESH_ID=secret-refresh-5678&PLACEMENT=DEFAULT&PLACEMENT_OPTIONS=%7B%7D".to_vec()),
        "[a-zA-Z0-9_=&%\\[\\]{}\":,.-]{0,200}".prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..300),
        (1usize..3).prop_map(|n| vec![b'a'; n << 20]),
    ]
}

fn app(dist: &Dist, compression: CompressionMode) -> Router {
    let mut config = ServeConfig::new(
        dist.0.clone(),
        "127.0.0.1:0".parse().unwrap(),
        vec!["acme.bitrix24.com".into()],
    );
    config.compression = compression;
    server::router(&config).unwrap()
}

#[test]
fn random_requests_never_panic_nor_answer_5xx_nor_echo_the_body() {
    let dist = Dist::new();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let apps = [
        app(&dist, CompressionMode::Precompressed),
        app(&dist, CompressionMode::OnTheFly),
    ];
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (methods(), paths(), headers(), bodies(), any::<bool>());
    runner
        .run(&strategy, |(method, path, headers, body, on_the_fly)| {
            let mut request = Request::builder().method(method.clone()).uri(&path);
            for (name, value) in &headers {
                request = request.header(name, value.as_str());
            }
            let Ok(request) = request.body(Body::from(body.clone())) else {
                return Ok(()); // not a request hyper would let through
            };
            let app = apps[usize::from(on_the_fly)].clone();
            let (status, answer) = runtime.block_on(async {
                let response = app.oneshot(request).await.unwrap_or_else(|e| match e {});
                let status = response.status();
                let bytes = response
                    .into_body()
                    .collect()
                    .await
                    .map(|b| b.to_bytes())
                    .unwrap_or_default();
                (status, bytes)
            });
            prop_assert!(
                !status.is_server_error(),
                "{method} {path} {headers:?}: {status}"
            );
            let allowed = [
                StatusCode::OK,
                StatusCode::PARTIAL_CONTENT,
                StatusCode::NOT_MODIFIED,
                StatusCode::BAD_REQUEST,
                StatusCode::NOT_FOUND,
                StatusCode::METHOD_NOT_ALLOWED,
                StatusCode::PAYLOAD_TOO_LARGE,
                StatusCode::RANGE_NOT_SATISFIABLE,
            ];
            prop_assert!(
                allowed.contains(&status),
                "{method} {path} {headers:?}: {status}"
            );
            if method == Method::POST && !body.is_empty() {
                let needle = &body[..body.len().min(40)];
                prop_assert!(
                    needle.len() < 8 || !answer.windows(needle.len()).any(|w| w == needle),
                    "the posted body came back"
                );
                prop_assert!(
                    !answer.windows(12).any(|w| w == b"secret-token"),
                    "a token came back"
                );
            }
            Ok(())
        })
        .unwrap();
}
