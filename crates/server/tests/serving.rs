//! The production server's static files and its edges against slow clients: precompressed `.br`/`.gz`
//! siblings with correct Content-Encoding/Vary/ranges, the fallback for a `dist/` without them, the
//! `--compress-on-the-fly` comparison mode, bounded POST bodies, and read timeouts on a real socket.
#![allow(
    clippy::unwrap_used,
    reason = "test code: the helpers' unwraps fail the test that called them"
)]

use axum::body::{Body, Bytes, HttpBody};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt as _;
use hyper::body::Frame;
use server::{CompressionMode, Limits, ServeConfig};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tower::ServiceExt as _;

const WASM: &str = "b24-widgets-0123456789abcdef_bg.wasm";
const JS: &str = "b24-widgets-0123456789abcdef.js";

/// A throw-away `dist/`.
struct Dist(PathBuf);

impl Dist {
    /// index.html, a 100 KB "wasm" with distinct `.br`/`.gz` siblings (their bytes are markers, not
    /// real compressed data: the test checks which file was sent), a small hashed js without
    /// siblings, and a 2 KB unhashed text file.
    fn new(precompressed: bool) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("server-serving-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let dist = Self(dir);
        dist.write(
            "index.html",
            b"<!DOCTYPE html><html><head><script type=\"module\">go()</script></head><body></body></html>",
        );
        dist.write(WASM, &wasm_bytes());
        if precompressed {
            dist.write(&format!("{WASM}.br"), b"BROTLI-VERSION-OF-THE-WASM");
            dist.write(&format!("{WASM}.gz"), b"GZIP-VERSION-OF-THE-WASM!");
        }
        dist.write(
            JS,
            "export default function init() {}\n".repeat(40).as_bytes(),
        );
        dist.write(
            "robots.txt",
            "User-agent: *\nDisallow:\n".repeat(80).as_bytes(),
        );
        dist
    }

