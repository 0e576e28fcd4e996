//! `/gallery`: the screenshots the end-to-end run saved of every family (`e2e/tests/a11y.spec.mjs`
//! writes `<family>__<placement>__<theme>.png`), side by side in light and dark, so a person can
//! compare each widget with the Bitrix24 UI kit. The folder is `--gallery DIR` (default
//! `e2e/screenshots`); it is read on every request, so a new run shows up on reload.

use axum::extract::{Path as UrlPath, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The two themes a screenshot is taken in, in the gallery's column order.
const THEMES: [&str; 2] = ["light", "dark"];

/// One screenshot file, read from its name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shot {
    family: String,
    placement: String,
    theme: String,
    file: String,
}

/// `<family>__<placement>__<theme>.png`, or `None` for any other file name.
fn shot(file: &str) -> Option<Shot> {
    let stem = file.strip_suffix(".png")?;
    let mut parts = stem.split("__");
    let (family, placement, theme) = (parts.next()?, parts.next()?, parts.next()?);
    (parts.next().is_none() && safe_name(file) && !family.is_empty() && !placement.is_empty()).then(
        || Shot {
            family: family.to_owned(),
            placement: placement.to_owned(),
            theme: theme.to_owned(),
            file: file.to_owned(),
        },
    )
}

/// A file name the gallery serves: letters, digits, `_`, `-`, `.`, no path and no `..`.
fn safe_name(file: &str) -> bool {
    !file.is_empty()
        && !file.contains("..")
        && file
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
}

/// Text for HTML: the few characters that could end an attribute or start a tag.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The gallery page for the screenshots in `dir`.
fn page(dir: &Path) -> String {
    let mut shots: BTreeMap<(String, String), BTreeMap<String, String>> = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            if let Some(shot) = entry.file_name().to_str().and_then(shot) {
                shots
                    .entry((shot.family, shot.placement))
                    .or_default()
                    .insert(shot.theme, shot.file);
            }
        }
    }
    let mut body = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Widget gallery</title>\
         <style>body{font:14px system-ui,sans-serif;margin:24px;color:#333}\
         table{border-collapse:collapse}td,th{border:1px solid #dfe0e3;padding:8px;vertical-align:top;text-align:start}\
         img{max-width:560px;display:block}h2{margin:24px 0 8px}</style></head><body><h1>Widget gallery</h1>",
    );
    if shots.is_empty() {
        body.push_str(&format!(
            "<p>No screenshots in <code>{}</code> yet. They are written by the end-to-end run: \
             <code>npm --prefix e2e test -- tests/a11y.spec.mjs</code>.</p>",
            escape(&dir.display().to_string())
        ));
    }
    let mut family = None;
    for ((shot_family, placement), themes) in &shots {
        if family != Some(shot_family) {
            if family.is_some() {
                body.push_str("</table>");
            }
            body.push_str(&format!(
                "<h2>{}</h2><table><tr><th>placement</th><th>light</th><th>dark</th></tr>",
                escape(shot_family)
            ));
            family = Some(shot_family);
        }
        body.push_str(&format!("<tr><th>{}</th>", escape(placement)));
        for theme in THEMES {
            match themes.get(theme) {
                Some(file) => body.push_str(&format!(
                    "<td><img loading=\"lazy\" src=\"/gallery/{0}\" alt=\"{1} in the {2} theme\"></td>",
                    escape(file),
                    escape(placement),
                    theme
                )),
                None => body.push_str("<td>(none)</td>"),
            }
        }
        body.push_str("</tr>");
    }
    if family.is_some() {
        body.push_str("</table>");
    }
    body.push_str("</body></html>");
    body
}

/// `GET /gallery` and `GET /gallery/<file>.png` over the screenshots in `dir`.
pub fn routes(dir: PathBuf) -> Router {
    let dir = Arc::new(dir);
    Router::new()
        .route(
            "/gallery",
            get(|State(dir): State<Arc<PathBuf>>| async move { Html(page(&dir)) }),
        )
        .route("/gallery/{file}", get(image))
        .with_state(dir)
}

async fn image(State(dir): State<Arc<PathBuf>>, UrlPath(file): UrlPath<String>) -> Response {
    if shot(&file).is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    match tokio::fs::read(dir.join(&file)).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_family_placement_and_theme_from_the_name_and_nothing_else() {
        assert_eq!(
            shot("crm-entity__CRM_DEAL_DETAIL_TAB__dark.png"),
            Some(Shot {
                family: "crm-entity".into(),
                placement: "CRM_DEAL_DETAIL_TAB".into(),
                theme: "dark".into(),
                file: "crm-entity__CRM_DEAL_DETAIL_TAB__dark.png".into(),
            })
        );
        for odd in [
            "x.png",
            "a__b.png",
            "a__b__c__d.png",
            "../a__b__c.png",
            "a__b__c.jpg",
            "a/b__c__d.png",
            "__b__light.png",
        ] {
            assert_eq!(shot(odd), None, "{odd}");
        }
    }

    #[test]
    fn the_page_groups_by_family_with_both_themes_and_escapes_names() {
        let dir = std::env::temp_dir().join(format!("gallery-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "task__TASK_VIEW_TAB__light.png",
            "task__TASK_VIEW_TAB__dark.png",
            "home__DEFAULT__light.png",
            "notes.txt",
        ] {
            std::fs::write(dir.join(name), b"png").unwrap();
        }
        let html = page(&dir);
        let home = html.find("<h2>home</h2>").expect("home family");
        let task = html.find("<h2>task</h2>").expect("task family");
        assert!(home < task);
        assert!(html.contains("src=\"/gallery/task__TASK_VIEW_TAB__dark.png\""));
        assert!(html.contains("<td>(none)</td>"), "home has no dark shot");
        assert!(!html.contains("notes.txt"));
        std::fs::remove_dir_all(&dir).unwrap();
        let empty = page(Path::new("/nonexistent<dir>"));
        assert!(empty.contains("No screenshots") && empty.contains("/nonexistent&lt;dir&gt;"));
    }
}
