//! Light and dark theme.
//!
//! The Bitrix24 kit themes by a class on `<html>` (`light` / `dark`). The portal sends apps no theme
//! (ui-kit.md §4), so the theme is, in order: the user's choice made with the toggle (kept in
//! `localStorage`), a `theme=light|dark` parameter on the app's own URL (the handler URL the app
//! registers, or the portal emulator's theme switch), else the browser's `prefers-color-scheme`.
//! `index.html` applies the same rule in an inline script before the first paint, so there is no flash.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Key of the user's choice in `localStorage`.
pub const STORAGE_KEY: &str = "b24w.theme";

/// A theme the page can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// The kit's light tokens.
    Light,
    /// The kit's dark tokens.
    Dark,
}

impl Theme {
    /// Class name on `<html>`.
    pub fn class(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// The other theme.
    pub fn toggled(self) -> Self {
        match self {
            Self::Light => Self::Dark,
            Self::Dark => Self::Light,
        }
    }
}

/// The theme to show now: the stored choice, else the URL's `theme` parameter, else the system
/// preference.
pub fn current() -> Theme {
    stored().or_else(url_hint).unwrap_or_else(system)
}

/// `theme=light|dark` in the page's query string.
fn url_hint() -> Option<Theme> {
    let search = web_sys::window()?.location().search().ok()?;
    parse_hint(&search)
}

/// Reads `theme=` from a query string (`?a=1&theme=dark`).
pub fn parse_hint(search: &str) -> Option<Theme> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| match pair {
            "theme=dark" => Some(Theme::Dark),
            "theme=light" => Some(Theme::Light),
            _ => None,
        })
}

/// Applies [`current`] to `<html>` and keeps following the system preference while the user has not
/// chosen. Call once at start-up.
pub fn init() {
    apply(current());
    let Some(query) = media_query() else { return };
    let listener = Closure::<dyn FnMut()>::new(|| {
        if stored().is_none() && url_hint().is_none() {
            apply(system());
        }
    });
    let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
}

/// Switches to the other theme and remembers the choice.
pub fn toggle() -> Theme {
    let next = current().toggled();
    if let Some(storage) = local_storage() {
        // Storage may be blocked in third-party frames; the toggle then lasts for this page only.
        let _ = storage.set_item(STORAGE_KEY, next.class());
    }
    apply(next);
    next
}

fn apply(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let classes = root.class_list();
    let _ = classes.remove_2(Theme::Light.class(), Theme::Dark.class());
    let _ = classes.add_1(theme.class());
}

fn stored() -> Option<Theme> {
    match local_storage()?.get_item(STORAGE_KEY).ok()??.as_str() {
        "dark" => Some(Theme::Dark),
        "light" => Some(Theme::Light),
        _ => None,
    }
}

fn system() -> Theme {
    if media_query().is_some_and(|q| q.matches()) {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn media_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()?
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_hints() {
        assert_eq!(parse_hint("?DOMAIN=x&theme=dark"), Some(Theme::Dark));
        assert_eq!(parse_hint("theme=light"), Some(Theme::Light));
        assert_eq!(parse_hint("?theme=blue&x=1"), None);
        assert_eq!(parse_hint(""), None);
    }
}
