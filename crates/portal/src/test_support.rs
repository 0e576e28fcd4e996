//! Helpers shared by the crate's HTTP unit tests.

use axum::body::Body;
use http_body_util::BodyExt;

/// The whole body of `response`, as UTF-8 text.
pub async fn body_text(response: axum::http::Response<Body>) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}
