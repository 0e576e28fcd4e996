//! Cache-Control policy for the files trunk writes into `dist/`.
//!
//! trunk names every built asset `<name>-<16+ hex digits>.<ext>` (`b24-widgets-1a2b3c4d5e6f7081_bg.wasm`,
//! `style-0f1e2d3c4b5a6978.css`), so such a file never changes and may be cached forever. `index.html`
//! points at the current hashes and must never be cached.

/// For hashed assets: one year, never revalidated.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// For index.html and every page answer: never stored (it also carries per-build CSP hashes).
pub const NO_STORE: &str = "no-store";
/// For other static files (favicon, robots.txt): cacheable but revalidated on each use.
pub const REVALIDATE: &str = "no-cache";

/// The Cache-Control value for a successfully served static file at `path`.
pub fn for_asset(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    if is_hashed_name(name) {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

/// Whether a file name carries a trunk content hash: `-` then at least 16 hex digits, then `.` or `_`.
pub fn is_hashed_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'-')
        .any(|(dash, _)| {
            let digits = bytes[dash + 1..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            digits >= 16 && matches!(bytes.get(dash + 1 + digits), Some(b'.' | b'_'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_names_are_hashed_others_are_not() {
        for hashed in [
            "b24-widgets-1a2b3c4d5e6f7081_bg.wasm",
            "b24-widgets-1a2b3c4d5e6f7081.js",
            "style-0f1e2d3c4b5a6978a9b8c7d6.css",
        ] {
            assert!(is_hashed_name(hashed), "{hashed}");
            assert_eq!(for_asset(&format!("/{hashed}")), IMMUTABLE);
        }
        for plain in [
            "index.html",
            "favicon.ico",
            "b24-widgets.js",
            "x-123.js",
            "deadbeefdeadbeef.js",
            "a-0123456789abcdef",
        ] {
            assert!(!is_hashed_name(plain), "{plain}");
        }
        assert_eq!(for_asset("/favicon.ico"), REVALIDATE);
    }
}
