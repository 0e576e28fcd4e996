//! The host page (the fake Bitrix24 page around the app frame): plain HTML, CSS and ES modules from
//! `crates/portal/assets/host/`, embedded in the binary and served from origin P.

use axum::extract::Path as UrlPath;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// One embedded file of the host page.
struct Asset {
    /// Name under `/host/`.
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
}

macro_rules! js {
    ($name:literal) => {
        Asset {
            name: concat!("js/", $name),
            content_type: "text/javascript; charset=utf-8",
            body: include_str!(concat!("../../assets/host/js/", $name)),
        }
    };
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "host.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../../assets/host/host.css"),
    },
    js!("api.js"),
    js!("calendar-view.js"),
    js!("builtin-activity.js"),
    js!("catalogue.js"),
    js!("commands.js"),
    js!("dom.js"),
    js!("field-card.js"),
    js!("layout.js"),
    js!("log.js"),
    js!("main.js"),
    js!("pickers.js"),
    js!("placement-commands.js"),
    js!("portal-api.js"),
    js!("protocol.js"),
    js!("settings.js"),
    js!("sliders.js"),
    js!("stage.js"),
    js!("ui.js"),
];

/// The host page itself.
const INDEX_HTML: &str = include_str!("../../assets/host/index.html");

/// The host page's own policy: no inline code at all (everything is an ES module from P), frames and
/// form posts to any http(s) app URL (the app may live on `--app-url`).
const HOST_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: http: https:; \
     connect-src 'self'; frame-src http: https:; form-action http: https:; object-src 'none'; base-uri 'none'";

/// `GET /`: the host page. Deep links (`/?placement=…&options=…`) are read by the page's script.
pub async fn index() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(HOST_CSP),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        INDEX_HTML,
    )
        .into_response()
}

/// `GET /host/{*name}`: a CSS or JS file of the host page.
pub async fn file(UrlPath(name): UrlPath<String>) -> Response {
    match ASSETS.iter().find(|asset| asset.name == name) {
        Some(asset) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(asset.content_type),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
                (
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ),
            ],
            asset.body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_import_resolves_to_an_embedded_file() {
        for asset in ASSETS.iter().filter(|a| a.name.ends_with(".js")) {
            for line in asset
                .body
                .lines()
                .filter(|l| l.trim_start().starts_with("import "))
            {
                let Some(start) = line.find("'./") else {
                    continue;
                };
                let rest = &line[start + 3..];
                let target = &rest[..rest.find('\'').unwrap_or(rest.len())];
                assert!(
                    ASSETS.iter().any(|a| a.name == format!("js/{target}")),
                    "{} imports missing {target}",
                    asset.name
                );
            }
        }
    }

    #[test]
    fn host_page_has_no_inline_script_and_loads_main() {
        assert!(INDEX_HTML.contains("<script type=\"module\" src=\"/host/js/main.js\"></script>"));
        assert!(server::inline_hashes(INDEX_HTML).scripts.is_empty());
    }
}