    fn write(&self, name: &str, bytes: &[u8]) {
        std::fs::write(self.0.join(name), bytes).unwrap();
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Dist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn wasm_bytes() -> Vec<u8> {
    (0..100_000u32).map(|i| (i % 251) as u8).collect()
}

fn config(dist: &Dist, compression: CompressionMode, limits: Limits) -> ServeConfig {
    let mut config = ServeConfig::new(
        dist.path().to_owned(),
        "127.0.0.1:0".parse().unwrap(),
        vec!["acme.bitrix24.com".into()],
    );
    config.compression = compression;
    config.limits = limits;
    config
}

fn app(dist: &Dist, compression: CompressionMode) -> Router {
    server::router(&config(dist, compression, Limits::default())).unwrap()
}

async fn get(
    app: Router,
    uri: &str,
    headers: &[(header::HeaderName, &str)],
) -> (StatusCode, HeaderMap, Bytes) {
    let mut request = Request::builder().uri(uri);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    let response = app
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    (
        parts.status,
        parts.headers,
        body.collect().await.unwrap().to_bytes(),
    )
}

fn text(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers.get(name).map_or("", |v| v.to_str().unwrap())
}

#[tokio::test]
async fn the_wasm_is_sent_from_its_br_or_gz_file_with_vary_and_no_shared_etag() {
    let dist = Dist::new(true);
    let uri = format!("/{WASM}");
    let (status, headers, body) = get(
        app(&dist, CompressionMode::Precompressed),
        &uri,
        &[(header::ACCEPT_ENCODING, "gzip, deflate, br")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "br");
    assert_eq!(&body[..], b"BROTLI-VERSION-OF-THE-WASM");
    assert_eq!(text(&headers, header::CONTENT_TYPE), "application/wasm");
    assert_eq!(
        text(&headers, header::CACHE_CONTROL),
        server::cache::IMMUTABLE
    );
    assert_eq!(text(&headers, header::VARY), "accept-encoding");
    assert_eq!(
        text(&headers, header::CONTENT_LENGTH),
        body.len().to_string()
    );
    let br_etag = headers.get(header::ETAG).cloned();

    let (_, headers, body) = get(
        app(&dist, CompressionMode::Precompressed),
        &uri,
        &[(header::ACCEPT_ENCODING, "gzip")],
    )
    .await;
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "gzip");
    assert_eq!(&body[..], b"GZIP-VERSION-OF-THE-WASM!");
    assert_eq!(text(&headers, header::VARY), "accept-encoding");
    let gz_etag = headers.get(header::ETAG).cloned();

    let (_, headers, body) = get(app(&dist, CompressionMode::Precompressed), &uri, &[]).await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(&body[..], &wasm_bytes()[..]);
    assert_eq!(text(&headers, header::VARY), "accept-encoding");
    let plain_etag = headers.get(header::ETAG).cloned();
    // An ETag, if one is ever added, must differ per encoding (a strong validator names one
    // representation); today none is sent and Last-Modified does revalidation.
    assert!(
        br_etag.is_none() || (br_etag != gz_etag && br_etag != plain_etag),
        "{br_etag:?} {gz_etag:?} {plain_etag:?}"
    );
    assert!(headers.contains_key(header::LAST_MODIFIED));
}

#[tokio::test]
async fn ranges_apply_to_the_representation_that_is_sent() {
    let dist = Dist::new(true);
    let uri = format!("/{WASM}");
    let (status, headers, body) = get(
        app(&dist, CompressionMode::Precompressed),
        &uri,
        &[(header::RANGE, "bytes=10-19")],
    )
    .await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(text(&headers, header::CONTENT_RANGE), "bytes 10-19/100000");
    assert_eq!(&body[..], &wasm_bytes()[10..20]);

    let (status, headers, body) = get(
        app(&dist, CompressionMode::Precompressed),
        &uri,
        &[
            (header::RANGE, "bytes=0-6"),
            (header::ACCEPT_ENCODING, "br"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "br");
    assert_eq!(text(&headers, header::CONTENT_RANGE), "bytes 0-6/26");
    assert_eq!(&body[..], b"BROTLI-");

    let (status, _, _) = get(
        app(&dist, CompressionMode::Precompressed),
        &uri,
        &[(header::RANGE, "bytes=200000-")],
    )
    .await;
    assert_eq!(status, StatusCode::RANGE_NOT_SATISFIABLE);
}

#[tokio::test]
async fn without_precompressed_files_hashed_assets_go_uncompressed_pages_and_small_files_compressed(
) {
    let dist = Dist::new(false);
    let br = [(header::ACCEPT_ENCODING, "br, gzip")];
    let (status, headers, body) = get(
        app(&dist, CompressionMode::Precompressed),
        &format!("/{WASM}"),
        &br,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body.len(), 100_000);
    let (_, headers, _) = get(
        app(&dist, CompressionMode::Precompressed),
        &format!("/{JS}"),
        &br,
    )
    .await;
    assert!(
        headers.get(header::CONTENT_ENCODING).is_none(),
        "a hashed asset is never compressed per request"
    );
    let (_, headers, _) = get(
        app(&dist, CompressionMode::Precompressed),
        "/robots.txt",
        &br,
    )
    .await;
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "br");
    assert_eq!(text(&headers, header::VARY), "accept-encoding");
    let (_, headers, _) = get(app(&dist, CompressionMode::Precompressed), "/", &br).await;
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "br");
    assert_eq!(text(&headers, header::CACHE_CONTROL), "no-store");
}

#[tokio::test]
async fn compress_on_the_fly_mode_compresses_the_wasm_per_request_and_ignores_the_files() {
    let dist = Dist::new(true);
    let (_, headers, body) = get(
        app(&dist, CompressionMode::OnTheFly),
        &format!("/{WASM}"),
        &[(header::ACCEPT_ENCODING, "br")],
    )
    .await;
    assert_eq!(text(&headers, header::CONTENT_ENCODING), "br");
    assert_ne!(&body[..], b"BROTLI-VERSION-OF-THE-WASM");
    assert!(body.len() < 100_000);
    assert_eq!(text(&headers, header::VARY), "accept-encoding");
}

/// A request body that never delivers anything: a client that stalls mid-upload.
struct Stalled;

impl HttpBody for Stalled {
    type Data = Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Poll::Pending
    }
}

fn small_limits() -> Limits {
    Limits {
        body_bytes: 4096,
        body_time: Duration::from_millis(200),
        header_time: Duration::from_millis(300),
    }
}

async fn post(app: Router, body: Body) -> StatusCode {
    let request = Request::builder()
        .method(Method::POST)
        .uri("/?DOMAIN=acme.bitrix24.com")
        .body(body)
        .unwrap();
    app.oneshot(request).await.unwrap().status()
}

#[tokio::test]
async fn post_bodies_are_bounded_in_size_and_time() {
    let dist = Dist::new(false);
    let app = || {
        server::router(&config(
            &dist,
            CompressionMode::Precompressed,
            small_limits(),
        ))
        .unwrap()
    };
    assert_eq!(
        post(app(), Body::from("AUTH_ID=a&PLACEMENT=DEFAULT")).await,
        StatusCode::OK
    );
    assert_eq!(
        post(app(), Body::from("x".repeat(4096))).await,
        StatusCode::OK,
        "the limit itself is allowed"
    );
    assert_eq!(
        post(app(), Body::from("x".repeat(4097))).await,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    // Without a length up front (chunked): counted while draining.
    assert_eq!(
        post(app(), Body::new(Chunks(10))).await,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert_eq!(post(app(), Body::new(Chunks(4))).await, StatusCode::OK);
    let stalled =
        tokio::time::timeout(Duration::from_secs(10), post(app(), Body::new(Stalled))).await;
    assert_eq!(
        stalled.expect("answered in time"),
        StatusCode::REQUEST_TIMEOUT
    );
}

/// A body of `n` chunks of 1000 bytes whose length is not known up front (chunked encoding).
struct Chunks(usize);

impl HttpBody for Chunks {
    type Data = Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.0 == 0 {
            return Poll::Ready(None);
        }
        self.0 -= 1;
        Poll::Ready(Some(Ok(Frame::data(Bytes::from(vec![b'x'; 1000])))))
    }
}

/// A client that sends its body one byte every 20 ms, forever: a per-frame read timeout would never
/// fire for it, only a deadline on the whole body does.
struct Trickle(tokio::time::Interval);

impl HttpBody for Trickle {
    type Data = Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        match self.0.poll_tick(cx) {
            Poll::Ready(_) => Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(b"x"))))),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[tokio::test]
