//! The app's own query string (`?theme=dark&transport=fetch` on the handler URL), read with the
//! browser's `URLSearchParams`: percent-escapes and `+` are decoded, the first of repeated keys wins.

/// The value of `key` in `search` (`?a=1&b=2`, with or without the `?`), decoded.
pub fn param(search: &str, key: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(search)
        .ok()?
        .get(key)
}

/// The value of `key` in this page's query string, decoded.
pub fn location_param(key: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    param(&search, key)
}