async fn a_trickling_body_hits_the_whole_body_deadline() {
    let dist = Dist::new(false);
    let app = server::router(&config(
        &dist,
        CompressionMode::Precompressed,
        small_limits(),
    ))
    .unwrap();
    let trickle = Trickle(tokio::time::interval(Duration::from_millis(20)));
    let status = tokio::time::timeout(Duration::from_secs(10), post(app, Body::new(trickle))).await;
    assert_eq!(
        status.expect("answered in time"),
        StatusCode::REQUEST_TIMEOUT
    );
}

/// A real server on a loopback port with `limits`; stopped by sending on the returned channel.
async fn start(
    dist: &Dist,
    limits: Limits,
) -> (
    std::net::SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<std::io::Result<()>>,
) {
    let app = server::router(&config(
        dist,
        CompressionMode::Precompressed,
        limits.clone(),
    ))
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        server::serve(listener, app, &limits, async {
            let _ = stopped.await;
        })
        .await
    });
    (addr, stop, task)
}

/// Everything the server sends on `stream` until it closes the connection (failing after 10 s:
/// only a server that never closes gets there).
async fn read_until_closed(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out)).await;
    assert!(
        read.is_ok(),
        "the server kept the connection open; got {:?}",
        String::from_utf8_lossy(&out)
    );
    String::from_utf8_lossy(&out).into_owned()
}

async fn fetch_page(addr: std::net::SocketAddr) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    read_until_closed(&mut stream).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_slow_header_and_stalled_body_clients_do_not_stall_others_and_get_disconnected() {
    let dist = Dist::new(false);
    let limits = Limits {
        body_bytes: 4096,
        body_time: Duration::from_millis(300),
        header_time: Duration::from_millis(500),
    };
    let (addr, stop, task) = start(&dist, limits).await;

    let mut idle = Vec::new();
    for _ in 0..100 {
        idle.push(TcpStream::connect(addr).await.unwrap());
    }
    let mut slow_head = TcpStream::connect(addr).await.unwrap();
    slow_head
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .await
        .unwrap();
    let mut stalled_body = TcpStream::connect(addr).await.unwrap();
    stalled_body
        .write_all(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nAUTH_ID=")
        .await
        .unwrap();

    // Others are served while those wait.
    for _ in 0..3 {
        let page = fetch_page(addr).await;
        assert!(page.starts_with("HTTP/1.1 200 OK"), "{page}");
        assert!(page.contains("go()"));
    }

    // The stalled upload is answered 408 and disconnected, without its tokens echoed.
    let answer = read_until_closed(&mut stalled_body).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(!answer.contains("AUTH_ID"));
    // The slow head and every idle connection are closed by the header timeout.
    let _ = read_until_closed(&mut slow_head).await;
    for stream in &mut idle {
        let _ = read_until_closed(stream).await;
    }

    // A keep-alive client still gets several answers on one connection.
    let mut keep = TcpStream::connect(addr).await.unwrap();
    keep.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answers = read_until_closed(&mut keep).await;
    assert_eq!(answers.matches("HTTP/1.1 200 OK").count(), 2, "{answers}");

    let _ = stop.send(());
    let stopped = tokio::time::timeout(Duration::from_secs(10), task).await;
    assert!(
        matches!(stopped, Ok(Ok(Ok(())))),
        "graceful shutdown finished"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_upload_is_refused_before_it_is_read() {
    let dist = Dist::new(false);
    let (addr, stop, task) = start(&dist, small_limits()).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let _ = stop.send(());
    assert!(tokio::time::timeout(Duration::from_secs(10), task)
        .await
        .is_ok());
}
